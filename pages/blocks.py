from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

# Only paths on this site: no scheme (javascript:, data:), no protocol-relative //host.
local_path = RegexValidator(
    r"^/(?!/)[^\s]*$", _("Enter a path on this site that starts with /, e.g. /accounts/signup/")
)


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

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "pages/blocks/call_to_action.html"


class HomeStreamBlock(blocks.StreamBlock):
    hero = HeroBlock()
    steps = StepsBlock()
    text = blocks.RichTextBlock(
        label=_("Text"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    call_to_action = CallToActionBlock()
