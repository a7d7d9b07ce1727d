"""Bank transfer / cash deposit: the buyer pays into the platform's bank account and staff
confirm the money arrived. Common in Libya, where many buyers have no card."""

from django.utils.translation import gettext_lazy as _

from plugins import PluginMeta, SettingField, hookimpl

meta = PluginMeta(
    name=_("Bank transfer / cash deposit"),
    description=_(
        "Buyers transfer or deposit the amount into your bank account and upload the "
        "receipt; staff confirm it in the admin under Payments."
    ),
    settings=(
        SettingField("bank_name", _("Bank"), required=True, default=""),
        SettingField("account_holder", _("Account holder"), required=True, default=""),
        SettingField("account_number", _("Account number or IBAN"), required=True, default=""),
        SettingField(
            "instructions",
            _("Extra instructions"),
            default="",
            help_text=_("Shown under the bank details, e.g. the branch for cash deposits."),
        ),
    ),
)


@hookimpl
def payment_gateways():
    from plugins.bank_transfer.gateway import BankTransferGateway

    return [BankTransferGateway]
