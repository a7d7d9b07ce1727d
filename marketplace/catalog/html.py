"""Sanitising the HTML sellers write: only what the description editor can produce survives."""

import re

import nh3
from django.utils.html import escape

ALLOWED_TAGS = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
_HAS_TAG = re.compile(r"<\s*/?\s*[a-zA-Z]")


def clean_description(html: str) -> str:
    """Safe rich text: no scripts, no inline handlers or styles, links only to http(s) or
    mailto and marked nofollow. Plain text becomes paragraphs."""
    if not _HAS_TAG.search(html):
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", html.strip()) if p.strip()]
        html = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    ).strip()


def text_length(html: str) -> int:
    """Visible characters of sanitised HTML."""
    return len(nh3.clean(html, tags=set()).strip())
