from django.apps import AppConfig


class RecertConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recert"
    verbose_name = "Recert accounts"
