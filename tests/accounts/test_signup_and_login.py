import re

import pytest
from django.core import mail

from marketplace.accounts.models import User
from marketplace.notifications.models import Notification
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/\S+)")


def _link_in_last_email(fragment: str) -> str:
    body = mail.outbox[-1].body
    return next(path for path in LINK.findall(body) if fragment in path)


def test_sign_up_verify_email_then_log_in_by_email(client, django_capture_on_commit_callbacks):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "huda@example.ly",
            "username": "huda",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="huda@example.ly")
    assert user.language == "ar"  # signed up on the Arabic site
    assert hasattr(user, "profile")

    assert len(mail.outbox) == 1
    confirm_path = _link_in_last_email("/accounts/confirm-email/")
    # Not logged in before verification: the account area redirects to log in.
    assert client.get("/accounts/profile/").status_code == 302

    assert client.get(confirm_path).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(confirm_path).status_code == 302
    assert user.emailaddress_set.get().verified

    welcome = Notification.objects.get(user=user, event="account.welcome")
    assert welcome.email_status == "sent"
    assert mail.outbox[-1].to == ["huda@example.ly"]
    assert "مايكروليبي" in mail.outbox[-1].subject

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "huda@example.ly", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/accounts/profile/").status_code == 200


def test_unverified_account_cannot_log_in(client):
    client.post(
        "/accounts/signup/",
        {
            "email": "omar@example.ly",
            "username": "omar",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "omar@example.ly", "password": PASSWORD})
    assert response.status_code == 302
    assert "/accounts/confirm-email/" in response["Location"]
    assert client.get("/accounts/profile/").status_code == 302


def test_sign_up_errors_are_in_arabic_and_create_nothing(client, user):
    response = client.post(
        "/accounts/signup/",
        {"email": "new@example.ly", "username": "newname", "password1": "x", "password2": "y"},
    )
    assert response.status_code == 200
    assert User.objects.count() == 1
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "كلمة المرور هذه قصيرة جدًا" in html
    assert "too short" not in html


def test_signing_up_with_a_taken_address_reveals_nothing_and_creates_nothing(client, user):
    """allauth answers as for a new address (no account enumeration) and creates no user."""
    response = client.post(
        "/accounts/signup/",
        {"email": user.email, "username": "other", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert User.objects.count() == 1


def test_password_reset(client, user):
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    reset_path = _link_in_last_email("/accounts/password/reset/key/")
    response = client.get(reset_path)
    assert response.status_code == 302  # allauth hides the key behind a redirect
    form_path = response["Location"]
    new_password = "Another-good-pass-77"
    response = client.post(form_path, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_failed_logins_are_rate_limited(client, user):
    for _ in range(5):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong-password"})
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    # Even the right password is refused while the limit holds.
    assert "تجاوزت الحد المسموح لمحاولة تسجيل الدخول" in response.content.decode()
    assert client.get("/accounts/profile/").status_code == 302


def test_email_change_adds_an_unverified_address(client, user):
    client.force_login(user)
    response = client.post(
        "/accounts/email/", {"action_add": "", "email": "new-address@example.ly"}
    )
    assert response.status_code == 302
    assert user.emailaddress_set.filter(email="new-address@example.ly", verified=False).exists()
    assert "/accounts/confirm-email/" in mail.outbox[-1].body


def test_two_factor_totp_can_be_switched_on_and_is_asked_at_log_in(client, user):
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    def current_code(secret):
        return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))

    client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    # Changing security settings asks for the password again.
    assert client.get("/accounts/2fa/totp/activate/").status_code == 302
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 200
    secret = response.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302
    assert user.authenticator_set.filter(type="totp").exists()

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"].endswith("/accounts/2fa/authenticate/")
    assert client.get("/accounts/profile/").status_code == 302  # not in before the code
    client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert client.get("/accounts/profile/").status_code == 200


def test_log_in_and_out_on_the_english_site_stay_english(client, user):
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/en/"
    response = client.post("/en/accounts/logout/")
    assert response["Location"] == "/en/"
