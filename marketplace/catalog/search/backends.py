"""Full-text backends over the same processed terms: PostgreSQL (tsvector + GIN, trigram for
typos) and SQLite FTS5 for the embedded default. Each stores an entry and ranks a query."""

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When

from marketplace.catalog.models import ServiceSearchEntry
from marketplace.catalog.search.paging import RESULT_CAP

FTS_TABLE = "catalog_service_fts"
TITLE, KEYWORDS, BODY = 10.0, 4.0, 1.0
# Typo tolerance uses pg_trgm's word-similarity operator (%>, threshold 0.6 by default); the
# best candidates only are ranked, so a common misspelling stays cheap.
TYPO_CANDIDATES = 500


def _group_expression(groups, quote):
    return " & ".join("(" + " | ".join(quote(t) for t in group) + ")" for group in groups)


class PostgresBackend:
    def store(self, entry):
        title = SearchVector(Value(entry.title_terms), weight="A", config="simple")
        keywords = SearchVector(Value(entry.keyword_terms), weight="B", config="simple")
        body = SearchVector(Value(entry.body_terms), weight="D", config="simple")
        type(entry).objects.filter(pk=entry.pk).update(
            vector=title + keywords + body, rank_vector=title + keywords
        )

    def remove(self, service_id):
        """The entry row itself goes; nothing else to do."""

    def rank(self, services: QuerySet, groups, phrase: str) -> QuerySet:
        raw = _group_expression(groups, lambda term: "'" + term.replace("'", "") + "'")
        query = SearchQuery(raw, search_type="raw", config="simple")
        relevance = SearchRank(F("search_entry__rank_vector"), query, weights=[0.1, 0.2, 0.4, 1.0])
        # A broad query (more title and keyword matches than a search ever lists) keeps those:
        # they rank above every match in a description only, and scanning the small ranking
        # vectors costs a fraction of the full ones.
        in_titles = services.filter(search_entry__rank_vector=query)
        if in_titles.order_by()[RESULT_CAP : RESULT_CAP + 1].exists():
            return in_titles.annotate(relevance=relevance)
        matched = services.filter(search_entry__vector=query).annotate(relevance=relevance)
        if not phrase or matched.exists():
            return matched
        # Nothing matched every word: tolerate a typo by trigram word similarity on the folded
        # title and tags (GIN trigram index), keeping the closest candidates.
        similarity = TrigramWordSimilarity(phrase, "phrase")
        candidates = list(
            ServiceSearchEntry.objects.filter(phrase__trigram_word_similar=phrase)
            .annotate(similarity=similarity)
            .order_by("-similarity")
            .values_list("pk", flat=True)[:TYPO_CANDIDATES]
        )
        return services.filter(pk__in=candidates).annotate(
            relevance=TrigramWordSimilarity(phrase, "search_entry__phrase")
        )


class SqliteBackend:
    def store(self, entry):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [entry.pk])
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, title, keywords, body) VALUES (%s, %s, %s, %s)",
                [entry.pk, entry.title_terms, entry.keyword_terms, entry.body_terms],
            )

    def remove(self, service_id):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [service_id])

    def rank(self, services: QuerySet, groups, phrase: str) -> QuerySet:
        expression = _group_expression(groups, lambda term: '"' + term.replace('"', "") + '"')
        expression = expression.replace(" & ", " AND ").replace(" | ", " OR ")
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, -bm25({FTS_TABLE}, %s, %s, %s) FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH %s ORDER BY 2 DESC LIMIT 5000",
                [TITLE, KEYWORDS, BODY, expression],
            )
            scores = dict(cursor.fetchall())
        if not scores:
            return services.none().annotate(relevance=Value(0.0, output_field=FloatField()))
        return services.filter(pk__in=scores).annotate(
            relevance=Case(
                *[When(Q(pk=pk), then=Value(score)) for pk, score in scores.items()],
                default=Value(0.0),
                output_field=FloatField(),
            )
        )


def get_backend():
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
