from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from django.db.models.signals import post_migrate

        from blog.editors import grant_editors

        post_migrate.connect(grant_editors, sender=self)
