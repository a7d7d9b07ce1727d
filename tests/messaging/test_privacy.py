"""Nobody but the two parties, and staff allowed to look, reads a thread or downloads its
attachments: through the pages and through the API. Outsiders get a 404, not a 403, so they
do not even learn that the thread exists."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.messaging import services
from tests.factories import UserFactory
from tests.messaging.conftest import PDF_BYTES


def page_urls(conversation, attachment):
    return [
        reverse("messaging:thread", args=[conversation.pk]),
        reverse("messaging:poll", args=[conversation.pk]),
        reverse("messaging:attachment", args=[attachment.pk]),
    ]


def api_urls(conversation, attachment):
    return [
        reverse("api:conversation_messages", args=[conversation.pk]),
        reverse("api:attachment", args=[attachment.pk]),
    ]


@pytest.fixture
def attachment(question):
    return question.attachments.get()


def test_the_two_parties_read_the_thread_and_download_the_file(
    client, buyer, seller, conversation, attachment
):
    for person in (buyer, seller):
        client.force_login(person)
        page = client.get(reverse("messaging:thread", args=[conversation.pk]))
        assert page.status_code == 200
        assert "هل يمكنك تصميم شعار لمتجري؟" in page.content.decode()
        download = client.get(reverse("messaging:attachment", args=[attachment.pk]))
        assert download.status_code == 200
        assert b"".join(download.streaming_content) == PDF_BYTES
        assert download["Content-Disposition"].startswith("attachment;")
        assert download["Content-Security-Policy"] == "sandbox"


def test_a_stranger_gets_404_everywhere_on_the_pages(client, stranger, conversation, attachment):
    client.force_login(stranger)
    for url in page_urls(conversation, attachment):
        assert client.get(url).status_code == 404, url
    for name in ("block", "unblock"):
        assert client.post(reverse(f"messaging:{name}", args=[conversation.pk])).status_code == 404
    sent = client.post(reverse("messaging:thread", args=[conversation.pk]), {"body": "مرحبا"})
    assert sent.status_code == 404
    assert conversation.messages.count() == 1


def test_a_stranger_cannot_report_someone_elses_message(client, stranger, question):
    client.force_login(stranger)
    response = client.post(reverse("messaging:report", args=[question.pk]), {"reason": "spam"})
    assert response.status_code == 404
    assert not question.reports.exists()


def test_the_sender_cannot_report_their_own_message(client, buyer, question):
    client.force_login(buyer)
    assert client.get(reverse("messaging:report", args=[question.pk])).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, conversation, attachment):
    for url in page_urls(conversation, attachment) + [reverse("messaging:inbox")]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_a_stranger_gets_404_through_the_api(stranger, conversation, attachment):
    api = APIClient()
    api.force_authenticate(stranger)
    for url in api_urls(conversation, attachment):
        assert api.get(url).status_code == 404, url
    posted = api.post(
        reverse("api:conversation_messages", args=[conversation.pk]), {"body": "hello"}
    )
    assert posted.status_code == 404
    read = api.post(reverse("api:conversation_read", args=[conversation.pk]))
    assert read.status_code == 404
    listed = api.get(reverse("api:conversation_list"))
    assert listed.json()["count"] == 0
    assert conversation.messages.count() == 1


def test_the_api_needs_a_login(conversation, attachment):
    api = APIClient()
    for url in api_urls(conversation, attachment) + [reverse("api:conversation_list")]:
        assert api.get(url).status_code == 403, url


def test_the_parties_use_the_api(buyer, seller, conversation, attachment):
    api = APIClient()
    api.force_authenticate(seller)
    thread = api.get(reverse("api:conversation_messages", args=[conversation.pk])).json()
    assert [message["body"] for message in thread] == ["هل يمكنك تصميم شعار لمتجري؟"]
    assert thread[0]["attachments"][0]["name"] == "brief.pdf"
    download = api.get(thread[0]["attachments"][0]["url"])
    assert b"".join(download.streaming_content) == PDF_BYTES


def test_staff_read_only_reported_threads_and_do_not_mark_read(
    client, seller, moderator, conversation, attachment, question
):
    client.force_login(moderator)
    for url in page_urls(conversation, attachment)[::2]:  # the thread and the file
        assert client.get(url).status_code == 404, url  # private talk stays private

    services.report_message(question, seller, "spam")
    page = client.get(reverse("messaging:thread", args=[conversation.pk]))
    assert page.status_code == 200
    assert 'class="staff-note"' in page.content.decode()
    assert 'name="body"' not in page.content.decode()  # no composer for staff
    assert client.get(reverse("messaging:attachment", args=[attachment.pk])).status_code == 200
    question.refresh_from_db()
    assert question.read_at is None
    # Staff read; they do not write into other people's conversations.
    sent = client.post(reverse("messaging:thread", args=[conversation.pk]), {"body": "مرحبا"})
    assert sent.status_code == 404


def test_staff_without_the_permission_are_strangers(client, conversation, attachment):
    client.force_login(UserFactory(is_staff=True))
    for url in page_urls(conversation, attachment):
        assert client.get(url).status_code == 404, url


def test_private_files_have_no_public_url(attachment, settings):
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018  (the property raises)
    assert str(settings.MEDIA_ROOT) not in attachment.file.path
    assert attachment.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
