"""A block stops messages both ways, for a new conversation and in an existing one, through
the pages and the API; unblocking opens the way again."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.messaging import services


def test_blocking_stops_messages_both_ways(buyer, seller, conversation):
    services.block_user(seller, buyer)
    for sender in (buyer, seller):
        with pytest.raises(ValidationError) as error:
            services.send_message(conversation, sender, "مرحبا")
        assert error.value.code == "blocked"
    with pytest.raises(ValidationError):
        services.start_conversation(buyer, seller, "محادثة جديدة")
    with pytest.raises(ValidationError):
        services.start_conversation(seller, buyer, "محادثة جديدة")
    assert conversation.messages.count() == 1


def test_unblocking_opens_the_way_again(buyer, seller, conversation):
    services.block_user(seller, buyer)
    services.unblock_user(seller, buyer)
    services.send_message(conversation, buyer, "هل ما زلت متاحًا؟")
    assert conversation.messages.count() == 2


def test_only_the_blocker_can_unblock(buyer, seller, conversation):
    services.block_user(seller, buyer)
    services.unblock_user(buyer, seller)  # the blocked one cannot lift it
    assert services.blocked_between(buyer, seller)


def test_block_and_unblock_from_the_thread_page(client, buyer, seller, conversation):
    client.force_login(seller)
    thread = reverse("messaging:thread", args=[conversation.pk])
    client.post(reverse("messaging:block", args=[conversation.pk]))
    assert services.blocked_between(buyer, seller)
    page = client.get(thread).content.decode()
    assert 'name="body"' not in page
    assert reverse("messaging:unblock", args=[conversation.pk]) in page

    client.force_login(buyer)
    refused = client.post(thread, {"body": "لماذا؟"})
    assert refused.status_code == 400
    assert 'name="body"' not in client.get(thread).content.decode()
    assert conversation.messages.count() == 1

    client.force_login(seller)
    client.post(reverse("messaging:unblock", args=[conversation.pk]))
    assert not services.blocked_between(buyer, seller)


def test_the_api_refuses_a_blocked_message(buyer, seller, conversation):
    services.block_user(buyer, seller)
    api = APIClient()
    api.force_authenticate(seller)
    response = api.post(
        reverse("api:conversation_messages", args=[conversation.pk]), {"body": "مرحبا"}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "blocked"
    started = api.post(
        reverse("api:conversation_list"), {"recipient": buyer.username, "body": "مرحبا"}
    )
    assert started.status_code == 400
    assert conversation.messages.count() == 1


def test_a_user_cannot_block_themselves(buyer):
    with pytest.raises(ValidationError):
        services.block_user(buyer, buyer)
