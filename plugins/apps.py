from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PluginsConfig(AppConfig):
    name = "plugins"
    verbose_name = _("Plugins")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from plugins.context import forget_default_site

        for signal in (post_save, post_delete):
            signal.connect(forget_default_site, sender=Site, dispatch_uid=f"plugins.site.{signal}")
