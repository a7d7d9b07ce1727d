"""The placeholders an editor writes in a landing template's title, description and intro
("{category} في {city}"), checked when the template is saved and filled for each page."""

from string import Formatter

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What every page can say about its combination, whatever its dimensions.
FIGURES = ("services", "sellers", "min_price", "max_price", "median_price", "delivery")
# The names of the combination itself, by the second dimension of the template.
NAMES = {"city": ("category", "city"), "tag": ("category", "tag")}


def placeholders(pattern: str) -> list[str]:
    """The names written between braces, in order; raises ValueError on a brace that is not
    closed (or not opened)."""
    return [name for _text, name, _spec, _conv in Formatter().parse(pattern) if name is not None]


def check(pattern: str, facet: str, *, required: bool = False) -> None:
    """Refuse a pattern with a broken brace, an unknown placeholder, a format option, or (for
    titles: ``required``) without both names of its combination, which keep titles unique."""
    allowed = (*NAMES[facet], *FIGURES)
    try:
        fields = list(Formatter().parse(pattern))
    except ValueError as error:
        raise ValidationError(_("A brace is not closed: write {name}.")) from error
    for _text, name, spec, conversion in fields:
        if name is None:
            continue
        if name not in allowed or spec or conversion:
            raise ValidationError(
                _("Unknown placeholder {%(name)s}. Use: %(allowed)s."),
                params={"name": name, "allowed": ", ".join(f"{{{a}}}" for a in allowed)},
            )
    if required:
        missing = [name for name in NAMES[facet] if name not in placeholders(pattern)]
        if missing:
            raise ValidationError(
                _("The title must name its combination: add %(missing)s."),
                params={"missing": " ".join(f"{{{name}}}" for name in missing)},
            )


def fill(pattern: str, values: dict[str, str]) -> str:
    """The pattern with its placeholders replaced (patterns are checked when saved)."""
    return pattern.format_map(values).strip()
