from rest_framework.pagination import PageNumberPagination

from marketplace.catalog.search.paging import CappedPaginator


class ServicePagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 50

    def paginate_search(self, queryset, request, view=None):
        """Like paginate_queryset, with the search count capped (see CappedPaginator)."""
        self.django_paginator_class = CappedPaginator
        return self.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        response.data["count_is_capped"] = getattr(self.page.paginator, "is_capped", False)
        return response

    def get_paginated_response_schema(self, schema):
        schema = super().get_paginated_response_schema(schema)
        schema["properties"]["count_is_capped"] = {
            "type": "boolean",
            "description": "True when a search matched more than `count` services.",
        }
        return schema
