from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    name = "marketplace.payments"
    label = "payments"
    verbose_name = _("Payments")

    def ready(self):
        from django.db.models.signals import post_migrate

        from marketplace.payments import events  # noqa: F401  (registers the notifications)

        post_migrate.connect(grant_moderators_payment_permissions, sender=self)


def grant_moderators_payment_permissions(sender, **kwargs):
    """Moderators confirm or reject bank transfers."""
    from marketplace.accounts.staff import grant_moderators

    grant_moderators(sender, ["view_payment", "change_payment"])
