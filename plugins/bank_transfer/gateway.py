from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from marketplace.messaging.uploads import check_attachment
from marketplace.payments.gateways import PaymentGateway, StartResult
from marketplace.payments.services import bank_transfer_expiry, submit_proof

PROOF_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"}
PROOF_MAX_BYTES = 5 * 1024 * 1024


class ProofForm(forms.Form):
    reference = forms.CharField(
        label=_("Transfer or deposit reference"),
        max_length=80,
        required=False,
        help_text=_("The number on the bank's receipt."),
    )
    proof = forms.FileField(
        label=_("Photo or PDF of the receipt"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".jpg,.jpeg,.png,.webp,.pdf"}),
    )

    def clean_proof(self):
        upload = self.cleaned_data.get("proof")
        if not upload:
            return None
        checked = check_attachment(upload)
        if checked.content_type not in PROOF_TYPES:
            raise ValidationError(_("Upload a photo (JPG, PNG, WebP) or a PDF of the receipt."))
        if checked.size > PROOF_MAX_BYTES:
            raise ValidationError(_("The receipt must be smaller than 5 MB."))
        upload.checked_name = checked.name
        return upload

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("reference") and not data.get("proof"):
            raise ValidationError(_("Type the transfer reference or upload the receipt."))
        return data


class BankTransferGateway(PaymentGateway):
    id = "bank_transfer"
    plugin = "bank_transfer"
    name = _("Bank transfer or cash deposit")
    description = _("Transfer or deposit the amount at the bank; we confirm it within a day.")
    page_template = "bank_transfer/pay.html"

    def is_available_for(self, buyer, amount) -> bool:
        return bool(self.settings.get("account_number"))

    def start(self, payment, request) -> StartResult:
        from django.utils import timezone

        payment.expires_at = timezone.now() + bank_transfer_expiry()
        payment.save(update_fields=["expires_at"])
        return StartResult(StartResult.PAGE)

    def page_context(self, payment, request) -> dict:
        return {"bank": self.settings, "proof_form": ProofForm()}

    def submit(self, payment, request) -> None:
        form = ProofForm(request.POST, request.FILES)
        if not form.is_valid():
            raise ValidationError([error for errors in form.errors.values() for error in errors])
        proof = form.cleaned_data.get("proof")
        with transaction.atomic():
            submit_proof(
                payment,
                reference=form.cleaned_data["reference"],
                proof=proof,
                proof_name=getattr(proof, "checked_name", ""),
            )
