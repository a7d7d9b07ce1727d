from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "marketplace.messaging"
    label = "messaging"
    verbose_name = _("Messages")

    def ready(self):
        from django.db.models.signals import post_migrate

        from marketplace.messaging import events  # noqa: F401  (registers the notification)

        post_migrate.connect(grant_moderators_message_permissions, sender=self)


def grant_moderators_message_permissions(sender, **kwargs):
    """Moderators read reported threads and resolve the reports."""
    from marketplace.accounts.staff import grant_moderators

    grant_moderators(
        sender, ["view_conversation", "view_message", "view_messagereport", "change_messagereport"]
    )
