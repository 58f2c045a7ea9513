from django.apps import AppConfig


class RecertConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recert"
    verbose_name = "Recert accounts"

    def ready(self):
        from recert import checks  # noqa: F401 (registers the deploy checks)
