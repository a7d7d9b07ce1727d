"""One search over public services for the search page, the category page and the API: the
same filters, the same ranking."""

from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from marketplace.catalog import text
from marketplace.catalog.models import Category, Service
from marketplace.catalog.search.backends import get_backend

SORTS = {
    "relevance": _("Most relevant"),
    "newest": _("Newest"),
    "price_asc": _("Price: low to high"),
    "price_desc": _("Price: high to low"),
    "best_selling": _("Best-selling"),
    "rating": _("Top rated"),
}
ORDERINGS = {
    # Public services always have first_published_at; these orders match the partial indexes.
    "newest": ["-first_published_at", "-pk"],
    "price_asc": ["price", "pk"],
    "price_desc": ["-price", "-pk"],
    "best_selling": ["-orders_completed", "-rating_average", "-pk"],
    "rating": ["-rating_average", "-rating_count", "-pk"],
}
RELEVANCE_ORDERING = ["-relevance", "-rating_average", "-pk"]
RATINGS = [("", _("Any rating")), ("4.5", "4.5+"), ("4", "4+"), ("3", "3+")]


class ServiceFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)
    category = forms.SlugField(label=_("Category"), required=False, allow_unicode=True)
    min_price = forms.DecimalField(
        label=_("Minimum price"), min_value=0, max_digits=14, decimal_places=3, required=False
    )
    max_price = forms.DecimalField(
        label=_("Maximum price"), min_value=0, max_digits=14, decimal_places=3, required=False
    )
    delivery_days = forms.IntegerField(
        label=_("Delivered within (days)"), min_value=1, max_value=90, required=False
    )
    min_rating = forms.DecimalField(
        label=_("Minimum rating"), min_value=0, max_value=5, decimal_places=1, required=False
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORTS.items(), required=False)

    def clean_category(self):
        slug = self.cleaned_data["category"]
        if not slug:
            return None
        try:
            return Category.objects.select_related("parent").get(slug=slug)
        except Category.DoesNotExist:
            message = _("There is no category “%(slug)s”.")
            raise forms.ValidationError(message, params={"slug": slug}) from None

    def clean(self):
        data = super().clean()
        low, high = data.get("min_price"), data.get("max_price")
        if low is not None and high is not None and low > high:
            self.add_error("max_price", _("The maximum price is below the minimum price."))
        return data


@dataclass
class SearchResult:
    services: QuerySet
    groups: list = field(default_factory=list)
    sort: str = "newest"


def search_services(
    *,
    q: str = "",
    category: Category | None = None,
    min_price: Decimal | None = None,
    max_price: Decimal | None = None,
    delivery_days: int | None = None,
    min_rating: Decimal | None = None,
    sort: str = "",
) -> SearchResult:
    services = Service.objects.public()
    if category is not None:
        if category.is_top_level:
            services = services.filter(category__in=category.children.values("pk"))
        else:
            services = services.filter(category=category)
    if min_price is not None:
        services = services.filter(price__gte=min_price)
    if max_price is not None:
        services = services.filter(price__lte=max_price)
    if delivery_days:
        services = services.filter(delivery_days__lte=delivery_days)
    if min_rating:
        services = services.filter(rating_average__gte=min_rating)

    groups = text.query_groups(q) if q else []
    if groups:
        phrase = text.normalize(" ".join(text.words(q)))
        services = get_backend().rank(services, groups, phrase)
        sort = sort or "relevance"
    elif sort == "relevance" or not sort:
        sort = "newest"
    ordering = RELEVANCE_ORDERING if sort == "relevance" else ORDERINGS[sort]
    return SearchResult(services.order_by(*ordering), groups, sort)
