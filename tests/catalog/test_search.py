"""Arabic-aware search: the text processing, the query function and the search page, with
their filters, sorts, pagination, highlighting and empty state."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from marketplace.catalog import text
from marketplace.catalog.models import Service
from marketplace.catalog.search.query import search_services
from tests.factories import ServiceFactory, UserFactory

SEARCH_URL = reverse("catalog:search")


def found(**params) -> list[str]:
    return list(search_services(**params).services.values_list("title", flat=True))


def page_titles(client, **params) -> list[str]:
    response = client.get(SEARCH_URL, params)
    assert response.status_code == 200
    return [service.title for service in response.context["page"].object_list]


# --- text processing (no database) -----------------------------------------------------------


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("أحمد", "احمد"),
        ("إعلان", "اعلان"),
        ("آلة", "اله"),
        ("ٱلله", "الله"),
        ("مدرسة", "مدرسه"),
        ("مبنى", "مبني"),
        ("مسؤول", "مسوول"),
        ("شاطئ", "شاطي"),
        ("تَصْمِيمٌ", "تصميم"),
        ("تصمـــيم", "تصميم"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("Logo DESIGN", "logo design"),
    ],
)
def test_normalize_folds_letter_variants(raw, folded):
    assert text.normalize(raw) == folded


def test_words_cleans_and_drops_stop_words():
    assert text.words("تَصْمِيم شعار في طرابلس، من أجل متجرك!") == [
        "تصميم",
        "شعار",
        "طرابلس",
        "أجل",  # letters are folded later, by word_forms
        "متجرك",
    ]
    assert text.words("Logo for the shop") == ["logo", "shop"]
    assert text.words("٢٤ ساعة") == ["24", "ساعة"]
    assert text.words("في من على إلى") == []


def test_index_terms_hold_the_folded_word_and_its_root():
    terms = text.index_terms("تصميم الشعارات").split()
    assert "تصميم" in terms and "rصمم" in terms
    assert "الشعارات" in terms and "شعار" in terms and "rشعر" in terms
    assert text.index_terms("في من") == ""


@pytest.mark.parametrize(
    "stored, query",
    [
        ("تصميم", "مصمم"),
        ("مصمم", "تصميم"),
        ("شعار", "الشعارات"),
        ("الشعارات", "شعار"),
        ("ترجمة", "مترجم"),
        ("إعلانات", "اعلان"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("تصميم", "تَصْمِيم"),
        ("تصميم", "تصمـــيم"),
        ("24", "٢٤"),
        ("designing", "Design"),
    ],
)
def test_a_query_word_shares_a_term_with_its_derived_forms(stored, query):
    [group] = text.query_groups(query)
    assert set(group) & set(text.index_terms(stored).split())
    assert text.matches(stored, [group])


def test_query_groups_one_group_per_distinct_word_at_most_12():
    groups = text.query_groups("مصمم شعارات في طرابلس شعارات")
    assert [group[0] for group in groups] == ["مصمم", "شعارات", "طرابلس"]
    assert len(text.query_groups(" ".join(f"كلمة{n}" for n in range(20)))) == 12
    assert text.query_groups("في من") == []


def test_unrelated_words_do_not_match():
    assert not text.matches("ترجمة", text.query_groups("تصميم"))
    assert not text.matches("...", text.query_groups("تصميم"))


# --- searching -------------------------------------------------------------------------------


@pytest.fixture
def catalog(db, tree, published):
    """Four public services in three subcategories, plus a hidden one."""
    other = UserFactory(username="translator")
    services = {
        "logo": published(
            title="تصميم شعار احترافي لشركتك",
            tags=["شعار", "هوية"],
            price=Decimal("120"),
            delivery_days=4,
        ),
        "social": published(
            title="منشورات إنستغرام جذابة لمتجرك",
            category=tree.social,
            price=Decimal("80"),
            delivery_days=2,
        ),
        "translation": published(
            title="ترجمة وثائق رسمية من الإنجليزية إلى العربية",
            category=tree.translation,
            seller=other,
            price=Decimal("60"),
            delivery_days=1,
        ),
        "articles": published(
            title="كتابة مقالات حصرية لمدونتك",
            category=tree.articles,
            seller=other,
            price=Decimal("250"),
            delivery_days=7,
            description="<p>مقالات مدروسة عن التسويق وتصميم المحتوى وكل ما يهم زوار مدونتك.</p>",
        ),
    }
    hidden = published(title="تصميم شعار سري لا يظهر أبدا")
    Service.objects.filter(pk=hidden.pk).update(is_paused=True)
    from marketplace.catalog.search.index import update_service

    update_service(hidden)
    return services


@pytest.mark.parametrize(
    "query",
    [
        "تصميم",
        "مصمم",
        "شعار",
        "الشعارات",
        "مصمم شعارات",
        "تصميم الشعار",
        "تَصْمِيم شِعَار",
        "تصمـــيم",
        "هوية",  # a tag
        "هويه",
        "لشركتك",
    ],
)
def test_arabic_forms_find_the_logo_service(catalog, query):
    assert found(q=query)[0] == "تصميم شعار احترافي لشركتك"
    assert "تصميم شعار سري لا يظهر أبدا" not in found(q=query)


@pytest.mark.parametrize(
    "title, query",
    [
        ("إعلان ممول على فيسبوك لمتجرك", "اعلان"),
        ("اعلان ممول على فيسبوك لمتجرك", "إعلان"),
        ("أفضل تصميم لبطاقات الأعمال", "افضل"),
        ("آخر صيحات التصميم لمتجرك", "اخر"),
        ("كتابة مقالة طبية عن الصحة", "مقاله"),
        ("كتابه مقاله طبيه عن الصحه", "مقالة طبية"),
        ("تصميم مبنى سكني ثلاثي الأبعاد", "مبني"),
        ("تصميم مبني سكني ثلاثي الأبعاد", "مبنى"),
        ("تَصْمِيمُ بِطَاقَةِ دَعْوَةٍ لِلْأَفْرَاحِ", "بطاقة دعوة"),
        ("تصـــميم بطاقة دعوة للأفراح", "تصميم بطاقة"),
        ("تسليم خلال 24 ساعة لشعارك", "٢٤ ساعة"),
        ("تسليم خلال ٤٨ ساعة لشعارك", "48"),
        ("تسليم خلال ۷۲ ساعة لشعارك", "٧٢"),
        ("Professional WordPress setup", "wordpress"),
    ],
)
def test_letter_variants_tashkeel_tatweel_and_digits(db, published, title, query):
    service = published(title=title, tags=[])
    published(title="خدمة مختلفة لا علاقة لها بالبحث", tags=[])
    assert found(q=query) == [service.title]


def test_search_page_finds_with_derived_forms(catalog, client):
    assert page_titles(client, q="مصمم شعارات") == ["تصميم شعار احترافي لشركتك"]
    # The article service is in "كتابة وترجمة": the category matches, below the title match.
    assert page_titles(client, q="مترجم") == [
        "ترجمة وثائق رسمية من الإنجليزية إلى العربية",
        "كتابة مقالات حصرية لمدونتك",
    ]
    assert page_titles(client, q="مقال") == ["كتابة مقالات حصرية لمدونتك"]


def test_all_words_must_match(catalog):
    assert found(q="شعار ترجمة") == []
    assert found(q="ترجمة وثائق") == ["ترجمة وثائق رسمية من الإنجليزية إلى العربية"]


def test_title_ranks_above_category_above_description(catalog):
    # "تصميم" is in the logo service's title, in the social service's category ("تصميم" ›
    # "تصاميم التواصل الاجتماعي") and only in the article service's description.
    assert found(q="تصميم") == [
        "تصميم شعار احترافي لشركتك",
        "منشورات إنستغرام جذابة لمتجرك",
        "كتابة مقالات حصرية لمدونتك",
    ]


def test_stop_words_alone_search_nothing_special(catalog):
    assert found(q="في من") == found()
    assert len(found(q="في من")) == 4


def test_a_hostile_query_is_harmless(catalog, client):
    for query in ['"', "'", "OR", "*", "NEAR(", 'شعار" OR "ترجمة', "a & b | !c", "(()"]:
        search_services(q=query).services.count()  # no SQL or FTS syntax error
        assert client.get(SEARCH_URL, {"q": query}).status_code == 200
    response = client.get(SEARCH_URL, {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


# --- filters and sorts -----------------------------------------------------------------------


def test_filter_by_top_category_and_subcategory(catalog, tree, client):
    assert set(found(category=tree.design)) == {
        "تصميم شعار احترافي لشركتك",
        "منشورات إنستغرام جذابة لمتجرك",
    }
    assert found(category=tree.social) == ["منشورات إنستغرام جذابة لمتجرك"]
    assert set(page_titles(client, category="writing")) == {
        "ترجمة وثائق رسمية من الإنجليزية إلى العربية",
        "كتابة مقالات حصرية لمدونتك",
    }
    assert page_titles(client, category="translation", q="ترجمة") == [
        "ترجمة وثائق رسمية من الإنجليزية إلى العربية"
    ]
    assert page_titles(client, category="logo", q="ترجمة") == []


def test_category_pages_list_their_services(catalog, client):
    response = client.get(reverse("catalog:category", args=["design"]))
    assert response.status_code == 200
    assert {s.title for s in response.context["page"].object_list} == {
        "تصميم شعار احترافي لشركتك",
        "منشورات إنستغرام جذابة لمتجرك",
    }
    response = client.get(reverse("catalog:category", args=["logo"]), {"sort": "price_asc"})
    assert [s.title for s in response.context["page"].object_list] == ["تصميم شعار احترافي لشركتك"]
    assert client.get(reverse("catalog:category", args=["nothing-here"])).status_code == 404


def test_filter_by_price_delivery_and_rating(catalog, client):
    Service.objects.filter(pk=catalog["articles"].pk).update(rating_average=Decimal("4.8"))
    Service.objects.filter(pk=catalog["social"].pk).update(rating_average=Decimal("4.2"))
    assert set(found(min_price=Decimal("80"), max_price=Decimal("120"))) == {
        "تصميم شعار احترافي لشركتك",
        "منشورات إنستغرام جذابة لمتجرك",
    }
    assert set(page_titles(client, min_price="100")) == {
        "تصميم شعار احترافي لشركتك",
        "كتابة مقالات حصرية لمدونتك",
    }
    assert page_titles(client, max_price="60") == ["ترجمة وثائق رسمية من الإنجليزية إلى العربية"]
    assert set(page_titles(client, delivery_days="2")) == {
        "منشورات إنستغرام جذابة لمتجرك",
        "ترجمة وثائق رسمية من الإنجليزية إلى العربية",
    }
    assert page_titles(client, min_rating="4.5") == ["كتابة مقالات حصرية لمدونتك"]
    assert page_titles(client, min_rating="4", sort="rating") == [
        "كتابة مقالات حصرية لمدونتك",
        "منشورات إنستغرام جذابة لمتجرك",
    ]


def test_an_invalid_filter_shows_its_error(catalog, client):
    response = client.get(SEARCH_URL, {"min_price": "300", "max_price": "100"})
    assert response.status_code == 200
    with translation.override("ar"):
        expected = gettext("The maximum price is below the minimum price.")
    assert response.context["form"].errors["max_price"] == [expected]
    response = client.get(SEARCH_URL, {"category": "no-such-category"})
    assert response.status_code == 200
    assert "category" in response.context["form"].errors


def test_an_invalid_filter_keeps_the_search_words(catalog, client):
    response = client.get(SEARCH_URL, {"q": "ترجمة", "min_price": "abc"})
    assert response.status_code == 200
    assert "min_price" in response.context["form"].errors
    titles = [service.title for service in response.context["page"].object_list]
    assert "تصميم شعار احترافي لشركتك" not in titles


def test_sorts(catalog, client):
    logo, social, translation_, articles = (
        catalog[key] for key in ("logo", "social", "translation", "articles")
    )
    now = timezone.now()
    for days_ago, service in enumerate([social, articles, logo, translation_]):
        Service.objects.filter(pk=service.pk).update(
            first_published_at=now - timedelta(days=days_ago)
        )
    Service.objects.filter(pk=logo.pk).update(orders_completed=50, rating_average=Decimal("4.1"))
    Service.objects.filter(pk=articles.pk).update(
        orders_completed=7, rating_average=Decimal("4.9"), rating_count=3
    )
    Service.objects.filter(pk=translation_.pk).update(
        orders_completed=7, rating_average=Decimal("4.9"), rating_count=8
    )

    def titles(services):
        return [service.title for service in services]

    expected = {
        "newest": [social, articles, logo, translation_],
        "price_asc": [translation_, social, logo, articles],
        "price_desc": [articles, logo, social, translation_],
        "best_selling": [logo, articles, translation_, social],  # a tie: the newer pk first
        "rating": [translation_, articles, logo, social],
    }
    for sort, services in expected.items():
        assert found(sort=sort) == titles(services), sort
        assert page_titles(client, sort=sort) == titles(services), sort
    # Without a query and without a sort: the newest first.
    assert page_titles(client) == titles(expected["newest"])
    response = client.get(SEARCH_URL, {"sort": "relevance"})
    assert response.context["sort"] == "newest"


def test_a_query_is_sorted_by_relevance_unless_asked(catalog, client):
    response = client.get(SEARCH_URL, {"q": "تصميم"})
    assert response.context["sort"] == "relevance"
    assert "relevance" in dict(response.context["sorts"])
    assert page_titles(client, q="تصميم", sort="price_desc") == [
        "كتابة مقالات حصرية لمدونتك",
        "تصميم شعار احترافي لشركتك",
        "منشورات إنستغرام جذابة لمتجرك",
    ]
    assert "relevance" not in dict(client.get(SEARCH_URL).context["sorts"])


def test_pagination(db, published, client, monkeypatch):
    monkeypatch.setattr("marketplace.catalog.views.browse.PAGE_SIZE", 2)
    made = [published(title=f"تصميم شعار رقم {n} لمتجرك", price=Decimal(10 + n)) for n in range(5)]
    pages = [page_titles(client, q="شعار", sort="price_asc", page=n) for n in (1, 2, 3)]
    assert pages == [[s.title for s in made[i : i + 2]] for i in (0, 2, 4)]
    response = client.get(SEARCH_URL, {"q": "شعار", "sort": "price_asc", "page": 2})
    assert response.context["page"].paginator.count == 5
    assert "page=3" in response.text and "page=1" in response.text
    # Out of range or nonsense: the nearest valid page, never an error.
    assert page_titles(client, q="شعار", sort="price_asc", page=99) == [made[4].title]
    assert page_titles(client, q="شعار", sort="price_asc", page="x") == pages[0]


def test_the_real_page_size_is_24(db, published, client):
    for n in range(25):
        published(title=f"خدمة ترجمة رقم {n} للوثائق")
    assert len(page_titles(client, q="ترجمة")) == 24
    assert len(page_titles(client, q="ترجمة", page=2)) == 1


def test_matches_are_highlighted(catalog, client):
    response = client.get(SEARCH_URL, {"q": "مصمم شعارات"})
    html = response.text
    assert "<mark>تصميم</mark> <mark>شعار</mark> احترافي لشركتك" in html
    assert "<mark>احترافي</mark>" not in html
    # Without a query nothing is marked.
    assert "<mark>" not in client.get(SEARCH_URL).text


def test_the_empty_state_helps(catalog, client):
    response = client.get(SEARCH_URL, {"q": "غواصات نووية"})
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 0
    with translation.override("ar"):
        hints = [
            gettext("Check the spelling, or use fewer or more general words."),
            gettext("Remove some of the filters."),
            gettext("Browse the categories instead."),
        ]
    for hint in hints:
        assert hint in response.text
    assert "غواصات نووية" in response.text
    assert f'href="{reverse("catalog:category_index")}"' in response.text


def test_the_empty_state_without_a_query(db, tree, client):
    response = client.get(reverse("catalog:category", args=["logo"]))
    with translation.override("ar"):
        assert gettext("No services here yet") in response.text


# --- typos (PostgreSQL: trigram similarity) ---------------------------------------------------


@pytest.mark.parametrize("query", ["الشعرات", "احترفي", "لشركتت"])
def test_a_typo_that_keeps_the_root_is_found_on_every_database(catalog, query):
    # A missing or wrong letter that the stemmers absorb (same root or light stem).
    assert found(q=query) == ["تصميم شعار احترافي لشركتك"]


@pytest.mark.parametrize("query", ["تصمين شعار", "تصميمم", "شعار اخترافي"])
def test_a_one_letter_typo_finds_the_service(require_postgresql, catalog, client, query):
    # No term of these words is indexed: only the trigram similarity finds the service.
    indexed = set(text.index_terms("تصميم شعار احترافي لشركتك شعار هوية").split())
    assert any(not set(group) & indexed for group in text.query_groups(query))
    assert found(q=query) == ["تصميم شعار احترافي لشركتك"]
    assert page_titles(client, q=query) == ["تصميم شعار احترافي لشركتك"]


def test_a_typo_does_not_find_unrelated_services(require_postgresql, catalog):
    assert found(q="غواصه") == []
    assert found(q="تصمين منشورات") == []


def test_a_broad_query_keeps_its_title_matches(tree, require_postgresql, monkeypatch):
    """More title matches than a search lists: those are the results (they rank above every
    match in a description only), found without scanning the large vectors."""
    from marketplace.catalog.search import backends

    monkeypatch.setattr(backends, "RESULT_CAP", 2)
    in_titles = [
        ServiceFactory(category=tree.logo, title=f"تصميم شعار رقم {n} لمتجرك الجديد")
        for n in range(3)
    ]
    ServiceFactory(
        category=tree.translation,
        title="ترجمة عقود تجارية بدقة عالية",
        description="<p>أترجم العقود وأراجعها، وأساعد أيضًا في تصميم قالب العقد.</p>",
    )
    found = set(search_services(q="تصميم").services)
    assert found == set(in_titles)
    monkeypatch.setattr(backends, "RESULT_CAP", 10)
    assert len(set(search_services(q="تصميم").services)) == 4
