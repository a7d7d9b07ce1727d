"""Who sees a service: the public sees only approved, active services; the seller and staff
see their own in every state; nobody reaches someone else's seller pages."""

import pytest
from django.urls import reverse

from marketplace.catalog import services
from marketplace.catalog.models import Service
from tests.factories import ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

STATES = ["draft", "pending", "rejected", "paused", "suspended", "seller_deactivated"]


@pytest.fixture
def service_in(tree, seller, moderator, submit_service, approve, request_changes):
    """A service of ``seller`` in one of STATES."""

    def make(state) -> Service:
        if state == "draft":
            return ServiceFactory(seller=seller, category=tree.logo, publish=False)
        service = submit_service(seller, tree.logo)
        if state == "pending":
            return service
        if state == "rejected":
            return request_changes(service, moderator, "أضف تفاصيل")
        service = approve(service, moderator)
        if state == "paused":
            return services.pause(service, seller)
        if state == "suspended":
            return services.suspend(service, moderator, "مخالفة")
        if state == "seller_deactivated":
            seller.is_active = False
            seller.save()
            return service
        raise AssertionError(state)

    return make


@pytest.mark.parametrize("state", STATES)
def test_a_non_public_service_is_hidden_from_others(service_in, client, state):
    service = service_in(state)
    assert not Service.objects.public().filter(pk=service.pk).exists()
    url = service.get_absolute_url()
    assert client.get(url).status_code == 404  # anonymous
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404  # another user
    assert client.get(reverse("api:service_detail", args=[service.pk])).status_code == 404
    listing = client.get(reverse("api:service_list"))
    assert listing.json()["count"] == 0
    assert (
        client.get(reverse("catalog:category", args=["logo"])).context["page"].paginator.count == 0
    )


@pytest.mark.parametrize("state", ["draft", "pending", "rejected", "paused", "suspended"])
def test_the_seller_and_moderators_see_a_non_public_service(
    service_in, seller, moderator, client, state
):
    service = service_in(state)
    client.force_login(seller)
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    assert service.title in response.text
    client.force_login(moderator)
    assert client.get(service.get_absolute_url()).status_code == 200
    # Being staff is not enough: seeing hidden services is the moderators' permission.
    client.force_login(UserFactory(is_staff=True))
    assert client.get(service.get_absolute_url()).status_code == 404


def test_an_approved_active_service_is_public(live_service, client):
    assert live_service.is_public
    response = client.get(live_service.get_absolute_url())
    assert response.status_code == 200
    assert live_service.title in response.text
    assert reverse("catalog:seller_profile", args=["seller"]) in response.text


def test_a_wrong_slug_redirects_to_the_canonical_address(live_service, client):
    canonical = live_service.get_absolute_url()
    for slug in ["wrong", "-", "تصميم"]:
        url = reverse("catalog:service", kwargs={"pk": live_service.pk, "slug": slug})
        response = client.get(url)
        assert response.status_code == 301
        assert response.url == canonical


def test_a_wrong_slug_of_a_hidden_service_is_still_404(service_in, client):
    service = service_in("pending")
    url = reverse("catalog:service", kwargs={"pk": service.pk, "slug": "wrong"})
    assert client.get(url).status_code == 404


def test_an_unknown_service_is_404(db, client):
    assert client.get("/services/999999-nothing/").status_code == 404


def test_someone_elses_edit_page_is_404(live_service, client):
    client.force_login(UserFactory())
    url = reverse("catalog:service_edit", args=[live_service.pk])
    assert url == f"/dashboard/services/{live_service.pk}/edit/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"title": "عنوان جديد من شخص آخر"}).status_code == 404
    assert Service.objects.get(pk=live_service.pk).title == live_service.title


def test_the_seller_opens_their_own_edit_page(live_service, seller, client):
    client.force_login(seller)
    response = client.get(reverse("catalog:service_edit", args=[live_service.pk]))
    assert response.status_code == 200
    assert response.context["form"].initial["tags_text"] == "شعار, هوية"


def test_the_seller_pages_need_a_login(live_service, client):
    for url in [
        reverse("catalog:my_services"),
        reverse("catalog:service_create"),
        reverse("catalog:service_edit", args=[live_service.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response.url


def test_someone_elses_pause_and_resume_are_404_and_change_nothing(live_service, client):
    client.force_login(UserFactory())
    pause = reverse("catalog:service_pause", args=[live_service.pk])
    assert client.post(pause).status_code == 404
    service = Service.objects.get(pk=live_service.pk)
    assert not service.is_paused and service.is_public

    services.pause(service, service.seller)
    resume = reverse("catalog:service_resume", args=[live_service.pk])
    assert client.post(resume).status_code == 404
    assert Service.objects.get(pk=live_service.pk).is_paused


def test_the_seller_pauses_and_resumes_from_the_dashboard(
    live_service, seller, client, django_capture_on_commit_callbacks
):
    client.force_login(seller)
    pause = reverse("catalog:service_pause", args=[live_service.pk])
    assert client.get(pause).status_code == 405  # POST only
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(pause)
    assert response.status_code == 302 and response.url == reverse("catalog:my_services")
    assert not Service.objects.get(pk=live_service.pk).is_public
    client.logout()
    assert client.get(live_service.get_absolute_url()).status_code == 404

    client.force_login(seller)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("catalog:service_resume", args=[live_service.pk]))
    client.logout()
    assert client.get(live_service.get_absolute_url()).status_code == 200


def test_a_suspended_service_cannot_be_edited_by_its_seller(service_in, seller, client):
    service = service_in("suspended")
    client.force_login(seller)
    response = client.get(reverse("catalog:service_edit", args=[service.pk]))
    assert response.status_code == 302 and response.url == reverse("catalog:my_services")


def test_seller_profile_lists_only_public_services(service_in, tree, seller, client, published):
    hidden = [service_in(state) for state in ["draft", "pending", "paused", "suspended"]]
    public = published(title="ترجمة وثائق رسمية بدقة عالية", category=tree.translation)
    other_seller = published(seller=UserFactory(), title="خدمة بائع آخر غير هذا البائع")

    response = client.get(reverse("catalog:seller_profile", args=[seller.username]))
    assert response.status_code == 200
    listed = list(response.context["page"].object_list)
    assert listed == [public]
    assert public.title in response.text
    assert other_seller.title not in response.text
    for service in hidden:
        assert service.get_absolute_url() not in response.text

    # Even the seller's own profile page is the public view.
    client.force_login(seller)
    response = client.get(reverse("catalog:seller_profile", args=[seller.username]))
    assert list(response.context["page"].object_list) == [public]


def test_profile_of_an_inactive_or_unknown_user_is_404(db, client):
    UserFactory(username="gone", is_active=False)
    assert client.get("/u/gone/").status_code == 404
    assert client.get("/u/nobody/").status_code == 404


def test_my_services_lists_every_state_of_my_own_services(service_in, seller, client):
    mine = [service_in(state) for state in ["draft", "pending", "paused"]]
    someone_else = ServiceFactory(title="خدمة لبائع آخر لا تظهر هنا")
    client.force_login(seller)
    response = client.get(reverse("catalog:my_services"))
    assert response.status_code == 200
    assert set(response.context["services"]) == set(mine)
    assert someone_else.title not in response.text


@pytest.mark.parametrize(
    "state",
    [
        "draft",
        "pending",
        "rejected",
        "paused",
        "suspended",
        "seller_deactivated",
    ],
)
def test_category_index_counts_only_public_services(service_in, tree, published, client, state):
    service_in(state)
    published(category=tree.translation, seller=UserFactory())
    response = client.get(reverse("catalog:category_index"))
    assert response.status_code == 200
    counts = {
        child.slug: child.public_count
        for top in response.context["categories"]
        for child in top.children.all()
    }
    assert counts == {"logo": 0, "social": 0, "translation": 1, "articles": 0}
