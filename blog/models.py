"""The blog: categories (a translatable snippet), the index with its category, tag and feed
routes, and the posts. Each language has its own index (``/blog/``, ``/en/blog/``) whose
children are that language's posts, so "this language's posts" is "this index's children"."""

import math
import re
from datetime import datetime, time
from functools import reduce
from html import unescape
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model, get_image_model_string
from wagtail.images.models import Filter
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from blog import converters  # noqa: F401  (registers the "uslug" path converter)
from blog.feeds import AtomBlogFeed, BlogFeed
from pages import seo
from pages.models import BasePage

PAGE_SIZE = 10
RELATED_COUNT = 3
WORDS_PER_MINUTE = 200
BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "image", "blockquote"]
# The renditions of a card's cover: must match the {% picture %} tag of post_card.html.
CARD_RENDITIONS = Filter.expand_spec("fill-800x420 format-{avif,webp,jpeg}")

_TAG = re.compile(r"<[^>]*>")
_LETTER_OR_DIGIT = re.compile(r"\w")


def word_count(html: str) -> int:
    """Words of a rich text: runs of characters between spaces that hold a letter or digit.
    (Splitting on spaces, not on ``\\w+``, keeps an Arabic word with its tashkeel whole.)"""
    text = unescape(_TAG.sub(" ", html))
    return sum(1 for word in text.split() if _LETTER_OR_DIGIT.search(word))


def tag_slug(name: str) -> str:
    return slugify(name, allow_unicode=True)


class BlogCategory(TranslatableMixin, models.Model):
    """A subject posts are filed under, translated like a page with wagtail-localize."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    description = models.TextField(_("description"), blank=True, max_length=500)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("blog category")
        verbose_name_plural = _("blog categories")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class BlogPostQuerySet(PageQuerySet):
    def published(self):
        """Live and outside any private section: what visitors and feeds may see."""
        return self.live().public()

    def tagged(self, slug: str):
        return self.filter(tag_slugs__contains=f" {slug} ")

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def for_cards(self):
        """With the category and the cover's card renditions, in three queries for any
        number of posts."""
        renditions = (
            get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_RENDITIONS)
        )
        return self.select_related("cover_image", "category").prefetch_related(
            Prefetch("cover_image__renditions", renditions, to_attr="prefetched_renditions")
        )


BlogPostManager = PageManager.from_queryset(BlogPostQuerySet)


class BlogIndexPage(RoutablePageMixin, BasePage):
    """``/blog/``: the language's posts, newest first, by category (``category/<slug>/``), by
    tag (``tag/<slug>/``) and as RSS (``feed/``) and Atom (``feed/atom/``) feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["blog.BlogPostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("blog index")

    def summary_text(self) -> str:
        return self.intro

    def posts(self) -> BlogPostQuerySet:
        return BlogPostPage.objects.child_of(self).published().newest_first()

    def get_context(self, request, *args, **kwargs):
        return {**super().get_context(request, *args, **kwargs), "blog": self}

    def _listing(self, request, posts, template: str, **context):
        return self.render(
            request, template=template, context_overrides={"posts": posts, **context}
        )

    def _page_of(self, request, posts):
        """A page of ``posts`` (``?page=``: a bad number gives the first or last page)."""
        return Paginator(posts.for_cards(), PAGE_SIZE).get_page(request.GET.get("page"))

    @path("")
    def index_route(self, request):
        posts = self._page_of(request, self.posts())
        return self._listing(request, posts, "blog/blog_index_page.html")

    @path("category/<uslug:slug>/", name="category")
    def category(self, request, slug: str):
        category = BlogCategory.objects.filter(locale_id=self.locale_id, slug=slug).first()
        if category is None:
            return self._category_in_other_language(request, slug)
        posts = self._page_of(request, self.posts().filter(category=category))
        return self._listing(
            request,
            posts,
            "blog/listing.html",
            heading=category.name,
            description=category.description,
            seo_title=category.name,
            seo_description=category.description,
            seo_alternates=self._alternates(
                request,
                "category",
                {version.locale_id: version.slug for version in category.get_translations(True)},
            ),
            listing_url=self.category_url(category.slug, request),
        )

    @path("tag/<uslug:tag>/", name="tag")
    def tag(self, request, tag: str):
        if tag != tag_slug(tag):
            raise Http404
        posts = self._page_of(request, self.posts().tagged(tag))
        if not posts.object_list:
            return self._tag_in_other_language(request, tag)
        return self._listing(
            request,
            posts,
            "blog/listing.html",
            heading=posts[0].tag_name(tag),
            seo_title=posts[0].tag_name(tag),
            seo_alternates=self._alternates(request, "tag", posts[0].tag_translations(tag)),
            listing_url=self.tag_url(tag, request),
        )

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return BlogFeed()(request, blog=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomBlogFeed()(request, blog=self)

    def category_url(self, slug: str, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("category", args=[slug])

    def tag_url(self, slug: str, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("tag", args=[slug])

    def _alternates(self, request, route: str, slugs: dict[int, str]) -> list[dict]:
        """A category's or tag's listing in each language whose blog has it (``slugs``: its
        slug by locale id), for the hreflang alternates: the slug is translated too."""
        return [
            {
                "lang_code": index.locale.language_code,
                "location": seo.absolute(
                    request,
                    index.get_url(request)
                    + self.reverse_subpage(route, args=[slugs[index.locale_id]]),
                ),
            }
            for index in seo.live_translations(self)
            if index.locale_id in slugs
        ]

    def _category_in_other_language(self, request, slug: str):
        """The language switcher keeps the address: lead a category of another language to
        its translation in this one."""
        other = BlogCategory.objects.filter(slug=slug).exclude(locale_id=self.locale_id).first()
        translation = other and other.get_translation_or_none(self.locale_id)
        if translation is None:
            raise Http404
        return redirect(self.category_url(translation.slug, request))

    def _tag_in_other_language(self, request, slug: str):
        """Likewise for a tag: a translated post keeps its tags in the source's order."""
        others = BlogPostPage.objects.published().tagged(slug).exclude(locale_id=self.locale_id)
        for other in others[:5]:
            translation = other.get_translation_or_none(self.locale_id)
            if translation is None or not translation.live:
                continue
            position = other.tag_slugs_in_order().index(slug)
            translated = translation.tag_slugs_in_order()
            if position < len(translated):
                return redirect(self.tag_url(translated[position], request))
        raise Http404


class BlogPostPage(BasePage):
    """A post: dated, by an author, filed under a category, with tags that are translated
    with the rest of its text."""

    date = models.DateField(_("post date"), default=timezone.localdate)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        limit_choices_to={"is_staff": True},
        related_name="blog_posts",
    )
    cover_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        BlogCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="posts",
    )
    intro = models.TextField(_("introduction"), max_length=300)
    body = RichTextField(_("body"), features=BODY_FEATURES)
    # Each tag is a segment of its own in wagtail-localize's editor, so an English post gets
    # English tags; tag_slugs (" design logo ") is what listings filter on.
    tags = StreamField(
        [("tag", blocks.CharBlock(max_length=40, label=_("tag")))],
        blank=True,
        max_num=8,
        verbose_name=_("tags"),
    )
    tag_slugs = models.TextField(editable=False, default="")

    og_type = "article"
    objects = BlogPostManager()

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("category"), FieldPanel("tags")],
            heading=_("Post details"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")

    def save(self, *args, **kwargs):
        slugs = self.distinct_tag_slugs()
        self.tag_slugs = f" {' '.join(slugs)} " if slugs else ""
        return super().save(*args, **kwargs)

    def tag_slugs_in_order(self) -> list[str]:
        """One per tag, in the editor's order (a translation keeps it)."""
        return [tag_slug(block.value) for block in self.tags]

    def distinct_tag_slugs(self) -> list[str]:
        return [slug for slug in dict.fromkeys(self.tag_slugs_in_order()) if slug]

    @property
    def tag_links(self) -> list[tuple[str, str]]:
        """(name, slug) of each tag, once per slug."""
        links = {}
        for block in self.tags:
            links.setdefault(tag_slug(block.value), block.value)
        return [(name, slug) for slug, name in links.items() if slug]

    def tag_name(self, slug: str) -> str:
        return next((name for name, tag in self.tag_links if tag == slug), slug)

    def tag_translations(self, slug: str) -> dict[int, str]:
        """The tag ``slug`` of this post in each language the post is published in, by
        locale id: a translation keeps its tags in the source's order."""
        position = self.tag_slugs_in_order().index(slug)
        versions = BlogPostPage.objects.filter(translation_key=self.translation_key).published()
        return {
            version.locale_id: version.tag_slugs_in_order()[position]
            for version in versions.only("locale_id", "tags")
            if position < len(version.tags)
        }

    @property
    def reading_time(self) -> int:
        """Minutes at 200 words a minute, at least one."""
        return max(1, math.ceil(word_count(self.body) / WORDS_PER_MINUTE))

    @property
    def published_at(self) -> datetime:
        """The post's date as a moment: when it went live that day, else that day's start."""
        first = self.first_published_at
        if first and timezone.localdate(first) == self.date:
            return first
        return datetime.combine(self.date, time.min, tzinfo=timezone.get_current_timezone())

    def summary_text(self) -> str:
        return self.intro

    def get_meta_image(self):
        return self.social_image or self.cover_image

    def related_posts(self) -> list["BlogPostPage"]:
        """Up to three live posts of this index sharing the category or a tag: the most
        tags in common first, then the newest. Ranked by the database: three queries (view
        restrictions, posts, cover renditions) however many posts there are."""
        slugs = self.distinct_tag_slugs()
        matches = [Q(tag_slugs__contains=f" {slug} ") for slug in slugs]
        if self.category_id:
            matches.append(Q(category_id=self.category_id))
        if not matches:
            return []
        shared = [Case(When(match, then=1), default=0) for match in matches[: len(slugs)]]
        return list(
            BlogPostPage.objects.sibling_of(self, inclusive=False)
            .published()
            .filter(reduce(or_, matches))
            .annotate(shared_tags=sum(shared, Value(0, output_field=IntegerField())))
            .order_by("-shared_tags", "-date", "-pk")
            .for_cards()[:RELATED_COUNT]
        )

    def structured_data(self, request) -> dict:
        """schema.org BlogPosting, as search engines read it."""
        modified = self.last_published_at or self.latest_revision_created_at
        data = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "headline": self.title,
            "description": self.get_meta_description(),
            "datePublished": self.published_at.isoformat(),
            "dateModified": (modified or self.published_at).isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": seo.absolute(request, self.get_url(request)),
            "publisher": {"@type": "Organization", "name": gettext("MicroLibya")},
        }
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author.public_name}
        if image := self.get_meta_image():
            data["image"] = seo.social_image_url(request, image)
        return data

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            "blog": BlogIndexPage.objects.parent_of(self).first(),
            "related_posts": self.related_posts(),
            "structured_data": self.structured_data(request),
        }
