"""The open projects list (filters, Arabic search, a fixed number of queries) and a project's
page (who sees it, the buyer's history, what a seller may see of the proposals)."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from marketplace.ledger.money import format_lyd
from marketplace.projects import services
from marketplace.projects.models import ProjectState
from tests.factories import CategoryFactory, SubcategoryFactory, UserFactory
from tests.projects.conftest import draft, listed_project, propose, review


def list_url() -> str:
    """In the active language (``in_english`` makes it /en/…)."""
    return reverse("projects:list")


def attachment(name="sample.txt"):
    return SimpleUploadedFile(name, "نموذج من أعمالي السابقة".encode(), content_type="text/plain")


def listed_titles(response) -> list[str]:
    return [project.title for project in response.context["page"].object_list]


@pytest.fixture
def writing(db):
    top = CategoryFactory(slug="writing", name_ar="كتابة وترجمة", name_en="Writing")
    return SubcategoryFactory(
        parent=top, slug="translation", name_ar="ترجمة", name_en="Translation"
    )


# --- The list --------------------------------------------------------------------------------


def test_lists_only_open_projects_newest_first(client, buyer, category, moderator):
    listed_project(buyer, category, title="مشروع قديم مفتوح للعروض", days_ago=5)
    listed_project(buyer, category, title="مشروع جديد مفتوح للعروض", days_ago=1)
    listed_project(buyer, category, title="مشروع مغلق لا يظهر أبداً", state=ProjectState.CLOSED)
    listed_project(
        buyer, category, title="مشروع قيد التنفيذ لا يظهر", state=ProjectState.IN_PROGRESS
    )
    services.post_project(buyer, draft(category, title="مشروع ينتظر المراجعة فقط"))
    gone = UserFactory(is_active=False)
    listed_project(gone, category, title="مشروع مشترٍ حسابه مغلق")

    response = client.get(list_url())

    assert response.status_code == 200
    assert listed_titles(response) == ["مشروع جديد مفتوح للعروض", "مشروع قديم مفتوح للعروض"]


def test_card_shows_the_project_at_a_glance(client, buyer, category, in_english):
    buyer.profile.display_name = "متجر الحلويات"
    buyer.profile.save()
    listed_project(
        buyer,
        category,
        title="شعار لمتجر حلويات جديد",
        skills=["Illustrator"],
        budget_min=Decimal("75"),
        budget_max=Decimal("1250"),
        duration_days=6,
        proposal_count=3,
        days_ago=2,
    )

    html = client.get(list_url()).content.decode()

    assert "شعار لمتجر حلويات جديد" in html
    assert "متجر الحلويات" in html
    assert "Illustrator" in html
    assert "75–1,250" in html
    assert "Logos" in html
    assert "data-proposal-count>3<" in html
    assert reverse("projects:create") in html


def test_arabic_search_finds_other_forms_of_the_words(client, buyer, writing):
    listed_project(buyer, writing, title="تصميم شعار لمتجر")
    listed_project(buyer, writing, title="ترجمة دليل استخدام جهاز")

    response = client.get(list_url(), {"q": "مصمم شعارات"})

    assert listed_titles(response) == ["تصميم شعار لمتجر"]
    assert "<mark>" in response.content.decode()  # the matched words are highlighted


def test_category_filter_takes_a_top_category_or_a_subcategory(client, buyer, category, writing):
    listed_project(buyer, category, title="شعار لمقهى في مصراتة")
    listed_project(buyer, writing, title="ترجمة عقد إيجار قصير")

    by_top = client.get(list_url(), {"category": "writing"})
    by_sub = client.get(list_url(), {"category": "logo"})

    assert listed_titles(by_top) == ["ترجمة عقد إيجار قصير"]
    assert listed_titles(by_sub) == ["شعار لمقهى في مصراتة"]


def test_budget_filter_keeps_overlapping_ranges(client, buyer, category):
    listed_project(buyer, category, title="ميزانية صغيرة جداً", budget_min=10, budget_max=40)
    listed_project(buyer, category, title="ميزانية متوسطة", budget_min=50, budget_max=150)
    listed_project(buyer, category, title="ميزانية كبيرة جداً", budget_min=400, budget_max=900)

    response = client.get(list_url(), {"budget_min": "100", "budget_max": "450"})

    assert sorted(listed_titles(response)) == sorted(["ميزانية متوسطة", "ميزانية كبيرة جداً"])
    only_low = client.get(list_url(), {"budget_max": "45"})
    assert listed_titles(only_low) == ["ميزانية صغيرة جداً"]


def test_posted_and_proposals_filters(client, buyer, category):
    listed_project(buyer, category, title="نُشر اليوم وبلا عروض", proposal_count=0)
    listed_project(buyer, category, title="نُشر قبل أربعة أيام", days_ago=4, proposal_count=7)
    listed_project(buyer, category, title="نُشر قبل أسبوعين", days_ago=14, proposal_count=12)

    assert listed_titles(client.get(list_url(), {"posted": "1"})) == ["نُشر اليوم وبلا عروض"]
    assert len(listed_titles(client.get(list_url(), {"posted": "7"}))) == 2
    assert len(listed_titles(client.get(list_url(), {"posted": "30"}))) == 3
    assert listed_titles(client.get(list_url(), {"proposals": "lt5"})) == ["نُشر اليوم وبلا عروض"]
    assert listed_titles(client.get(list_url(), {"proposals": "5-10"})) == ["نُشر قبل أربعة أيام"]
    assert listed_titles(client.get(list_url(), {"proposals": "gt10"})) == ["نُشر قبل أسبوعين"]


@pytest.mark.parametrize(
    "params",
    [
        {"budget_min": "abc"},
        {"budget_max": "-5"},
        {"budget_min": "40", "budget_max": "10"},
        {"posted": "99"},
        {"proposals": "many"},
        {"category": "no-such-category"},
        {"category": "not a slug!"},
        {"page": "x"},
        {"q": "x" * 300},
    ],
)
def test_invalid_filters_are_ignored_and_shown(client, buyer, category, params, in_english):
    listed_project(buyer, category)

    response = client.get(list_url(), params)

    assert response.status_code == 200
    assert len(listed_titles(response)) == 1
    if "page" not in params:
        assert response.context["form"].errors
        assert 'class="errorlist' in response.content.decode()


def test_valid_filters_still_apply_next_to_an_invalid_one(client, buyer, category, writing):
    listed_project(buyer, category, title="شعار لمقهى في مصراتة")
    listed_project(buyer, writing, title="ترجمة عقد إيجار قصير")

    response = client.get(list_url(), {"category": "writing", "posted": "nonsense"})

    assert listed_titles(response) == ["ترجمة عقد إيجار قصير"]


def test_list_is_paginated(client, buyer, category):
    for number in range(21):
        listed_project(buyer, category, title=f"مشروع رقم {number} للاختبار", days_ago=number)

    first = client.get(list_url())
    second = client.get(list_url(), {"page": 2})

    assert len(listed_titles(first)) == 20
    assert listed_titles(second) == ["مشروع رقم 20 للاختبار"]


def test_list_query_count_does_not_grow_with_projects(
    client, buyer, seller, category, django_assert_max_num_queries
):
    def make(count):
        for number in range(count):
            other = UserFactory()
            listed_project(
                other, category, title=f"مشروع رقم {number} للقياس", skills=["Figma", "ألوان"]
            )

    make(2)
    client.force_login(seller)
    client.get(list_url())  # the site's first request sets up its theme
    with django_assert_max_num_queries(20) as few:
        client.get(list_url(), {"q": "مشروع", "category": "design"})
    make(18)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(list_url(), {"q": "مشروع", "category": "design"})
    assert len(listed_titles(response)) == 20


# --- A project's page ------------------------------------------------------------------------


def test_pending_project_is_hidden_from_everyone_but_its_buyer_and_staff(
    client, buyer, seller, category, moderator, in_english
):
    project = services.post_project(buyer, draft(category))
    url = project.get_absolute_url()

    assert client.get(url).status_code == 404
    client.force_login(seller)
    assert client.get(url).status_code == 404

    client.force_login(buyer)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Your project is being reviewed" in html
    assert reverse("projects:edit", args=[project.pk]) in html
    assert reverse("projects:close", args=[project.pk]) in html

    client.force_login(moderator)
    assert client.get(url).status_code == 200


def test_buyer_sees_the_requested_changes(client, buyer, category, moderator, in_english):
    project = services.post_project(buyer, draft(category))
    review(project, moderator, "reject", comment="أضف مقاسات الشعار المطلوبة")

    client.force_login(buyer)
    html = client.get(project.get_absolute_url()).content.decode()

    assert "Changes requested:" in html
    assert "أضف مقاسات الشعار المطلوبة" in html
    assert reverse("projects:edit", args=[project.pk]) in html


def test_wrong_slug_redirects_to_the_canonical_address(client, open_project):
    url = reverse("projects:detail", kwargs={"pk": open_project.pk, "slug": "something-else"})

    response = client.get(url)

    assert response.status_code == 301
    assert response["Location"] == open_project.get_absolute_url()


def test_open_project_page_shows_the_project(client, open_project, in_english):
    html = client.get(open_project.get_absolute_url()).content.decode()

    assert open_project.title in html
    assert "نحتاج شعاراً لمتجر حلويات" in html
    assert "Illustrator" in html and "تصميم شعارات" in html
    assert "50–150" in html
    assert "Log in to send a proposal" in html


def test_buyer_history_box(client, buyer, category, open_project, in_english):
    listed_project(buyer, category, title="مشروع انتهى بطلب منفذ", state=ProjectState.COMPLETED)
    listed_project(buyer, category, title="مشروع قيد التنفيذ الآن", state=ProjectState.IN_PROGRESS)
    listed_project(buyer, category, title="مشروع انتهت مدته بلا توظيف", state=ProjectState.EXPIRED)
    # Never published: not counted.
    listed_project(buyer, category, title="مشروع رُفض ولم يُنشر", live=False, state="rejected")
    buyer.profile.buyer_rating_average = Decimal("4.50")
    buyer.profile.buyer_rating_count = 3
    buyer.profile.save()

    html = client.get(open_project.get_absolute_url()).content.decode()

    assert "data-projects-posted>4<" in html
    assert "data-hire-rate>67%<" in html  # 2 hired of the 3 that ended
    assert "★ 4.5" in html
    assert "Member since" in html


def test_hire_rate_is_a_dash_before_any_project_ended(client, open_project):
    html = client.get(open_project.get_absolute_url()).content.decode()

    assert "data-projects-posted>1<" in html
    assert "data-hire-rate>—<" in html


def test_seller_sees_the_button_and_the_proposals_left(client, open_project, seller, in_english):
    client.force_login(seller)

    html = client.get(open_project.get_absolute_url()).content.decode()

    assert reverse("projects:propose", args=[open_project.pk]) in html
    assert "You can send 30 more proposals this month." in html


def test_nobody_but_the_buyer_sees_other_sellers_proposals(
    client, open_project, seller, other_seller, user
):
    mine_letter = "رسالتي الخاصة: أصمم الشعار بثلاث أفكار مختلفة وأسلم الملفات كاملة."
    theirs_letter = "رسالة المنافس السرية: عندي خبرة عشر سنوات وأسلم خلال يومين فقط."
    propose(open_project, seller, price="137.125", letter=mine_letter)
    propose(open_project, other_seller, price="93.250", letter=theirs_letter)
    url = open_project.get_absolute_url()

    client.force_login(other_seller)
    as_rival = client.get(url).content.decode()
    assert theirs_letter not in as_rival  # the page shows a summary, not the letter
    assert format_lyd(Decimal("93.250")) in as_rival  # their own price
    assert mine_letter not in as_rival
    assert format_lyd(Decimal("137.125")) not in as_rival

    client.force_login(seller)
    as_seller = client.get(url).content.decode()
    assert format_lyd(Decimal("137.125")) in as_seller
    assert theirs_letter not in as_seller
    assert format_lyd(Decimal("93.250")) not in as_seller

    for viewer in (user, None):
        if viewer:
            client.force_login(viewer)
        else:
            client.logout()
        page = client.get(url).content.decode()
        for secret in (mine_letter, theirs_letter, "137.125", "93.250"):
            assert secret not in page
        assert 'id="proposals"' not in page


def test_seller_with_a_proposal_sees_it_instead_of_the_button(
    client, open_project, seller, in_english
):
    proposal = propose(open_project, seller, price="137.125")
    client.force_login(seller)

    html = client.get(open_project.get_absolute_url()).content.decode()

    assert proposal.get_absolute_url() in html
    assert reverse("projects:propose", args=[open_project.pk]) not in html
    assert "Your proposal" in html


def test_closed_project_takes_no_proposals(client, open_project, buyer, seller, in_english):
    services.close_project(open_project, buyer)
    client.force_login(seller)

    response = client.get(open_project.get_absolute_url())

    assert response.status_code == 200  # it was published: it stays readable
    html = response.content.decode()
    assert "This project no longer takes proposals." in html
    assert reverse("projects:propose", args=[open_project.pk]) not in html


def test_buyer_sees_every_proposal_and_the_close_button(
    client, open_project, buyer, seller, other_seller
):
    propose(open_project, seller, price="137.125", letter="رسالة البائع الأول: " + "ت" * 40)
    propose(open_project, other_seller, price="93.250", letter="رسالة البائع الثاني: " + "ت" * 40)
    client.force_login(buyer)

    html = client.get(open_project.get_absolute_url()).content.decode()

    assert 'id="proposals"' in html
    assert "137.125" in html and "93.250" in html
    assert "رسالة البائع الأول" in html and "رسالة البائع الثاني" in html
    assert reverse("projects:close", args=[open_project.pk]) in html
    assert reverse("projects:propose", args=[open_project.pk]) not in html


def test_buyer_page_query_count_does_not_grow_with_proposals(
    client, open_project, buyer, django_assert_max_num_queries
):
    def make(count):
        for _number in range(count):
            propose(open_project, UserFactory(), files=[attachment()])

    make(1)
    client.force_login(buyer)
    url = open_project.get_absolute_url()
    client.get(url)  # the site's first request sets up its theme
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    make(5)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(response.context["proposals"]) == 6
