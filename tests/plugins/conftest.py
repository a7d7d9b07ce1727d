import types

import pytest
from django.utils.html import format_html

from plugins import PluginMeta, SettingField, hookimpl
from plugins.manager import InstalledPlugin, get_manager


@pytest.fixture
def install_plugin():
    """Install a plugin module for one test, as if pip had installed it."""
    manager, installed = get_manager()
    added = []

    def install(slug, module, meta=None):
        manager.register(module, name=slug)
        installed[slug] = InstalledPlugin(slug, f"tests.{slug}", "9.9", meta or module.meta)
        added.append(slug)
        return installed[slug]

    yield install
    for slug in added:
        manager.unregister(name=slug)
        del installed[slug]


def exploding_module():
    module = types.ModuleType("exploding_plugin")
    module.meta = PluginMeta(name="Exploding", description="Raises in every hook.")

    @hookimpl
    def template_slot(name, context):
        raise RuntimeError("boom in slot " + name)

    @hookimpl
    def themes():
        raise RuntimeError("boom in themes")

    module.template_slot = template_slot
    module.themes = themes
    return module


def greeter_module():
    module = types.ModuleType("greeter_plugin")
    module.meta = PluginMeta(
        name="Greeter",
        settings=(
            SettingField("greeting", "Greeting", required=True, default="مرحبا"),
            SettingField("api_key", "API key", type="secret"),
            SettingField("limit", "Limit", type="integer", default=3),
        ),
    )

    @hookimpl
    def template_slot(name, context):
        if name == "footer":
            return format_html("<p data-greeter>{}</p>", "<b>hi</b>")
        if name == "head":
            return "<script>alert(1)</script>"  # plain strings are escaped
        return None

    module.template_slot = template_slot
    return module
