from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BankTransferPluginConfig(AppConfig):
    name = "plugins.bank_transfer"
    label = "bank_transfer"
    verbose_name = _("Bank transfer")
