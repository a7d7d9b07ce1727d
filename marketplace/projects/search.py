"""Arabic-aware project search with the catalog's text processing: the same normalising and
stemming at save and query time, so "مصمم شعارات" finds "تصميم شعار". Projects are few next to
services and only open ones are searched, so a match on the stored terms is enough; it runs the
same on SQLite and PostgreSQL (where a trigram index over the open projects' terms serves it:
migration 0002)."""

from django.utils.html import strip_tags

from marketplace.catalog.stored_terms import matching, stored_terms

__all__ = ["matching", "terms_of"]


def terms_of(project, skills: list[str]) -> str:
    """What a project is found by: its title, skills, category names and description."""
    category = project.category
    parent = category.parent
    return stored_terms(
        project.title,
        *skills,
        category.name_ar,
        category.name_en,
        parent.name_ar if parent else "",
        parent.name_en if parent else "",
        strip_tags(project.description),
    )
