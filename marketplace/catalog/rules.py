"""The listing rules of PRODUCT.md "Selling a service", shared by the seller's form and the
importer so both give the same clear message."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from marketplace.catalog.models import EXTRA_DAYS_MAX, MAX_TAGS, Category
from marketplace.ledger.money import format_lyd

TITLE_MIN, TITLE_MAX = 10, 80
DELIVERY_MIN, DELIVERY_MAX = 1, 90
MAX_TAG_LENGTH = 30
EXTRA_MIN_PRICE = Decimal("1")


def clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise ValidationError(
            _("The title must be between %(min)s and %(max)s characters (now %(count)s).")
            % {"min": TITLE_MIN, "max": TITLE_MAX, "count": len(title)}
        )
    return title


def check_price(price: Decimal, category: Category | None, minimum: Decimal) -> None:
    if price < minimum:
        raise ValidationError(
            _("The lowest price of a service is %(minimum)s LYD.")
            % {"minimum": format_lyd(minimum)}
        )
    cap = category.effective_price_cap if category else None
    if cap is not None and price > cap:
        raise ValidationError(
            _("The highest price in %(category)s is %(cap)s LYD.")
            % {"category": category.name, "cap": format_lyd(cap)}
        )


def check_delivery_days(days: int) -> None:
    if not DELIVERY_MIN <= days <= DELIVERY_MAX:
        raise ValidationError(
            _("The delivery time must be between %(min)s and %(max)s days.")
            % {"min": DELIVERY_MIN, "max": DELIVERY_MAX}
        )


def check_extra_price(price: Decimal) -> None:
    if price < EXTRA_MIN_PRICE:
        raise ValidationError(_("An extra costs at least 1 LYD."))


def check_extra_days(days: int) -> None:
    if not 0 <= days <= EXTRA_DAYS_MAX:
        raise ValidationError(
            _("An extra adds between 0 and %(max)s days.") % {"max": EXTRA_DAYS_MAX}
        )


def clean_tags(tags: list[str]) -> list[str]:
    tags = list(dict.fromkeys(" ".join(str(t).split()) for t in tags if str(t).strip()))
    if len(tags) > MAX_TAGS:
        raise ValidationError(_("Use at most %(max)s tags.") % {"max": MAX_TAGS})
    for tag in tags:
        if len(tag) > MAX_TAG_LENGTH:
            raise ValidationError(
                _("The tag “%(tag)s” is longer than %(max)s characters.")
                % {"tag": tag, "max": MAX_TAG_LENGTH}
            )
    return tags
