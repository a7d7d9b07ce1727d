"""Every order, payment, review and withdrawal notification has its e-mail, in the reader's
language."""

import pytest
from django.utils import translation

from marketplace.notifications.emails import compose_email
from marketplace.notifications.events import EVENTS
from tests.factories import UserFactory

KINDS = sorted(
    slug for slug in EVENTS if slug.startswith(("order.", "payment.", "review.", "withdrawal."))
)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", KINDS)
def test_each_money_and_order_event_has_a_text_and_html_email(slug):
    user = UserFactory(language="ar")
    kind = EVENTS[slug]
    context = {
        "name": "سالم",
        "number": "#12",
        "title": "تصميم شعار",
        "amount": "65.500",
        "note": "الرجاء تغيير اللون",
        "status": "ملغاة",
        "reason": "لم يصل المبلغ",
        "reference": "JB-99812",
        "rating": 5,
    }
    with translation.override("ar"):
        subject = str(kind.title) % context
    email = compose_email(
        user,
        subject=subject,
        template_base=kind.template_base,
        context=context,
        link="/orders/12/",
        event=slug,
    )
    html = email.alternatives[0][0]
    assert "#12" in email.body and "#12" in html
    assert "/orders/12/" in email.body
    assert 'dir="rtl"' in html


def test_the_order_events_are_registered():
    assert {"order.new", "order.delivered", "order.completed", "payment.succeeded"} <= set(KINDS)
