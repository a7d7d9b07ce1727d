"""Two users talk about a service, in Arabic, in a real headless Chromium: a buyer asks the
seller a question from the service page with a PDF attached; the seller sees the unread badge,
reads the thread, downloads the file and answers; the buyer's open thread shows the answer and
the read receipt without a reload; a phone number in a message is warned about, then flagged."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from marketplace.messaging.models import Conversation, Message, MessageReport, ReportReason
from tests.browser.actions import log_in
from tests.factories import ServiceFactory, UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "تصميم شعار احترافي لمتجرك الإلكتروني"
QUESTION = "السلام عليكم، هل يمكنك تصميم شعار بالألوان الموجودة في الملف المرفق؟"
REPLY = "وعليكم السلام، نعم بكل سرور. سأرسل لك ثلاثة نماذج خلال يومين."
PHONE_MESSAGE = "رقمي ٠٩١٢٣٤٥٦٧٨"
FILE_NAME = "ألوان-المتجر.pdf"
# The thread asks for news every 5 seconds: two rounds and some slack.
POLL_WAIT_MS = 15_000


def small_pdf() -> bytes:
    """A one-page PDF, valid down to its cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def assert_arabic(page):
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"


# A thread, and a thread after sending in it (the redirect points at the new message).
THREAD_URL = re.compile(r"/messages/[0-9]+/$")
SENT_URL = re.compile(r"/messages/[0-9]+/#message-[0-9]+$")


def wait_for_next_poll(page):
    """Wait until the open thread's poll has been answered once more (each answer replaces the
    ``#thread-poll`` element, so a marked one disappears)."""
    page.locator("#thread-poll").evaluate("poll => { poll.dataset.old = 'yes'; }")
    expect(page.locator("#thread-poll:not([data-old])")).to_have_count(1, timeout=POLL_WAIT_MS)


def send(page, text):
    page.fill("textarea[name=body]", text)
    page.locator("button[data-send]").click()


def test_buyer_and_seller_exchange_messages_with_an_attachment(
    live_server, page_at, artifacts, tmp_path
):
    seller = UserFactory(username="maryam")
    buyer = UserFactory(username="salem")
    service = ServiceFactory(seller=seller, title=TITLE)
    pdf = small_pdf()
    upload = tmp_path / FILE_NAME
    upload.write_bytes(pdf)
    base = live_server.url

    # The buyer opens the service page and contacts the seller.
    buyer_page = page_at(1280)
    log_in(buyer_page, base, buyer)
    buyer_page.goto(base + service.get_absolute_url())
    assert_arabic(buyer_page)
    buyer_page.locator("[data-contact-seller]").click()
    start_url = reverse("messaging:start", kwargs={"username": seller.username})
    expect(buyer_page).to_have_url(f"{base}{start_url}?about=catalog.service:{service.pk}")
    assert_arabic(buyer_page)

    # The question goes out with the PDF attached; the buyer lands on the new thread.
    buyer_page.set_input_files("input[type=file][name=files]", upload)
    send(buyer_page, QUESTION)
    expect(buyer_page).to_have_url(THREAD_URL)
    conversation = Conversation.objects.get(starter=buyer, recipient=seller)
    assert conversation.subject == service
    thread_url = base + reverse("messaging:thread", kwargs={"pk": conversation.pk})
    assert buyer_page.url == thread_url
    assert_arabic(buyer_page)
    question = conversation.messages.get()
    assert question.body == QUESTION and question.read_at is None
    assert list(question.attachments.values_list("name", "content_type", "size")) == [
        (FILE_NAME, "application/pdf", len(pdf))
    ]
    expect(buyer_page.locator("#message-list article.message--mine")).to_contain_text(QUESTION)
    # Sent, not seen yet; the poll must change this page without a reload.
    receipt = buyer_page.locator("#read-receipt")
    expect(receipt).to_have_attribute("data-receipt", str(question.pk))
    expect(receipt).not_to_have_attribute("data-seen", re.compile(".*"))
    buyer_page.evaluate("window.notReloaded = true")

    # The seller, in another browser context, has one unread message in the header.
    seller_page = page_at(390, 844)
    log_in(seller_page, base, seller)
    expect(seller_page.locator("[data-unread-messages]")).to_have_text("1")
    seller_page.goto(base + reverse("messaging:inbox"))
    assert_arabic(seller_page)
    row = seller_page.locator(f'li[data-conversation="{conversation.pk}"]')
    expect(row).to_have_class(re.compile(r"\bis-unread\b"))
    expect(row).to_contain_text(buyer.public_name)
    # Nothing sticks out sideways on a 390 px phone.
    assert seller_page.evaluate("document.documentElement.scrollWidth") <= 390
    seller_page.screenshot(path=str(artifacts / "messaging-inbox-phone.png"), full_page=True)

    # The seller opens the thread, reads the question and downloads the file.
    row.locator("a").first.click()
    expect(seller_page).to_have_url(thread_url)
    assert_arabic(seller_page)
    expect(seller_page.locator("article.message--theirs")).to_contain_text(QUESTION)
    link = seller_page.locator(".message__files a")
    expect(link).to_have_count(1)
    expect(link).to_contain_text(FILE_NAME)
    with seller_page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename == FILE_NAME
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == pdf
    question.refresh_from_db()
    assert question.read_at is not None
    # The buyer's open page learns that the question was read.
    expect(receipt).to_have_attribute("data-seen", str(question.pk), timeout=POLL_WAIT_MS)
    expect(receipt).to_contain_text("✓✓")

    # The seller answers.
    send(seller_page, REPLY)
    expect(seller_page).to_have_url(SENT_URL)
    reply = conversation.messages.get(sender=seller)
    assert seller_page.url == f"{thread_url}#message-{reply.pk}"
    expect(seller_page.locator(f"#message-{reply.pk}.message--mine")).to_contain_text(REPLY)
    assert seller_page.evaluate("document.documentElement.scrollWidth") <= 390
    seller_page.screenshot(path=str(artifacts / "messaging-thread-phone.png"), full_page=True)

    # The buyer's page, still open, shows the answer and the read receipt by itself.
    buyer_messages = buyer_page.locator("#message-list article.message")
    expect(buyer_page.locator(f"#message-{reply.pk}.message--theirs")).to_contain_text(
        REPLY, timeout=POLL_WAIT_MS
    )
    # The last message is the seller's now: no receipt under it.
    expect(receipt).not_to_have_attribute("data-receipt", re.compile(".*"), timeout=POLL_WAIT_MS)
    assert buyer_page.evaluate("window.notReloaded") is True
    # The next poll brings nothing new: the answer is not appended twice.
    wait_for_next_poll(buyer_page)
    expect(buyer_messages).to_have_count(2)
    reply.refresh_from_db()
    assert reply.read_at is not None  # the poll marks what the open page shows as read

    # A phone number: the buyer is warned first, and nothing is sent.
    send(buyer_page, PHONE_MESSAGE)
    warning = buyer_page.locator("[data-contact-warning]")
    expect(warning).to_be_visible()
    assert_arabic(buyer_page)
    expect(buyer_page.locator("textarea[name=body]")).to_have_value(PHONE_MESSAGE)
    assert not Message.objects.filter(body=PHONE_MESSAGE).exists()
    buyer_page.screenshot(path=str(artifacts / "messaging-contact-warning.png"), full_page=True)

    # "Send anyway" sends it, flagged for the staff.
    buyer_page.locator("button[data-send-anyway]").click()
    expect(buyer_page).to_have_url(SENT_URL)
    expect(warning).to_have_count(0)
    shared = Message.objects.get(body=PHONE_MESSAGE)
    assert buyer_page.url == f"{thread_url}#message-{shared.pk}"
    assert shared.sender == buyer and shared.conversation == conversation
    assert shared.contact_kinds == ["phone"]
    assert MessageReport.objects.filter(
        message=shared, reason=ReportReason.CONTACT_SHARED, reporter=None
    ).exists()
    expect(buyer_page.locator(f"#message-{shared.pk}.message--mine")).to_contain_text(PHONE_MESSAGE)
    expect(buyer_messages).to_have_count(3)
    buyer_page.screenshot(path=str(artifacts / "messaging-thread.png"), full_page=True)
