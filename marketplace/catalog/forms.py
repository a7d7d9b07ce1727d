"""The seller's service form. Every rule has its own clear message; nothing is saved unless
the whole form is valid."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.forms import ClusterForm
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from marketplace.accounts.tags import with_latin_commas
from marketplace.catalog import rules
from marketplace.catalog.html import clean_description, text_length
from marketplace.catalog.models import (
    MAX_EXTRAS,
    MAX_IMAGES,
    Category,
    Service,
    ServiceImage,
)
from marketplace.rules.models import MarketplaceSettings

DESCRIPTION_MIN = 50
SERVICE_IMAGES_COLLECTION = "Service images"


# The textarea site/static/js/rich-text.js turns into the description editor.
RICH_TEXT_ATTRS = {
    "rows": 8,
    "data-rich-text": "true",
    "data-toolbar-label": _("Formatting"),
    "data-label-bold": _("Bold"),
    "data-label-italic": _("Italic"),
    "data-label-insert-unordered-list": _("Bulleted list"),
    "data-label-insert-ordered-list": _("Numbered list"),
    "data-label-create-link": _("Link"),
    "data-link-prompt": _("Link address (https://…)"),
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleImageField(WagtailImageField):
    """Several image uploads, each checked like a Wagtail image (type by content, size,
    dimensions)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleImageField, self).clean(upload, initial) for upload in uploads]


class SubcategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, category):
        return f"{category.parent.name} › {category.name}"


class ExtraForm(forms.ModelForm):
    """Validation shared by every extra row (the ClusterForm formset uses this base)."""

    def clean_price(self):
        price = self.cleaned_data["price"]
        if price is not None:
            rules.check_extra_price(price)
        return price

    def clean_extra_days(self):
        days = self.cleaned_data["extra_days"]
        if days is not None:
            rules.check_extra_days(days)
        return days


class ServiceForm(ClusterForm):
    category = SubcategoryChoiceField(
        label=_("Category"),
        queryset=Category.objects.filter(parent__isnull=False).select_related("parent"),
        empty_label=_("Choose a subcategory"),
    )
    tags_text = forms.CharField(
        label=_("Tags"),
        required=False,
        help_text=_("Up to 5, separated by commas."),
        max_length=200,
    )
    new_images = MultipleImageField(label=_("Add images"), required=False)
    remove_images = forms.MultipleChoiceField(
        label=_("Remove images"), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Service
        fields = ["title", "category", "description", "requirements", "price", "delivery_days"]
        formsets = {
            "extras": {
                "fields": ["title", "price", "extra_days"],
                "extra": MAX_EXTRAS,
                "max_num": MAX_EXTRAS,
                "validate_max": True,
                "form": ExtraForm,
            }
        }
        widgets = {
            "description": forms.Textarea(attrs=RICH_TEXT_ATTRS),
            "requirements": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, seller, **kwargs):
        super().__init__(*args, **kwargs)
        self.seller = seller
        self.marketplace_rules = MarketplaceSettings.current()
        self.fields["title"].widget.attrs.update(minlength=rules.TITLE_MIN)
        self.fields["delivery_days"].widget.attrs.update(min=1, max=90)
        self.fields["price"].widget.attrs.update(
            min=self.marketplace_rules.minimum_service_price, step="0.001"
        )
        self.fields["new_images"].help_text = format_lazy(
            "{} {}", _("Up to 5 images in all."), self.fields["new_images"].help_text
        )
        self.existing_images = list(self.instance.images.all()) if self.instance.pk else []
        self.fields["remove_images"].choices = [
            (str(item.image_id), item.image.title) for item in self.existing_images
        ]
        if self.instance.pk and not self.is_bound:
            self.initial["tags_text"] = ", ".join(tag.name for tag in self.instance.tags.all())

    def clean_title(self):
        return rules.clean_title(self.cleaned_data["title"])

    def clean_description(self):
        description = clean_description(self.cleaned_data["description"])
        if text_length(description) < DESCRIPTION_MIN:
            raise forms.ValidationError(
                _("Describe the service in at least %(min)s characters."),
                params={"min": DESCRIPTION_MIN},
            )
        return description

    def clean_tags_text(self):
        return rules.clean_tags(with_latin_commas(self.cleaned_data["tags_text"]).split(","))

    def clean(self):
        data = super().clean()
        price, category = data.get("price"), data.get("category")
        if price is not None:
            try:
                rules.check_price(price, category, self.marketplace_rules.minimum_service_price)
            except forms.ValidationError as error:
                self.add_error("price", error)
        removed = set(data.get("remove_images") or [])
        kept = [item for item in self.existing_images if str(item.image_id) not in removed]
        count = len(kept) + len(data.get("new_images") or [])
        if count < 1:
            self.add_error("new_images", _("Add at least one image of your work."))
        elif count > MAX_IMAGES:
            self.add_error(
                "new_images",
                ngettext(
                    "A service has at most %(max)s image; remove some first.",
                    "A service has at most %(max)s images; remove some first.",
                    MAX_IMAGES,
                )
                % {"max": MAX_IMAGES},
            )
        self.kept_images = kept
        return data

    def build_service(self) -> Service:
        """The seller's version of the service in memory (extras, images, tags attached), ready
        for ``services.save_and_submit``. New images are stored as Wagtail images at once."""
        service = self.save(commit=False)
        service.seller = self.seller
        service.tags.set(self.cleaned_data["tags_text"])
        uploads = self.cleaned_data["new_images"]
        collection = service_images_collection() if uploads else None
        new_images = [store_service_image(upload, self.seller, collection) for upload in uploads]
        images = [item.image for item in self.kept_images] + new_images
        service.images = [
            ServiceImage(image=image, sort_order=position) for position, image in enumerate(images)
        ]
        return service


def store_service_image(upload, seller, collection):
    image = get_image_model()(
        title=upload.name[:255], file=upload, collection=collection, uploaded_by_user=seller
    )
    image.save()
    return image


def service_images_collection() -> Collection:
    """Sellers' uploads live in their own collection, apart from the editors' images."""
    existing = Collection.objects.filter(name=SERVICE_IMAGES_COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=SERVICE_IMAGES_COLLECTION)
