"""The API's error shape, shared by its endpoints: a sentence, a code and, for invalid input,
the fields: ``{"detail": "...", "code": "invalid", "fields": {...}}``."""

from rest_framework import status
from rest_framework.response import Response


def messages_of(errors):
    """Every message in DRF's (possibly nested) errors: a list entry's errors, such as one bad
    file among several, come as ``{0: [...]}``."""
    if isinstance(errors, dict):
        errors = errors.values()
    elif not isinstance(errors, list):
        yield str(errors)
        return
    for error in errors:
        yield from messages_of(error)


def invalid(errors) -> Response:
    return Response(
        {"detail": " ".join(messages_of(errors)), "code": "invalid", "fields": errors},
        status=status.HTTP_400_BAD_REQUEST,
    )
