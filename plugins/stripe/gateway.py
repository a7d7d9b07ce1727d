"""Card payments through Stripe's PaymentIntents, on our own payment page.

Stripe does not take Libyan dinars, so the card is charged in US dollars or euros: the
payment's LYD amount divided by the configured rate (LYD for one dollar or euro), rounded
half-up to the cent. Whatever the rounding, the buyer's wallet is credited with exactly the
payment's LYD amount; the difference of a fraction of a cent is the platform's.

The flow (works with Stripe and with localstripe, which has no Checkout Sessions):

1. the payment page mounts Stripe's Payment Element and creates a PaymentMethod in the
   browser; the card number never reaches us;
2. the page POSTs the PaymentMethod id; ``submit`` creates the PaymentIntent with
   ``confirm=True`` and marks the payment paid when the intent succeeded;
3. when the bank asks for 3-D Secure, the intent is kept on the payment and the page runs
   ``stripe.handleNextAction``, then POSTs the intent id back to be checked;
4. the ``payment_intent.succeeded`` webhook pays the payment too (idempotently), so a buyer
   who closed the tab after paying is still credited.

No process-global ``stripe.api_key``: every call builds a client from the site's settings.
"""

import logging
import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

import stripe
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from marketplace.payments.gateways import (
    GatewayError,
    GatewayEvent,
    PaymentGateway,
    StartResult,
    WebhookRejected,
)

logger = logging.getLogger(__name__)

STRIPE_JS = "https://js.stripe.com/v3/"

# The currencies a site may charge in, with the number of decimals of their minor unit, and
# Stripe's minimum charge in that minor unit.
CHARGE_CURRENCIES = {"usd": 2, "eur": 2}
MINIMUM_CHARGE = {"usd": 50, "eur": 50}

# How long a card payment waits for the buyer before it (and its orders) is cancelled.
PAYMENT_WINDOW = timedelta(hours=24)

PAYMENT_METHOD_ID = re.compile(r"pm_[A-Za-z0-9_]{1,200}")
PAYMENT_INTENT_ID = re.compile(r"pi_[A-Za-z0-9_]{1,200}")

# Intent states in which it can still be cancelled (so it can never be paid later).
CANCELABLE = {"requires_payment_method", "requires_confirmation", "requires_action"}

DECLINE_MESSAGES = {
    "insufficient_funds": _("Your card does not have enough funds. Nothing was charged."),
    "expired_card": _("Your card has expired. Nothing was charged; use another card."),
    "incorrect_cvc": _("The card's security code (CVC) is wrong. Check it and try again."),
    "invalid_cvc": _("The card's security code (CVC) is wrong. Check it and try again."),
    "incorrect_number": _("The card number is wrong. Check it and try again."),
    "invalid_number": _("The card number is wrong. Check it and try again."),
    "processing_error": _(
        "The bank could not process the card just now. Nothing was charged; try again."
    ),
    "payment_intent_authentication_failure": _(
        "Your bank did not confirm the payment. Nothing was charged; try again or use another card."
    ),
    "authentication_required": _(
        "Your bank did not confirm the payment. Nothing was charged; try again or use another card."
    ),
}
DECLINED = _(
    "Your card was declined. Nothing was charged. Try another card or another payment method."
)
UNAVAILABLE = _(
    "Card payments are not working right now. Nothing was charged. Try again in a few "
    "minutes or choose another payment method."
)
NOT_CONFIGURED = _("Card payments are not set up on this site.")


def positive_decimal(value) -> Decimal | None:
    """``value`` (a setting, a metadata string) as a positive Decimal, or None."""
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() and number > 0 else None


def convert(amount_lyd: Decimal, lyd_per_unit: Decimal, currency: str) -> Decimal:
    """What ``amount_lyd`` costs in ``currency``: divided by the rate, rounded half-up to the
    currency's minor unit (``convert(150, Decimal("4.85"), "usd") == Decimal("30.93")``)."""
    exponent = CHARGE_CURRENCIES[currency]
    with localcontext() as context:
        context.prec = 60  # round the exact quotient, not a 28-digit approximation of it
        quotient = Decimal(amount_lyd) / Decimal(lyd_per_unit)
        return quotient.quantize(Decimal(1).scaleb(-exponent), rounding=ROUND_HALF_UP)


def to_minor_units(amount: Decimal, currency: str) -> int:
    """``Decimal("30.93")`` USD → 3093 cents, the integer Stripe wants."""
    return int(amount.scaleb(CHARGE_CURRENCIES[currency]))


def format_charge(amount: Decimal, currency: str) -> str:
    """``Decimal("1234.5")`` USD → "1,234.50"."""
    return f"{amount:,.{CHARGE_CURRENCIES[currency]}f}"


def decline_message(code: str | None, decline_code: str | None = None):
    return DECLINE_MESSAGES.get(decline_code or "") or DECLINE_MESSAGES.get(code or "") or DECLINED


def _plain(value) -> dict:
    """A Stripe object (or None) as a plain dict."""
    if value is None:
        return {}
    if isinstance(value, stripe.StripeObject):
        return value.to_dict()
    return dict(value) if isinstance(value, dict) else {}


class StripeGateway(PaymentGateway):
    id = "stripe"
    plugin = "stripe"
    name = _("Card (Visa, Mastercard)")
    description = _(
        "Pay by debit or credit card through Stripe. Your card is charged in US dollars or "
        "euros at the rate shown before you pay."
    )
    page_template = "stripe/pay.html"
    supports_refunds = True

    # --- Configuration ----------------------------------------------------------------------

    @property
    def currency(self) -> str:
        currency = str(self.settings.get("currency") or "usd").lower()
        return currency if currency in CHARGE_CURRENCIES else ""

    @property
    def rate(self) -> Decimal | None:
        return positive_decimal(self.settings.get("lyd_per_unit"))

    def is_configured(self) -> bool:
        return bool(
            self.settings.get("secret_key")
            and self.settings.get("publishable_key")
            and self.currency
            and self.rate
        )

    def is_available_for(self, buyer, amount) -> bool:
        if not self.is_configured():
            return False
        charge = convert(amount, self.rate, self.currency)
        return to_minor_units(charge, self.currency) >= MINIMUM_CHARGE[self.currency]

    def charge_for(self, amount_lyd: Decimal) -> Decimal:
        """What the card is charged for ``amount_lyd``, in ``self.currency``."""
        if not self.is_configured():
            raise GatewayError(NOT_CONFIGURED)
        return convert(amount_lyd, self.rate, self.currency)

    def client(self) -> stripe.StripeClient:
        """A client for this site's account (never the process-global ``stripe.api_key``)."""
        secret_key = self.settings.get("secret_key")
        if not secret_key:
            raise GatewayError(NOT_CONFIGURED)
        base_addresses = {}
        api_base = (self.settings.get("api_base") or "").strip()
        if api_base:
            base_addresses["api"] = api_base.rstrip("/")
        # Retries are safe: every POST carries an idempotency key.
        return stripe.StripeClient(secret_key, base_addresses=base_addresses, max_network_retries=2)

    def _call(self, method, *args):
        """Call the Stripe API; its errors become a ``GatewayError`` the buyer can read."""
        try:
            return method(*args)
        except stripe.CardError as error:
            body = (error.json_body or {}).get("error") or {}
            raise GatewayError(decline_message(error.code, body.get("decline_code"))) from error
        except stripe.IdempotencyError as error:
            logger.warning("Stripe idempotency conflict: %s", error)
            raise GatewayError(
                _("This card payment was already sent. Reload the page to see where it stands.")
            ) from error
        except stripe.StripeError as error:
            logger.exception("Stripe call failed")
            raise GatewayError(UNAVAILABLE) from error

    # --- Checkout and the payment page -------------------------------------------------------

    def start(self, payment, request) -> StartResult:
        if not self.is_configured():
            raise GatewayError(NOT_CONFIGURED)
        payment.expires_at = timezone.now() + PAYMENT_WINDOW
        payment.save(update_fields=["expires_at"])
        return StartResult(StartResult.PAGE)

    def page_context(self, payment, request) -> dict:
        if not self.is_configured():
            return {"stripe": None}
        charge = self.charge_for(payment.amount)
        context = {
            "publishable_key": self.settings["publishable_key"],
            "js_url": STRIPE_JS,
            "currency": self.currency,
            "currency_code": self.currency.upper(),
            # Strings, so the template's number localisation (a decimal comma in Arabic)
            # cannot make "30.93" read differently from what the card is charged.
            "charge": format_charge(charge, self.currency),
            "amount_minor": str(to_minor_units(charge, self.currency)),
            "rate": str(self.rate),
            "locale": (get_language() or "ar").split("-")[0],
            "client_secret": "",
            "intent_id": "",
        }
        if payment.external_id:
            # An intent waiting for 3-D Secure: the page finishes it in the browser.
            try:
                intent = self.client().v1.payment_intents.retrieve(payment.external_id)
            except stripe.StripeError:
                logger.exception("Could not read Stripe intent %s", payment.external_id)
            else:
                if intent.status == "requires_action":
                    context["client_secret"] = intent.client_secret
                    context["intent_id"] = intent.id
        return {"stripe": context}

    def charge(self, payment, payment_method: str, client=None):
        """Create and confirm the PaymentIntent for ``payment`` with the buyer's
        PaymentMethod; return the intent (this records nothing on our side).

        The idempotency key is the payment and the PaymentMethod: the same form sent twice
        is one charge, while a buyer whose card was declined can try another card."""
        client = client or self.client()
        charge = self.charge_for(payment.amount)
        params = {
            "amount": to_minor_units(charge, self.currency),
            "currency": self.currency,
            "payment_method": payment_method,
            "payment_method_types": ["card"],
            "confirm": True,
            "metadata": {
                "payment_id": str(payment.pk),
                "payment_number": payment.number,
                "amount_lyd": str(payment.amount),
                "lyd_per_unit": str(self.rate),
            },
        }
        options = {"idempotency_key": f"microlibya-payment-{payment.pk}-{payment_method}"}
        return self._call(client.v1.payment_intents.create, params, options)

    def submit(self, payment, request) -> None:
        from marketplace.payments.models import Payment

        payment_method = request.POST.get("payment_method", "").strip()
        intent_id = request.POST.get("payment_intent", "").strip()
        if intent_id:
            if not PAYMENT_INTENT_ID.fullmatch(intent_id):
                raise ValidationError(_("The card payment could not be read. Try again."))
        elif not PAYMENT_METHOD_ID.fullmatch(payment_method):
            raise ValidationError(_("Enter your card details, then press Pay."))
        client = self.client()
        with transaction.atomic():
            # One card payment at a time per payment: a second submit waits here, then finds
            # the payment paid.
            payment = Payment.objects.select_for_update().get(pk=payment.pk)
            if not payment.is_open:
                raise ValidationError(_("This payment is no longer waiting to be paid."))
            if intent_id:
                if intent_id != payment.external_id:
                    raise ValidationError(_("The card payment could not be read. Try again."))
                intent = self._call(client.v1.payment_intents.retrieve, intent_id)
            else:
                intent = self._previous_intent(client, payment)
                if intent is None:
                    intent = self.charge(payment, payment_method, client)
            self._apply(payment, intent, request)

    def _previous_intent(self, client, payment):
        """The intent an earlier attempt left (waiting for 3-D Secure, say): returned if it
        was paid or is being paid, otherwise cancelled so that it can never be paid on top
        of the new one."""
        if not payment.external_id:
            return None
        previous = self._call(client.v1.payment_intents.retrieve, payment.external_id)
        if previous.status in ("succeeded", "processing", "requires_capture"):
            return previous
        if previous.status in CANCELABLE:
            self._call(client.v1.payment_intents.cancel, previous.id)
        payment.external_id = ""
        payment.save(update_fields=["external_id"])
        return None

    def _apply(self, payment, intent, request) -> None:
        from marketplace.payments.services import mark_succeeded

        if intent.status == "succeeded":
            mark_succeeded(payment, external_id=intent.id)
        elif intent.status in ("requires_action", "processing", "requires_capture"):
            # Not paid yet: keep the intent so the page (3-D Secure) or the webhook ends it.
            payment.external_id = intent.id
            payment.save(update_fields=["external_id"])
            if intent.status != "requires_action":
                messages.info(
                    request,
                    _("Your bank is processing the payment. We will tell you when it is done."),
                )
        else:
            error = _plain(intent).get("last_payment_error") or {}
            raise GatewayError(decline_message(error.get("code"), error.get("decline_code")))

    # --- Webhooks -------------------------------------------------------------------------

    def handle_webhook(self, request) -> list[GatewayEvent]:
        secret = self.settings.get("webhook_secret")
        if not secret:
            raise WebhookRejected("No webhook signing secret is configured.")
        try:
            event = stripe.Webhook.construct_event(
                request.body,
                request.headers.get("Stripe-Signature"),
                secret,
                api_key=self.settings.get("secret_key") or None,
            )
            kind, event_id = event.type, event.id
            obj = _plain(event.data.object)
        except stripe.SignatureVerificationError as error:
            raise WebhookRejected(f"Bad signature: {error}") from error
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise WebhookRejected(f"Bad payload: {error}") from error

        if kind == "payment_intent.succeeded":
            metadata = obj.get("metadata") or {}
            payment_id = _int_or_none(metadata.get("payment_id"))
            if payment_id is None:
                return []  # not one of ours (another product on the same Stripe account)
            return [
                GatewayEvent(
                    GatewayEvent.SUCCEEDED,
                    event_id=event_id,
                    payment_id=payment_id,
                    external_id=obj.get("id", ""),
                    amount=positive_decimal(metadata.get("amount_lyd")),
                )
            ]
        if kind == "charge.refunded":
            payment_id = self._payment_of(obj)
            if payment_id is None:
                return []
            return [
                GatewayEvent(
                    GatewayEvent.REFUNDED,
                    event_id=event_id,
                    payment_id=payment_id,
                    external_id=obj.get("payment_intent") or "",
                )
            ]
        if kind == "payment_intent.payment_failed":
            # Not the end of the payment: the intent goes back to "requires_payment_method"
            # and the buyer may try another card on the payment page (the error was shown
            # there). Open payments nobody pays expire after PAYMENT_WINDOW.
            error = obj.get("last_payment_error") or {}
            logger.info("Stripe intent %s failed: %s", obj.get("id"), error.get("message") or error)
        return []

    def _payment_of(self, obj: dict) -> int | None:
        """Our payment of a Stripe object: from its metadata, else from its intent's id."""
        from marketplace.payments.models import Payment

        payment_id = _int_or_none((obj.get("metadata") or {}).get("payment_id"))
        if payment_id is not None:
            return payment_id
        intent_id = obj.get("payment_intent")
        if not intent_id:
            return None
        return (
            Payment.objects.filter(gateway=self.id, external_id=intent_id)
            .values_list("pk", flat=True)
            .first()
        )

    # --- Refunds --------------------------------------------------------------------------

    def refund(self, payment, amount: Decimal) -> str:
        """Send ``amount`` LYD back to the card, at the rate the card was charged (so that
        refunding the whole payment refunds exactly what was charged)."""
        if not payment.external_id:
            raise GatewayError(_("This payment has no card charge to refund."))
        client = self.client()
        intent = self._call(
            client.v1.payment_intents.retrieve,
            payment.external_id,
            {"expand": ["latest_charge"]},
        )
        charged = int(intent.amount)
        already = int(_plain(intent.latest_charge).get("amount_refunded") or 0)
        with localcontext() as context:
            context.prec = 60
            share = Decimal(amount) * charged / Decimal(payment.amount)
        minor = min(int(share.quantize(Decimal(1), rounding=ROUND_HALF_UP)), charged - already)
        if minor <= 0:
            raise GatewayError(_("Everything paid by this card was already refunded."))
        params = {
            "payment_intent": intent.id,
            "amount": minor,
            "metadata": {"payment_id": str(payment.pk), "amount_lyd": str(amount)},
        }
        # The same refund retried (after a timeout, say) is sent once: the key is the
        # payment's refund state, which changes only when a refund is recorded.
        key = f"microlibya-payment-{payment.pk}-refund-{payment.refunded_amount}-{amount}"
        refund = self._call(client.v1.refunds.create, params, {"idempotency_key": key})
        if refund.status in ("failed", "canceled"):
            raise GatewayError(_("Stripe could not refund this card. Try again later."))
        return refund.id


def _int_or_none(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
