"""Earnings API: the seller's balances, their withdrawal requests (list, request, read,
cancel) and the withdrawal methods a mobile app builds its form from. The ledger services
apply the same rules as the pages (minimum, balance, requests waiting at once)."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import generics, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from marketplace.api.errors import invalid
from marketplace.ledger import withdrawals
from marketplace.ledger.models import Withdrawal, WithdrawalStatus
from marketplace.ledger.money import CURRENCY
from marketplace.ledger.payout_methods import available_methods, get_method
from marketplace.ledger.services import balance_of, payouts_of, pending_earnings_of, wallet_of
from marketplace.rules.models import MarketplaceSettings


def money(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(max_digits=14, decimal_places=3, **kwargs)


class BalancesSerializer(serializers.Serializer):
    available = money(help_text="In the wallet: can be spent on services.")
    withdrawable = money(help_text="The part of it that can be withdrawn: cleared earnings.")
    pending = money(help_text="Earned from completed orders, not cleared yet.")
    being_paid_out = money(help_text="Requested withdrawals not paid yet.")
    withdrawn = money(help_text="Paid out so far.")
    minimum_withdrawal = money(help_text="The smallest withdrawal one may request.")
    currency = serializers.CharField()


class DetailLineSerializer(serializers.Serializer):
    label = serializers.CharField()
    value = serializers.CharField()


class WithdrawalSerializer(serializers.ModelSerializer):
    amount = money()
    currency = serializers.SerializerMethodField()
    method_name = serializers.SerializerMethodField()
    details = serializers.SerializerMethodField()
    status_display = serializers.CharField(source="get_status_display")
    can_cancel = serializers.SerializerMethodField()

    class Meta:
        model = Withdrawal
        fields = [
            "id",
            "number",
            "amount",
            "currency",
            "method",
            "method_name",
            "details",
            "status",
            "status_display",
            "can_cancel",
            "bank_reference",
            "rejection_reason",
            "created_at",
        ]

    def _method(self, withdrawal):
        """The withdrawal's method (None once its plugin is off), looked up once a page."""
        methods = self.context.setdefault("methods", {})
        if withdrawal.method not in methods:
            methods[withdrawal.method] = get_method(withdrawal.method)
        return methods[withdrawal.method]

    def get_currency(self, withdrawal) -> str:
        return CURRENCY

    def get_method_name(self, withdrawal) -> str:
        method = self._method(withdrawal)
        return str(method.name) if method else withdrawal.method

    @extend_schema_field(DetailLineSerializer(many=True))
    def get_details(self, withdrawal):
        method = self._method(withdrawal)
        lines = method.describe(withdrawal.details) if method else withdrawal.details.items()
        return [{"label": str(label), "value": str(value)} for label, value in lines]

    def get_can_cancel(self, withdrawal) -> bool:
        return withdrawal.status == WithdrawalStatus.PENDING


class WithdrawalRequestSerializer(serializers.Serializer):
    amount = money(help_text="In dinars, at most 3 decimals.")
    method = serializers.CharField(help_text="A method id from /api/v1/withdrawal-methods/.")
    details = serializers.DictField(default=dict, help_text="The method's fields, by name.")

    def validate_method(self, value):
        method = get_method(value)
        if method is None:
            raise serializers.ValidationError(_("This withdrawal method is not available."))
        return method

    def validate(self, data):
        method = data["method"]
        form = method.form_class(data=data["details"])
        if not form.is_valid():
            errors = {
                api_settings.NON_FIELD_ERRORS_KEY if name == NON_FIELD_ERRORS else name: [
                    str(message) for message in messages
                ]
                for name, messages in form.errors.items()
            }
            raise serializers.ValidationError({"details": errors})
        data["details"] = method.clean_details(form.cleaned_data)
        return data


class MethodFieldSerializer(serializers.Serializer):
    name = serializers.CharField()
    label = serializers.CharField()
    required = serializers.BooleanField()
    help_text = serializers.CharField()
    choices = DetailLineSerializer(many=True, allow_null=True, help_text="label/value pairs")


class WithdrawalMethodSerializer(serializers.Serializer):
    id = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    fields = MethodFieldSerializer(many=True)


def _method_fields(method) -> list[dict]:
    return [
        {
            "name": name,
            "label": str(field.label or name),
            "required": field.required,
            "help_text": str(field.help_text),
            "choices": [
                {"label": str(label), "value": str(value)}
                for value, label in field.choices
                if value != ""
            ]
            if isinstance(field, forms.ChoiceField)
            else None,
        }
        for name, field in method.form_class().fields.items()
    ]


def _refused(error: withdrawals.WithdrawalError) -> Response:
    return Response({"detail": str(error), "code": "refused"}, status=status.HTTP_400_BAD_REQUEST)


class WithdrawalPagination(PageNumberPagination):
    page_size = 20


class Balances(APIView):
    """Your money: available in the wallet (and how much of it can be withdrawn), pending
    clearance, being paid out, withdrawn."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=BalancesSerializer)
    def get(self, request):
        user = request.user
        figures = {
            "available": balance_of(wallet_of(user)),
            "withdrawable": withdrawals.withdrawable(user),
            "pending": balance_of(pending_earnings_of(user)),
            "being_paid_out": balance_of(payouts_of(user)),
            "withdrawn": withdrawals.withdrawn_total(user),
            "minimum_withdrawal": MarketplaceSettings.current().minimum_withdrawal,
            "currency": CURRENCY,
        }
        return Response(BalancesSerializer(figures).data)


class WithdrawalList(generics.GenericAPIView):
    """Your withdrawal requests, newest first; or request one (`POST`): the amount leaves
    your available balance at once and waits for staff."""

    permission_classes = [IsAuthenticated]
    serializer_class = WithdrawalSerializer
    pagination_class = WithdrawalPagination

    def get_queryset(self):
        return Withdrawal.objects.filter(seller=self.request.user).order_by("-created_at", "-pk")

    @extend_schema(
        description="Your withdrawal requests, newest first.",
        responses=WithdrawalSerializer(many=True),
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        description="Request a withdrawal: the amount leaves your available balance at once "
        "and waits for staff. `details` holds the method's fields (see withdrawal-methods); "
        "invalid ones come back under `fields.details`.",
        request=WithdrawalRequestSerializer,
        responses={201: WithdrawalSerializer},
    )
    def post(self, request):
        data = WithdrawalRequestSerializer(data=request.data)
        if not data.is_valid():
            return invalid(data.errors)
        values = data.validated_data
        try:
            withdrawal = withdrawals.request_withdrawal(
                request.user, values["amount"], values["method"], values["details"]
            )
        except withdrawals.WithdrawalError as error:
            return _refused(error)
        return Response(self.get_serializer(withdrawal).data, status=status.HTTP_201_CREATED)


class WithdrawalDetail(generics.RetrieveAPIView):
    """One of your withdrawal requests."""

    permission_classes = [IsAuthenticated]
    serializer_class = WithdrawalSerializer

    def get_queryset(self):
        return Withdrawal.objects.filter(seller=self.request.user)


class WithdrawalCancel(APIView):
    """Take back a request staff have not approved yet: the money returns to your balance."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses=WithdrawalSerializer)
    def post(self, request, pk):
        withdrawal = get_object_or_404(Withdrawal, pk=pk, seller=request.user)
        try:
            withdrawal = withdrawals.cancel_withdrawal(withdrawal, request.user)
        except withdrawals.WithdrawalError as error:
            return _refused(error)
        return Response(WithdrawalSerializer(withdrawal, context={"request": request}).data)


class WithdrawalMethods(APIView):
    """The active withdrawal methods and the fields of their `details`, to build the form."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=WithdrawalMethodSerializer(many=True))
    def get(self, request):
        methods = [
            {
                "id": method.id,
                "name": str(method.name),
                "description": str(method.description),
                "fields": _method_fields(method),
            }
            for method in available_methods()
        ]
        return Response(WithdrawalMethodSerializer(methods, many=True).data)
