"""Projects API: browse and post open projects, send and manage proposals, and (as the
project's buyer) compare, shortlist, decline and accept them. Every change goes through
``marketplace.projects.services``, so the rules are those of the pages: the services' refusals
come back as 400 ``refused``, their field errors as 400 ``invalid`` with ``fields``, and a
refused payment as 400 ``payment``. What is not yours (a proposal of another seller, another
buyer's proposals) is a 404."""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import generics, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from marketplace.accounts.badges import badges_for
from marketplace.accounts.services import ensure_profile
from marketplace.api.errors import invalid
from marketplace.api.reviews import BadgeSerializer, PersonSerializer
from marketplace.api.serializers import person
from marketplace.catalog.models import Category
from marketplace.ledger.money import CURRENCY
from marketplace.orders.checkout import CheckoutError
from marketplace.payments.gateways import StartResult
from marketplace.projects import filters, rules, services
from marketplace.projects.access import visible_project
from marketplace.projects.models import (
    EDITABLE_STATES,
    SELLER_STATE_CHOICES,
    Project,
    ProjectState,
    Proposal,
    ProposalState,
    seller_state_filter,
)
from marketplace.rules.models import MarketplaceSettings

LIST_PARAMETERS = {
    "q",
    "category",
    "budget_min",
    "budget_max",
    "posted_within_days",
    "min_proposals",
    "max_proposals",
    "page",
    "page_size",
}
EXCERPT_LENGTH = 200
MULTIPART = [JSONParser, MultiPartParser, FormParser]


def money(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(max_digits=14, decimal_places=3, **kwargs)


def _absolute(context: dict, path: str) -> str:
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path


def _user(context: dict):
    request = context.get("request")
    return request.user if request else None


# --- Errors ---------------------------------------------------------------------------------


class ApiErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="One sentence, in the request's language.")
    code = serializers.CharField(
        help_text="`invalid` (see `fields`), `refused` (a rule or the state does not allow "
        "it), `monthly_limit`, `payment` (the payment was refused)."
    )
    fields = serializers.DictField(
        required=False,
        help_text="For `invalid`: each field's messages (a list; nested like the request, e.g. "
        '`attachments: {"0": [...]}` for one bad file of several).',
    )


ERRORS = {
    400: OpenApiResponse(ApiErrorSerializer, description="Invalid input or refused."),
    404: OpenApiResponse(description="Not found, or not yours."),
}


def error_response(error: ValidationError) -> Response:
    """A service's ValidationError in the API's error shape: field errors are ``invalid``, a
    refusal (code ``not_allowed``) is ``refused``; other codes (``monthly_limit``) are kept."""
    if hasattr(error, "error_dict"):
        return invalid(error.message_dict)
    code = getattr(error, "code", None) or "refused"
    if code == "not_allowed":
        code = "refused"
    return Response(
        {"detail": " ".join(error.messages), "code": code}, status=status.HTTP_400_BAD_REQUEST
    )


def _form_errors(form: forms.Form) -> Response:
    return invalid(
        {name: [str(message) for message in errors] for name, errors in form.errors.items()}
    )


# --- Serializers ----------------------------------------------------------------------------


class StateField(serializers.ChoiceField):
    """A project's or a proposal's state. Both are named ``state``: the schema gives each
    set its own enum component (``ProjectStateEnum``, ``ProposalStateEnum``) instead of
    drf-spectacular's hashed names."""

    def __init__(self, choices, enum_name: str, **kwargs):
        self.enum_name = enum_name
        super().__init__(choices=choices, **kwargs)


class StateFieldExtension(OpenApiSerializerFieldExtension):
    target_class = StateField

    def map_serializer_field(self, auto_schema, direction):
        field = self.target
        component = ResolvedComponent(
            name=field.enum_name,
            type=ResolvedComponent.SCHEMA,
            object=field.enum_name,
            schema={
                "type": "string",
                "enum": list(field.choices),
                "description": "Its label, in the request's language, is `state_display`.",
            },
        )
        auto_schema.registry.register_on_missing(component)
        return component.ref


def project_state() -> StateField:
    return StateField(ProjectState.choices, "ProjectStateEnum")


def proposal_state(**kwargs) -> StateField:
    return StateField(ProposalState.choices, "ProposalStateEnum", **kwargs)


class UploadedFileSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    content_type = serializers.CharField()
    size = serializers.IntegerField(help_text="In bytes.")
    url = serializers.SerializerMethodField(help_text="Download (for who may read it).")

    def get_url(self, item) -> str:
        return _absolute(self.context, item.get_absolute_url())


class ProjectCategorySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    parent = serializers.CharField(source="parent.slug", help_text="The top category's slug.")
    parent_name = serializers.CharField(source="parent.name")


class ProjectSerializer(serializers.Serializer):
    """A project in a list."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The project's page on the site.")
    excerpt = serializers.SerializerMethodField(help_text="The description's start, as text.")
    category = ProjectCategorySerializer()
    skills = serializers.SerializerMethodField()
    budget_min = money()
    budget_max = money()
    currency = serializers.SerializerMethodField()
    duration_days = serializers.IntegerField()
    state = project_state()
    state_display = serializers.CharField(source="get_state_display")
    proposal_count = serializers.IntegerField(help_text="Proposals sent, withdrawn ones aside.")
    posted_at = serializers.DateTimeField(
        source="first_published_at", allow_null=True, help_text="When it opened (approved)."
    )
    expires_at = serializers.DateTimeField(allow_null=True, help_text="Open until then.")
    buyer = serializers.SerializerMethodField()

    def get_url(self, project) -> str:
        return _absolute(self.context, project.get_absolute_url())

    def get_excerpt(self, project) -> str:
        text = " ".join(strip_tags(project.description).split())
        return Truncator(text).chars(EXCERPT_LENGTH)

    def get_skills(self, project) -> list[str]:
        return [item.tag.name for item in project.tagged_items.all()]

    def get_currency(self, project) -> str:
        return CURRENCY

    @extend_schema_field(PersonSerializer)
    def get_buyer(self, project):
        return person(project.buyer)


class MyProjectSerializer(ProjectSerializer):
    """One of your projects."""

    created_at = serializers.DateTimeField(help_text="When you posted it.")
    closed_at = serializers.DateTimeField(allow_null=True)
    rejection_reason = serializers.CharField(help_text="Why changes were requested, if so.")
    can_edit = serializers.SerializerMethodField(help_text="Not published yet.")

    def get_can_edit(self, project) -> bool:
        return project.buyer_id == getattr(_user(self.context), "pk", None) and (
            project.state in EDITABLE_STATES
        )


class BuyerSummarySerializer(serializers.Serializer):
    username = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField(help_text="The buyer's profile page.")
    projects_posted = serializers.IntegerField(help_text="Published projects.")
    hire_rate = serializers.IntegerField(
        allow_null=True,
        help_text="Percent of their published projects no longer open that reached an order "
        "(null before any ended).",
    )
    rating_average = serializers.DecimalField(
        max_digits=3, decimal_places=2, help_text="Their rating as a buyer."
    )
    rating_count = serializers.IntegerField()


class ProposalRefSerializer(serializers.Serializer):
    """The caller's own proposal: its state as a seller sees it (a shortlist shows as sent)."""

    id = serializers.IntegerField()
    state = proposal_state(source="seller_state")
    state_display = serializers.CharField(source="get_seller_state_display")


class ProjectDetailSerializer(MyProjectSerializer):
    """One project, with what the caller may do on it."""

    description = serializers.CharField(help_text="Cleaned HTML.")
    attachments = UploadedFileSerializer(many=True)
    buyer = serializers.SerializerMethodField()
    can_propose = serializers.SerializerMethodField(
        help_text="Whether you may send a proposal now (signed in, not its buyer, open, no "
        "proposal in the running, some left this month)."
    )
    my_proposal = serializers.SerializerMethodField(
        help_text="Your proposal on it, if you sent one (null otherwise)."
    )
    proposals_left = serializers.SerializerMethodField(
        help_text="Proposals you may still send this month (null when signed out or the buyer)."
    )

    @extend_schema_field(BuyerSummarySerializer)
    def get_buyer(self, project):
        buyer = project.buyer
        posted, rate = services.hire_rate(buyer)
        profile = ensure_profile(buyer)
        return BuyerSummarySerializer(
            {
                **person(buyer),
                "url": _absolute(self.context, buyer.get_absolute_url()),
                "projects_posted": posted,
                "hire_rate": rate,
                "rating_average": profile.buyer_rating_average,
                "rating_count": profile.buyer_rating_count,
            }
        ).data

    def _seller(self, project):
        """The caller as a possible proposer: signed in and not the buyer."""
        user = _user(self.context)
        if user is None or not user.is_authenticated or user.pk == project.buyer_id:
            return None
        return user

    def _mine(self, project):
        cache = self.context.setdefault("my_proposal", {})
        if project.pk not in cache:
            seller = self._seller(project)
            cache[project.pk] = (
                Proposal.objects.filter(project=project, seller=seller).first() if seller else None
            )
        return cache[project.pk]

    @extend_schema_field(ProposalRefSerializer(allow_null=True))
    def get_my_proposal(self, project):
        mine = self._mine(project)
        return ProposalRefSerializer(mine).data if mine else None

    def get_proposals_left(self, project) -> int | None:
        seller = self._seller(project)
        if seller is None:
            return None
        if "proposals_left" not in self.context:
            self.context["proposals_left"] = rules.proposals_left(seller)
        return self.context["proposals_left"]

    def get_can_propose(self, project) -> bool:
        seller = self._seller(project)
        return seller is not None and not services.proposal_refusal(
            project, seller, self._mine(project)
        )


class ProposalSellerSerializer(serializers.Serializer):
    username = serializers.CharField()
    name = serializers.CharField()
    url = serializers.CharField(help_text="The seller's profile page.")
    rating_average = serializers.DecimalField(max_digits=3, decimal_places=2)
    rating_count = serializers.IntegerField()
    completed_orders = serializers.IntegerField()
    on_time_percent = serializers.IntegerField(allow_null=True)
    badges = BadgeSerializer(many=True)


class ProposalSerializer(serializers.Serializer):
    """A proposal as the project's buyer sees it."""

    id = serializers.IntegerField()
    seller = serializers.SerializerMethodField()
    price = money()
    currency = serializers.SerializerMethodField()
    days = serializers.IntegerField()
    cover_letter = serializers.CharField()
    state = proposal_state()
    state_display = serializers.CharField(source="get_state_display")
    decline_reason = serializers.CharField()
    sent_at = serializers.DateTimeField()
    attachments = UploadedFileSerializer(many=True)
    order_id = serializers.IntegerField(allow_null=True, help_text="Once accepted.")

    def get_currency(self, proposal) -> str:
        return CURRENCY

    @extend_schema_field(ProposalSellerSerializer)
    def get_seller(self, proposal):
        seller = proposal.seller
        profile = ensure_profile(seller)
        if "rules" not in self.context:
            self.context["rules"] = MarketplaceSettings.current()
        badges = badges_for(profile, self.context["rules"])
        return ProposalSellerSerializer(
            {
                **person(seller),
                "url": _absolute(self.context, seller.get_absolute_url()),
                "rating_average": profile.seller_rating_average,
                "rating_count": profile.seller_rating_count,
                "completed_orders": profile.completed_orders,
                "on_time_percent": profile.on_time_percent,
                "badges": [{"slug": badge.slug, "label": str(badge.label)} for badge in badges],
            }
        ).data


class ProposalProjectSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField()
    state = project_state()
    state_display = serializers.CharField(source="get_state_display")

    def get_url(self, project) -> str:
        return _absolute(self.context, project.get_absolute_url())


class MyProposalSerializer(serializers.Serializer):
    """One of your proposals (as its seller)."""

    id = serializers.IntegerField()
    project = ProposalProjectSerializer()
    price = money()
    currency = serializers.SerializerMethodField()
    days = serializers.IntegerField()
    cover_letter = serializers.CharField()
    state = proposal_state(source="seller_state")
    state_display = serializers.CharField(source="get_seller_state_display")
    decline_reason = serializers.CharField(help_text="The buyer's reason, if they gave one.")
    sent_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    attachments = UploadedFileSerializer(many=True)
    can_change = serializers.SerializerMethodField(
        help_text="Whether you may still edit or withdraw it."
    )
    order_id = serializers.IntegerField(allow_null=True, help_text="Once accepted.")

    def get_currency(self, proposal) -> str:
        return CURRENCY

    def get_can_change(self, proposal) -> bool:
        return proposal.is_live and proposal.project.is_open


# --- Input ----------------------------------------------------------------------------------


class ProjectFilterForm(forms.Form):
    q = forms.CharField(max_length=200, required=False)
    category = forms.SlugField(required=False, allow_unicode=True)
    budget_min = forms.DecimalField(min_value=0, max_digits=14, decimal_places=3, required=False)
    budget_max = forms.DecimalField(min_value=0, max_digits=14, decimal_places=3, required=False)
    posted_within_days = forms.IntegerField(min_value=1, max_value=365, required=False)
    min_proposals = forms.IntegerField(min_value=0, required=False)
    max_proposals = forms.IntegerField(min_value=0, required=False)
    page = forms.IntegerField(min_value=1, required=False)
    page_size = forms.IntegerField(min_value=1, max_value=50, required=False)

    def clean_category(self):
        slug = self.cleaned_data["category"]
        if not slug:
            return None
        category = Category.objects.select_related("parent").filter(slug=slug).first()
        if category is None:
            raise forms.ValidationError(
                _("There is no category “%(slug)s”.") % {"slug": slug}, code="category"
            )
        return category

    def clean(self):
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error(
                "budget_max", _("The top of the budget cannot be lower than its bottom.")
            )
        low, high = data.get("min_proposals"), data.get("max_proposals")
        if low is not None and high is not None and low > high:
            self.add_error(
                "max_proposals", _("The highest number of proposals is below the lowest.")
            )
        return data


class ProjectCreateSerializer(serializers.Serializer):
    """Types only: the services check the rules and say what is wrong in the user's
    language."""

    title = serializers.CharField(required=False, allow_blank=True, default="")
    description = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="HTML (p, br, b, i, ul, ol, li, a)."
    )
    category = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="A subcategory's id or slug."
    )
    skills = serializers.ListField(
        child=serializers.CharField(allow_blank=True), required=False, default=list
    )
    budget_min = money(required=False, allow_null=True, default=None)
    budget_max = money(required=False, allow_null=True, default=None)
    duration_days = serializers.IntegerField(required=False, allow_null=True, default=None)
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, default=list, help_text="Multipart."
    )

    def validate_category(self, value):
        value = value.strip()
        if not value:
            return None
        lookup = {"pk": int(value)} if value.isdecimal() else {"slug": value}
        category = Category.objects.select_related("parent").filter(**lookup).first()
        if category is None:
            raise serializers.ValidationError(_("Choose a subcategory."))
        return category


class ProposalSendSerializer(serializers.Serializer):
    price = money(required=False, allow_null=True, default=None, help_text="In dinars.")
    days = serializers.IntegerField(
        required=False, allow_null=True, default=None, help_text="Delivery time."
    )
    cover_letter = serializers.CharField(required=False, allow_blank=True, default="")
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, default=list, help_text="Multipart."
    )


class ProposalEditSerializer(serializers.Serializer):
    """What is left out stays as it is."""

    price = money(required=False)
    days = serializers.IntegerField(required=False)
    cover_letter = serializers.CharField(required=False, allow_blank=True)
    attachments = serializers.ListField(
        child=serializers.FileField(), required=False, help_text="Files to add (multipart)."
    )
    remove_attachments = serializers.ListField(
        child=serializers.IntegerField(), required=False, help_text="Ids of files to remove."
    )


class ShortlistSerializer(serializers.Serializer):
    on = serializers.BooleanField(default=True, help_text="false takes the mark off.")


class DeclineSerializer(serializers.Serializer):
    reason = serializers.CharField(
        required=False, allow_blank=True, default="", help_text="Told to the seller."
    )


class AcceptSerializer(serializers.Serializer):
    gateway = serializers.CharField(help_text="A payment method's id, e.g. `wallet`.")


class AcceptResultSerializer(serializers.Serializer):
    order_id = serializers.IntegerField()
    order_number = serializers.CharField()
    order_url = serializers.CharField(help_text="The order's page.")
    payment_id = serializers.IntegerField()
    status = serializers.CharField(help_text="The payment's status: `succeeded` once paid.")
    amount = money()
    currency = serializers.CharField()
    next = serializers.ChoiceField(
        choices=[StartResult.PAID, StartResult.REDIRECT, StartResult.PAGE],
        help_text="`paid`: done, open `url` (the order); `redirect`: send the buyer to `url` "
        "(the gateway's page); `page`: open `url`, our payment page (bank details...).",
    )
    url = serializers.CharField()


# --- Querysets ------------------------------------------------------------------------------


def _projects():
    return filters.for_cards(Project.objects.all())


def _buyers_proposal(request, pk) -> Proposal:
    """A proposal on one of the caller's projects, or 404."""
    return get_object_or_404(Proposal, pk=pk, project__buyer=request.user)


def _my_proposals(request):
    return (
        Proposal.objects.filter(seller=request.user)
        .select_related("project")
        .prefetch_related("attachments")
    )


def _buyer_view(request, proposal: Proposal) -> dict:
    proposal = (
        Proposal.objects.select_related("seller__profile")
        .prefetch_related("attachments")
        .get(pk=proposal.pk)
    )
    return ProposalSerializer(proposal, context={"request": request}).data


def _seller_view(request, proposal: Proposal) -> dict:
    return MyProposalSerializer(
        _my_proposals(request).get(pk=proposal.pk), context={"request": request}
    ).data


def _project_view(request, project) -> dict:
    project = _projects().prefetch_related("attachments").get(pk=project.pk)
    return ProjectDetailSerializer(project, context={"request": request}).data


class ProjectPagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 50


PAGE_SIZE = OpenApiParameter("page_size", int, description="1 to 50, default 20.")


def _state_filter(request, choices):
    """The ``state`` parameter, checked: (value or None, error response or None)."""
    value = request.query_params.get("state", "")
    if not value:
        return None, None
    if value not in dict(choices):
        message = _("Choose one of: %(states)s.") % {"states": ", ".join(dict(choices))}
        return None, invalid({"state": [message]})
    return value, None


# --- Projects -------------------------------------------------------------------------------


class ProjectList(generics.GenericAPIView):
    """Open projects, newest first, filtered; or post one (`POST`, JSON or multipart with
    `attachments`): it waits for the moderators' review (`pending`)."""

    serializer_class = ProjectSerializer
    pagination_class = ProjectPagination
    parser_classes = MULTIPART

    def get_permissions(self):
        if self.request.method == "POST":
            return [IsAuthenticated()]
        return [AllowAny()]

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="Words to search (Arabic-aware)."),
            OpenApiParameter("category", str, description="Category or subcategory slug."),
            OpenApiParameter(
                "budget_min",
                OpenApiTypes.DECIMAL,
                description="Projects whose budget reaches at least this much.",
            ),
            OpenApiParameter(
                "budget_max",
                OpenApiTypes.DECIMAL,
                description="Projects whose budget starts at most at this much.",
            ),
            OpenApiParameter(
                "posted_within_days", int, description="Opened within this many days (1–365)."
            ),
            OpenApiParameter("min_proposals", int),
            OpenApiParameter("max_proposals", int),
            PAGE_SIZE,
        ],
        responses={200: ProjectSerializer(many=True), 400: ERRORS[400]},
    )
    def get(self, request):
        unknown = sorted(set(request.query_params) - LIST_PARAMETERS)
        if unknown:
            return invalid({name: [_("Unknown parameter.")] for name in unknown})
        form = ProjectFilterForm(request.query_params)
        if not form.is_valid():
            return _form_errors(form)
        page = self.paginate_queryset(self.filtered(form.cleaned_data))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @staticmethod
    def filtered(data: dict):
        # The same filters as the page's (``projects/filters.py``); the form checked the values.
        return filters.open_projects(
            q=data["q"],
            category=data["category"],
            budget_min=data["budget_min"],
            budget_max=data["budget_max"],
            posted_within_days=data["posted_within_days"],
            min_proposals=data["min_proposals"],
            max_proposals=data["max_proposals"],
        )

    @extend_schema(
        request={
            "application/json": ProjectCreateSerializer,
            "multipart/form-data": ProjectCreateSerializer,
        },
        responses={201: ProjectDetailSerializer, 400: ERRORS[400]},
    )
    def post(self, request):
        data = ProjectCreateSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        values = data.validated_data
        draft = services.ProjectDraft.of(values)
        try:
            project = services.post_project(request.user, draft, files=values["attachments"])
        except ValidationError as error:
            return error_response(error)
        return Response(_project_view(request, project), status=status.HTTP_201_CREATED)


class ProjectDetail(APIView):
    """A project: open or ended ones for anyone, one in review for its buyer only. With the
    buyer's history, and what you may do on it."""

    @extend_schema(responses={200: ProjectDetailSerializer, 404: ERRORS[404]})
    def get(self, request, pk):
        project = visible_project(request.user, pk)
        return Response(_project_view(request, project))


class MyProjects(generics.GenericAPIView):
    """Your projects, in every state, newest first."""

    permission_classes = [IsAuthenticated]
    serializer_class = MyProjectSerializer
    pagination_class = ProjectPagination

    @extend_schema(
        parameters=[OpenApiParameter("state", str, enum=ProjectState.values), PAGE_SIZE],
        responses={200: MyProjectSerializer(many=True), 400: ERRORS[400]},
    )
    def get(self, request):
        state, error = _state_filter(request, ProjectState.choices)
        if error:
            return error
        projects = _projects().filter(buyer=request.user).order_by("-created_at", "-pk")
        if state:
            projects = projects.filter(state=state)
        page = self.paginate_queryset(projects)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


# --- Proposals on a project -----------------------------------------------------------------


class ProjectProposals(generics.GenericAPIView):
    """`GET`: the proposals on your project, oldest first (withdrawn ones aside), for its
    buyer only. `POST`: send a proposal on an open project (JSON, or multipart with
    `attachments`)."""

    permission_classes = [IsAuthenticated]
    serializer_class = ProposalSerializer
    pagination_class = ProjectPagination
    parser_classes = MULTIPART

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "state",
                str,
                enum=[s for s in ProposalState.values if s != ProposalState.WITHDRAWN],
            ),
            PAGE_SIZE,
        ],
        responses={200: ProposalSerializer(many=True), 400: ERRORS[400], 404: ERRORS[404]},
    )
    def get(self, request, pk):
        project = get_object_or_404(Project, pk=pk, buyer=request.user)
        choices = [c for c in ProposalState.choices if c[0] != ProposalState.WITHDRAWN]
        state, error = _state_filter(request, choices)
        if error:
            return error
        proposals = (
            project.proposals.exclude(state=ProposalState.WITHDRAWN)
            .select_related("seller__profile")
            .prefetch_related("attachments")
            .order_by("sent_at", "pk")
        )
        if state:
            proposals = proposals.filter(state=state)
        page = self.paginate_queryset(proposals)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        request={
            "application/json": ProposalSendSerializer,
            "multipart/form-data": ProposalSendSerializer,
        },
        responses={201: MyProposalSerializer, 400: ERRORS[400], 404: ERRORS[404]},
    )
    def post(self, request, pk):
        project = visible_project(request.user, pk)
        data = ProposalSendSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        values = data.validated_data
        try:
            proposal = services.send_proposal(
                project,
                request.user,
                price=values["price"],
                days=values["days"],
                cover_letter=values["cover_letter"],
                files=values["attachments"],
            )
        except ValidationError as error:
            return error_response(error)
        return Response(_seller_view(request, proposal), status=status.HTTP_201_CREATED)


# --- The seller's proposals -----------------------------------------------------------------


class MyProposalList(generics.GenericAPIView):
    """Your proposals, last sent first."""

    permission_classes = [IsAuthenticated]
    serializer_class = MyProposalSerializer
    pagination_class = ProjectPagination

    @extend_schema(
        parameters=[
            OpenApiParameter("state", str, enum=[value for value, _label in SELLER_STATE_CHOICES]),
            PAGE_SIZE,
        ],
        responses={200: MyProposalSerializer(many=True), 400: ERRORS[400]},
    )
    def get(self, request):
        state, error = _state_filter(request, SELLER_STATE_CHOICES)
        if error:
            return error
        proposals = _my_proposals(request).order_by("-sent_at", "-pk")
        if state:
            proposals = proposals.filter(seller_state_filter(state))
        page = self.paginate_queryset(proposals)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class MyProposalDetail(APIView):
    """One of your proposals; `PATCH` changes it while the project is open and the proposal in
    the running (fields left out stay as they are)."""

    permission_classes = [IsAuthenticated]
    parser_classes = MULTIPART

    @extend_schema(responses={200: MyProposalSerializer, 404: ERRORS[404]})
    def get(self, request, pk):
        proposal = get_object_or_404(_my_proposals(request), pk=pk)
        return Response(MyProposalSerializer(proposal, context={"request": request}).data)

    @extend_schema(
        request={
            "application/json": ProposalEditSerializer,
            "multipart/form-data": ProposalEditSerializer,
        },
        responses={200: MyProposalSerializer, 400: ERRORS[400], 404: ERRORS[404]},
    )
    def patch(self, request, pk):
        proposal = get_object_or_404(Proposal, pk=pk, seller=request.user)
        data = ProposalEditSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        values = data.validated_data
        try:
            proposal = services.edit_proposal(
                proposal,
                request.user,
                price=values.get("price", proposal.price),
                days=values.get("days", proposal.days),
                cover_letter=values.get("cover_letter", proposal.cover_letter),
                files=values.get("attachments", []),
                remove=values.get("remove_attachments", []),
            )
        except ValidationError as error:
            return error_response(error)
        return Response(_seller_view(request, proposal))


class MyProposalWithdraw(APIView):
    """Take your proposal back (while the project is open): the buyer no longer sees it. You
    may send one again later (in another month it counts again towards the monthly limit)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None, responses={200: MyProposalSerializer, 400: ERRORS[400], 404: ERRORS[404]}
    )
    def post(self, request, pk):
        proposal = get_object_or_404(Proposal, pk=pk, seller=request.user)
        try:
            proposal = services.withdraw_proposal(proposal, request.user)
        except ValidationError as error:
            return error_response(error)
        return Response(_seller_view(request, proposal))


# --- The buyer's decisions ------------------------------------------------------------------


class ProposalShortlist(APIView):
    """Mark a proposal on your project to compare later (`{"on": false}` takes the mark off).
    The seller is not told."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=ShortlistSerializer,
        responses={200: ProposalSerializer, 400: ERRORS[400], 404: ERRORS[404]},
    )
    def post(self, request, pk):
        proposal = _buyers_proposal(request, pk)
        data = ShortlistSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        try:
            proposal = services.shortlist(proposal, request.user, on=data.validated_data["on"])
        except ValidationError as error:
            return error_response(error)
        return Response(_buyer_view(request, proposal))


class ProposalDecline(APIView):
    """Decline a proposal on your project; the seller is notified, with the reason if given."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=DeclineSerializer,
        responses={200: ProposalSerializer, 400: ERRORS[400], 404: ERRORS[404]},
    )
    def post(self, request, pk):
        proposal = _buyers_proposal(request, pk)
        data = DeclineSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        try:
            proposal = services.decline_proposal(
                proposal, request.user, data.validated_data["reason"]
            )
        except ValidationError as error:
            return error_response(error)
        return Response(_buyer_view(request, proposal))


class ProposalAccept(APIView):
    """Hire the proposal's seller: one order for the proposal's price and days, paid with the
    chosen payment method like a cart. With the wallet it is paid at once (`next: paid`);
    otherwise follow `next`. A refused payment changes nothing (400 `payment`)."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=AcceptSerializer,
        responses={201: AcceptResultSerializer, 400: ERRORS[400], 404: ERRORS[404]},
    )
    def post(self, request, pk):
        proposal = _buyers_proposal(request, pk)
        data = AcceptSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        try:
            payment, result, order = services.accept_proposal(
                proposal, request.user, data.validated_data["gateway"], request._request
            )
        except ValidationError as error:
            return error_response(error)
        except CheckoutError as error:
            return Response(
                {"detail": str(error), "code": "payment"}, status=status.HTTP_400_BAD_REQUEST
            )
        order_url = request.build_absolute_uri(order.get_absolute_url())
        if result.kind == StartResult.PAID:
            url = order_url
        elif result.kind == StartResult.REDIRECT:
            url = result.url
        else:
            url = request.build_absolute_uri(payment.get_absolute_url())
        body = {
            "order_id": order.pk,
            "order_number": order.number,
            "order_url": order_url,
            "payment_id": payment.pk,
            "status": payment.status,
            "amount": payment.amount,
            "currency": CURRENCY,
            "next": result.kind,
            "url": url,
        }
        return Response(AcceptResultSerializer(body).data, status=status.HTTP_201_CREATED)
