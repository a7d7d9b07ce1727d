import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from plugins.services import set_active
from themes.models import ThemeSettings
from themes.registry import Theme, ThemeError, available_themes

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return Site.objects.get(is_default_site=True)


def _choose(site, slug):
    settings = ThemeSettings.for_site(site)
    settings.theme = slug
    settings.full_clean()
    settings.save()


def test_default_theme_renders_its_tokens(client):
    html = client.get("/").content.decode()
    assert 'data-theme-tokens="default"' in html
    assert "--ml-color-primary:#0f6b4f;" in html
    assert "--ml-font-family:'Cairo', system-ui, sans-serif;" in html


def test_switching_the_theme_changes_the_page_at_once(client, site):
    before = client.get("/").content.decode()
    assert "souq-nav-row" not in before
    _choose(site, "souq")
    after = client.get("/").content.decode()
    assert 'data-theme-tokens="souq"' in after
    assert "--ml-color-primary:#17255a;" in after
    assert "themes/souq/souq.css" in after
    assert "souq-nav-row" in after  # the theme's own header template overrides the core one
    _choose(site, "default")
    assert "souq-nav-row" not in client.get("/").content.decode()


def test_theme_of_an_inactive_plugin_cannot_be_chosen(site):
    with pytest.raises(ValidationError):
        _choose(site, "sahara")
    set_active("sahara", site, True)
    _choose(site, "sahara")
    assert ThemeSettings.for_site(site).theme == "sahara"


def test_deactivating_the_plugin_falls_back_to_the_default_theme(client, site):
    set_active("sahara", site, True)
    _choose(site, "sahara")
    assert 'data-theme-tokens="sahara"' in client.get("/").content.decode()
    set_active("sahara", site, False)
    assert 'data-theme-tokens="default"' in client.get("/").content.decode()


def test_each_site_has_its_own_theme(client, site, settings):
    settings.ALLOWED_HOSTS = ["localhost", "souq.test"]
    other = Site.objects.create(hostname="souq.test", port=80, root_page=site.root_page)
    _choose(other, "souq")
    assert 'data-theme-tokens="default"' in client.get("/", HTTP_HOST="localhost").content.decode()
    assert 'data-theme-tokens="souq"' in client.get("/", HTTP_HOST="souq.test").content.decode()


def test_theme_static_files_are_served_under_the_theme_prefix():
    from django.contrib.staticfiles import finders

    assert finders.find("themes/souq/souq.css")
    assert finders.find("themes/souq/fonts/tajawal-arabic-400-normal.woff2")
    assert finders.find("themes/sahara/sahara.css")


def test_bundled_themes_are_always_available(site):
    assert {"default", "souq"} <= set(available_themes(site))
    assert "sahara" not in available_themes(site)


@pytest.mark.parametrize(
    "token", ["red;}</style><script>alert(1)</script>", "url(javascript:x)}body{", "a{b}"]
)
def test_a_manifest_with_unsafe_tokens_is_refused(tmp_path, token):
    (tmp_path / "manifest.json").write_text(
        json.dumps({"slug": "bad", "tokens": {"color-primary": token}})
    )
    with pytest.raises(ThemeError):
        Theme.from_directory(tmp_path)


def test_admin_offers_the_edited_sites_themes_in_the_admin_language(site):
    from django.utils import translation
    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(ThemeSettings).get_form_class()
    other = Site.objects.create(hostname="other.test", root_page=site.root_page)
    set_active("sahara", other, True)

    def offered(for_site):
        form = form_class(instance=ThemeSettings.for_site(for_site))
        return dict(form.fields["theme"].choices)

    with translation.override("ar"):
        assert offered(site)["souq"].startswith("سوق — ")
        assert "sahara" not in offered(site)
        assert offered(other)["sahara"].startswith("الصحراء — ")
    with translation.override("en"):
        assert offered(site)["souq"].startswith("Souq — A bold market look")


def test_theme_is_switched_through_the_admin_settings_form(client, admin_user, site):
    client.force_login(admin_user)
    url = f"/admin/settings/themes/themesettings/{site.pk}/"
    assert "سوق" in client.get(url).content.decode()
    assert client.post(url, {"theme": "sahara"}).status_code == 200  # plugin inactive: refused
    assert ThemeSettings.for_site(site).theme == "default"
    assert client.post(url, {"theme": "souq"}).status_code == 302
    assert 'data-theme-tokens="souq"' in client.get("/").content.decode()
