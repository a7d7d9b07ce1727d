"""Inbox, thread, new conversation, block, report and attachment download. Every view finds
the conversation and checks the user is one of its two parties (or staff allowed to look);
anyone else gets a 404, so a thread's existence is not revealed either."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from marketplace.messaging import services
from marketplace.messaging.contact import ContactKind
from marketplace.messaging.forms import MessageForm, ReportForm
from marketplace.messaging.models import Attachment, Block, Conversation, Message
from marketplace.messaging.subjects import resolve_subject, subject_key

THREAD_PAGE = 50
CONTACT_KIND_LABELS = {
    ContactKind.PHONE: gettext_lazy("a phone number"),
    ContactKind.EMAIL: gettext_lazy("an e-mail address"),
    ContactKind.LINK: gettext_lazy("a link to another messaging app"),
}
FILE_ERRORS = {"file_type", "file_size", "file_empty", "file_content", "too_many_files"}


def _readable_conversation(request, pk) -> Conversation:
    conversation = get_object_or_404(
        Conversation.objects.select_related(
            "starter__profile", "recipient__profile", "subject_type"
        ),
        pk=pk,
    )
    if not services.can_read(conversation, request.user):
        raise Http404
    return conversation


def _own_conversation(request, pk) -> Conversation:
    conversation = _readable_conversation(request, pk)
    if not conversation.has_party(request.user):
        raise Http404
    return conversation


def _send(form, send):
    """Call ``send(body, files, confirm_contact)`` with the form's data; put the services'
    errors on the form. The contact-details warning is kept on ``form.contact_warning``."""
    form.contact_warning = None
    if not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        return send(data["body"], data["files"], data["confirm_contact"])
    except services.ContactDetailsWarning as warning:
        form.contact_warning = [str(CONTACT_KIND_LABELS[kind]) for kind in warning.kinds]
    except ValidationError as error:
        form.add_error("files" if error.code in FILE_ERRORS else None, error)
    return None


@login_required
@never_cache
def inbox(request):
    unread_only = request.GET.get("show") == "unread"
    page = Paginator(services.inbox(request.user, unread_only=unread_only), 20).get_page(
        request.GET.get("page")
    )
    for conversation in page.object_list:
        conversation.other = conversation.other_party(request.user)
    return TemplateResponse(
        request, "messaging/inbox.html", {"page": page, "unread_only": unread_only}
    )


@login_required
@never_cache
def thread(request, pk):
    conversation = _readable_conversation(request, pk)
    is_party = conversation.has_party(request.user)
    form = MessageForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not is_party:
            raise Http404
        sent = _send(
            form,
            lambda body, files, confirm: services.send_message(
                conversation, request.user, body, files=files, confirm_contact=confirm
            ),
        )
        if sent:
            back = request.POST.get("next", "")
            if back and url_has_allowed_host_and_scheme(back, allowed_hosts=None):
                return redirect(back)  # the order page writes into its conversation
            return redirect(f"{conversation.get_absolute_url()}#message-{sent.pk}")
    elif is_party:
        services.mark_read(conversation, request.user)
    return TemplateResponse(
        request,
        "messaging/thread.html",
        _thread_context(request, conversation, form, is_party),
        status=400 if request.method == "POST" else 200,
    )


def _thread_context(request, conversation, form, is_party):
    viewer = request.user
    # Staff looking into a reported thread see it from its starter's side.
    me = viewer if is_party else conversation.starter
    other = conversation.other_party(me)
    shown = services.thread_messages(conversation)
    before = request.GET.get("before", "")
    if before.isdigit():
        shown = shown.filter(pk__lt=int(before))
    latest = list(shown.order_by("-created_at", "-pk")[: THREAD_PAGE + 1])
    has_earlier = len(latest) > THREAD_PAGE
    thread = list(reversed(latest[:THREAD_PAGE]))
    blocks = set(
        Block.objects.filter(blocker__in=[me, other], blocked__in=[me, other]).values_list(
            "blocker_id", flat=True
        )
    )
    return {
        "conversation": conversation,
        "me": me,
        "other": other,
        "thread_messages": thread,
        "earlier_before": thread[0].pk if has_earlier and thread else None,
        "is_party": is_party,
        "form": form,
        "i_blocked": me.pk in blocks,
        "they_blocked": other.pk in blocks,
        "last_id": thread[-1].pk if thread else 0,
        "receipt": _receipt(thread[-1] if thread else None, me),
        "poll_seconds": settings.MESSAGE_POLL_SECONDS,
        "other_response_hours": services.response_hours(other),
    }


def _receipt(last_message, me):
    """The read receipt under the thread: about the last message, when it is the viewer's."""
    return last_message if last_message and last_message.sender_id == me.pk else None


@login_required
@never_cache
def poll(request, pk):
    """The open thread asks for what changed since it was drawn: new messages (then read, as
    the user is looking) and the read receipt of the user's last message."""
    conversation = _own_conversation(request, pk)
    after = request.GET.get("after", "")
    after = int(after) if after.isdigit() else 0
    fresh = list(services.thread_messages(conversation).filter(pk__gt=after)[:THREAD_PAGE])
    if fresh:
        services.mark_read(conversation, request.user)
    last = conversation.messages.order_by("-created_at", "-pk").first()
    # A fragment, rendered without the page's context processors (header counts, theme):
    # it runs every few seconds in every open thread.
    return HttpResponse(
        render_to_string(
            "messaging/includes/poll.html",
            {
                "conversation": conversation,
                "me": request.user,
                "fresh": fresh,
                "receipt": _receipt(last, request.user),
                "oob": True,
                "last_id": fresh[-1].pk if fresh else after,
                "poll_seconds": settings.MESSAGE_POLL_SECONDS,
            },
        )
    )


@login_required
@never_cache
def start(request, username):
    """Write to a user, about a subject named in ``?about=`` (a service, say). If the two
    already have a thread about it, the message goes there."""
    recipient = get_object_or_404(get_user_model(), username=username, is_active=True)
    if recipient == request.user:
        messages.info(request, _("This is your own account."))
        return redirect("messaging:inbox")
    about = request.GET.get("about", "")
    subject = None
    if about:
        try:
            subject = resolve_subject(about, request.user, recipient)
        except ValidationError as error:
            raise Http404(error.message) from error
    existing = services.find_conversation(request.user, recipient, subject)
    if existing and request.method != "POST":
        return redirect(existing)
    form = MessageForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        sent = _send(
            form,
            lambda body, files, confirm: services.start_conversation(
                request.user,
                recipient,
                body,
                subject=subject,
                files=files,
                confirm_contact=confirm,
            ),
        )
        if sent:
            return redirect(sent.conversation)
    return TemplateResponse(
        request,
        "messaging/start.html",
        {
            "recipient": recipient,
            "subject": subject,
            "about": subject_key(subject) if subject else "",
            "form": form,
            "blocked": services.blocked_between(request.user, recipient),
            "recipient_response_hours": services.response_hours(recipient),
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def block(request, pk):
    return _set_block(request, pk, blocked=True)


@login_required
@require_POST
def unblock(request, pk):
    return _set_block(request, pk, blocked=False)


def _set_block(request, pk, *, blocked: bool):
    conversation = _own_conversation(request, pk)
    other = conversation.other_party(request.user)
    if blocked:
        services.block_user(request.user, other)
        done = _("You blocked %(name)s. Neither of you can write to the other.")
    else:
        services.unblock_user(request.user, other)
        done = _("You unblocked %(name)s.")
    messages.success(request, done % {"name": other.public_name})
    return redirect(conversation)


@login_required
def report(request, pk):
    """The recipient of a message reports it to staff."""
    message = get_object_or_404(
        Message.objects.select_related("conversation", "sender__profile"),
        pk=pk,
        recipient=request.user,
    )
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report_message(
            message, request.user, form.cleaned_data["reason"], form.cleaned_data["note"]
        )
        messages.success(request, _("Thank you. Our team will look at this message."))
        return redirect(message.conversation)
    return TemplateResponse(request, "messaging/report.html", {"message": message, "form": form})


@login_required
def attachment(request, pk):
    item = get_object_or_404(Attachment.objects.select_related("message__conversation"), pk=pk)
    if not services.can_read(item.message.conversation, request.user):
        raise Http404
    return attachment_response(item)


def attachment_response(item: Attachment) -> FileResponse:
    """The file as a download, never rendered by the browser as a page of this site."""
    response = FileResponse(
        item.file.open("rb"),
        as_attachment=True,
        filename=item.name,
        content_type=item.content_type,
    )
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
