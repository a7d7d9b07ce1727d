from decimal import Decimal

import pytest
from django.core.management import call_command
from wagtail.models import Page

from marketplace.accounts.models import User
from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.orders.models import Review
from pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def test_home_page_is_the_site_root_in_arabic(client):
    home = HomePage.objects.get()
    assert home.get_site().is_default_site
    assert home.locale.language_code == "ar"
    html = client.get("/").content.decode()
    assert "خدمات مصغّرة بأيدٍ ليبية" in html
    assert 'id="hero-search"' in html


def test_setup_demo_creates_logins_pages_and_english_home_and_can_run_again(client, capsys):
    call_command("setup_demo")
    out = capsys.readouterr().out
    for email in ("admin@microlibya.test", "buyer@microlibya.test", "seller@microlibya.test"):
        assert email in out
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.emailaddress_set.get().verified

    password = next(
        line.split("password: ")[1].split()[0] for line in out.splitlines() if "buyer@" in line
    )
    assert client.login(username="buyer", password=password)

    assert "Small digital services by Libyan hands" in client.get("/en/").content.decode()
    for path, text in [("/guarantee/", "ضمان"), ("/en/terms/", "20%"), ("/terms/", "20%")]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert text in response.content.decode()

    buyer, seller = User.objects.get(username="buyer"), User.objects.get(username="seller")
    orders = list(buyer.purchases.order_by("pk"))
    assert [order.state for order in orders] == ["in_progress", "completed", "completed"]
    wallet = ledger.balance_of(ledger.wallet_of(buyer))
    assert wallet == Decimal("500") - sum(order.total for order in orders)
    assert "Demo money" in out and "Demo earnings" in out
    # The demo seller: two reviewed orders, one cleared, a withdrawal waiting for staff.
    assert Review.objects.filter(order__seller=seller).count() == 4
    assert seller.withdrawals.get().status == "pending"
    assert seller.profile.completed_orders == 2 and seller.profile.identity_verified

    call_command("setup_demo")
    assert User.objects.filter(username__in=["admin", "buyer", "seller"]).count() == 3
    assert StandardPage.objects.filter(slug="terms").count() == 2  # Arabic and English
    assert buyer.purchases.count() == 3 and seller.withdrawals.count() == 1
    assert ledger.balance_of(ledger.wallet_of(buyer)) == wallet
    assert check_ledger().ok


def test_footer_links_lead_to_the_published_pages(client):
    call_command("setup_demo")
    html = client.get("/").content.decode()
    assert 'href="/guarantee/"' in html and 'href="/terms/"' in html and 'href="/privacy/"' in html
    english = client.get("/en/").content.decode()
    assert 'href="/en/privacy/"' in english
    StandardPage.objects.filter(slug="privacy").update(live=False)
    assert 'href="/privacy/"' not in client.get("/").content.decode()


def test_pages_are_rendered_with_few_queries(client, user, django_assert_max_num_queries):
    call_command("setup_demo")
    client.get("/")  # the first request fills the site and settings caches
    # The featured blocks read the categories, and the services with their cover renditions.
    with django_assert_max_num_queries(14):
        assert client.get("/").status_code == 200
    client.force_login(user)
    # A signed-in header counts unread notifications and unread messages; the page reads its
    # ancestors (breadcrumbs) and its public translations (hreflang, language switcher).
    with django_assert_max_num_queries(19):
        assert client.get("/guarantee/").status_code == 200
    assert Page.objects.live().count() >= 8


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "//evil.example/", "/\\evil.example/", "https://evil.example/"]
)
def test_call_to_action_links_must_be_paths_on_this_site(link):
    from django.core.exceptions import ValidationError

    from pages.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python({"title": "t", "text": "", "button_text": "b", "button_link": link})
    with pytest.raises(ValidationError):
        block.clean(value)
    good = block.to_python({"title": "t", "text": "", "button_text": "b", "button_link": "/faq/"})
    block.clean(good)
