"""The inbox and a thread cost the same number of queries for 3 or 12 conversations or
messages: nothing is fetched per row."""

import pytest
from django.urls import reverse

from marketplace.messaging import services
from tests.factories import ServiceFactory, UserFactory
from tests.messaging.conftest import pdf_upload


def fill(seller, count):
    for _ in range(count):
        buyer = UserFactory()
        service = ServiceFactory(seller=seller)
        message = services.start_conversation(
            buyer, seller, "سؤال", subject=service, files=[pdf_upload()]
        )
        services.send_message(message.conversation, seller, "جواب", files=[pdf_upload()])
    return message.conversation


@pytest.mark.parametrize("count", [3, 12])
def test_inbox_and_thread_queries_do_not_grow(client, seller, count, django_assert_max_num_queries):
    conversation = fill(seller, count)
    for _ in range(count):
        services.send_message(conversation, seller, "رسالة أخرى")
    client.force_login(seller)
    with django_assert_max_num_queries(16):
        assert client.get(reverse("messaging:inbox")).status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(conversation.get_absolute_url()).status_code == 200
