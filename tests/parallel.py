"""Real parallel connections for the PostgreSQL concurrency tests: run functions in threads
that start at the same moment, each on its own database connection."""

import threading
from decimal import Decimal

from django.db import connections
from django.utils import translation

from marketplace.ledger.models import LedgerEntry

TIMEOUT = 60


def run_together(functions) -> list:
    """Run each function in its own thread and connection, all starting at once; return
    each one's result or the exception it raised, in order. Messages are in English."""
    barrier = threading.Barrier(len(functions))
    results: list = [None] * len(functions)

    def run(index, function):
        try:
            with translation.override("en"):
                barrier.wait(timeout=TIMEOUT)
                results[index] = function()
        except BaseException as error:  # reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(index, function), daemon=True)
        for index, function in enumerate(functions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert not any(thread.is_alive() for thread in threads), "a thread is still waiting"
    return results


def running_balances(account) -> list[Decimal]:
    """The account's balance after each of its entries, in the order they were posted (a
    transaction's id is taken after the account's lock, so id order is posting order)."""
    balance, history = Decimal(0), []
    for amount in (
        LedgerEntry.objects.filter(account=account)
        .order_by("transaction_id")
        .values_list("amount", flat=True)
    ):
        balance += amount
        history.append(balance)
    return history
