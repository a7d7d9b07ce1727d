from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MoamalatConfig(AppConfig):
    name = "microlibya_moamalat"
    label = "moamalat"
    verbose_name = _("Moamalat card payments")
    default_auto_field = "django.db.models.BigAutoField"
