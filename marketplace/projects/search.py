"""Arabic-aware project search with the catalog's text processing: the same normalising and
stemming at save and query time, so "مصمم شعارات" finds "تصميم شعار". Projects are few next to
services and only open ones are searched, so a match on the stored terms is enough; it runs the
same on SQLite and PostgreSQL (where a trigram index over the open projects' terms serves it:
migration 0002)."""

from django.db.models import Q, QuerySet
from django.utils.html import strip_tags

from marketplace.catalog import text


def terms_of(project, skills: list[str]) -> str:
    """What a project is found by: its title, skills, category names and description."""
    category = project.category
    parent = category.parent
    words = [
        project.title,
        *skills,
        category.name_ar,
        category.name_en,
        parent.name_ar if parent else "",
        parent.name_en if parent else "",
        strip_tags(project.description),
    ]
    # Padded with spaces so a term is matched whole.
    return f" {text.index_terms(' '.join(words))} "


def matching(projects: QuerySet, query: str) -> QuerySet:
    """Projects with a form of every query word (any form of a word will do)."""
    groups = text.query_groups(query)
    if not groups:
        return projects
    for group in groups:
        any_form = Q()
        for term in group:
            any_form |= Q(search_terms__contains=f" {term} ")
        projects = projects.filter(any_form)
    return projects
