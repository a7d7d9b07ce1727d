"""Which gateways exist now: the built-in wallet plus those of the active plugins."""

from marketplace.payments.gateways import PaymentGateway
from marketplace.payments.wallet import WalletGateway
from plugins.services import call_hook, plugin_settings


def gateway_classes() -> dict[str, type[PaymentGateway]]:
    classes: dict[str, type[PaymentGateway]] = {WalletGateway.id: WalletGateway}
    for provided in call_hook("payment_gateways"):
        for gateway_class in provided:
            classes.setdefault(gateway_class.id, gateway_class)
    return classes


def get_gateway(gateway_id: str) -> PaymentGateway | None:
    """The active gateway ``gateway_id`` with its settings, or None."""
    gateway_class = gateway_classes().get(gateway_id)
    if gateway_class is None:
        return None
    settings = plugin_settings(gateway_class.plugin) if gateway_class.plugin else {}
    return gateway_class(settings=settings)


def available_gateways(buyer, amount) -> list[PaymentGateway]:
    """The gateways to offer a buyer paying ``amount``, the wallet first."""
    gateways = [get_gateway(gateway_id) for gateway_id in gateway_classes()]
    return [gateway for gateway in gateways if gateway.is_available_for(buyer, amount)]
