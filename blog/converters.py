"""A path converter for slugs in any script: Arabic tags and categories (``/blog/tag/تصميم/``)
as well as Latin ones. Django's own ``slug`` converter accepts ASCII only."""

from django.urls import register_converter


class UnicodeSlugConverter:
    regex = r"[-\w]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(UnicodeSlugConverter, "uslug")
