"""Search over a stored column of index terms, for content that is too small to need the
service search's engines (open projects, help articles): the catalog's text processing turns
the text into its normalised, stemmed terms at save time, and a query matches when every one of
its words has a form among them. It runs the same on SQLite and PostgreSQL."""

from django.db.models import Q, QuerySet

from marketplace.catalog import text


def stored_terms(*parts: str) -> str:
    """The terms of ``parts`` as stored: padded with spaces so a term is matched whole."""
    return f" {text.index_terms(' '.join(parts))} "


def matching(queryset: QuerySet, query: str, field: str = "search_terms") -> QuerySet:
    """Rows with a form of every query word in ``field`` (any form of a word will do)."""
    for group in text.query_groups(query):
        any_form = Q()
        for term in group:
            any_form |= Q(**{f"{field}__contains": f" {term} "})
        queryset = queryset.filter(any_form)
    return queryset
