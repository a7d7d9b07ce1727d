from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from django.db.models.signals import post_migrate

        from pages.editors import grant_to_editors

        grant = grant_to_editors("add_blogcategory", "change_blogcategory", "view_blogcategory")
        post_migrate.connect(grant, sender=self, weak=False)
