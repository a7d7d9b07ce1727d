"""Time the catalog's search API and pages in-process and print p50/p95 per endpoint.

Meant for the large catalog of bench/catalog_data.py (run it first). Each row is one endpoint:
a few untimed warm-up requests, one request whose SQL is captured (query count, summed SQL
time), then --requests timed requests through Django's test client (cycling through the row's
URLs where there are several, e.g. 100 different services for the service page).

Usage:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench REDIS_URL=redis://127.0.0.1:6379/4 \\
        .venv/bin/python bench/catalog_speed.py [--requests 100] [--only REGEX] [--markdown]
"""

import argparse
import logging
import math
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings("ignore", message="No directory at")

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from marketplace.catalog.models import Category, Service, ServiceSearchEntry  # noqa: E402
from marketplace.catalog.search.query import search_services  # noqa: E402

API_TARGET_MS, PAGE_TARGET_MS = 80, 150
# Single and two-word queries in different word forms, one English, one with a typo.
QUERIES = [
    "تصميم",
    "مصمم",
    "شعار",
    "شعارات",
    "ترجمة",
    "مترجم",
    "برمجة",
    "مبرمج",
    "مقالات",
    "فيديو",
    "تصميم شعار",
    "مصمم شعارات",
    "مونتاج فيديو",
    "تطبيق جوال",
    "تعليق صوتي",
    "logo design",
    "ووردبرس",  # typo of ووردبريس: no full-text match, so the trigram fallback runs
]
# The search page is slower to render: a broad, a narrow, a two-word, English and the typo.
PAGE_QUERIES = ["تصميم", "مترجم", "مصمم شعارات", "تعليق صوتي", "logo design", "ووردبرس"]


def percentile(ordered, fraction):
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(client, urls, requests, warmup):
    try:
        for i in range(warmup):
            client.get(urls[i % len(urls)])
        with CaptureQueriesContext(connection) as captured:
            response = client.get(urls[0])
    except Exception as error:  # the test client re-raises a view's exception: report it
        return {"error": f"{type(error).__name__}: {error}"[:100]}
    if response.status_code != 200:
        return {"error": f"HTTP {response.status_code}"}
    queries = captured.captured_queries
    timings = []
    for i in range(requests):
        url = urls[i % len(urls)]
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            return {"error": f"HTTP {response.status_code} on {url}"}
    timings.sort()
    return {
        "n": len(timings),
        "mean": statistics.fmean(timings),
        "p50": percentile(timings, 0.5),
        "p95": percentile(timings, 0.95),
        "max": timings[-1],
        "queries": len(queries),
        "sql": sum(float(q["time"]) for q in queries) * 1000,
        "timings": timings,
    }


def endpoints(sample_size, seed):
    """(group, label, urls, target ms) for every row."""
    rows = []
    for q in QUERIES:
        rows.append(("api", f"API search q={q}", [f"/api/v1/services/?{urlencode({'q': q})}"]))
    rows.append(("api", "API list (no q, newest)", ["/api/v1/services/"]))

    tops = Category.objects.top_level().annotate(n=Count("children__services"))
    top = tops.order_by("-n", "pk").first()
    sub = top.children.annotate(n=Count("services")).order_by("-n", "pk").first()
    small = (
        Category.objects.filter(parent__isnull=False)
        .annotate(n=Count("services"))
        .order_by("n", "pk")
        .first()
    )
    api_category = f"/api/v1/services/?{urlencode({'category': top.slug, 'sort': 'price_asc'})}"
    rows.append(("api", f"API category={top.slug} price_asc", [api_category]))

    pks = sorted(Service.objects.public().values_list("pk", flat=True))
    sample = random.Random(seed).sample(pks, min(sample_size, len(pks)))
    services = Service.objects.in_bulk(sample)
    api_urls = [f"/api/v1/services/{pk}/" for pk in sample]
    rows.append(("api", f"API service detail ({len(sample)} services)", api_urls))

    for q in PAGE_QUERIES:
        rows.append(("page", f"search page q={q}", [f"/search/?{urlencode({'q': q})}"]))
    rows.append(("page", "category index", ["/services/"]))
    pages = [(top, "top", sort, page) for sort in ("", "price_asc") for page in (1, 40)]
    pages += [(sub, "sub", sort, page) for sort in ("", "price_asc") for page in (1, 40)]
    pages.append((small, "small sub", "", 1))
    for category, kind, sort, page in pages:
        params = {"sort": sort, "page": page if page > 1 else ""}
        query = urlencode({key: value for key, value in params.items() if value})
        url = category.get_absolute_url() + (f"?{query}" if query else "")
        label = f"category {kind} {category.slug} {sort or 'newest'} p{page}"
        rows.append(("page", label, [url]))
    service_urls = [services[pk].get_absolute_url() for pk in sample]
    rows.append(("page", f"service page ({len(sample)} services)", service_urls))
    return [
        (group, label, urls, API_TARGET_MS if group == "api" else PAGE_TARGET_MS)
        for group, label, urls in rows
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=5, help="untimed requests per row")
    parser.add_argument("--only", help="regular expression: measure only matching rows")
    parser.add_argument("--services-sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()

    db = connection.settings_dict
    total = Service.objects.count()
    public = Service.objects.public().count()
    entries = ServiceSearchEntry.objects.count()
    print(
        f"database: {connection.vendor} {db['NAME']} on {db['HOST'] or '-'}, "
        f"CONN_MAX_AGE={db['CONN_MAX_AGE']}, cache: {settings.CACHES['default']['BACKEND']}"
    )
    print(f"rows: {total} services, {public} public, {entries} search entries")
    matches = ", ".join(f"{q} {search_services(q=q).services.count()}" for q in QUERIES)
    print(f"public services matching each query: {matches}")
    print(f"{args.requests} timed requests per row after {args.warmup} warm-up requests")

    # A failing row is reported in the table; keep the 500's traceback out of the output.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    client = Client()
    rows = endpoints(args.services_sample, args.seed)
    if args.only:
        rows = [row for row in rows if re.search(args.only, row[1])]
    if args.markdown:
        print("\n| endpoint | n | mean | p50 | p95 | max | queries | SQL ms | p95 target |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    else:
        print(
            f"\n{'endpoint':<52}{'n':>5}{'mean':>8}{'p50':>8}{'p95':>8}{'max':>8}"
            f"{'queries':>8}{'SQL ms':>8}  target p95"
        )
    groups = {}
    for group, label, urls, target in rows:
        result = measure(client, urls, args.requests, args.warmup)
        if "error" in result:
            line = f"| {label} | – | – | – | – | – | – | – | {result['error']} |"
            print(line if args.markdown else f"{label:<52}  {result['error']}")
            continue
        groups.setdefault(group, []).extend(result["timings"])
        verdict = f"≤ {target}: " + ("ok" if result["p95"] <= target else "MISSED")
        if args.markdown:
            print(
                f"| {label} | {result['n']} | {result['mean']:.1f} | {result['p50']:.1f} | "
                f"{result['p95']:.1f} | {result['max']:.1f} | {result['queries']} | "
                f"{result['sql']:.1f} | {verdict} |"
            )
        else:
            print(
                f"{label:<52}{result['n']:>5}{result['mean']:>8.1f}{result['p50']:>8.1f}"
                f"{result['p95']:>8.1f}{result['max']:>8.1f}{result['queries']:>8}"
                f"{result['sql']:>8.1f}  {verdict}"
            )
    print()
    for group, timings in groups.items():
        timings.sort()
        print(
            f"all {group} rows: n={len(timings)}, mean {statistics.fmean(timings):.1f} ms, "
            f"p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms"
        )


if __name__ == "__main__":
    main()
