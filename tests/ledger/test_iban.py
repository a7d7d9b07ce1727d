"""Libyan IBANs: what the seller types or pastes is normalised, then checked for the country,
the length, the digits and the mod-97 check digits, each with its own message and code."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from stdnum.iban import calc_check_digits

from plugins.libyan_bank.iban import (
    format_iban,
    normalise_iban,
    validate_libyan_iban,
)
from plugins.libyan_bank.method import LibyanBankForm, LibyanBankMethod

IBAN = "LY83002048000020100120361"
# A second one, built the way a bank does: LY, the check digits, bank 021, branch 007, account.
BBAN = "021007000000000123456"
OTHER_IBAN = f"LY{calc_check_digits('LY00' + BBAN)}{BBAN}"
GERMAN_IBAN = "DE89370400440532013000"  # valid in Germany


# The messages are compared in English; the Arabic test switches language itself.
pytestmark = pytest.mark.usefixtures("in_english")


def refusal(value) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        validate_libyan_iban(value)
    return refused.value


# --- Valid ----------------------------------------------------------------------------------


@pytest.mark.parametrize("iban", [IBAN, OTHER_IBAN])
def test_a_valid_libyan_iban_is_returned_compact(iban):
    assert validate_libyan_iban(iban) == iban


def test_the_second_example_is_a_real_mod_97_iban():
    assert len(OTHER_IBAN) == 25
    assert validate_libyan_iban(OTHER_IBAN) == OTHER_IBAN
    assert OTHER_IBAN != IBAN


@pytest.mark.parametrize(
    "typed",
    [
        "LY83 0020 4800 0020 1001 2036 1",  # as printed on a statement
        "ly83002048000020100120361",  # lower case
        "Ly83-0020-4800-0020-1001-2036-1",  # dashes
        "LY83.0020.4800.0020.1001.2036.1",  # dots
        "  LY83002048000020100120361\t\n",  # surrounding whitespace
        "LY83\u00a00020\u00a04800\u00a00020\u00a01001\u00a02036\u00a01",  # no-break spaces
        "LY٨٣٠٠٢٠٤٨٠٠٠٠٢٠١٠٠١٢٠٣٦١",  # Arabic-Indic digits
        "LY۸۳۰۰۲۰۴۸۰۰۰۰۲۰۱۰۰۱۲۰۳۶۱",  # Extended Arabic-Indic (Persian) digits
        "\u200fLY83 0020 4800 0020 1001 2036 1\u200e",  # RTL and LTR marks from a pasted page
        "\u202bLY83002048000020100120361\u202c",  # embedding marks
        "\u2067LY83002048000020100120361\u2069",  # isolate marks
        "\u200fLY٨٣-٠٠٢٠-٤٨٠٠-٠٠٢٠-١٠٠١-٢٠٣٦-١\u200e",  # all of it at once
    ],
)
def test_what_people_type_or_paste_is_normalised(typed):
    assert normalise_iban(typed) == IBAN
    assert validate_libyan_iban(typed) == IBAN


def test_format_groups_of_four():
    assert format_iban(IBAN) == "LY83 0020 4800 0020 1001 2036 1"
    assert validate_libyan_iban(format_iban(IBAN)) == IBAN


# --- Refused, each with its code and message ------------------------------------------------


def test_a_wrong_check_digit_is_a_checksum_error():
    error = refusal("LY84002048000020100120361")
    assert error.code == "checksum"
    assert error.messages == [
        "This IBAN is not valid: check its digits (the check digits do not match)."
    ]


def test_a_mistyped_account_digit_is_a_checksum_error():
    mistyped = IBAN[:-1] + "2"
    assert refusal(mistyped).code == "checksum"


def test_two_swapped_digits_are_a_checksum_error():
    swapped = IBAN[:7] + IBAN[8] + IBAN[7] + IBAN[9:]  # ...0020 4800... → ...0024 0800...
    assert swapped == "LY83002408000020100120361"
    assert refusal(swapped).code == "checksum"


@pytest.mark.parametrize(
    ("value", "length"),
    [(IBAN[:-1], 24), (IBAN + "0", 26), ("LY83", 4), ("LY83 0020 4800", 12)],
)
def test_a_wrong_length_says_how_long_it_is(value, length):
    error = refusal(value)
    assert error.code == "length"
    assert error.params == {"length": length}
    assert error.messages == [
        f"A Libyan IBAN has 25 characters (LY and 23 digits); this one has {length}."
    ]


def test_another_countrys_valid_iban_is_refused_with_the_country_message():
    error = refusal(GERMAN_IBAN)
    assert error.code == "country"
    assert error.params == {"start": "DE"}
    assert error.messages == ["A Libyan IBAN starts with LY; this one starts with DE."]


def test_a_libyan_bban_without_the_country_code_is_a_country_error():
    error = refusal(IBAN[2:])
    assert error.code == "country"
    assert error.params == {"start": "83"}


@pytest.mark.parametrize(
    "value",
    [
        "LYAB002048000020100120361",  # letters instead of check digits
        "LY8300204800002010012036A",  # a letter at the end
        "LY83O02048000020100120361",  # the letter O for a zero
    ],
)
def test_letters_after_ly_are_a_format_error(value):
    error = refusal(value)
    assert error.code == "format"
    assert error.messages == ["After LY, a Libyan IBAN has digits only."]


@pytest.mark.parametrize("value", ["", "   ", None, "\u200f\u200e"])
def test_nothing_typed_is_required(value):
    assert refusal(value).code == "required"


@pytest.mark.parametrize("value", [IBAN[:-1] + "²", IBAN[:-1] + "¹"], ids=["sup2", "sup1"])
def test_digits_other_than_latin_or_arabic_indic_are_a_format_error(value):
    assert refusal(value).code == "format"


def test_the_order_of_checks_reports_the_first_problem():
    # A German IBAN of the Libyan length is still a country error, not a length/checksum one.
    assert refusal("DE" + IBAN[2:]).code == "country"
    # Too short and with letters: the length comes first.
    assert refusal("LYAB12").code == "length"


# --- The form sellers fill in ----------------------------------------------------------------


def bank_form(iban):
    return LibyanBankForm(data={"bank": "jumhouria", "account_holder": " سالم  علي ", "iban": iban})


def test_the_form_accepts_a_valid_iban_and_stores_it_compact():
    form = bank_form("\u200fly83 0020 4800 0020 1001 2036 1")
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {
        "bank": "jumhouria",
        "account_holder": "سالم علي",
        "iban": IBAN,
    }
    method = LibyanBankMethod()
    details = method.clean_details(form.cleaned_data)
    lines = [(str(label), value) for label, value in method.describe(details)]
    assert lines == [
        ("Bank", "Jumhouria Bank"),
        ("Account holder", "سالم علي"),
        ("IBAN", "LY83 0020 4800 0020 1001 2036 1"),
    ]


@pytest.mark.parametrize(
    ("iban", "message"),
    [
        ("LY84002048000020100120361", "check digits do not match"),
        (GERMAN_IBAN, "this one starts with DE"),
        (IBAN[:-1], "this one has 24"),
        ("LYAB002048000020100120361", "digits only"),
    ],
)
def test_the_form_shows_the_message_on_the_iban_field(iban, message):
    form = bank_form(iban)
    assert not form.is_valid()
    assert list(form.errors) == ["iban"]
    (shown,) = form.errors["iban"]
    assert message in shown
    assert form.has_error("iban", code=refusal(iban).code)


def test_the_form_refuses_an_unknown_bank_and_an_empty_holder():
    form = LibyanBankForm(data={"bank": "swiss", "account_holder": "   ", "iban": IBAN})
    assert not form.is_valid()
    assert set(form.errors) == {"bank", "account_holder"}


def test_the_form_message_is_english_under_english():
    with translation.override("en"):
        form = bank_form(GERMAN_IBAN)
        assert not form.is_valid()
        assert form.errors["iban"] == ["A Libyan IBAN starts with LY; this one starts with DE."]


@pytest.mark.parametrize(
    "iban",
    [GERMAN_IBAN, IBAN[:-1], "LYAB002048000020100120361", "LY84002048000020100120361"],
)
def test_the_form_message_is_arabic_under_arabic(iban):
    with translation.override("ar"):
        form = bank_form(iban)
        assert not form.is_valid()
        (shown,) = form.errors["iban"]
    english = refusal(iban).messages[0]
    assert shown != english
    assert any("\u0600" <= char <= "\u06ff" for char in shown), shown
    if iban == GERMAN_IBAN:
        assert "DE" in shown  # the country the IBAN starts with is still named
