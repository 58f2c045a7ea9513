import functools
import zoneinfo

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import BaseUserCreationForm
from django.contrib.auth.forms import PasswordChangeForm as DjangoPasswordChangeForm
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.forms import SetPasswordForm as DjangoSetPasswordForm
from django.utils.html import format_html, format_html_join

from accounts import selectors
from accounts.models import User
from core.locales import LOCALE_CHOICES

# Where most medical assistants using Recert work, first, in words; every other zone follows.
COMMON_US_TIMEZONES = [
    ("America/New_York", "Eastern time (New York)"),
    ("America/Chicago", "Central time (Chicago)"),
    ("America/Denver", "Mountain time (Denver)"),
    ("America/Phoenix", "Arizona time (Phoenix)"),
    ("America/Los_Angeles", "Pacific time (Los Angeles)"),
    ("America/Anchorage", "Alaska time (Anchorage)"),
    ("Pacific/Honolulu", "Hawaii time (Honolulu)"),
]


@functools.cache
def timezone_choices() -> list:
    """Every zone zoneinfo knows, once: the common US ones first, in words, then the rest by name."""
    common = {name for name, _ in COMMON_US_TIMEZONES}
    rest = [
        (name, name.replace("_", " "))
        for name in sorted(zoneinfo.available_timezones())
        if name not in common
    ]
    return [("Common US timezones", COMMON_US_TIMEZONES), ("All other timezones", rest)]


class TimezoneField(forms.ChoiceField):
    """A zone from zoneinfo.available_timezones(), chosen from a list (static/js/timezone.js adds a
    search box, and picks the browser's zone where ``detect`` is "default").

    ``detect``: "default" lets the script replace the server's guess with the browser's zone;
    "suggest" keeps the value shown and offers the browser's zone as a button."""

    default_error_messages = {
        "invalid_choice": "“%(value)s” is not a timezone we know. Choose one from the list, "
        "such as Eastern time (New York).",
        "required": "Choose your timezone, such as Eastern time (New York).",
    }

    def __init__(self, *, detect: str = "suggest", **kwargs):
        kwargs.setdefault("label", "Your timezone")
        kwargs.setdefault("help_text", "Dates and deadlines are counted in this timezone.")
        super().__init__(
            choices=timezone_choices,
            widget=forms.Select(attrs={"data-timezone": detect, "autocomplete": "off"}),
            **kwargs,
        )


def password_rules_html() -> str:
    """The rules of the configured AUTH_PASSWORD_VALIDATORS, as a list to read before typing."""
    texts = password_validation.password_validators_help_texts()
    if not texts:
        return ""
    items = format_html_join("", "<li>{}</li>", ((text,) for text in texts))
    return format_html('<ul class="mb-0 ps-3">{}</ul>', items)


class NewPasswordMixin:
    """A new password and its confirmation: the rules are stated under the password before the
    person types, and a password that breaks one is reported there too, where it was typed.
    Only a confirmation that differs is reported under the confirmation."""

    new_password_fields = ("password1", "password2")
    new_password_labels = ("Password", "Password again")

    def new_password_fields_explain(self) -> None:
        first, second = self.new_password_fields
        self.fields[first].label, self.fields[second].label = self.new_password_labels
        self.fields[first].help_text = password_rules_html()
        self.fields[second].help_text = "The same password again, to be sure it has no typo."

    def validate_password_for_user(self, user, password_field_name=None, **kwargs):
        super().validate_password_for_user(user, password_field_name=self.new_password_fields[0], **kwargs)


class SignUpForm(NewPasswordMixin, BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name")
        labels = {"full_name": "Your name (as on your certificates)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "autofocus": True})
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.new_password_fields_explain()
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Create my account"))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def validate_unique(self):
        """Whether the address has an account is never shown here: the email sent to it says so
        (accounts.services.user_signup)."""


class PasswordResetForm(DjangoPasswordResetForm):
    """Django's reset, also for an account whose activation link was never followed: the reset
    link proves the address (and the reset activates the account)."""

    def get_users(self, email):
        return selectors.users_for_password_reset_get(email=email)


class SetPasswordForm(NewPasswordMixin, DjangoSetPasswordForm):
    """The new password chosen through a reset link."""

    new_password_fields = ("new_password1", "new_password2")
    new_password_labels = ("New password", "New password again")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.new_password_fields_explain()
        self.fields["new_password1"].widget.attrs["autofocus"] = True


class PasswordChangeForm(NewPasswordMixin, DjangoPasswordChangeForm):
    new_password_fields = ("new_password1", "new_password2")
    new_password_labels = ("New password", "New password again")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Your current password"
        self.new_password_fields_explain()


class PasswordCheckForm(forms.Form):
    """The person's password again, to prove it is them."""

    wrong_password = "That is not your password."
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(self.wrong_password)
        return password


class AccountDeleteForm(PasswordCheckForm):
    wrong_password = "That is not your password. Nothing was deleted."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = "To make sure it is you."


class ActivationForm(PasswordCheckForm):
    """Activating asks for the password chosen at sign-up: a link alone, sent after somebody
    else signed up with this address, must not open an account whose password they know."""

    wrong_password = "That is not the password chosen at sign-up. Try again, or reset your password."
    # Not sent (an older page, a script that posts): the account keeps the zone it was created with.
    timezone = TimezoneField(detect="default", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "The password you chose when signing up"
        self.fields["timezone"].initial = self.user.timezone
        if self.is_bound:  # what the person sent stays chosen; the script only suggests
            self.fields["timezone"].widget.attrs["data-timezone"] = "suggest"


class ProfileForm(forms.Form):
    full_name = forms.CharField(label="Your name (as on your certificates)", max_length=150, required=False)
    timezone = TimezoneField()
    locale = forms.ChoiceField(
        label="How dates are written",
        choices=LOCALE_CHOICES,
        widget=forms.RadioSelect,
        help_text="On every page, email and PDF.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Save profile"))
