"""Time the landing-page generation on a large catalog, and the landing pages themselves.

Meant for the catalog of bench/catalog_data.py (run it first, with --audience-tags for enough
subcategory x tag combinations; see bench/README.md). Creates the demo landing templates
(pages/landing/demo.py) if they are missing, then:

1. runs the generation (landing.generator.Generator, what `manage.py generate_landing_pages`
   runs) and prints its report, the wall-clock time and the number of queries it made;
2. runs it a second time: with the same data every page is unchanged;
3. runs ANALYZE on the page tables (autovacuum is off on the bench server; --no-analyze to
   skip it), then requests --requests random live landing pages (half Arabic, half English,
   each page once) in-process through Django's test client, logged out, as bench/pages.py
   and bench/catalog_speed.py do: a few warm-up requests to other landing pages, one timed
   pass, then an untimed pass over the same pages whose SQL is captured (queries, SQL ms).
   p50/p95 are nearest-rank, all times in ms.

--fresh first deletes every landing page (and the index and category folders they hang from)
with Wagtail's own delete, as the admin would; on ten thousand pages that takes minutes (it
logs each deletion and removes each page from the search index), so for a clean first
generation a fresh database is quicker: see bench/README.md.

Usage:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_landing \\
        REDIS_URL=redis://127.0.0.1:6379/9 \\
        .venv/bin/python bench/landing.py [--requests 300] [--fresh] [--skip-generation] \\
        [--profile FILE] [--no-analyze]
"""

import argparse
import cProfile
import logging
import math
import os
import pstats
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

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
from tqdm import tqdm  # noqa: E402

from marketplace.catalog.models import Service  # noqa: E402
from marketplace.orders.models import Review  # noqa: E402
from pages.landing.demo import TEMPLATES  # noqa: E402
from pages.landing.generator import GenerationRunning, Generator, lock_key  # noqa: E402
from pages.landing.models import (  # noqa: E402
    LandingFolderPage,
    LandingIndexPage,
    LandingPage,
    LandingSettings,
    LandingTemplate,
)

GENERATION_TARGET_S, PAGE_TARGET_MS = 10 * 60, 150
WARMUP = 5


def percentile(ordered, fraction):
    """Nearest-rank percentile of an ascending list."""
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class QueryCounter:
    """Counts the queries (and their time) of everything inside it, without keeping them."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.count += 1
            self.seconds += time.perf_counter() - start


def ensure_templates():
    created = []
    for spec in TEMPLATES:
        _template, made = LandingTemplate.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if made:
            created.append(spec["slug"])
    return created


def counts():
    """Public services and landing pages (live and all, by template and language)."""
    pages = LandingPage.objects.all()
    by_template = (
        pages.filter(live=True)
        .values_list("landing_template__slug", "locale__language_code")
        .annotate(n=Count("pk"))
        .order_by("landing_template__slug", "locale__language_code")
    )
    return {
        "public services": Service.objects.public().count(),
        "landing pages": pages.count(),
        "live landing pages": pages.filter(live=True).count(),
        "by template": {f"{slug} ({language})": n for slug, language, n in by_template},
    }


def print_counts(title):
    found = counts()
    print(
        f"{title}: {found['public services']} public services, {found['landing pages']} "
        f"landing pages ({found['live landing pages']} live)"
    )
    for label, n in found["by template"].items():
        print(f"  {label:<32}{n:>7} live")
    return found


def fresh():
    """Every landing page, folder and index, deleted the way the admin deletes a page."""
    start = time.perf_counter()
    pages = LandingPage.objects.count()
    while index := LandingIndexPage.objects.order_by("-depth", "pk").first():
        index.delete()
    # Landing pages that somehow hang elsewhere (not made by the generator).
    for page in LandingPage.objects.all():
        page.delete()
    LandingFolderPage.objects.all().delete()
    print(f"--fresh: deleted {pages} landing pages in {time.perf_counter() - start:.1f} s")


def generate(label, profile_path=None):
    def progress(items, total):
        return tqdm(items, total=total, unit="combination", file=sys.stderr, leave=False)

    counter = QueryCounter()
    profiler = cProfile.Profile() if profile_path else None
    start = time.perf_counter()
    try:
        with connection.execute_wrapper(counter):
            if profiler:
                profiler.enable()
            report = Generator(progress=progress).run()
            if profiler:
                profiler.disable()
    except GenerationRunning:
        raise SystemExit(
            f"Another generation holds the lock (cache key {lock_key()!r}); if none is running, "
            "a crashed run left it: delete the key and try again."
        ) from None
    seconds = time.perf_counter() - start
    written = report.created + report.updated
    verdict = "ok" if seconds <= GENERATION_TARGET_S else "MISSED"
    verdict = f"≤ {GENERATION_TARGET_S} s: {verdict}"
    print(f"{label}: {seconds:.1f} s wall clock ({verdict})")
    print("  report: " + ", ".join(f"{name} {n}" for name, n in report.as_dict().items()))
    pages = report.created + report.updated + report.unchanged
    skipped = report.too_thin + getattr(report, "near_copies", 0)
    print(f"  combinations: {pages // 2} with a page in each language, {skipped} without")
    per_page = f", {counter.count / written:.1f} per page written" if written else ""
    print(f"  queries: {counter.count} ({counter.seconds:.1f} s in SQL){per_page}")
    if profiler:
        profiler.dump_stats(profile_path)
        print(f"  profile written to {profile_path}; top functions by cumulative time:")
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(30)
    return report, seconds


def analyze():
    """Fresh planner statistics for the tables the generation filled, as autovacuum would
    take soon after it (autovacuum is off on the bench server): without them PostgreSQL
    believes the landing table is still empty and picks poor plans for the neighbour links."""
    if connection.vendor != "postgresql":
        return
    start = time.perf_counter()
    tables = [LandingPage._meta.db_table, "wagtailcore_page", "wagtailsearch_indexentry"]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {table}")
    print(f"ANALYZE {', '.join(tables)}: {time.perf_counter() - start:.1f} s")


def sample_pages(requests, seed):
    """A few warm-up pages, and `requests` other random live landing pages, half in each
    language: (url, template, language) each."""
    rng = random.Random(seed)
    warmup, measured = [], []
    live = LandingPage.objects.live().order_by("pk")
    languages = ["ar", "en"]
    for position, language in enumerate(languages):
        wanted = requests // len(languages) + (position < requests % len(languages))
        warm = math.ceil(WARMUP / len(languages))
        pks = list(live.filter(locale__language_code=language).values_list("pk", flat=True))
        picked = rng.sample(pks, min(len(pks), warm + wanted))
        warmup += picked[:warm]
        measured += picked[warm:]
    rng.shuffle(measured)
    pages = LandingPage.objects.filter(pk__in=warmup + measured).select_related(
        "locale", "landing_template"
    )
    pages = {page.pk: page for page in pages}

    def row(pk):
        return (pages[pk].url, pages[pk].landing_template.slug, pages[pk].locale.language_code)

    return [row(pk) for pk in warmup], [row(pk) for pk in measured]


def measure(requests, seed):
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    client = Client()
    warmup, rows = sample_pages(requests, seed)
    if not rows:
        print("No live landing pages to request.")
        return
    for url, _template, _language in warmup:
        client.get(url)
    timings = []
    for url, template, language in rows:
        start = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"HTTP {response.status_code} on {url}")
        timings.append((template, language, elapsed))
    queries, sql = [], []
    for url, _template, _language in rows:
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries.append(len(captured.captured_queries))
        sql.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)

    db = connection.settings_dict
    print(
        f"\n{len(rows)} landing pages requested once each after {len(warmup)} warm-up requests; "
        f"CONN_MAX_AGE={db['CONN_MAX_AGE']}, cache: {settings.CACHES['default']['BACKEND']}"
    )
    print(
        f"{'pages':<34}{'n':>5}{'mean':>8}{'p50':>8}{'p95':>8}{'max':>8}"
        f"{'queries':>10}{'SQL ms':>8}  target p95"
    )
    groups = {"all": list(range(len(rows)))}
    for position, (template, language, _ms) in enumerate(timings):
        groups.setdefault(f"{template} ({language})", []).append(position)
        groups.setdefault(f"all ({language})", []).append(position)
    for label in sorted(groups, key=lambda name: (not name.startswith("all"), name)):
        positions = groups[label]
        ordered = sorted(timings[i][2] for i in positions)
        group_queries = [queries[i] for i in positions]
        p95 = percentile(ordered, 0.95)
        verdict = "ok" if p95 <= PAGE_TARGET_MS else "MISSED"
        # The target is for the pages at large; a template's handful of pages is a hint.
        verdict = f"≤ {PAGE_TARGET_MS}: {verdict}" if label.startswith("all") else ""
        query_range = f"{min(group_queries)}–{max(group_queries)}"
        print(
            f"{label:<34}{len(ordered):>5}{statistics.fmean(ordered):>8.1f}"
            f"{percentile(ordered, 0.5):>8.1f}{p95:>8.1f}{ordered[-1]:>8.1f}"
            f"{query_range:>10}{statistics.fmean(sql[i] for i in positions):>8.1f}  {verdict}"
        )
    spread = Counter(queries)
    print("queries per page: " + ", ".join(f"{n}: {spread[n]} pages" for n in sorted(spread)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300, help="landing pages to request")
    parser.add_argument("--seed", type=int, default=7, help="which pages are requested")
    parser.add_argument(
        "--fresh", action="store_true", help="delete every landing page first (slow: minutes)"
    )
    parser.add_argument(
        "--skip-generation", action="store_true", help="only request the existing pages"
    )
    parser.add_argument("--profile", metavar="FILE", help="cProfile the first generation")
    parser.add_argument(
        "--no-analyze", action="store_true", help="request the pages without ANALYZE first"
    )
    args = parser.parse_args()

    db = connection.settings_dict
    print(f"database: {connection.vendor} {db['NAME']} on {db['HOST'] or '-'}")
    made = ensure_templates()
    print(f"templates: {LandingTemplate.objects.count()}" + (f" (created {made})" if made else ""))
    minimum = LandingSettings.objects.values_list("minimum_services", flat=True).first()
    reviews = Review.objects.filter(by_buyer=True, is_hidden=False).exclude(text="").count()
    print(f"minimum services per page: {minimum or 5}; visible buyer reviews: {reviews}")
    if args.fresh:
        fresh()
    print_counts("before")

    if not args.skip_generation:
        print()
        generate("generation 1", args.profile)
        report, _seconds = generate("generation 2 (same data)")
        if report.created or report.updated or report.unpublished:
            print("  NOT idempotent: the second run changed pages")
        print()
        print_counts("after")
    if not args.no_analyze:
        analyze()
    measure(args.requests, args.seed)


if __name__ == "__main__":
    main()
