"""Cache keys that know their database and their owner: every key starts with
RECERT_CACHE_KEY_PREFIX (by default a hash of where the database is), every kept rendering with
its owner's id so that deleting a person can delete them on every backend, and a restored backup
never brings back a rendering of rows that were lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from django.core.cache import cache, caches
from django.template import Context, Template
from django.urls import reverse

from core.cache_keys import cache_keys_delete
from credentials import renderings, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Cycle, ProgressSnapshot
from recert.settings import BASE_DIR, cache_key_prefix_default
from tests.conftest import TODAY

pytestmark = pytest.mark.django_db

SQLITE = {"ENGINE": "django.db.backends.sqlite3", "NAME": "/srv/recert/db.sqlite3", "HOST": "", "PORT": ""}
POSTGRES = {"ENGINE": "django.db.backends.postgresql", "NAME": "recert", "HOST": "db", "PORT": 5432}


def test_the_default_prefix_follows_where_the_database_is():
    prefix = cache_key_prefix_default(POSTGRES)
    assert prefix == cache_key_prefix_default(dict(POSTGRES))  # the same on every app server
    assert prefix.startswith("recert-") and len(prefix) == len("recert-") + 12
    others = [
        cache_key_prefix_default({**POSTGRES, "NAME": "recert_staging"}),
        cache_key_prefix_default({**POSTGRES, "HOST": "staging-db"}),
        cache_key_prefix_default({**POSTGRES, "PORT": 5433}),
        cache_key_prefix_default(SQLITE),
    ]
    assert len({prefix, *others}) == 5


def settings_read(**env: str) -> dict:
    """The cache settings a server with ``env`` would use."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "RECERT_", "DATABASE_URL"))
    }
    environment |= {"DJANGO_SETTINGS_MODULE": "recert.settings", "DJANGO_DEBUG": "true", **env}
    code = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps([s.RECERT_CACHE_KEY_PREFIX, s.CACHES['default']['KEY_PREFIX']]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_every_cache_key_starts_with_the_setting_which_defaults_to_the_database():
    production = settings_read(DATABASE_URL="postgres://u:p@db:5432/recert", RECERT_CACHE="redis")
    staging = settings_read(DATABASE_URL="postgres://u:p@db:5432/recert_staging", RECERT_CACHE="redis")
    assert production[0] == production[1] == cache_key_prefix_default(POSTGRES | {"PORT": 5432})
    assert staging[0] != production[0]
    chosen = settings_read(DATABASE_URL="postgres://u:p@db:5432/recert", RECERT_CACHE_KEY_PREFIX="site-a")
    assert chosen == ["site-a", "site-a"]


# --------------------------------------------------------------------------- kept renderings


def kept(owner_id, *parts, name="cards", body="{{ body }}", **context) -> str:
    text = "{% load kept %}{% kept owner name " + " ".join(f"p{i}" for i in range(len(parts))) + " %}"
    values = {"owner": owner_id, "name": name, **{f"p{i}": part for i, part in enumerate(parts)}}
    return Template(text + body + "{% endkept %}").render(Context(values | context))


def test_a_rendering_is_kept_per_owner_and_version():
    assert (
        kept(
            1,
            "v1",
            "en-us",
            body="first",
        )
        == "first"
    )
    assert kept(1, "v1", "en-us", body="second") == "first"  # kept
    assert kept(1, "v2", "en-us", body="second") == "second"  # a new version
    assert kept(1, "v1", "en-gb", body="third") == "third"  # another language
    assert kept(2, "v1", "en-us", body="theirs") == "theirs"  # never another person's
    assert kept(None, "v1", "en-us", body="nobody") == "nobody"  # nobody logged in: not kept
    assert kept(None, "v1", "en-us", body="nobody again") == "nobody again"
    key = renderings.rendering_key(owner_id=1, name="cards", parts=["v1", "en-us"])
    assert key.startswith("render:1:cards:") and cache.get(key) == "first"


def test_deleting_a_persons_renderings_leaves_everyone_elses():
    for owner in (1, 12, 21):
        kept(owner, "v1", body=f"of {owner}")
        kept(owner, "v1", name="rows", body=f"rows of {owner}")
    cache.set("rate:upload-user:abc:1", 3)
    assert renderings.renderings_delete(owner_id=1) == 2
    assert kept(1, "v1", body="drawn again") == "drawn again"
    assert kept(12, "v1", body="x") == "of 12" and kept(21, "v1", name="rows", body="x") == "rows of 21"
    assert cache.get("rate:upload-user:abc:1") == 3


@pytest.fixture
def database_cache(settings):
    # A prefix with LIKE's wildcards in it: they must match only themselves.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "recert_cache",
            "KEY_PREFIX": "site_a%",
        }
    }
    yield caches["default"]


def test_on_the_database_cache_the_deletion_is_one_delete_by_prefix(
    database_cache, django_assert_num_queries
):
    from django.db import connection

    for owner in (1, 12):
        database_cache.set(renderings.rendering_key(owner_id=owner, name="cards", parts=["v"]), "x")
    # Another site's row in the same table, under a prefix the wildcards would match, stays.
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO recert_cache (cache_key, value, expires) "
            "SELECT 'siteXaX:1:render:1:cards:v', value, expires FROM recert_cache LIMIT 1"
        )
    with django_assert_num_queries(1):
        assert renderings.renderings_delete(owner_id=1) == 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM recert_cache ORDER BY cache_key")
        left = [row[0] for row in cursor.fetchall()]
    assert set(left) == {
        "site_a%:1:" + renderings.rendering_key(owner_id=12, name="cards", parts=["v"]),
        "siteXaX:1:render:1:cards:v",
    }


def test_on_the_local_memory_cache_only_the_prefix_goes(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "KEY_PREFIX": "a"}
    }
    local = caches["default"]
    local.set("render:1:x", 1)
    local.set("render:10:x", 1)
    assert cache_keys_delete(cache=local, prefix="render:1:") == 1
    assert local.get("render:1:x") is None and local.get("render:10:x") == 1


@pytest.mark.rq
def test_on_redis_the_keys_are_scanned_and_deleted(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "site[a]*",
        }
    }
    redis_cache = caches["default"]
    redis_cache.clear()
    for n in range(1200):  # more than one batch
        redis_cache.set(f"render:1:rows:{n}", n)
    redis_cache.set("render:12:rows:0", "theirs")
    assert cache_keys_delete(cache=redis_cache, prefix="render:1:") == 1200
    assert redis_cache.get("render:1:rows:5") is None
    assert redis_cache.get("render:12:rows:0") == "theirs"
    redis_cache.clear()


# --------------------------------------------------------------------------- a restored backup


def log(user, title: str, amount: str) -> CEActivity:
    return services.activity_create(
        owner=user,
        data=ActivityInput.of(
            title=title,
            completed_on=dt.date(2025, 6, 1),
            unit="aama_ceus",
            amount=Decimal(amount),
            categories={"clinical": Decimal(amount)},
        ),
        confirmed=True,
        today=TODAY,
    )


def test_after_a_restore_no_write_lands_on_a_version_kept_with_rows_that_were_lost(client, user, cma):
    """A backup holds the period at some version; after it was taken a course was logged and the
    pages kept under the next version. Restored, the course is gone; the next write must not
    reach a version whose kept rendering shows it."""
    client.force_login(user)
    backup_version = Cycle.objects.get().progress_version

    lost = log(user, "Lost in the restore", "7")
    client.get(reverse("dashboard"))
    client.get(reverse("activity_list"))
    kept_version = Cycle.objects.get().progress_version

    # The restore: the course, the version and the stored progress go back to the backup's.
    CEActivity.objects.filter(pk=lost.pk).delete()
    Cycle.objects.update(progress_version=backup_version)
    ProgressSnapshot.objects.all().delete()

    log(user, "After the restore", "2")
    for url, start in (
        (reverse("dashboard"), '<div class="row g-3">'),
        (reverse("activity_list"), '<ul class="list-unstyled d-grid'),
    ):

        def part(url=url, start=start) -> str:
            page = client.get(url).content.decode()
            return page[page.find(start) : page.find("</main>")]

        shown = part()
        cache.clear()
        assert shown == part(), url
    assert "Lost in the restore" not in shown and "After the restore" in shown
    assert Cycle.objects.get().progress_version not in {backup_version, kept_version}


def test_the_version_goes_up_by_a_random_step(user, cma):
    steps = set()
    for _ in range(5):
        before = Cycle.objects.get().progress_version
        services.progress_invalidate(owner_id=user.pk)
        after = Cycle.objects.get().progress_version
        assert after > before
        steps.add(after - before)
    assert len(steps) > 1
