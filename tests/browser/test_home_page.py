"""The Arabic site in a real headless Chromium: layout, font, direction and a log-in journey."""

import pytest

from tests.browser.actions import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("width", [360, 1280], ids=["phone", "desktop"])
def test_arabic_home_page_screenshot(live_server, page_at, artifacts, width):
    page = page_at(width)
    response = page.goto(live_server.url + "/")
    assert response.status == 200, page.content()[:3000]
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready")

    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("document.fonts.check('16px Cairo', 'مايكروليبي')")
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("Cairo")
    # Nothing sticks out sideways on a 360 px phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    hero_search = page.locator("#hero-search")
    assert hero_search.is_visible()
    # In RTL the search box starts on the right: its right edge is near the viewport's.
    box = hero_search.bounding_box()
    assert box["x"] + box["width"] > width * 0.6
    page.screenshot(path=str(artifacts / f"home-ar-{width}.png"), full_page=True)


def test_log_in_in_arabic_then_switch_to_english(live_server, page_at, artifacts, user):
    page = page_at(1280)
    log_in(page, live_server.url, user)
    page.wait_for_url(live_server.url + "/")
    assert page.locator(".user-menu summary").inner_text() == user.username

    page.get_by_role("button", name="English").click()
    page.wait_for_url(live_server.url + "/en/")
    assert page.get_attribute("html", "dir") == "ltr"
    page.screenshot(path=str(artifacts / "home-en-logged-in-1280.png"), full_page=True)
