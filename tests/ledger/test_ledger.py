"""The ledger by its behaviour: money rounds half-up and refuses floats, a posting is
balanced, exact and posted once, an overdraft posts nothing, the database itself refuses a
negative balance, and ``ledger_check`` finds books that were changed behind its back."""

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, transaction

from marketplace.ledger import services as ledger
from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import AccountKind, LedgerAccount, LedgerEntry, LedgerTransaction
from marketplace.ledger.money import format_lyd, is_exact, percent_of, to_money
from marketplace.ledger.services import InsufficientFunds, LedgerError, Leg

D = Decimal


def books():
    """Every balance and the number of transactions and entries: what a refusal keeps."""
    return (
        sorted(LedgerAccount.objects.values_list("pk", "balance")),
        LedgerTransaction.objects.count(),
        LedgerEntry.objects.count(),
    )


# --- money.py ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.0005", "1.001"),  # half-up, not banker's rounding (which gives 1.000)
        ("1.0015", "1.002"),
        ("1.00049", "1.000"),
        ("2.4445", "2.445"),
        ("-1.0005", "-1.001"),  # half away from zero, as a counter rounds a refund
        ("0.0004", "0.000"),
        (7, "7.000"),
        ("12.5", "12.500"),
        (D("99.9995"), "100.000"),
    ],
)
def test_to_money_rounds_half_up_to_the_dirham(value, expected):
    amount = to_money(value)
    assert amount == D(expected)
    assert amount.as_tuple().exponent == -3


@pytest.mark.parametrize("value", [0.1, 1.0, float("nan")])
def test_to_money_refuses_floats(value):
    with pytest.raises(TypeError):
        to_money(value)


@pytest.mark.parametrize("value", ["abc", "", "NaN", "Infinity", "-inf", "1,5"])
def test_to_money_refuses_what_is_not_an_amount(value):
    with pytest.raises(ValueError):
        to_money(value)


def test_percent_of_rounds_half_up():
    assert percent_of(D("50.000"), D("20")) == D("10.000")
    assert percent_of(D("15.500"), D("20")) == D("3.100")
    assert percent_of(D("0.003"), D("20")) == D("0.001")  # 0.0006 → 0.001
    assert percent_of(D("0.002"), D("20")) == D("0.000")  # 0.0004 → 0.000
    assert percent_of(D("0.0025"), D("100")) == D("0.003")  # exactly half → up
    assert percent_of(D("12.345"), D("12.5")) == D("1.543")  # 1.543125


def test_format_lyd():
    assert format_lyd(D("25")) == "25"
    assert format_lyd(D("12.5")) == "12.500"
    assert format_lyd(D("1250")) == "1,250"
    assert format_lyd(D("1250.0005")) == "1,250.001"
    assert format_lyd(D("0")) == "0"


def test_is_exact():
    assert is_exact(D("1.001"))
    assert is_exact(D("1"))
    assert not is_exact(D("1.0001"))
    assert not is_exact(D("NaN"))


# --- post: what it refuses --------------------------------------------------------------


@pytest.mark.parametrize(
    "amounts",
    [
        pytest.param((D("-10.000"), D("9.999")), id="unbalanced"),
        pytest.param((D("-10.000"),), id="one-leg"),
        pytest.param((D("0.000"), D("0.000")), id="zero"),
        pytest.param((D("-1.0001"), D("1.0001")), id="four-decimals"),
        pytest.param((D("-1.0000001"), D("1.0000001")), id="seven-decimals"),
        pytest.param((-1.5, 1.5), id="floats"),
        pytest.param((-1, 1), id="ints"),
        pytest.param((D("NaN"), D("NaN")), id="nan"),
    ],
)
def test_post_refuses_bad_legs_and_posts_nothing(alice_wallet, bob_wallet, amounts):
    before = books()
    accounts = (alice_wallet, bob_wallet)[: len(amounts)]
    legs = [Leg(account, amount) for account, amount in zip(accounts, amounts, strict=True)]
    with pytest.raises(LedgerError):
        ledger.post("test", "test:1", "test:bad", legs)
    assert books() == before
    assert not ledger.was_posted("test:bad")


def test_legs_that_cancel_out_on_one_account_move_nothing_and_are_refused(alice_wallet):
    before = books()
    with pytest.raises(LedgerError):
        ledger.post(
            "test", "test:1", "test:self", [Leg(alice_wallet, D("-5")), Leg(alice_wallet, D("5"))]
        )
    with pytest.raises(LedgerError):
        ledger.transfer(
            alice_wallet,
            alice_wallet,
            D("5.000"),
            kind="test",
            reference="test:1",
            idempotency_key="test:self-transfer",
        )
    assert books() == before


def test_legs_on_the_same_account_are_merged(alice_wallet, bob_wallet):
    posted = ledger.post(
        "test",
        "test:1",
        "test:merged",
        [
            Leg(alice_wallet, D("-7.000")),
            Leg(bob_wallet, D("10.000")),
            Leg(alice_wallet, D("-3.000")),
        ],
    )
    assert sorted(posted.entries.values_list("amount", flat=True)) == [D("-10"), D("10")]
    assert ledger.balance_of(alice_wallet) == D("90.000")
    assert ledger.balance_of(bob_wallet) == D("10.000")
    assert check_ledger().ok


def test_a_posting_moves_the_balances_and_keeps_its_entries(alice_wallet, bob_wallet):
    posted = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("12.345"),
        kind="test",
        reference="test:1",
        idempotency_key="test:move",
        memo="x" * 400,
    )
    assert ledger.balance_of(alice_wallet) == D("87.655")
    assert ledger.balance_of(bob_wallet) == D("12.345")
    assert sum(posted.entries.values_list("amount", flat=True)) == 0
    assert len(posted.memo) == 255
    assert check_ledger().ok


# --- idempotency ------------------------------------------------------------------------


def test_the_same_key_posts_once_and_returns_the_first_transaction(alice_wallet, bob_wallet):
    first = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("30.000"),
        kind="test",
        reference="test:1",
        idempotency_key="test:once",
    )
    before = books()
    # Replayed as it was, and even with other legs: the key decides, nothing moves.
    again = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("30.000"),
        kind="test",
        reference="test:1",
        idempotency_key="test:once",
    )
    other = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("45.000"),
        kind="test",
        reference="test:1",
        idempotency_key="test:once",
    )
    assert again.pk == first.pk == other.pk
    assert books() == before
    assert ledger.balance_of(alice_wallet) == D("70.000")
    assert ledger.balance_of(bob_wallet) == D("30.000")
    assert LedgerTransaction.objects.filter(idempotency_key="test:once").count() == 1


def test_a_replayed_key_that_would_overdraw_returns_the_first_transaction(alice_wallet, bob_wallet):
    """The key is looked up before the balance: a retry after the money moved on is a no-op,
    not an InsufficientFunds error."""
    first = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("100.000"),
        kind="test",
        reference="test:1",
        idempotency_key="test:all",
    )
    assert ledger.balance_of(alice_wallet) == 0
    again = ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("100.000"),
        kind="test",
        reference="test:1",
        idempotency_key="test:all",
    )
    assert again.pk == first.pk
    assert ledger.balance_of(bob_wallet) == D("100.000")


def test_the_database_refuses_a_second_transaction_with_the_same_key(db):
    LedgerTransaction.objects.create(kind="test", reference="test:1", idempotency_key="test:k")
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerTransaction.objects.create(kind="test", reference="test:2", idempotency_key="test:k")


# --- overdrafts -------------------------------------------------------------------------


def test_insufficient_funds_posts_nothing(alice_wallet, bob_wallet, clearing):
    before = books()
    with pytest.raises(InsufficientFunds) as error:
        ledger.transfer(
            alice_wallet,
            bob_wallet,
            D("100.001"),
            kind="test",
            reference="test:1",
            idempotency_key="test:too-much",
        )
    assert error.value.short_by == D("0.001")
    assert error.value.account.pk == alice_wallet.pk
    assert books() == before
    assert not ledger.was_posted("test:too-much")
    # The key stays free: the same movement can be posted once there is money.
    ledger.transfer(
        clearing,
        alice_wallet,
        D("0.001"),
        kind="test",
        reference="test:2",
        idempotency_key="test:one-dirham",
    )
    ledger.transfer(
        alice_wallet,
        bob_wallet,
        D("100.001"),
        kind="test",
        reference="test:1",
        idempotency_key="test:too-much",
    )
    assert ledger.balance_of(alice_wallet) == 0
    assert check_ledger().ok


@pytest.mark.parametrize(
    "kind",
    [
        AccountKind.ESCROW,
        AccountKind.PENDING_EARNINGS,
        AccountKind.PLATFORM_REVENUE,
        AccountKind.PAYOUTS,
    ],
)
def test_every_protected_kind_refuses_an_overdraft(alice, alice_wallet, kind):
    owner = alice if kind in (AccountKind.PENDING_EARNINGS, AccountKind.PAYOUTS) else None
    reference = "order:999" if kind == AccountKind.ESCROW else ""
    account = ledger.get_account(kind, owner=owner, reference=reference)
    ledger.transfer(
        alice_wallet, account, D("10"), kind="test", reference="t", idempotency_key="in"
    )
    before = books()
    with pytest.raises(InsufficientFunds):
        ledger.transfer(
            account, alice_wallet, D("10.001"), kind="test", reference="t", idempotency_key="out"
        )
    assert books() == before


def test_an_overdraft_in_one_leg_refuses_the_whole_posting(alice_wallet, bob, bob_wallet):
    """Three legs, the last one overdraws: none of the others is applied either."""
    revenue = ledger.platform_revenue()
    before = books()
    with pytest.raises(InsufficientFunds):
        ledger.post(
            "test",
            "test:1",
            "test:three",
            [
                Leg(alice_wallet, D("-10")),
                Leg(bob_wallet, D("15")),
                Leg(revenue, D("-5")),
            ],
        )
    assert books() == before


def test_a_clearing_account_may_go_below_zero(alice, clearing):
    ledger.transfer(
        clearing,
        ledger.wallet_of(alice),
        D("1000000.000"),
        kind="payment_captured",
        reference="p",
        idempotency_key="big",
    )
    assert ledger.balance_of(clearing) < 0
    assert check_ledger().ok


# --- the database's own guard -----------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [
        AccountKind.WALLET,
        AccountKind.ESCROW,
        AccountKind.PENDING_EARNINGS,
        AccountKind.PAYOUTS,
        AccountKind.PLATFORM_REVENUE,
    ],
)
def test_the_database_refuses_a_negative_balance_written_directly(alice, kind):
    owner = alice if kind in (AccountKind.WALLET, AccountKind.PENDING_EARNINGS) else None
    account = ledger.get_account(kind, owner=owner, reference="direct")
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerAccount.objects.filter(pk=account.pk).update(balance=D("-0.001"))
    assert ledger.balance_of(account) == 0


def test_the_database_refuses_a_negative_account_created_directly(alice):
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerAccount.objects.create(kind=AccountKind.WALLET, owner=alice, balance=D("-1"))


def test_the_database_allows_a_negative_clearing_balance(clearing):
    LedgerAccount.objects.filter(pk=clearing.pk).update(balance=D("-5"))
    assert ledger.balance_of(clearing) == D("-5")


def test_the_database_refuses_a_zero_entry(alice_wallet):
    posted = LedgerTransaction.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerEntry.objects.create(transaction=posted, account=alice_wallet, amount=D("0"))


def test_accounts_are_unique_per_kind_owner_and_reference(alice):
    wallet = ledger.wallet_of(alice)
    assert ledger.wallet_of(alice).pk == wallet.pk
    assert ledger.platform_revenue().pk == ledger.platform_revenue().pk
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerAccount.objects.create(kind=AccountKind.WALLET, owner=alice)
    ledger.platform_revenue()
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerAccount.objects.create(kind=AccountKind.PLATFORM_REVENUE)


# --- check_ledger -----------------------------------------------------------------------


def test_clean_books_pass_the_check(alice_wallet, bob_wallet):
    ledger.transfer(
        alice_wallet, bob_wallet, D("40"), kind="test", reference="t", idempotency_key="t1"
    )
    report = check_ledger()
    assert report.ok
    assert report.transaction_count == 2
    assert report.totals_by_kind["wallet"] == (2, D("100.000"))
    assert report.totals_by_kind["gateway_clearing"] == (1, D("-100.000"))


def test_the_check_finds_a_tampered_balance(alice_wallet, bob_wallet):
    LedgerAccount.objects.filter(pk=bob_wallet.pk).update(balance=D("5.000"))
    report = check_ledger()
    assert not report.ok
    assert [(account.pk, total) for account, total in report.wrong_balances] == [
        (bob_wallet.pk, D("0"))
    ]
    assert report.wrong_balances[0][0].balance == D("5.000")
    assert report.unbalanced_transactions == []


def test_the_check_finds_a_balance_lowered_behind_its_back(alice_wallet):
    LedgerAccount.objects.filter(pk=alice_wallet.pk).update(balance=D("99.999"))
    report = check_ledger()
    assert [(account.pk, total) for account, total in report.wrong_balances] == [
        (alice_wallet.pk, D("100.000"))
    ]


def test_the_check_finds_an_unbalanced_transaction(alice_wallet, bob_wallet):
    posted = LedgerTransaction.objects.get(idempotency_key="test:topup")
    LedgerEntry.objects.create(transaction=posted, account=bob_wallet, amount=D("2.500"))
    report = check_ledger()
    assert not report.ok
    assert report.unbalanced_transactions == [(posted.pk, D("2.500"))]
    # Bob's stored balance was not updated with the forged entry either.
    assert [account.pk for account, _total in report.wrong_balances] == [bob_wallet.pk]


def test_the_check_finds_an_unbalanced_transaction_whose_balances_were_forged_too(
    alice_wallet, bob_wallet
):
    """Money made from nothing, with the stored balance updated to match the entries:
    only the transaction's sum gives it away."""
    posted = LedgerTransaction.objects.get(idempotency_key="test:topup")
    LedgerEntry.objects.create(transaction=posted, account=bob_wallet, amount=D("2.500"))
    LedgerAccount.objects.filter(pk=bob_wallet.pk).update(balance=D("2.500"))
    report = check_ledger()
    assert not report.ok
    assert report.wrong_balances == []
    assert report.unbalanced_transactions == [(posted.pk, D("2.500"))]


def test_the_check_finds_a_transaction_without_entries(alice_wallet):
    empty = LedgerTransaction.objects.create(kind="test", reference="t", idempotency_key="empty")
    report = check_ledger()
    assert not report.ok
    assert report.empty_transactions == [empty.pk]


# --- manage.py ledger_check -------------------------------------------------------------


def run_ledger_check():
    out, err = StringIO(), StringIO()
    try:
        call_command("ledger_check", stdout=out, stderr=err)
    except (CommandError, SystemExit) as error:
        code = getattr(error, "returncode", None) or getattr(error, "code", None) or 1
        return code, out.getvalue(), err.getvalue()
    return 0, out.getvalue(), err.getvalue()


def summary_line(output: str, kind: str) -> tuple[int, str] | None:
    match = re.search(rf"^{kind}\s+(\d+)\s+(\S+)\s*$", output, re.MULTILINE)
    return (int(match.group(1)), match.group(2)) if match else None


def test_ledger_check_prints_the_summary_per_kind_and_exits_zero(alice_wallet, bob_wallet):
    ledger.transfer(
        alice_wallet, bob_wallet, D("12.5"), kind="test", reference="t", idempotency_key="t1"
    )
    code, out, err = run_ledger_check()
    assert code == 0
    assert err == ""
    assert "Transactions: 2" in out
    assert summary_line(out, "wallet") == (2, "100")
    assert summary_line(out, "gateway_clearing") == (1, "-100")
    for kind in AccountKind:  # every kind is listed, even without accounts
        assert summary_line(out, kind.value) is not None, kind
    assert summary_line(out, "escrow") == (0, "0")
    assert re.search(r"^all accounts\s+0\s*$", out, re.MULTILINE)
    assert "The ledger balances." in out


def test_ledger_check_on_empty_books(db):
    code, out, _err = run_ledger_check()
    assert code == 0
    assert "Transactions: 0" in out


def test_ledger_check_exits_non_zero_on_a_tampered_balance(alice_wallet, bob_wallet):
    LedgerAccount.objects.filter(pk=bob_wallet.pk).update(balance=D("5"))
    code, out, err = run_ledger_check()
    assert code != 0
    assert "The ledger balances." not in out
    assert f"Account {bob_wallet.pk}" in err
    assert "stores 5" in err
    assert summary_line(out, "wallet") == (2, "105")


def test_ledger_check_exits_non_zero_on_an_unbalanced_transaction(alice_wallet, bob_wallet):
    posted = LedgerTransaction.objects.get(idempotency_key="test:topup")
    LedgerEntry.objects.create(transaction=posted, account=bob_wallet, amount=D("1"))
    code, _out, err = run_ledger_check()
    assert code != 0
    assert f"Transaction {posted.pk} sums to" in err


def test_ledger_check_exits_non_zero_on_an_empty_transaction(alice_wallet):
    empty = LedgerTransaction.objects.create(kind="test", reference="t", idempotency_key="empty")
    code, _out, err = run_ledger_check()
    assert code != 0
    assert f"Transaction {empty.pk} has fewer than two entries" in err


def test_ledger_check_from_the_command_line_raises_command_error(alice_wallet):
    LedgerAccount.objects.filter(pk=alice_wallet.pk).update(balance=D("1"))
    with pytest.raises(CommandError):
        call_command("ledger_check", stdout=StringIO(), stderr=StringIO())


# --- exact arithmetic on every database -------------------------------------------------
# SQLite has no decimal type: a column declared decimal holds a binary float, and SQL
# arithmetic on it (``balance + amount``, ``SUM(amount)``) is float arithmetic.


def test_dirhams_add_up_exactly(alice, clearing):
    wallet = ledger.wallet_of(alice)
    for number, amount in enumerate(["0.001", "1.244"]):
        ledger.transfer(
            clearing, wallet, D(amount), kind="t", reference="t", idempotency_key=f"in{number}"
        )
    assert ledger.balance_of(wallet) == D("1.245")
    report = check_ledger()
    assert report.ok, report.wrong_balances
    assert report.totals_by_kind["wallet"] == (1, D("1.245"))


def test_a_wallet_can_be_spent_to_exactly_zero(alice, bob, clearing):
    """0.3 in, then 0.1 and 0.2 out: the second payment takes the last dirham, no less."""
    wallet, other = ledger.wallet_of(alice), ledger.wallet_of(bob)
    ledger.transfer(clearing, wallet, D("0.3"), kind="t", reference="t", idempotency_key="in")
    ledger.transfer(wallet, other, D("0.1"), kind="t", reference="t", idempotency_key="out1")
    ledger.transfer(wallet, other, D("0.2"), kind="t", reference="t", idempotency_key="out2")
    assert ledger.balance_of(wallet) == 0
    assert check_ledger().ok


def test_a_three_leg_transaction_sums_to_exactly_zero(alice, bob, clearing):
    """Like an order's settlement (escrow → buyer, seller, platform) with dirham amounts."""
    wallet, other = ledger.wallet_of(alice), ledger.wallet_of(bob)
    revenue = ledger.platform_revenue()
    ledger.transfer(clearing, wallet, D("0.3"), kind="t", reference="t", idempotency_key="in")
    ledger.post(
        "t",
        "t",
        "split",
        [Leg(wallet, D("-0.3")), Leg(other, D("0.1")), Leg(revenue, D("0.2"))],
    )
    report = check_ledger()
    assert report.unbalanced_transactions == []
    assert report.ok
