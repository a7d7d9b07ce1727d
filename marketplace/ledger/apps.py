from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LedgerConfig(AppConfig):
    name = "marketplace.ledger"
    label = "ledger"
    verbose_name = _("Ledger")

    def ready(self):
        from django.db.models.signals import post_migrate

        from marketplace.ledger import events  # noqa: F401  (registers the notifications)

        post_migrate.connect(grant_moderators_withdrawal_permissions, sender=self)


def grant_moderators_withdrawal_permissions(sender, **kwargs):
    """Moderators process the withdrawals queue."""
    from marketplace.accounts.staff import grant_moderators

    grant_moderators(sender, ["process_withdrawal"])  # the queue's policy reads only this one
