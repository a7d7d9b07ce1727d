from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from marketplace.accounts.avatars import process_avatar
from marketplace.accounts.cities import SPOKEN_LANGUAGES
from marketplace.accounts.models import Profile


class ProfileForm(forms.ModelForm):
    avatar = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=format_lazy(
            _("JPEG, PNG, WebP or GIF, up to {size}. It is cropped to a square."),
            size=lazy(lambda: filesizeformat(settings.AVATAR_MAX_BYTES), str)(),
        ),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages I speak"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.ChoiceField(
        label=_("Language of my e-mails"),
        choices=settings.LANGUAGES,
    )

    class Meta:
        model = Profile
        fields = ["display_name", "bio", "city", "skills", "languages"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}
        help_texts = {"skills": _("Separate skills with commas, e.g. logo design, translation.")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = user.language
        self.order_fields(["display_name", "avatar", "bio", "city", "skills", "languages"])

    def clean_avatar(self):
        """A processed (checked, cropped, resized) photo, or None when none was uploaded."""
        upload = self.cleaned_data.get("avatar")
        return process_avatar(upload) if upload else None

    def clean_skills(self):
        skills = self.cleaned_data.get("skills") or []
        if len(skills) > 15:
            raise forms.ValidationError(_("Name at most 15 skills."))
        for skill in skills:
            if len(skill) > 40:
                raise forms.ValidationError(_("A skill can be at most 40 characters long."))
        return skills
