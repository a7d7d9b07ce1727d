"""Sellers' withdrawals: the money leaves the wallet for the payouts account when the seller asks,
leaves the platform when staff mark it paid, and comes back when they reject it or the seller
cancels it. Every refused request or decision changes nothing at all."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import (
    LedgerAccount,
    LedgerTransaction,
    Withdrawal,
    WithdrawalStatus,
)
from marketplace.ledger.withdrawals import (
    WithdrawalError,
    approve_withdrawal,
    cancel_withdrawal,
    mark_paid,
    reject_withdrawal,
    request_withdrawal,
    withdrawable,
    withdrawn_total,
)
from marketplace.notifications.links import neutral_path
from marketplace.notifications.models import Notification
from plugins.services import set_active
from tests.factories import UserFactory
from tests.orders.conftest import change_settings, credit_earnings, credit_wallet, default_site

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("fast_passwords", "in_english"),
]

D = Decimal
IBAN = "LY83002048000020100120361"
DETAILS = {"bank": "jumhouria", "account_holder": "سالم علي", "iban": IBAN}
METHOD = "libyan_bank"


@pytest.fixture(autouse=True)
def libyan_bank(db):
    set_active(METHOD, default_site(), True)


@pytest.fixture(autouse=True)
def books_balance_afterwards(db):
    """Whatever a scenario did or was refused, the books balance at its end."""
    yield
    assert_books_balance()


@pytest.fixture
def seller(db):
    """A seller with 200 LYD available in the wallet."""
    user = UserFactory(username="earner")
    credit_earnings(user, "200")
    return user


@pytest.fixture
def other_seller(db):
    user = UserFactory(username="neighbour")
    credit_earnings(user, "200")
    return user


@pytest.fixture
def staff(db):
    return UserFactory(username="cashier", is_staff=True)


def wallet(user) -> Decimal:
    return ledger.balance_of(ledger.wallet_of(user))


def payouts(user) -> Decimal:
    return ledger.balance_of(ledger.payouts_of(user))


def paid_out() -> Decimal:
    """What left the platform through the Libyan bank method (the outside world's side)."""
    return ledger.balance_of(ledger.gateway_clearing(f"payout:{METHOD}"))


def ask(seller, amount="60", method=METHOD) -> Withdrawal:
    return request_withdrawal(seller, amount, method, dict(DETAILS))


def state():
    """Everything a refused request or decision must leave untouched."""
    return {
        "withdrawals": sorted(
            Withdrawal.objects.values_list(
                "pk", "status", "amount", "bank_reference", "rejection_reason", "decided_by"
            )
        ),
        "balances": sorted(LedgerAccount.objects.exclude(balance=0).values_list("pk", "balance")),
        "transactions": LedgerTransaction.objects.count(),
        "notifications": Notification.objects.count(),
    }


def refused(function, *args, message=None) -> str:
    before = state()
    with pytest.raises(WithdrawalError) as error:
        function(*args)
    assert state() == before
    assert str(error.value).strip()
    if message is not None:
        assert str(error.value) == message
    return str(error.value)


def assert_books_balance():
    report = check_ledger()
    assert report.ok, (report.unbalanced_transactions, report.wrong_balances)
    out, err = StringIO(), StringIO()
    call_command("ledger_check", stdout=out, stderr=err)
    assert "The ledger balances." in out.getvalue()
    assert err.getvalue() == ""


# --- Requests ---------------------------------------------------------------------------------


def test_a_request_moves_the_money_from_the_wallet_to_payouts_at_once(seller):
    withdrawal = ask(seller, "60.500")

    assert withdrawal.status == WithdrawalStatus.PENDING
    assert withdrawal.amount == D("60.500")
    assert withdrawal.method == METHOD
    assert withdrawal.details == DETAILS
    assert withdrawal.seller == seller
    assert withdrawal.number == f"W-{withdrawal.pk:06d}"
    assert wallet(seller) == D("139.500")
    assert payouts(seller) == D("60.500")
    assert paid_out() == 0
    (posted,) = LedgerTransaction.objects.filter(kind="withdrawal_requested")
    assert posted.reference == f"withdrawal:{withdrawal.pk}"
    assert sorted(posted.entries.values_list("amount", flat=True)) == [D("-60.500"), D("60.500")]
    assert withdrawn_total(seller) == 0
    assert_books_balance()


@pytest.mark.parametrize(
    ("amount", "stored"),
    [
        ("50", D("50.000")),  # exactly the minimum
        (D("75.250"), D("75.250")),
        (60, D("60.000")),
        (" 99.999 ", D("99.999")),
        ("200", D("200.000")),  # the whole balance
        ("200.000", D("200.000")),
        ("٦٠", D("60.000")),  # typed with Arabic-Indic digits
    ],
)
def test_accepted_amounts_are_stored_exactly(seller, amount, stored):
    withdrawal = ask(seller, amount)
    withdrawal.refresh_from_db()
    assert withdrawal.amount == stored
    assert wallet(seller) == D("200") - stored
    assert payouts(seller) == stored
    assert_books_balance()


def test_below_the_minimum_is_refused(seller):
    message = refused(ask, seller, "49.999")
    assert message == "The minimum withdrawal is 50 LYD."
    assert Withdrawal.objects.count() == 0
    assert wallet(seller) == D("200")
    assert_books_balance()


def test_the_minimum_is_a_setting(seller):
    change_settings(minimum_withdrawal=D("100"))
    assert refused(ask, seller, "99.999") == "The minimum withdrawal is 100 LYD."
    assert ask(seller, "100").amount == D("100")


UP_TO = (
    "You can withdraw up to %s LYD: the earnings of your sales. Refunds stay in your balance "
    "for purchases."
)


def test_more_than_the_balance_is_refused_and_nothing_changes(seller):
    message = refused(ask, seller, "200.001")
    assert message == UP_TO % "200"
    assert Withdrawal.objects.count() == 0
    assert wallet(seller) == D("200")
    assert payouts(seller) == 0
    assert LedgerTransaction.objects.filter(kind__startswith="withdrawal").count() == 0
    assert_books_balance()


def test_a_seller_with_an_empty_wallet_cannot_withdraw(db):
    broke = UserFactory(username="broke")
    assert refused(ask, broke, "50") == UP_TO % "0"
    assert Withdrawal.objects.count() == 0
    assert_books_balance()


def test_money_in_pending_earnings_or_payouts_is_not_withdrawable(seller):
    ask(seller, "150")
    # 50 left in the wallet; the 150 in payouts cannot be asked for again.
    change_settings(max_pending_withdrawals=2)
    refused(ask, seller, "50.001")
    assert ask(seller, "50").amount == D("50")
    assert wallet(seller) == 0
    assert payouts(seller) == D("200")
    assert_books_balance()


@pytest.mark.parametrize(
    "amount",
    [
        "abc",
        "",
        "   ",
        None,
        "-5",
        "-50",
        "0",
        0,
        "0.000",
        D("0"),
        "1.2345",
        "60.0001",
        D("60.0005"),
        "0.30000000000000004",  # what 0.1 + 0.2 prints as
        "60.50000000000001",
        "nan",
        "NaN",
        "inf",
        "-Infinity",
        "sNaN",
        "1e-4",
        "60 LYD",
        "6 0",
        "--60",
        "60..5",
    ],
)
def test_bad_amounts_are_refused(seller, amount):
    message = refused(ask, seller, amount)
    assert message == "Enter an amount in dinars with at most 3 decimal places."
    assert Withdrawal.objects.count() == 0
    assert wallet(seller) == D("200")


def test_a_float_amount_is_refused(seller):
    refused(ask, seller, 60.5)


def test_an_amount_written_the_way_the_site_prints_it_is_not_misread(db):
    from marketplace.ledger.money import format_lyd

    change_settings(minimum_withdrawal=D("1"))
    rich = UserFactory(username="rich")
    credit_earnings(rich, "2000")
    typed = format_lyd(D("1250"))
    assert typed == "1,250"
    try:
        withdrawal = ask(rich, typed)
    except WithdrawalError:
        return
    assert withdrawal.amount == D("1250")


def test_the_details_are_cleaned_by_the_methods_form(seller):
    typed = {
        "bank": "wahda",
        "account_holder": "  سالم   علي ",
        "iban": "ly83 0020 4800 0020 1001 2036 1",
    }
    withdrawal = request_withdrawal(seller, "60", METHOD, typed)
    assert Withdrawal.objects.get(pk=withdrawal.pk).details == {
        "bank": "wahda",
        "account_holder": "سالم علي",
        "iban": IBAN,
    }


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({**DETAILS, "iban": "LY84002048000020100120361"}, "check digits do not match"),
        ({**DETAILS, "iban": "DE89370400440532013000"}, "this one starts with DE"),
        ({**DETAILS, "bank": "swiss"}, "Bank:"),
        ({**DETAILS, "account_holder": ""}, "Account holder:"),
        ({}, "IBAN:"),
    ],
)
def test_wrong_details_are_refused_and_nothing_changes(seller, details, message):
    assert message in refused(request_withdrawal, seller, "60", METHOD, details)
    assert Withdrawal.objects.count() == 0
    assert wallet(seller) == D("200")


@pytest.mark.parametrize("method", ["paypal", "", "bank_transfer"])
def test_an_unknown_method_is_refused(seller, method):
    message = refused(ask, seller, "60", method)
    assert message == "This withdrawal method is not available."
    assert Withdrawal.objects.count() == 0


def test_the_method_of_an_inactive_plugin_is_refused(seller):
    set_active(METHOD, default_site(), False)
    assert refused(ask, seller, "60") == "This withdrawal method is not available."
    assert Withdrawal.objects.count() == 0
    set_active(METHOD, default_site(), True)
    assert ask(seller, "60").method == METHOD


# --- One request waiting at a time ------------------------------------------------------------

WAITING = "You already have 1 withdrawal waiting; wait until it is paid or cancel it."


def test_one_pending_request_per_seller(seller):
    ask(seller, "60")
    assert refused(ask, seller, "60") == WAITING
    assert Withdrawal.objects.filter(seller=seller).count() == 1
    assert wallet(seller) == D("140")


def test_an_approved_request_is_still_waiting(seller, staff):
    approve_withdrawal(ask(seller, "60"), staff)
    assert refused(ask, seller, "60") == WAITING


def test_the_limit_is_per_seller(seller, other_seller):
    ask(seller, "60")
    assert ask(other_seller, "60").seller == other_seller
    assert_books_balance()


@pytest.mark.parametrize("close", ["paid", "rejected", "cancelled"])
def test_a_new_request_is_allowed_once_the_last_one_is_closed(seller, staff, close):
    first = ask(seller, "60")
    if close == "paid":
        mark_paid(first, staff, "TRX-1")
    elif close == "rejected":
        reject_withdrawal(first, staff, "wrong account holder")
    else:
        cancel_withdrawal(first, seller)
    second = ask(seller, "70")
    assert second.status == WithdrawalStatus.PENDING
    assert Withdrawal.objects.get(pk=first.pk).status == close
    expected_wallet = D("200") - D("70") - (D("60") if close == "paid" else 0)
    assert wallet(seller) == expected_wallet
    assert payouts(seller) == D("70")
    assert_books_balance()


def test_the_number_waiting_is_a_setting(seller):
    change_settings(max_pending_withdrawals=2)
    ask(seller, "60")
    ask(seller, "60")
    assert refused(ask, seller, "60") == (
        "You already have 2 withdrawals waiting; wait until one is paid or cancel one."
    )
    assert Withdrawal.objects.filter(status=WithdrawalStatus.PENDING).count() == 2
    assert wallet(seller) == D("80")
    assert payouts(seller) == D("120")
    assert_books_balance()


# --- The seller cancels -----------------------------------------------------------------------


def test_the_seller_cancels_a_pending_request_and_gets_the_money_back(seller):
    withdrawal = ask(seller, "60")
    cancelled = cancel_withdrawal(withdrawal, seller)

    assert cancelled.status == WithdrawalStatus.CANCELLED
    assert cancelled.decided_at is not None
    assert Withdrawal.objects.get(pk=withdrawal.pk).status == WithdrawalStatus.CANCELLED
    assert wallet(seller) == D("200")
    assert payouts(seller) == 0
    assert paid_out() == 0
    assert LedgerTransaction.objects.filter(kind="withdrawal_returned").count() == 1
    assert withdrawn_total(seller) == 0
    assert_books_balance()


def test_nobody_else_cancels_a_sellers_request(seller, other_seller, staff):
    withdrawal = ask(seller, "60")
    assert refused(cancel_withdrawal, withdrawal, other_seller) == "This is not your withdrawal."
    assert refused(cancel_withdrawal, withdrawal, staff) == "This is not your withdrawal."
    assert Withdrawal.objects.get(pk=withdrawal.pk).status == WithdrawalStatus.PENDING
    assert wallet(seller) == D("140")


def test_an_approved_request_can_no_longer_be_cancelled(seller, staff):
    withdrawal = approve_withdrawal(ask(seller, "60"), staff)
    message = refused(cancel_withdrawal, withdrawal, seller)
    assert message == "This withdrawal can no longer be cancelled."
    assert payouts(seller) == D("60")


def test_a_cancelled_request_cannot_be_cancelled_again(seller):
    withdrawal = ask(seller, "60")
    cancel_withdrawal(withdrawal, seller)
    refused(cancel_withdrawal, withdrawal, seller)
    assert wallet(seller) == D("200")
    assert LedgerTransaction.objects.filter(kind="withdrawal_returned").count() == 1
    assert_books_balance()


# --- Staff decide -----------------------------------------------------------------------------


def test_approve_then_mark_paid_sends_the_money_out(seller, staff):
    withdrawal = ask(seller, "60")
    approved = approve_withdrawal(withdrawal, staff)
    assert approved.status == WithdrawalStatus.APPROVED
    assert approved.approved_at is not None
    assert approved.decided_by == staff
    # Approving moves no money.
    assert (wallet(seller), payouts(seller), paid_out()) == (D("140"), D("60"), 0)

    paid = mark_paid(withdrawal, staff, "  TRX-2026-0042 ")

    assert paid.status == WithdrawalStatus.PAID
    assert paid.bank_reference == "TRX-2026-0042"
    assert paid.decided_by == staff
    assert paid.decided_at is not None
    stored = Withdrawal.objects.get(pk=withdrawal.pk)
    assert (stored.status, stored.bank_reference) == (WithdrawalStatus.PAID, "TRX-2026-0042")
    assert wallet(seller) == D("140")
    assert payouts(seller) == 0
    assert paid_out() == D("60")
    assert withdrawn_total(seller) == D("60.000")
    (posted,) = LedgerTransaction.objects.filter(kind="withdrawal_paid")
    assert posted.reference == f"withdrawal:{withdrawal.pk}"
    assert "TRX-2026-0042" in posted.memo
    assert_books_balance()


def test_withdrawn_total_counts_paid_withdrawals_only(seller, other_seller, staff):
    change_settings(max_pending_withdrawals=3)
    mark_paid(ask(seller, "60.250"), staff, "A")
    mark_paid(ask(seller, "50.125"), staff, "B")
    reject_withdrawal(ask(seller, "50"), staff, "wrong IBAN")
    cancel_withdrawal(ask(seller, "50"), seller)
    ask(seller, "50")  # still waiting
    mark_paid(ask(other_seller, "70"), staff, "C")

    assert withdrawn_total(seller) == D("110.375")
    assert withdrawn_total(other_seller) == D("70.000")
    assert withdrawn_total(staff) == D("0.000")
    assert wallet(seller) == D("200") - D("110.375") - D("50")
    assert payouts(seller) == D("50")
    assert paid_out() == D("180.375")
    assert_books_balance()


@pytest.mark.parametrize("reference", ["", "   ", None, "\n\t"])
def test_paid_without_a_reference_is_refused(seller, staff, reference):
    withdrawal = ask(seller, "60")
    message = refused(mark_paid, withdrawal, staff, reference)
    assert message == "Write the bank's reference of the transfer."
    assert Withdrawal.objects.get(pk=withdrawal.pk).status == WithdrawalStatus.PENDING
    assert payouts(seller) == D("60")


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_reject_without_a_reason_is_refused(seller, staff, reason):
    withdrawal = ask(seller, "60")
    message = refused(reject_withdrawal, withdrawal, staff, reason)
    assert message == "Write the reason; the seller will read it."
    assert payouts(seller) == D("60")


@pytest.mark.parametrize("approved_first", [False, True])
def test_a_rejection_returns_the_money_to_the_wallet(seller, staff, approved_first):
    withdrawal = ask(seller, "60")
    if approved_first:
        approve_withdrawal(withdrawal, staff)
    rejected = reject_withdrawal(withdrawal, staff, "  The holder's name does not match.  ")

    assert rejected.status == WithdrawalStatus.REJECTED
    assert rejected.rejection_reason == "The holder's name does not match."
    assert rejected.decided_by == staff
    assert rejected.decided_at is not None
    assert wallet(seller) == D("200")
    assert payouts(seller) == 0
    assert paid_out() == 0
    assert withdrawn_total(seller) == 0
    assert_books_balance()


def closed(seller, staff, how) -> Withdrawal:
    withdrawal = ask(seller, "60")
    if how == "paid":
        return mark_paid(withdrawal, staff, "TRX-1")
    if how == "rejected":
        return reject_withdrawal(withdrawal, staff, "wrong bank")
    return cancel_withdrawal(withdrawal, seller)


@pytest.mark.parametrize("how", ["paid", "rejected", "cancelled"])
def test_no_decision_on_a_closed_withdrawal(seller, staff, how):
    withdrawal = closed(seller, staff, how)
    money = (wallet(seller), payouts(seller), paid_out())

    assert (
        refused(approve_withdrawal, withdrawal, staff)
        == "Only a request waiting for review can be approved."
    )
    assert refused(mark_paid, withdrawal, staff, "TRX-2") == "This withdrawal is already closed."
    assert (
        refused(reject_withdrawal, withdrawal, staff, "changed my mind")
        == "This withdrawal is already closed."
    )
    assert (
        refused(cancel_withdrawal, withdrawal, seller)
        == "This withdrawal can no longer be cancelled."
    )
    assert Withdrawal.objects.get(pk=withdrawal.pk).status == how
    assert (wallet(seller), payouts(seller), paid_out()) == money
    assert_books_balance()


def test_an_approved_request_cannot_be_approved_twice(seller, staff):
    withdrawal = approve_withdrawal(ask(seller, "60"), staff)
    refused(approve_withdrawal, withdrawal, staff)


def test_decisions_read_the_stored_status_not_a_stale_copy(seller, staff):
    stale = ask(seller, "60")
    reject_withdrawal(Withdrawal.objects.get(pk=stale.pk), staff, "wrong bank")
    assert stale.status == WithdrawalStatus.PENDING  # the caller's copy is out of date
    refused(mark_paid, stale, staff, "TRX-1")
    refused(cancel_withdrawal, stale, seller)
    assert (wallet(seller), payouts(seller), paid_out()) == (D("200"), 0, 0)
    assert_books_balance()


# --- Idempotency ------------------------------------------------------------------------------


def test_mark_paid_twice_posts_once(seller, staff):
    withdrawal = ask(seller, "60")
    mark_paid(withdrawal, staff, "TRX-1")
    again = refused(mark_paid, withdrawal, staff, "TRX-1")
    assert again == "This withdrawal is already closed."

    assert LedgerTransaction.objects.filter(kind="withdrawal_paid").count() == 1
    assert Notification.objects.filter(event="withdrawal.paid").count() == 1
    assert paid_out() == D("60")
    assert payouts(seller) == 0
    assert withdrawn_total(seller) == D("60")
    assert_books_balance()


def test_reject_twice_returns_the_money_once(seller, staff):
    withdrawal = ask(seller, "60")
    reject_withdrawal(withdrawal, staff, "wrong bank")
    refused(reject_withdrawal, withdrawal, staff, "wrong bank")
    assert LedgerTransaction.objects.filter(kind="withdrawal_returned").count() == 1
    assert wallet(seller) == D("200")
    assert_books_balance()


# --- Notifications ----------------------------------------------------------------------------


def about_withdrawals(user=None):
    found = Notification.objects.filter(event__startswith="withdrawal.")
    return found.filter(user=user) if user else found


def test_the_seller_is_told_when_paid(seller, staff):
    withdrawal = ask(seller, "60.5")
    approve_withdrawal(withdrawal, staff)
    assert about_withdrawals().count() == 0  # asking and approving tell nobody
    mark_paid(withdrawal, staff, "TRX-77")

    (notification,) = about_withdrawals()
    assert notification.user == seller
    assert notification.event == "withdrawal.paid"
    assert notification.context["number"] == withdrawal.number
    assert notification.context["amount"] == "60.500"
    assert notification.context["reference"] == "TRX-77"
    assert notification.url == neutral_path(withdrawal.get_absolute_url())


def test_the_seller_is_told_when_rejected_with_the_reason(seller, staff):
    withdrawal = ask(seller, "60")
    reject_withdrawal(withdrawal, staff, "The IBAN belongs to someone else.")

    (notification,) = about_withdrawals()
    assert notification.user == seller
    assert notification.event == "withdrawal.rejected"
    assert notification.context["reason"] == "The IBAN belongs to someone else."
    assert notification.context["amount"] == "60"
    assert notification.context["number"] == withdrawal.number


def test_a_cancellation_by_the_seller_notifies_nobody(seller):
    cancel_withdrawal(ask(seller, "60"), seller)
    assert about_withdrawals().count() == 0


@pytest.mark.parametrize("decision", ["paid", "rejected"])
def test_the_sellers_email_about_the_decision_can_be_written(seller, staff, decision):
    """Each decision's notification has its e-mail (text and HTML) in the seller's language."""
    from marketplace.notifications.emails import build_email

    withdrawal = ask(seller, "60")
    if decision == "paid":
        mark_paid(withdrawal, staff, "TRX-77")
    else:
        reject_withdrawal(withdrawal, staff, "wrong bank")
    (notification,) = about_withdrawals(seller)
    email = build_email(notification)
    assert withdrawal.number in email.body
    assert email.to == [seller.email]


# --- The books' self-test -------------------------------------------------------------------


def test_ledger_check_fails_when_a_balance_is_tampered_with(seller):
    ask(seller, "60")
    assert_books_balance()
    payouts_account = LedgerAccount.objects.filter(pk=ledger.payouts_of(seller).pk)
    payouts_account.update(balance=D("61"))
    assert not check_ledger().ok
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("ledger_check", stdout=StringIO(), stderr=err)
    assert "stores 61.000, its entries sum to 60" in err.getvalue()
    payouts_account.update(balance=D("60"))


def test_refunds_in_the_wallet_cannot_be_withdrawn(seller):
    """A cancelled order's refund (money paid in, say by card) stays for purchases: only
    earnings leave the platform, so a stolen card cannot be cashed out."""
    credit_wallet(seller, "300")  # a payment whose orders were cancelled
    assert wallet(seller) == D("500")
    assert withdrawable(seller) == D("200")
    assert refused(ask, seller, "200.001") == UP_TO % "200"
    ask(seller, "150")
    assert withdrawable(seller) == D("50")


def test_earnings_spent_on_purchases_are_no_longer_withdrawable(seller):
    from marketplace.ledger import services as ledger

    ledger.transfer(
        ledger.wallet_of(seller),
        ledger.gateway_clearing("test"),
        D("180"),
        kind="refund_to_source",
        reference="spent",
        idempotency_key="spent",
    )
    assert withdrawable(seller) == D("20")


def test_staff_never_decide_their_own_withdrawal(seller):
    own = ask(seller, "60")
    seller.is_staff = True
    seller.save()
    for decide in (
        lambda: approve_withdrawal(own, seller),
        lambda: mark_paid(own, seller, "REF-1"),
        lambda: reject_withdrawal(own, seller, "no"),
    ):
        with pytest.raises(WithdrawalError, match="Another staff member"):
            decide()
    own.refresh_from_db()
    assert own.status == WithdrawalStatus.PENDING
    assert payouts(seller) == D("60")
