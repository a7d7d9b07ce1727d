"""The built-in gateway: pay from the balance in your MicroLibya wallet, at once."""

from django.utils.translation import gettext_lazy as _

from marketplace.ledger.services import balance_of, wallet_of
from marketplace.payments.gateways import PaymentGateway, StartResult

WALLET = "wallet"


class WalletGateway(PaymentGateway):
    id = WALLET
    name = _("My balance")
    description = _("Pay at once from your MicroLibya balance (refunds and earnings).")

    def is_available_for(self, buyer, amount) -> bool:
        return bool(buyer and buyer.is_authenticated) and balance_of(wallet_of(buyer)) >= amount

    def start(self, payment, request) -> StartResult:
        # The money is already in the buyer's wallet; funding the orders takes it from there
        # under a row lock, so two checkouts can never spend the same dinar.
        from marketplace.payments.services import mark_succeeded

        mark_succeeded(payment)
        return StartResult(StartResult.PAID)
