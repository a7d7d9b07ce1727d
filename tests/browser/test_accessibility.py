"""axe-core (WCAG 2 A/AA rules) on the main pages, in Arabic and English, in each bundled theme."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Site

from tests.browser.actions import log_in
from themes.models import ThemeSettings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = ["/", "/en/", "/accounts/login/", "/accounts/signup/", "/search/?q=x", "/no-such-page/"]
MEMBER_PAGES = ["/notifications/", "/accounts/profile/"]


def _violations(page):
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("theme", ["default", "souq"])
def test_pages_pass_axe_wcag_aa(live_server, user, page_at, theme):
    settings = ThemeSettings.for_site(Site.objects.get(is_default_site=True))
    settings.theme = theme
    settings.save()
    page = page_at(1280)
    problems = {}
    for path in PAGES:
        page.goto(live_server.url + path)
        problems[path] = _violations(page)
    log_in(page, live_server.url, user)
    page.wait_for_url(live_server.url + "/")
    for path in MEMBER_PAGES:
        page.goto(live_server.url + path)
        problems[path] = _violations(page)
    assert not any(problems.values()), {path: v for path, v in problems.items() if v}
