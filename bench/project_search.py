"""How long browsing and searching open projects takes as their number grows.

A project stores the catalog's processed search terms; a query matches when every query word
has one of its forms among them (``projects/search.py``), which scans the open projects' terms.
This bulk-creates open projects with Arabic titles and descriptions and prints the time of one
listing page (20 projects and the total count, as ``/projects/`` runs them) for a few queries,
at each size.

Usage (PostgreSQL, after migrate and setup_demo for the category tree):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python \\
        bench/project_search.py [--sizes 1000 10000] [--repeat 30]
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.utils import timezone  # noqa: E402

from marketplace.accounts.models import User  # noqa: E402
from marketplace.catalog.models import Category  # noqa: E402
from marketplace.projects.models import Project, ProjectState  # noqa: E402
from marketplace.projects.search import matching, terms_of  # noqa: E402

PREFIX = "bench_projects_"
SUBJECTS = ["شعار", "متجر", "تطبيق", "موقع", "مقال", "ترجمة", "فيديو", "هوية", "إعلان", "كتاب"]
ACTIONS = ["تصميم", "برمجة", "كتابة", "تحرير", "مراجعة", "تطوير", "إعداد", "تسويق"]
PLACES = ["طرابلس", "بنغازي", "مصراتة", "سبها", "الزاوية", "البيضاء"]
FILLER = "نحتاج عملًا احترافيًا بجودة عالية وتسليمًا في الموعد مع تعديلات حتى الرضا"
QUERIES = ["", "تصميم شعار", "مصمم شعارات", "برمجة تطبيق طرابلس", "ترجمه كتاب"]


def fill(size: int) -> None:
    buyer, _created = User.objects.get_or_create(
        username=f"{PREFIX}buyer", defaults={"email": "bench-projects@example.test"}
    )
    categories = list(Category.objects.filter(parent__isnull=False).select_related("parent"))
    existing = Project.objects.filter(buyer=buyer).count()
    rng = random.Random(size)
    now = timezone.now()
    batch = []
    for n in range(existing, size):
        title = f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)} في {rng.choice(PLACES)} رقم {n}"
        project = Project(
            buyer=buyer,
            title=title,
            slug=f"bench-{n}",
            description=f"<p>{title}. {FILLER}.</p>",
            category=rng.choice(categories),
            budget_min=Decimal(50 + n % 100),
            budget_max=Decimal(200 + n % 300),
            duration_days=1 + n % 30,
            state=ProjectState.OPEN,
            live=True,
            first_published_at=now - timedelta(minutes=n),
            expires_at=now + timedelta(days=30),
            proposal_count=n % 15,
        )
        project.search_terms = terms_of(project, [rng.choice(SUBJECTS)])
        batch.append(project)
        if len(batch) == 1000:
            Project.objects.bulk_create(batch)
            batch = []
    Project.objects.bulk_create(batch)


def one_page(query: str) -> None:
    projects = matching(Project.objects.open(), query).order_by("-first_published_at", "-pk")
    list(projects.select_related("buyer__profile", "category__parent")[:20])
    projects.count()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    print(f"{'open projects':>14} {'query':<22} {'p50 ms':>8} {'p95 ms':>8}")
    for size in sorted(args.sizes):
        fill(size)
        for query in QUERIES:
            one_page(query)  # warm up
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                one_page(query)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            label = query or "(browse)"
            print(f"{size:>14} {label:<22} {statistics.median(times):>8.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
