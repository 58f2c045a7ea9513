"""Forms parse and display; the services validate the domain and write."""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import urlencode

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Fieldset, Layout, Submit
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from credentials import rules
from credentials.activity_input import CERTIFICATE_KEPT, ActivityInput, amount_error
from credentials.models import (
    CUSTOM,
    DEFAULT_UNIT,
    SPLIT,
    Category,
    CEActivity,
    Credential,
    ProgramChoice,
    ReminderPreference,
    Route,
)


def _unit_choices() -> list[tuple[str, str]]:
    """The units in the words printed on certificates, with a hint (rules.UNITS)."""
    choices = []
    for u in rules.UNITS.values():
        rule = rules.kind_rule_anywhere(u.kind)
        words = u.singular if rule is not None and rule.whole_units else u.label  # one card per entry
        choices.append((u.code, f"{words[0].upper()}{words[1:]}" + (f" ({u.hint})" if u.hint else "")))
    return choices


def _fixed_category_help() -> str:
    """The categories some units always count in, in words, from the rules engine's data."""
    words = []
    for kind in rules.KINDS:
        rule = rules.kind_rule_anywhere(kind)
        if rule is not None and rule.category:
            words.append(f"A {rule.label[:-1]} always counts as {rule.category}.")
    return " ".join(words)


def _card_units() -> list[str]:
    return [
        u.code
        for u in rules.UNITS.values()
        if (rule := rules.kind_rule_anywhere(u.kind)) is not None and rule.category
    ]


DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
AMOUNT_INPUT = {"inputmode": "decimal", "step": "0.01", "min": "0.01"}

# A one-time token in every form that creates something (views.submitted_once).
SUBMISSION_TOKEN = HTML("{% load recert_tags %}{% submission_token %}")


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
    custom_body = forms.CharField(
        label="Certifying body",
        max_length=120,
        required=False,
        help_text="Who issues it, as printed on your card or certificate.",
    )
    custom_cycle_months = forms.IntegerField(
        label="Recertification period in months", min_value=1, max_value=240, required=False
    )
    custom_points_needed = forms.DecimalField(
        label="Points or hours needed per period",
        min_value=Decimal(0),
        max_digits=7,
        decimal_places=2,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01", "min": "0"}),
    )
    printed_expires_on = forms.DateField(
        label="Expiry date printed on the card",
        required=False,
        widget=DATE_INPUT,
        help_text="If your card or certificate prints an expiry date, it wins over the computed one.",
    )
    # Set only by the "Save anyway" button shown with a warning (services.NeedsConfirmation).
    confirmed = forms.BooleanField(required=False)

    def __init__(self, *args, submit_label: str = "Save credential", **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_id = "credential-form"
        self.helper.layout = Layout(
            "program",
            "certified_on",
            "number",
            Fieldset(
                "Other credential",
                HTML('<p class="form-text mt-0">Only for "Other": describe its renewal rule.</p>'),
                "custom_name",
                "custom_body",
                "custom_cycle_months",
                "custom_points_needed",
                "printed_expires_on",
                css_id="custom-program",
                css_class="border rounded p-3 mb-3 js-custom-program",
            ),
            SUBMISSION_TOKEN,
            Submit("submit", submit_label),
        )

    @staticmethod
    def initial_from(credential: Credential, open_cycle=None) -> dict:
        return {
            "program": credential.program,
            "certified_on": credential.certified_on,
            "number": credential.number,
            "custom_name": credential.custom_name,
            "custom_body": credential.custom_body,
            "custom_cycle_months": credential.custom_cycle_months,
            "custom_points_needed": credential.custom_points_needed,
            "printed_expires_on": open_cycle.printed_expires_on if open_cycle else None,
        }

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        custom = data["program"] == CUSTOM
        kwargs = {
            "program": data["program"],
            "certified_on": data["certified_on"],
            "number": data["number"].strip(),
            "custom_name": data["custom_name"].strip() if custom else "",
            "custom_body": data["custom_body"].strip() if custom else "",
            "custom_cycle_months": data["custom_cycle_months"] if custom else None,
            "custom_points_needed": data["custom_points_needed"] if custom else None,
        }
        if custom:  # a built-in credential keeps the expiry printed on an accepted renewal
            kwargs["printed_expires_on"] = data["printed_expires_on"]
        return kwargs

    def create_kwargs(self) -> dict:
        return {**self.service_kwargs(), "confirmed": self.cleaned_data.get("confirmed", False)}


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
        max_length=200, required=False, help_text="Who issued the credit, as printed on the certificate."
    )
    completed_on = forms.DateField(
        label="Completion date",
        widget=DATE_INPUT,
        help_text="A future date records a planned course; it counts once it has happened.",
    )
    # Only read here: what an amount must be is said by activity_input_errors, for every door.
    amount = forms.DecimalField(
        widget=forms.NumberInput(attrs=AMOUNT_INPUT),
        help_text="The number printed on the certificate; Recert converts it for each credential.",
    )
    unit = forms.ChoiceField(
        choices=_unit_choices,
        initial=DEFAULT_UNIT,
        widget=forms.RadioSelect,
        label="Unit, as printed on the certificate",
        help_text=rules.APPROVAL.where,
    )
    category = forms.ChoiceField(
        choices=[("", "Choose…"), *Category.choices, (SPLIT, "Split across categories")],
        required=False,
        help_text="The content area, for credentials that count points by category. "
        + _fixed_category_help(),
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
    # Set only by the "Save anyway" button shown with a warning (services.NeedsConfirmation).
    confirmed = forms.BooleanField(required=False)
    excluded_from = OwnCredentialsField(
        queryset=Credential.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Do not count this toward",
    )

    def __init__(
        self,
        *args,
        owner,
        submit_label: str = "Save activity",
        notes: dict[str, str] | None = None,
        focus_title: bool = False,
        **kwargs,
    ):
        """``notes``: words shown under fields (a draft's "read from the certificate").
        ``focus_title``: the cursor starts in Title (a new, empty form)."""
        super().__init__(*args, **kwargs)
        if focus_title:
            self.fields["title"].widget.attrs["autofocus"] = True
        if notes is not None:  # a certificate read from the inbox is the certificate
            del self.fields["certificate"]
            for name, note in notes.items():
                self.fields[name].help_text = note
        # Units whose category the rules fix (a card is clinical): the page hides the category.
        self.fields["category"].widget.attrs["data-fixed-units"] = " ".join(_card_units())
        # Only credentials that count CE can have an activity excluded from them.
        no_ce = [code for code, program in rules.PROGRAMS.items() if not program.requires_ce]
        credentials = Credential.objects.filter(owner=owner).exclude(program__in=no_ce)
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
            "unit",
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
            *(["certificate"] if "certificate" in self.fields else []),
            "verified_on_transcript",
            "notes",
            *(["excluded_from"] if "excluded_from" in self.fields else []),
        )

    # What "Save and log another" carries to the next form: a batch of certificates from one
    # day and one provider is typed once.
    CARRIED = ("completed_on", "provider", "unit")

    @classmethod
    def carried_query(cls, cleaned_data: dict) -> str:
        return urlencode({name: str(cleaned_data.get(name) or "") for name in cls.CARRIED})

    @classmethod
    def initial_carried(cls, query) -> dict:
        """The carried fields of a query string that are valid; anything else is ignored."""
        initial = {}
        for name in cls.CARRIED:
            if name in query:
                try:
                    initial[name] = cls.base_fields[name].clean(query[name])
                except ValidationError:
                    continue
        return initial

    @staticmethod
    def initial_from(activity: CEActivity) -> dict:
        shares = {s.category: s.amount for s in activity.shares.all()}
        initial = {
            "title": activity.title,
            "provider": activity.provider,
            "completed_on": activity.completed_on,
            "unit": activity.unit,
            "amount": activity.amount,
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

    def clean_amount(self):
        # The one rule (activity_input.amount_error), said next to the field together with the
        # other fields' errors, not only after they are fixed.
        amount = self.cleaned_data["amount"]
        if problem := amount_error(amount):
            raise ValidationError(problem)
        return amount

    def clean(self):
        data = super().clean()
        if data.get("category") == SPLIT and not any(data.get(f"split_{c}") for c in Category.values):
            self.add_error("category", "Enter how the amount splits across the categories below.")
        return data

    def categories(self) -> dict[str, Decimal]:
        data = self.cleaned_data
        if data.get("unit") in _card_units():
            return {}
        choice = data.get("category")
        if choice == SPLIT:
            return {c: data.get(f"split_{c}") for c in Category.values if data.get(f"split_{c}")}
        if choice:
            return {choice: data["amount"]}
        return {}

    def activity_input(self) -> ActivityInput:
        """What the person entered, as every door hands it to the services."""
        data = self.cleaned_data
        return ActivityInput.of(
            title=data["title"],
            provider=data["provider"],
            completed_on=data["completed_on"],
            unit=data["unit"],
            amount=data["amount"],
            categories=self.categories(),
            verified_on_transcript=data["verified_on_transcript"],
            notes=data["notes"],
            excluded_from=data.get("excluded_from") or (),
        )

    @property
    def saves_anyway(self) -> bool:
        """Whether the person pressed "Save anyway" on the warnings shown."""
        return bool(self.cleaned_data.get("confirmed"))

    def certificate_upload(self) -> UploadedFile | None:
        change = self.certificate_change()
        return change if isinstance(change, UploadedFile) else None

    def certificate_change(self) -> UploadedFile | object | None:
        """A new upload, None when "clear" is ticked, or ``CERTIFICATE_KEPT``."""
        certificate = self.cleaned_data.get("certificate")
        if certificate is False:
            return None
        if certificate and hasattr(certificate, "content_type"):
            return certificate
        return CERTIFICATE_KEPT


class ActivityFilterForm(forms.Form):
    """The activity list's filter form; its fields come from ``credentials.filters.ActivityFilter``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
            self.add_error("cycle", "Choose a credential to filter by its recertification period.")
        return data


class RecertifyForm(forms.Form):
    """How the person recertified: by CE only when the engine says it is met, otherwise the
    certifying body's acceptance, with the new expiry printed on the renewal."""

    recertified_on = forms.DateField(label="Date you recertified", widget=DATE_INPUT)
    route = forms.ChoiceField(choices=(), widget=forms.RadioSelect, label="How")
    new_expires_on = forms.DateField(
        label="New expiry date printed on your renewal",
        required=False,
        widget=DATE_INPUT,
        help_text="Needed only when the certifying body accepted your application.",
    )

    def __init__(self, *args, progress, **kwargs):
        super().__init__(*args, **kwargs)
        program = progress.program
        choices = []
        # Met as the engine counts it (CE up to the CE deadline): also offered when recorded late.
        if program.requires_ce and progress.result.met:
            choices.append((Route.CE, "By continuing education: my CE meets every requirement"))
        body = f"{program.body_name[0].upper()}{program.body_name[1:]}"
        # Once the CE route has closed, what remains is the body's reinstatement (issue 22 item 4).
        done = "accepted my application" if progress.result.ce_route_open else "reinstated my credential"
        choices.append((Route.ACCEPTED, f"{body} {done}"))
        self.fields["route"].choices = choices
        self.fields["route"].initial = choices[0][0]
        self.helper = FormHelper()
        self.helper.layout = Layout(
            "recertified_on",
            "route",
            "new_expires_on",
            SUBMISSION_TOKEN,
            Submit("submit", "Start my next recertification period"),
        )


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
        self.helper.layout = Layout(
            "taken_on", "passed", SUBMISSION_TOKEN, Submit("submit", "Record attempt")
        )


class ReminderPreferenceForm(forms.ModelForm):
    class Meta:
        model = ReminderPreference
        fields = ["enabled", "days_180", "days_90", "days_30", "days_7", "weekly_digest"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout(
            "enabled",
            Fieldset("When", "days_180", "days_90", "days_30", "days_7"),
            "weekly_digest",
            Submit("submit", "Save reminder settings"),
        )
