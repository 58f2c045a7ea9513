"""Reads for accounts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db.models import Q
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode

from accounts.models import User

# An account made by sign-up whose activation link was never followed (nobody ever logged in).
NEVER_ACTIVATED = Q(is_active=False, last_login__isnull=True)


def user_from_link_get(*, uidb64: str, token: str, generator: PasswordResetTokenGenerator) -> User | None:
    """The person an emailed link (uid and one-time token) is for; None if it is bad or used."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
        user = User.objects.get(pk=pk)
    except (TypeError, ValueError, OverflowError, User.DoesNotExist):
        return None
    return user if generator.check_token(user, token) else None


def users_for_password_reset_get(*, email: str) -> Iterator[User]:
    """Who a password reset for ``email`` goes to: an active account, or one never activated
    (resetting proves the address, and activates it). Never an account an admin deactivated.

    Unlike Django's default, also an account with no usable password: here that is one imported
    from a person's own download (which leaves the password hash out), not one that logs in
    elsewhere (there is no single sign-on), and choosing a password is how it starts to log in."""
    users = User.objects.filter(Q(is_active=True) | NEVER_ACTIVATED, email__iexact=email)
    return (u for u in users if _same_address(u.email, email))


def _same_address(a: str, b: str) -> bool:
    """The comparison Django's PasswordResetForm makes (Unicode case-insensitive)."""
    return unicodedata.normalize("NFKC", a).casefold() == unicodedata.normalize("NFKC", b).casefold()
