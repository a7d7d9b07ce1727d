"""'Was this article helpful?': who is voting, what they answered, and recording it."""

from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext

ANSWERS = {"yes": True, "no": False}
# New voters on one article from one network address, per hour: enough for an office behind
# one address, too few for a script that drops its session cookie to stuff the counts.
NEW_VOTES_PER_ADDRESS = 5
WINDOW_SECONDS = 3600


def parse_answer(value: str | None) -> bool | None:
    """``True`` for "yes", ``False`` for "no", ``None`` for anything else."""
    return ANSWERS.get(value or "")


def voter_id(request, start_session: bool = True) -> str | None:
    """A keyed hash of the signed-in user's id, else of the visitor's session key. A session
    is started for a visitor who has none (so anonymous visitors can vote too), unless
    ``start_session`` is false: then a visitor without one has no id (None)."""
    if request.user.is_authenticated:
        identity = f"user:{request.user.pk}"
    else:
        if request.session.session_key is None:
            if not start_session:
                return None
            request.session.save()
        identity = f"session:{request.session.session_key}"
    return salted_hmac("help_center.feedback", identity, algorithm="sha256").hexdigest()


def may_add_voter(request, article) -> bool:
    """Whether one more new voter from the request's address may vote on ``article`` this
    hour (see NEW_VOTES_PER_ADDRESS). Voters changing their answer are not counted."""
    address = salted_hmac("help_center.address", request.META.get("REMOTE_ADDR", ""))
    key = f"help-feedback:{article.pk}:{address.hexdigest()}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key) <= NEW_VOTES_PER_ADDRESS
    except ValueError:  # the window ended between add and incr
        return True


def record(request, article, helpful: bool) -> None:
    """The visitor's answer for ``article``: a second vote changes the first; a new voter is
    counted only within the address's hourly allowance (otherwise thanked, not counted)."""
    voter = voter_id(request, start_session=False)
    if voter is None or not article.votes.filter(voter=voter).exists():
        if not may_add_voter(request, article):
            return
        voter = voter or voter_id(request)
    article.votes.update_or_create(voter=voter, defaults={"helpful": helpful})


def thanks(helpful: bool) -> str:
    if helpful:
        return gettext("Thank you for your feedback! We're glad the article helped.")
    return gettext("Thank you for your feedback. We will use it to improve the article.")
