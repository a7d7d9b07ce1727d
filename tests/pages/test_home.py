from decimal import Decimal

import pytest

from pages.blocks import FeaturedServicesBlock, HomeStreamBlock, featured_services
from pages.models import HomePage
from tests.factories import CategoryFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_home_page_renders_its_blocks_in_arabic_and_english(client, home):
    top = CategoryFactory(name_ar="التصميم", name_en="Design")
    ServiceFactory(title="تصميم شعار احترافي لمتجرك", category__parent=top)
    html = client.get("/").content.decode()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    for text in ["تصفّح التصنيفات", "التصميم", "تصميم شعار احترافي لمتجرك", "كيف تبيع", "هدى"]:
        assert text in html, text
    english = client.get("/en/").content.decode()
    assert 'dir="ltr"' in english and 'lang="en"' in english
    for text in ["Browse the categories", "Design", "How do you sell", "Huda", "20%"]:
        assert text in english, text


def _value(**overrides):
    block = FeaturedServicesBlock()
    return block.to_python({"heading": "h", "source": "top_rated", "count": 8, **overrides})


def test_featured_services_are_the_best_rated_or_best_selling_public_ones():
    rated = ServiceFactory()
    selling = ServiceFactory()
    hidden = ServiceFactory()
    type(rated).objects.filter(pk=rated.pk).update(rating_average=Decimal("4.9"), rating_count=9)
    type(rated).objects.filter(pk=selling.pk).update(orders_completed=40)
    type(rated).objects.filter(pk=hidden.pk).update(is_paused=True, rating_average=5)
    assert featured_services(_value())[:2] == [rated, selling]
    assert featured_services(_value(source="best_selling"))[0] == selling
    assert hidden not in featured_services(_value())
    assert len(featured_services(_value(count=2))) == 2


def test_hand_picked_services_keep_their_order_and_leave_out_hidden_ones():
    first, second, hidden = ServiceFactory(), ServiceFactory(), ServiceFactory()
    type(first).objects.filter(pk=hidden.pk).update(is_suspended=True)
    value = _value(source="hand_picked", services=[second.pk, hidden.pk, first.pk])
    assert featured_services(value) == [second, first]


def test_the_home_page_is_drawn_with_few_queries_whatever_the_number_of_services(
    client, home, django_assert_max_num_queries
):
    ServiceFactory.create_batch(3)
    client.get("/")  # fills the site and settings caches
    with django_assert_max_num_queries(14):
        assert client.get("/").status_code == 200
    ServiceFactory.create_batch(6)
    with django_assert_max_num_queries(14):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("name", list(HomeStreamBlock.base_blocks))
def test_every_home_block_is_previewable_in_the_admin_with_the_site_styles(admin_client, name):
    block = HomePage.body.field.stream_block.child_blocks[name]
    assert block.is_previewable and str(block.get_description())
    response = admin_client.get(f"/admin/block-preview/?id={block.definition_prefix}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/site.css" in html and "--ml-color-primary" in html


@pytest.mark.parametrize("link", ["javascript:alert(document.cookie)", "/\\evil.example/"])
def test_a_call_to_action_link_is_checked_again_when_drawn(link):
    """A translated link is a free-text segment: wagtail-localize saves it unvalidated."""
    from pages.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python({"title": "t", "button_text": "b", "button_link": link})
    html = block.render(value)
    assert 'href="/"' in html and "evil" not in html and "javascript" not in html
    good = block.to_python({"title": "t", "button_text": "b", "button_link": "/en/faq/"})
    assert 'href="/en/faq/"' in block.render(good)
