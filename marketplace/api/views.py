"""Read API over the public catalog, ranked exactly like the search page."""

from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics
from rest_framework.exceptions import ValidationError

from marketplace.api.pagination import ServicePagination
from marketplace.api.serializers import ServiceDetailSerializer, ServiceSerializer
from marketplace.catalog.models import Service
from marketplace.catalog.search.query import SORTS, ServiceFilterForm, search_services

LIST_PARAMETERS = {
    "q",
    "category",
    "min_price",
    "max_price",
    "delivery_days",
    "min_rating",
    "sort",
    "page",
    "page_size",
}


@extend_schema(
    parameters=[
        OpenApiParameter("q", str, description="Words to search (Arabic-aware)."),
        OpenApiParameter("category", str, description="Category or subcategory slug."),
        OpenApiParameter("min_price", OpenApiTypes.DECIMAL),
        OpenApiParameter("max_price", OpenApiTypes.DECIMAL),
        OpenApiParameter("delivery_days", int, description="Delivered within this many days."),
        OpenApiParameter("min_rating", OpenApiTypes.DECIMAL),
        OpenApiParameter("sort", str, enum=list(SORTS)),
        OpenApiParameter("page_size", int, description="1 to 50, default 20."),
    ]
)
class ServiceList(generics.ListAPIView):
    """Public services, filtered, sorted and paginated."""

    serializer_class = ServiceSerializer
    pagination_class = ServicePagination

    def get_queryset(self):
        params = self.request.query_params
        unknown = sorted(set(params) - LIST_PARAMETERS)
        if unknown:
            message = _("Unknown parameter(s): %(names)s.") % {"names": ", ".join(unknown)}
            raise ValidationError({"detail": message})
        self._check_paging(params)
        form = ServiceFilterForm(params)
        if not form.is_valid():
            raise ValidationError({field: list(errors) for field, errors in form.errors.items()})
        filters = {key: value for key, value in form.cleaned_data.items() if value}
        self.is_search = bool(filters.get("q"))
        return search_services(**filters).services.select_related(
            "category__parent", "seller__profile"
        )

    def paginate_queryset(self, queryset):
        if getattr(self, "is_search", False):
            return self.paginator.paginate_search(queryset, self.request, view=self)
        return super().paginate_queryset(queryset)

    @staticmethod
    def _check_paging(params):
        for name, low, high in (("page", 1, None), ("page_size", 1, 50)):
            if name not in params:
                continue
            value = params[name]
            if not value.isdigit() or int(value) < low or (high and int(value) > high):
                if high:
                    message = _("Must be a whole number between %(low)s and %(high)s.")
                else:
                    message = _("Must be a whole number at least %(low)s.")
                raise ValidationError({name: [message % {"low": low, "high": high}]})


class ServiceDetail(generics.RetrieveAPIView):
    """One public service with its description, tags and extras."""

    serializer_class = ServiceDetailSerializer

    def get_object(self):
        service = (
            Service.objects.public()
            .select_related("category__parent", "seller__profile")
            .prefetch_related("extras", "tagged_items__tag")
            .filter(pk=self.kwargs["pk"])
            .first()
        )
        if service is None:
            raise Http404
        return service
