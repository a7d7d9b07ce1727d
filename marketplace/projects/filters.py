"""Which open projects match the browse filters, for the projects page (``/projects/``) and the
API's project list alike. Each side reads and checks its own parameters (the page's form with
its choices and labels, the API's with its error shape) and passes plain values here."""

from datetime import timedelta
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from marketplace.catalog.models import Category
from marketplace.projects import search
from marketplace.projects.models import Project, TaggedProject


def for_cards(projects: QuerySet) -> QuerySet:
    """With what a project card shows (buyer, category, skills), in a fixed number of
    queries."""
    # The tags joined to their items: modelcluster's manager would read them one by one.
    skills = Prefetch("tagged_items", queryset=TaggedProject.objects.select_related("tag"))
    return projects.select_related("buyer__profile", "category__parent").prefetch_related(skills)


def matching(
    projects: QuerySet,
    *,
    q: str = "",
    category: Category | None = None,
    budget_min: Decimal | None = None,
    budget_max: Decimal | None = None,
    posted_within_days: int | None = None,
    min_proposals: int | None = None,
    max_proposals: int | None = None,
) -> QuerySet:
    """The projects that pass every filter given; one left out (empty or None) lets all
    through."""
    if q:
        projects = search.matching(projects, q)
    if category is not None:
        if category.is_top_level:
            projects = projects.filter(category__parent=category)
        else:
            projects = projects.filter(category=category)
    # The project's budget range overlaps the range asked for.
    if budget_min is not None:
        projects = projects.filter(budget_max__gte=budget_min)
    if budget_max is not None:
        projects = projects.filter(budget_min__lte=budget_max)
    if posted_within_days:
        since = timezone.now() - timedelta(days=posted_within_days)
        projects = projects.filter(first_published_at__gte=since)
    if min_proposals is not None:
        projects = projects.filter(proposal_count__gte=min_proposals)
    if max_proposals is not None:
        projects = projects.filter(proposal_count__lte=max_proposals)
    return projects


def open_projects(**filters) -> QuerySet:
    """The open projects that match ``filters`` (those of :func:`matching`), newest first (by
    opening), ready for cards."""
    projects = matching(Project.objects.open(), **filters)
    return for_cards(projects.order_by("-first_published_at", "-pk"))
