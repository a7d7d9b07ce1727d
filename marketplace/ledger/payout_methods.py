"""Withdrawal methods: how a seller's money leaves the platform (a bank account, ...).

A plugin returns method classes from the ``withdrawal_methods`` hook. A method only describes
the seller's payment details: the form that collects them and how to show them (which also
makes the columns of the payout file staff send to the bank). The ledger service moves the
money; a method never does.
"""

from dataclasses import dataclass, field
from typing import Any, ClassVar

from django import forms

from plugins.services import call_hook, plugin_settings


@dataclass
class WithdrawalMethod:
    """Subclass and set ``id``, ``name``, ``plugin`` and ``form_class``."""

    id: ClassVar[str]
    name: ClassVar[Any]  # translatable
    description: ClassVar[Any] = ""
    # The plugin whose settings configure this method.
    plugin: ClassVar[str]
    # A plain Django form for the seller's details; its cleaned data must be JSON-safe.
    form_class: ClassVar[type[forms.Form]]

    settings: dict = field(default_factory=dict)

    def clean_details(self, cleaned_data: dict) -> dict:
        """The details to store with the request, from the form's cleaned data."""
        return dict(cleaned_data)

    def describe(self, details: dict) -> list[tuple[Any, str]]:
        """(label, value) lines to show the seller and staff; also the columns of the payout
        file staff send to the bank."""
        form = self.form_class()
        return [
            (form.fields[name].label if name in form.fields else name, str(value))
            for name, value in details.items()
        ]


def method_classes() -> dict[str, type[WithdrawalMethod]]:
    """The methods of the active plugins, by id."""
    classes: dict[str, type[WithdrawalMethod]] = {}
    for provided in call_hook("withdrawal_methods"):
        for method_class in provided:
            classes.setdefault(method_class.id, method_class)
    return classes


def get_method(method_id: str) -> WithdrawalMethod | None:
    """The active method ``method_id`` with its plugin's settings, or None."""
    method_class = method_classes().get(method_id)
    if method_class is None:
        return None
    return method_class(settings=plugin_settings(method_class.plugin))


def available_methods() -> list[WithdrawalMethod]:
    return [get_method(method_id) for method_id in method_classes()]
