from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandingConfig(AppConfig):
    name = "landing"
    verbose_name = _("Landing pages")

    def ready(self):
        from django.db.models.signals import post_migrate

        from landing import signals  # noqa: F401
        from pages.editors import grant_to_editors

        # Editors write the templates; the minimum is a setting, left to administrators.
        grant = grant_to_editors(
            "add_landingtemplate", "change_landingtemplate", "view_landingtemplate"
        )
        post_migrate.connect(grant, sender=self, weak=False)
