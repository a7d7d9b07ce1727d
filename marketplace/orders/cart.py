"""The cart: services with extras and a quantity, kept for a visitor in the session and for
a buyer in the database; a visitor's cart joins the account's at log-in.

Each line remembers the unit price the buyer saw. If the service is no longer public or its
price changed, the line is flagged and checkout waits until the buyer has seen it.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from marketplace.catalog.models import Service, ServiceExtra
from marketplace.ledger.money import ZERO, format_lyd
from marketplace.orders.models import MAX_QUANTITY, Cart, CartLine

SESSION_KEY = "cart_id"


def cart_for(request, *, create: bool = False) -> Cart | None:
    if request.user.is_authenticated:
        if create:
            return Cart.objects.get_or_create(user=request.user)[0]
        return Cart.objects.filter(user=request.user).first()
    cart = Cart.objects.filter(pk=request.session.get(SESSION_KEY), user=None).first()
    if cart is None and create:
        cart = Cart.objects.create()
        request.session[SESSION_KEY] = cart.pk
    return cart


def lines_of(cart: Cart | None):
    if cart is None:
        return CartLine.objects.none()
    ordered_extras = ServiceExtra.objects.order_by("sort_order", "pk")
    return cart.lines.select_related(
        "service__seller__profile", "service__category"
    ).prefetch_related(
        Prefetch("extras", queryset=ordered_extras),
        Prefetch("service__extras", queryset=ordered_extras),
    )


def unit_price(service: Service, extras) -> Decimal:
    return service.price + sum((extra.price for extra in extras), ZERO)


@dataclass(frozen=True)
class PricedLine:
    line: CartLine
    extras: list
    unit_price: Decimal
    total: Decimal
    delivery_days: int
    problem: str  # why it cannot be paid as it is, or ""


def priced(line: CartLine, buyer=None) -> PricedLine:
    extras = list(line.extras.all())
    price = unit_price(line.service, extras)
    problem = ""
    if not line.service.is_public:
        problem = _("This service is not available any more. Remove it to continue.")
    elif buyer is not None and line.service.seller_id == buyer.pk:
        problem = _("This is your own service. Remove it to continue.")
    elif price != line.unit_price_seen:
        problem = _("The price changed from %(old)s to %(new)s LYD since you added it.") % {
            "old": format_lyd(line.unit_price_seen),
            "new": format_lyd(price),
        }
    return PricedLine(
        line=line,
        extras=extras,
        unit_price=price,
        total=price * line.quantity,
        delivery_days=line.service.delivery_days + sum(extra.extra_days for extra in extras),
        problem=problem,
    )


def priced_lines(cart: Cart | None, buyer=None) -> list[PricedLine]:
    return [priced(line, buyer) for line in lines_of(cart)]


def cart_total(lines: list[PricedLine]) -> Decimal:
    return sum((line.total for line in lines), ZERO)


def _checked_quantity(quantity) -> int:
    try:
        quantity = int(quantity)
    except (TypeError, ValueError):
        quantity = 0
    if not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError(
            _("The quantity must be between 1 and %(max)d.") % {"max": MAX_QUANTITY}
        )
    return quantity


def add(
    cart: Cart, service: Service, extra_ids=(), quantity=1, buyer=None, *, price_seen=None
) -> CartLine:
    """Add a public service; the same service with the same extras adds to its quantity.

    ``price_seen`` is for lines moved from elsewhere (a visitor's cart): the unit price the
    buyer saw then, so a change since stays flagged. Moved lines are capped at the quantity
    limit instead of refused.
    """
    quantity = _checked_quantity(quantity)
    if not service.is_public:
        raise ValidationError(_("This service cannot be ordered now."))
    if buyer is not None and service.seller_id == buyer.pk:
        raise ValidationError(_("You cannot order your own service."))
    wanted = {int(pk) for pk in extra_ids if str(pk).isdigit()}
    extras = list(service.extras.filter(pk__in=wanted))
    if len(extras) != len(wanted):
        raise ValidationError(_("Choose extras of this service only."))
    current = unit_price(service, extras)
    moved = price_seen is not None
    with transaction.atomic():
        Cart.objects.select_for_update().filter(pk=cart.pk).first()
        for line in cart.lines.filter(service=service).prefetch_related("extras"):
            if {extra.pk for extra in line.extras.all()} == wanted:
                total = line.quantity + quantity
                line.quantity = min(total, MAX_QUANTITY) if moved else _checked_quantity(total)
                if not moved:
                    line.unit_price_seen = current  # the buyer is looking at today's price
                elif price_seen != current:
                    line.unit_price_seen = price_seen
                line.save(update_fields=["quantity", "unit_price_seen"])
                return line
        line = CartLine.objects.create(
            cart=cart,
            service=service,
            quantity=quantity,
            unit_price_seen=price_seen if moved else current,
        )
        line.extras.set(extras)
        cart.save(update_fields=["updated_at"])
        return line


def update(line: CartLine, quantity, extra_ids=None) -> CartLine:
    """Change the quantity (and the extras, when given); the buyer now sees today's price."""
    line.quantity = _checked_quantity(quantity)
    if extra_ids is not None:
        wanted = {int(pk) for pk in extra_ids if str(pk).isdigit()}
        extras = list(line.service.extras.filter(pk__in=wanted))
        if len(extras) != len(wanted):
            raise ValidationError(_("Choose extras of this service only."))
        line.extras.set(extras)
    line.unit_price_seen = unit_price(line.service, line.extras.all())
    line.save(update_fields=["quantity", "unit_price_seen"])
    return line


def merge_session_cart(sender, request, user, **kwargs):
    """At log-in, move the visitor's cart lines into the account's cart."""
    session_cart = Cart.objects.filter(pk=request.session.get(SESSION_KEY), user=None).first()
    if session_cart is None:
        return
    with transaction.atomic():
        account_cart = Cart.objects.get_or_create(user=user)[0]
        for line in lines_of(session_cart):
            if line.service.seller_id == user.pk:
                continue
            try:
                add(
                    account_cart,
                    line.service,
                    [extra.pk for extra in line.extras.all()],
                    line.quantity,
                    buyer=user,
                    price_seen=line.unit_price_seen,
                )
            except ValidationError:
                continue  # not orderable any more
        session_cart.delete()
    request.session.pop(SESSION_KEY, None)
