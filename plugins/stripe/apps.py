from django.apps import AppConfig


class StripePluginConfig(AppConfig):
    name = "plugins.stripe"
    label = "stripe_gateway"
    verbose_name = "Stripe"
