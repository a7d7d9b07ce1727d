"""Views of service pages, for the seller's dashboard: one per visitor per service per day.

A visitor is the signed-in user, else the session, else a hash of the IP address and the user
agent (no session is created for counting). The cache remembers who was counted today
(``cache.add`` is atomic on Redis, shared by every process; the embedded local-memory cache is
per process), so a visitor who reloads the page is counted once. The seller's own visits,
obvious robots and services the public cannot see (previews by their seller, moderators
reviewing) are not counted.

The day's row is upserted without a read-modify-write: an UPDATE ... SET views = views + 1,
and only when that finds no row, ``get_or_create`` (which survives a concurrent insert of the
same day through the unique constraint) followed by the same UPDATE. Either way the increment
happens in the database, so concurrent visitors are never lost, on PostgreSQL or SQLite.

Cost for the service page: the cache ``add``; then no query for a visitor already counted
today, one UPDATE for a new visitor, and the SELECT/INSERT of ``get_or_create`` once a day per
service (plus SAVEPOINT/RELEASE when the request already runs inside a transaction).
"""

import hashlib
import logging
from datetime import date, datetime, time, timedelta

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from marketplace.catalog.models import Service, ServiceViewDay

logger = logging.getLogger(__name__)

# User agents that announce a robot (compared in lower case).
BOT_MARKERS = ("bot", "spider", "crawl")
DAY_SECONDS = 24 * 60 * 60


def is_bot(user_agent: str) -> bool:
    agent = (user_agent or "").lower()
    return any(marker in agent for marker in BOT_MARKERS)


def visitor_key(request) -> str:
    """Who is looking: ``u<id>``, ``s<session key>`` or ``h<hash of IP and user agent>``."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"u{user.pk}"
    session = getattr(request, "session", None)
    session_key = session.session_key if session is not None else None
    if session_key:
        return f"s{session_key}"
    address = request.META.get("REMOTE_ADDR", "")
    agent = request.META.get("HTTP_USER_AGENT", "")
    return "h" + hashlib.sha256(f"{address}\n{agent}".encode()).hexdigest()[:32]


def seconds_until_tomorrow(now: datetime | None = None) -> int:
    """Seconds left in the local day (at least 1, at most 24 hours)."""
    now = timezone.localtime(now)
    midnight = timezone.make_aware(
        datetime.combine(now.date() + timedelta(days=1), time.min), now.tzinfo
    )
    return max(1, min(DAY_SECONDS, int((midnight - now).total_seconds()) + 1))


def count_view(request, service: Service) -> bool:
    """Count ``request`` as a view of ``service`` today, unless it is the seller's own visit,
    a robot, a service the public cannot see, or a visitor already counted today. Returns
    whether the view was counted. A database error is logged, never raised: a view counter
    must not break the service page."""
    if request.method != "GET" or is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.pk == service.seller_id:
        return False
    if not service.is_public:
        return False
    day = timezone.localdate()
    key = f"catalog:view:{service.pk}:{day.isoformat()}:{visitor_key(request)}"
    if not cache.add(key, 1, timeout=seconds_until_tomorrow()):
        return False
    try:
        with transaction.atomic():
            _increment(service.pk, day)
    except DatabaseError:
        logger.warning("Could not count a view of service %s", service.pk, exc_info=True)
        return False
    return True


def _increment(service_id: int, day: date) -> None:
    today = ServiceViewDay.objects.filter(service_id=service_id, day=day)
    if today.update(views=F("views") + 1):
        return
    row, created = ServiceViewDay.objects.get_or_create(
        service_id=service_id, day=day, defaults={"views": 1}
    )
    if not created:  # another visitor's request created the day's row in the meantime
        ServiceViewDay.objects.filter(pk=row.pk).update(views=F("views") + 1)


def views_by_service(service_ids, since_date: date) -> dict[int, int]:
    """Views of each service from ``since_date`` (inclusive) to today, in one query; every
    id asked for is in the answer (0 when nobody looked)."""
    ids = list(service_ids)
    views = dict.fromkeys(ids, 0)
    if not ids:
        return views
    rows = (
        ServiceViewDay.objects.filter(service_id__in=ids, day__gte=since_date)
        .values("service_id")
        .annotate(total=Sum("views"))
        .values_list("service_id", "total")
    )
    views.update({service_id: total or 0 for service_id, total in rows})
    return views
