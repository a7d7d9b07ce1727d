"""Edges: notifications found whatever the language, no orphan files after a failure or a
deletion, contact details in file names, blocks in the digest, resolved reports stay resolved,
closed accounts receive nothing."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from marketplace.messaging import services
from marketplace.messaging.digest import digest_cutoff, send_digest
from marketplace.messaging.models import Attachment, Message
from marketplace.notifications.models import Notification
from tests.messaging.conftest import pdf_upload


def test_the_bell_clears_whatever_language_the_sender_used(client, buyer, seller, service):
    with translation.override("en"):
        question = services.start_conversation(buyer, seller, "Hello", subject=service)
    notification = Notification.objects.get(user=seller, event="message.received")
    assert notification.url == f"/messages/{question.conversation_id}/"
    client.force_login(seller)
    client.get(f"/messages/{question.conversation_id}/")
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_the_bell_leads_to_the_conversation_in_the_readers_language(client, seller, question):
    notification = Notification.objects.get(user=seller, event="message.received")
    client.force_login(seller)
    opened = client.post(f"/en/notifications/{notification.pk}/open/")
    assert opened["Location"] == f"/en/messages/{question.conversation_id}/"


def test_no_file_is_left_behind_when_sending_fails(monkeypatch, settings, buyer, conversation):
    def broken(*args, **kwargs):
        raise RuntimeError("notification store down")

    monkeypatch.setattr(services, "notify", broken)
    Message.objects.update(read_at=timezone.now())  # so that the next one notifies
    with pytest.raises(RuntimeError):
        services.send_message(conversation, buyer, "ملف", files=[pdf_upload("second.pdf")])
    stored = list((settings.PRIVATE_MEDIA_ROOT / "messages").rglob("*.pdf"))
    assert len(stored) == 1  # only the question's own attachment
    assert Attachment.objects.count() == 1


def test_deleting_a_message_deletes_its_files(
    settings, question, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question.delete()
    assert not list((settings.PRIVATE_MEDIA_ROOT / "messages").rglob("*.pdf"))


@pytest.mark.parametrize("name", ["كلمني 0912345678.pdf", "call_me_0912345678.pdf"])
def test_contact_details_in_a_file_name_are_warned_about(buyer, conversation, name):
    with pytest.raises(services.ContactDetailsWarning):
        services.send_message(conversation, buyer, "", files=[pdf_upload(name)])


def test_file_names_lose_direction_overrides_and_control_characters(buyer, conversation):
    message = services.send_message(
        conversation, buyer, "", files=[pdf_upload("photo\u202egpj\n.pdf")]
    )
    assert message.attachments.get().name == "photogpj.pdf"


def test_the_digest_leaves_out_blocked_senders(buyer, seller, conversation):
    services.block_user(seller, buyer)
    Message.objects.update(created_at=timezone.now() - timedelta(hours=1))
    assert send_digest(seller.pk, digest_cutoff()) == 0


def test_a_resolved_report_stays_resolved(seller, moderator, question):
    report = services.report_message(question, seller, "spam", "أول مرة")
    services.resolve_report(report, moderator, "تم التنبيه")
    again = services.report_message(question, seller, "abuse", "مرة ثانية")
    assert (again.pk, again.status, again.note) == (report.pk, "resolved", "أول مرة")


def test_nobody_writes_to_a_closed_account(buyer, seller, conversation):
    seller.is_active = False
    seller.save()
    with pytest.raises(ValidationError) as error:
        services.send_message(conversation, buyer, "هل أنت هنا؟")
    assert error.value.code == "inactive"
