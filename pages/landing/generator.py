"""Create, update and unpublish the landing pages of every template from the catalog's data.

Each combination that has at least the minimum number of public services gets a page in every
language of the site, under `/services/<category>/<city or tag>/`; a combination that falls
under the minimum (or whose template is switched off) is unpublished and answers 410. A page
is written only when what it shows changed (its fingerprint), so a second run with the same
data changes nothing. The editor's paragraph is never touched."""

import hashlib
import json
import logging
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from taggit.models import Tag
from wagtail.models import Site

from marketplace.accounts.cities import LIBYAN_CITIES
from marketplace.catalog.models import Category
from pages.landing import wording
from pages.landing.figures import Catalog, combinations, figures, read_catalog
from pages.landing.models import (
    LandingFolderPage,
    LandingIndexPage,
    LandingPage,
    LandingSettings,
    LandingTemplate,
)
from pages.landing.selection import Selection, select

logger = logging.getLogger(__name__)


def lock_key() -> str:
    """The generation's lock, one per database (sites, or test runs, sharing a cache server
    do not block each other)."""
    return f"landing:generation:{connection.settings_dict['NAME']}"


# A generation of 10,000 pages takes a few minutes; a run that crashed (its lock left behind)
# blocks the next ones for at most this long.
LOCK_SECONDS = 30 * 60
CITY_CODES = {code for code, _name in LIBYAN_CITIES}
DATA_FIELDS = LandingPage.DATA_FIELDS
TEXT_FIELDS = ("title", "search_description", "intro")


class GenerationRunning(Exception):
    """Another generation holds the lock (the nightly task and a command at once)."""


class AddressTaken(Exception):
    """Another page holds `/services/` under a home page, where the landing pages hang."""


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    too_thin: int = 0
    near_copies: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return {item.name: getattr(self, item.name) for item in fields(self)}


@dataclass
class Plan:
    """One template's combinations, with its pages not yet matched to one."""

    template: LandingTemplate
    groups: dict[tuple, list]
    existing: dict[tuple[str, str], LandingPage]
    tags: dict[int, Tag]


class Generator:
    def __init__(
        self,
        templates=None,
        *,
        dry_run: bool = False,
        progress: Callable | None = None,
    ):
        self.templates = list(templates if templates is not None else LandingTemplate.objects.all())
        self.dry_run = dry_run
        self.progress = progress or (lambda iterable, total: iterable)
        self.report = Report()
        site = Site.objects.get(is_default_site=True)
        # Read, not made: a dry run writes nothing, not even the settings' row.
        settings = LandingSettings.objects.filter(site=site).first() or LandingSettings()
        self.minimum = settings.minimum_services
        homes = site.root_page.get_translations(inclusive=True).select_related("locale")
        self.homes = {home.locale.language_code: home for home in homes}
        if "ar" not in self.homes:
            raise ImproperlyConfigured("The default site's home page must be in Arabic.")
        self.categories = Category.objects.select_related("parent").in_bulk()
        self.shared_names = _shared_names(self.categories.values())
        self.indexes: dict[str, LandingIndexPage] = {}
        self.folders: dict[tuple[str, int], LandingFolderPage] = {}
        self.selection = Selection()

    def run(self) -> Report:
        if not self.dry_run and not cache.add(lock_key(), 1, LOCK_SECONDS):
            raise GenerationRunning
        try:
            if not self.dry_run:
                for language in self.homes:
                    self._index(language)
                self._sync_folders()
            # Every active template's combinations, even with --template: a near-copy is one
            # of another template's page.
            active = list(LandingTemplate.objects.filter(is_active=True))
            catalog = read_catalog(with_tags=any(t.facet == "tag" for t in active))
            groups = {t.pk: combinations(catalog, t.top_level, t.facet) for t in active}
            self.selection = select(active, groups, self.minimum)
            plans = [
                self._plan(template, groups.get(template.pk, {})) for template in self.templates
            ]
            work = [(plan, key, rows) for plan in plans for key, rows in plan.groups.items()]
            for plan, key, rows in self.progress(work, len(work)):
                what = f"{plan.template.slug} {key}"
                self._safely(what, self._combination, plan, key, rows, catalog)
            for plan in plans:
                # Pages whose combination has no public service left, or an inactive template.
                self._unpublish(plan.existing.values())
        finally:
            if not self.dry_run:
                cache.delete(lock_key())
        return self.report

    def _safely(self, what: str, step, *args):
        """One combination's (or folder's) writes, so that one that cannot be written (an
        address taken by a page an editor moved there, say) is reported and the others still
        follow the data."""
        counted = replace(self.report)
        try:
            with transaction.atomic():
                step(*args)
        except Exception:
            self.report = counted  # what it wrote was rolled back: so are its counts
            self.report.failed += 1
            logger.exception("Landing pages: %s could not be written.", what)

    # One combination ----------------------------------------------------------------------

    def _plan(self, template: LandingTemplate, groups: dict) -> Plan:
        pages = LandingPage.objects.filter(landing_template=template).select_related("locale")
        existing = {(page.combination, page.locale.language_code): page for page in pages}
        tags = Tag.objects.in_bulk({key[1] for key in groups}) if template.facet == "tag" else {}
        return Plan(template, groups, existing, tags)

    def _combination(self, plan: Plan, group: tuple, rows: list, catalog: Catalog):
        template = plan.template
        category_id, second = group
        key = f"{category_id}:{second}"
        pages = {language: plan.existing.pop((key, language), None) for language in self.homes}
        category = self.categories.get(category_id)
        tag = plan.tags.get(second) if template.facet == "tag" else None
        if len(rows) < self.minimum or category is None or self._slug_taken(tag):
            self.report.too_thin += 1
            self._unpublish(page for page in pages.values() if page)
            return
        if (template.pk, group) in self.selection.near_copies:
            self.report.near_copies += 1
            self._unpublish(page for page in pages.values() if page)
            return
        found = figures(rows, catalog, self.selection.featured[(template.pk, group)])
        draft = LandingPage(
            landing_template=template,
            combination=key,
            category=category,
            city=second if template.facet == "city" else "",
            tag=tag,
            **{name: getattr(found, name) for name in DATA_FIELDS},
        )
        qualified = category.pk in self.shared_names
        texts = {
            language: wording.page_texts(template, draft, language, qualified) for language in pages
        }
        fingerprint = _fingerprint(draft, texts)
        translation_key = next(
            (page.translation_key for page in pages.values() if page), uuid.uuid4()
        )
        for language, page in pages.items():
            if page is None:
                self._create(draft, texts[language], fingerprint, language, translation_key)
            elif page.fingerprint != fingerprint or page.is_thin:
                self._update(page, draft, texts[language], fingerprint)
            else:
                self.report.unchanged += 1

    def _slug_taken(self, tag: Tag | None) -> bool:
        """A tag whose address would be a city's (`/services/<category>/tripoli/`)."""
        return tag is not None and tag.slug in CITY_CODES

    # Writing --------------------------------------------------------------------------------

    def _create(self, draft, texts, fingerprint, language, translation_key):
        self.report.created += 1
        if self.dry_run:
            return
        now = timezone.now()
        page = LandingPage(
            **{name: getattr(draft, name) for name in ("landing_template", "combination", "city")},
            category=draft.category,
            tag=draft.tag,
            **{name: getattr(draft, name) for name in DATA_FIELDS},
            **texts,
            draft_title=texts["title"],
            slug=draft.city or draft.tag.slug,
            locale=self.homes[language].locale,
            translation_key=translation_key,
            fingerprint=fingerprint,
            data_changed_at=now,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        with transaction.atomic():
            self._folder(draft.category, language).add_child(instance=page)

    def _update(self, page, draft, texts, fingerprint):
        self.report.updated += 1
        if self.dry_run:
            return
        changed = ["fingerprint", "draft_title", *DATA_FIELDS, *TEXT_FIELDS]
        for name in DATA_FIELDS:
            setattr(page, name, getattr(draft, name))
        for name, value in texts.items():
            setattr(page, name, value)
        page.draft_title = page.title
        if page.fingerprint != fingerprint:
            page.fingerprint = fingerprint
            page.data_changed_at = timezone.now()
            changed.append("data_changed_at")
        if page.is_thin:
            # Back above the minimum: the generator put it away, so it brings it back (a page
            # an editor unpublished stays unpublished).
            page.is_thin = False
            page.live = True
            page.last_published_at = timezone.now()
            changed += ["is_thin", "live", "last_published_at"]
        page.save(clean=False, update_fields=changed)

    def _unpublish(self, pages):
        for page in pages:
            if page.live:
                self.report.unpublished += 1
                if not self.dry_run:
                    # Read again: an editor may have published a paragraph since the run began.
                    page.refresh_from_db()
                    page.is_thin = True
                    page.unpublish()

    # The tree the pages hang from -----------------------------------------------------------

    def _index(self, language: str) -> LandingIndexPage:
        if language not in self.indexes:
            home = self.homes[language]
            index = LandingIndexPage.objects.child_of(home).first()
            if index is None:
                if home.get_children().filter(slug="services").exists():
                    raise AddressTaken(f"{home.url_path}services/")
                arabic = self._index("ar") if language != "ar" else None
                with translation.override(language):
                    index = LandingIndexPage(
                        title=gettext("Services"),
                        slug="services",
                        locale=home.locale,
                        translation_key=arabic.translation_key if arabic else uuid.uuid4(),
                    )
                home.add_child(instance=index)
            self.indexes[language] = index
        return self.indexes[language]

    def _sync_folders(self):
        """Every category's folder, following its category's slug and name: a renamed
        category moves its pages to their new address (Wagtail rewrites the descendants'
        paths). Done before the pages are read, so none is saved with its old path."""
        for folder in LandingFolderPage.objects.select_related("locale", "category"):
            self._safely(f"folder {folder.url_path}", self._sync_folder, folder)
            self.folders[(folder.locale.language_code, folder.category_id)] = folder

    def _sync_folder(self, folder: LandingFolderPage):
        title = wording.category_name(folder.category, folder.locale.language_code)
        if (folder.title, folder.slug) != (title, folder.category.slug):
            folder.title = folder.draft_title = title
            folder.slug = folder.category.slug
            folder.save()

    def _folder(self, category: Category, language: str) -> LandingFolderPage:
        key = (language, category.pk)
        if key not in self.folders:
            index = self._index(language)
            arabic = self._folder(category, "ar") if language != "ar" else None
            folder = LandingFolderPage(
                title=wording.category_name(category, language),
                slug=category.slug,
                category=category,
                locale=index.locale,
                translation_key=arabic.translation_key if arabic else uuid.uuid4(),
            )
            index.add_child(instance=folder)
            self.folders[key] = folder
        return self.folders[key]


def _shared_names(categories) -> set[int]:
    """The categories whose Arabic or English name another category also has."""
    counts = Counter(
        name for category in categories for name in {category.name_ar, category.name_en} if name
    )
    return {
        category.pk
        for category in categories
        if counts[category.name_ar] > 1 or (category.name_en and counts[category.name_en] > 1)
    }


def _fingerprint(draft: LandingPage, texts: dict) -> str:
    """Everything a page shows that the generator writes, in every language."""
    data = {name: str(getattr(draft, name)) for name in DATA_FIELDS}
    payload = json.dumps({"data": data, "texts": texts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()
