"""'Was this article helpful?': who is voting, what they answered, and recording it."""

from django.utils.crypto import salted_hmac
from django.utils.translation import gettext

ANSWERS = {"yes": True, "no": False}


def parse_answer(value: str | None) -> bool | None:
    """``True`` for "yes", ``False`` for "no", ``None`` for anything else."""
    return ANSWERS.get(value or "")


def voter_id(request) -> str:
    """A keyed hash of the signed-in user's id, else of the visitor's session key (a session
    is started for a visitor who has none, so anonymous visitors can vote too)."""
    if request.user.is_authenticated:
        identity = f"user:{request.user.pk}"
    else:
        if request.session.session_key is None:
            request.session.save()
        identity = f"session:{request.session.session_key}"
    return salted_hmac("help_center.feedback", identity, algorithm="sha256").hexdigest()


def record(article, voter: str, helpful: bool) -> None:
    """The voter's answer for ``article``: a second vote changes the first."""
    article.votes.update_or_create(voter=voter, defaults={"helpful": helpful})


def thanks(helpful: bool) -> str:
    if helpful:
        return gettext("Thank you for your feedback! We're glad the article helped.")
    return gettext("Thank you for your feedback. We will use it to improve the article.")
