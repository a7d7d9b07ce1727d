"""The kinds of notification the site sends. Each names its in-site title and e-mail templates.

A title may use ``%(name)s`` placeholders filled from the notification's context; it is
translated when shown, so each reader sees it in their own language.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class EventKind:
    slug: str
    title: str
    send_email: bool = True

    @property
    def template_base(self) -> str:
        return "notifications/email/" + self.slug.replace(".", "_")


EVENTS: dict[str, EventKind] = {}


def register_event(slug: str, title, send_email: bool = True) -> EventKind:
    kind = EventKind(slug, title, send_email)
    EVENTS[slug] = kind
    return kind


def get_event(slug: str) -> EventKind:
    try:
        return EVENTS[slug]
    except KeyError:
        raise LookupError(f"Unknown notification event {slug!r}; register it first.") from None


register_event("account.welcome", _("Welcome to MicroLibya, %(name)s!"))
