"""Staff grant or withdraw the verified-identity badge in the admin."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry

from marketplace.accounts.apps import grant_moderators_identity_permissions
from marketplace.accounts.badges import VERIFIED_IDENTITY, badges_for
from marketplace.accounts.models import Profile
from marketplace.accounts.staff import MODERATORS_GROUP
from tests.factories import UserFactory

LIST_URL = "/admin/snippets/accounts/profile/"


def verify_url(user):
    return f"/admin/identity/{user.profile.pk}/verify/"


def unverify_url(user):
    return f"/admin/identity/{user.profile.pk}/unverify/"


@pytest.fixture
def seller(db):
    user = UserFactory(username="salem", email="salem@example.ly")
    user.profile.display_name = "سالم المصراتي"
    user.profile.save()
    return user


@pytest.fixture
def moderator(db):
    user = UserFactory(username="moderator", is_staff=True)
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    grant_moderators_identity_permissions(apps.get_app_config("accounts"))
    user.groups.add(group)
    return user


def verified(user):
    profile = Profile.objects.get(user=user)
    return profile.identity_verified, profile.identity_verified_at


def test_people_without_the_permission_cannot_verify(client, seller):
    response = client.post(verify_url(seller))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert "/admin/login/" in client.get(LIST_URL)["Location"]
    editor = UserFactory(username="editor", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for person in (seller, editor):
        client.force_login(person)
        for response in (client.get(LIST_URL), client.post(verify_url(seller))):
            assert response.status_code == 403 or (
                response.status_code == 302 and "/admin/" in response["Location"]
            )
    assert LIST_URL not in client.get("/admin/").content.decode()  # no menu item
    assert verified(seller) == (False, None)


def test_moderators_find_users_by_name_username_or_email(client, seller, moderator):
    UserFactory(username="other")
    client.force_login(moderator)
    assert LIST_URL in client.get("/admin/").content.decode()  # the menu item
    for query in ("المصراتي", "sale", "salem@example"):
        html = client.get(LIST_URL, {"q": query}).content.decode()
        assert "salem" in html and verify_url(seller) in html
        assert "other@example.ly" not in html


def test_the_button_grants_and_withdraws_the_badge(client, seller, moderator):
    client.force_login(moderator)
    assert client.get(verify_url(seller)).status_code == 405  # POST only
    response = client.post(verify_url(seller), {"next": f"{LIST_URL}?q=salem"})
    assert response.status_code == 302 and response["Location"] == f"{LIST_URL}?q=salem"
    is_verified, verified_at = verified(seller)
    assert is_verified and verified_at is not None
    assert VERIFIED_IDENTITY in badges_for(Profile.objects.get(user=seller))
    log = ModelLogEntry.objects.get(action="accounts.verify_identity")
    assert (log.user_id, log.object_id) == (moderator.pk, str(seller.profile.pk))
    html = client.get(LIST_URL, {"q": "salem"}).content.decode()
    assert unverify_url(seller) in html and verify_url(seller) not in html

    client.post(verify_url(seller))  # a double click changes nothing
    assert verified(seller) == (True, verified_at)
    assert ModelLogEntry.objects.filter(action="accounts.verify_identity").count() == 1

    response = client.post(unverify_url(seller), {"next": "https://evil.example/"})
    assert response["Location"] == LIST_URL
    assert verified(seller) == (False, None)
    assert VERIFIED_IDENTITY not in badges_for(Profile.objects.get(user=seller))
    assert ModelLogEntry.objects.filter(action="accounts.unverify_identity").exists()
