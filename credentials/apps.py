from django.apps import AppConfig


class CredentialsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "credentials"
    verbose_name = "Credentials and CE"

    def ready(self):
        # Django's place for what must be wired up once models are loaded: the background tasks
        # register themselves (credentials/background.py), in the web process and in the worker.
        from credentials import tasks  # noqa: F401
