from pathlib import Path

import polib
import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

CATALOGUES = [
    Path(settings.BASE_DIR) / "site/locale/ar/LC_MESSAGES",
    Path(settings.BASE_DIR)
    / "plugins/contrib/microlibya-sahara/microlibya_sahara/locale/ar/LC_MESSAGES",
]


def test_arabic_is_the_default_and_right_to_left(client):
    html = client.get("/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_english_lives_under_en_and_is_left_to_right(client):
    html = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Log in" in html


def test_language_switcher_leads_to_the_same_page_in_the_other_language(client, user):
    response = client.post("/i18n/setlang/", {"language": "en", "next": f"/u/{user.username}/"})
    assert response["Location"] == f"/en/u/{user.username}/"
    response = client.post("/en/i18n/setlang/", {"language": "ar", "next": "/en/"})
    assert response["Location"] == "/"


def test_arabic_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "لم نتمكن من العثور على هذه الصفحة" in html


def test_500_page_is_arabic_and_standalone(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert 'lang="ar" dir="rtl"' in html and "خطأ" in html


@pytest.mark.parametrize("folder", CATALOGUES, ids=["site", "sahara"])
def test_arabic_catalogue_is_complete_and_compiled(folder):
    po = polib.pofile(str(folder / "django.po"))
    assert not po.untranslated_entries(), [e.msgid for e in po.untranslated_entries()][:10]
    assert not po.fuzzy_entries(), [e.msgid for e in po.fuzzy_entries()][:10]
    mo = polib.mofile(str(folder / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in po.translated_entries():
        if not entry.msgid_plural:
            key = (entry.msgctxt, entry.msgid)
            assert compiled.get(key) == entry.msgstr, f"recompile: {entry.msgid!r}"


def test_every_template_string_is_in_the_catalogue():
    """makemessages finds nothing new: every marked string has an Arabic entry."""
    import shutil
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "xx",  # a scratch locale, so the committed catalogues are not touched
            "--ignore=.venv",
            "--ignore=var",
            "--ignore=plugins/contrib/*",
            "--keep-pot",
        ],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    pot = Path(settings.BASE_DIR) / "site/locale/django.pot"
    scratch = Path(settings.BASE_DIR) / "site/locale/xx"
    try:
        assert result.returncode == 0, result.stderr
        known = {e.msgid for e in polib.pofile(str(CATALOGUES[0] / "django.po"))}
        missing = [e.msgid for e in polib.pofile(str(pot)) if e.msgid not in known]
        assert not missing, missing[:10]
    finally:
        pot.unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)
