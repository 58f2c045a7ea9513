from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import BaseUserCreationForm
from django.contrib.auth.forms import PasswordChangeForm as DjangoPasswordChangeForm
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.forms import SetPasswordForm as DjangoSetPasswordForm
from django.utils.html import format_html, format_html_join

from recert import selectors
from recert.models import TIMEZONE_CHOICES, User


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
        (recert.services.user_signup)."""


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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = "The password you chose when signing up"


class ProfileForm(forms.Form):
    full_name = forms.CharField(label="Your name (as on your certificates)", max_length=150, required=False)
    timezone = forms.ChoiceField(
        choices=TIMEZONE_CHOICES, help_text="Dates and deadlines are counted in this timezone."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Save profile"))
