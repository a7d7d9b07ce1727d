"""The conversations API: list with unread counts, start about a service, read a thread with
after/before, send with the same checks as the pages, mark read; errors in the caller's
language."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.messaging import services
from marketplace.messaging.models import Conversation, MessageReport
from tests.messaging.conftest import pdf_upload


@pytest.fixture
def api():
    return APIClient()


def test_list_shows_the_other_party_the_subject_and_unread(api, seller, service, conversation):
    api.force_authenticate(seller)
    data = api.get(reverse("api:conversation_list")).json()
    assert data["count"] == 1
    (item,) = data["results"]
    assert item["other"]["username"] == "buyer"
    assert item["subject"]["key"] == f"catalog.service:{service.pk}"
    assert item["subject"]["title"] == service.title
    assert item["unread"] == 1
    assert item["last_message"]["body"] == "هل يمكنك تصميم شعار لمتجري؟"
    assert api.get(reverse("api:conversation_list"), {"show": "unread"}).json()["count"] == 1


def test_start_about_a_service_with_a_file(api, buyer, seller, service):
    api.force_authenticate(buyer)
    response = api.post(
        reverse("api:conversation_list"),
        {
            "recipient": seller.username,
            "about": f"catalog.service:{service.pk}",
            "body": "هل السعر نهائي؟",
            "files": [pdf_upload()],
        },
        format="multipart",
    )
    assert response.status_code == 201, response.json()
    conversation = Conversation.objects.get(pk=response.json()["conversation"])
    assert conversation.subject == service
    assert response.json()["attachments"][0]["name"] == "brief.pdf"


def test_a_bad_file_is_refused_in_the_callers_language(api, seller, conversation):
    api.force_authenticate(seller)
    url = reverse("api:conversation_messages", args=[conversation.pk])
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("virus.pdf", b"MZ\x90\x00not a pdf")
    arabic = api.post(url, {"body": "الملف", "files": [upload]}, format="multipart")
    assert arabic.status_code == 400
    assert arabic.json()["code"] == "file_content"
    assert "PDF" in arabic.json()["detail"] and "ليس" in arabic.json()["detail"]
    upload.seek(0)
    english = api.post(
        url, {"body": "file", "files": [upload]}, format="multipart", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "is not really a PDF file" in english.json()["detail"]
    assert conversation.messages.count() == 1


def test_contact_details_need_confirmation(api, buyer, conversation):
    api.force_authenticate(buyer)
    url = reverse("api:conversation_messages", args=[conversation.pk])
    warned = api.post(url, {"body": "راسلني على ahmed@gmail.com"}, format="json")
    assert warned.status_code == 400
    assert warned.json()["code"] == "contact_details"
    assert warned.json()["contact_kinds"] == ["email"]
    assert conversation.messages.count() == 1
    sent = api.post(
        url,
        {"body": "راسلني على ahmed@gmail.com", "confirm_contact_sharing": True},
        format="json",
    )
    assert sent.status_code == 201
    assert sent.json()["contact_details_shared"] == ["email"]
    assert MessageReport.objects.filter(reason="contact").count() == 1


def test_thread_paging_and_mark_read(api, buyer, seller, conversation, question):
    later = [services.send_message(conversation, buyer, f"رسالة {n}") for n in range(3)]
    api.force_authenticate(seller)
    url = reverse("api:conversation_messages", args=[conversation.pk])
    newer = api.get(url, {"after": later[0].pk}).json()
    assert [message["id"] for message in newer] == [later[1].pk, later[2].pk]
    older = api.get(url, {"before": later[0].pk}).json()
    assert [message["id"] for message in older] == [question.pk]
    assert api.get(url, {"after": "x"}).status_code == 400
    assert services.unread_message_count(seller) == 0  # reading marked them read

    services.send_message(conversation, buyer, "وأخرى")
    marked = api.post(reverse("api:conversation_read", args=[conversation.pk]))
    assert marked.json() == {"marked": 1}


def test_starting_with_an_unknown_user_or_subject(api, buyer, seller):
    api.force_authenticate(buyer)
    url = reverse("api:conversation_list")
    assert api.post(url, {"recipient": "nobody", "body": "مرحبا"}).status_code == 404
    bad_subject = api.post(
        url, {"recipient": seller.username, "about": "catalog.service:999", "body": "مرحبا"}
    )
    assert bad_subject.status_code == 400
    assert bad_subject.json()["code"] == "subject_invalid"
    assert not Conversation.objects.exists()


def test_the_schema_documents_the_conversations_api(client, db):
    schema = client.get(reverse("api:schema")).content.decode()
    for path in (
        "/api/v1/conversations/",
        "/api/v1/conversations/{id}/messages/",
        "/api/v1/conversations/{id}/read/",
        "/api/v1/attachments/{id}/",
    ):
        assert path in schema
