"""`import_services`: JSON Lines in, published services out; idempotent; every bad line is
reported with its number while the good ones still import."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from django.utils.translation import gettext

from marketplace.accounts.models import User
from marketplace.catalog import demo
from marketplace.catalog.models import Category, Service, ServiceSearchEntry
from marketplace.catalog.search.query import search_services

pytestmark = pytest.mark.django_db


def line(**overrides) -> dict:
    data = {
        "external_id": "ext-1",
        "seller": "new_designer",
        "category": ["تصميم", "تصميم شعارات"],
        "title": "تصميم شعار احترافي لشركتك",
        "description": "<p>ثلاثة نماذج للشعار وجولات تعديل حتى ترضى.</p>",
        "requirements": "اسم النشاط",
        "price": "120",
        "delivery_days": 4,
        "tags": ["شعار", "هوية"],
        "extras": [{"title": "تسليم مستعجل", "price": "40", "days": 0}],
    }
    data.update(overrides)
    return data


@pytest.fixture
def run_import(tmp_path, django_capture_on_commit_callbacks):
    """Write ``rows`` (dicts, or raw strings) as a JSONL file and import it, running the on-commit
    callbacks (the search index) like a committed command. Returns (stdout, stderr, error)."""

    def run(rows):
        path = tmp_path / "services.jsonl"
        path.write_text(
            "\n".join(row if isinstance(row, str) else json.dumps(row) for row in rows) + "\n",
            encoding="utf-8",
        )
        out, err, error = StringIO(), StringIO(), None
        with django_capture_on_commit_callbacks(execute=True):
            try:
                call_command("import_services", str(path), stdout=out, stderr=err)
            except CommandError as raised:
                error = raised
        return out.getvalue(), err.getvalue(), error

    return run


def test_good_lines_create_published_searchable_services(db, run_import):
    translation = line(
        external_id="ext-2",
        seller="translator",
        category=["كتابة", "ترجمة"],
        title="ترجمة وثائق رسمية بدقة عالية",
        tags=[],
        extras=[],
    )
    out, err, error = run_import([line(), translation])
    assert error is None, err
    assert "2 created, 0 updated, 0 unchanged, 0 failed" in out
    assert Service.objects.count() == 2
    logo = Service.objects.get(external_id="ext-1")
    assert logo.live and logo.is_public and logo.moderation_status == "approved"
    assert logo.first_published_at is not None
    assert logo.live_revision_id is not None
    assert logo.price == 120 and logo.delivery_days == 4
    assert sorted(tag.name for tag in logo.tags.all()) == ["شعار", "هوية"]
    assert [(e.title, str(e.price), e.extra_days) for e in logo.extras.all()] == [
        ("تسليم مستعجل", "40.000", 0)
    ]
    assert ServiceSearchEntry.objects.count() == 2
    assert list(search_services(q="مصمم شعارات").services) == [logo]


def test_missing_sellers_and_categories_are_created(db, run_import):
    run_import([line()])
    seller = User.objects.get(username="new_designer")
    assert not seller.has_usable_password()
    assert seller.email == "new_designer@imported.invalid"
    assert seller.profile is not None
    top = Category.objects.get(name_ar="تصميم", parent=None)
    sub = Category.objects.get(name_ar="تصميم شعارات")
    assert sub.parent == top
    assert Service.objects.get().category == sub


def test_existing_sellers_and_categories_are_reused(tree, seller, run_import):
    out, err, error = run_import([line(seller="seller", category=["تصميم", "تصميم شعارات"])])
    assert error is None, err
    service = Service.objects.get()
    assert service.seller == seller
    assert service.category == tree.logo
    assert Category.objects.count() == 6
    assert User.objects.filter(username="seller").count() == 1


def test_a_second_run_changes_nothing(db, run_import):
    rows = [line(), line(external_id="ext-2", title="تصميم هوية بصرية كاملة لمتجرك")]
    run_import(rows)
    before = list(Service.objects.order_by("pk").values_list("pk", "latest_revision_id"))
    out, err, error = run_import(rows)
    assert error is None, err
    assert "0 created, 0 updated, 2 unchanged, 0 failed" in out
    after = list(Service.objects.order_by("pk").values_list("pk", "latest_revision_id"))
    assert after == before
    assert User.objects.filter(username="new_designer").count() == 1
    assert Category.objects.count() == 2


def test_a_changed_line_updates_the_same_service(db, run_import):
    run_import([line()])
    original = Service.objects.get()
    out, err, error = run_import(
        [line(title="تصميم شعار فاخر مع دليل استخدام", price="150", tags=["شعار"], extras=[])]
    )
    assert error is None, err
    assert "0 created, 1 updated, 0 unchanged, 0 failed" in out
    service = Service.objects.get()
    assert service.pk == original.pk
    assert service.title == "تصميم شعار فاخر مع دليل استخدام"
    assert str(service.price) == "150.000"
    assert [tag.name for tag in service.tags.all()] == ["شعار"]
    assert not service.extras.exists()
    assert service.slug != original.slug
    assert list(search_services(q="فاخر").services) == [service]
    assert service.is_public


CATEGORY_SHAPE = ("category must be [top category, subcategory]", {})
BAD_LINES = [
    ("{not json", "JSON"),
    (json.dumps(line(external_id="b2", title=None)), "title"),
    (json.dumps({k: v for k, v in line(external_id="b3").items() if k != "seller"}), "seller"),
    (
        json.dumps(line(external_id="b4", price="9.999")),
        ("The lowest price of a service is %(minimum)s LYD.", {"minimum": "10"}),
    ),
    (
        json.dumps(line(external_id="b5", title="قصير")),
        (
            "The title must be between %(min)s and %(max)s characters (now %(count)s).",
            {"min": 10, "max": 80, "count": 4},
        ),
    ),
    (
        json.dumps(line(external_id="b6", delivery_days=0)),
        ("The delivery time must be between %(min)s and %(max)s days.", {"min": 1, "max": 90}),
    ),
    (
        json.dumps(line(external_id="b7", tags=["ا", "ب", "ت", "ث", "ج", "ح"])),
        ("Use at most %(max)s tags.", {"max": 5}),
    ),
    (json.dumps(line(external_id="b8", category=["تصميم"])), CATEGORY_SHAPE),
    (json.dumps(line(external_id="b9", category="تصميم › شعارات")), CATEGORY_SHAPE),
    (json.dumps(line(external_id="b10", category=["أ", "ب", "ج"])), CATEGORY_SHAPE),
    (json.dumps(line(external_id="b11", price="abc")), None),
    (json.dumps(line(external_id="b12", delivery_days="4")), None),
    (json.dumps(line(external_id="b13", extras=[{"title": "x", "price": "5"}] * 6)), None),
    ("[1, 2, 3]", None),
]


def test_bad_lines_are_reported_and_the_good_ones_still_import(db, run_import):
    good = [line(external_id="good-1"), line(external_id="good-2", title="تصميم هوية بصرية")]
    rows = [good[0], *(raw for raw, _hint in BAD_LINES), "", good[1]]
    out, err, error = run_import(rows)

    assert isinstance(error, CommandError)
    assert f"{len(BAD_LINES)} line(s) failed" in str(error)
    assert f"2 created, 0 updated, 0 unchanged, {len(BAD_LINES)} failed" in out
    reported = [row for row in err.splitlines() if row.startswith("line ")]
    assert [row.split(":")[0] for row in reported] == [
        f"line {number}" for number in range(2, 2 + len(BAD_LINES))
    ]
    for number, (row, (_raw, hint)) in enumerate(zip(reported, BAD_LINES, strict=True), start=2):
        assert len(row) > len("line 00: ")
        if isinstance(hint, tuple):  # a rule's own message, as the seller's form gives it
            msgid, params = hint
            with translation.override("ar"):
                assert row == f"line {number}: " + gettext(msgid) % params
        elif hint:
            assert hint in row
    # Nothing of a bad line is left behind, not even its seller or categories.
    assert sorted(Service.objects.values_list("external_id", flat=True)) == ["good-1", "good-2"]
    assert set(Category.objects.values_list("name_ar", flat=True)) == {"تصميم", "تصميم شعارات"}
    assert all(service.is_public for service in Service.objects.all())


@pytest.mark.parametrize(
    "overrides",
    [
        {"price": "9.999"},
        {"title": "قصير"},
        {"delivery_days": 0},
        {"delivery_days": 91},
        {"tags": ["ا", "ب", "ت", "ث", "ج", "ح"]},
        {"category": ["تصميم"]},
    ],
)
def test_each_rule_rejects_its_line(db, run_import, overrides):
    out, err, error = run_import([line(**overrides)])
    assert isinstance(error, CommandError)
    assert err.splitlines()[-1].startswith("line 1: ")
    assert not Service.objects.exists()
    assert not User.objects.filter(username="new_designer").exists()


def test_a_price_above_the_category_cap_is_rejected(tree, run_import):
    out, err, error = run_import(
        [line(category=["تصميم", "تصاميم التواصل الاجتماعي"], price="151")]
    )
    assert error is not None
    assert "line 1:" in err and "150" in err
    assert not Service.objects.exists()


def test_an_unreadable_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_services", str(tmp_path / "missing.jsonl"))


def test_the_demo_catalog_imports_cleanly(db, django_capture_on_commit_callbacks):
    demo.load_category_tree()
    demo.load_sellers()
    categories_before = Category.objects.count()
    out, err = StringIO(), StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_services", str(demo.SERVICES_FILE), stdout=out, stderr=err)
    assert out.getvalue().strip().endswith(" 0 failed"), err.getvalue()
    assert "line " not in err.getvalue()

    assert Service.objects.count() >= 80
    assert Service.objects.public().count() == Service.objects.count()
    assert ServiceSearchEntry.objects.count() == Service.objects.count()
    assert Category.objects.count() == categories_before  # every line used the demo tree
    tops = Category.objects.top_level()
    assert tops.count() >= 8
    for top in tops:
        assert 2 <= top.children.count() <= 5, top.slug
    sellers = User.objects.filter(services__isnull=False).distinct()
    assert sellers and not any(seller.has_usable_password() for seller in sellers)
    assert search_services(q="تصميم شعار").services.exists()
    assert search_services(q="ترجمة").services.exists()

    # Loading it again changes nothing.
    out = StringIO()
    call_command("import_services", str(demo.SERVICES_FILE), stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("0 created, 0 updated, ")
