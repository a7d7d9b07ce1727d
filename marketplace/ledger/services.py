"""The only code that moves money: post a balanced transaction, once, under row locks.

Every caller names its movement with an idempotency key ("order:12:release"). Posting the
same key twice returns the first transaction and moves nothing, so a retried task, a replayed
webhook or a double click is harmless.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from marketplace.ledger.models import (
    NEVER_NEGATIVE,
    AccountKind,
    LedgerAccount,
    LedgerEntry,
    LedgerTransaction,
)
from marketplace.ledger.money import ZERO, format_lyd, is_exact


class LedgerError(Exception):
    """A movement that would break the books; nothing was posted."""


class InsufficientFunds(LedgerError):
    def __init__(self, account: LedgerAccount, short_by: Decimal):
        self.account = account
        self.short_by = short_by
        super().__init__(
            _("Not enough balance: %(amount)s LYD more is needed.")
            % {"amount": format_lyd(short_by)}
        )


@dataclass(frozen=True)
class Leg:
    account: LedgerAccount
    amount: Decimal  # signed: positive adds to the account, negative takes from it


def get_account(kind: str, owner=None, reference: str = "") -> LedgerAccount:
    """The account of ``kind`` for ``owner``/``reference``, created on first use."""
    lookup = {"kind": kind, "owner": owner, "reference": reference}
    found = LedgerAccount.objects.filter(**lookup).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return LedgerAccount.objects.create(**lookup)
    except IntegrityError:  # created at the same moment by another request
        return LedgerAccount.objects.get(**lookup)


def wallet_of(user) -> LedgerAccount:
    return get_account(AccountKind.WALLET, owner=user)


def pending_earnings_of(user) -> LedgerAccount:
    return get_account(AccountKind.PENDING_EARNINGS, owner=user)


def escrow_for(reference: str) -> LedgerAccount:
    return get_account(AccountKind.ESCROW, reference=reference)


def platform_revenue() -> LedgerAccount:
    return get_account(AccountKind.PLATFORM_REVENUE)


def gateway_clearing(gateway_id: str) -> LedgerAccount:
    return get_account(AccountKind.GATEWAY_CLEARING, reference=gateway_id)


def payouts_of(user) -> LedgerAccount:
    return get_account(AccountKind.PAYOUTS, owner=user)


def post(
    kind: str, reference: str, idempotency_key: str, legs: list[Leg], memo: str = ""
) -> LedgerTransaction:
    """Post ``legs`` as one transaction, or return the one already posted under the key.

    Raises InsufficientFunds (nothing posted) when a wallet, escrow or earnings account would
    go below zero. Accounts are locked in id order, so two postings that touch the same
    accounts wait for each other instead of deadlocking.
    """
    legs = _merged(legs)
    with transaction.atomic():
        locked = {
            account.pk: account
            for account in LedgerAccount.objects.select_for_update()
            .filter(pk__in=[leg.account.pk for leg in legs])
            .order_by("pk")
        }
        # Checked after the locks: a concurrent post of the same key has committed by now.
        existing = LedgerTransaction.objects.filter(idempotency_key=idempotency_key).first()
        if existing:
            return existing
        new_balances = {}
        for leg in legs:
            account = locked[leg.account.pk]
            new_balances[account.pk] = account.balance + leg.amount
            if new_balances[account.pk] < 0 and account.kind in NEVER_NEGATIVE:
                raise InsufficientFunds(account, -new_balances[account.pk])
        posted = LedgerTransaction.objects.create(
            kind=kind, reference=reference, idempotency_key=idempotency_key, memo=memo[:255]
        )
        LedgerEntry.objects.bulk_create(
            LedgerEntry(transaction=posted, account_id=leg.account.pk, amount=leg.amount)
            for leg in legs
        )
        # The rows are locked, so the new balances computed in Decimal are exact; adding in SQL
        # would be done in floating point on SQLite.
        for pk, balance in new_balances.items():
            LedgerAccount.objects.filter(pk=pk).update(balance=balance)
        return posted


def transfer(
    source: LedgerAccount,
    destination: LedgerAccount,
    amount: Decimal,
    *,
    kind: str,
    reference: str,
    idempotency_key: str,
    memo: str = "",
) -> LedgerTransaction:
    """Move ``amount`` from one account to another (the common two-leg posting)."""
    return post(
        kind,
        reference,
        idempotency_key,
        [Leg(source, -amount), Leg(destination, amount)],
        memo,
    )


def was_posted(idempotency_key: str) -> bool:
    return LedgerTransaction.objects.filter(idempotency_key=idempotency_key).exists()


def balance_of(account: LedgerAccount) -> Decimal:
    """The account's balance as stored now (not the instance's possibly stale copy)."""
    return LedgerAccount.objects.values_list("balance", flat=True).get(pk=account.pk)


def _merged(legs: list[Leg]) -> list[Leg]:
    """Check the legs and merge those on the same account; refuse anything unbalanced."""
    totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    accounts = {}
    for leg in legs:
        if not isinstance(leg.amount, Decimal) or not is_exact(leg.amount):
            raise LedgerError(f"Amounts are Decimals with at most 3 places, not {leg.amount!r}")
        totals[leg.account.pk] += leg.amount
        accounts[leg.account.pk] = leg.account
    if sum(totals.values(), ZERO) != 0:
        raise LedgerError("A transaction's entries must sum to zero")
    merged = [Leg(accounts[pk], amount) for pk, amount in totals.items() if amount != 0]
    if not merged:
        raise LedgerError("A transaction must move some money")
    return merged
