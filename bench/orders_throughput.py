"""Checkout + complete throughput with the ledger, in orders per second.

One "order" is the whole money path through the real services: add a service to the cart,
check out with the wallet (payment, order, escrow funding), then the seller starts and
delivers and the buyer accepts (escrow → seller pending earnings + commission). Each client
is a separate process with its own database connection and its own buyer; all clients share
the sellers and the platform's revenue account, as real traffic does. The books are verified
with ``check_ledger`` at the end.

Usage (PostgreSQL + Redis, after migrate and setup_demo against them):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python bench/orders_throughput.py [--orders 400] [--clients 1 8]
"""

import argparse
import multiprocessing
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connections  # noqa: E402

from marketplace.accounts.models import User  # noqa: E402
from marketplace.catalog.models import Service  # noqa: E402
from marketplace.ledger.checks import check_ledger  # noqa: E402
from marketplace.orders.cart import add  # noqa: E402
from marketplace.orders.checkout import checkout  # noqa: E402
from marketplace.orders.models import Cart  # noqa: E402
from marketplace.orders.services import perform  # noqa: E402
from marketplace.payments.services import create_payment, mark_succeeded  # noqa: E402

BUYER_PREFIX = "bench_orders_buyer_"


def bench_buyer(number: int, orders: int, services) -> User:
    """A buyer with just enough in the wallet for ``orders`` of the priciest service."""
    buyer, _created = User.objects.get_or_create(
        username=f"{BUYER_PREFIX}{number}", defaults={"email": f"bench{number}@example.test"}
    )
    need = max(service.price for service in services) * orders
    mark_succeeded(create_payment(buyer, "bank_transfer", need))
    return buyer


def one_order(buyer, service) -> None:
    cart = Cart.objects.get_or_create(user=buyer)[0]
    add(cart, service, buyer=buyer)
    payment, _result = checkout(cart, buyer, "wallet", None)
    order = payment.orders.get()
    perform(order, "start", service.seller)
    perform(order, "deliver", service.seller, note="تم التسليم")
    perform(order, "accept", buyer)


def client(args) -> tuple[int, float]:
    buyer_id, service_ids, orders = args
    connections.close_all()  # a fresh connection in this process
    buyer = User.objects.get(pk=buyer_id)
    services = list(Service.objects.filter(pk__in=service_ids).select_related("seller"))
    started = time.perf_counter()
    for number in range(orders):
        one_order(buyer, services[number % len(services)])
    elapsed = time.perf_counter() - started
    connections.close_all()
    return orders, elapsed


def run(clients: int, orders: int, services) -> float:
    per_client = max(1, orders // clients)
    buyers = [bench_buyer(number, per_client, services) for number in range(clients)]
    service_ids = [service.pk for service in services]
    connections.close_all()
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    with context.Pool(clients) as pool:
        results = pool.map(client, [(buyer.pk, service_ids, per_client) for buyer in buyers])
    wall = time.perf_counter() - started
    done = sum(count for count, _elapsed in results)
    rate = done / wall
    print(f"{clients} client(s): {done} orders in {wall:.2f} s = {rate:.1f} orders/s")
    return rate


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=400, help="orders per run (all clients)")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    args = parser.parse_args()
    services = [
        service
        for service in Service.objects.public().select_related("seller").order_by("pk")[:50]
        if not service.seller.username.startswith(BUYER_PREFIX)
    ]
    if not services:
        sys.exit("No public services: run `manage.py setup_demo` first.")
    print(f"Database: {connections['default'].vendor}; {len(services)} services")
    for clients in args.clients:
        run(clients, args.orders, services)
    report = check_ledger()
    totals = ", ".join(f"{kind} {total}" for kind, (_count, total) in report.totals_by_kind.items())
    print(f"ledger_check: {'clean' if report.ok else 'MISMATCH'} ({totals})")
    if not report.ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
