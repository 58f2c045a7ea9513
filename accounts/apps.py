from django.apps import AppConfig

from accounts import checks


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "Recert accounts"
    checks = checks  # registers the check on the former app's migrations
