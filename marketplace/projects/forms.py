"""The buyer's project form and the seller's proposal form. The field rules live in
``rules`` and are checked again by ``services``, whoever calls them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.accounts.tags import parse_tags
from marketplace.catalog.forms import RICH_TEXT_ATTRS, SubcategoryChoiceField
from marketplace.catalog.html import clean_description, text_length
from marketplace.catalog.models import Category
from marketplace.ledger.money import format_lyd
from marketplace.messaging.forms import MultipleFileField, MultipleFileInput
from marketplace.messaging.uploads import (
    ACCEPT_ATTRIBUTE,
    accepted_extensions_text,
    check_attachment,
)
from marketplace.projects import rules
from marketplace.projects.models import MAX_ATTACHMENTS, MAX_DAYS, MAX_SKILLS
from marketplace.projects.services import ProjectDraft
from marketplace.rules.models import MarketplaceSettings


class AttachmentFields(forms.Form):
    """The files part of both forms: new files, and ticks to remove the ones kept (listed
    last, after the form's own fields)."""

    attachments = MultipleFileField(
        label=_("Attach files (optional)"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )
    remove_attachments = forms.TypedMultipleChoiceField(
        label=_("Files to remove"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, existing=(), **kwargs):
        super().__init__(*args, **kwargs)
        files = ("attachments", "remove_attachments")
        self.order_fields([name for name in self.fields if name not in files])
        self.existing_attachments = list(existing)
        if self.existing_attachments:
            self.fields["remove_attachments"].choices = [
                (item.pk, item.name) for item in self.existing_attachments
            ]
        else:
            del self.fields["remove_attachments"]

    def clean_attachments(self):
        uploads = self.cleaned_data["attachments"] or []
        errors = []
        for upload in uploads:
            try:
                check_attachment(upload)
            except forms.ValidationError as error:
                errors.append(error)
            upload.seek(0)
        if errors:
            raise forms.ValidationError(errors)
        return uploads

    def clean(self):
        data = super().clean()
        removing = set(data.get("remove_attachments") or ())
        kept = sum(1 for item in self.existing_attachments if item.pk not in removing)
        if kept + len(data.get("attachments") or ()) > MAX_ATTACHMENTS:
            self.add_error(
                "attachments",
                _("Attach at most %(count)d files.") % {"count": MAX_ATTACHMENTS},
            )
        if "remove_attachments" not in self.fields:
            data["remove_attachments"] = []
        return data


# --- The buyer's project form ---------------------------------------------------------------


def _field_errors(form: forms.Form, error: forms.ValidationError) -> None:
    """Put a ValidationError keyed by field on the form's fields (the rest above the form)."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def skills_text(names: list[str]) -> str:
    """The skills as the buyer typed them, read back by ``parse_tags``: without commas it
    splits on spaces, so a single skill of several words keeps a trailing comma."""
    text = ", ".join(names)
    return f"{text}," if len(names) == 1 and " " in names[0] else text


class ProjectForm(AttachmentFields):
    """What the buyer writes about a project, checked with the same rules as ``services``
    (which check it all again when ``draft()`` is handed to them). Editing also offers to
    remove the files already attached."""

    title = forms.CharField(
        label=_("Title"),
        widget=forms.TextInput(
            attrs={"minlength": str(rules.TITLE_MIN), "maxlength": str(rules.TITLE_MAX)}
        ),
    )
    category = SubcategoryChoiceField(
        label=_("Category"),
        queryset=Category.objects.filter(parent__isnull=False).select_related("parent"),
        empty_label=_("Choose a subcategory"),
    )
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs=RICH_TEXT_ATTRS)
    )
    skills = forms.CharField(label=_("Skills needed"), required=False, max_length=400)
    budget_min = forms.DecimalField(
        label=_("Budget from (LYD)"),
        max_digits=14,
        decimal_places=3,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
    )
    budget_max = forms.DecimalField(
        label=_("Budget up to (LYD)"),
        max_digits=14,
        decimal_places=3,
        widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal"}),
    )
    duration_days = forms.IntegerField(
        label=_("Expected duration (days)"),
        widget=forms.NumberInput(attrs={"min": "1", "max": str(MAX_DAYS)}),
    )

    def __init__(self, *args, project=None, **kwargs):
        if project is not None:
            kwargs.setdefault(
                "initial",
                {
                    "title": project.title,
                    "category": project.category_id,
                    "description": project.description,
                    "skills": skills_text([tag.name for tag in project.skills.all()]),
                    "budget_min": project.budget_min,
                    "budget_max": project.budget_max,
                    "duration_days": project.duration_days,
                },
            )
        existing = project.attachments.all() if project else ()
        super().__init__(*args, existing=existing, **kwargs)
        self.project = project
        minimum = MarketplaceSettings.current().minimum_service_price
        for name in ("budget_min", "budget_max"):
            self.fields[name].widget.attrs["min"] = str(minimum)
        self.fields["skills"].help_text = _(
            "Up to %(max)s, separated by commas, e.g. logo design, Illustrator."
        ) % {"max": MAX_SKILLS}
        self.fields["budget_min"].help_text = _(
            "Sellers may propose other prices; you choose. The budget starts at %(minimum)s LYD."
        ) % {"minimum": format_lyd(minimum)}
        self.fields["attachments"].help_text = _(
            "Up to %(count)d files (sketches, examples, documents): %(types)s."
        ) % {"count": MAX_ATTACHMENTS, "types": accepted_extensions_text()}

    def clean_title(self):
        return rules.clean_title(self.cleaned_data["title"])

    def clean_description(self):
        description = clean_description(self.cleaned_data["description"])
        if text_length(description) < rules.DESCRIPTION_MIN:
            raise forms.ValidationError(
                _("Describe the project in at least %(min)s characters."),
                code="description",
                params={"min": rules.DESCRIPTION_MIN},
            )
        return description

    def clean_skills(self):
        return rules.clean_skills(parse_tags(self.cleaned_data["skills"]))

    def clean_duration_days(self):
        days = self.cleaned_data["duration_days"]
        rules.check_days(days or 0)
        return days

    def clean(self):
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None:
            try:
                rules.check_budget(low, high, data.get("category"))
            except forms.ValidationError as error:
                _field_errors(self, error)
        return data

    def draft(self) -> ProjectDraft:
        return ProjectDraft.of(self.cleaned_data)

    def add_service_errors(self, error: forms.ValidationError) -> None:
        """Show what ``services`` refused: on its field, or above the form."""
        _field_errors(self, error)


# --- The seller's proposal form -------------------------------------------------------------


class ProposalForm(AttachmentFields):
    """A proposal's price, days, cover letter and files, checked with the project's rules
    (the category's price cap). Editing also offers to remove the files already attached."""

    price = forms.DecimalField(
        label=_("Your price (LYD)"),
        max_digits=14,
        decimal_places=3,
        widget=forms.NumberInput(attrs={"min": "1", "step": "any", "inputmode": "decimal"}),
    )
    days = forms.IntegerField(
        label=_("Delivery time (days)"),
        widget=forms.NumberInput(attrs={"min": "1", "max": str(MAX_DAYS)}),
    )
    cover_letter = forms.CharField(
        label=_("Cover letter"),
        max_length=rules.COVER_LETTER_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

    def __init__(self, *args, project, proposal=None, **kwargs):
        if proposal is not None:
            kwargs.setdefault(
                "initial",
                {
                    # "120", not "120.000"
                    "price": f"{proposal.price.normalize():f}",
                    "days": proposal.days,
                    "cover_letter": proposal.cover_letter,
                },
            )
        existing = proposal.attachments.all() if proposal else ()
        super().__init__(*args, existing=existing, **kwargs)
        self.project = project
        self.proposal = proposal
        self.fields["cover_letter"].help_text = _(
            "Between %(min)s and %(max)s characters: how you would do the work, what you "
            "deliver, and similar work you did."
        ) % {"min": rules.COVER_LETTER_MIN, "max": rules.COVER_LETTER_MAX}
        self.fields["attachments"].help_text = _(
            "Up to %(count)d files (samples of your work): %(types)s."
        ) % {"count": MAX_ATTACHMENTS, "types": accepted_extensions_text()}

    def clean_price(self):
        price = self.cleaned_data["price"]
        if price is not None:
            rules.check_price(price, self.project.category)
        return price

    def clean_days(self):
        days = self.cleaned_data["days"]
        rules.check_days(days or 0)
        return days

    def clean_cover_letter(self):
        return rules.clean_cover_letter(self.cleaned_data["cover_letter"])
