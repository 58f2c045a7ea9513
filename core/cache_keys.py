"""Delete every key of a cache that starts with a prefix.

Django's cache API can delete a key it is given but cannot list keys, and deleting a person must
reach every rendering kept for them (credentials/renderings.py) whichever pages, filters and
versions made their keys. So this module goes under the API, one way per backend Recert can be
configured with (settings.RECERT_CACHE): the database cache's table, Redis's SCAN, and the local
memory cache of development and tests. That reach into each backend's internals is kept here, in
one place, so an upgrade of Django or a new backend has one module to check.
"""

from __future__ import annotations

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.db import connections, router

REDIS_BATCH = 500


def cache_keys_delete(*, cache: BaseCache, prefix: str) -> int:
    """Delete every entry of ``cache`` whose key (as given to the cache, before its KEY_PREFIX and
    version) starts with ``prefix``; returns how many went (for Redis, how many were found)."""
    made = cache.make_key(prefix)  # "<KEY_PREFIX>:<version>:<prefix>", as the backends store it
    if isinstance(cache, DatabaseCache):
        return _database_delete(cache, made)
    if isinstance(cache, RedisCache):
        return _redis_delete(cache, made)
    if isinstance(cache, LocMemCache):
        return _locmem_delete(cache, made)
    if isinstance(cache, DummyCache):
        return 0
    raise NotImplementedError(f"Cannot delete keys by prefix from {type(cache).__name__}.")


def _database_delete(cache: DatabaseCache, made: str) -> int:
    connection = connections[router.db_for_write(cache.cache_model_class)]
    table = connection.ops.quote_name(cache._table)
    column = connection.ops.quote_name("cache_key")
    # "!" escapes LIKE's wildcards: a backslash would need quoting differently on MySQL.
    pattern = made.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {column} LIKE %s ESCAPE '!'", [pattern])
        return cursor.rowcount


def _redis_delete(cache: RedisCache, made: str) -> int:
    client = cache._cache.get_client(write=True)
    pattern = "".join(f"\\{c}" if c in "*?[]\\" else c for c in made) + "*"
    found = 0
    batch: list = []
    for key in client.scan_iter(match=pattern, count=REDIS_BATCH):
        batch.append(key)
        if len(batch) == REDIS_BATCH:
            found += len(batch)
            client.delete(*batch)
            batch = []
    if batch:
        found += len(batch)
        client.delete(*batch)
    return found


def _locmem_delete(cache: LocMemCache, made: str) -> int:
    with cache._lock:
        keys = [key for key in cache._cache if key.startswith(made)]
        for key in keys:
            cache._delete(key)
    return len(keys)
