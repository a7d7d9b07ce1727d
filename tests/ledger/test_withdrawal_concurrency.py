"""Withdrawals under real parallel connections on PostgreSQL: the row locks, not luck, keep a
seller from taking more than the balance or opening more requests than the setting allows, and
keep two staff decisions on one request from both moving the money.

Each test commits its data (``transaction=True``), then starts threads that wait at a barrier
and act at the same moment, each on its own database connection.
"""

from decimal import Decimal

import pytest

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import LedgerTransaction, Withdrawal, WithdrawalStatus
from marketplace.ledger.withdrawals import (
    WithdrawalError,
    approve_withdrawal,
    cancel_withdrawal,
    mark_paid,
    reject_withdrawal,
    request_withdrawal,
    withdrawn_total,
)
from marketplace.notifications.models import Notification
from plugins.services import set_active
from tests.factories import UserFactory
from tests.orders import conftest as orders
from tests.parallel import run_together, running_balances

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("require_postgresql"),
]

D = Decimal
METHOD = "libyan_bank"
DETAILS = {"bank": "wahda", "account_holder": "سالم علي", "iban": "LY83002048000020100120361"}
PARALLEL = 8


@pytest.fixture(autouse=True)
def libyan_bank():
    set_active(METHOD, orders.default_site(), True)


def wallet(user) -> Decimal:
    return ledger.balance_of(ledger.wallet_of(user))


def payouts(user) -> Decimal:
    return ledger.balance_of(ledger.payouts_of(user))


def paid_out() -> Decimal:
    return ledger.balance_of(ledger.gateway_clearing(f"payout:{METHOD}"))


def asking(seller, amount):
    return lambda: request_withdrawal(seller, amount, METHOD, dict(DETAILS))


def seller_with(balance: str, username: str):
    seller = UserFactory(username=username)
    orders.credit_earnings(seller, balance)
    return seller


def test_parallel_requests_never_take_more_than_the_balance():
    orders.change_settings(max_pending_withdrawals=10)
    seller = seller_with("200", "hasty")

    results = run_together([asking(seller, "60")] * PARALLEL)

    made = [result for result in results if isinstance(result, Withdrawal)]
    refused = [result for result in results if isinstance(result, WithdrawalError)]
    assert len(made) + len(refused) == PARALLEL, results
    # 3 × 60 fit in 200; a fourth would need 240.
    assert len(made) == 3, results
    assert {str(error).split(":")[0] for error in refused} == {"You can withdraw up to 20 LYD"}
    stored = Withdrawal.objects.filter(seller=seller)
    assert stored.count() == 3
    assert sum(stored.values_list("amount", flat=True)) == D("180")
    assert wallet(seller) == D("20")
    assert payouts(seller) == D("180")
    assert min(running_balances(ledger.wallet_of(seller))) >= 0
    assert LedgerTransaction.objects.filter(kind="withdrawal_requested").count() == 3
    assert check_ledger().ok


def test_parallel_requests_of_different_amounts_never_overdraw_the_wallet():
    orders.change_settings(max_pending_withdrawals=10)
    seller = seller_with("250", "spender")
    amounts = ["50", "60.500", "70", "80.250", "90", "55", "65.125", "100"]

    results = run_together([asking(seller, amount) for amount in amounts])

    assert all(isinstance(r, Withdrawal | WithdrawalError) for r in results), results
    made = [result for result in results if isinstance(result, Withdrawal)]
    total = sum((withdrawal.amount for withdrawal in made), D(0))
    assert 0 < total <= D("250")
    stored = Withdrawal.objects.filter(seller=seller)
    assert sorted(stored.values_list("pk", flat=True)) == sorted(w.pk for w in made)
    assert wallet(seller) == D("250") - total
    assert payouts(seller) == total
    # Every refusal was right when it was made: the wallet could not pay that amount.
    assert wallet(seller) < min(
        D(amount)
        for amount, result in zip(amounts, results, strict=True)
        if isinstance(result, WithdrawalError)
    )
    assert min(running_balances(ledger.wallet_of(seller))) >= 0
    assert check_ledger().ok


def test_parallel_requests_open_only_one_when_one_may_wait():
    orders.change_settings(max_pending_withdrawals=1)
    seller = seller_with("1000", "impatient")

    results = run_together([asking(seller, "60")] * PARALLEL)

    made = [result for result in results if isinstance(result, Withdrawal)]
    refused = [result for result in results if isinstance(result, WithdrawalError)]
    assert len(made) == 1, results
    assert len(refused) == PARALLEL - 1, results
    assert {str(error) for error in refused} == {
        "You already have 1 withdrawal waiting; wait until it is paid or cancel it."
    }
    assert Withdrawal.objects.filter(seller=seller).count() == 1
    assert wallet(seller) == D("940")
    assert payouts(seller) == D("60")
    assert check_ledger().ok


def test_parallel_requests_respect_a_limit_of_three_waiting():
    orders.change_settings(max_pending_withdrawals=3)
    seller = seller_with("1000", "steady")

    results = run_together([asking(seller, "50")] * PARALLEL)

    assert len([r for r in results if isinstance(r, Withdrawal)]) == 3, results
    assert len([r for r in results if isinstance(r, WithdrawalError)]) == PARALLEL - 3, results
    assert Withdrawal.objects.filter(seller=seller, status=WithdrawalStatus.PENDING).count() == 3
    assert wallet(seller) == D("850")
    assert check_ledger().ok


def decision_race(functions):
    seller = seller_with("200", "waiting")
    staff = UserFactory(username="cashier", is_staff=True)
    withdrawal = request_withdrawal(seller, "60", METHOD, dict(DETAILS))

    def fresh():
        return Withdrawal.objects.get(pk=withdrawal.pk)

    results = run_together([lambda f=f: f(fresh(), seller, staff) for f in functions])
    return seller, withdrawal, results


def test_reject_and_mark_paid_at_once_only_one_wins():
    seller, withdrawal, results = decision_race(
        [
            lambda w, seller, staff: reject_withdrawal(w, staff, "wrong holder"),
            lambda w, seller, staff: mark_paid(w, staff, "TRX-1"),
        ]
    )

    done = [result for result in results if isinstance(result, Withdrawal)]
    assert len(done) == 1, results
    assert all(isinstance(r, Withdrawal | WithdrawalError) for r in results), results
    withdrawal.refresh_from_db()
    assert withdrawal.status == done[0].status
    moved = LedgerTransaction.objects.filter(
        reference=withdrawal.ledger_reference, kind__in=["withdrawal_paid", "withdrawal_returned"]
    )
    assert moved.count() == 1
    decided = Notification.objects.filter(event__startswith="withdrawal.", user=seller)
    assert decided.count() == 1
    assert payouts(seller) == 0
    if withdrawal.status == WithdrawalStatus.PAID:
        assert (wallet(seller), paid_out(), withdrawn_total(seller)) == (D("140"), D("60"), D("60"))
        assert decided.get().event == "withdrawal.paid"
    else:
        assert withdrawal.status == WithdrawalStatus.REJECTED
        assert (wallet(seller), paid_out(), withdrawn_total(seller)) == (D("200"), 0, 0)
        assert decided.get().event == "withdrawal.rejected"
    assert check_ledger().ok


def test_a_double_clicked_mark_paid_pays_once():
    seller, withdrawal, results = decision_race(
        [lambda w, seller, staff: mark_paid(w, staff, "TRX-1")] * 4
    )

    assert len([r for r in results if isinstance(r, Withdrawal)]) == 1, results
    assert len([r for r in results if isinstance(r, WithdrawalError)]) == 3, results
    assert LedgerTransaction.objects.filter(kind="withdrawal_paid").count() == 1
    assert Notification.objects.filter(event="withdrawal.paid").count() == 1
    assert (wallet(seller), payouts(seller), paid_out()) == (D("140"), 0, D("60"))
    assert check_ledger().ok


def test_the_seller_cancels_while_staff_approve_only_one_wins():
    seller, withdrawal, results = decision_race(
        [
            lambda w, seller, staff: cancel_withdrawal(w, seller),
            lambda w, seller, staff: approve_withdrawal(w, staff),
        ]
    )

    assert len([r for r in results if isinstance(r, Withdrawal)]) == 1, results
    assert all(isinstance(r, Withdrawal | WithdrawalError) for r in results), results
    withdrawal.refresh_from_db()
    if withdrawal.status == WithdrawalStatus.CANCELLED:
        assert (wallet(seller), payouts(seller)) == (D("200"), 0)
    else:
        assert withdrawal.status == WithdrawalStatus.APPROVED
        assert (wallet(seller), payouts(seller)) == (D("140"), D("60"))
    assert check_ledger().ok


def test_a_new_request_while_the_last_one_is_rejected_never_overdraws():
    """The seller asks again at the moment staff reject the first request: the second request
    either waits for the money to come back or is refused, never both waiting at once."""
    orders.change_settings(max_pending_withdrawals=1)
    seller = seller_with("100", "retrier")
    staff = UserFactory(username="reviewer", is_staff=True)
    first = request_withdrawal(seller, "100", METHOD, dict(DETAILS))

    results = run_together(
        [
            lambda: reject_withdrawal(Withdrawal.objects.get(pk=first.pk), staff, "wrong bank"),
            asking(seller, "100"),
        ]
    )

    rejected, second = results
    assert isinstance(rejected, Withdrawal), results
    assert isinstance(second, Withdrawal | WithdrawalError), results
    open_requests = Withdrawal.objects.filter(seller=seller, status=WithdrawalStatus.PENDING)
    if isinstance(second, Withdrawal):
        assert list(open_requests) == [second]
        assert (wallet(seller), payouts(seller)) == (0, D("100"))
    else:
        assert open_requests.count() == 0
        assert (wallet(seller), payouts(seller)) == (D("100"), 0)
    assert min(running_balances(ledger.wallet_of(seller))) >= 0
    assert check_ledger().ok
