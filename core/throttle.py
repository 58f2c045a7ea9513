"""Who is asking, and how often: the client address behind our proxies, and rate limits kept in
Django's cache (shared by every app server: the database by default, Redis when configured)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import ipaddress
import math
import time

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from ipware import get_client_ip

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def client_ip(request) -> str | None:
    """The address of the client, never one a client can choose (None when there is none, as for
    a request made in code: django-axes stores it in an address column).

    Each of our RECERT_PROXY_COUNT proxies appends the address it saw to X-Forwarded-For, so the
    client is the entry that many places from the right; anything further left was written by
    the client. With no proxy (or a header too short to have come through ours) it is
    REMOTE_ADDR.
    """
    count = settings.RECERT_PROXY_COUNT
    if count:
        # django-ipware parses and validates the header; left-most with count - 1 trusted entries
        # after the client, non-strict, is the entry `count` places from the right.
        address, _ = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=count - 1,
            strict=False,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
        )
        if address:
            return _network(address)
    address = request.META.get("REMOTE_ADDR") or None
    return _network(address) if address else None


def _network(address: str) -> str:
    """An IPv6 client is its /64 (one subscriber gets a whole /64 to choose addresses from)."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and not parsed.ipv4_mapped:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return address


def login_username(request, credentials: dict | None = None) -> str:
    """The login name as the account lookup sees it: "Bob@Example.com " is bob@example.com, so
    every spelling of an address shares one failure count (django-axes AXES_USERNAME_CALLABLE)."""
    name = (credentials or {}).get("username")
    if name is None and request is not None:
        name = request.POST.get("username", "")
    return (name or "").strip().casefold()


@dataclasses.dataclass(frozen=True)
class LoginTries:
    """What is left before django-axes locks log-in for this address from this client."""

    left: int
    cooloff: dt.timedelta | None  # how long a lockout lasts; None: until the password is reset

    @property
    def last(self) -> bool:
        return self.left == 1


def login_tries_get(*, request, username: str) -> LoginTries:
    """Failed tries are counted as django-axes counts them for its lockout (per address and client
    address, AXES_LOCKOUT_PARAMETERS, within the cool-off), so the warning and the lockout agree."""
    credentials = {settings.AXES_USERNAME_FORM_FIELD: username}
    failures = AxesProxyHandler.get_failures(request, credentials)
    limit = get_failure_limit(request, credentials)
    return LoginTries(left=max(0, limit - failures), cooloff=get_cool_off(request))


def login_lockout_lift(*, email: str) -> int:
    """Forget the failed log-ins of an address, from every client: a password reset proved the
    person owns it. Returns how many records went."""
    return axes_reset(username=login_username(None, {"username": email}))


@dataclasses.dataclass(frozen=True)
class Limit:
    allowed: bool
    retry_after: int  # seconds until the window resets

    @property
    def retry_after_words(self) -> str:
        minutes = math.ceil(self.retry_after / 60)
        if minutes >= 120:
            hours = math.ceil(minutes / 60)
            return f"{hours} hours"
        return "1 minute" if minutes <= 1 else f"{minutes} minutes"


def parse_rate(rate: str) -> tuple[int, int]:
    """ "5/h" is 5 a hour; "20/10m" is 20 every 10 minutes."""
    count, _, period = rate.partition("/")
    multiple = int(period[:-1] or 1)
    return int(count), multiple * PERIODS[period[-1]]


def rate_hit(*, scope: str, key: str | None, count: int = 1, now: float | None = None) -> Limit:
    """Count ``count`` attempts at ``scope`` by ``key``; allowed while the window's count is within
    the configured rate (settings.RECERT_RATES[scope]). Fixed windows, so a burst at a boundary can
    reach twice the rate, never more."""
    limit, period = parse_rate(settings.RECERT_RATES[scope])
    now = time.time() if now is None else now
    window = int(now // period)
    digest = hashlib.sha256((key or "").casefold().encode()).hexdigest()[:32]
    cache_key = f"rate:{scope}:{digest}:{window}"
    cache = caches[settings.RECERT_RATE_CACHE]
    # The database cache increments by reading then writing: in a transaction, IMMEDIATE on
    # SQLite, no two requests read the same count. On PostgreSQL concurrent hits can each read the
    # same count (a burst may pass a little over the limit); Redis increments atomically.
    with transaction.atomic():
        cache.add(cache_key, 0, timeout=period + 5)
        try:
            total = cache.incr(cache_key, count)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, count, timeout=period + 5)
            total = count
    return Limit(allowed=total <= limit, retry_after=max(1, int(period - now % period)))
