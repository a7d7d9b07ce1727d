from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from themes.forms import ThemeSettingsForm
from themes.registry import available_themes


@register_setting(icon="view")
class ThemeSettings(BaseSiteSetting):
    """The look of one site. Switching it takes effect on the next request."""

    theme = models.CharField(
        _("active theme"),
        max_length=100,
        default="default",
        help_text=_(
            "A plugin's themes appear here once the plugin is active on this site "
            "(see the Plugins screen)."
        ),
    )

    base_form_class = ThemeSettingsForm

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("theme")

    def clean(self):
        super().clean()
        if self.theme not in available_themes(self.site):
            raise ValidationError(
                {"theme": _("This theme's plugin is not active on this site. Activate it first.")}
            )
