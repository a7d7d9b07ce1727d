"""Sending: a thread per pair and subject, attachments checked by their bytes, the
contact-details warning, the hourly limit for new conversations, unread counts, read receipts
and the notification per unread streak."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from marketplace.messaging import services
from marketplace.messaging.models import Conversation, Message, MessageReport
from marketplace.notifications.models import Notification
from marketplace.rules.models import MarketplaceSettings
from tests.factories import ServiceFactory, UserFactory
from tests.images import image_upload
from tests.messaging.conftest import pdf_upload


def test_a_second_question_about_the_same_service_joins_the_thread(
    buyer, seller, service, conversation
):
    again = services.start_conversation(buyer, seller, "سؤال آخر", subject=service)
    reply = services.start_conversation(seller, buyer, "أهلا بك", subject=service)
    assert again.conversation == reply.conversation == conversation
    other_service = ServiceFactory(seller=seller)
    separate = services.start_conversation(buyer, seller, "وهذه الخدمة؟", subject=other_service)
    assert separate.conversation != conversation
    assert Conversation.objects.count() == 2


def test_nobody_writes_to_themselves(buyer):
    with pytest.raises(ValidationError):
        services.start_conversation(buyer, buyer, "مرحبا")


def test_an_empty_message_is_refused(buyer, seller, conversation):
    with pytest.raises(ValidationError) as error:
        services.send_message(conversation, seller, "   ")
    assert error.value.code == "empty"


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (SimpleUploadedFile("tool.exe", b"MZ\x90\x00" * 10), "file_type"),
        (SimpleUploadedFile("fake.pdf", b"<html><script>alert(1)</script></html>"), "file_content"),
        (SimpleUploadedFile("photo.png", b"%PDF-1.4 not an image"), "file_content"),
        (SimpleUploadedFile("empty.txt", b""), "file_empty"),
        (SimpleUploadedFile("notes.txt", b"\x00\x01binary"), "file_content"),
    ],
)
def test_bad_attachments_are_refused_and_nothing_is_sent(buyer, seller, conversation, upload, code):
    with pytest.raises(ValidationError) as error:
        services.send_message(conversation, seller, "الملف", files=[upload])
    assert error.value.code == code
    assert conversation.messages.count() == 1


def test_an_attachment_over_the_size_limit_is_refused(settings, buyer, seller, conversation):
    settings.MESSAGE_ATTACHMENT_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        services.send_message(conversation, seller, "", files=[pdf_upload(content=b"%PDF" * 50)])
    assert error.value.code == "file_size"


def test_good_attachments_are_kept_with_their_names(buyer, seller, conversation):
    message = services.send_message(
        conversation,
        seller,
        "",
        files=[
            image_upload("تصميم.png"),
            SimpleUploadedFile("ملاحظات.txt", "نص عربي".encode()),
        ],
    )
    names = sorted(message.attachments.values_list("name", "content_type"))
    assert names == [("تصميم.png", "image/png"), ("ملاحظات.txt", "text/plain")]


def test_too_many_files_are_refused(settings, buyer, seller, conversation):
    settings.MESSAGE_ATTACHMENTS_PER_MESSAGE = 2
    with pytest.raises(ValidationError) as error:
        services.send_message(conversation, seller, "", files=[pdf_upload() for _ in range(3)])
    assert error.value.code == "too_many_files"


def test_contact_details_need_a_confirmation_and_are_then_flagged(buyer, seller, conversation):
    with pytest.raises(services.ContactDetailsWarning) as warning:
        services.send_message(conversation, buyer, "كلمني على ٠٩١٢٣٤٥٦٧٨ أو a@b.com")
    assert warning.value.kinds == ["email", "phone"]
    assert conversation.messages.count() == 1
    assert not MessageReport.objects.exists()

    sent = services.send_message(conversation, buyer, "كلمني على ٠٩١٢٣٤٥٦٧٨", confirm_contact=True)
    assert sent.contact_kinds == ["phone"]
    report = MessageReport.objects.get()
    assert (report.message, report.reason, report.reporter) == (sent, "contact", None)


def test_the_page_warns_then_sends_anyway(client, buyer, conversation):
    client.force_login(buyer)
    thread = reverse("messaging:thread", args=[conversation.pk])
    warned = client.post(thread, {"body": "واتساب wa.me/218912345678"})
    assert warned.status_code == 400
    assert "data-contact-warning" in warned.content.decode()
    assert "wa.me/218912345678" in warned.content.decode()  # the text is kept for editing
    assert conversation.messages.count() == 1
    sent = client.post(thread, {"body": "واتساب wa.me/218912345678", "confirm_contact": "on"})
    assert sent.status_code == 302
    assert conversation.messages.latest("pk").contact_kinds == ["link"]


def test_new_conversations_per_hour_are_limited(buyer):
    rules = MarketplaceSettings.current()
    rules.new_conversations_per_hour = 2
    rules.save()
    sellers = UserFactory.create_batch(3)
    services.start_conversation(buyer, sellers[0], "سؤال")
    services.start_conversation(buyer, sellers[1], "سؤال")
    with pytest.raises(ValidationError) as error:
        services.start_conversation(buyer, sellers[2], "سؤال")
    assert error.value.code == "rate_limited"
    assert Conversation.objects.filter(starter=buyer).count() == 2
    # Replies in existing conversations are not limited.
    services.start_conversation(buyer, sellers[0], "متابعة")


def test_the_api_answers_429_over_the_limit(buyer):
    from rest_framework.test import APIClient

    rules = MarketplaceSettings.current()
    rules.new_conversations_per_hour = 1
    rules.save()
    first, second = UserFactory.create_batch(2)
    api = APIClient()
    api.force_authenticate(buyer)
    url = reverse("api:conversation_list")
    assert api.post(url, {"recipient": first.username, "body": "سؤال"}).status_code == 201
    refused = api.post(url, {"recipient": second.username, "body": "سؤال"})
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"


def test_unread_counts_read_receipts_and_one_notification_per_streak(
    client, buyer, seller, conversation
):
    services.send_message(conversation, buyer, "وهل التسليم سريع؟")
    assert services.unread_message_count(seller) == 2
    assert Notification.objects.filter(user=seller, event="message.received").count() == 1

    client.force_login(seller)
    inbox = client.get(reverse("messaging:inbox"))
    assert inbox.context["unread_messages"] == 2
    client.get(reverse("messaging:thread", args=[conversation.pk]))
    assert services.unread_message_count(seller) == 0
    assert not Message.objects.filter(recipient=seller, read_at__isnull=True).exists()
    assert not Notification.objects.filter(user=seller, read_at__isnull=True).exists()

    services.send_message(conversation, buyer, "شكرا")
    assert Notification.objects.filter(user=seller, event="message.received").count() == 2


def test_the_poll_brings_new_messages_and_read_receipts(client, buyer, seller, conversation):
    first = conversation.messages.get()
    client.force_login(buyer)
    poll = reverse("messaging:poll", args=[conversation.pk])
    sent = client.get(poll, {"after": first.pk}).content.decode()
    assert "message-" not in sent
    assert f'data-receipt="{first.pk}"' in sent and "data-seen" not in sent

    services.mark_read(conversation, seller)
    seen = client.get(poll, {"after": first.pk}).content.decode()
    assert f'data-seen="{first.pk}"' in seen

    reply = services.send_message(conversation, seller, "نعم، أستطيع")
    fresh = client.get(poll, {"after": first.pk}).content.decode()
    assert f'id="message-{reply.pk}"' in fresh
    assert f"after={reply.pk}" in fresh
    assert "data-receipt" not in fresh  # the last message is not the buyer's any more
    reply.refresh_from_db()
    assert reply.read_at is not None  # the buyer is looking at the thread


def test_a_question_about_a_service_that_is_not_public_is_refused(client, buyer, seller):
    hidden = ServiceFactory(seller=seller, publish=False)
    client.force_login(buyer)
    url = reverse("messaging:start", args=[seller.username])
    assert client.get(url, {"about": f"catalog.service:{hidden.pk}"}).status_code == 404
    assert client.get(url, {"about": "catalog.service:999999"}).status_code == 404
    assert client.get(url, {"about": "accounts.user:1"}).status_code == 404


def test_starting_from_the_service_page(client, buyer, seller, service):
    client.force_login(buyer)
    page = client.get(service.get_absolute_url()).content.decode()
    start = reverse("messaging:start", args=[seller.username])
    assert f"{start}?about=catalog.service:{service.pk}" in page
    response = client.post(
        f"{start}?about=catalog.service:{service.pk}",
        {"body": "هل تصمم شعارات ثلاثية الأبعاد؟", "files": [pdf_upload()]},
    )
    conversation = Conversation.objects.get()
    assert response.status_code == 302 and response["Location"] == conversation.get_absolute_url()
    assert conversation.subject == service
    assert conversation.messages.get().attachments.count() == 1
    # Coming back to the same service leads to the same thread.
    again = client.get(f"{start}?about=catalog.service:{service.pk}")
    assert again.status_code == 302 and again["Location"] == conversation.get_absolute_url()


def test_a_report_reaches_the_staff_queue(client, seller, question):
    client.force_login(seller)
    response = client.post(
        reverse("messaging:report", args=[question.pk]), {"reason": "spam", "note": "إعلان"}
    )
    assert response.status_code == 302
    report = MessageReport.objects.get()
    assert (report.reporter, report.reason, report.status) == (seller, "spam", "open")
    bad = client.post(reverse("messaging:report", args=[question.pk]), {"reason": "contact"})
    assert bad.status_code == 200 and MessageReport.objects.count() == 1
