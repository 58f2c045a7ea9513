from django.apps import AppConfig

from core import checks


class CoreConfig(AppConfig):
    """What every part of the site shares: middleware, rate limits, cache keys, date styles, logs
    and the deploy checks (registered by importing ``checks``). No models."""

    name = "core"
    verbose_name = "Recert core"
    checks = checks
