"""Signals the payments service sends inside its database transaction, so whoever reacts
(the orders app funds its orders) succeeds or fails together with the payment."""

from django.dispatch import Signal

# payment: the Payment that just succeeded (its money is in the buyer's wallet now).
payment_succeeded = Signal()
# payment: the Payment that failed, was rejected by staff or expired unpaid.
payment_ended_unpaid = Signal()
