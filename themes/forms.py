from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from themes.registry import available_themes


class ThemeSettingsForm(WagtailAdminModelForm):
    """Offers the themes of the site being edited: the core's and its active plugins'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        site = getattr(self.instance, "site", None)
        themes = available_themes(site)
        field = self.fields["theme"]
        self.fields["theme"] = forms.ChoiceField(
            label=field.label,
            help_text=field.help_text,
            choices=[(slug, _label(theme)) for slug, theme in sorted(themes.items())],
        )


def _label(theme) -> str:
    description = theme.display_description
    return f"{theme.display_name} — {description}" if description else theme.display_name
