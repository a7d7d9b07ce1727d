"""The response time runs from the first message of a conversation someone else started to the
user's first reply in it, averaged over the answered conversations of the last 90 days, and is
shown on the profile as "usually replies within N hours"."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marketplace.messaging import services
from marketplace.messaging.models import Conversation
from tests.factories import UserFactory


def conversation_answered_after(seller, delay, *, started_days_ago=1):
    buyer = UserFactory()
    question = services.start_conversation(buyer, seller, "سؤال قبل الشراء")
    conversation = question.conversation
    started = timezone.now() - timedelta(days=started_days_ago)
    Conversation.objects.filter(pk=conversation.pk).update(created_at=started)
    conversation.refresh_from_db()
    services.send_message(conversation, buyer, "هل أنت هنا؟")  # more buyer messages change nothing
    services.send_message(conversation, seller, "أهلًا، نعم")
    # Place the reply ``delay`` after the first message.
    Conversation.objects.filter(pk=conversation.pk).update(first_reply_at=started + delay)
    return conversation


def test_the_first_reply_sets_the_response_time(buyer, seller, conversation):
    services.send_message(conversation, buyer, "هل أنت هنا؟")
    conversation.refresh_from_db()
    assert conversation.first_reply_at is None
    reply = services.send_message(conversation, seller, "نعم")
    services.send_message(conversation, seller, "وسأرسل لك أمثلة")
    conversation.refresh_from_db()
    assert conversation.first_reply_at == reply.created_at
    assert services.response_time(seller) == timedelta(
        seconds=round((reply.created_at - conversation.created_at).total_seconds())
    )


def test_average_over_answered_conversations_of_the_last_90_days(seller):
    conversation_answered_after(seller, timedelta(hours=1))
    conversation_answered_after(seller, timedelta(hours=5))
    conversation_answered_after(seller, timedelta(hours=100), started_days_ago=120)  # too old
    services.start_conversation(UserFactory(), seller, "لم يُجب بعد")  # unanswered
    assert services.response_time(seller) == timedelta(hours=3)
    assert services.response_hours(seller) == 3


def test_conversations_the_user_started_do_not_count(seller):
    buyer = UserFactory()
    started_by_seller = services.start_conversation(seller, buyer, "عرض خاص").conversation
    services.send_message(started_by_seller, buyer, "شكرا")
    assert services.response_time(seller) is None
    assert services.response_hours(seller) is None
    assert services.response_time(buyer) is not None  # the buyer answered the seller


@pytest.mark.parametrize(
    ("delay", "hours"),
    [(timedelta(minutes=20), 0), (timedelta(minutes=61), 2), (timedelta(hours=24), 24)],
)
def test_hours_are_rounded_up(seller, delay, hours):
    conversation_answered_after(seller, delay)
    assert services.response_hours(seller) == hours


def test_the_profile_and_the_service_page_show_it(client, seller, service):
    conversation_answered_after(seller, timedelta(hours=4))
    profile = client.get(seller.get_absolute_url()).content.decode()
    assert "يرد عادةً خلال 4 ساعات" in profile
    english = client.get("/en" + service.get_absolute_url()).content.decode()
    assert "Usually replies within 4 hours" in english


def test_the_cached_figure_is_forgotten_at_a_first_reply(
    buyer, seller, conversation, django_capture_on_commit_callbacks
):
    assert services.response_hours(seller) is None  # cached: never answered
    with django_capture_on_commit_callbacks(execute=True):
        services.send_message(conversation, seller, "أهلًا بك")
    assert services.response_hours(seller) == 0
