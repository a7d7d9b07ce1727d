from django.urls import path

from marketplace.catalog.views import browse, selling

app_name = "catalog"

urlpatterns = [
    path("services/", browse.category_index, name="category_index"),
    path("services/<int:pk>-<str:slug>/", browse.service_detail, name="service"),
    path("services/<str:slug>/", browse.category_detail, name="category"),
    path("search/", browse.search, name="search"),
    path("u/<str:username>/", browse.seller_profile, name="seller_profile"),
    path("dashboard/services/", selling.my_services, name="my_services"),
    path("dashboard/services/new/", selling.service_create, name="service_create"),
    path("dashboard/services/<int:pk>/edit/", selling.service_edit, name="service_edit"),
    path("dashboard/services/<int:pk>/pause/", selling.service_pause, name="service_pause"),
    path("dashboard/services/<int:pk>/resume/", selling.service_resume, name="service_resume"),
]
