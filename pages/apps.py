from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from django.db.models.signals import post_migrate

        from pages.editors import grant_to_editors
        from pages.landing import signals  # noqa: F401

        # Editors write the landing templates; the minimum is a setting, left to administrators.
        grant = grant_to_editors(
            "add_landingtemplate", "change_landingtemplate", "view_landingtemplate"
        )
        post_migrate.connect(grant, sender=self, weak=False)
