"""Signals other apps listen to (the projects app follows its orders)."""

from django.dispatch import Signal

# Sent by ``services.perform`` inside the step's transaction, with ``order`` and ``event``
# (its new ``OrderEvent``), after the plugins' ``order_changed`` hook.
order_changed = Signal()
