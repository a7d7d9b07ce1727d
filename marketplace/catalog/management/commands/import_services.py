from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from marketplace.catalog.importer import import_lines


class Command(BaseCommand):
    help = (
        "Import services from a JSON Lines file (one object per line), published at once. "
        "Idempotent on external_id; bad lines are reported and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        with tqdm(total=len(lines), unit="line", file=self.stderr, disable=None) as bar:
            report = import_lines(lines, on_line=bar.update)
        for number, reason in report.errors:
            self.stderr.write(self.style.ERROR(f"line {number}: {reason}"))
        self.stdout.write(
            f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {len(report.errors)} failed"
        )
        if report.errors:
            raise CommandError(f"{len(report.errors)} line(s) failed")
