from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibyanBankPluginConfig(AppConfig):
    name = "plugins.libyan_bank"
    label = "libyan_bank"
    verbose_name = _("Libyan bank account")
