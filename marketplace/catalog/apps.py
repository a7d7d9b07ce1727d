from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "marketplace.catalog"
    label = "catalog"
    verbose_name = _("Catalog")

    def ready(self):
        from django.db.models.signals import post_migrate

        # events registers the notifications; signals keeps the index in step with names.
        from marketplace.catalog import events, moderation, signals  # noqa: F401
        from marketplace.messaging.subjects import register_subject

        post_migrate.connect(moderation.ensure_review_setup, sender=self)
        register_subject(
            self.get_model("Service"),
            recipient=lambda service: service.seller,
            is_open=lambda service, user: service.is_public,
        )
