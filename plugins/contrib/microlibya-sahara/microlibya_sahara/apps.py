from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SaharaConfig(AppConfig):
    name = "microlibya_sahara"
    verbose_name = _("Sahara")
