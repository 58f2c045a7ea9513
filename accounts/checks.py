"""A database that applied only some of the former ``recert`` app's migrations cannot take the
accounts app's first migration, which stands for all six of them (docs/architecture.md): say
so before ``migrate`` fails deep in Django's migration graph."""

from django.core.checks import Error, Tags, register
from django.db import DatabaseError, connections

OLD_APP_MIGRATIONS = 6


@register(Tags.database)
def old_app_migrations_check(app_configs, databases=None, **kwargs) -> list[Error]:
    errors = []
    for alias in databases or ():
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM django_migrations WHERE app = %s", ["recert"])
                (applied,) = cursor.fetchone()
        except DatabaseError:  # a new database: no migrations table yet
            continue
        if 0 < applied < OLD_APP_MIGRATIONS:
            errors.append(
                Error(
                    f"The database '{alias}' applied {applied} of the {OLD_APP_MIGRATIONS} migrations of the "
                    "former recert app, which the accounts app's first migration replaces.",
                    hint="Migrate it with the release before the accounts app first (it applies all six), "
                    "then with this one.",
                    id="accounts.E001",
                )
            )
    return errors
