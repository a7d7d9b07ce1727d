import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from marketplace.accounts.models import Profile
from tests.factories import UserFactory
from tests.images import image_upload

pytestmark = pytest.mark.django_db

PROFILE_URL = "/accounts/profile/"


def _profile_data(**overrides):
    data = {
        "display_name": "مريم",
        "bio": "مصممة شعارات",
        "city": "tripoli",
        "skills": "تصميم شعارات, هوية بصرية",
        "languages": ["ar", "en"],
        "language": "ar",
    }
    data.update(overrides)
    return data


def test_profile_settings_requires_log_in(client):
    response = client.get(PROFILE_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_profile_is_saved_with_a_resized_avatar(client, user):
    client.force_login(user)
    response = client.post(
        PROFILE_URL, {**_profile_data(), "avatar": image_upload(size=(1200, 800))}
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "مريم"
    assert profile.city == "tripoli"
    assert profile.languages == ["ar", "en"]
    assert sorted(profile.skills.names()) == ["تصميم شعارات", "هوية بصرية"]
    with Image.open(profile.avatar.path) as avatar:
        assert avatar.format == "WEBP"
        assert avatar.size == (256, 256)


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("evil.png", b"<?php echo 'not an image'; ?>", content_type="image/png"),
        SimpleUploadedFile("notes.txt", b"hello", content_type="text/plain"),
    ],
    ids=["fake-png", "text"],
)
def test_avatar_that_is_not_an_image_is_refused_in_arabic(client, user, upload):
    client.force_login(user)
    response = client.post(PROFILE_URL, {**_profile_data(display_name="تغيير"), "avatar": upload})
    assert response.status_code == 200
    assert "هذا الملف ليس صورة" in response.content.decode()
    profile = Profile.objects.get(user=user)
    assert profile.display_name == ""  # nothing saved
    assert not profile.avatar


def test_oversized_avatar_is_refused_in_arabic(client, user, settings):
    settings.AVATAR_MAX_BYTES = 10_000
    client.force_login(user)
    big = image_upload(size=(1500, 1500), image_format="BMP", name="big.bmp")
    assert big.size > settings.AVATAR_MAX_BYTES
    response = client.post(PROFILE_URL, {**_profile_data(), "avatar": big})
    assert response.status_code == 200
    assert "حجم الصورة كبير جدًا" in response.content.decode()
    assert not Profile.objects.get(user=user).avatar


def test_bad_city_is_refused(client, user):
    client.force_login(user)
    response = client.post(PROFILE_URL, _profile_data(city="paris"))
    assert response.status_code == 200
    assert Profile.objects.get(user=user).city == ""


def test_a_user_edits_only_their_own_profile(client, user, other_user):
    client.force_login(user)
    client.post(PROFILE_URL, _profile_data(display_name="صاحب الحساب"))
    assert Profile.objects.get(user=user).display_name == "صاحب الحساب"
    assert Profile.objects.get(user=other_user).display_name == ""


def test_public_profile_shows_the_profile(client, user):
    profile = user.profile
    profile.display_name, profile.bio, profile.city = "سالم", "مبرمج مواقع", "benghazi"
    profile.save()
    profile.skills.add("بايثون")
    response = client.get(f"/u/{user.username}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "سالم" in html and "مبرمج مواقع" in html and "بنغازي" in html and "بايثون" in html
    english = client.get(f"/en/u/{user.username}/").content.decode()
    assert "Benghazi" in english


def test_public_profile_of_an_inactive_or_unknown_user_is_404(client):
    suspended = UserFactory(is_active=False)
    assert client.get(f"/u/{suspended.username}/").status_code == 404
    assert client.get("/u/nobody-here/").status_code == 404


def test_skills_typed_with_the_arabic_comma_are_separate(client, user):
    client.force_login(user)
    client.post(PROFILE_URL, _profile_data(skills="تصميم شعارات، هوية بصرية، ترجمة"))
    skills = Profile.objects.get(user=user).skills.names()
    assert sorted(skills) == ["ترجمة", "تصميم شعارات", "هوية بصرية"]
