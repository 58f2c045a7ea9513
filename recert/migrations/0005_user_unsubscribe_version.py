from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("recert", "0004_session")]

    operations = [
        migrations.AddField(
            model_name="user",
            name="unsubscribe_version",
            field=models.PositiveBigIntegerField(default=0, db_default=0, editable=False),
        ),
    ]
