"""Account operations other apps and views call."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from marketplace.accounts.models import Profile, User
from marketplace.notifications.services import notify
from plugins.services import call_hook


def ensure_profile(user: User) -> Profile:
    """The user's profile (made on sign-up; created here for accounts that predate it)."""
    try:
        return user.profile
    except Profile.DoesNotExist:
        profile, _created = Profile.objects.get_or_create(user=user)
        return profile


def record_sign_up(user: User) -> None:
    call_hook("user_signed_up", user=user)


def record_email_confirmed(user: User, email: str) -> None:
    """A verified address: welcome the user once, and tell plugins."""
    notify(user, "account.welcome", dedupe_key=f"welcome:{user.pk}")
    call_hook("user_email_confirmed", user=user, email=email)


@transaction.atomic
def update_profile(
    profile: Profile, *, avatar_file=None, skills=None, language=None, **fields
) -> Profile:
    """Save profile fields, a processed avatar (the old file is removed after commit), the
    skills and the account's e-mail language, all or nothing. Only the fields the user edits
    are written: the reputation figures and the identity badge on the same row change under
    other transactions and must not be overwritten with this request's old copy."""
    for name, value in fields.items():
        setattr(profile, name, value)
    changed = [*fields, "updated_at"]
    if avatar_file is not None:
        old_name = profile.avatar.name if profile.avatar else None
        profile.avatar.save(avatar_file.name, avatar_file, save=False)
        changed.append("avatar")
        if old_name:
            storage = profile.avatar.storage
            transaction.on_commit(lambda: storage.delete(old_name))
    profile.save(update_fields=changed)
    if skills is not None:
        profile.skills.set(skills, clear=True)
    user = profile.user
    if language and user.language != language:
        user.language = language
        user.save(update_fields=["language"])
    return profile


def set_identity_verified(profile: Profile, verified: bool, staff) -> Profile:
    """Grant (with the date) or withdraw the badge; the admin's history records who did it."""
    profile.identity_verified = verified
    profile.identity_verified_at = timezone.now() if verified else None
    profile.save(update_fields=["identity_verified", "identity_verified_at", "updated_at"])
    log(
        profile,
        "accounts.verify_identity" if verified else "accounts.unverify_identity",
        user=staff,
    )
    return profile
