"""The cart page, its changes and checkout."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from marketplace.catalog.models import Service
from marketplace.orders import cart as carts
from marketplace.orders.checkout import CheckoutError, checkout, wallet_shortfall_message
from marketplace.orders.models import CartLine
from marketplace.payments.gateways import StartResult
from marketplace.payments.registry import available_gateways
from marketplace.payments.wallet import WALLET


@never_cache
def cart_page(request):
    cart = carts.cart_for(request)
    buyer = request.user if request.user.is_authenticated else None
    lines = carts.priced_lines(cart, buyer)
    total = carts.cart_total(lines)
    gateways = available_gateways(request.user, total) if buyer and lines else []
    wallet_short = ""
    if buyer and lines and all(gateway.id != WALLET for gateway in gateways):
        wallet_short = wallet_shortfall_message(buyer, total)
    return TemplateResponse(
        request,
        "orders/cart.html",
        {
            "lines": lines,
            "total": total,
            "has_problems": any(line.problem for line in lines),
            "gateways": gateways,
            "wallet_short": wallet_short,
            "max_quantity": range(1, 11),
        },
    )


@require_POST
def cart_add(request):
    service = get_object_or_404(Service, pk=request.POST.get("service") or 0)
    cart = carts.cart_for(request, create=True)
    buyer = request.user if request.user.is_authenticated else None
    try:
        carts.add(
            cart,
            service,
            request.POST.getlist("extras"),
            request.POST.get("quantity", 1),
            buyer=buyer,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(service.get_absolute_url())
    messages.success(request, _("“%(title)s” is in your cart.") % {"title": service.title})
    return redirect("orders:cart")


def _own_line(request, pk) -> CartLine:
    cart = carts.cart_for(request)
    if cart is None:
        raise Http404
    return get_object_or_404(CartLine.objects.select_related("service"), pk=pk, cart=cart)


@require_POST
def cart_update(request, pk):
    line = _own_line(request, pk)
    try:
        carts.update(line, request.POST.get("quantity"), request.POST.getlist("extras"))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("orders:cart")


@require_POST
def cart_remove(request, pk):
    _own_line(request, pk).delete()
    messages.success(request, _("Removed from your cart."))
    return redirect("orders:cart")


@require_POST
def cart_checkout(request):
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={reverse('orders:cart')}")
    cart = carts.cart_for(request)
    if cart is None:
        return redirect("orders:cart")
    try:
        payment, result = checkout(cart, request.user, request.POST.get("gateway", ""), request)
    except CheckoutError as error:
        messages.error(request, str(error))
        return redirect("orders:cart")
    if result.kind == StartResult.PAID:
        messages.success(request, _("Paid. Your orders are with the sellers now."))
        return redirect(f"{reverse('orders:purchases')}?payment={payment.pk}")
    if result.kind == StartResult.REDIRECT:
        return redirect(result.url)
    return redirect(payment)
