"""Unread messages are e-mailed in one digest per person (plain text and HTML, in their
language, with an unsubscribe link), never one e-mail per message; nothing for messages read
in time, nothing twice, nothing for someone who switched these e-mails off."""

import time
from datetime import timedelta

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.utils import timezone

from config.celery import app as celery_app
from marketplace.messaging import services
from marketplace.messaging.models import Message
from marketplace.messaging.tasks import send_message_digests
from marketplace.notifications.preferences import set_channels
from tests.factories import UserFactory


def age_messages(minutes=30):
    Message.objects.update(created_at=timezone.now() - timedelta(minutes=minutes))


@pytest.fixture
def three_unread(buyer, seller, conversation):
    """The seller has three unread messages from the buyer and one from another buyer."""
    services.send_message(conversation, buyer, "وهل يشمل السعر الملفات المصدرية؟")
    services.send_message(conversation, buyer, "أحتاجه خلال يومين")
    other = UserFactory(username="second_buyer", language="en")
    services.start_conversation(other, seller, "Do you design in English too?")
    age_messages()


def test_one_email_for_many_messages(seller, three_unread):
    assert send_message_digests.delay().get() == 1
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [seller.email]
    assert "4" in email.subject  # "لديك 4 رسائل غير مقروءة"
    assert "أحتاجه خلال يومين" in email.body
    assert "Do you design in English too?" in email.body
    html = email.alternatives[0][0]
    assert 'dir="rtl"' in html and "second_buyer" in html
    assert "/notifications/unsubscribe/" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Already in a digest: the next run sends nothing.
    assert send_message_digests.delay().get() == 0
    assert len(mail.outbox) == 1


def test_no_email_when_the_messages_were_read_in_time(client, seller, conversation, three_unread):
    client.force_login(seller)
    for thread in {message.conversation for message in Message.objects.all()}:
        client.get(thread.get_absolute_url())
    send_message_digests.delay().get()
    assert mail.outbox == []


def test_fresh_messages_wait_for_the_next_run(seller, conversation, buyer):
    services.send_message(conversation, buyer, "رسالة الآن")
    send_message_digests.delay().get()
    assert mail.outbox == []


def test_no_email_for_someone_who_switched_it_off(seller, three_unread):
    set_channels(seller, "message.received", in_site=True, email=False)
    send_message_digests.delay().get()
    assert mail.outbox == []


def test_the_digest_is_in_the_recipients_language(buyer, seller, conversation):
    buyer.language = "en"
    buyer.save()
    services.send_message(conversation, seller, "نعم، أستطيع ذلك")
    age_messages()
    send_message_digests.delay().get()
    (email,) = [email for email in mail.outbox if email.to == [buyer.email]]
    assert email.subject.startswith("You have 1 unread message")
    assert 'dir="ltr"' in email.alternatives[0][0]


def test_a_failed_send_is_tried_again_later(monkeypatch, seller, three_unread):
    from django.core.mail import EmailMultiAlternatives

    def broken(self, fail_silently=False):
        raise OSError("mail server down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", broken)
    from marketplace.messaging.digest import digest_cutoff, send_digest

    with pytest.raises(OSError):
        send_digest(seller.pk, digest_cutoff())
    assert not Message.objects.filter(digested_at__isnull=False).exists()
    monkeypatch.undo()
    assert send_digest(seller.pk, digest_cutoff()) == 4


@pytest.mark.services
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_real_worker_sends_one_digest(require_services, seller, three_unread):
    celery_app.conf.task_always_eager = False
    with start_worker(celery_app, perform_ping_check=False, pool="solo"):
        send_message_digests.delay().get(timeout=20)
        for _ in range(100):
            if len(mail.outbox):
                break
            time.sleep(0.1)
        time.sleep(0.5)
    assert len(mail.outbox) == 1
    assert Message.objects.filter(digested_at__isnull=True, recipient=seller).count() == 0
