"""Render the main pages many times in-process and print timings and query counts.

Usage (after `make run` has migrated and loaded the demo data, or with DATABASE_URL set):
    .venv/bin/python bench/pages.py [--requests 200]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from marketplace.accounts.models import User  # noqa: E402

PAGES = [
    ("home (ar, visitor)", "/", False),
    ("home (en, visitor)", "/en/", False),
    ("guarantee (ar, visitor)", "/guarantee/", False),
    ("FAQ (ar, visitor)", "/faq/", False),
    ("help center (ar, visitor)", "/help/", False),
    ("help article (ar, visitor)", "/help/payments-and-earnings/withdraw-your-earnings/", False),
    ("help search (ar, visitor)", "/help/search/?q=سحب+الارباح", False),
    ("blog (ar, visitor)", "/blog/", False),
    ("blog post (en, visitor)", "/en/blog/logo-and-brand-on-a-budget/", False),
    ("blog RSS feed (ar)", "/blog/feed/", False),
    ("sitemap: pages", "/sitemap-pages.xml", False),
    ("sitemap: services", "/sitemap-services.xml", False),
    ("home (ar, logged in)", "/", True),
    ("profile (ar, logged in)", "/u/seller/", True),
    ("notifications (logged in)", "/notifications/", True),
]


def measure(client, path, requests):
    client.get(path)  # warm caches and template loaders
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    query_count = len(queries.captured_queries)  # read now: the next request resets the log
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    timings.sort()
    return (
        statistics.median(timings),
        timings[int(len(timings) * 0.95) - 1],
        query_count,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    visitor, member = Client(), Client()
    member.force_login(User.objects.get(username="buyer"))
    engine = connection.vendor
    print(f"{args.requests} requests per page, database: {engine}")
    print(f"{'page':<30}{'median ms':>10}{'p95 ms':>10}{'queries':>9}")
    for label, path, logged_in in PAGES:
        median, p95, queries = measure(member if logged_in else visitor, path, args.requests)
        print(f"{label:<30}{median:>10.1f}{p95:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
