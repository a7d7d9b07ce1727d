"""PostgreSQL: a trigram GIN index over the open projects' search terms, so the search's
``LIKE '% term %'`` matches use an index instead of reading every open project. SQLite reads
them directly (the embedded default holds few projects)."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS projects_open_search_terms_trgm "
    "ON projects_project USING gin (search_terms gin_trgm_ops) WHERE state = 'open'",
]
BACKWARD = ["DROP INDEX IF EXISTS projects_open_search_terms_trgm"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("projects", "0001_initial")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
