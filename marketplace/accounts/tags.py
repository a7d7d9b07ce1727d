"""Tags typed on an Arabic keyboard: the Arabic comma separates them like the Latin one."""

from taggit.utils import _parse_tags

ARABIC_COMMA = "،"


def with_latin_commas(text: str) -> str:
    return text.replace(ARABIC_COMMA, ",")


def parse_tags(text: str) -> list[str]:
    """taggit's parser (TAGGIT_TAGS_FROM_STRING) for every tag field, e.g. profile skills."""
    return _parse_tags(with_latin_commas(text))
