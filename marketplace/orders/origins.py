"""Where an order that is not a service's came from, for its page. Apps that make such orders
(projects, from an accepted proposal) register how to name and link it, so the orders app
never imports them."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    label: str
    url: str


_DESCRIBERS: list[Callable] = []


def register_origin(describe: Callable) -> None:
    """``describe(order)`` returns an ``Origin`` for orders it made, ``None`` otherwise."""
    _DESCRIBERS.append(describe)


def origin_of(order) -> Origin | None:
    if order.service_id:
        return None  # a service's order: its title already names it
    for describe in _DESCRIBERS:
        origin = describe(order)
        if origin is not None:
            return origin
    return None
