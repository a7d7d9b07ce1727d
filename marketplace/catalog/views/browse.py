"""Public catalog pages: categories, a category's services, a service, search, a seller."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.html import strip_tags
from django.utils.text import Truncator

from marketplace.accounts.models import User
from marketplace.accounts.services import ensure_profile
from marketplace.catalog.models import Category, Service, ServiceImage, public_filter
from marketplace.catalog.search.paging import CappedPaginator
from marketplace.catalog.search.query import RATINGS, SORTS, ServiceFilterForm, search_services
from marketplace.catalog.stats import count_view
from marketplace.messaging.services import response_hours

PAGE_SIZE = 24
REVIEWS_PAGE_SIZE = 10
RELATED_COUNT = 4
DELIVERY_CHOICES = [1, 3, 7, 14, 30]


def category_index(request):
    children = Category.objects.annotate(
        public_count=Count("services", filter=public_filter("services__"))
    )
    categories = Category.objects.top_level().prefetch_related(
        Prefetch("children", queryset=children)
    )
    return TemplateResponse(request, "catalog/category_index.html", {"categories": categories})


def _listing(request, template, context, *, category=None):
    form = ServiceFilterForm(request.GET or None)
    filters = {}
    if form.is_bound:
        form.is_valid()  # the page shows the errors; the valid fields still apply
        filters = {key: value for key, value in form.cleaned_data.items() if value}
    if category is not None:
        filters["category"] = category
    result = search_services(**filters)
    paginator_class = CappedPaginator if result.groups else Paginator
    page = paginator_class(result.services.for_cards(), PAGE_SIZE).get_page(request.GET.get("page"))
    context.update(
        form=form,
        page=page,
        groups=result.groups,
        sort=result.sort,
        sorts=[(key, label) for key, label in SORTS.items() if key != "relevance" or result.groups],
        ratings=RATINGS,
        delivery_choices=DELIVERY_CHOICES,
        query=filters.get("q", ""),
    )
    return TemplateResponse(request, template, context)


def category_detail(request, slug):
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    siblings = (category.parent or category).children.all()
    return _listing(
        request,
        "catalog/category_detail.html",
        {
            "category": category,
            "subcategories": siblings,
            "seo_title": category.name,
            "seo_description": category.description,
        },
        category=category,
    )


def search(request):
    top = Category.objects.top_level()
    return _listing(request, "catalog/search.html", {"top_categories": top})


def service_detail(request, pk, slug):
    service = get_object_or_404(
        Service.objects.select_related("category__parent", "seller__profile").prefetch_related(
            Prefetch("images", queryset=ServiceImage.objects.select_related("image")),
            "extras",
            "tagged_items__tag",
        ),
        pk=pk,
    )
    if not service.is_visible_to(request.user):
        raise Http404
    if slug != service.slug:
        return redirect(service, permanent=True)
    count_view(request, service)
    related = (
        Service.objects.public()
        .filter(category=service.category)
        .exclude(pk=service.pk)
        .order_by("-orders_completed", "-rating_average", "-pk")
        .for_cards()[:RELATED_COUNT]
    )
    return TemplateResponse(
        request,
        "catalog/service_detail.html",
        {
            "service": service,
            "seo_title": service.title,
            "seo_description": Truncator(strip_tags(service.description)).chars(160),
            "seo_image": service.cover,
            "seller": service.seller,
            "profile": ensure_profile(service.seller),
            "tags": [item.tag for item in service.tagged_items.all()],
            "related": related,
            "response_hours": response_hours(service.seller),
            "reviews_page": _reviews_page(request, service.reviews)
            if service.rating_count
            else None,
        },
    )


def seller_profile(request, username):
    seller = get_object_or_404(
        User.objects.select_related("profile"), username=username, is_active=True
    )
    profile = ensure_profile(seller)
    services = (
        Service.objects.public()
        .filter(seller=seller)
        .order_by("-orders_completed", "-pk")
        .for_cards()
    )
    page = Paginator(services, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "catalog/seller_profile.html",
        {
            "profile_user": seller,
            "profile": profile,
            "seo_title": seller.public_name,
            "seo_description": Truncator(profile.bio).chars(160),
            "skills": profile.skills.all(),
            "page": page,
            "response_hours": response_hours(seller),
            "reviews_page": _reviews_page(
                request, seller.reviews_received.filter(by_buyer=True).select_related("service")
            ),
        },
    )


def _reviews_page(request, reviews):
    """One page of the buyers' public reviews (``?reviews=``). The reviews are the orders app's;
    the catalog reads them through the relations that app declares and imports none of it."""
    visible = reviews.filter(is_hidden=False).select_related("author__profile")
    return Paginator(visible.order_by("-created_at", "-pk"), REVIEWS_PAGE_SIZE).get_page(
        request.GET.get("reviews")
    )
