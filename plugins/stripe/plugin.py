"""Stripe card payments: the buyer pays by card on our payment page (Stripe's Payment Element),
charged in US dollars or euros at the site's rate; see docs/plugins-stripe.md."""

from django.utils.translation import gettext_lazy as _

from plugins import PluginMeta, SettingField, hookimpl

meta = PluginMeta(
    name=_("Stripe"),
    description=_(
        "Card payments (Visa, Mastercard) through Stripe, charged in US dollars or euros at "
        "your exchange rate. Webhook address: /payments/webhooks/stripe/"
    ),
    settings=(
        SettingField(
            "publishable_key",
            _("Publishable key"),
            required=True,
            default="",
            help_text=_("Starts with pk_live_ (or pk_test_ while testing)."),
        ),
        SettingField(
            "secret_key",
            _("Secret key"),
            type="secret",
            required=True,
            default="",
            help_text=_("Starts with sk_live_ (or sk_test_). A restricted key works too."),
        ),
        SettingField(
            "webhook_secret",
            _("Webhook signing secret"),
            type="secret",
            required=True,
            default="",
            help_text=_(
                "Starts with whsec_. Shown by Stripe when you add the endpoint "
                "https://<your domain>/payments/webhooks/stripe/"
            ),
        ),
        SettingField(
            "currency",
            _("Charge currency"),
            type="choice",
            required=True,
            default="usd",
            choices=(("usd", _("US dollar (USD)")), ("eur", _("Euro (EUR)"))),
        ),
        SettingField(
            "lyd_per_unit",
            _("Exchange rate: LYD for one dollar or euro"),
            type="decimal",
            required=True,
            default=None,
            help_text=_(
                "How many Libyan dinars one unit of the charge currency costs, e.g. 4.850. "
                "The card is charged the LYD amount divided by this rate, rounded half-up "
                "to the cent; the buyer's balance always gets the exact LYD amount."
            ),
        ),
        SettingField(
            "api_base",
            _("API address (testing only)"),
            type="url",
            default="",
            help_text=_(
                "Leave empty for Stripe. Set it to a Stripe-compatible test server such as "
                "localstripe (http://localhost:8420) on a staging site."
            ),
        ),
    ),
)


@hookimpl
def payment_gateways():
    from plugins.stripe.gateway import StripeGateway

    return [StripeGateway]
