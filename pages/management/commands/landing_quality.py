from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from tqdm import tqdm
from wagtail.models import Site

from pages.landing.models import LandingPage
from pages.landing.quality import measure, visible_text


class Command(BaseCommand):
    help = (
        "Measure how different the published landing pages are: the largest word 5-gram "
        "overlap (Jaccard) between two pages and each page's share of text found on no other "
        "page, per language. Fails when a target is missed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--worst", type=int, default=10, help="How many worst items to list.")
        parser.add_argument("--max-overlap", type=float, default=0.5)
        parser.add_argument("--min-unique", type=float, default=0.4)

    def handle(self, *args, worst, max_overlap, min_unique, **options):
        # Pages are read as a visitor reads them: through the whole site, header to footer,
        # of which only the <main> element is the page's own text.
        client = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)
        missed = []
        for language in ("ar", "en"):
            pages = LandingPage.objects.live().public().filter(locale__language_code=language)
            texts = {}
            for page in tqdm(
                pages.order_by("pk").iterator(500),
                total=pages.count(),
                unit="page",
                file=self.stderr,
                disable=options["verbosity"] == 0,
            ):
                response = client.get(page.url, secure=True)
                if response.status_code != 200:
                    raise CommandError(f"{page.url} answered {response.status_code}, not 200.")
                texts[page.url] = visible_text(response.content.decode())
            report = measure(texts, worst=worst)
            self._print(language, report)
            if not report.meets(max_overlap, min_unique):
                missed.append(language)
        if missed:
            raise CommandError(
                f"Targets missed ({', '.join(missed)}): no pair above {max_overlap} overlap, "
                f"every page at least {min_unique:.0%} unique text."
            )
        self.stdout.write(self.style.SUCCESS("Every language meets the targets."))

    def _print(self, language, report):
        self.stdout.write(
            f"[{language}] {report.pages} pages · largest overlap {report.max_overlap:.3f} · "
            f"smallest unique share {report.min_unique_share:.1%}"
        )
        if report.worst_pairs:
            self.stdout.write("  Most alike pairs:")
            for pair in report.worst_pairs:
                self.stdout.write(f"    {pair.jaccard:.3f}  {pair.first}  ↔  {pair.second}")
        if report.worst_pages:
            self.stdout.write("  Least unique pages:")
            for page in report.worst_pages:
                self.stdout.write(f"    {page.unique_share:6.1%}  {page.key}")
