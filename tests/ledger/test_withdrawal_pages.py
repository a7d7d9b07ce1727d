"""The seller's withdrawal pages: request, errors in place, own requests only, cancel."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from marketplace.ledger import services as ledger
from marketplace.ledger.models import Withdrawal, WithdrawalStatus
from marketplace.ledger.withdrawals import request_withdrawal
from plugins.services import set_active
from tests.factories import UserFactory
from tests.orders.conftest import assert_books_balance, credit_earnings, default_site

IBAN = "LY83002048000020100120361"
DETAILS = {"bank": "wahda", "account_holder": "سالم الورفلي", "iban": IBAN}


@pytest.fixture
def seller(db):
    set_active("libyan_bank", default_site(), True)
    user = UserFactory(username="earner")
    credit_earnings(user, "200")
    return user


def form_data(amount="80", **details):
    data = {"amount": amount, "method": "libyan_bank"}
    data.update({f"libyan_bank-{key}": value for key, value in {**DETAILS, **details}.items()})
    return data


def available(user) -> Decimal:
    return ledger.balance_of(ledger.wallet_of(user))


def test_a_request_moves_the_money_and_lists_it(client, seller):
    client.force_login(seller)
    page = client.get(reverse("ledger:withdrawal_new"))
    assert page.status_code == 200 and b"libyan_bank-iban" in page.content
    response = client.post(
        reverse("ledger:withdrawal_new"), form_data(iban="ly83 0020 4800 0020 1001 2036 1")
    )
    assert response.status_code == 302
    withdrawal = Withdrawal.objects.get()
    assert withdrawal.amount == Decimal("80.000") and withdrawal.details["iban"] == IBAN
    assert available(seller) == Decimal("120.000")
    listing = client.get(reverse("ledger:withdrawals")).content.decode()
    assert withdrawal.number in listing and "LY83 0020 4800" in listing
    assert_books_balance()


def test_a_bad_iban_is_shown_on_its_field_in_arabic_and_nothing_moves(client, seller):
    client.force_login(seller)
    with translation.override("ar"):
        response = client.post(
            reverse("ledger:withdrawal_new"), form_data(iban="DE89370400440532013000")
        )
    assert response.status_code == 400
    assert 'data-error-for="libyan_bank-iban"' in response.content.decode()
    assert not Withdrawal.objects.exists() and available(seller) == Decimal("200.000")


def test_over_the_balance_is_refused_above_the_form(client, seller):
    client.force_login(seller)
    response = client.post(reverse("ledger:withdrawal_new"), form_data(amount="250"))
    assert response.status_code == 400
    assert "data-form-error" in response.content.decode()
    assert not Withdrawal.objects.exists()


def test_someone_elses_withdrawal_is_neither_listed_nor_cancellable(client, seller):
    theirs = request_withdrawal(seller, Decimal("60"), "libyan_bank", DETAILS)
    other = UserFactory()
    client.force_login(other)
    assert theirs.number not in client.get(reverse("ledger:withdrawals")).content.decode()
    response = client.post(reverse("ledger:withdrawal_cancel", args=[theirs.pk]))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == WithdrawalStatus.PENDING


def test_the_seller_cancels_a_waiting_request(client, seller):
    mine = request_withdrawal(seller, Decimal("60"), "libyan_bank", DETAILS)
    client.force_login(seller)
    client.post(reverse("ledger:withdrawal_cancel", args=[mine.pk]))
    mine.refresh_from_db()
    assert mine.status == WithdrawalStatus.CANCELLED
    assert available(seller) == Decimal("200.000")
    assert_books_balance()


def test_the_pages_need_a_login(client, db):
    for name in ("ledger:withdrawals", "ledger:withdrawal_new"):
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_without_an_active_method_the_page_says_so(client, db):
    user = UserFactory()
    client.force_login(user)
    assert b"data-no-methods" in client.get(reverse("ledger:withdrawal_new")).content
