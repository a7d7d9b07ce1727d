from django.core.management.base import BaseCommand, CommandError

from marketplace.ledger.checks import check_ledger
from marketplace.ledger.models import AccountKind
from marketplace.ledger.money import ZERO, format_lyd


class Command(BaseCommand):
    help = (
        "Verify the books: every transaction sums to zero and every stored balance equals the "
        "sum of its entries. Prints totals per account kind; exits non-zero on any mismatch."
    )

    def handle(self, *args, **options):
        report = check_ledger()
        self.stdout.write(f"Transactions: {report.transaction_count}")
        self.stdout.write(f"{'Account kind':<20} {'Accounts':>9} {'Total (LYD)':>16}")
        grand_total = ZERO
        for kind in AccountKind:
            count, total = report.totals_by_kind.get(kind.value, (0, ZERO))
            grand_total += total
            self.stdout.write(f"{kind.value:<20} {count:>9} {format_lyd(total):>16}")
        self.stdout.write(f"{'all accounts':<20} {'':>9} {format_lyd(grand_total):>16}")
        for transaction_id, total in report.unbalanced_transactions:
            self.stderr.write(f"Transaction {transaction_id} sums to {total}, not 0")
        for transaction_id in report.empty_transactions:
            self.stderr.write(f"Transaction {transaction_id} has fewer than two entries")
        for account, entry_total in report.wrong_balances:
            self.stderr.write(
                f"Account {account.pk} ({account}) stores {account.balance}, "
                f"its entries sum to {entry_total}"
            )
        if not report.ok:
            raise CommandError("The ledger does not balance.")
        self.stdout.write(self.style.SUCCESS("The ledger balances."))
