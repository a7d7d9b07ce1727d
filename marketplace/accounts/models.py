from decimal import Decimal

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from marketplace.accounts.cities import LIBYAN_CITIES, SPOKEN_LANGUAGES


class User(AbstractUser):
    """One account both buys and sells. Logs in with its e-mail address."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="ar",
        help_text=_("E-mails and notifications are sent in this language."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    @property
    def public_name(self) -> str:
        profile = getattr(self, "profile", None)
        return (profile and profile.display_name) or self.username

    def get_absolute_url(self):
        return reverse("catalog:seller_profile", kwargs={"username": self.username})


def avatar_upload_to(instance, filename):
    return f"avatars/{instance.user_id}/{filename}"


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(_("display name"), max_length=60, blank=True)
    avatar = models.ImageField(_("photo"), upload_to=avatar_upload_to, blank=True)
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    city = models.CharField(_("city"), max_length=30, choices=LIBYAN_CITIES, blank=True)
    skills = TaggableManager(verbose_name=_("skills"), blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Granted by staff after checking an identity document (never by the user).
    identity_verified = models.BooleanField(_("identity verified"), default=False)
    identity_verified_at = models.DateTimeField(_("identity verified on"), null=True, blank=True)

    # Reputation figures, recomputed from the orders and reviews by orders/reputation.py.
    completed_orders = models.PositiveIntegerField(_("completed orders"), default=0)
    on_time_orders = models.PositiveIntegerField(_("delivered on time"), default=0)
    repeat_buyers = models.PositiveIntegerField(_("repeat buyers"), default=0)
    seller_rating_average = models.DecimalField(
        _("rating as a seller"), max_digits=3, decimal_places=2, default=Decimal("0")
    )
    seller_rating_count = models.PositiveIntegerField(_("reviews as a seller"), default=0)
    buyer_rating_average = models.DecimalField(
        _("rating as a buyer"), max_digits=3, decimal_places=2, default=Decimal("0")
    )
    buyer_rating_count = models.PositiveIntegerField(_("reviews as a buyer"), default=0)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        permissions = [("verify_identity", _("Can grant the verified identity badge"))]

    def __str__(self):
        return self.display_name or self.user.username

    @property
    def on_time_percent(self) -> int | None:
        """Share of completed orders delivered by their deadline, in whole percent."""
        if not self.completed_orders:
            return None
        return round(100 * self.on_time_orders / self.completed_orders)

    def get_languages_display(self) -> list[str]:
        names = dict(SPOKEN_LANGUAGES)
        return [str(names[code]) for code in self.languages if code in names]
