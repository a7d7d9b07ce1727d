from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "marketplace.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.db.models.signals import post_migrate

        from marketplace.accounts import signals  # noqa: F401

        post_migrate.connect(grant_moderators_identity_permissions, sender=self)


def grant_moderators_identity_permissions(sender, **kwargs):
    """Moderators check identity documents and grant the verified-identity badge."""
    from marketplace.accounts.staff import grant_moderators

    grant_moderators(sender, ["verify_identity"])
