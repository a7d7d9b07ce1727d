"""Translations through wagtail-localize, as an editor makes them in the admin: the Arabic source
is split into segments, each segment gets its English string, and the English page (or snippet)
is saved from them. Later edits of the source are synced with `sync`, keeping the strings
already translated.

`translate` is how the demo content gets its English version: the English wording is written
as a twin of the Arabic object (same fields, same paragraphs in the same order) and paired with
the source's segments one by one, so the English page is a real wagtail-localize translation
that editors keep working on in the admin's translation editor."""

from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class StructureMismatch(ValueError):
    """The English twin does not have the source's paragraphs: they cannot be paired."""


def english() -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def _strings(instance) -> list[tuple[str, str]]:
    """The instance's translatable strings in order, each with its field's name (empty fields
    have none). Preparing its stream fields gives their blocks the ids an unsaved twin lacks
    (segment paths are made of them)."""
    for field in instance._meta.fields:
        if isinstance(field, StreamField):
            field.get_prep_value(field.value_from_object(instance))
    return [
        (segment.path.split(".")[0], segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


@transaction.atomic
def translate(source, twin, locale: Locale | None = None, user=None):
    """Translate ``source`` into ``locale`` (English by default) with the strings of ``twin``,
    an unsaved instance of the same model holding the translated wording, and publish the
    result. Returns the translated object. Strings already translated are replaced."""
    locale = locale or english()
    if isinstance(source, Page):
        source = source.specific
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    segments = list(
        translation_source.stringsegment_set.select_related("string", "context").order_by("order")
    )
    translated = _strings(twin)
    fields = [segment.context.path.split(".")[0] for segment in segments]
    if fields != [field for field, _data in translated]:
        raise StructureMismatch(
            f"{source!r}: the source's strings are in {fields}, "
            f"the translation's in {[field for field, _data in translated]}"
        )
    for segment, (_field, data) in zip(segments, translated, strict=True):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation, _created = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    return _save(translation, source, user)


@transaction.atomic
def sync(source, user=None) -> list:
    """After an edit of ``source``: refresh its segments from the database and save every
    translation again, with the strings translated so far (new strings show the source's
    wording until translated). What the admin's "Sync translated pages" does."""
    if isinstance(source, Page):
        source = source.specific
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    return [
        _save(translation, source, user)
        for translation in translation_source.translations.filter(enabled=True)
    ]


def _save(translation: Translation, source, user):
    """Save the translated object and publish it now. (wagtail-localize publishes a page when
    the transaction commits: the demo's children would otherwise be translated under parents
    that are not live yet.)"""
    publishable = isinstance(source, DraftStateMixin)
    translation.save_target(user=user, publish=not publishable)
    target = source.get_translation(translation.target_locale)
    if publishable:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
