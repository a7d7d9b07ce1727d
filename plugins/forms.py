"""The settings form of a plugin, built from its declared schema."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

FIELD_BUILDERS = {
    "text": lambda f: forms.CharField(max_length=500),
    "url": lambda f: forms.URLField(max_length=500),
    "secret": lambda f: forms.CharField(max_length=500, widget=forms.PasswordInput),
    "integer": lambda f: forms.IntegerField(),
    "decimal": lambda f: forms.DecimalField(max_digits=14, decimal_places=3),
    "boolean": lambda f: forms.BooleanField(),
    "choice": lambda f: forms.ChoiceField(choices=f.choices),
}


class PluginSettingsForm(forms.Form):
    """Secret fields are write-only: they are never shown, and left blank they keep their value."""

    def __init__(self, schema, current: dict, *args, **kwargs):
        """``current``: the plugin's settings with the schema's defaults filled in."""
        super().__init__(*args, **kwargs)
        self.schema = schema
        for spec in schema:
            field = FIELD_BUILDERS[spec.type](spec)
            field.label = spec.label
            field.help_text = spec.help_text
            field.required = spec.required and spec.type != "boolean"
            if spec.type == "secret":
                field.required = spec.required and not current.get(spec.name)
                if current.get(spec.name):
                    field.help_text = _("A value is saved. Leave blank to keep it.")
            else:
                field.initial = current.get(spec.name)
            self.fields[spec.name] = field

    def cleaned_settings(self) -> dict:
        values = {}
        for spec in self.schema:
            value = self.cleaned_data.get(spec.name)
            if spec.type == "secret" and not value:
                continue
            if isinstance(value, Decimal):
                value = str(value)
            values[spec.name] = value
        return values
