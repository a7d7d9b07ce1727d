import pytest
from django.core.management import call_command
from wagtail.models import Site

from plugins.models import PluginState
from plugins.services import active_slugs, call_hook, plugin_settings, set_active
from tests.plugins.conftest import exploding_module, greeter_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


def test_the_contrib_package_is_discovered_through_its_entry_point():
    from plugins.manager import installed_plugins

    sahara = installed_plugins()["sahara"]
    assert sahara.module == "microlibya_sahara"
    assert sahara.version == "1.0.0"
    assert not sahara.load_error


def test_a_new_plugin_is_inactive_and_never_called(client, install_plugin, site):
    install_plugin("greeter", greeter_module())
    assert "greeter" not in active_slugs(site)
    assert "data-greeter" not in client.get("/").content.decode()


def test_activation_and_deactivation_change_behaviour(client, install_plugin, site):
    install_plugin("greeter", greeter_module())
    set_active("greeter", site, True)
    html = client.get("/").content.decode()
    assert "<p data-greeter>&lt;b&gt;hi&lt;/b&gt;</p>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

    set_active("greeter", site, False)
    assert "data-greeter" not in client.get("/").content.decode()


def test_sahara_banner_appears_only_while_the_plugin_is_active(client, site):
    from plugins.services import save_plugin_settings

    save_plugin_settings("sahara", site, {"banner_text": "خصم على أول طلب"})
    assert "خصم على أول طلب" not in client.get("/").content.decode()
    set_active("sahara", site, True)
    assert 'data-plugin="sahara"' in client.get("/").content.decode()
    set_active("sahara", site, False)
    assert "خصم على أول طلب" not in client.get("/").content.decode()


def test_a_raising_plugin_does_not_break_the_page(client, install_plugin, site):
    install_plugin("exploding", exploding_module())
    set_active("exploding", site, True)
    response = client.get("/")
    assert response.status_code == 200
    assert "مايكروليبي" in response.content.decode()
    state = PluginState.objects.get(site=site, slug="exploding")
    assert "RuntimeError: boom" in state.last_error
    assert state.last_error_at is not None


def test_plugin_settings_have_defaults_and_are_per_site(install_plugin, site):
    install_plugin("greeter", greeter_module())
    assert plugin_settings("greeter", site) == {"greeting": "مرحبا", "api_key": None, "limit": 3}
    other = Site.objects.create(hostname="other.test", root_page=site.root_page)
    set_active("greeter", site, True)
    assert "greeter" in active_slugs(site)
    assert "greeter" not in active_slugs(other)


def test_call_hook_only_reaches_active_plugins(install_plugin, site):
    install_plugin("greeter", greeter_module())
    assert call_hook("template_slot", site=site, name="footer", context={}) == []
    set_active("greeter", site, True)
    assert len(call_hook("template_slot", site=site, name="footer", context={})) == 1


def test_command_line_lists_and_switches_plugins(install_plugin, site, capsys):
    install_plugin("greeter", greeter_module())
    call_command("plugins", "activate", "greeter")
    assert "greeter" in active_slugs(site)
    call_command("plugins", "list")
    out = capsys.readouterr().out
    assert "greeter\t9.9\tactive" in out and "sahara\t1.0.0\tinactive" in out
    call_command("plugins", "deactivate", "greeter")
    assert "greeter" not in active_slugs(site)


def test_unknown_plugin_cannot_be_activated(site):
    from plugins.services import UnknownPlugin

    with pytest.raises(UnknownPlugin):
        set_active("not-installed", site, True)
    assert not PluginState.objects.exists()


def test_a_plugin_with_a_broken_themes_hook_does_not_hide_the_other_themes(install_plugin, site):
    from themes.registry import available_themes

    install_plugin("exploding", exploding_module())
    set_active("exploding", site, True)
    assert {"default", "souq"} <= set(available_themes(site))


def test_a_plugin_database_error_does_not_break_the_callers_transaction(install_plugin, site):
    import types

    from django.db import IntegrityError, transaction

    from marketplace.accounts.models import User
    from plugins import PluginMeta, hookimpl

    module = types.ModuleType("db_breaker")
    module.meta = PluginMeta(name="DB breaker")

    @hookimpl
    def user_signed_up(user):
        User.objects.create(username=user.username, email="dup@example.ly")  # unique clash

    module.user_signed_up = user_signed_up
    install_plugin("db-breaker", module)
    set_active("db-breaker", site, True)

    with transaction.atomic():
        user = User.objects.create(username="nadia", email="nadia@example.ly")
        call_hook("user_signed_up", site=site, user=user)
        # The caller's transaction is still usable.
        assert User.objects.filter(username="nadia").exists()
    state = PluginState.objects.get(site=site, slug="db-breaker")
    assert state.last_error.startswith(IntegrityError.__name__)


def test_an_entry_point_whose_module_is_gone_is_skipped(monkeypatch):
    from importlib.metadata import EntryPoint

    from plugins import discovery

    ghost = EntryPoint(
        name="ghost", value="no_such_plugin_module", group=discovery.ENTRY_POINT_GROUP
    )
    real = list(discovery.entry_points(group=discovery.ENTRY_POINT_GROUP))
    monkeypatch.setattr(discovery, "entry_points", lambda group: [*real, ghost])
    slugs = [plugin.slug for plugin in discovery.discover_plugins()]
    assert "ghost" not in slugs and "sahara" in slugs
