from decimal import Decimal

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

MONEY = {"max_digits": 14, "decimal_places": 3}


@register_setting(icon="cog")
class MarketplaceSettings(BaseSiteSetting):
    """The numbers of the marketplace's rules, edited by the site owner in the admin."""

    minimum_service_price = models.DecimalField(
        _("minimum service price (LYD)"),
        **MONEY,
        default=Decimal("10.000"),
        validators=[MinValueValidator(Decimal("1.000"))],
        help_text=_("No service or project budget may be cheaper than this."),
    )
    commission_percent = models.DecimalField(
        _("commission (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("20.00"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("50"))],
        help_text=_("Taken from the seller's earnings only; the buyer never pays it."),
    )
    clearance_days = models.PositiveSmallIntegerField(
        _("clearance period (days)"),
        default=7,
        validators=[MaxValueValidator(90)],
        help_text=_("Days after an order completes before its earnings can be withdrawn."),
    )
    auto_complete_days = models.PositiveSmallIntegerField(
        _("auto-complete after (days)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_(
            "A delivered order completes by itself after this many days without an answer."
        ),
    )
    no_reply_cancel_hours = models.PositiveSmallIntegerField(
        _("buyer may cancel after no reply for (hours)"),
        default=48,
        validators=[MinValueValidator(12), MaxValueValidator(720)],
        help_text=_("The buyer may cancel when the seller has not replied for this many hours."),
    )
    minimum_withdrawal = models.DecimalField(
        _("minimum withdrawal (LYD)"),
        **MONEY,
        default=Decimal("50.000"),
        validators=[MinValueValidator(Decimal("1.000"))],
        help_text=_("Sellers cannot request a withdrawal smaller than this."),
    )
    bank_transfer_expiry_hours = models.PositiveSmallIntegerField(
        _("bank transfer expiry (hours)"),
        default=72,
        validators=[MinValueValidator(1), MaxValueValidator(720)],
        help_text=_("An order paid by bank transfer is cancelled if unconfirmed after this long."),
    )
    max_pending_withdrawals = models.PositiveSmallIntegerField(
        _("withdrawal requests waiting at once"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("How many unpaid withdrawal requests a seller may have at the same time."),
    )
    review_window_days = models.PositiveSmallIntegerField(
        _("days to leave a review"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("After an order completes, buyer and seller may review each other this long."),
    )
    founding_sellers_from = models.DateField(
        _("founding sellers joined from"),
        null=True,
        blank=True,
        help_text=_("Sellers who joined between these two dates get the founding seller badge."),
    )
    founding_sellers_until = models.DateField(
        _("founding sellers joined until"), null=True, blank=True
    )
    top_rated_min_rating = models.DecimalField(
        _("top rated: minimum average rating"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("4.70"),
        validators=[MinValueValidator(Decimal("1")), MaxValueValidator(Decimal("5"))],
    )
    top_rated_min_reviews = models.PositiveSmallIntegerField(
        _("top rated: minimum number of reviews"), default=5, validators=[MinValueValidator(1)]
    )
    top_rated_min_orders = models.PositiveSmallIntegerField(
        _("top rated: minimum completed orders"), default=10, validators=[MinValueValidator(1)]
    )
    top_rated_min_on_time_percent = models.PositiveSmallIntegerField(
        _("top rated: minimum on-time delivery (%)"),
        default=90,
        validators=[MaxValueValidator(100)],
    )
    new_conversations_per_hour = models.PositiveSmallIntegerField(
        _("new conversations per hour"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_(
            "How many new conversations one user may start in an hour (replies are not "
            "limited). Slows down spammers."
        ),
    )
    project_open_days = models.PositiveSmallIntegerField(
        _("projects stay open for (days)"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(180)],
        help_text=_(
            "An approved project that has not accepted a proposal after this many days expires."
        ),
    )
    proposals_per_month = models.PositiveSmallIntegerField(
        _("proposals per seller per month"),
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_(
            "How many proposals a seller may send in a calendar month (withdrawn ones count). "
            "A plugin may change it per seller, e.g. for subscription plans."
        ),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("minimum_service_price"), FieldPanel("commission_percent")],
            heading=_("Prices and commission"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("auto_complete_days"),
                FieldPanel("no_reply_cancel_hours"),
                FieldPanel("bank_transfer_expiry_hours"),
            ],
            heading=_("Orders"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("clearance_days"),
                FieldPanel("minimum_withdrawal"),
                FieldPanel("max_pending_withdrawals"),
            ],
            heading=_("Earnings and withdrawals"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_window_days"),
                FieldPanel("founding_sellers_from"),
                FieldPanel("founding_sellers_until"),
                FieldPanel("top_rated_min_rating"),
                FieldPanel("top_rated_min_reviews"),
                FieldPanel("top_rated_min_orders"),
                FieldPanel("top_rated_min_on_time_percent"),
            ],
            heading=_("Reviews and badges"),
        ),
        MultiFieldPanel(
            [FieldPanel("project_open_days"), FieldPanel("proposals_per_month")],
            heading=_("Projects and proposals"),
        ),
        MultiFieldPanel([FieldPanel("new_conversations_per_hour")], heading=_("Messages")),
    ]

    def clean(self):
        super().clean()
        start, end = self.founding_sellers_from, self.founding_sellers_until
        if start and end and end < start:
            raise ValidationError(
                {"founding_sellers_until": _("The last joining date cannot be before the first.")}
            )

    @classmethod
    def current(cls) -> "MarketplaceSettings":
        """The rules of the current request's site, or of the default site in tasks and
        commands. Kept in the cache (every order step reads them) until they are saved."""
        from plugins.context import current_site, request_memo

        site = current_site()
        key = cls.cache_key(site.pk)
        memo = request_memo()
        rules = memo.get(key) if memo is not None else None
        if rules is None:
            rules = cache.get(key)
        if rules is None:
            rules = cls.for_site(site)
            cache.set(key, rules, timeout=300)
        if memo is not None:
            memo[key] = rules
        return rules

    @staticmethod
    def cache_key(site_id) -> str:
        return f"rules:marketplace:{site_id}"

    class Meta:
        verbose_name = _("marketplace settings")
        verbose_name_plural = _("marketplace settings")


@receiver(post_save, sender=MarketplaceSettings, dispatch_uid="rules.forget_cached_settings")
def forget_cached_settings(sender, instance, **kwargs):
    cache.delete(MarketplaceSettings.cache_key(instance.site_id))
