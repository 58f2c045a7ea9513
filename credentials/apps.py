from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CredentialsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "credentials"
    verbose_name = "Credentials and CE"

    def ready(self):
        # Once models are loaded, the background tasks register themselves
        # (credentials/background.py), in the web process and in the worker, as the admin finds
        # each app's admin module.
        autodiscover_modules("tasks")
