"""Importing services from JSON Lines: one object per line, idempotent on ``external_id``.

Each line is checked by the same rules as the seller's form and saved in its own savepoint, so
a bad line is reported with its number and changes nothing while the others go on.
"""

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from marketplace.accounts.models import User
from marketplace.catalog import rules
from marketplace.catalog.html import clean_description, text_length
from marketplace.catalog.models import MAX_EXTRAS, Category, Service, ServiceExtra
from marketplace.catalog.services import publish_imported
from marketplace.rules.models import MarketplaceSettings

REQUIRED = ("external_id", "seller", "category", "title", "description", "price", "delivery_days")
IMPORTED_EMAIL_DOMAIN = "imported.invalid"


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


def import_lines(lines, report: ImportReport | None = None, on_line=None) -> ImportReport:
    report = report or ImportReport()
    minimum = MarketplaceSettings.current().minimum_service_price
    for number, line in enumerate(lines, start=1):
        if on_line:
            on_line()
        if not line.strip():
            continue
        try:
            with transaction.atomic():
                outcome = _import_one(_parse(line), minimum)
        except ValidationError as error:
            report.errors.append((number, "; ".join(error.messages)))
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _parse(line: str) -> dict:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValidationError(_("not valid JSON (%(error)s)") % {"error": error.msg}) from None
    if not isinstance(data, dict):
        raise ValidationError(_("a line must hold one JSON object"))
    missing = [key for key in REQUIRED if data.get(key) in (None, "", [])]
    if missing:
        raise ValidationError(_("missing: %(fields)s") % {"fields": ", ".join(missing)})
    return data


def _import_one(data: dict, minimum: Decimal) -> str:
    category = _category(data["category"])
    title = rules.clean_title(str(data["title"]))
    price = _decimal(data["price"], "price")
    rules.check_price(price, category, minimum)
    days = _integer(data["delivery_days"], "delivery_days")
    rules.check_delivery_days(days)
    tags = rules.clean_tags(_list(data.get("tags", []), "tags"))
    description = clean_description(str(data["description"]))
    if not text_length(description):
        raise ValidationError(_("the description is empty"))
    extras = _extras(_list(data.get("extras", []), "extras"))
    values = {
        "title": title,
        "category": category,
        "description": description,
        "requirements": str(data.get("requirements", "")).strip(),
        "price": price,
        "delivery_days": days,
    }
    external_id = str(data["external_id"])[:100]
    service = Service.objects.filter(external_id=external_id).first()
    outcome = "updated"
    if service is None:
        service = Service(external_id=external_id, seller=_seller(str(data["seller"])))
        outcome = "created"
    elif _unchanged(service, values, tags, extras):
        return "unchanged"
    for name, value in values.items():
        setattr(service, name, value)
    service.slug = ""
    service.tags.set(tags)
    service.extras = extras
    publish_imported(service)
    return outcome


def _unchanged(service, values, tags, extras) -> bool:
    current_extras = [(e.title, e.price, e.extra_days) for e in service.extras.all()]
    return (
        all(getattr(service, name) == value for name, value in values.items())
        and sorted(tag.name for tag in service.tags.all()) == sorted(tags)
        and current_extras == [(e.title, e.price, e.extra_days) for e in extras]
    )


def _category(names) -> Category:
    if not (isinstance(names, list) and len(names) == 2 and all(names)):
        raise ValidationError(_("category must be [top category, subcategory]"))
    top_name, sub_name = (" ".join(str(name).split()) for name in names)
    top = Category.objects.filter(parent=None, name_ar=top_name).first() or Category.objects.create(
        name_ar=top_name, slug=_unique_slug(top_name)
    )
    return Category.objects.filter(parent=top, name_ar=sub_name).first() or Category.objects.create(
        parent=top, name_ar=sub_name, slug=_unique_slug(sub_name)
    )


def _unique_slug(name: str) -> str:
    base = slugify(name, allow_unicode=True)[:50] or "category"
    if base[0].isdigit():
        base = "c-" + base
    slug, number = base, 2
    while Category.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _seller(username: str) -> User:
    user = User.objects.filter(username=username).first()
    if user:
        return user
    user = User(username=username[:150], email=f"{username}@{IMPORTED_EMAIL_DOMAIN}")
    try:
        user.full_clean(exclude=["password"])
    except ValidationError:
        raise ValidationError(
            _("“%(name)s” is not a valid username") % {"name": username}
        ) from None
    user.set_unusable_password()
    user.save()  # the profile comes with it (accounts' post_save signal)
    return user


def _extras(items) -> list[ServiceExtra]:
    if len(items) > MAX_EXTRAS:
        raise ValidationError(_("at most %(max)s extras") % {"max": MAX_EXTRAS})
    extras = []
    for position, item in enumerate(items):
        if not isinstance(item, dict) or not str(item.get("title", "")).strip():
            raise ValidationError(_("every extra needs a title, a price and days"))
        price = _decimal(item.get("price"), "extras.price")
        rules.check_extra_price(price)
        days = _integer(item.get("days", 0), "extras.days")
        rules.check_extra_days(days)
        extras.append(
            ServiceExtra(
                title=str(item["title"]).strip()[:80],
                price=price,
                extra_days=days,
                sort_order=position,
            )
        )
    return extras


def _decimal(value, name: str) -> Decimal:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount != amount.quantize(Decimal("0.001")):
        raise ValidationError(
            _("%(name)s must be an amount with at most 3 decimals") % {"name": name}
        )
    return amount.quantize(Decimal("0.001"))


def _integer(value, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("%(name)s must be a whole number") % {"name": name})
    return value


def _list(value, name: str) -> list:
    if not isinstance(value, list):
        raise ValidationError(_("%(name)s must be a list") % {"name": name})
    return value
