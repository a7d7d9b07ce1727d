import pytest
from celery.exceptions import Retry
from django.core import mail

from marketplace.notifications.models import Notification
from marketplace.notifications.services import notify
from marketplace.notifications.tasks import resend_unsent_emails, send_notification_email
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_one_row_and_one_email_even_when_the_task_runs_twice(
    user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(user, "account.welcome")
    assert Notification.objects.filter(user=user).count() == 1
    assert len(mail.outbox) == 1

    # A retried or duplicated task finds the e-mail already sent.
    assert send_notification_email.apply(args=[notification.pk]).get() == "already handled"
    send_notification_email(notification.pk)
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.email_status == "sent" and notification.email_sent_at


def test_email_has_text_and_html_parts_in_the_recipients_language(
    django_capture_on_commit_callbacks,
):
    arabic_reader = UserFactory(language="ar")
    english_reader = UserFactory(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        notify(arabic_reader, "account.welcome")
        notify(english_reader, "account.welcome")
    arabic, english = mail.outbox
    assert arabic.subject.startswith("مرحبًا") or "مايكروليبي" in arabic.subject
    assert "Welcome to MicroLibya" in english.subject
    html, mimetype = arabic.alternatives[0]
    assert mimetype == "text/html" and 'dir="rtl"' in html
    assert 'dir="ltr"' in english.alternatives[0][0]
    assert "/accounts/profile/" in english.body


def test_dedupe_key_makes_notify_idempotent(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = notify(user, "account.welcome", dedupe_key="welcome:x")
        second = notify(user, "account.welcome", dedupe_key="welcome:x")
    assert first.pk == second.pk
    assert len(mail.outbox) == 1


def test_unknown_event_is_refused(user):
    with pytest.raises(LookupError):
        notify(user, "no.such.event")
    assert not Notification.objects.exists()


def test_failed_send_is_released_for_a_retry(user, monkeypatch):
    notification = notify(user, "account.welcome")

    def broken_send(self, *args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
    with pytest.raises(Retry):
        send_notification_email.apply(args=[notification.pk], throw=True).get()
    notification.refresh_from_db()
    assert notification.email_status == "pending"
    monkeypatch.undo()
    send_notification_email(notification.pk)
    assert len(mail.outbox) == 1


def test_gives_up_after_the_last_attempt_and_the_sweeper_leaves_it(user, monkeypatch):
    from marketplace.notifications.tasks import MAX_ATTEMPTS

    notification = notify(user, "account.welcome")
    Notification.objects.filter(pk=notification.pk).update(email_attempts=MAX_ATTEMPTS - 1)

    def broken_send(self, *args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
    assert send_notification_email(notification.pk) == "failed"
    notification.refresh_from_db()
    assert notification.email_status == "failed"
    Notification.objects.filter(pk=notification.pk).update(
        created_at=notification.created_at.replace(year=2020)
    )
    assert resend_unsent_emails() == 0


def test_a_broken_mail_server_does_not_break_the_page_that_notifies(
    client, user, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_send(self, *args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken_send)
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(user, "account.welcome")
    notification.refresh_from_db()
    assert notification.email_status == "pending"  # the sweeper will try again


def test_email_link_follows_the_recipients_language(django_capture_on_commit_callbacks):
    reader = UserFactory(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        notify(reader, "account.welcome", url="/notifications/")
    assert "http://127.0.0.1:8000/en/notifications/" in mail.outbox[0].alternatives[0][0]


def test_sweeper_resends_lost_emails(user):
    notification = notify(user, "account.welcome")  # its on_commit task never ran
    Notification.objects.filter(pk=notification.pk).update(
        created_at=notification.created_at.replace(year=2020)
    )
    assert resend_unsent_emails() == 1
    assert len(mail.outbox) == 1
    assert resend_unsent_emails() == 0


def test_header_bell_shows_the_unread_count(client, user):
    notify(user, "account.welcome")
    notify(user, "account.welcome")
    client.force_login(user)
    html = client.get("/").content.decode()
    assert "data-unread-count>2<" in html


def test_list_mark_one_and_mark_all_read(client, user):
    first = notify(user, "account.welcome")
    notify(user, "account.welcome")
    client.force_login(user)
    page = client.get("/notifications/")
    assert page.status_code == 200
    assert page.content.decode().count("is-unread") == 2

    client.post(f"/notifications/{first.pk}/open/")
    first.refresh_from_db()
    assert first.is_read
    client.post("/notifications/read-all/")
    assert not Notification.objects.filter(user=user, read_at__isnull=True).exists()


def test_nobody_reads_or_marks_another_users_notifications(client, user, other_user):
    theirs = notify(other_user, "account.welcome")
    client.force_login(user)
    assert client.post(f"/notifications/{theirs.pk}/open/").status_code == 404
    assert "data-notification" not in client.get("/notifications/").content.decode()
    client.post("/notifications/read-all/")
    theirs.refresh_from_db()
    assert not theirs.is_read


def test_notifications_need_log_in(client):
    assert client.get("/notifications/").status_code == 302


def test_notify_links_only_to_paths_on_this_site(user):
    for bad in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        with pytest.raises(ValueError):
            notify(user, "account.welcome", url=bad)
    assert not Notification.objects.exists()


def test_open_follows_only_local_links(client, user):
    local = notify(user, "account.welcome", url="/accounts/profile/")
    outside = notify(user, "account.welcome")
    Notification.objects.filter(pk=outside.pk).update(url="https://evil.example/")
    client.force_login(user)
    assert client.post(f"/notifications/{local.pk}/open/")["Location"] == "/accounts/profile/"
    assert client.post(f"/notifications/{outside.pk}/open/")["Location"] == "/notifications/"
