import pytest

from help_center.models import HelpArticlePage, HelpCategoryPage, HelpIndexPage, RelatedArticle
from pages.localization import translate

ARABIC_BODY = "<h2>الخطوات</h2><p>اسحب أرباحك من محفظتك إلى حسابك المصرفي.</p>"
ENGLISH_BODY = "<h2>The steps</h2><p>Withdraw your earnings from your wallet to your bank.</p>"


@pytest.fixture
def help_index(home):
    """The Arabic help center at /help/, translated at /en/help/."""
    index = HelpIndexPage(slug="help", title="مركز المساعدة", intro="إجابات عن أسئلتك.")
    home.add_child(instance=index)
    index.save_revision().publish()
    translate(index, HelpIndexPage(slug="help", title="Help center", intro="Answers."))
    return index


@pytest.fixture
def payments(help_index):
    return make_category(help_index, "payments", "المدفوعات والأرباح", "Payments and earnings")


def make_category(index, slug, arabic_title, english_title) -> HelpCategoryPage:
    """A published Arabic category of ``index`` with its English translation."""
    category = HelpCategoryPage(slug=slug, title=arabic_title, intro=f"مقدمة {arabic_title}.")
    index.add_child(instance=category)
    category.save_revision().publish()
    translate(category, HelpCategoryPage(slug=slug, title=english_title, intro="An intro."))
    return category


def make_article(
    category, slug, *, related=(), english=True, english_body=ENGLISH_BODY, **fields
) -> HelpArticlePage:
    """A published Arabic article of ``category`` pointing at ``related`` articles, and its
    English translation ("Article <slug>", with ``english_body``: it needs the paragraphs of
    the Arabic body) unless ``english`` is false."""
    article = HelpArticlePage(
        slug=slug,
        title=fields.pop("title", f"مقالة {slug}"),
        summary=fields.pop("summary", "ملخص قصير للمقالة."),
        body=fields.pop("body", ARABIC_BODY),
        **fields,
    )
    category.add_child(instance=article)
    article.related_links = [RelatedArticle(article=page) for page in related]
    article.save_revision().publish()
    if english:
        twin = HelpArticlePage(
            slug=slug, title=f"Article {slug}", summary="A short summary.", body=english_body
        )
        translate(article, twin)
    return article
