"""Conversations API: list, read a thread, start one, send a message, mark read, download an
attachment. The messaging services apply the same checks as the pages (parties only, blocks,
the hourly limit, attachments, the contact-details warning)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.api.errors import invalid
from marketplace.api.serializers import person
from marketplace.messaging import services
from marketplace.messaging.models import MESSAGE_MAX_LENGTH, Attachment, Conversation
from marketplace.messaging.subjects import resolve_subject, subject_key
from marketplace.messaging.views import attachment_response

THREAD_LIMIT = 50


class ConversationPagination(PageNumberPagination):
    page_size = 20


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "name", "content_type", "size", "url"]

    def get_url(self, attachment) -> str:
        return reverse("api:attachment", kwargs={"pk": attachment.pk})


class MessageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    sender = serializers.CharField(source="sender.username")
    body = serializers.CharField()
    created_at = serializers.DateTimeField()
    read_at = serializers.DateTimeField(allow_null=True)
    attachments = AttachmentSerializer(many=True)
    contact_details_shared = serializers.SerializerMethodField()

    def get_contact_details_shared(self, message) -> list[str]:
        """Told to the sender only, as on the pages."""
        return message.contact_kinds if message.sender_id == self.context["request"].user.pk else []


class ConversationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    other = serializers.SerializerMethodField()
    subject = serializers.SerializerMethodField()
    unread = serializers.IntegerField()
    last_message = serializers.SerializerMethodField()
    last_message_at = serializers.DateTimeField()

    def get_other(self, conversation) -> dict:
        return person(conversation.other_party(self.context["request"].user))

    def get_subject(self, conversation) -> dict | None:
        subject = conversation.subject
        if subject is None:
            return None
        url = getattr(subject, "get_absolute_url", None)
        return {"key": subject_key(subject), "title": str(subject), "url": url() if url else ""}

    def get_last_message(self, conversation) -> dict:
        mine = conversation.last_sender_id == self.context["request"].user.pk
        return {"body": conversation.last_body, "mine": mine}


class SendSerializer(serializers.Serializer):
    body = serializers.CharField(required=False, allow_blank=True, max_length=MESSAGE_MAX_LENGTH)
    files = serializers.ListField(child=serializers.FileField(), required=False)
    confirm_contact_sharing = serializers.BooleanField(
        default=False,
        help_text="Send even though the message shares contact details (it is then flagged "
        "for staff). Without it such a message is refused with code contact_details.",
    )


class StartSerializer(SendSerializer):
    recipient = serializers.CharField(help_text="The username to write to.")
    about = serializers.CharField(
        required=False, allow_blank=True, help_text="What it is about, e.g. catalog.service:12"
    )


def _error_response(error: ValidationError) -> Response:
    code = error.code or "invalid"
    payload = {"detail": " ".join(error.messages), "code": code}
    if isinstance(error, services.ContactDetailsWarning):
        payload["contact_kinds"] = error.kinds
    http_status = (
        status.HTTP_429_TOO_MANY_REQUESTS if code == "rate_limited" else status.HTTP_400_BAD_REQUEST
    )
    return Response(payload, status=http_status)


def _readable(request, pk) -> Conversation:
    conversation = get_object_or_404(
        Conversation.objects.select_related("starter__profile", "recipient__profile"), pk=pk
    )
    if not services.can_read(conversation, request.user):
        raise Http404
    return conversation


class ConversationList(generics.GenericAPIView):
    """Your conversations, latest activity first (`?show=unread` for unread ones only); or
    start one (`POST`, JSON or multipart with `files`)."""

    permission_classes = [IsAuthenticated]
    serializer_class = ConversationSerializer
    pagination_class = ConversationPagination
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        parameters=[OpenApiParameter("show", str, enum=["unread"])],
        responses=ConversationSerializer(many=True),
    )
    def get(self, request):
        conversations = services.inbox(
            request.user, unread_only=request.query_params.get("show") == "unread"
        )
        page = self.paginate_queryset(conversations)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(request=StartSerializer, responses={201: MessageSerializer})
    def post(self, request):
        data = StartSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        values = data.validated_data
        recipient = (
            get_user_model().objects.filter(username=values["recipient"], is_active=True).first()
        )
        if recipient is None:
            raise Http404
        try:
            subject = None
            if values.get("about"):
                subject = resolve_subject(values["about"], request.user, recipient)
            message = services.start_conversation(
                request.user,
                recipient,
                values.get("body", ""),
                subject=subject,
                files=values.get("files", []),
                confirm_contact=values["confirm_contact_sharing"],
            )
        except ValidationError as error:
            return _error_response(error)
        body = MessageSerializer(message, context={"request": request}).data
        body["conversation"] = message.conversation_id
        return Response(body, status=status.HTTP_201_CREATED)


class ConversationMessages(APIView):
    """A thread's messages, oldest first: the latest 50, or those after/before a message id
    (`after` to poll for new ones, `before` for history). Reading marks them read. `POST`
    sends a message."""

    permission_classes = [IsAuthenticated]
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        parameters=[OpenApiParameter("after", int), OpenApiParameter("before", int)],
        responses={200: MessageSerializer(many=True)},
    )
    def get(self, request, pk):
        conversation = _readable(request, pk)
        messages = services.thread_messages(conversation)
        after, before = request.query_params.get("after"), request.query_params.get("before")
        for name, value in (("after", after), ("before", before)):
            if value is not None and not value.isdigit():
                message = _("%(name)s must be a message id.") % {"name": name}
                return Response({"detail": message, "code": "invalid"}, status=400)
        if after:
            chosen = list(messages.filter(pk__gt=int(after)).order_by("pk")[:THREAD_LIMIT])
        else:
            if before:
                messages = messages.filter(pk__lt=int(before))
            chosen = list(reversed(messages.order_by("-pk")[:THREAD_LIMIT]))
        services.mark_read(conversation, request.user)
        return Response(MessageSerializer(chosen, many=True, context={"request": request}).data)

    @extend_schema(request=SendSerializer, responses={201: MessageSerializer})
    def post(self, request, pk):
        conversation = _readable(request, pk)
        data = SendSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        try:
            message = services.send_message(
                conversation,
                request.user,
                data.validated_data.get("body", ""),
                files=data.validated_data.get("files", []),
                confirm_contact=data.validated_data["confirm_contact_sharing"],
            )
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            return _error_response(error)
        return Response(
            MessageSerializer(message, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


class ConversationRead(APIView):
    """Mark every message you received in the conversation as read."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None,
        responses={200: inline_serializer("Marked", {"marked": serializers.IntegerField()})},
    )
    def post(self, request, pk):
        conversation = _readable(request, pk)
        if not conversation.has_party(request.user):
            raise Http404
        return Response({"marked": services.mark_read(conversation, request.user)})


class AttachmentDownload(APIView):
    """The attached file, for the two parties (and staff) only."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses={(200, "application/octet-stream"): bytes})
    def get(self, request, pk):
        item = get_object_or_404(Attachment.objects.select_related("message__conversation"), pk=pk)
        if not services.can_read(item.message.conversation, request.user):
            raise Http404
        return attachment_response(item)
