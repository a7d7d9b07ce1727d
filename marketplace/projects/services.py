"""Project and proposal operations: views, the API, the admin and tasks call these.

Every function re-checks its rules itself, whoever calls it, and raises a ValidationError with
a message in the user's language; nothing changes when it does. Steps that touch a project's
proposals lock the project row first, so a proposal, an acceptance, a close and the expiry
task never cross.
"""

import logging
from dataclasses import dataclass, fields
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from marketplace.catalog.html import clean_description, text_length
from marketplace.catalog.models import Category
from marketplace.ledger.money import format_lyd
from marketplace.messaging.services import files_removed_on_failure
from marketplace.messaging.uploads import check_attachment
from marketplace.notifications.services import notify
from marketplace.orders.checkout import order_outside_cart, start_payment
from marketplace.projects import rules, search
from marketplace.projects.models import (
    CLOSABLE_STATES,
    EDITABLE_STATES,
    HIRED_STATES,
    LIVE_PROPOSAL_STATES,
    MAX_ATTACHMENTS,
    Project,
    ProjectAttachment,
    ProjectState,
    Proposal,
    ProposalAttachment,
    ProposalState,
)
from marketplace.projects.moderation import submit_for_review
from marketplace.rules.models import MarketplaceSettings
from plugins.context import site_scope
from plugins.services import call_hook

logger = logging.getLogger(__name__)


def refused(message: str) -> ValidationError:
    return ValidationError(message, code="not_allowed")


# --- Projects -------------------------------------------------------------------------------


@dataclass
class ProjectDraft:
    """What the buyer writes, as typed (the services clean and check it)."""

    title: str
    description: str
    category: Category | None
    skills: list[str]
    budget_min: Decimal | None
    budget_max: Decimal | None
    duration_days: int | None

    @classmethod
    def of(cls, values: dict) -> "ProjectDraft":
        """The draft in a form's or a serializer's cleaned values (extra keys are ignored)."""
        return cls(**{field.name: values[field.name] for field in fields(cls)})


def _checked_fields(draft: ProjectDraft) -> dict:
    errors = {}
    cleaned = {}
    try:
        cleaned["title"] = rules.clean_title(draft.title)
    except ValidationError as error:
        errors["title"] = error
    description = clean_description(draft.description or "")
    if text_length(description) < rules.DESCRIPTION_MIN:
        errors["description"] = ValidationError(
            _("Describe the project in at least %(min)s characters.")
            % {"min": rules.DESCRIPTION_MIN},
            code="description",
        )
    cleaned["description"] = description
    if draft.category is None or draft.category.parent_id is None:
        errors["category"] = ValidationError(_("Choose a subcategory."), code="category")
    try:
        cleaned["skills"] = rules.clean_skills(draft.skills or [])
    except ValidationError as error:
        errors["skills"] = error
    if draft.budget_min is None:
        errors["budget_min"] = ValidationError(_("Enter the budget."), code="required")
    if draft.budget_max is None:
        errors["budget_max"] = ValidationError(_("Enter the budget."), code="required")
    if draft.budget_min is not None and draft.budget_max is not None:
        try:
            rules.check_budget(draft.budget_min, draft.budget_max, draft.category)
        except ValidationError as error:
            errors.update(error.error_dict)
    try:
        rules.check_days(draft.duration_days or 0)
    except ValidationError as error:
        errors["duration_days"] = error
    if errors:
        raise ValidationError(errors)
    return cleaned


def _checked_files(files, kept: int) -> list:
    files = list(files or ())
    if kept + len(files) > MAX_ATTACHMENTS:
        raise ValidationError(
            {
                "attachments": ValidationError(
                    _("Attach at most %(count)d files.") % {"count": MAX_ATTACHMENTS},
                    code="too_many_files",
                )
            }
        )
    try:
        return [(upload, check_attachment(upload)) for upload in files]
    except ValidationError as error:
        raise ValidationError({"attachments": error}) from error


def _store_files(model, owner_field: str, owner, checked, stored: list) -> None:
    for upload, info in checked:
        upload.seek(0)
        attachment = model(
            **{owner_field: owner}, name=info.name, content_type=info.content_type, size=info.size
        )
        attachment.file.save(info.name, upload, save=False)
        stored.append(attachment.file)
        attachment.save()


def _delete_attachments(attachments) -> None:
    """Delete the rows now and their files once the transaction commits (a rollback keeps
    both)."""
    for attachment in attachments:
        transaction.on_commit(lambda file=attachment.file: file.delete(save=False))
    attachments.delete()


def _write(project: Project, draft: ProjectDraft, cleaned: dict) -> None:
    project.title = cleaned["title"]
    project.description = cleaned["description"]
    project.category = draft.category
    project.budget_min = draft.budget_min
    project.budget_max = draft.budget_max
    project.duration_days = draft.duration_days
    project.search_terms = search.terms_of(project, cleaned["skills"])


def post_project(buyer, draft: ProjectDraft, files=()) -> Project:
    """Create the project and send it to review."""
    cleaned = _checked_fields(draft)
    checked = _checked_files(files, kept=0)
    with files_removed_on_failure() as stored, transaction.atomic():
        project = Project(buyer=buyer, live=False, state=ProjectState.PENDING)
        _write(project, draft, cleaned)
        project.save()
        project.skills.set(cleaned["skills"])
        project.save()  # the cluster's tags are written on save
        _store_files(ProjectAttachment, "project", project, checked, stored)
        project.save_revision(user=buyer, log_action=True)
        submit_for_review(project, buyer)
    return project


def edit_project(project: Project, buyer, draft: ProjectDraft, files=(), remove=()) -> Project:
    """Change a project that is not published yet; it goes (back) to review."""
    with files_removed_on_failure() as stored, transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if project.buyer_id != buyer.pk:
            raise refused(_("Only the project's buyer can edit it."))
        if project.state not in EDITABLE_STATES:
            raise refused(_("A published project can no longer be edited."))
        cleaned = _checked_fields(draft)
        removing = project.attachments.filter(pk__in=[int(pk) for pk in remove or ()])
        kept = project.attachments.count() - removing.count()
        checked = _checked_files(files, kept=kept)
        _delete_attachments(removing)
        _write(project, draft, cleaned)
        project.state = ProjectState.PENDING
        project.rejection_reason = ""
        project.save()
        project.skills.set(cleaned["skills"])
        project.save()
        _store_files(ProjectAttachment, "project", project, checked, stored)
        project.save_revision(user=buyer, log_action=True)
        submit_for_review(project, buyer)
    return project


def record_approval(project: Project) -> None:
    """Staff approved the project: it opens for proposals for the setting's number of days."""
    now = timezone.now()
    days = MarketplaceSettings.current().project_open_days
    changed = Project.objects.filter(pk=project.pk, state=ProjectState.PENDING).update(
        state=ProjectState.OPEN, rejection_reason="", expires_at=now + timedelta(days=days)
    )
    if not changed:
        return
    project.refresh_from_db()
    # Moderators may have edited the project in the admin: search what was approved.
    skills = [tag.name for tag in project.skills.all()]
    project.search_terms = search.terms_of(project, skills)
    project.save(update_fields=["search_terms"])
    notify(project.buyer, "project.approved", url=project.get_absolute_url(), title=project.title)
    call_hook("project_approved", project=project)


def record_rejection(project: Project, reason: str) -> None:
    """Changes requested: only a project waiting for review goes back to its buyer."""
    changed = Project.objects.filter(pk=project.pk, state=ProjectState.PENDING).update(
        state=ProjectState.REJECTED, rejection_reason=reason
    )
    if not changed:
        return
    notify(
        project.buyer,
        "project.rejected",
        url=project.get_absolute_url(),
        title=project.title,
        reason=reason,
    )


def close_project(project: Project, buyer) -> Project:
    """The buyer closes a project nobody was hired on; live proposals end."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if project.buyer_id != buyer.pk:
            raise refused(_("Only the project's buyer can close it."))
        if project.state not in CLOSABLE_STATES:
            raise refused(_("This project can no longer be closed."))
        was_in_review = project.state != ProjectState.OPEN
        _end(project, ProjectState.CLOSED)
        if was_in_review and project.current_workflow_state:
            project.current_workflow_state.cancel(user=buyer)
    return project


def take_down(project: Project) -> None:
    """Staff unpublished the project: if it was still taking proposals, it closes."""
    with transaction.atomic():
        project = Project.objects.select_for_update().get(pk=project.pk)
        if project.state == ProjectState.OPEN:
            _end(project, ProjectState.CLOSED)


def expire_projects(now=None) -> int:
    """End the open projects whose time ran out without a hire (the beat task). Returns how
    many expired."""
    now = now or timezone.now()
    due = Project.objects.filter(state=ProjectState.OPEN, expires_at__lte=now)
    expired = 0
    for pk in due.values_list("pk", flat=True).order_by("expires_at", "pk"):
        try:
            expired += _expire(pk, now)
        except Exception:
            # This project's step rolled back; the others still expire, and it is tried again
            # on the next run.
            logger.exception("Could not expire project %s", pk)
    return expired


def _expire(pk: int, now) -> int:
    with site_scope(), transaction.atomic():
        project = Project.objects.select_for_update(of=("self",)).select_related("buyer").get(pk=pk)
        if project.state != ProjectState.OPEN or project.expires_at > now:
            return 0  # hired or closed meanwhile
        expire_locked(project, now)
        return 1


def expire_locked(project: Project, now) -> None:
    """End ``project`` (locked), whose time ran out without a hire; its buyer and the sellers
    still in the running are told."""
    _end(project, ProjectState.EXPIRED, now=now)
    notify(project.buyer, "project.expired", url=project.get_absolute_url(), title=project.title)


def _end(project: Project, state: str, now=None) -> None:
    """Close ``project`` (locked) in ``state``; its live proposals are not chosen."""
    project.state = state
    project.closed_at = now or timezone.now()
    project.save(update_fields=["state", "closed_at"])
    end_live_proposals(project, "proposal.project_ended")


def end_live_proposals(project: Project, event: str) -> None:
    ending = list(project.proposals.filter(state__in=LIVE_PROPOSAL_STATES).select_related("seller"))
    Proposal.objects.filter(pk__in=[p.pk for p in ending]).update(state=ProposalState.NOT_SELECTED)
    for proposal in ending:
        notify(proposal.seller, event, url=proposal.get_absolute_url(), title=project.title)


def hire_rate(buyer) -> tuple[int, int | None]:
    """``(projects posted, percent hired)``: of the buyer's published projects that are no
    longer open, the share that reached an order (None before any ended)."""
    counts = dict(
        Project.objects.filter(buyer=buyer, live=True)
        .order_by()
        .values_list("state")
        .annotate(n=Count("pk"))
    )
    posted = sum(counts.values())
    decided = posted - counts.get(ProjectState.OPEN, 0)
    hired = sum(counts.get(state, 0) for state in HIRED_STATES)
    return posted, (round(100 * hired / decided) if decided else None)


# --- Proposals ------------------------------------------------------------------------------


def _lock_project(project_id: int) -> Project:
    return (
        Project.objects.select_for_update(of=("self",))
        .select_related("buyer", "category__parent")
        .get(pk=project_id)
    )


def _check_offer(project: Project, price, days, cover_letter) -> dict:
    errors, cleaned = {}, {}
    if price is None:
        errors["price"] = ValidationError(_("Enter your price."), code="required")
    else:
        try:
            rules.check_price(price, project.category)
        except ValidationError as error:
            errors["price"] = error
    try:
        rules.check_days(days or 0)
    except ValidationError as error:
        errors["days"] = error
    try:
        cleaned["cover_letter"] = rules.clean_cover_letter(cover_letter)
    except ValidationError as error:
        errors["cover_letter"] = error
    if errors:
        raise ValidationError(errors)
    return cleaned


def _recount(project: Project) -> None:
    """The number of proposals shown on the project: all but withdrawn ones."""
    count = project.proposals.exclude(state=ProposalState.WITHDRAWN).count()
    Project.objects.filter(pk=project.pk).update(proposal_count=count)
    project.proposal_count = count


def proposal_refusal(project: Project, seller, existing=None) -> ValidationError | None:
    """Why ``seller`` may not send a proposal on ``project`` now, or None. Pages and the API
    ask it to offer the form; ``send_proposal`` asks again under the locks. ``existing`` is
    the seller's proposal on the project, if the caller has read it."""
    if project.buyer_id == seller.pk:
        return refused(_("You cannot send a proposal on your own project."))
    if not project.is_open or not project.buyer.is_active:
        return refused(_("This project no longer takes proposals."))
    if existing is None:
        existing = Proposal.objects.filter(project=project, seller=seller).first()
    if existing and existing.state != ProposalState.WITHDRAWN:
        return refused(_("You already sent a proposal on this project: edit it instead."))
    if existing and existing.sent_at >= rules.month_start():
        return None  # sending a withdrawn one again this month counts nothing more
    try:
        rules.check_monthly_limit(seller)
    except ValidationError as error:
        return error
    return None


def send_proposal(project: Project, seller, *, price, days, cover_letter, files=()) -> Proposal:
    """One proposal per seller per project, while it is open, within the monthly limit. A
    seller who withdrew may send again."""
    with files_removed_on_failure() as stored, transaction.atomic():
        project = _lock_project(project.pk)
        # The seller's row serialises their proposals, so the monthly limit holds under races.
        get_user_model().objects.select_for_update(no_key=True).filter(pk=seller.pk).first()
        existing = Proposal.objects.filter(project=project, seller=seller).first()
        refusal = proposal_refusal(project, seller, existing)
        if refusal:
            raise refusal
        cleaned = _check_offer(project, price, days, cover_letter)
        checked = _checked_files(files, kept=0)
        proposal = existing or Proposal(project=project, seller=seller)
        if existing:
            _delete_attachments(existing.attachments.all())
        proposal.price = price
        proposal.days = days
        proposal.cover_letter = cleaned["cover_letter"]
        proposal.state = ProposalState.SUBMITTED
        proposal.decline_reason = ""
        proposal.sent_at = timezone.now()
        proposal.save()
        _store_files(ProposalAttachment, "proposal", proposal, checked, stored)
        _recount(project)
        notify(
            project.buyer,
            "proposal.received",
            url=project.get_absolute_url() + "#proposals",
            title=project.title,
            seller=seller.public_name,
            amount=format_lyd(price),
        )
    return proposal


def _lock_proposal(proposal: Proposal) -> tuple[Project, Proposal]:
    project = _lock_project(proposal.project_id)
    locked = (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("seller")
        .get(pk=proposal.pk)
    )
    return project, locked


def _check_seller_may_change(project: Project, proposal: Proposal, seller) -> None:
    if proposal.seller_id != seller.pk:
        raise refused(_("This is not your proposal."))
    if not project.is_open:
        raise refused(_("The project is no longer open: the proposal cannot change."))
    if not proposal.is_live:
        raise refused(_("This proposal can no longer change."))


def edit_proposal(
    proposal: Proposal, seller, *, price, days, cover_letter, files=(), remove=()
) -> Proposal:
    with files_removed_on_failure() as stored, transaction.atomic():
        project, proposal = _lock_proposal(proposal)
        _check_seller_may_change(project, proposal, seller)
        cleaned = _check_offer(project, price, days, cover_letter)
        removing = proposal.attachments.filter(pk__in=[int(pk) for pk in remove or ()])
        checked = _checked_files(files, kept=proposal.attachments.count() - removing.count())
        _delete_attachments(removing)
        proposal.price = price
        proposal.days = days
        proposal.cover_letter = cleaned["cover_letter"]
        proposal.save()
        _store_files(ProposalAttachment, "proposal", proposal, checked, stored)
    return proposal


def withdraw_proposal(proposal: Proposal, seller) -> Proposal:
    with transaction.atomic():
        project, proposal = _lock_proposal(proposal)
        _check_seller_may_change(project, proposal, seller)
        proposal.state = ProposalState.WITHDRAWN
        proposal.save(update_fields=["state", "updated_at"])
        _recount(project)
    return proposal


def _check_buyer_may_decide(project: Project, proposal: Proposal, buyer) -> None:
    if project.buyer_id != buyer.pk:
        raise refused(_("Only the project's buyer can do this."))
    if not project.is_open:
        raise refused(_("The project is no longer open."))
    if not proposal.is_live:
        raise refused(_("This proposal is no longer in the running."))


def shortlist(proposal: Proposal, buyer, *, on: bool = True) -> Proposal:
    """Mark a proposal to compare later, or take the mark off. The seller is not told."""
    with transaction.atomic():
        project, proposal = _lock_proposal(proposal)
        _check_buyer_may_decide(project, proposal, buyer)
        proposal.state = ProposalState.SHORTLISTED if on else ProposalState.SUBMITTED
        proposal.save(update_fields=["state", "updated_at"])
    return proposal


def decline_proposal(proposal: Proposal, buyer, reason: str = "") -> Proposal:
    with transaction.atomic():
        project, proposal = _lock_proposal(proposal)
        _check_buyer_may_decide(project, proposal, buyer)
        proposal.state = ProposalState.DECLINED
        proposal.decline_reason = (reason or "").strip()[:1000]
        proposal.save(update_fields=["state", "decline_reason", "updated_at"])
        notify(
            proposal.seller,
            "proposal.declined",
            url=proposal.get_absolute_url(),
            title=project.title,
            reason=proposal.decline_reason,
        )
    return proposal


def accept_proposal(proposal: Proposal, buyer, gateway_id: str, request=None) -> tuple:
    """The buyer hires the proposal's seller: an order for the proposal's price and days,
    paid through the chosen gateway like a cart. Returns ``(payment, StartResult, order)``;
    with the wallet the order is already paid and funded. The project is in progress from
    here; if the payment never arrives, it opens again (``lifecycle``). Raises
    ValidationError (not allowed) or CheckoutError (payment refused), and nothing changed."""
    with site_scope(), transaction.atomic():
        project, proposal = _lock_proposal(proposal)
        _check_buyer_may_decide(project, proposal, buyer)
        if not proposal.seller.is_active:
            raise refused(_("This seller's account is closed."))
        gateway, payment, order = order_outside_cart(
            buyer,
            proposal.seller,
            gateway_id,
            title=project.title,
            price=proposal.price,
            days=proposal.days,
        )
        proposal.order = order
        proposal.state = ProposalState.ACCEPTED
        proposal.save(update_fields=["order", "state", "updated_at"])
        project.state = ProjectState.IN_PROGRESS
        project.save(update_fields=["state"])
        notify(
            proposal.seller,
            "proposal.accepted",
            url=proposal.get_absolute_url(),
            title=project.title,
            amount=format_lyd(proposal.price),
        )
        result = start_payment(gateway, payment, request)
        call_hook("proposal_accepted", proposal=proposal, order=order)
    return payment, result, order
