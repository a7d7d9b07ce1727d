"""The earnings API: balances, withdrawal requests (own only), the methods' fields; refusals
are a 400 in the caller's language that change nothing; the books balance after every move."""

from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import translation
from rest_framework.test import APIClient
from wagtail.models import Site

from marketplace.ledger import withdrawals
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction, Withdrawal, WithdrawalStatus
from marketplace.orders.services import perform
from plugins.services import set_active
from tests.factories import ServiceFactory, UserFactory
from tests.orders.conftest import buy, credit_earnings, credit_wallet, pending_balance

pytestmark = pytest.mark.django_db

IBAN = "LY83002048000020100120361"
# As a seller types them: spaces in the name and between the IBAN's groups.
DETAILS = {
    "bank": "wahda",
    "account_holder": "  أحمد   علي ",
    "iban": "LY83 0020 4800 0020 1001 2036 1",
}
BALANCES = "/api/v1/me/balances/"
WITHDRAWALS = "/api/v1/me/withdrawals/"
METHODS = "/api/v1/withdrawal-methods/"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def libyan_bank(db):
    set_active("libyan_bank", Site.objects.get(is_default_site=True), True)


@pytest.fixture
def seller(db):
    """A seller with 100 LYD available."""
    user = UserFactory(username="seller")
    credit_earnings(user, "100")
    return user


@pytest.fixture
def seller_api(api, seller):
    api.force_authenticate(seller)
    return api


def balances(api) -> dict:
    response = api.get(BALANCES)
    assert response.status_code == 200, response.content
    return response.json()


def request(api, amount="60.500", method="libyan_bank", details=DETAILS, language="en"):
    return api.post(
        WITHDRAWALS,
        {"amount": amount, "method": method, "details": details},
        format="json",
        HTTP_ACCEPT_LANGUAGE=language,
    )


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", BALANCES),
        ("get", WITHDRAWALS),
        ("post", WITHDRAWALS),
        ("get", f"{WITHDRAWALS}1/"),
        ("post", f"{WITHDRAWALS}1/cancel/"),
        ("get", METHODS),
    ],
)
def test_sign_in_required(api, method, url):
    response = getattr(api, method)(url)
    assert response.status_code == 403
    assert response.json()["detail"]


def test_balances(seller_api, seller):
    assert balances(seller_api) == {
        "available": "100.000",
        "withdrawable": "100.000",
        "pending": "0.000",
        "being_paid_out": "0.000",
        "withdrawn": "0.000",
        "minimum_withdrawal": "50.000",
        "currency": "LYD",
    }
    # A completed order adds pending earnings (the price less the commission).
    buyer = UserFactory()
    credit_wallet(buyer, "50")
    order = buy(buyer, ServiceFactory(seller=seller, price=Decimal("50")))[2][0]
    perform(order, "start", seller)
    perform(order, "deliver", seller, note="done")
    perform(order, "accept", buyer)
    pending = pending_balance(seller)
    assert Decimal(0) < pending < Decimal(50)
    assert balances(seller_api)["pending"] == f"{pending:.3f}"


def test_methods_list_the_active_ones_with_their_fields(seller_api, libyan_bank):
    response = seller_api.get(METHODS, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    (method,) = response.json()
    assert (method["id"], method["name"]) == ("libyan_bank", "Libyan bank account")
    fields = {field["name"]: field for field in method["fields"]}
    assert list(fields) == ["bank", "account_holder", "iban"]
    assert fields["iban"]["label"] == "IBAN" and fields["iban"]["required"] is True
    assert fields["iban"]["choices"] is None
    assert {"value": "wahda", "label": "Wahda Bank"} in fields["bank"]["choices"]
    assert all(choice["value"] for choice in fields["bank"]["choices"])
    arabic = seller_api.get(METHODS, HTTP_ACCEPT_LANGUAGE="ar").json()[0]
    with translation.override("ar"):
        assert arabic["name"] == str(translation.gettext("Libyan bank account"))


def test_no_methods_when_the_plugin_is_off(seller_api):
    assert seller_api.get(METHODS).json() == []


def test_a_request_moves_the_money_and_cancelling_returns_it(seller_api, seller, libyan_bank):
    response = request(seller_api)
    assert response.status_code == 201, response.json()
    data = response.json()
    withdrawal = Withdrawal.objects.get(seller=seller)
    assert data == {
        "id": withdrawal.pk,
        "number": withdrawal.number,
        "amount": "60.500",
        "currency": "LYD",
        "method": "libyan_bank",
        "method_name": "Libyan bank account",
        "details": [
            {"label": "Bank", "value": "Wahda Bank"},
            {"label": "Account holder", "value": "أحمد علي"},
            {"label": "IBAN", "value": "LY83 0020 4800 0020 1001 2036 1"},
        ],
        "status": "pending",
        "status_display": "Waiting for review",
        "can_cancel": True,
        "bank_reference": "",
        "rejection_reason": "",
        "created_at": data["created_at"],
    }
    assert withdrawal.details == {"bank": "wahda", "account_holder": "أحمد علي", "iban": IBAN}
    figures = balances(seller_api)
    assert (figures["available"], figures["being_paid_out"]) == ("39.500", "60.500")
    assert_books_balance()

    detail = seller_api.get(f"{WITHDRAWALS}{withdrawal.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert detail.json() == data

    cancelled = seller_api.post(f"{WITHDRAWALS}{withdrawal.pk}/cancel/")
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["can_cancel"] is False
    figures = balances(seller_api)
    assert (figures["available"], figures["being_paid_out"]) == ("100.000", "0.000")
    assert_books_balance()

    again = seller_api.post(f"{WITHDRAWALS}{withdrawal.pk}/cancel/", HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 400
    assert again.json() == {
        "detail": "This withdrawal can no longer be cancelled.",
        "code": "refused",
    }


def test_paid_withdrawals_count_as_withdrawn(seller_api, seller, libyan_bank, admin_user):
    withdrawal = withdrawals.request_withdrawal(seller, "70", "libyan_bank", DETAILS)
    withdrawals.mark_paid(withdrawal, admin_user, "TRX-1")
    figures = balances(seller_api)
    assert (figures["available"], figures["being_paid_out"], figures["withdrawn"]) == (
        "30.000",
        "0.000",
        "70.000",
    )
    data = seller_api.get(f"{WITHDRAWALS}{withdrawal.pk}/").json()
    assert (data["status"], data["bank_reference"]) == ("paid", "TRX-1")


def test_someone_elses_withdrawal_is_404_and_stays_as_it_is(api, seller, libyan_bank):
    withdrawal = withdrawals.request_withdrawal(seller, "60", "libyan_bank", DETAILS)
    other = UserFactory()
    api.force_authenticate(other)
    assert api.get(f"{WITHDRAWALS}{withdrawal.pk}/").status_code == 404
    assert api.post(f"{WITHDRAWALS}{withdrawal.pk}/cancel/").status_code == 404
    assert api.get(WITHDRAWALS).json()["count"] == 0
    withdrawal.refresh_from_db()
    assert withdrawal.status == WithdrawalStatus.PENDING
    api.force_authenticate(seller)
    figures = balances(api)
    assert (figures["available"], figures["being_paid_out"]) == ("40.000", "60.000")


def test_a_bad_iban_is_a_field_error_in_the_callers_language(seller_api, seller, libyan_bank):
    details = {**DETAILS, "iban": "LY83002048000020100120362"}
    english = request(seller_api, details=details)
    assert english.status_code == 400
    message = "This IBAN is not valid: check its digits (the check digits do not match)."
    assert english.json() == {
        "detail": message,
        "code": "invalid",
        "fields": {"details": {"iban": [message]}},
    }
    arabic = request(seller_api, details={**details, "account_holder": ""}, language="ar")
    assert arabic.status_code == 400
    errors = arabic.json()["fields"]["details"]
    assert errors["iban"] and errors["account_holder"] == ["هذا الحقل مطلوب."]
    with translation.override("ar"):
        assert errors["iban"] == [translation.gettext(message)]
    assert not Withdrawal.objects.exists()
    assert balances(seller_api)["available"] == "100.000"


@pytest.mark.parametrize(
    "amount, message",
    [
        ("10", "The minimum withdrawal is 50 LYD."),
        (
            "150",
            "You can withdraw up to 100 LYD: the earnings of your sales. Refunds stay in your "
            "balance for purchases.",
        ),
    ],
)
def test_refused_amounts_change_nothing(seller_api, libyan_bank, amount, message):
    before = (balances(seller_api), LedgerTransaction.objects.count())
    response = request(seller_api, amount=amount)
    assert response.status_code == 400
    assert response.json() == {"detail": message, "code": "refused"}
    assert (balances(seller_api), LedgerTransaction.objects.count()) == before
    assert not Withdrawal.objects.exists()
    assert_books_balance()


def test_only_one_request_waits_at_a_time(seller_api, libyan_bank):
    assert request(seller_api, amount="50").status_code == 201
    second = request(seller_api, amount="50")
    assert second.status_code == 400
    assert second.json()["code"] == "refused"
    assert Withdrawal.objects.count() == 1


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"amount": "abc", "method": "libyan_bank", "details": DETAILS}, "amount"),
        ({"amount": "60.0001", "method": "libyan_bank", "details": DETAILS}, "amount"),
        ({"method": "libyan_bank", "details": DETAILS}, "amount"),
        ({"amount": "60", "method": "paypal", "details": DETAILS}, "method"),
        ({"amount": "60", "method": "libyan_bank", "details": "LY83"}, "details"),
    ],
)
def test_invalid_requests_name_the_field(seller_api, libyan_bank, payload, field):
    response = seller_api.post(WITHDRAWALS, payload, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid" and list(body["fields"]) == [field]
    assert body["detail"]
    assert not Withdrawal.objects.exists()


def test_an_inactive_method_is_refused(seller_api):
    response = request(seller_api)
    assert response.status_code == 400
    assert response.json()["fields"] == {"method": ["This withdrawal method is not available."]}
    assert not Withdrawal.objects.exists()


def test_the_list_is_mine_newest_first_and_paginated(
    seller_api, seller, libyan_bank, django_assert_max_num_queries
):
    made = []
    for amount in ("50", "55", "60"):
        made.append(withdrawals.request_withdrawal(seller, amount, "libyan_bank", DETAILS))
        withdrawals.cancel_withdrawal(made[-1], seller)
    other = UserFactory()
    credit_earnings(other, "100")
    withdrawals.request_withdrawal(other, "50", "libyan_bank", DETAILS)
    data = seller_api.get(WITHDRAWALS).json()
    assert data["count"] == 3 and data["next"] is None
    assert [item["id"] for item in data["results"]] == [w.pk for w in reversed(made)]
    assert data["results"][0]["amount"] == "60.000"

    Withdrawal.objects.bulk_create(
        Withdrawal(seller=seller, method="libyan_bank", details=DETAILS, amount=Decimal(1))
        for _ in range(30)
    )
    # The site and theme, count, page, and the method (with its plugin's settings) once.
    with django_assert_max_num_queries(8):
        page = seller_api.get(WITHDRAWALS)
    assert len(page.json()["results"]) == 20
    assert page.json()["next"].endswith("?page=2")


def test_the_schema_documents_the_earnings_api(client, tmp_path):
    # Generating the whole document raises on any warning.
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", tmp_path / "api.yaml")
    schema = client.get("/api/v1/schema/").content.decode()
    for path in (
        "/api/v1/me/balances/",
        "/api/v1/me/withdrawals/",
        "/api/v1/me/withdrawals/{id}/",
        "/api/v1/me/withdrawals/{id}/cancel/",
        "/api/v1/withdrawal-methods/",
    ):
        assert f"{path}:" in schema
