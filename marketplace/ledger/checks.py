"""The books' self-test behind ``manage.py ledger_check``: every transaction sums to zero and
every stored balance equals the sum of its entries."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, DecimalField, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Round

from marketplace.ledger.models import LedgerAccount, LedgerEntry, LedgerTransaction
from marketplace.ledger.money import ZERO

MONEY_OUTPUT = DecimalField(max_digits=18, decimal_places=3)


@dataclass
class LedgerReport:
    unbalanced_transactions: list[tuple[int, Decimal]] = field(default_factory=list)
    wrong_balances: list[tuple[LedgerAccount, Decimal]] = field(default_factory=list)
    empty_transactions: list[int] = field(default_factory=list)
    totals_by_kind: dict[str, tuple[int, Decimal]] = field(default_factory=dict)
    transaction_count: int = 0

    @property
    def ok(self) -> bool:
        return not (self.unbalanced_transactions or self.wrong_balances or self.empty_transactions)


def _exact_sum(field: str):
    """A sum rounded to the dirham in SQL: SQLite adds decimals as floating point, and
    0.1 + 0.2 must still compare equal to 0.3 (PostgreSQL's numeric is exact anyway)."""
    return Round(Sum(field), 3, output_field=MONEY_OUTPUT)


def check_ledger() -> LedgerReport:
    report = LedgerReport(transaction_count=LedgerTransaction.objects.count())
    report.unbalanced_transactions = list(
        LedgerEntry.objects.values("transaction")
        .annotate(total=_exact_sum("amount"))
        .exclude(total=0)
        .values_list("transaction", "total")
    )
    report.empty_transactions = list(
        LedgerTransaction.objects.annotate(legs=Count("entries"))
        .filter(legs__lt=2)
        .values_list("pk", flat=True)
    )
    entry_sum = (
        LedgerEntry.objects.filter(account=OuterRef("pk"))
        .values("account")
        .annotate(total=_exact_sum("amount"))
        .values("total")
    )
    accounts = LedgerAccount.objects.annotate(
        entry_total=Coalesce(Subquery(entry_sum, output_field=MONEY_OUTPUT), Value(ZERO))
    )
    report.wrong_balances = [
        (account, account.entry_total)
        for account in accounts.exclude(balance=Round(F("entry_total"), 3)).select_related("owner")
    ]
    for row in (
        LedgerAccount.objects.values("kind")
        .annotate(count=Count("pk"), total=_exact_sum("balance"))
        .order_by("kind")
    ):
        report.totals_by_kind[row["kind"]] = (row["count"], row["total"] or ZERO)
    return report
