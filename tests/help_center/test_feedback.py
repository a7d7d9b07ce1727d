"""'Was this article helpful?': one answer per visitor, which they may change."""

import re

import pytest
from django.test import Client
from django.utils import translation

from help_center import feedback
from help_center.models import ArticleFeedback
from tests.help_center.conftest import make_article

pytestmark = pytest.mark.django_db

URL = "/help/payments/withdraw/feedback/"


@pytest.fixture
def article(payments):
    return make_article(payments, "withdraw")


def answers(article) -> list[bool]:
    return list(ArticleFeedback.objects.filter(article=article).values_list("helpful", flat=True))


def test_an_anonymous_visitor_votes_and_is_thanked(client, article):
    response = client.post(URL, {"helpful": "yes"}, follow=True)
    assert response.redirect_chain == [("/help/payments/withdraw/", 302)]
    with translation.override("ar"):
        assert feedback.thanks(True) in response.content.decode()
    assert answers(article) == [True]
    assert client.session.session_key  # a session was started to recognise the visitor


def test_each_visitor_is_counted_once_and_a_second_vote_changes_the_first(client, article):
    client.post(URL, {"helpful": "yes"})
    client.post(URL, {"helpful": "no"})
    assert answers(article) == [False]
    Client().post(URL, {"helpful": "yes"})
    Client().post(URL, {"helpful": "no"})
    assert sorted(answers(article)) == [False, False, True]


def test_a_signed_in_users_vote_follows_them_from_session_to_session(article, user):
    for answer in ("yes", "no"):
        visitor = Client()
        visitor.force_login(user)
        visitor.post(URL, {"helpful": answer})
    assert answers(article) == [False]
    assert re.fullmatch("[0-9a-f]{64}", ArticleFeedback.objects.get().voter)  # a hash, not the id


def test_the_english_article_counts_its_own_votes(client, article):
    response = client.post(f"/en{URL}", {"helpful": "no"}, follow=True)
    assert response.redirect_chain == [("/en/help/payments/withdraw/", 302)]
    assert "We will use it to improve the article." in response.content.decode()
    assert answers(article) == []
    assert ArticleFeedback.objects.get().article.locale.language_code == "en"


@pytest.mark.parametrize("data", [{}, {"helpful": "maybe"}, {"helpful": ""}])
def test_a_bad_answer_is_refused_and_changes_nothing(client, article, data):
    client.post(URL, {"helpful": "yes"})
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "<h1>" in response.content.decode()  # the article again, with the message
    english = client.post(f"/en{URL}", data)
    assert english.status_code == 400
    assert '<p class="field-error" role="alert">Please answer yes or no.</p>' in english.text
    assert answers(article) == [True]


def test_votes_are_posted_not_fetched(client, article):
    response = client.get(URL, {"helpful": "yes"})
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert answers(article) == []


def test_a_vote_needs_the_forms_csrf_token(article):
    visitor = Client(enforce_csrf_checks=True)
    assert visitor.post(URL, {"helpful": "yes"}).status_code == 403
    html = visitor.get("/help/payments/withdraw/").content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = visitor.post(URL, {"helpful": "yes", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert answers(article) == [True]


def test_unpublished_articles_take_no_votes(client, article):
    article.unpublish()
    assert client.post(URL, {"helpful": "yes"}).status_code == 404
    assert answers(article) == []


def test_a_script_dropping_its_cookie_cannot_stuff_the_counts(article):
    from django.contrib.sessions.models import Session

    sessions = Session.objects.count()
    first = Client()
    first.post(URL, {"helpful": "no"})
    for _ in range(feedback.NEW_VOTES_PER_ADDRESS + 5):
        response = Client().post(URL, {"helpful": "no"})  # a new cookie-less visitor each time
        assert response.status_code == 302
    assert answers(article) == [False] * feedback.NEW_VOTES_PER_ADDRESS
    assert Session.objects.count() == sessions + feedback.NEW_VOTES_PER_ADDRESS
    # A counted voter may still change their answer, and another address still votes.
    first.post(URL, {"helpful": "yes"})
    Client(REMOTE_ADDR="10.0.0.9").post(URL, {"helpful": "yes"})
    assert answers(article).count(True) == 2
