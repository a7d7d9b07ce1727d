from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from marketplace.api import views

app_name = "api"

urlpatterns = [
    path("services/", views.ServiceList.as_view(), name="service_list"),
    path("services/<int:pk>/", views.ServiceDetail.as_view(), name="service_detail"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
