from html import unescape

from django import template
from django.utils.html import strip_tags

register = template.Library()


@register.simple_tag
def faq_structured_data(topics: list[dict]) -> dict:
    """schema.org FAQPage with every question of the page and its answer's text."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": item["question"],
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": unescape(strip_tags(str(item["answer"]))),
                },
            }
            for topic in topics
            for item in topic["questions"]
        ],
    }
