from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from marketplace.messaging.models import MESSAGE_MAX_LENGTH, ReportReason
from marketplace.messaging.uploads import ACCEPT_ATTRIBUTE, accepted_extensions_text


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files; each is checked by the messaging services (type by content, size)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(upload, initial) for upload in uploads]


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": _("Write your message…")}),
    )
    files = MultipleFileField(
        label=_("Attach files"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
    )
    # Set by the "send anyway" button after the contact-details warning.
    confirm_contact = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["files"].help_text = _(
            "Up to %(count)d files of at most %(size)d MB each: %(types)s."
        ) % {
            "count": settings.MESSAGE_ATTACHMENTS_PER_MESSAGE,
            "size": settings.MESSAGE_ATTACHMENT_MAX_BYTES // (1024 * 1024),
            "types": accepted_extensions_text(),
        }


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this message?"),
        choices=[
            (value, label)
            for value, label in ReportReason.choices
            if value != ReportReason.CONTACT_SHARED
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
