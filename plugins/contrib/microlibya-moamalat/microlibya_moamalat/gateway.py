"""The Moamalat gateway: the buyer pays in Moamalat's Lightbox on our payment page, and
Moamalat's notification service tells us the result (the webhook)."""

import json
import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from marketplace.payments.gateways import GatewayEvent, PaymentGateway, StartResult, WebhookRejected
from microlibya_moamalat import signing

logger = logging.getLogger(__name__)

# The transaction types of Moamalat's notifications; only sales pay for anything here.
TXN_SALE = "1"
APPROVED = "00"
# Lightbox payments are settled in minutes; an abandoned one cancels its orders after this.
PAYMENT_WINDOW = timedelta(hours=24)
# The currency of a notification: Moamalat sends ISO 4217's number for the Libyan dinar.
LYD_CODES = {"434", "LYD"}


def _text(value) -> str:
    return "" if value is None else str(value).strip()


class MoamalatGateway(PaymentGateway):
    id = "moamalat"
    plugin = "moamalat"
    name = _("Bank card (Moamalat)")
    description = _(
        "Local bank cards (NUMO), Visa and Mastercard, in Moamalat's secure payment window."
    )
    page_template = "microlibya_moamalat/pay.html"

    # --- Settings -----------------------------------------------------------------------

    @property
    def merchant_id(self) -> str:
        return _text(self.settings.get("merchant_id"))

    @property
    def terminal_id(self) -> str:
        return _text(self.settings.get("terminal_id"))

    @property
    def secret_key(self) -> str:
        return _text(self.settings.get("secret_key"))

    @property
    def notification_key(self) -> str:
        return _text(self.settings.get("notification_key")) or self.secret_key

    @property
    def lightbox_url(self) -> str:
        from microlibya_moamalat.plugin import TEST_LIGHTBOX_URL

        return _text(self.settings.get("lightbox_url")) or TEST_LIGHTBOX_URL

    @property
    def is_configured(self) -> bool:
        return bool(self.merchant_id and self.terminal_id and signing.is_valid_key(self.secret_key))

    def is_available_for(self, buyer, amount) -> bool:
        return self.is_configured

    # --- Paying -------------------------------------------------------------------------

    def start(self, payment, request) -> StartResult:
        payment.expires_at = timezone.now() + PAYMENT_WINDOW
        payment.save(update_fields=["expires_at"])
        return StartResult(StartResult.PAGE)

    def lightbox_config(self, payment, now=None) -> dict:
        """The signed parameters of ``Lightbox.Checkout.configure`` for ``payment``."""
        trx_datetime = timezone.localtime(now).strftime(signing.TRX_DATETIME_FORMAT)
        amount = signing.to_dirhams(payment.amount)
        reference = str(payment.pk)
        secure_hash = signing.secure_hash(
            {
                "Amount": amount,
                "DateTimeLocalTrxn": trx_datetime,
                "MerchantId": self.merchant_id,
                "MerchantReference": reference,
                "TerminalId": self.terminal_id,
            },
            self.secret_key,
        )
        return {
            "MID": self.merchant_id,
            "TID": self.terminal_id,
            "AmountTrxn": amount,
            "MerchantReference": reference,
            "TrxDateTime": trx_datetime,
            "SecureHash": secure_hash,
        }

    def page_context(self, payment, request) -> dict:
        if not self.is_configured:
            return {"moamalat": None}
        return {"moamalat": self.lightbox_config(payment), "lightbox_url": self.lightbox_url}

    # --- Notifications ------------------------------------------------------------------

    def handle_webhook(self, request) -> list[GatewayEvent]:
        data = self._notification_data(request)
        if not signing.is_valid_key(self.notification_key):
            raise WebhookRejected("The Moamalat plugin has no valid secure key.")
        received = data.get("SecureHash")
        if not received:
            raise WebhookRejected("The notification has no SecureHash.")
        signed = {name: data.get(name) for name in signing.NOTIFICATION_FIELDS}
        if not signing.hash_matches(signed, self.notification_key, received):
            raise WebhookRejected("The notification's SecureHash is wrong.")
        if (_text(data.get("MerchantId")), _text(data.get("TerminalId"))) != (
            self.merchant_id,
            self.terminal_id,
        ):
            raise WebhookRejected("The notification is for another merchant or terminal.")

        txn_type = _text(data.get("TxnType"))
        if txn_type != TXN_SALE:
            # Refunds and voids made in Moamalat's portal: nothing to apply here.
            logger.info("Moamalat notification of type %s ignored", txn_type)
            return []
        currency = _text(data.get("Currency"))
        if currency and currency.upper() not in LYD_CODES:
            raise WebhookRejected(f"The notification is in currency {currency}, not LYD.")
        try:
            amount = signing.from_dirhams(data.get("Amount"))
        except ValueError as error:
            raise WebhookRejected(str(error)) from error
        system_reference = _text(data.get("SystemReference"))
        if not system_reference:
            raise WebhookRejected("The notification has no SystemReference.")
        merchant_reference = _text(data.get("MerchantReference"))
        action_code = _text(data.get("ActionCode"))
        if not action_code:
            raise WebhookRejected("The notification has no ActionCode.")

        self._record(data, received, system_reference, merchant_reference, txn_type, action_code)
        if not (merchant_reference.isascii() and merchant_reference.isdigit()):
            # Paid on this terminal but not through our checkout (a payment link, say).
            logger.warning(
                "Moamalat %s: reference %r is not ours", system_reference, merchant_reference
            )
            return []

        if action_code == APPROVED:
            return [
                GatewayEvent(
                    GatewayEvent.SUCCEEDED,
                    event_id=system_reference,
                    payment_id=int(merchant_reference),
                    external_id=system_reference,
                    amount=amount,
                )
            ]
        reason = gettext("The card payment was declined.")
        message = _text(data.get("Message"))
        if message:
            reason = f"{reason} ({message[:200]})"
        return [
            GatewayEvent(
                GatewayEvent.FAILED,
                event_id=system_reference,
                payment_id=int(merchant_reference),
                external_id=system_reference,
                amount=amount,
                reason=reason,
            )
        ]

    @staticmethod
    def _notification_data(request) -> dict:
        if request.content_type == "application/json" or request.body[:1] == b"{":
            try:
                data = json.loads(request.body)
            except (ValueError, UnicodeDecodeError) as error:
                raise WebhookRejected("The notification is not valid JSON.") from error
        else:
            data = request.POST.dict()
        if not isinstance(data, dict):
            raise WebhookRejected("The notification is not a JSON object.")
        return data

    @staticmethod
    def _record(data, secure_hash, system_reference, merchant_reference, txn_type, action_code):
        """Keep the notification; refuse one that reuses another transaction's signature."""
        from microlibya_moamalat.models import Notification

        notification = Notification(
            secure_hash=secure_hash.strip().upper(),
            system_reference=system_reference[:64],
            network_reference=_text(data.get("NetworkReference"))[:64],
            merchant_reference=merchant_reference[:64],
            txn_type=txn_type[:8],
            action_code=action_code[:8],
            amount_dirhams=int(_text(data.get("Amount"))),
            payload=data,
        )
        try:
            with transaction.atomic():
                notification.save()
            return
        except IntegrityError:
            pass
        seen = Notification.objects.get(secure_hash=notification.secure_hash)
        if not seen.same_transaction(notification):
            logger.error(
                "Moamalat signature of %s reused for %s / payment %s",
                seen.system_reference,
                system_reference,
                merchant_reference,
            )
            raise WebhookRejected("This signature belongs to another transaction.")
