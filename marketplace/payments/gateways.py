"""The gateway interface: what a payment method (built in or from a plugin) implements.

Checkout creates a ``Payment`` for the cart's exact total and calls ``start`` on the one
gateway the buyer chose. The gateway never touches the ledger: it reports what happened
(``StartResult`` now, ``GatewayEvent`` later through a webhook) and the payments service
posts the money. A plugin returns its gateway classes from the ``payment_gateways`` hook.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar


class GatewayError(Exception):
    """The gateway refused or failed; the message is shown to the user."""


class WebhookRejected(Exception):
    """A webhook that is not genuine (bad signature) or not understood: answered with 400."""


@dataclass(frozen=True)
class StartResult:
    """What checkout does next.

    - ``paid``: the payment succeeded at once (the wallet);
    - ``redirect``: send the buyer to ``url`` (a hosted payment page);
    - ``page``: show our payment page, which renders ``page_template`` (bank details, a card
      form...).
    """

    kind: str
    url: str = ""

    PAID: ClassVar[str] = "paid"
    REDIRECT: ClassVar[str] = "redirect"
    PAGE: ClassVar[str] = "page"


@dataclass(frozen=True)
class GatewayEvent:
    """Something a gateway told us about a payment, from a webhook."""

    kind: str  # "succeeded", "failed" or "refunded"
    event_id: str  # the gateway's id of the event: the same id is handled once
    payment_id: int | None  # our Payment's pk, as the gateway echoes it back
    external_id: str = ""
    amount: Decimal | None = None
    reason: str = ""

    SUCCEEDED: ClassVar[str] = "succeeded"
    FAILED: ClassVar[str] = "failed"
    REFUNDED: ClassVar[str] = "refunded"


@dataclass
class PaymentGateway:
    """Subclass and set ``id``, ``name``; override what your method needs."""

    id: ClassVar[str]
    name: ClassVar[Any]  # shown at checkout, translatable
    description: ClassVar[Any] = ""
    currencies: ClassVar[tuple[str, ...]] = ("LYD",)
    # The plugin whose settings configure this gateway (None for the built-in wallet).
    plugin: ClassVar[str | None] = None
    # Template included in the payment page while the payment is open (bank details, card
    # form); it gets ``payment``, ``gateway`` and whatever ``page_context`` returns.
    page_template: ClassVar[str] = ""
    # Whether the gateway can send money back to where it came from.
    supports_refunds: ClassVar[bool] = False

    settings: dict = field(default_factory=dict)

    def is_available_for(self, buyer, amount: Decimal) -> bool:
        """Whether to offer this gateway at checkout (e.g. only when it is configured)."""
        return True

    def start(self, payment, request) -> StartResult:
        raise NotImplementedError

    def page_context(self, payment, request) -> dict:
        return {}

    def submit(self, payment, request) -> None:
        """Handle a POST to the payment page (the buyer's transfer reference, say).
        Raise ``django.core.exceptions.ValidationError`` to show an error."""
        raise GatewayError("This payment method takes no input on the payment page.")

    def handle_webhook(self, request) -> list[GatewayEvent]:
        """Verify the request came from the gateway and return its events, or raise
        ``WebhookRejected``."""
        raise WebhookRejected("This payment method has no webhook.")

    def webhook_response(self, handled: int, received: int):
        """The answer the gateway expects once its events are applied."""
        from django.http import HttpResponse

        return HttpResponse(f"ok {handled}/{received}", content_type="text/plain")

    def refund(self, payment, amount: Decimal) -> str:
        """Send ``amount`` back to the payment's source; return the gateway's refund id."""
        raise GatewayError("This payment method cannot refund.")
