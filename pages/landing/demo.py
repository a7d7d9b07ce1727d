"""The demo's landing templates (in our own words), and their first generation."""

from pages.landing.generator import Generator
from pages.landing.models import Dimensions, LandingTemplate

TEMPLATES = [
    {
        "slug": "category-city",
        "name": "تصنيف في مدينة",
        "dimensions": Dimensions.CATEGORY_CITY,
        "title_ar": "خدمات {category} في {city}",
        "title_en": "{category} services in {city}",
        "description_ar": (
            "{services} في {category} يقدمها {sellers} من {city}، بأسعار من {min_price} إلى "
            "{max_price} وتسليم خلال {delivery} عادةً."
        ),
        "description_en": (
            "{services} in {category} from {sellers} in {city}, priced from {min_price} to "
            "{max_price}, usually delivered within {delivery}."
        ),
        "intro_ar": (
            "يعرض {sellers} من {city} {services} في {category}. يبدأ السعر من {min_price} ونصف "
            "الخدمات بسعر {median_price} أو أقل، ومعظمها يُسلَّم خلال {delivery}. يبقى مبلغك "
            "محفوظاً لدى الموقع حتى تستلم العمل وتوافق عليه."
        ),
        "intro_en": (
            "{sellers} from {city} offer {services} in {category}. Prices start at {min_price}, "
            "half of the services cost {median_price} or less, and most are delivered within "
            "{delivery}. Your payment is held by the site until you receive the work and "
            "accept it."
        ),
    },
    {
        "slug": "subcategory-city",
        "name": "تصنيف فرعي في مدينة",
        "dimensions": Dimensions.SUBCATEGORY_CITY,
        "title_ar": "{category} في {city}",
        "title_en": "{category} in {city}",
        "description_ar": (
            "اطلب {category} من {sellers} في {city}: {services} من {min_price} إلى {max_price}."
        ),
        "description_en": (
            "Order {category} from {sellers} in {city}: {services} from {min_price} to {max_price}."
        ),
        "intro_ar": (
            "تبحث عن {category} في {city}؟ هنا {services} من {sellers}، أرخصها بـ{min_price} "
            "ومتوسطها {median_price}، ويُسلَّم أغلبها خلال {delivery}."
        ),
        "intro_en": (
            "Looking for {category} in {city}? Here are {services} by {sellers}: the cheapest "
            "costs {min_price}, the median {median_price}, and most arrive within {delivery}."
        ),
    },
    {
        "slug": "subcategory-tag",
        "name": "تصنيف فرعي ووسم",
        "dimensions": Dimensions.SUBCATEGORY_TAG,
        "title_ar": "{category}: {tag}",
        "title_en": "{category}: {tag}",
        "description_ar": (
            "{services} في {category} بوسم «{tag}» من {sellers}، من {min_price} إلى {max_price}."
        ),
        "description_en": (
            "{services} in {category} tagged “{tag}” by {sellers}, from {min_price} to {max_price}."
        ),
        "intro_ar": (
            "جمعنا لك {services} في {category} وصفها بائعوها بـ«{tag}». الأسعار بين {min_price} "
            "و{max_price}، والتسليم المعتاد خلال {delivery}."
        ),
        "intro_en": (
            "Here are {services} in {category} that their sellers tagged “{tag}”. Prices run "
            "from {min_price} to {max_price}, with delivery usually within {delivery}."
        ),
    },
]


def load_landing_pages():
    """The demo templates (kept if an editor changed them) and a generation; returns the
    generation's report."""
    for spec in TEMPLATES:
        LandingTemplate.objects.get_or_create(slug=spec["slug"], defaults=spec)
    return Generator().run()
