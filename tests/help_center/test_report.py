"""The admin's report of the answers to "Was this article helpful?"."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.models import GroupPagePermission

from help_center.models import ArticleFeedback
from help_center.wagtail_hooks import register_feedback_report_menu_item
from pages.models import StandardPage
from tests.factories import UserFactory
from tests.help_center.conftest import make_article, make_category

pytestmark = pytest.mark.django_db

URL = "/admin/reports/help-feedback/"


@pytest.fixture
def articles(payments):
    selling = make_category(payments.get_parent(), "selling", "البيع", "Selling")
    withdraw = make_article(payments, "withdraw", title="سحب الأرباح", english=False)
    fees = make_article(selling, "fees", title="العمولة", english=False)
    for number, helpful in enumerate([True, True, True, False]):
        ArticleFeedback.objects.create(article=withdraw, voter=f"v{number}", helpful=helpful)
    ArticleFeedback.objects.create(article=fees, voter="v1", helpful=False)
    return {"withdraw": withdraw, "fees": fees}


def editor(page=None):
    """A staff member who may use the admin, and edit ``page`` and its descendants."""
    group = Group.objects.create(name=f"Editors of {page.pk if page else 'nothing'}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if page is not None:
        change = Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        )
        GroupPagePermission.objects.create(group=group, page=page, permission=change)
    user = UserFactory(is_staff=True)
    user.groups.add(group)
    return user


def signed_in(user) -> Client:
    visitor = Client()
    visitor.force_login(user)
    return visitor


def rows(html: str) -> dict[str, list[str]]:
    """The report's rows, in order: each article's title and the text of its other cells."""
    listing = html[html.index('id="listing-results"') :]
    table = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", listing, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if cells:
            texts = [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]
            table[texts[0]] = texts[1:]
    return table


def test_editors_of_the_help_center_see_each_articles_answers_and_share_of_yes(
    articles, help_index
):
    response = signed_in(editor(help_index)).get(URL)
    assert response.status_code == 200
    assert rows(response.content.decode()) == {
        "سحب الأرباح": ["المدفوعات والأرباح", "العربية", "3", "1", "75%"],
        "العمولة": ["البيع", "العربية", "0", "1", "0%"],
    }


def test_articles_without_answers_are_listed_without_a_share(help_index, payments, admin_user):
    make_article(payments, "quiet", title="مقالة بلا تصويت")
    table = rows(signed_in(admin_user).get(URL).content.decode())
    assert table["مقالة بلا تصويت"][-3:] == ["0", "0", "—"]
    assert table["Article quiet"][1:] == ["الإنجليزية", "0", "0", "—"]


def test_editors_see_only_the_articles_they_may_edit(articles):
    visitor = signed_in(editor(articles["fees"].get_parent()))
    assert list(rows(visitor.get(URL).content.decode())) == ["العمولة"]


@pytest.mark.parametrize(
    ("ordering", "titles"),
    [
        ("", ["سحب الأرباح", "العمولة"]),  # most "no" first, then in the tree's order
        ("?ordering=yes", ["العمولة", "سحب الأرباح"]),
        ("?ordering=-share", ["سحب الأرباح", "العمولة"]),
        ("?ordering=share", ["العمولة", "سحب الأرباح"]),
    ],
)
def test_the_report_is_sorted_by_its_columns(articles, help_index, ordering, titles):
    assert list(rows(signed_in(editor(help_index)).get(URL + ordering).content.decode())) == titles


def test_superusers_see_every_article(articles, admin_user):
    assert set(rows(signed_in(admin_user).get(URL).content.decode())) == {"سحب الأرباح", "العمولة"}


def test_anonymous_visitors_are_sent_to_sign_in(client, articles):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_members_and_staff_who_may_not_edit_help_articles_are_refused(home, user, articles):
    assert signed_in(user).get(URL)["Location"].startswith("/admin/login/")
    terms = home.add_child(instance=StandardPage(title="الشروط", slug="terms"))
    for outsider in (editor(None), editor(terms)):
        response = signed_in(outsider).get(URL)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


def test_the_menu_item_is_shown_to_those_who_may_open_the_report(rf, articles, help_index, user):
    item = register_feedback_report_menu_item()
    request = rf.get("/admin/")
    for person, shown in [(user, False), (editor(None), False), (editor(help_index), True)]:
        request.user = person
        assert item.is_shown(request) is shown
