from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth.forms import BaseUserCreationForm

from recert.models import TIMEZONE_CHOICES, User


class SignUpForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "full_name")
        labels = {"full_name": "Your name (as on your certificates)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email", "autofocus": True})
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Create my account"))

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError("An account with this email already exists. Log in instead.")
        return email


class ProfileForm(forms.Form):
    full_name = forms.CharField(label="Your name (as on your certificates)", max_length=150, required=False)
    timezone = forms.ChoiceField(
        choices=TIMEZONE_CHOICES, help_text="Dates and deadlines are counted in this timezone."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", "Save profile"))
