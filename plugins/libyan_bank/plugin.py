"""Withdrawals to a Libyan bank account: the seller gives the bank, the account holder and the
IBAN; staff export the approved requests as a CSV file for the bank and mark each one paid."""

from django.utils.translation import gettext_lazy as _

from plugins import PluginMeta, hookimpl

meta = PluginMeta(
    name=_("Libyan bank account"),
    description=_(
        "Sellers withdraw their earnings to a Libyan bank account (IBAN checked). Staff "
        "process the requests in the admin under Withdrawals."
    ),
)


@hookimpl
def withdrawal_methods():
    from plugins.libyan_bank.method import LibyanBankMethod

    return [LibyanBankMethod]
