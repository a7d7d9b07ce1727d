"""The plugin author's contract: every hook a plugin may implement.

Implement a hook with ``@plugins.hookimpl`` in your plugin's ``plugin`` module, using the
same argument names (you may accept fewer). Hooks of inactive plugins are never called, and a
hook that raises is logged and shown in the admin's Plugins screen instead of breaking the page.

Three kinds of hooks:
- providers return things the core offers to choose from (themes, gateways, ...);
- filters may replace a value (return ``None`` to leave it alone; the first answer wins);
- events tell plugins that something happened (return values are ignored).
"""

import pluggy

PROJECT = "microlibya"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# --- Providers ----------------------------------------------------------------------------


@hookspec
def themes():
    """Return a list of ``themes.registry.Theme`` objects this plugin ships."""


@hookspec
def payment_gateways():
    """Return a list of payment gateway classes (the gateway interface of the payments app)."""


@hookspec
def withdrawal_methods():
    """Return a list of withdrawal method classes sellers can be paid out through."""


@hookspec
def template_slot(name, context):
    """Return HTML for the template slot ``name`` or ``None``.

    ``context`` is the template context (read it, do not change it). Return a string built
    with ``format_html`` or ``render_to_string``; plain strings are escaped.
    Slots in the core templates: ``head``, ``header_end``, ``home_after_hero``,
    ``footer``.
    """


# --- Filters ------------------------------------------------------------------------------


@hookspec(firstresult=True)
def commission_rate(rate, seller):
    """Return a ``Decimal`` percentage to use instead of ``rate`` for ``seller``, or ``None``.

    The commission is always taken from the seller's side only.
    """


@hookspec(firstresult=True)
def proposals_per_month(limit, seller):
    """Return how many proposals ``seller`` may send this calendar month instead of ``limit``
    (the marketplace setting), or ``None``. E.g. a subscription plugin raises it for paying
    sellers. A non-negative ``int`` is used as it is; anything else is ignored."""


# --- Events -------------------------------------------------------------------------------


@hookspec
def user_signed_up(user):
    """A new account was created (its e-mail address is not verified yet)."""


@hookspec
def user_email_confirmed(user, email):
    """``user`` verified the e-mail address ``email``."""


@hookspec
def notification_created(notification):
    """An in-site notification was created for ``notification.user``."""


@hookspec
def service_approved(service):
    """Staff approved ``service`` (new or edited); its approved version is now public."""


@hookspec
def order_changed(order, event):
    """``order`` went through a workflow step; ``event`` is its new ``OrderEvent`` (action,
    actor, from_state, to_state). Called inside the step's database transaction."""


@hookspec
def project_approved(project):
    """Staff approved ``project``: it is open for proposals."""


@hookspec
def proposal_accepted(proposal, order):
    """The buyer accepted ``proposal``; ``order`` (awaiting payment) was created for it."""


@hookspec
def order_completed(order):
    """``order`` completed: its escrow was released to the seller minus the commission."""
