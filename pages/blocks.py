"""The home page's blocks. Each has a description and a preview value, so editors see what it
looks like in the block picker before adding it (site/templates/wagtailcore/shared/
block_preview.html renders previews with the site's own styles)."""

import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from marketplace.catalog.models import Category, Service

# Only paths on this site: no scheme (javascript:, data:), no protocol-relative //host or /\host.
LOCAL_PATH = r"^/(?![/\\])[^\s]*$"
local_path = RegexValidator(
    LOCAL_PATH, _("Enter a path on this site that starts with /, e.g. /accounts/signup/")
)

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class HeroBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    subtitle = blocks.TextBlock(label=_("Subtitle"), required=False, max_length=300)
    search_placeholder = blocks.CharBlock(
        label=_("Search box placeholder"), required=False, max_length=80
    )

    class Meta:
        icon = "title"
        label = _("Hero with search")
        template = "pages/blocks/hero.html"
        description = _("The page's main title with the service search box.")
        preview_value = {
            "title": "خدمات مصغّرة بأيدٍ ليبية، تبدأ من 10 دينارات",
            "subtitle": "اطلب تصميم شعار أو ترجمة أو برمجة من مستقلين ليبيين.",
            "search_placeholder": "عن أي خدمة تبحث؟",
        }


class FeaturedCategoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    categories = blocks.ListBlock(
        SnippetChooserBlock(Category),
        label=_("Categories"),
        required=False,
        max_num=12,
        help_text=_("Leave empty to show every top category."),
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("Featured categories")
        template = "pages/blocks/featured_categories.html"
        description = _("Category cards with their icons, chosen by hand or all top ones.")
        preview_value = {"heading": "تصفح التصنيفات", "categories": []}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        chosen = [category for category in value["categories"] if category]
        context["categories"] = chosen or list(Category.objects.top_level())
        return context


class FeaturedServicesBlock(blocks.StructBlock):
    HAND_PICKED, TOP_RATED, BEST_SELLING = "hand_picked", "top_rated", "best_selling"

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    source = blocks.ChoiceBlock(
        label=_("Which services"),
        choices=[
            (HAND_PICKED, _("Chosen by hand")),
            (TOP_RATED, _("Best rated")),
            (BEST_SELLING, _("Best selling")),
        ],
        default=TOP_RATED,
    )
    services = blocks.ListBlock(
        SnippetChooserBlock(Service),
        label=_("Services"),
        required=False,
        max_num=12,
        help_text=_("Used when the services are chosen by hand. Hidden ones are left out."),
    )
    count = blocks.IntegerBlock(
        label=_("How many"), min_value=2, max_value=12, default=8, required=True
    )

    class Meta:
        icon = "pick"
        label = _("Featured services")
        template = "pages/blocks/featured_services.html"
        description = _("Service cards: chosen by hand, or the best rated or best selling.")
        preview_value = {"heading": "خدمات مميزة", "source": "top_rated", "count": 4}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["services"] = featured_services(value)
        return context


def featured_services(value) -> list[Service]:
    """The block's services, public ones only, in one query (with their cards' images)."""
    count = value["count"] or 8
    public = Service.objects.public().for_cards()
    if value["source"] == FeaturedServicesBlock.HAND_PICKED:
        ids = [service.pk for service in value["services"] if service][:count]
        by_id = public.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]
    if value["source"] == FeaturedServicesBlock.BEST_SELLING:
        ordering = ["-orders_completed", "-rating_average", "-pk"]
    else:
        ordering = ["-rating_average", "-rating_count", "-orders_completed", "-pk"]
    return list(public.order_by(*ordering)[:count])


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=80)
    text = blocks.TextBlock(label=_("Explanation"), max_length=300)


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ol"
        label = _("How it works")
        template = "pages/blocks/steps.html"
        description = _("Numbered steps, e.g. how buying or selling works.")
        preview_value = {
            "heading": "كيف يعمل مايكروليبي؟",
            "steps": [
                {"title": "اختر خدمة", "text": "ابحث أو تصفح التصنيفات واقرأ التقييمات."},
                {"title": "ادفع بأمان", "text": "يبقى المبلغ محجوزًا حتى تستلم العمل."},
                {"title": "استلم واقبل", "text": "عند قبولك التسليم يُحوَّل المبلغ إلى البائع."},
            ],
        }


class TestimonialBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("What they said"), max_length=400)
    name = blocks.CharBlock(label=_("Name"), max_length=80)
    role = blocks.CharBlock(label=_("Who they are"), max_length=120, required=False)


class TestimonialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    testimonials = blocks.ListBlock(
        TestimonialBlock(), label=_("Testimonials"), min_num=1, max_num=6
    )

    class Meta:
        icon = "openquote"
        label = _("Testimonials")
        template = "pages/blocks/testimonials.html"
        description = _("Quotes from buyers and sellers.")
        preview_value = {
            "heading": "ماذا يقول مستخدمونا",
            "testimonials": [
                {
                    "quote": "وجدت مصممًا لشعار محلي في يوم واحد، ودفعت وأنا مطمئن.",
                    "name": "أحمد",
                    "role": "صاحب مقهى في طرابلس",
                }
            ],
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=300)
    button_text = blocks.CharBlock(label=_("Button text"), max_length=40)
    button_link = blocks.CharBlock(
        label=_("Button link"),
        max_length=200,
        validators=[local_path],
        help_text=_("A path on this site, e.g. /accounts/signup/"),
    )

    def get_context(self, value, parent_context=None):
        """The link is checked again when drawn: its translation is a free-text segment that
        wagtail-localize's editor saves without this block's validation."""
        context = super().get_context(value, parent_context)
        link = value["button_link"] or ""
        context["button_link"] = link if re.match(LOCAL_PATH, link) else "/"
        return context

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "pages/blocks/call_to_action.html"
        description = _("A short invitation with one button.")
        preview_value = {
            "title": "لديك مهارة؟ ابدأ البيع اليوم",
            "text": "أنشئ حسابًا مجانيًا واعرض خدماتك.",
            "button_text": "أنشئ حسابك",
            "button_link": "/accounts/signup/",
        }


class RichTextSectionBlock(blocks.RichTextBlock):
    class Meta:
        icon = "doc-full"
        label = _("Text")
        template = "pages/blocks/text.html"
        description = _("Free text with headings, lists and links.")
        preview_value = "<h2>عن مايكروليبي</h2><p>سوق ليبي للخدمات المصغرة.</p>"


class HomeStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    featured_categories = FeaturedCategoriesBlock()
    featured_services = FeaturedServicesBlock()
    steps = StepsBlock()
    testimonials = TestimonialsBlock()
    text = RichTextSectionBlock(features=RICH_TEXT_FEATURES)
    call_to_action = CallToActionBlock()


class FaqQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqTopicBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Topic"), max_length=120)
    questions = blocks.ListBlock(FaqQuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Questions on one topic")
        description = _("A topic's questions and their answers; each answer has its own link.")
        preview_value = {
            "title": "الدفع",
            "questions": [
                {"question": "هل أدفع عمولة كمشترٍ؟", "answer": "<p>لا، العمولة على البائع.</p>"}
            ],
        }
