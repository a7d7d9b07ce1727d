"""The one place that rounds and formats money: Libyan dinars with 3 decimals (dirhams).

Rounding is half-up, as a shop counter does it; no float ever touches an amount.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DIRHAM = Decimal("0.001")
ZERO = Decimal("0.000")
CURRENCY = "LYD"


def to_money(value) -> Decimal:
    """``value`` (Decimal, int or str) as dinars with 3 places, rounded half-up."""
    if isinstance(value, float):
        raise TypeError("Money is never a float; pass a Decimal, an int or a string.")
    try:
        amount = Decimal(value)
    except InvalidOperation as error:
        raise ValueError(f"Not an amount: {value!r}") from error
    if not amount.is_finite():
        raise ValueError(f"Not an amount: {value!r}")
    return amount.quantize(DIRHAM, rounding=ROUND_HALF_UP)


def parse_amount(value) -> Decimal | None:
    """An amount a person typed ("60.5") as dinars with 3 places, or None when it is not one:
    a float, text that is no number (or uses a thousands separator), or more than 3 decimals.
    Unlike ``to_money``, nothing is rounded away."""
    if isinstance(value, float):
        return None
    try:
        amount = Decimal(str(value).strip())
    except (ArithmeticError, ValueError):
        return None
    if not amount.is_finite() or not is_exact(amount):
        return None
    return amount.quantize(DIRHAM)


def is_exact(value: Decimal) -> bool:
    """Whether ``value`` has no more than 3 decimals (so rounding would not change it)."""
    return value.is_finite() and value == value.quantize(DIRHAM, rounding=ROUND_HALF_UP)


def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """``percent`` % of ``amount``, rounded half-up to the dirham."""
    return to_money(Decimal(amount) * Decimal(percent) / Decimal(100))


def format_lyd(amount: Decimal) -> str:
    """An amount in dinars without trailing zero dirhams ("25", "12.500", "1,250")."""
    amount = to_money(amount)
    if amount == amount.to_integral():
        return f"{int(amount):,}"
    return f"{amount:,.3f}"
