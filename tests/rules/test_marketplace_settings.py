from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from marketplace.rules.models import MarketplaceSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def rules():
    return MarketplaceSettings.for_site(Site.objects.get(is_default_site=True))


def test_defaults_are_the_products_numbers(rules):
    assert rules.minimum_service_price == Decimal("10.000")
    assert rules.commission_percent == Decimal("20.00")
    assert rules.clearance_days == 7
    assert rules.auto_complete_days == 3
    assert rules.no_reply_cancel_hours == 48
    assert rules.minimum_withdrawal == Decimal("50.000")
    assert rules.bank_transfer_expiry_hours == 72


@pytest.mark.parametrize(
    "field, value",
    [
        ("commission_percent", Decimal("50.01")),
        ("commission_percent", Decimal("-1")),
        ("minimum_service_price", Decimal("0.500")),
        ("minimum_service_price", Decimal("10.0005")),  # more than 3 decimals (dirham)
        ("auto_complete_days", 0),
        ("no_reply_cancel_hours", 2),
        ("clearance_days", 365),
        ("bank_transfer_expiry_hours", 0),
    ],
)
def test_out_of_range_values_are_refused(rules, field, value):
    setattr(rules, field, value)
    with pytest.raises(ValidationError) as error:
        rules.full_clean()
    assert field in error.value.message_dict


def test_admin_form_shows_an_arabic_error_and_saves_nothing(client, admin_user, rules):
    client.force_login(admin_user)
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/rules/marketplacesettings/{site.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "العمولة" in page.content.decode()

    data = {
        "minimum_service_price": "10.000",
        "commission_percent": "75",
        "clearance_days": "7",
        "auto_complete_days": "3",
        "no_reply_cancel_hours": "48",
        "minimum_withdrawal": "50.000",
        "bank_transfer_expiry_hours": "72",
        "new_conversations_per_hour": "10",
        "max_pending_withdrawals": "1",
        "review_window_days": "14",
        "founding_sellers_from": "",
        "founding_sellers_until": "",
        "top_rated_min_rating": "4.70",
        "top_rated_min_reviews": "5",
        "top_rated_min_orders": "10",
        "top_rated_min_on_time_percent": "90",
        "project_open_days": "30",
        "proposals_per_month": "30",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "تحقق من أن تكون هذه القيمة أقل من 50 أو مساوية لها" in response.content.decode()
    rules.refresh_from_db()
    assert rules.commission_percent == Decimal("20.00")

    response = client.post(url, {**data, "commission_percent": "15"})
    assert response.status_code == 302
    rules.refresh_from_db()
    assert rules.commission_percent == Decimal("15.00")


def test_the_founding_window_cannot_end_before_it_starts(client, admin_user, rules):
    client.force_login(admin_user)
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/rules/marketplacesettings/{site.pk}/"
    form = client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(founding_sellers_from="2026-06-01", founding_sellers_until="2026-05-31")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "لا يمكن أن يسبق تاريخُ الانضمام الأخير التاريخَ الأول." in response.content.decode()
    rules.refresh_from_db()
    assert rules.founding_sellers_from is None
