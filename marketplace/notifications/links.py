"""A notification stores the path of what it is about once, without a language prefix, so
that it reads the same whatever language its author used; each reader gets it back under
their own language's prefix (Arabic, the default, has none)."""

from django.conf import settings
from django.utils.translation import get_language_from_path


def neutral_path(path: str) -> str:
    """``/en/messages/3/`` → ``/messages/3/``."""
    language = get_language_from_path(path)
    if language and language != settings.LANGUAGE_CODE:
        return path[len(language) + 1 :]
    return path


def path_in_language(path: str, language: str) -> str:
    """``/messages/3/`` → ``/en/messages/3/`` for an English reader."""
    if not path or language == settings.LANGUAGE_CODE:
        return path
    return f"/{language}{path}"
