"""Hook implementations of the Sahara plugin."""

from functools import cache
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from plugins import PluginMeta, SettingField, hookimpl
from plugins.services import plugin_settings
from themes.registry import Theme

THEME_DIR = Path(__file__).resolve().parent / "theme"

meta = PluginMeta(
    name=_("Sahara"),
    description=_("A warm desert theme and a banner under the home page's search box."),
    settings=(
        SettingField(
            "banner_text",
            _("Banner text"),
            default="",
            help_text=_("Shown under the home page's search box. Leave empty for no banner."),
        ),
    ),
)


@cache
def _sahara_theme() -> Theme:
    return Theme.from_directory(THEME_DIR)


@hookimpl
def themes():
    return [_sahara_theme()]


@hookimpl
def template_slot(name, context):
    if name != "home_after_hero":
        return None
    text = plugin_settings("sahara").get("banner_text")
    if not text:
        return None
    return render_to_string("microlibya_sahara/banner.html", {"text": text})
