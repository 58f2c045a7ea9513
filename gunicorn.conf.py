"""gunicorn settings; every value can be overridden from the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Sizing. A page is CPU-bound Python (a few ms of CPU, see `make bench`), so processes, not
# threads, are what serve more people: 2 x cores + 1 workers (5 on a 2-core box), one thread each.
# Each worker is ~80 MB resident, much of it shared with the master (preload_app). With PostgreSQL on
# another host, where a request waits on the network, GUNICORN_THREADS=2-4 keeps a worker busy
# while it waits; on SQLite or a local PostgreSQL it only adds lock contention.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Django is imported once in the master and forked: a (re)started worker is ready at once and
# shares the imported code's memory. Workers are recycled rarely (no leak was seen: a worker's
# memory stays flat over 1,000 dashboards), spread out by the jitter.
preload_app = True
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "10000"))
max_requests_jitter = 1000
accesslog = "-"  # stdout
errorlog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "recert.wsgi:application"
# gunicorn's control socket lives at one path per user ($HOME/.gunicorn): a second server of the
# same user (a test, the soak, a second site) would take the first one's over. Nothing here uses it.
control_socket_disable = True


def post_worker_init(worker):
    """Warm a new worker before it takes requests: import every view through the URLconf, so
    the first request after a (re)start is as fast as the rest (a cold one took ~200 ms)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and its views)
