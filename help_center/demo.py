"""The help center's demo content for `make run`: the index, its categories and articles with
their related articles, in Arabic with their English wagtail-localize translations. Nothing is
made when the home page has a help center already, so an editor's work is never touched."""

from django.db import transaction

from help_center.demo_content import HELP_CATEGORIES
from help_center.models import HelpArticlePage, HelpCategoryPage, HelpIndexPage, RelatedArticle
from pages.localization import translate

HELP_INDEX = {
    "ar": {
        "title": "مركز المساعدة",
        "intro": "إجابات واضحة عن الشراء والبيع والمدفوعات في مايكروليبي. ابحث عن سؤالك أو "
        "تصفح المواضيع.",
    },
    "en": {
        "title": "Help center",
        "intro": "Clear answers about buying, selling and payments on MicroLibya. Search for "
        "your question or browse the topics.",
    },
}


def _wording(spec: dict, language: str, numbers: dict) -> dict:
    return {field: text.format(**numbers) for field, text in spec[language].items()}


@transaction.atomic
def load_help_center(home, numbers: dict) -> int:
    """Make the help center under ``home`` (the Arabic home page, already translated) unless
    it has one; return how many articles it has."""
    index = HelpIndexPage.objects.child_of(home).first()
    if index is None:
        index = HelpIndexPage(slug="help", **HELP_INDEX["ar"])
        home.add_child(instance=index)
        index.save_revision().publish()
        translate(index, HelpIndexPage(slug="help", **HELP_INDEX["en"]))
        _categories_and_articles(index, numbers)
    return HelpArticlePage.objects.descendant_of(index).count()


def _categories_and_articles(index: HelpIndexPage, numbers: dict) -> None:
    """The categories (translated at once), then every Arabic article, so each can point at
    its related ones, then the articles' translations (which copy those choices)."""
    articles = {}
    for spec in HELP_CATEGORIES:
        category = HelpCategoryPage(slug=spec["slug"], **_wording(spec, "ar", numbers))
        index.add_child(instance=category)
        category.save_revision().publish()
        translate(category, HelpCategoryPage(slug=spec["slug"], **_wording(spec, "en", numbers)))
        for article_spec in spec["articles"]:
            article = HelpArticlePage(
                slug=article_spec["slug"], live=False, **_wording(article_spec, "ar", numbers)
            )
            category.add_child(instance=article)
            articles[article_spec["slug"]] = (article, article_spec)
    for article, spec in articles.values():
        article.related_links = [
            RelatedArticle(article=articles[slug][0]) for slug in spec["related"]
        ]
        article.save_revision().publish()
    for article, spec in articles.values():
        translate(article, HelpArticlePage(slug=spec["slug"], **_wording(spec, "en", numbers)))
