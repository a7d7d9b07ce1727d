"""The order timers. Each asks the workflow to take a system action, so a timer can never do
what the table does not allow; an order that changed meanwhile is simply skipped."""

import logging
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from marketplace.orders.models import Order, OrderState
from marketplace.orders.services import WorkflowError, perform
from marketplace.payments.services import expire_unpaid
from marketplace.rules.models import MarketplaceSettings

logger = logging.getLogger(__name__)


def _run(orders, action: str) -> int:
    done = 0
    for order in orders.order_by("pk").iterator():
        try:
            perform(order, action)
        except WorkflowError:
            continue  # changed since it was selected
        except Exception:
            # This order's step rolled back; the others still get theirs.
            logger.exception("Timer %s failed on order %s", action, order.pk)
            continue
        done += 1
    return done


@shared_task
def auto_complete_delivered() -> int:
    settings = MarketplaceSettings.current()
    cutoff = timezone.now() - timedelta(days=settings.auto_complete_days)
    return _run(
        Order.objects.filter(state=OrderState.DELIVERED, delivered_at__lte=cutoff), "auto_complete"
    )


@shared_task
def mark_late_orders() -> int:
    return _run(
        Order.objects.filter(
            state__in=[OrderState.NEW, OrderState.IN_PROGRESS, OrderState.REVISION_REQUESTED],
            due_at__lt=timezone.now(),
            is_late=False,
        ),
        "mark_late",
    )


@shared_task
def clear_earnings() -> int:
    settings = MarketplaceSettings.current()
    cutoff = timezone.now() - timedelta(days=settings.clearance_days)
    return _run(
        Order.objects.filter(
            state=OrderState.COMPLETED,
            cleared_at__isnull=True,
            seller_earnings__gt=0,
            closed_at__lte=cutoff,
        ),
        "clear",
    )


@shared_task
def expire_unpaid_payments() -> int:
    return expire_unpaid()
