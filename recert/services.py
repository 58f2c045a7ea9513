"""Writes for accounts."""

from django.db import transaction

from recert.models import User


@transaction.atomic
def user_create(*, email: str, password: str, full_name: str = "") -> User:
    return User.objects.create_user(email, password, full_name=full_name.strip())


@transaction.atomic
def user_update(*, user: User, full_name: str, timezone: str) -> User:
    user.full_name = full_name.strip()
    user.timezone = timezone
    user.full_clean()
    user.save(update_fields=["full_name", "timezone"])
    return user
