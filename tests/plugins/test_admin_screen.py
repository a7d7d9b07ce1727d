import pytest
from wagtail.models import Site

from plugins.models import PluginState
from plugins.services import active_slugs
from tests.plugins.conftest import exploding_module, greeter_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


def test_plugins_screen_lists_plugins_with_version_and_last_error(
    client, admin_user, install_plugin, site
):
    install_plugin("exploding", exploding_module())
    PluginState.objects.create(site=site, slug="exploding", last_error="RuntimeError: boom")
    client.force_login(admin_user)
    response = client.get("/admin/plugins/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "microlibya_sahara" not in html  # slugs, not module paths, are shown
    assert "sahara" in html and "1.0.0" in html
    assert "RuntimeError: boom" in html


def test_toggle_from_the_screen(client, admin_user, site):
    client.force_login(admin_user)
    client.post("/admin/plugins/sahara/toggle/", {"active": "1", "site": site.pk})
    assert "sahara" in active_slugs(site)
    client.post("/admin/plugins/sahara/toggle/", {"active": "0", "site": site.pk})
    assert "sahara" not in active_slugs(site)


def test_people_without_the_permission_cannot_use_the_screen(client, user, site):
    user.is_staff = True
    user.save()
    client.force_login(user)
    assert client.get("/admin/plugins/").status_code in (302, 403)
    client.post("/admin/plugins/sahara/toggle/", {"active": "1", "site": site.pk})
    assert "sahara" not in active_slugs(site)


def test_settings_form_validates_and_keeps_secrets_write_only(
    client, admin_user, install_plugin, site
):
    install_plugin("greeter", greeter_module())
    client.force_login(admin_user)
    url = f"/admin/plugins/greeter/settings/?site={site.pk}"

    response = client.post(url, {"greeting": "", "api_key": "", "limit": "many"})
    assert response.status_code == 200
    assert not PluginState.objects.filter(slug="greeter").exists()

    client.post(url, {"greeting": "أهلًا", "api_key": "sk_live_secret", "limit": "5"})
    state = PluginState.objects.get(slug="greeter")
    assert state.settings == {"greeting": "أهلًا", "api_key": "sk_live_secret", "limit": 5}

    page = client.get(url).content.decode()
    assert "sk_live_secret" not in page  # never shown back

    client.post(url, {"greeting": "أهلًا", "api_key": "", "limit": "5"})
    state.refresh_from_db()
    assert state.settings["api_key"] == "sk_live_secret"  # blank keeps the saved secret
