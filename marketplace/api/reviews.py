"""Reviews API: the buyers' public reviews of a service and of a seller, with the seller's
reputation figures and badges. Hidden reviews and sellers' reviews of their buyers are never
shown (``public_reviews``)."""

from django.contrib.auth import get_user_model
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import generics, serializers
from rest_framework.pagination import PageNumberPagination

from marketplace.accounts.badges import badges_for
from marketplace.accounts.services import ensure_profile
from marketplace.api.serializers import person
from marketplace.catalog.models import Service
from marketplace.messaging.services import response_hours
from marketplace.orders.reviews import public_reviews


class ReviewPagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 50


class PersonSerializer(serializers.Serializer):
    username = serializers.CharField()
    name = serializers.CharField()


class ReviewSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    rating = serializers.IntegerField(min_value=1, max_value=5)
    text = serializers.CharField()
    author = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    reply = serializers.CharField(allow_null=True, help_text="The seller's answer, if any.")
    replied_at = serializers.DateTimeField(allow_null=True)

    @extend_schema_field(PersonSerializer)
    def get_author(self, review):
        return person(review.author)

    def to_representation(self, review):
        data = super().to_representation(review)
        data["reply"] = data["reply"] or None
        return data


class BadgeSerializer(serializers.Serializer):
    slug = serializers.CharField()
    label = serializers.CharField()


class SellerReputationSerializer(serializers.Serializer):
    username = serializers.CharField(source="user.username")
    name = serializers.CharField(source="user.public_name")
    url = serializers.SerializerMethodField()
    completed_orders = serializers.IntegerField()
    on_time_percent = serializers.IntegerField(allow_null=True)
    repeat_buyers = serializers.IntegerField()
    response_hours = serializers.SerializerMethodField(
        help_text="Usual time to a first reply, in whole hours (0: within the hour); null "
        "until measured."
    )
    seller_rating_average = serializers.DecimalField(max_digits=3, decimal_places=2)
    seller_rating_count = serializers.IntegerField()
    buyer_rating_average = serializers.DecimalField(max_digits=3, decimal_places=2)
    buyer_rating_count = serializers.IntegerField()
    identity_verified = serializers.BooleanField()
    badges = serializers.SerializerMethodField()

    def get_url(self, profile) -> str:
        request = self.context.get("request")
        path = profile.user.get_absolute_url()
        return request.build_absolute_uri(path) if request else path

    def get_response_hours(self, profile) -> int | None:
        return response_hours(profile.user)

    @extend_schema_field(BadgeSerializer(many=True))
    def get_badges(self, profile):
        return [{"slug": badge.slug, "label": str(badge.label)} for badge in badges_for(profile)]


class SellerReviewsPageSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    seller = SellerReputationSerializer()
    results = ReviewSerializer(many=True)


class ServiceReviews(generics.ListAPIView):
    """The buyers' reviews of a public service, newest first."""

    serializer_class = ReviewSerializer
    pagination_class = ReviewPagination

    def get_queryset(self):
        if not Service.objects.public().filter(pk=self.kwargs["pk"]).exists():
            raise Http404
        return public_reviews().filter(service_id=self.kwargs["pk"])


@extend_schema(
    parameters=[
        OpenApiParameter("username", str, OpenApiParameter.PATH),
        OpenApiParameter("page", int),
        OpenApiParameter("page_size", int, description="1 to 50, default 20."),
    ],
    responses=SellerReviewsPageSerializer,
)
class SellerReviews(generics.GenericAPIView):
    """The buyers' reviews of a seller, newest first, with the seller's reputation figures
    and badges."""

    serializer_class = ReviewSerializer
    pagination_class = ReviewPagination

    def get(self, request, username):
        seller = get_object_or_404(
            get_user_model().objects.select_related("profile"), username=username, is_active=True
        )
        page = self.paginate_queryset(public_reviews().filter(subject=seller))
        response = self.get_paginated_response(self.get_serializer(page, many=True).data)
        profile = SellerReputationSerializer(ensure_profile(seller), context={"request": request})
        response.data["seller"] = profile.data
        return response
