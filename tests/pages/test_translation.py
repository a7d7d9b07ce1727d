import pytest
from wagtail_localize.models import StringTranslation, Translation

from pages.localization import StructureMismatch, sync, translate
from pages.localization import english as _english
from pages.models import StandardPage
from tests.pages.conftest import standard_page

pytestmark = pytest.mark.django_db


def test_a_translation_is_made_of_wagtail_localize_segments(home):
    page = standard_page(home)
    english = page.get_translation(_english())
    assert english.title == "The guarantee" and english.live
    translation = Translation.objects.get(source__object_id=page.translation_key)
    assert translation.get_progress() == (4, 4)  # slug, title, intro, one paragraph
    assert StringTranslation.objects.filter(data="A paragraph.").exists()


def test_syncing_after_a_source_edit_keeps_what_was_translated(client, home):
    page = standard_page(home)
    page.body = "<p>فقرة.</p><p>فقرة جديدة أضيفت بعد الترجمة.</p>"
    page.save_revision().publish()
    english = page.get_translation(_english())
    assert english.body == "<p>A paragraph.</p>"  # not synced yet

    (english,) = sync(page)
    # The translated paragraph is kept; the new one shows the source until translated.
    assert english.body == "<p>A paragraph.</p><p>فقرة جديدة أضيفت بعد الترجمة.</p>"
    translation = Translation.objects.get(source__object_id=page.translation_key)
    assert translation.get_progress() == (5, 4)

    twin = StandardPage(
        slug="guarantee",
        title="The guarantee",
        intro="Your money is safe.",
        body="<p>A paragraph.</p><p>A new paragraph added after the translation.</p>",
    )
    english = translate(page, twin)
    assert "A new paragraph added after the translation." in english.body
    assert "A new paragraph" in client.get("/en/guarantee/").content.decode()


def test_a_twin_with_other_paragraphs_is_refused_and_nothing_is_translated(home):
    page = standard_page(home, english=False)
    twin = StandardPage(slug="guarantee", title="T", intro="I", body="<p>One.</p><p>Two.</p>")
    with pytest.raises(StructureMismatch):
        translate(page, twin)
    assert not page.has_translation(_english())
    assert not StringTranslation.objects.filter(data__in=["T", "I", "One.", "Two."]).exists()
