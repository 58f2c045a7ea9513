"""Every cache key now starts with RECERT_CACHE_KEY_PREFIX and every kept rendering with its
owner's id. The database cache's entries written before have neither: nothing reads them again,
and the table would keep them (expired rows stay until the table is culled), renderings of
people's pages included, where deleting a person cannot find them. They go; rate-limit counts
start again, as after a restart."""

from django.db import migrations

TABLE = "recert_cache"


def forget(apps, schema_editor):
    schema_editor.execute(f"DELETE FROM {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("recert", "0005_user_unsubscribe_version")]

    operations = [migrations.RunPython(forget, migrations.RunPython.noop)]
