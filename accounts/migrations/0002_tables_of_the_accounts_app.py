"""The user's and session's tables take the accounts app's names (accounts_user, accounts_session
and the user's group and permission tables), and the content types that named the ``recert``
app name ``accounts``, so permissions and admin history keep pointing at the same rows.

Renaming a table keeps its rows, keys and sequences; every foreign key to the user follows it.
"""

from django.db import migrations

MODELS = ("user", "session")


def content_types_move(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        # A database migrated to here before its content types were ever made has none to move;
        # one where post_migrate already made the new one keeps the old one's id (it is referenced).
        ContentType.objects.using(db).filter(app_label="accounts", model=model).delete()
        ContentType.objects.using(db).filter(app_label="recert", model=model).update(app_label="accounts")


def content_types_move_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        ContentType.objects.using(db).filter(app_label="accounts", model=model).update(app_label="recert")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="user", table=None),
        migrations.AlterModelTable(name="session", table=None),
        migrations.RunPython(content_types_move, content_types_move_back),
    ]
