"""A project follows the order its accepted proposal became: paid → the other proposers hear
they were not chosen; the payment never arrived → the project opens again; completed → the
project completes; cancelled after payment (or refunded by a dispute) → it is cancelled."""

from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.notifications.services import notify
from marketplace.orders.models import OrderState
from marketplace.orders.origins import Origin
from marketplace.orders.signals import order_changed
from marketplace.projects.models import Project, ProjectState, Proposal, ProposalState
from marketplace.projects.services import end_live_proposals, expire_locked


@receiver(order_changed, dispatch_uid="projects.follow_order")
def follow_order(sender, order, event, **kwargs):
    proposal = Proposal.objects.filter(order_id=order.pk).select_related("seller").first()
    if proposal is None:
        return
    # Same lock order as the project services: the project, then its proposals.
    project = (
        Project.objects.select_for_update(of=("self",))
        .select_related("buyer")
        .get(pk=proposal.project_id)
    )
    if event.action == "pay":
        end_live_proposals(project, "proposal.not_selected")
    elif event.action == "expire":
        _reopen(project, proposal)
    elif order.state == OrderState.COMPLETED and event.from_state != OrderState.COMPLETED:
        _close(project, ProjectState.COMPLETED)
    elif order.state == OrderState.CANCELLED and event.from_state != OrderState.CANCELLED:
        _close(project, ProjectState.CANCELLED)


def _reopen(project: Project, proposal: Proposal) -> None:
    """The accepted proposal's payment never arrived: the buyer may accept again (the same
    proposal or another) and sellers may still propose, until the project's own expiry; the
    seller hears their acceptance lapsed. A project whose time ran out meanwhile expires."""
    now = timezone.now()
    Proposal.objects.filter(pk=proposal.pk).update(
        order=None, state=ProposalState.SHORTLISTED, updated_at=now
    )
    if project.state != ProjectState.IN_PROGRESS:
        return
    if project.expires_at and project.expires_at <= now:
        expire_locked(project, now)
        return
    project.state = ProjectState.OPEN
    project.save(update_fields=["state"])
    notify(
        proposal.seller,
        "proposal.payment_lapsed",
        url=proposal.get_absolute_url(),
        title=project.title,
    )


def _close(project: Project, state: str) -> None:
    project.state = state
    project.closed_at = timezone.now()
    project.save(update_fields=["state", "closed_at"])


def origin_of_order(order) -> Origin | None:
    """The order page names the project an accepted proposal's order came from."""
    proposal = Proposal.objects.filter(order_id=order.pk).select_related("project").first()
    if proposal is None:
        return None
    project = proposal.project
    label = _("From the project “%(title)s”") % {"title": project.title}
    return Origin(label, project.get_absolute_url())
