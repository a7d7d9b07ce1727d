from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from pages.landing.generator import AddressTaken, GenerationRunning, Generator
from pages.landing.models import LandingTemplate


class Command(BaseCommand):
    help = (
        "Create, update and unpublish the landing pages of every template (or one) from the "
        "catalog's data, and report what changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--template", help="Only this template (its slug).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args, template=None, dry_run=False, **options):
        templates = LandingTemplate.objects.all()
        if template:
            templates = templates.filter(slug=template)
            if not templates:
                known = ", ".join(LandingTemplate.objects.values_list("slug", flat=True))
                raise CommandError(f"No landing template “{template}”. Templates: {known or '-'}.")
        quiet = options["verbosity"] == 0

        def progress(items, total):
            return tqdm(items, total=total, unit="combination", file=self.stderr, disable=quiet)

        try:
            report = Generator(templates, dry_run=dry_run, progress=progress).run()
        except GenerationRunning as error:
            raise CommandError("Another generation of the landing pages is running.") from error
        except AddressTaken as error:
            raise CommandError(
                f"Another page holds the address the landing pages hang from ({error}): "
                "move or rename it in the page explorer."
            ) from error
        prefix = "Dry run, nothing written. Would have: " if dry_run else "Landing pages: "
        self.stdout.write(
            prefix
            + f"{report.created} created, {report.updated} updated, "
            + f"{report.unchanged} unchanged, {report.unpublished} unpublished; "
            + f"combinations skipped: {report.too_thin} too thin, "
            + f"{report.near_copies} near-copies of a broader page."
            + (f" {report.failed} could not be written (see the log)." if report.failed else "")
        )
