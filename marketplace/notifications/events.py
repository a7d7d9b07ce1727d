"""The kinds of notification the site sends. Each names its in-site title and e-mail templates.

A title may use ``%(name)s`` placeholders filled from the notification's context; it is
translated when shown, so each reader sees it in their own language. ``label`` names the kind
on the preferences page. A user may switch an ``optional`` kind off, in the site or by e-mail;
the others (security, moderation decisions) always reach them. A ``digest`` kind is never
e-mailed one by one: its app sends a periodic digest instead.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class EventKind:
    slug: str
    title: str
    label: str
    send_email: bool = True
    optional: bool = True
    digest: bool = False

    @property
    def template_base(self) -> str:
        return "notifications/email/" + self.slug.replace(".", "_")


EVENTS: dict[str, EventKind] = {}


def register_event(
    slug: str,
    title,
    *,
    label,
    send_email: bool = True,
    optional: bool = True,
    digest: bool = False,
) -> EventKind:
    kind = EventKind(slug, title, label, send_email, optional, digest)
    EVENTS[slug] = kind
    return kind


def get_event(slug: str) -> EventKind:
    try:
        return EVENTS[slug]
    except KeyError:
        raise LookupError(f"Unknown notification event {slug!r}; register it first.") from None


register_event(
    "account.welcome",
    _("Welcome to MicroLibya, %(name)s!"),
    label=_("Welcome when the account is ready"),
    optional=False,
)
