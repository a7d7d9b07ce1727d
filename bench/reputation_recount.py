"""How long recounting a seller's reputation takes as their history grows.

Completions and review changes recount the seller's figures from the rows (completed orders,
on time, repeat buyers, average rating) instead of incrementing them, so the cost grows with
the seller's history. This prints the time of one recount (``refresh_seller`` plus
``refresh_service``) for a seller with 100, 1,000 and 10,000 completed, reviewed orders.
The rows are bulk-created (no ledger postings): only the recount is measured.

Usage (PostgreSQL, after migrate):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python \\
        bench/reputation_recount.py [--sizes 100 1000 10000] [--repeat 20]
"""

import argparse
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from marketplace.accounts.models import User  # noqa: E402
from marketplace.catalog.models import Category, Service  # noqa: E402
from marketplace.orders import reputation  # noqa: E402
from marketplace.orders.models import Order, OrderState, Review  # noqa: E402
from marketplace.payments.models import Payment, PaymentStatus  # noqa: E402

PREFIX = "bench_reputation_"


def seller_with_history(size: int, buyers: list[tuple[User, Payment]]) -> tuple[User, Service]:
    seller, _created = User.objects.get_or_create(
        username=f"{PREFIX}seller_{size}", defaults={"email": f"rep{size}@example.test"}
    )
    category = Category.objects.filter(parent__isnull=False).first()
    service = Service.objects.filter(seller=seller).first() or Service.objects.create(
        seller=seller,
        category=category,
        title=f"bench reputation {size}",
        description="<p>bench</p>",
        requirements="-",
        price=Decimal("20"),
        delivery_days=3,
    )
    existing = Order.objects.filter(seller=seller).count()
    now = timezone.now()
    orders = Order.objects.bulk_create(
        Order(
            buyer=buyers[n % len(buyers)][0],
            payment=buyers[n % len(buyers)][1],
            seller=seller,
            service=service,
            state=OrderState.COMPLETED,
            title=service.title,
            unit_price=service.price,
            total=service.price,
            delivery_days=3,
            is_late=n % 10 == 0,
            closed_at=now,
        )
        for n in range(existing, size)
    )
    Review.objects.bulk_create(
        Review(
            order=order,
            author=order.buyer,
            subject=seller,
            by_buyer=True,
            service=service,
            rating=3 + n % 3,
            text="bench",
        )
        for n, order in enumerate(orders)
    )
    return seller, service


def timed_recount(seller: User, service: Service, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with transaction.atomic():
            reputation.refresh_seller(seller.pk)
            reputation.refresh_service(service.pk)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    buyers = []
    for n in range(300):
        buyer = User.objects.get_or_create(
            username=f"{PREFIX}buyer_{n}", defaults={"email": f"repb{n}@example.test"}
        )[0]
        payment = Payment.objects.filter(buyer=buyer).first() or Payment.objects.create(
            buyer=buyer, gateway="wallet", amount=Decimal("20"), status=PaymentStatus.SUCCEEDED
        )
        buyers.append((buyer, payment))
    print(f"{'completed orders':>16} {'p50 ms':>8} {'p95 ms':>8}")
    for size in args.sizes:
        seller, service = seller_with_history(size, buyers)
        times = sorted(timed_recount(seller, service, args.repeat))
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"{size:>16} {statistics.median(times):>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
