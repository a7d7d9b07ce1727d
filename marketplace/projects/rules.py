"""The rules of PRODUCT.md "Open projects": budgets, proposal prices and the monthly limit.
Each raises a ValidationError with a clear message; forms, the API and the services share them."""

from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.catalog.models import Category
from marketplace.ledger.money import format_lyd
from marketplace.projects.models import MAX_DAYS, MAX_SKILLS, Proposal
from marketplace.rules.models import MarketplaceSettings

TITLE_MIN, TITLE_MAX = 10, 80  # an order made from the project carries its title
DESCRIPTION_MIN = 30
COVER_LETTER_MIN, COVER_LETTER_MAX = 30, 5000
MAX_SKILL_LENGTH = 30


def clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise ValidationError(
            _("The title must be between %(min)s and %(max)s characters (now %(count)s).")
            % {"min": TITLE_MIN, "max": TITLE_MAX, "count": len(title)},
            code="title",
        )
    return title


def _cap_error(category: Category, cap: Decimal) -> ValidationError:
    return ValidationError(
        _("The highest price in %(category)s is %(cap)s LYD.")
        % {"category": category.name, "cap": format_lyd(cap)},
        code="above_cap",
    )


# The largest amount the books hold is below 10^11 LYD (14 digits, 3 decimals).
AMOUNT_LIMIT = Decimal("100000000000")


def _too_large() -> ValidationError:
    return ValidationError(_("This amount is too large."), code="too_large")


def check_budget(budget_min: Decimal, budget_max: Decimal, category: Category | None) -> None:
    """At least the minimum price setting, the top no lower than the bottom, and no higher
    than the category's price cap. Errors are keyed by field."""
    minimum = MarketplaceSettings.current().minimum_service_price
    errors = {}
    if budget_max >= AMOUNT_LIMIT:
        errors["budget_max"] = _too_large()
    if budget_min >= AMOUNT_LIMIT:
        errors["budget_min"] = _too_large()
    elif budget_min < minimum:
        errors["budget_min"] = ValidationError(
            _("The budget starts at %(minimum)s LYD or more.") % {"minimum": format_lyd(minimum)},
            code="below_minimum",
        )
    if budget_max < budget_min:
        errors["budget_max"] = ValidationError(
            _("The top of the budget cannot be lower than its bottom."), code="budget_range"
        )
    cap = category.effective_price_cap if category else None
    if cap is not None and budget_max > cap and "budget_max" not in errors:
        errors["budget_max"] = _cap_error(category, cap)
    if errors:
        raise ValidationError(errors)


def check_price(price: Decimal, category: Category) -> None:
    """A proposal's price: the minimum price setting up to the category's cap. It may differ
    from the budget: the buyer compares."""
    minimum = MarketplaceSettings.current().minimum_service_price
    if price >= AMOUNT_LIMIT:
        raise _too_large()
    if price < minimum:
        raise ValidationError(
            _("The lowest price is %(minimum)s LYD.") % {"minimum": format_lyd(minimum)},
            code="below_minimum",
        )
    cap = category.effective_price_cap
    if cap is not None and price > cap:
        raise _cap_error(category, cap)


def check_days(days: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            _("The number of days must be between 1 and %(max)s.") % {"max": MAX_DAYS},
            code="days",
        )


def clean_cover_letter(text: str) -> str:
    text = (text or "").strip()
    if not COVER_LETTER_MIN <= len(text) <= COVER_LETTER_MAX:
        raise ValidationError(
            _("The cover letter must be between %(min)s and %(max)s characters (now %(count)s).")
            % {"min": COVER_LETTER_MIN, "max": COVER_LETTER_MAX, "count": len(text)},
            code="cover_letter",
        )
    return text


def clean_skills(skills: list[str]) -> list[str]:
    skills = list(dict.fromkeys(" ".join(str(s).split()) for s in skills if str(s).strip()))
    if len(skills) > MAX_SKILLS:
        raise ValidationError(
            _("Name at most %(max)s skills.") % {"max": MAX_SKILLS}, code="skills"
        )
    for skill in skills:
        if len(skill) > MAX_SKILL_LENGTH:
            raise ValidationError(
                _("The skill “%(skill)s” is longer than %(max)s characters.")
                % {"skill": skill, "max": MAX_SKILL_LENGTH},
                code="skills",
            )
    return skills


def month_start(now: datetime | None = None) -> datetime:
    """The first moment of this calendar month in the site's time zone (Tripoli)."""
    local = timezone.localtime(now or timezone.now())
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def monthly_limit(seller) -> int:
    """The setting, or what a plugin's ``proposals_per_month`` hook says for this seller."""
    from plugins.services import first_result

    limit = MarketplaceSettings.current().proposals_per_month
    changed = first_result("proposals_per_month", limit=limit, seller=seller)
    if isinstance(changed, int) and not isinstance(changed, bool) and changed >= 0:
        return changed
    return limit


def proposals_sent_this_month(seller, now: datetime | None = None) -> int:
    return Proposal.objects.filter(seller=seller, sent_at__gte=month_start(now)).count()


def proposals_left(seller) -> int:
    return max(0, monthly_limit(seller) - proposals_sent_this_month(seller))


def check_monthly_limit(seller) -> None:
    limit = monthly_limit(seller)
    if proposals_sent_this_month(seller) >= limit:
        raise ValidationError(
            _(
                "You have sent your %(limit)s proposals for this month. "
                "You can send more on the first of next month."
            )
            % {"limit": limit},
            code="monthly_limit",
        )
