"""The reputation figures on profiles and services, recomputed from the orders and reviews.

Each figure is counted again from the rows rather than incremented, so it is always exact.
The person's profile row is locked first: two orders completing (or two reviews arriving) for
the same seller at once are counted one after the other, and the second count sees the first.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, F, Q, Sum

from marketplace.accounts.models import Profile
from marketplace.catalog.models import Service
from marketplace.orders.models import Order, OrderState, Review

RATING_PLACES = Decimal("0.01")
# Delivered by the deadline: never marked late, and the last delivery (the one accepted) came
# before the due date, even if the late-orders timer has not run since.
ON_TIME = Q(is_late=False) & (
    Q(delivered_at__isnull=True) | Q(due_at__isnull=True) | Q(delivered_at__lte=F("due_at"))
)


def average(total: int | None, count: int) -> Decimal:
    """The exact average rating, rounded half-up to 2 places (0 when there are none)."""
    if not count:
        return Decimal("0.00")
    return (Decimal(total) / Decimal(count)).quantize(RATING_PLACES, rounding=ROUND_HALF_UP)


def order_completed(order: Order) -> None:
    """An order completed: the seller's and the service's order figures change."""
    refresh_seller(order.seller_id)
    if order.service_id:
        refresh_service(order.service_id)


def review_changed(review: Review) -> None:
    """A review was written, hidden or shown again: the ratings that include it change."""
    if review.by_buyer:
        refresh_seller(review.subject_id)
        if review.service_id:
            refresh_service(review.service_id)
    else:
        refresh_buyer(review.subject_id)


def refresh_seller(user_id: int) -> None:
    profile = _locked_profile(user_id)
    completed = Order.objects.filter(seller_id=user_id, state=OrderState.COMPLETED)
    counts = completed.aggregate(total=Count("pk"), on_time=Count("pk", filter=ON_TIME))
    repeat = completed.values("buyer_id").annotate(orders=Count("pk")).filter(orders__gte=2).count()
    ratings = _ratings(Review.objects.filter(subject_id=user_id, by_buyer=True))
    Profile.objects.filter(pk=profile.pk).update(
        completed_orders=counts["total"],
        on_time_orders=counts["on_time"],
        repeat_buyers=repeat,
        seller_rating_average=ratings[0],
        seller_rating_count=ratings[1],
    )


def refresh_buyer(user_id: int) -> None:
    profile = _locked_profile(user_id)
    ratings = _ratings(Review.objects.filter(subject_id=user_id, by_buyer=False))
    Profile.objects.filter(pk=profile.pk).update(
        buyer_rating_average=ratings[0], buyer_rating_count=ratings[1]
    )


def refresh_service(service_id: int) -> None:
    """The service's completed orders and rating (its seller's profile is already locked)."""
    completed = Order.objects.filter(service_id=service_id, state=OrderState.COMPLETED).count()
    ratings = _ratings(Review.objects.filter(service_id=service_id, by_buyer=True))
    Service.objects.filter(pk=service_id).update(
        orders_completed=completed, rating_average=ratings[0], rating_count=ratings[1]
    )


def _ratings(reviews) -> tuple[Decimal, int]:
    figures = reviews.filter(is_hidden=False).aggregate(total=Sum("rating"), count=Count("pk"))
    return average(figures["total"], figures["count"]), figures["count"]


def _locked_profile(user_id: int) -> Profile:
    Profile.objects.get_or_create(user_id=user_id)
    return Profile.objects.select_for_update().get(user_id=user_id)
