"""Engine-specific search structures.

PostgreSQL: pg_trgm, a GIN index on the weighted tsvector and a trigram GIN index for typos.
SQLite: an FTS5 table over the same processed terms. Each engine skips the other's part.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS catalog_search_vector_gin "
    "ON catalog_servicesearchentry USING gin (vector)",
    "CREATE INDEX IF NOT EXISTS catalog_search_rank_vector_gin "
    "ON catalog_servicesearchentry USING gin (rank_vector)",
    "CREATE INDEX IF NOT EXISTS catalog_search_phrase_trgm "
    "ON catalog_servicesearchentry USING gin (phrase gin_trgm_ops)",
    # Fine-grained statistics of the terms: the planner then knows a rare or absent word is
    # rare, and does not scan every entry to find out.
    "ALTER TABLE catalog_servicesearchentry ALTER COLUMN vector SET STATISTICS 10000",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS catalog_search_rank_vector_gin",
    "DROP INDEX IF EXISTS catalog_search_phrase_trgm",
    "DROP INDEX IF EXISTS catalog_search_vector_gin",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS catalog_service_fts USING fts5("
    "title, keywords, body, tokenize = 'unicode61 remove_diacritics 0')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS catalog_service_fts"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
