"""What the marketplace's data says about each combination of a landing template: its public
services grouped by category and city (or tag), and the figures a page shows (prices, delivery,
sellers, ratings, the best services and the latest reviews). Read in a few queries for the
whole catalog, so generation does not slow down with the number of pages."""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.db.models import F, Window
from django.db.models.functions import RowNumber

from marketplace.catalog.models import Service
from marketplace.ledger.money import to_money
from marketplace.orders.models import Review

LATEST_REVIEWS = 3


@dataclass(frozen=True)
class ServiceRow:
    id: int
    category_id: int
    parent_id: int
    seller_id: int
    city: str
    price: Decimal
    delivery_days: int
    rating_average: Decimal
    rating_count: int
    orders_completed: int


@dataclass
class Figures:
    service_count: int
    seller_count: int
    min_price: Decimal
    max_price: Decimal
    median_price: Decimal
    typical_delivery_days: int
    fastest_delivery_days: int
    rating_average: Decimal
    rating_count: int
    top_service_ids: list[int]
    review_ids: list[int]


@dataclass
class Catalog:
    """The public catalog as a landing generation sees it."""

    services: list[ServiceRow]
    tags: dict[int, list[int]] = field(default_factory=dict)
    # Each service's latest buyer reviews with a text: (written, review id), newest first.
    reviews: dict[int, list[tuple[datetime, int]]] = field(default_factory=dict)


def read_catalog(with_tags: bool) -> Catalog:
    rows = (
        Service.objects.public()
        .order_by("id")  # the same order every night: choices between equals stay put
        .values_list(
            "id",
            "category_id",
            "category__parent_id",
            "seller_id",
            "seller__profile__city",
            "price",
            "delivery_days",
            "rating_average",
            "rating_count",
            "orders_completed",
        )
    )
    services = [ServiceRow(*row[:4], row[4] or "", *row[5:]) for row in rows.iterator(2000)]
    catalog = Catalog(services=services, reviews=_latest_reviews())
    if with_tags:
        catalog.tags = _tags()
    return catalog


def _tags() -> dict[int, list[int]]:
    tags = defaultdict(list)
    through = Service.tags.through.objects.filter(content_object__in=Service.objects.public())
    for service_id, tag_id in through.values_list("content_object_id", "tag_id").iterator(5000):
        tags[service_id].append(tag_id)
    return tags


def _latest_reviews() -> dict[int, list[tuple[datetime, int]]]:
    """Each public service's latest visible buyer reviews (at most LATEST_REVIEWS), read with
    a window function so a service with a thousand reviews costs no more than one with three."""
    ranked = (
        Review.objects.filter(by_buyer=True, is_hidden=False, service__in=Service.objects.public())
        .exclude(text="")
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("service_id")],
                order_by=[F("created_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=LATEST_REVIEWS)
        .values_list("service_id", "created_at", "id")
    )
    reviews = defaultdict(list)
    for service_id, created_at, review_id in ranked.iterator(5000):
        reviews[service_id].append((created_at, review_id))
    return reviews


def combinations(catalog: Catalog, top_level: bool, facet: str) -> dict[tuple, list[ServiceRow]]:
    """The services of every combination: ``(category id, city code or tag id)`` → rows.
    Services of sellers who name no city are in no city combination."""
    groups = defaultdict(list)
    for row in catalog.services:
        category_id = row.parent_id if top_level else row.category_id
        if facet == "city":
            if row.city:
                groups[(category_id, row.city)].append(row)
        else:
            for tag_id in catalog.tags.get(row.id, ()):
                groups[(category_id, tag_id)].append(row)
    return groups


def figures(rows: list[ServiceRow], catalog: Catalog, featured: list[int]) -> Figures:
    """The figures of a combination's services; its page features ``featured`` and quotes
    their latest reviews."""
    prices = sorted(row.price for row in rows)
    days = sorted(row.delivery_days for row in rows)
    rated = [row for row in rows if row.rating_count]
    rating_count = sum(row.rating_count for row in rated)
    rating = (
        sum(row.rating_average * row.rating_count for row in rated) / rating_count
        if rating_count
        else Decimal(0)
    )
    latest = sorted(
        (review for service in featured for review in catalog.reviews.get(service, ())),
        reverse=True,
    )
    return Figures(
        service_count=len(rows),
        seller_count=len({row.seller_id for row in rows}),
        min_price=prices[0],
        max_price=prices[-1],
        median_price=to_money(statistics.median(prices)),
        # At least half deliver within it, with an even count too.
        typical_delivery_days=statistics.median_high(days),
        fastest_delivery_days=days[0],
        rating_average=rating.quantize(Decimal("0.01")),
        rating_count=rating_count,
        top_service_ids=featured,
        review_ids=[review_id for _written, review_id in latest[:LATEST_REVIEWS]],
    )
