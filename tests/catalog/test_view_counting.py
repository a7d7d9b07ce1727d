"""Views of a service page for the seller's dashboard: each visitor once a day (signed in, by
session, or by address and browser), never the seller, never robots, never a hidden service;
a new day counts again; concurrent visitors are all counted."""

import threading
from datetime import date, datetime, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from marketplace.catalog import stats
from marketplace.catalog.models import Service, ServiceViewDay
from marketplace.catalog.stats import count_view, seconds_until_tomorrow, views_by_service
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36"


def visit(service, *, user=None, session=False, agent=BROWSER, address="41.208.1.1", method="get"):
    """A request for the service page, as the page's view would receive it."""
    request = getattr(RequestFactory(), method)(
        service.get_absolute_url(), HTTP_USER_AGENT=agent, REMOTE_ADDR=address
    )
    request.user = user or AnonymousUser()
    SessionMiddleware(lambda request: None).process_request(request)
    if session:
        request.session["seen"] = True
        request.session.save()  # now it has a key
    return request


def views_today(service) -> int:
    row = ServiceViewDay.objects.filter(service=service, day=timezone.localdate()).first()
    return row.views if row else 0


@pytest.fixture
def service(published):
    return published()


@pytest.fixture
def on_day(monkeypatch):
    """Move the clock to noon (Libyan time) on a given date."""

    def move(day: date):
        noon = timezone.make_aware(datetime.combine(day, datetime.min.time()).replace(hour=12))
        monkeypatch.setattr(timezone, "now", lambda: noon)

    return move


def test_a_signed_in_visitor_counts_once_a_day(service):
    reader = UserFactory()
    assert count_view(visit(service, user=reader), service) is True
    assert count_view(visit(service, user=reader, address="10.0.0.9"), service) is False
    assert views_today(service) == 1
    assert count_view(visit(service, user=UserFactory()), service) is True
    assert views_today(service) == 2


def test_an_anonymous_visitor_is_known_by_the_session(service):
    first = visit(service, session=True)
    assert count_view(first, service)
    again = visit(service)
    again.session = first.session
    assert not count_view(again, service)
    # Another session from the same address and browser is another visitor.
    assert count_view(visit(service, session=True), service)
    assert views_today(service) == 2


def test_without_a_session_the_address_and_the_browser_name_the_visitor(service):
    assert count_view(visit(service), service)
    assert not count_view(visit(service), service)
    assert count_view(visit(service, address="41.208.9.9"), service)
    assert count_view(visit(service, agent=BROWSER.replace("126", "127")), service)
    assert views_today(service) == 3


def test_counting_creates_no_session(service):
    request = visit(service)
    count_view(request, service)
    assert request.session.session_key is None


def test_the_seller_never_counts(service):
    for _ in range(3):
        assert not count_view(visit(service, user=service.seller), service)
    assert views_today(service) == 0
    assert not ServiceViewDay.objects.exists()


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; Baiduspider/2.0)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php) Crawler",
        "BINGBOT/2.0",
    ],
)
def test_robots_never_count(service, agent):
    assert not count_view(visit(service, agent=agent), service)
    assert not count_view(visit(service, user=UserFactory(), agent=agent), service)
    assert views_today(service) == 0


def test_only_page_reads_of_public_services_count(service):
    assert not count_view(visit(service, method="head"), service)
    Service.objects.filter(pk=service.pk).update(is_paused=True)
    paused = Service.objects.select_related("seller").get(pk=service.pk)
    assert not count_view(visit(paused), paused)
    assert views_today(service) == 0


def test_the_next_day_counts_again_in_its_own_row(service, on_day):
    reader = UserFactory()
    on_day(date(2026, 3, 9))
    assert count_view(visit(service, user=reader), service)
    assert not count_view(visit(service, user=reader), service)
    on_day(date(2026, 3, 10))
    assert count_view(visit(service, user=reader), service)
    rows = ServiceViewDay.objects.filter(service=service).order_by("day")
    assert [(row.day, row.views) for row in rows] == [
        (date(2026, 3, 9), 1),
        (date(2026, 3, 10), 1),
    ]


def test_the_dedup_key_lasts_until_midnight_libyan_time():
    tripoli = timezone.get_default_timezone()
    late = timezone.make_aware(datetime(2026, 3, 9, 23, 59, 30), tripoli)
    assert seconds_until_tomorrow(late) == 31
    early = timezone.make_aware(datetime(2026, 3, 9, 0, 0, 0), tripoli)
    assert seconds_until_tomorrow(early) == 24 * 60 * 60


def test_views_by_service_sums_the_days_since_a_date_in_one_query(
    service, published, django_assert_num_queries
):
    other, quiet = published(), published()
    today = timezone.localdate()
    ServiceViewDay.objects.bulk_create(
        [
            ServiceViewDay(service=service, day=today, views=4),
            ServiceViewDay(service=service, day=today - timedelta(days=29), views=3),
            ServiceViewDay(service=service, day=today - timedelta(days=30), views=100),
            ServiceViewDay(service=other, day=today - timedelta(days=2), views=7),
        ]
    )
    with django_assert_num_queries(1):
        found = views_by_service([service.pk, other.pk, quiet.pk], today - timedelta(days=29))
    assert found == {service.pk: 7, other.pk: 7, quiet.pk: 0}
    with django_assert_num_queries(0):
        assert views_by_service([], today) == {}


def test_a_database_error_is_logged_not_raised(service, monkeypatch, caplog):
    from django.db import DatabaseError

    def broken(*args):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(stats, "_increment", broken)
    assert count_view(visit(service, user=UserFactory()), service) is False
    assert "Could not count a view" in caplog.text


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_first_visits_of_the_day_are_all_counted(require_postgresql, published):
    """Eight visitors open the page at the same moment, before the day's row exists: one
    request creates the row, the others wait on the unique constraint and add to it."""
    service = published()
    readers = [UserFactory() for _ in range(8)]
    start = threading.Barrier(len(readers))
    errors = []

    def read(reader):
        try:
            request = visit(service, user=reader)
            start.wait()
            count_view(request, service)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read, args=(reader,)) for reader in readers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert views_today(service) == len(readers)
    assert ServiceViewDay.objects.filter(service=service).count() == 1
