"""The help center: an index at ``/help/`` with its search (``search/?q=``), categories and
articles. Each language has its own tree (the English one a wagtail-localize translation), so
"this language's articles" are the descendants of this language's index.

Articles are found with the catalog's Arabic text processing: their normalised, stemmed terms
are stored in ``search_terms`` when they are published, and a query matches any form of its
words ("سحب الأرباح" finds "اسحب أرباحك")."""

from django.contrib import messages
from django.db import models
from django.dispatch import receiver
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.signals import post_page_move

from help_center import feedback
from marketplace.catalog.stored_terms import matching, stored_terms
from pages.models import BasePage

BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "image"]
MAX_RELATED = 5
FALLBACK_RELATED = 3
MAX_RESULTS = 50
MAX_QUERY_LENGTH = 200


class HelpArticleQuerySet(PageQuerySet):
    def listed(self):
        """What visitors may see, without the columns a list of links never shows."""
        return self.live().public().defer("body", "search_terms")


HelpArticleManager = PageManager.from_queryset(HelpArticleQuerySet)


class HelpIndexPage(RoutablePageMixin, BasePage):
    """``/help/``: the categories with their articles, and the search (``search/?q=``)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["help_center.HelpCategoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("help center")

    def summary_text(self) -> str:
        return self.intro

    def categories(self) -> list["HelpCategoryPage"]:
        """The live categories in the editors' order, each with ``articles`` (its live
        articles, in order): the same few queries for any number of them."""
        categories = list(HelpCategoryPage.objects.child_of(self).live().public())
        by_path = {category.path: category for category in categories}
        for category in categories:
            category.articles = []
        articles = HelpArticlePage.objects.descendant_of(self).listed().order_by("path")
        for article in articles.filter(depth=self.depth + 2):
            category = by_path.get(article.path[: -self.steplen])
            if category is not None:
                category.articles.append(article)
        return categories

    def search_articles(self, query: str) -> list["HelpArticlePage"]:
        """This language's live articles with a form of every word of ``query``, those
        whose title and summary share most forms with it first, each with its ``category``."""
        query_terms = set(stored_terms(query).split())
        if not query_terms:  # only function words ("في", "the"): they would match everything
            return []
        found = matching(HelpArticlePage.objects.descendant_of(self).listed(), query)
        results = list(found.defer("body", "search_terms").order_by("path"))
        categories = {
            category.path: category
            for category in HelpCategoryPage.objects.child_of(self).defer("intro")
        }
        for article in results:
            article.category = categories.get(article.path[: -self.steplen])

        def shared_terms(article) -> int:
            title = set(stored_terms(article.title).split())
            summary = set(stored_terms(article.summary).split())
            return 2 * len(query_terms & title) + len(query_terms & summary)

        return sorted(results, key=shared_terms, reverse=True)[:MAX_RESULTS]

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides={"categories": self.categories()})

    @path("search/", name="search")
    def search_route(self, request):
        query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        if not query:
            return redirect(self.get_url(request))
        results = self.search_articles(query)
        return self.render(
            request,
            template="help_center/help_search_results.html",
            context_overrides={
                "help_query": query,
                "results": results,
                "categories": [] if results else self.categories(),
            },
        )


class HelpCategoryPage(BasePage):
    """A group of articles on one subject ("Payments and earnings")."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["help_center.HelpIndexPage"]
    subpage_types = ["help_center.HelpArticlePage"]

    class Meta:
        verbose_name = _("help category")
        verbose_name_plural = _("help categories")

    def summary_text(self) -> str:
        return self.intro

    def save(self, *args, **kwargs):
        """A published title change is in its articles' search terms too."""
        result = super().save(*args, **kwargs)
        if kwargs.get("update_fields") is None:
            articles = list(HelpArticlePage.objects.child_of(self))
            for article in articles:
                article.search_terms = article.terms(category_title=self.title)
            HelpArticlePage.objects.bulk_update(articles, ["search_terms"])
        return result

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            "help_index": HelpIndexPage.objects.parent_of(self).first(),
            "articles": HelpArticlePage.objects.child_of(self).listed(),
        }


class HelpArticlePage(RoutablePageMixin, BasePage):
    """An answer to one question, with its related articles and a "Was this helpful?"
    vote (``feedback/``, POST only)."""

    summary = models.TextField(
        _("summary"),
        max_length=250,
        help_text=_("One or two sentences, shown in lists, search results and search engines."),
    )
    body = RichTextField(_("body"), features=BODY_FEATURES)
    # The live version's terms (title, summary, body and category), stored on publishing.
    search_terms = models.TextField(editable=False, blank=True, default="")

    og_type = "article"
    objects = HelpArticleManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "related_links",
            label=_("Related articles"),
            max_num=MAX_RELATED,
            help_text=_("Without any, up to three other articles of the category are shown."),
        ),
    ]
    parent_page_types = ["help_center.HelpCategoryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("help article")

    def summary_text(self) -> str:
        return self.summary

    def terms(self, category_title: str) -> str:
        return stored_terms(
            self.title, self.summary, get_text_for_indexing(self.body), category_title
        )

    def save(self, *args, **kwargs):
        # Saving a draft only updates the page's bookkeeping columns (update_fields): the
        # live text, which the terms are made of, changes when it is published.
        if kwargs.get("update_fields") is None:
            self.search_terms = self.terms(category_title=self.get_parent().title)
        return super().save(*args, **kwargs)

    def related_articles(self) -> list["HelpArticlePage"]:
        """The editor's choice, each in this article's language when it is translated
        (wagtail-localize copies the choice as it is, pointing at the source's pages): what
        ``Page.localized`` gives, in two queries. Without a choice, other articles of the
        category."""
        chosen = [link.article_id for link in self.related_links.all()]
        if not chosen:
            siblings = HelpArticlePage.objects.sibling_of(self, inclusive=False).listed()
            return list(siblings.order_by("path")[:FALLBACK_RELATED])
        candidates = HelpArticlePage.objects.listed().filter(
            models.Q(pk__in=chosen)
            | models.Q(
                locale_id=self.locale_id,
                translation_key__in=HelpArticlePage.objects.filter(pk__in=chosen).values(
                    "translation_key"
                ),
            )
        )
        by_pk = {article.pk: article for article in candidates}
        in_language = {
            article.translation_key: article
            for article in by_pk.values()
            if article.locale_id == self.locale_id
        }
        related = {}
        for pk in chosen:
            source = by_pk.get(pk)
            article = source and in_language.get(source.translation_key, source)
            if article is not None and article.pk != self.pk:
                related.setdefault(article.pk, article)
        return list(related.values())[:MAX_RELATED]

    def get_context(self, request, *args, **kwargs):
        return {
            **super().get_context(request, *args, **kwargs),
            "help_index": HelpIndexPage.objects.ancestor_of(self).first(),
            "related_articles": self.related_articles(),
        }

    @path("feedback/", name="feedback")
    def vote(self, request):
        """Record the visitor's answer (a second answer replaces the first) and come back
        to the article with a thank-you."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        helpful = feedback.parse_answer(request.POST.get("helpful"))
        if helpful is None:
            response = self.render(
                request,
                context_overrides={"feedback_error": gettext("Please answer yes or no.")},
            )
            response.status_code = 400
            return response
        feedback.record(request, self, helpful)
        messages.success(request, feedback.thanks(helpful))
        return redirect(self.get_url(request))


@receiver(post_page_move, sender=HelpArticlePage)
def _moved_to_another_category(sender, instance, parent_page_after, **kwargs):
    """A moved article is found by its new category's title (Wagtail saves the move as a
    plain ``Page``, without ``HelpArticlePage.save``)."""
    article = HelpArticlePage.objects.get(pk=instance.pk)
    article.search_terms = article.terms(category_title=parent_page_after.title)
    article.save(update_fields=["search_terms"])


class RelatedArticle(Orderable):
    """An article an editor recommends reading next."""

    page = ParentalKey(HelpArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        HelpArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")


class ArticleFeedback(models.Model):
    """One visitor's answer to "Was this article helpful?". The voter is a keyed hash of
    the user's id or session key: one answer each, which they may change, and no way back
    from the hash to who gave it."""

    article = models.ForeignKey(
        HelpArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="votes",
    )
    helpful = models.BooleanField(_("helpful"))
    voter = models.CharField(_("voter"), max_length=64)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("article feedback")
        verbose_name_plural = _("article feedback")
        constraints = [
            models.UniqueConstraint(fields=["article", "voter"], name="help_feedback_one_per_voter")
        ]

    def __str__(self):
        return f"{self.article_id}: {'yes' if self.helpful else 'no'}"
