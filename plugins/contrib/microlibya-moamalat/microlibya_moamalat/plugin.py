"""Hook implementations of the Moamalat plugin: card payments through Moamalat's Lightbox."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from plugins import PluginMeta, SettingField, hookimpl

TEST_LIGHTBOX_URL = "https://tnpg.moamalat.net:6006/js/lightbox.js"
LIVE_LIGHTBOX_URL = "https://npg.moamalat.net:6006/js/lightbox.js"

meta = PluginMeta(
    name=_("Moamalat card payments"),
    description=_(
        "Buyers pay with a local bank card (NUMO), Visa or Mastercard in Moamalat's secure "
        "window, in Libyan dinars. Payments are confirmed when Moamalat notifies "
        "https://<your site>/payments/webhooks/moamalat/ — give Moamalat this address."
    ),
    settings=(
        SettingField("merchant_id", _("Merchant ID (MID)"), required=True, default=""),
        SettingField("terminal_id", _("Terminal ID (TID)"), required=True, default=""),
        SettingField(
            "secret_key",
            _("Secure key"),
            type="secret",
            required=True,
            default="",
            help_text=_("The hexadecimal secure key Moamalat gave you with your terminal."),
        ),
        SettingField(
            "notification_key",
            _("Notification key"),
            type="secret",
            default="",
            help_text=_(
                "Only if Moamalat gave you a separate key for notifications; otherwise the "
                "secure key is used."
            ),
        ),
        SettingField(
            "lightbox_url",
            _("Lightbox script address"),
            type="url",
            required=True,
            default=TEST_LIGHTBOX_URL,
            help_text=format_lazy(
                _("Test: {test} — live: {live}"), test=TEST_LIGHTBOX_URL, live=LIVE_LIGHTBOX_URL
            ),
        ),
    ),
)


@hookimpl
def payment_gateways():
    from microlibya_moamalat.gateway import MoamalatGateway

    return [MoamalatGateway]
