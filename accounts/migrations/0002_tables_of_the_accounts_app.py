"""The user's and session's tables take the accounts app's names (accounts_user, accounts_session
and the user's group and permission tables), and the content types that named the ``recert``
app name ``accounts``, so permissions and admin history keep pointing at the same rows.

Renaming a table keeps its rows, keys and sequences; every foreign key to the user follows it.
"""

from django.db import migrations

MODELS = ("user", "session")


def content_types_move(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    User = apps.get_model("accounts", "User")
    Group = apps.get_model("auth", "Group")
    db = schema_editor.connection.alias
    for model in MODELS:
        old = ContentType.objects.using(db).filter(app_label="recert", model=model).first()
        if old is None:  # a new database: post_migrate makes the accounts one
            continue
        new = ContentType.objects.using(db).filter(app_label="accounts", model=model).first()
        if new is not None:
            # Made by post_migrate after a migration back and forth. Its permissions are the old
            # ones' twins; unless someone was given them meanwhile, it goes and the old one (with
            # the permissions people hold) takes its place. Otherwise both stay.
            assigned = (
                User.user_permissions.through.objects.using(db).filter(permission__content_type=new).exists()
                or Group.permissions.through.objects.using(db).filter(permission__content_type=new).exists()
            )
            if assigned:
                continue
            Permission.objects.using(db).filter(content_type=new).delete()
            new.delete()
        old.app_label = "accounts"
        old.save(update_fields=["app_label"])


def content_types_move_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        if ContentType.objects.using(db).filter(app_label="recert", model=model).exists():
            continue
        ContentType.objects.using(db).filter(app_label="accounts", model=model).update(app_label="recert")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelTable(name="user", table=None),
        migrations.AlterModelTable(name="session", table=None),
        migrations.RunPython(content_types_move, content_types_move_back),
    ]
