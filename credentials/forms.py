"""Forms parse and display; the services validate the domain and write."""

from __future__ import annotations

import re
from decimal import Decimal

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout, Submit
from django import forms
from django.core.exceptions import ValidationError

from credentials import rules
from credentials.models import CUSTOM, Category, CEActivity, Credential, Kind, ProgramChoice, Route

SPLIT = "split"
CMA_KINDS = rules.PROGRAMS["cma-aama"].kinds


def _points(value: Decimal) -> str:
    return format(value.normalize(), "f")


DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
AMOUNT_INPUT = {"inputmode": "decimal", "step": "0.01", "min": "0.01"}


def apply_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's ValidationError next to the matching fields (others at the top)."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    aliases = {"categories": "category"}
    for field, errors in error.error_dict.items():
        name = aliases.get(field, field)
        form.add_error(name if name in form.fields else None, errors)


class CredentialForm(forms.Form):
    program = forms.ChoiceField(choices=ProgramChoice.choices, label="Credential")
    certified_on = forms.DateField(
        label="Date certified or last recertified",
        widget=DATE_INPUT,
        help_text="The date on your certificate, or of your most recent recertification.",
    )
    number = forms.CharField(label="Credential number", max_length=50, required=False)
    custom_name = forms.CharField(label="Credential name", max_length=80, required=False)
    custom_cycle_months = forms.IntegerField(
        label="Cycle length in months", min_value=1, max_value=240, required=False
    )
    custom_points_needed = forms.DecimalField(
        label="Points or hours needed per cycle",
        min_value=Decimal(0),
        max_digits=7,
        decimal_places=2,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01", "min": "0"}),
    )

    def __init__(self, *args, submit_label: str = "Save credential", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout(
            "program",
            "certified_on",
            "number",
            Fieldset(
                "Other credential",
                HTML('<p class="form-text mt-0">Only for "Other": describe its renewal rule.</p>'),
                "custom_name",
                "custom_cycle_months",
                "custom_points_needed",
                css_id="custom-program",
                css_class="border rounded p-3 mb-3 js-custom-program",
            ),
            Submit("submit", submit_label),
        )

    @staticmethod
    def initial_from(credential: Credential) -> dict:
        return {
            "program": credential.program,
            "certified_on": credential.certified_on,
            "number": credential.number,
            "custom_name": credential.custom_name,
            "custom_cycle_months": credential.custom_cycle_months,
            "custom_points_needed": credential.custom_points_needed,
        }

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        custom = data["program"] == CUSTOM
        return {
            "program": data["program"],
            "certified_on": data["certified_on"],
            "number": data["number"].strip(),
            "custom_name": data["custom_name"].strip() if custom else "",
            "custom_cycle_months": data["custom_cycle_months"] if custom else None,
            "custom_points_needed": data["custom_points_needed"] if custom else None,
        }


def _split_field(label: str) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        max_digits=7,
        decimal_places=2,
        min_value=Decimal(0),
        widget=forms.NumberInput(attrs=AMOUNT_INPUT | {"min": "0"}),
    )


class OwnCredentialsField(forms.ModelMultipleChoiceField):
    """Credential checkboxes that refuse ids which are not plain numbers (no 500 on junk)."""

    def clean(self, value):
        for pk in value or ():
            if not re.fullmatch(r"[0-9]{1,18}", str(pk)):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                )
        return super().clean(value)


class ActivityForm(forms.Form):
    title = forms.CharField(max_length=200)
    provider = forms.CharField(
        max_length=200, required=False, help_text="Who issued the credit, e.g. AAMA e-Learning Center."
    )
    completed_on = forms.DateField(
        label="Completion date",
        widget=DATE_INPUT,
        help_text="A future date records a planned course; it counts once it has happened.",
    )
    kind = forms.ChoiceField(
        choices=Kind.choices, initial=Kind.CE, widget=forms.RadioSelect, label="Kind of credit"
    )
    amount = forms.DecimalField(
        max_digits=7,
        decimal_places=2,
        min_value=Decimal("0.01"),
        widget=forms.NumberInput(attrs=AMOUNT_INPUT),
        error_messages={"min_value": "Enter an amount greater than zero."},
        help_text=f"Points or contact hours; for college credit the credits "
        f"(1 = {_points(CMA_KINDS['college'].points_per_unit)} CMA points); for a CPR card, 1.",
    )
    approved = forms.BooleanField(
        label="AAMA-approved CEU", required=False, help_text="It appears on your AAMA CEU transcript."
    )
    category = forms.ChoiceField(
        choices=[("", "Choose…"), *Category.choices, (SPLIT, "Split across categories")],
        required=False,
        help_text="The content area (for the CMA (AAMA)). A CPR card is always clinical.",
    )
    split_administrative = _split_field("Administrative part")
    split_clinical = _split_field("Clinical part")
    split_general = _split_field("General part")
    certificate = forms.FileField(
        required=False,
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"}
        ),
        help_text="PDF, PNG or JPEG, up to 10 MB.",
    )
    verified_on_transcript = forms.BooleanField(label="Verified on my official transcript", required=False)
    notes = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="A course description helps if you are audited.",
    )
    excluded_from = OwnCredentialsField(
        queryset=Credential.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Do not count this toward",
    )

    def __init__(self, *args, owner, submit_label: str = "Save activity", **kwargs):
        super().__init__(*args, **kwargs)
        credentials = Credential.objects.filter(owner=owner)
        self.fields["excluded_from"].queryset = credentials
        self.fields["excluded_from"].label_from_instance = lambda c: str(c)
        if not credentials:
            del self.fields["excluded_from"]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            "title",
            "provider",
            Div(
                Div("completed_on", css_class="col-sm-6"),
                Div("amount", css_class="col-sm-6"),
                css_class="row",
            ),
            "kind",
            "approved",
            "category",
            Fieldset(
                "Split across categories",
                HTML('<p class="form-text mt-0">The parts must add up to the amount.</p>'),
                Div(
                    Div(Field("split_administrative"), css_class="col-sm-4"),
                    Div(Field("split_clinical"), css_class="col-sm-4"),
                    Div(Field("split_general"), css_class="col-sm-4"),
                    css_class="row",
                ),
                css_id="category-split",
                css_class="border rounded p-3 mb-3 js-category-split",
            ),
            "certificate",
            "verified_on_transcript",
            "notes",
            *(["excluded_from"] if "excluded_from" in self.fields else []),
        )

    @staticmethod
    def initial_from(activity: CEActivity) -> dict:
        shares = {s.category: s.amount for s in activity.shares.all()}
        initial = {
            "title": activity.title,
            "provider": activity.provider,
            "completed_on": activity.completed_on,
            "kind": activity.kind,
            "amount": activity.amount,
            "approved": activity.approved,
            "verified_on_transcript": activity.verified_on_transcript,
            "notes": activity.notes,
            "excluded_from": list(activity.excluded_from.all()),
            "certificate": activity.certificate or None,
        }
        if len(shares) == 1:
            initial["category"] = next(iter(shares))
        elif shares:
            initial["category"] = SPLIT
            initial.update({f"split_{c}": a for c, a in shares.items()})
        return initial

    def clean(self):
        data = super().clean()
        if data.get("category") == SPLIT and not any(data.get(f"split_{c}") for c in Category.values):
            self.add_error("category", "Enter how the amount splits across the categories below.")
        return data

    def categories(self) -> dict[str, Decimal]:
        data = self.cleaned_data
        if data.get("kind") == Kind.CPR:
            return {}
        choice = data.get("category")
        if choice == SPLIT:
            return {c: data.get(f"split_{c}") for c in Category.values if data.get(f"split_{c}")}
        if choice:
            return {choice: data["amount"]}
        return {}

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        kwargs = {
            "title": data["title"],
            "provider": data["provider"],
            "completed_on": data["completed_on"],
            "kind": data["kind"],
            "amount": data["amount"],
            "approved": data["approved"],
            "categories": self.categories(),
            "verified_on_transcript": data["verified_on_transcript"],
            "notes": data["notes"],
            "excluded_from": list(data.get("excluded_from") or []),
        }
        certificate = data.get("certificate")
        if certificate is False:  # "clear" ticked
            kwargs["certificate"] = None
        elif certificate and hasattr(certificate, "content_type"):  # a new upload
            kwargs["certificate"] = certificate
        return kwargs


class ActivityFilterForm(forms.Form):
    credential = forms.ModelChoiceField(queryset=Credential.objects.none(), required=False, empty_label="All")
    cycle = forms.ChoiceField(
        choices=[("", "All dates"), ("current", "Current cycle")], required=False, label="Cycle"
    )
    category = forms.ChoiceField(choices=[("", "All"), *Category.choices], required=False)
    approved = forms.ChoiceField(
        choices=[("", "All"), ("yes", "AAMA-approved"), ("no", "Not AAMA-approved")], required=False
    )
    kind = forms.ChoiceField(choices=[("", "All"), *Kind.choices], required=False)
    date_from = forms.DateField(required=False, widget=DATE_INPUT, label="From")
    date_to = forms.DateField(required=False, widget=DATE_INPUT, label="To")
    sort = forms.ChoiceField(
        choices=[
            ("-completed_on", "Newest first"),
            ("completed_on", "Oldest first"),
            ("title", "Title A–Z"),
            ("-amount", "Largest amount"),
        ],
        required=False,
    )

    def __init__(self, *args, owner, cycles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["credential"].queryset = Credential.objects.filter(owner=owner)
        self.fields["cycle"].choices = [
            ("", "All dates"),
            ("current", "Current cycle"),
            *[(str(c.pk), f"{c.starts_on:%b %Y} – {c.closed_on:%b %Y}") for c in cycles if c.closed_on],
        ]
        for field in self.fields.values():
            is_select = isinstance(field.widget, forms.Select)
            field.widget.attrs["class"] = (
                "form-select form-select-sm" if is_select else "form-control form-control-sm"
            )

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", "The end date is before the start date.")
        if data.get("cycle") and not data.get("credential"):
            self.add_error("cycle", "Choose a credential to filter by its cycle.")
        return data


class RecertifyForm(forms.Form):
    recertified_on = forms.DateField(label="Date you recertified", widget=DATE_INPUT)
    route = forms.ChoiceField(choices=Route.choices, widget=forms.RadioSelect, initial=Route.CE, label="How")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout("recertified_on", "route", Submit("submit", "Start my next cycle"))


class ExamAttemptForm(forms.Form):
    taken_on = forms.DateField(label="Exam date", widget=DATE_INPUT)
    passed = forms.TypedChoiceField(
        choices=[("yes", "Passed"), ("no", "Did not pass")],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        label="Result",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout("taken_on", "passed", Submit("submit", "Record attempt"))
