"""What a conversation may be about. Apps register their models here (the catalog its services,
later orders and proposals), so messaging links to them without importing them.

A subject is written ``app_label.model:pk`` in links, e.g. ``?about=catalog.service:12``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SubjectType:
    recipient: Callable  # subject → the user a new conversation about it goes to
    is_open: Callable  # (subject, user) → may ``user`` start a conversation about it now?


_TYPES: dict[str, SubjectType] = {}


def register_subject(model, *, recipient: Callable, is_open: Callable) -> None:
    _TYPES[model._meta.label_lower] = SubjectType(recipient, is_open)


def subject_key(subject) -> str:
    return f"{subject._meta.label_lower}:{subject.pk}"


def resolve_subject(key: str, user, recipient):
    """The object ``key`` names, if ``user`` may write to ``recipient`` about it; otherwise a
    ValidationError in the user's language."""
    invalid = ValidationError(
        _("You cannot start a conversation about this."), code="subject_invalid"
    )
    label, _sep, pk = (key or "").partition(":")
    kind = _TYPES.get(label)
    if kind is None or not pk.isdigit():
        raise invalid
    subject = apps.get_model(label).objects.filter(pk=int(pk)).first()
    if subject is None or kind.recipient(subject) != recipient or not kind.is_open(subject, user):
        raise invalid
    return subject
