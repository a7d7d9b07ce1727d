from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "marketplace.projects"
    label = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from django.db.models.signals import post_migrate

        # events registers the notifications; moderation and lifecycle connect their signals.
        from marketplace.messaging.subjects import register_subject
        from marketplace.orders.origins import register_origin
        from marketplace.projects import events, lifecycle, moderation  # noqa: F401

        post_migrate.connect(moderation.ensure_review_setup, sender=self)
        register_subject(
            self.get_model("Proposal"),
            recipient=lambda proposal: proposal.seller,
            is_open=lambda proposal, user: (
                proposal.project.buyer_id == user.pk and proposal.is_live
            ),
        )
        register_origin(lifecycle.origin_of_order)
