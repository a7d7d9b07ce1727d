from django.core.paginator import Paginator
from django.utils.functional import cached_property

RESULT_CAP = 1000


class CappedPaginator(Paginator):
    """Counts search results up to ``RESULT_CAP``: an exact count of tens of thousands of
    matches costs more than the page itself, and nobody pages past the first thousand."""

    is_capped = False

    @cached_property
    def count(self):
        counted = self.object_list.order_by()[: RESULT_CAP + 1].count()
        self.is_capped = counted > RESULT_CAP
        return min(counted, RESULT_CAP)
