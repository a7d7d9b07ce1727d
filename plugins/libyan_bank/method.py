"""The Libyan bank account withdrawal method and the form of its details."""

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.ledger.payout_methods import WithdrawalMethod
from plugins.libyan_bank.banks import LIBYAN_BANKS
from plugins.libyan_bank.iban import format_iban, validate_libyan_iban


class LibyanBankForm(forms.Form):
    bank = forms.ChoiceField(label=_("Bank"), choices=[("", "---------"), *LIBYAN_BANKS])
    account_holder = forms.CharField(
        label=_("Account holder"),
        max_length=100,
        help_text=_("Exactly as the bank has it."),
    )
    iban = forms.CharField(
        label=_("IBAN"),
        max_length=40,
        help_text=_("LY followed by 23 digits, as printed on your bank statement."),
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_account_holder(self):
        return " ".join(self.cleaned_data["account_holder"].split())

    def clean_iban(self):
        return validate_libyan_iban(self.cleaned_data["iban"])


class LibyanBankMethod(WithdrawalMethod):
    id = "libyan_bank"
    name = _("Libyan bank account")
    description = _("Paid by bank transfer to your account in Libya, usually within 3 workdays.")
    plugin = "libyan_bank"
    form_class = LibyanBankForm

    def describe(self, details):
        banks = dict(LIBYAN_BANKS)
        return [
            (_("Bank"), str(banks.get(details.get("bank"), details.get("bank", "")))),
            (_("Account holder"), details.get("account_holder", "")),
            (_("IBAN"), format_iban(details.get("iban", ""))),
        ]
