"""The withdrawal request form: an amount and a method; the method's own form holds the
details (bank, account holder, IBAN...)."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _


class WithdrawalForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Amount (LYD)"),
        min_value=Decimal("0.001"),
        max_digits=14,
        decimal_places=3,
        widget=forms.NumberInput(attrs={"step": "0.001", "inputmode": "decimal", "dir": "ltr"}),
    )
    method = forms.ChoiceField(label=_("Send it to"), widget=forms.RadioSelect)

    def __init__(self, *args, methods=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(method.id, method.name) for method in methods]
        if len(methods) == 1:
            self.fields["method"].initial = methods[0].id
