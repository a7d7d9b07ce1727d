import pytest

from marketplace.messaging.contact import (
    ContactKind,
    ContactMatch,
    contact_kinds,
    find_contact_details,
)

PHONE, EMAIL, LINK = ["phone"], ["email"], ["link"]

POSITIVES = [
    # Libyan mobiles: digit systems, separators, country-code forms.
    ("كلمني على 0912345678 بعد المغرب", PHONE),
    ("رقمي ٠٩٢١٢٣٤٥٦٧ واتساب", PHONE),
    ("رقمي ۰۹۴۱۲۳۴۵۶۷", PHONE),
    ("call me on +218 91 234 5678 tonight", PHONE),
    ("00218-92-123-4567", PHONE),
    ("my number is 218912345678", PHONE),
    ("091-234-5678", PHONE),
    ("٠٩٢ ١٢٣ ٤٥٦٧", PHONE),
    ("اتصل (091) 2345678", PHONE),
    ("0 9 1 2 3 4 5 6 7 8", PHONE),
    ("091.234.5678", PHONE),
    ("+218 (91) 234-5678", PHONE),
    ("+۲۱۸ ۹۵ ۲۳۴ ۵۶۷۸", PHONE),
    ("رقمي\u200f ٠٩٣\u200f-١٢٣-٤٥٦٧\u200f", PHONE),
    ("Order INV-12 0912345678", PHONE),
    # Landlines: with the country code, or with the 0AA area code written apart.
    ("المحل +218 21 444 5566", PHONE),
    ("هاتف المكتب 021-4445566", PHONE),
    # E-mails, plain and obfuscated.
    ("write to name.surname+x@gmail.com please", EMAIL),
    ("ايميلي ahmed_ly@yahoo.com", EMAIL),
    ("Email: ahmed.ali@company.com.ly", EMAIL),
    ("ahmed at gmail dot com", EMAIL),
    ("راسلني ahmed [at] gmail [dot] com", EMAIL),
    ("ahmed (at) gmail.com", EMAIL),
    ("بريدي ahmed آت gmail دوت com", EMAIL),
    ("ahmed @ hotmail.com", EMAIL),
    ("ahmed{at}outlook{dot}ly", EMAIL),
    ("ابعت على ahmed@gmail", EMAIL),
    ("ahmed١٩٩٠@gmail.com", EMAIL),
    # Outside-messaging links, with and without scheme.
    ("https://wa.me/218912345678", LINK),
    ("كلمني wa.me/218912345678", LINK),
    ("api.whatsapp.com/send?phone=218912345678", LINK),
    ("join https://chat.whatsapp.com/AbCdEf123", LINK),
    ("تواصل معي عبر t.me/ahmed_ly.", LINK),
    ("telegram.me/ahmed", LINK),
    ("https://telegram.dog/ahmed", LINK),
    ("m.me/ahmed.ly", LINK),
    ("www.messenger.com/t/ahmed", LINK),
    ("صفحتي facebook.com/ahmed.ly", LINK),
    ("https://www.facebook.com/profile.php?id=100012345", LINK),
    ("fb.com/ahmed", LINK),
    ("fb.me/ahmed", LINK),
    ("INSTAGRAM.COM/ahmed", LINK),
    ("ig.me/m/ahmed", LINK),
    ("viber://chat?number=%2B218912345678", LINK),
    ("invite.viber.com/?g=abc", LINK),
    ("signal.me/#p/+218912345678", LINK),
    ("https://signal.group/#abc", LINK),
    ("snapchat.com/add/ahmed", LINK),
    ("discord.gg/abc123", LINK),
    ("https://discord.com/invite/abc", LINK),
    ("skype:ahmed.ly?chat", LINK),
    ("https://www.linkedin.com/in/ahmed-ly/", LINK),
    # Handles next to an app name.
    ("تابعني على انستا @ahmed.ly", LINK),
    ("@ahmed_ly on telegram", LINK),
    ("تيليجرام: @ahmed_ly", LINK),
    # Several kinds at once.
    ("0912345678 or ahmed@gmail.com", ["email", "phone"]),
    ("t.me/ahmed او ٠٩١٢٣٤٥٦٧٨", ["link", "phone"]),
]

NEGATIVES = [
    "السعر 150 دينار",
    "المجموع 1,500.000 د.ل",
    "التسليم يوم 2026-11-24",
    "موعدنا 24/11/2026",
    "الساعة 09:15 صباحا",
    "from 09:00 to 17:00",
    "Order #12345678 is ready",
    "طلب رقم 4512",
    "خلال 3 أيام إن شاء الله",
    "أرسلت 2 3 4 صور",
    "resolution 1920x1080",
    "الأبعاد 120 × 60 × 75 سم",
    "works with v2.10.3 and 9.1.2345678",
    "0123456789",
    "0212345678",
    "0912345",
    "09123456789",
    "الرقم الوطني 219901234567",
    "card 4111 1111 1111 1111",
    "IBAN LY83 0020 4800 0020 1001 2012 3",
    "LY83002048000020100120123",
    "tracking 1Z999AA10123456784",
    "رقم الفاتورة INV-0912345678",
    "خصم 50% على كل الخدمات",
    "@الجميع شكرا على التعاون",
    "@ahmed please check the draft",
    "portfolio: behance.net/ahmed",
    "my code is on https://github.com/ahmed",
    "see example.com for the spec",
    "see https://example.com/wa.me",
    "my work at behance.net",
    "about.me/ahmed",
    "see you at home.Then we talk",
    "I'm at work. Net price is 200 LYD",
    "open the t.mex file",
    "Signal strength is low @home",
    "سأكون في المكتب الساعة 3",
]


@pytest.mark.parametrize(("text", "kinds"), POSITIVES)
def test_detects_contact_details(text, kinds):
    assert contact_kinds(text) == kinds


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_ordinary_marketplace_talk(text):
    assert find_contact_details(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me on +218 91 234 5678 tonight", "+218 91 234 5678"),
        ("اتصل (091) 2345678", "(091) 2345678"),
        ("(0912345678)", "0912345678"),
        ("رقمي ٠٩٢١٢٣٤٥٦٧ واتساب", "٠٩٢١٢٣٤٥٦٧"),
        ("بريدي ahmed آت gmail دوت com", "ahmed آت gmail دوت com"),
        ("راسلني ahmed [at] gmail [dot] com", "ahmed [at] gmail [dot] com"),
        ("تواصل معي عبر t.me/ahmed_ly.", "t.me/ahmed_ly"),
        ("كلمني wa.me/218912345678", "wa.me/218912345678"),
        ("تابعني على انستا @ahmed.ly", "@ahmed.ly"),
        ("ahmed0912345678@gmail.com", "ahmed0912345678@gmail.com"),
    ],
)
def test_matched_text_is_the_whole_detail(text, expected):
    assert [match.text for match in find_contact_details(text)] == [expected]


def test_offsets_refer_to_the_original_text_with_arabic_indic_digits():
    text = "أهلا، رقمي ٠٩١-٢٣٤-٥٦٧٨ شكرا"
    [match] = find_contact_details(text)
    start = text.index("٠")
    assert match == ContactMatch(ContactKind.PHONE, "٠٩١-٢٣٤-٥٦٧٨", start, start + 12)
    assert text[match.start : match.end] == match.text


def test_several_matches_are_found_in_order_without_overlaps():
    text = "ahmed@gmail.com أو ٠٩٢١٢٣٤٥٦٧ أو https://wa.me/218912345678 أو 0941234567"
    matches = find_contact_details(text)
    assert [(m.kind, m.text) for m in matches] == [
        (ContactKind.EMAIL, "ahmed@gmail.com"),
        (ContactKind.PHONE, "٠٩٢١٢٣٤٥٦٧"),
        (ContactKind.LINK, "https://wa.me/218912345678"),
        (ContactKind.PHONE, "0941234567"),
    ]
    for previous, current in zip(matches, matches[1:], strict=False):
        assert previous.end <= current.start
    for match in matches:
        assert text[match.start : match.end] == match.text


def test_empty_text():
    assert find_contact_details("") == []
    assert contact_kinds("") == []


def test_contact_kinds_are_distinct_and_sorted():
    assert contact_kinds("0912345678 t.me/x 0923456789 a@b.ly") == ["email", "link", "phone"]
