"""Per kind of notification, in the site and/or by e-mail; mandatory kinds cannot be switched
off; optional e-mails carry an unsubscribe link that works without logging in."""

import pytest
from django.core import mail
from django.urls import reverse

import marketplace.catalog.events  # noqa: F401  (registers the service.* kinds)
from marketplace.notifications.models import Notification
from marketplace.notifications.preferences import (
    channels_for,
    set_channels,
    unsubscribe_token,
)
from marketplace.notifications.services import notify, unread_count

pytestmark = pytest.mark.django_db


def test_defaults_are_site_and_email(user):
    channels = channels_for(user, "service.approved")
    assert (channels.in_site, channels.email) == (True, True)


def test_email_only_keeps_the_email_but_not_the_bell(user, django_capture_on_commit_callbacks):
    set_channels(user, "service.approved", in_site=False, email=True)
    with django_capture_on_commit_callbacks(execute=True):
        notify(user, "service.approved", title="شعار")
    assert len(mail.outbox) == 1
    assert unread_count(user) == 0
    assert Notification.objects.get().in_site is False


def test_site_only_sends_no_email(user, django_capture_on_commit_callbacks):
    set_channels(user, "service.approved", in_site=True, email=False)
    with django_capture_on_commit_callbacks(execute=True):
        notify(user, "service.approved", title="شعار")
    assert mail.outbox == []
    assert unread_count(user) == 1


def test_neither_creates_nothing(user):
    set_channels(user, "service.approved", in_site=False, email=False)
    assert notify(user, "service.approved", title="شعار") is None
    assert not Notification.objects.exists()


def test_mandatory_kinds_cannot_be_switched_off(user, django_capture_on_commit_callbacks):
    with pytest.raises(ValueError):
        set_channels(user, "service.rejected", in_site=False, email=False)
    with django_capture_on_commit_callbacks(execute=True):
        notify(user, "service.rejected", title="شعار", reason="الصور غير واضحة")
    assert len(mail.outbox) == 1
    assert "/notifications/unsubscribe/" not in mail.outbox[0].body
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers


def test_the_settings_page_saves_choices(client, user):
    client.force_login(user)
    page = client.get(reverse("notifications:settings"))
    assert page.status_code == 200
    assert 'name="service.rejected:email"' in page.content.decode()
    response = client.post(
        reverse("notifications:settings"),
        {"service.approved:in_site": "on", "message.received:in_site": "on"},
    )
    assert response.status_code == 302
    assert channels_for(user, "service.approved").email is False
    assert channels_for(user, "message.received").email is False
    assert channels_for(user, "service.restored").in_site is False
    assert channels_for(user, "service.rejected").email is True  # mandatory, untouched


def test_optional_emails_carry_a_working_unsubscribe_link(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify(user, "service.approved", title="شعار")
    email = mail.outbox[0]
    link = next(word for word in email.body.split() if "/notifications/unsubscribe/" in word)
    path = link.split("127.0.0.1:8000", 1)[1]
    assert email.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert 'href="' + link in email.alternatives[0][0]

    confirm = client.get(path)  # no login needed; nothing changes on a GET
    assert confirm.status_code == 200
    assert channels_for(user, "service.approved").email is True
    # Mail clients post "one-click" without a CSRF token (RFC 8058).
    client.post(path, {"List-Unsubscribe": "One-Click"})
    assert channels_for(user, "service.approved").email is False
    assert channels_for(user, "service.approved").in_site is True


def test_a_forged_or_mandatory_token_does_nothing(client, user):
    forged = unsubscribe_token(user, "service.approved")[:-2] + "xx"
    mandatory = unsubscribe_token(user, "service.rejected")
    for token in (forged, mandatory, "garbage"):
        response = client.post(reverse("notifications:unsubscribe", args=[token]))
        assert response.status_code == 404
    assert channels_for(user, "service.approved").email is True
