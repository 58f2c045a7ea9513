"""A stored progress snapshot says until when it holds (issue 26: a new day reads it)."""

from django.db import migrations, models


def forget_snapshots(apps, schema_editor):
    # Stored before this field: NULL would read as "holds on every later day", which they were never
    # checked for. They are a cache (an older code's, so unused anyway): the next view rebuilds.
    apps.get_model("credentials", "ProgressSnapshot").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("credentials", "0017_draft_transcript")]

    operations = [
        migrations.AddField(
            model_name="progresssnapshot", name="holds_until", field=models.DateField(null=True)
        ),
        migrations.RunPython(forget_snapshots, migrations.RunPython.noop, elidable=True),
    ]
