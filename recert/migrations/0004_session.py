"""Sessions move to recert_session (recert/sessions.py), which keeps the logged-in person's id in a
column: the sessions still valid are copied with it, so nobody is logged out, and django_session
is emptied, so no session of a person deleted later is left where their deletion cannot see it."""

from django.db import migrations, models
from django.utils import timezone

BATCH = 1000


def _user_id(store, data: str):
    try:
        return int(store.decode(data).get("_auth_user_id"))
    except (TypeError, ValueError):
        return None


def sessions_move(apps, schema_editor):
    from django.contrib.sessions.backends.db import SessionStore

    store = SessionStore()
    old = apps.get_model("sessions", "Session")
    new = apps.get_model("recert", "Session")
    valid = old.objects.filter(expire_date__gt=timezone.now()).iterator(chunk_size=BATCH)
    new.objects.bulk_create(
        (
            new(
                session_key=s.session_key,
                session_data=s.session_data,
                expire_date=s.expire_date,
                user_id=_user_id(store, s.session_data),
            )
            for s in valid
        ),
        batch_size=BATCH,
    )
    old.objects.all().delete()


def sessions_move_back(apps, schema_editor):
    old = apps.get_model("sessions", "Session")
    new = apps.get_model("recert", "Session")
    old.objects.bulk_create(
        (
            old(session_key=s.session_key, session_data=s.session_data, expire_date=s.expire_date)
            for s in new.objects.iterator(chunk_size=BATCH)
        ),
        batch_size=BATCH,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("recert", "0003_user_locale"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="Session",
            fields=[
                (
                    "session_key",
                    models.CharField(
                        max_length=40, primary_key=True, serialize=False, verbose_name="session key"
                    ),
                ),
                ("session_data", models.TextField(verbose_name="session data")),
                ("expire_date", models.DateTimeField(db_index=True, verbose_name="expire date")),
                ("user_id", models.BigIntegerField(db_index=True, null=True)),
            ],
            options={
                "verbose_name": "session",
                "verbose_name_plural": "sessions",
                "abstract": False,
            },
        ),
        migrations.RunPython(sessions_move, sessions_move_back),
    ]
