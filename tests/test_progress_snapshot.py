"""The stored progress (selectors' ProgressSnapshot): never stale, and cheap to read.

Every service that changes what progress depends on is exercised below: before each write the
progress is viewed (so a snapshot is stored), after it the stored path must agree with a fresh
evaluation; a service that forgot to mark progress out of date would show yesterday's numbers.
"""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import replace
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from credentials import reminders, selectors, services
from credentials.activity_input import CERTIFICATE_KEPT, ActivityInput
from credentials.models import Cycle, ProgressSnapshot, Route
from credentials.selectors import snapshots
from tests.conftest import PDF_BYTES, TODAY, activity_log, entries

pytestmark = pytest.mark.django_db


def view(user, today=TODAY) -> dict:
    """What a person sees: each cycle's numbers and every activity's verdict, read as pages read."""
    progress = selectors.dashboard_get(user=user, today=today, verdicts=True)
    return {p.cycle.pk: _seen(p) for p in progress}


def fresh(user, today=TODAY) -> dict:
    return {p.cycle.pk: _seen(p) for p in selectors.dashboard_get(user=user, today=today, fresh=True)}


def _seen(progress: selectors.CycleProgress) -> tuple:
    return (
        replace(progress.result, verdicts=[]),
        progress.exam,
        progress.uncategorized,
        dict(progress.verdict_table),
    )


def log(user, title="Course", amount="4", category="clinical", day=dt.date(2025, 6, 1), **fields):
    return activity_log(
        owner=user,
        title=title,
        completed_on=day,
        unit=fields.pop("unit", "aama_ceus"),
        amount=Decimal(amount),
        categories={category: Decimal(amount)} if category else {},
        confirmed=True,
        today=TODAY,
        **fields,
    )


def _open(credential) -> Cycle:
    return credential.cycles.get(closed_on__isnull=True)


def _writes(user, disk):
    """Each step: (the service it exercises, a write through it that changes what is shown)."""
    state = {}

    def ccma():
        state["ccma"] = services.credential_create(
            owner=user, program="ccma-nha", certified_on=dt.date(2025, 3, 1), today=TODAY
        )
        state["plain"] = log(user, "No category yet", unit="nha_credits", amount="2", category=None)

    def cma():
        # The CCMA activity logged without a category now needs one for the CMA (uncategorized).
        state["cma"] = services.credential_create(
            owner=user, program="cma-aama", certified_on=dt.date(2022, 11, 10), number="123456", today=TODAY
        )

    def create():
        state["a"] = log(user, "Phlebotomy", amount="12")
        state["b"] = log(user, "Coding", amount="6", category="administrative", day=dt.date(2024, 2, 1))

    def update():
        services.activity_update(
            activity=state["a"],
            data=ActivityInput.of(
                title="Phlebotomy",
                completed_on=dt.date(2025, 6, 1),
                unit="contact_hours",
                amount=Decimal("8"),
                categories={"general": Decimal("8")},
            ),
            today=TODAY,
        )

    def exclude():
        services.activity_exclusions_set(activity=state["b"], credentials=[state["cma"]])

    def delete():
        services.activity_delete(activity=state["b"])

    def draft_accept():
        draft = services.certificate_draft_create(
            owner=user, file=SimpleUploadedFile("cert.pdf", PDF_BYTES, "application/pdf")
        )
        services.certificate_draft_accept(
            draft=draft,
            data=ActivityInput.of(
                title="From the inbox",
                completed_on=dt.date(2026, 1, 5),
                unit="aama_ceus",
                amount=Decimal("3"),
                categories={"general": Decimal("3")},
            ),
            confirmed=True,
            today=TODAY,
        )

    def transcript_import():
        # A transcript's courses, each with the transcript as proof (issue 24).
        draft = services.certificate_draft_create(
            owner=user, file=SimpleUploadedFile("transcript.pdf", PDF_BYTES, "application/pdf")
        )
        services.certificate_draft_import(
            draft=draft,
            activities=entries(
                [
                    {
                        "title": "From a transcript",
                        "completed_on": dt.date(2026, 1, 20),
                        "unit": "aama_ceus",
                        "amount": Decimal("2"),
                        "categories": {"clinical": Decimal("2")},
                        "confirmed": True,
                    }
                ]
            ),
            today=TODAY,
        )

    def exam():
        services.exam_attempt_record(
            cycle=_open(state["cma"]), taken_on=dt.date(2026, 9, 1), passed=False, today=TODAY
        )

    def credential_update():
        services.credential_update(
            credential=state["cma"],
            program="cma-aama",
            certified_on=dt.date(2022, 12, 1),
            number="654321",
            today=TODAY,
        )

    def recertify():
        services.cycle_recertify(
            cycle=_open(state["ccma"]),
            recertified_on=dt.date(2026, 6, 1),
            route=Route.ACCEPTED,
            new_expires_on=dt.date(2028, 6, 1),
            today=TODAY,
        )

    def reopen():
        services.cycle_reopen(credential=state["ccma"])

    def card():
        # A CPR card counts toward the CMA (R-CMA-11).
        log(user, "BLS card", unit="cpr_card", amount="1", category=None, day=dt.date(2025, 7, 14))

    def import_rows():
        # An import: a course and a card in one transaction, each counting toward the CMA.
        services.activities_create(
            owner=user,
            activities=entries(
                [
                    {
                        "title": "Imported",
                        "completed_on": dt.date(2025, 8, 1),
                        "unit": "aama_ceus",
                        "amount": Decimal("2"),
                        "categories": {"clinical": Decimal("2")},
                        "confirmed": True,
                    },
                    {
                        "title": "BLS renewal",
                        "completed_on": dt.date(2026, 7, 1),
                        "unit": "cpr_card",
                        "amount": Decimal(1),
                    },
                ]
            ),
            today=TODAY,
        )

    def credential_delete():
        services.credential_delete(credential=state["ccma"])

    return [
        ("credential_create", ccma),
        ("credential_create", cma),
        ("activity_create", create),
        ("activity_update", update),
        ("activity_exclusions_set", exclude),
        ("activity_delete", delete),
        ("certificate_draft_accept", draft_accept),
        ("certificate_draft_import", transcript_import),
        ("exam_attempt_record", exam),
        ("credential_update", credential_update),
        ("cycle_recertify", recertify),
        ("cycle_reopen", reopen),
        ("activity_create", card),
        ("activities_create", import_rows),
        ("credential_delete", credential_delete),
    ]


# Services that change nothing progress depends on (files, drafts before they are saved, feeds,
# reminders, audit packs, the submission log) and the invalidation itself.
NOT_PROGRESS = {
    "submission_once",
    "progress_invalidate",
    "progress_shown_changed",
    "progress_rebuild",
    "activities_check",
    "certificate_draft_create",
    "certificate_draft_read",
    "certificate_drafts_requeue_abandoned",
    "certificate_drafts_requeue",
    "audit_packs_requeue",
    "certificate_draft_delete",
    "calendar_feed_get_or_create",
    "calendar_feed_regenerate",
    "reminder_preference_save",
    "reminder_dismiss",
    "audit_pack_request",
    "audit_pack_build",
}


def test_every_service_is_either_exercised_below_or_changes_no_progress(user, disk):
    public = {
        name
        for name, member in inspect.getmembers(services, inspect.isfunction)
        if member.__module__.startswith(f"{services.__name__}.") and not name.startswith("_")
    }
    exercised = {name for name, _ in _writes(user, disk)}
    assert public == exercised | NOT_PROGRESS, "classify the new service here and exercise it if it writes"


def test_no_write_through_any_service_leaves_a_stale_number(user, disk, django_capture_on_commit_callbacks):
    seen = view(user)
    for name, write in _writes(user, disk):
        with django_capture_on_commit_callbacks(execute=True):
            write()
        now = view(user)
        assert now == fresh(user), f"stale after {name}"
        # Every step changes what is shown, so a missed invalidation could not hide.
        assert now != seen, f"{name} changed nothing: the step tests nothing"
        seen = view(user)  # stored again for the next step
        stored = ProgressSnapshot.objects.filter(cycle__in=seen).values_list(
            "version", "cycle__progress_version"
        )
        assert len(stored) == len(seen) and all(mine == current for mine, current in stored)


def test_a_repeat_view_reads_the_stored_progress_and_no_activity(user, cma, django_assert_num_queries):
    log(user, amount="12")
    first = view(user)
    with django_assert_num_queries(1):  # the open cycles with their snapshots; nothing else
        progress = selectors.dashboard_get(user=user, today=TODAY)
    assert {p.cycle.pk: p.result.counted_points for p in progress} == {_open(cma).pk: Decimal(12)}
    assert view(user) == first


def test_a_new_day_is_evaluated_again_a_planned_course_becomes_counted(user, cma):
    log(user, "Planned", amount="5", day=TODAY + dt.timedelta(days=1))
    (before,) = selectors.dashboard_get(user=user, today=TODAY)
    assert (before.result.counted_points, before.result.planned_points) == (Decimal(0), Decimal(5))
    (after,) = selectors.dashboard_get(user=user, today=TODAY + dt.timedelta(days=1))
    assert (after.result.counted_points, after.result.planned_points) == (Decimal(5), Decimal(0))
    assert ProgressSnapshot.objects.get().day == TODAY + dt.timedelta(days=1)


def test_a_new_day_reads_what_was_stored_on_an_earlier_one_until_a_logged_course_happens(
    user, cma, ccma, monkeypatch
):
    """Issue 26: the morning's first view does no evaluation unless a course logged ahead has
    happened since; across the status changes (expiring, expired, lapsed) every number and word is
    what a fresh evaluation of that day gives."""
    log(user, amount="12")
    planned_on = TODAY + dt.timedelta(days=40)
    log(user, "Planned", amount="5", day=planned_on)
    evaluated = []
    real = snapshots._evaluate
    monkeypatch.setattr(snapshots, "_evaluate", lambda *a: evaluated.append(a[-1]) or real(*a))
    (progress,) = [p for p in selectors.dashboard_get(user=user, today=TODAY) if p.credential == cma]
    result = progress.result
    days = sorted(
        {
            TODAY + dt.timedelta(days=1),
            planned_on - dt.timedelta(days=1),
            planned_on,
            planned_on + dt.timedelta(days=1),
            result.expires_on - dt.timedelta(days=result.program.expiring_days),
            result.expires_on,
            result.expires_on + dt.timedelta(days=1),
            result.ce_deadline,
            result.ce_deadline + dt.timedelta(days=1),
        }
    )
    evaluated.clear()
    statuses = set()
    for day in days:
        assert view(user, day) == fresh(user, day), day
        statuses |= {p.result.status for p in selectors.dashboard_get(user=user, today=day)}
    assert statuses >= {"current", "expiring", "grace", "lapsed"}  # the sweep crossed every status
    # Evaluated again only when the planned course happened (each credential once), and by fresh().
    stored_reads = [day for day in evaluated if day == planned_on]
    assert len(stored_reads) == 2 + 2  # view(): both credentials once; fresh(): both again
    assert len(evaluated) == 2 * len(days) + 2  # fresh() evaluates every day; view() only then


def test_a_snapshot_of_other_code_or_an_older_version_is_not_used(user, cma, monkeypatch):
    log(user, amount="12")
    view(user)
    snapshot = ProgressSnapshot.objects.get()
    # A write that raced the view: the stored snapshot carries an older version than the cycle.
    Cycle.objects.filter(pk=snapshot.cycle_id).update(progress_version=snapshot.version + 1)
    log_other = ProgressSnapshot.objects.filter(pk=snapshot.pk)
    assert view(user) == fresh(user)
    assert log_other.get().version == snapshot.version + 1
    # The snapshot code is looked up in the module that stores and reads snapshots.
    monkeypatch.setattr(snapshots, "SNAPSHOT_CODE", "a-later-deploy")
    assert view(user) == fresh(user)
    assert log_other.get().code == "a-later-deploy"


def test_a_snapshot_that_cannot_be_read_back_is_evaluated_again(user, cma, caplog):
    """The snapshot's code covers the rules and the evaluation, not the wording (issue 26): should a
    stored result name a class that a later deploy removed, it is evaluated again, never a 500."""
    log(user, amount="12")
    view(user)
    ProgressSnapshot.objects.update(summary=b"\x80\x05not a pickle")
    assert view(user) == fresh(user)
    assert "not readable: evaluated again" in caplog.text


def test_every_module_a_stored_snapshot_names_is_in_its_code(user, ccma):
    """A snapshot's pickles name classes; a deploy changing any of their modules must invalidate it
    (SNAPSHOT_CODE), or an old snapshot would be decoded by new code (review of issue 26). The
    kept renderings' code covers everything that writes what pages show, stored or not."""
    import pickletools
    import sys
    from pathlib import Path

    from django.conf import settings

    from credentials.models import CEActivity

    log(user, "No category", unit="nha_credits", amount="2", category=None)  # uncategorized for the CMA
    cma = services.credential_create(
        owner=user, program="cma-aama", certified_on=dt.date(2022, 11, 10), today=TODAY
    )
    log(user, amount="12")
    log(user, "Planned", amount="2", day=TODAY + dt.timedelta(days=3))
    services.credential_create(owner=user, program="bls", certified_on=dt.date(2026, 3, 14), today=TODAY)
    excluded = log(user, "Excluded", amount="1")
    CEActivity.excluded_from.through.objects.create(ceactivity_id=excluded.pk, credential_id=cma.pk)
    view(user)
    named = set()
    for snapshot in ProgressSnapshot.objects.all():
        for data in (snapshot.summary, snapshot.verdicts):
            ops = list(pickletools.genops(bytes(data)))
            for index, (op, arg, _) in enumerate(ops):
                if op.name == "STACK_GLOBAL":  # module and name pushed as the two strings before it
                    strings = [a for o, a, _ in ops[:index] if o.name in ("SHORT_BINUNICODE", "BINUNICODE")]
                    named.add(strings[-2])
                elif op.name == "GLOBAL":
                    named.add(arg.split(" ")[0])
    ours = {name for name in named if name.split(".")[0] in ("credentials", "core", "accounts")}
    assert {"credentials.selectors.verdicts", "credentials.rules.results"} <= ours
    hashed = {Path(path).resolve() for path in snapshots.SNAPSHOT_SOURCES}
    for module in ours:
        assert Path(sys.modules[module].__file__).resolve() in hashed, module
    rendered = {Path(path).resolve() for path in snapshots.RENDERING_SOURCES}
    readers = [*Path(snapshots.__file__).parent.glob("*.py"), Path(settings.BASE_DIR, "core", "locales.py")]
    readers += Path(settings.BASE_DIR, "core", "formats").rglob("formats.py")
    assert {path.resolve() for path in readers} <= rendered


def test_a_stored_result_refuses_to_give_per_credit_verdicts(user, cma):
    log(user, amount="12")
    view(user)
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    with pytest.raises(LookupError, match="fresh=True"):
        list(progress.result.verdicts)
    (evaluated,) = selectors.dashboard_get(user=user, today=TODAY, fresh=True)
    assert [v.points for v in evaluated.result.verdicts] == [Decimal(12)]


def test_unsaved_changes_to_a_cycle_are_judged_as_they_are(user, cma):
    log(user, amount="12", day=dt.date(2023, 1, 5))
    cycle = _open(cma)
    view(user)
    cycle.starts_on = dt.date(2023, 6, 1)  # in memory only, as a service does before saving
    progress = selectors.cycle_progress_get(cycle=cycle, today=TODAY)
    assert progress.result.counted_points == Decimal(0)
    assert selectors.cycle_progress_get(cycle=_open(cma), today=TODAY).result.counted_points == Decimal(12)


# --------------------------------------------------------------------------- query counts


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def _bulk(user, count):
    for i in range(count):
        log(user, f"Course {i}", amount="1", day=dt.date(2023, 1, 1) + dt.timedelta(days=i))


@pytest.mark.parametrize("activities", [1, 60])
@pytest.mark.parametrize("credentials", [1, 3])
def test_dashboard_selector_queries_are_constant(user, activities, credentials, django_assert_num_queries):
    for program, day in [("cma-aama", dt.date(2022, 11, 10)), ("ccma-nha", dt.date(2025, 3, 1))][
        :credentials
    ]:
        services.credential_create(owner=user, program=program, certified_on=day, today=TODAY)
    if credentials == 3:
        services.credential_create(
            owner=user, program="rma-amt", certified_on=dt.date(2024, 5, 1), today=TODAY
        )
    _bulk(user, activities)
    # cycles with snapshots; activities, shares, exclusions; exam attempts; the snapshots stored
    # in one statement inside a savepoint (3)
    with django_assert_num_queries(8):
        selectors.dashboard_get(user=user, today=TODAY)
    with django_assert_num_queries(1):
        selectors.dashboard_get(user=user, today=TODAY)


@pytest.mark.parametrize("activities", [1, 60])
def test_page_queries_are_constant(client_in, user, cma, ccma, activities, django_assert_num_queries):
    _bulk(user, activities)
    pages = {
        # session, user, cycles with their snapshots and whether a reminder is due (none is)
        reverse("dashboard"): 3,
        # A repeat view: session, user, credentials, their cycles, count, the page's ids (the rows
        # are kept rendered; with the database cache, +1 to read them)
        reverse("activity_list"): 6,
        f"{reverse('activity_list')}?credential={cma.pk}&cycle=current": 6,
        # session, user, credential, its cycles, the cycle, the cycle with its snapshot, undo's cycles
        reverse("credential_detail", args=[cma.pk]): 6,
    }
    for url in pages:
        assert client_in.get(url).status_code == 200  # stored
    for url, queries in pages.items():
        with django_assert_num_queries(queries):
            assert client_in.get(url).status_code == 200
    from django.core.cache import cache

    cache.clear()  # the rows drawn again: + the open cycles with their verdicts, the rows, their shares
    with django_assert_num_queries(9):
        assert client_in.get(reverse("activity_list")).status_code == 200


def test_the_activity_list_after_any_write_is_what_a_fresh_render_shows(
    client, user, disk, django_capture_on_commit_callbacks
):
    """The list's rows are rendered once and kept in the cache under ActivityPage.rows_version:
    after every write the kept rendering must equal one made from scratch."""
    from django.core.cache import cache

    client.force_login(user)
    url = reverse("activity_list")

    def rows() -> str:
        page = client.get(url).content.decode()
        return page[page.find('<ul class="list-unstyled d-grid') : page.find("</main>")]

    shown = rows()
    for name, write in _writes(user, disk):
        with django_capture_on_commit_callbacks(execute=True):
            write()
        kept = rows()
        cache.clear()
        assert kept == rows(), f"the kept list is stale after {name}"
        if name not in {
            "credential_create",
            "exam_attempt_record",
            "cycle_reopen",
            "cycle_recertify",
            "credential_delete",
        }:
            assert kept != shown, f"{name} changed nothing on the list: the step tests nothing"
        shown = kept


def test_a_mornings_reminders_run_leaves_the_list_nothing_to_evaluate(client, user, cma, monkeypatch):
    """Issue 26: the first list view of a new day reads what the reminders run (or an earlier day,
    while it holds) stored, every verdict included, and shows what a fresh evaluation says."""
    from django.core.cache import cache
    from freezegun import freeze_time

    log(user, amount="12")
    log(user, "Planned", amount="3", day=TODAY + dt.timedelta(days=2))
    client.force_login(user)
    evaluated = []
    real = snapshots._evaluate
    monkeypatch.setattr(snapshots, "_evaluate", lambda *a: evaluated.append(a[-1]) or real(*a))

    def rows() -> str:
        page = client.get(reverse("activity_list")).content.decode()
        return page[page.find('<ul class="list-unstyled d-grid') : page.find("</main>")]

    for offset, evaluations in ((0, 1), (1, 0), (2, 1), (3, 0)):
        with freeze_time(dt.datetime(2026, 11, 27, 15) + dt.timedelta(days=offset)):
            reminders.reminders_schedule(user=user)  # the hourly run: evaluates only what stopped holding
            assert len(evaluated) == evaluations, offset
            evaluated.clear()
            kept = rows()
            assert evaluated == [], offset  # the list read the stored verdicts
            cache.clear()
            with monkeypatch.context() as fresh_render:
                fresh_render.setattr(snapshots, "_holds", lambda snapshot, day: False)
                assert rows() == kept, offset  # what an evaluation of this day shows
            assert ("Planned: will count" in kept) == (offset < 2), offset
            evaluated.clear()


def test_stored_verdicts_are_written_in_the_readers_date_style_whoever_stored_them(user, cma):
    """The verdicts are stored as data; the sentences (dates included) are written when read, so a
    snapshot stored by a background run in the server's style reads in the person's."""
    from django.utils import translation

    from credentials.models import CEActivity

    before = log(user, "Before the period", amount="2", day=dt.date(2022, 10, 1))
    bls = services.credential_create(
        owner=user, program="bls", certified_on=dt.date(2026, 3, 14), today=TODAY
    )
    card = CEActivity.objects.get(owner=user, kind="cpr")  # the card the BLS credential tracks
    with translation.override("en-us"):
        selectors.dashboard_get(user=user, today=TODAY)  # stored by a run in the US style
    with translation.override("en-gb"):
        progress = {
            p.credential.pk: p for p in selectors.dashboard_get(user=user, today=TODAY, verdicts=True)
        }
        message = progress[cma.pk].verdict_of(before).message
        card_message = progress[bls.pk].verdict_of(card).message
    assert "began on 10 Nov 2022" in message, message
    assert card_message == "The card tracked here: renew by 31 Mar 2028."


def test_a_write_redraws_only_the_list_rows_it_changed(
    client, user, cma, django_capture_on_commit_callbacks, monkeypatch
):
    """Issue 26: each row of the list is kept under what it shows, so after a write the first view
    renders only the rows whose activity or verdict changed (here one title: one row), and tells
    which changed without writing the others' sentences."""
    from credentials.selectors import verdicts
    from tests.conftest import activity_change

    written = []
    real = verdicts._sentence
    monkeypatch.setattr(verdicts, "_sentence", lambda *a: written.append(1) or real(*a))

    made = [log(user, f"Course {n}", amount="2", day=dt.date(2025, 6, n + 1)) for n in range(4)]
    client.force_login(user)
    url = reverse("activity_list")

    def drawn() -> int:
        response = client.get(url)
        return [t.name for t in response.templates].count("credentials/_activity_row.html")

    assert drawn() == 4
    assert drawn() == 0  # a repeat view: the whole list is kept
    with django_capture_on_commit_callbacks(execute=True):
        activity_change(
            activity=made[1],
            title="Course 1, renamed",
            completed_on=made[1].completed_on,
            unit="aama_ceus",
            amount=Decimal("2"),
            categories={"clinical": Decimal("2")},
            confirmed=True,
        )
    written.clear()
    assert drawn() == 1
    assert len(written) == 1  # the redrawn row's sentence, and no other
    assert "Course 1, renamed" in client.get(url).content.decode()


def test_a_new_day_redraws_no_list_row_until_a_planned_course_happens(client, user, cma, monkeypatch):
    """Issue 26: the list's rows name no day, so while the stored evaluation holds the morning's
    list is the one kept the day before, its verdicts not even read; the day a planned course
    happens, only its row changes."""
    from freezegun import freeze_time

    from credentials.selectors import activities

    reads = []
    real = activities._progress_many
    monkeypatch.setattr(activities, "_progress_many", lambda *a, **k: reads.append(1) or real(*a, **k))

    for n in range(3):
        log(user, f"Course {n}", amount="2", day=dt.date(2025, 6, n + 1))
    log(user, "Planned", amount="3", day=TODAY + dt.timedelta(days=2))
    client.force_login(user)

    def drawn(offset: int) -> tuple[int, str]:
        with freeze_time(dt.datetime(2026, 11, 27, 15) + dt.timedelta(days=offset)):
            response = client.get(reverse("activity_list"))
        page = response.content.decode()
        rows = page[page.find('<ul class="list-unstyled d-grid') : page.find("</main>")]
        return [t.name for t in response.templates].count("credentials/_activity_row.html"), rows

    assert drawn(0)[0] == 4
    reads.clear()
    assert drawn(1)[0] == 0  # the next morning: nothing redrawn, no verdict read
    assert reads == []
    count, rows = drawn(2)  # the planned course has happened: its row, and only it, changes
    assert count == 1
    assert "Planned: will count" not in rows and "Counts 3 points" in rows


def test_a_snapshot_that_cannot_be_stored_costs_only_speed(user, cma, monkeypatch, caplog):
    from django.db import DatabaseError

    def locked(*args, **kwargs):
        raise DatabaseError("database is locked")

    log(user, amount="12")
    monkeypatch.setattr(ProgressSnapshot.objects, "bulk_create", locked)
    (progress,) = selectors.dashboard_get(user=user, today=TODAY)
    assert progress.result.counted_points == Decimal(12)
    assert not ProgressSnapshot.objects.exists()
    assert "not stored" in caplog.text
    # the caller's transaction is still usable
    assert selectors.dashboard_get(user=user, today=TODAY, fresh=True)[0].result.counted_points == Decimal(12)


def test_a_committed_write_rebuilds_the_progress_once_so_the_next_view_reads_it(
    user, cma, django_capture_on_commit_callbacks, django_assert_num_queries
):
    from django.db import transaction

    # An import: many writes in one transaction.
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for i in range(5):
            log(user, f"Imported {i}", amount="2")
    rebuilds = [c for c in callbacks if getattr(c, "rebuilds_progress_of", None) == user.pk]
    assert len(rebuilds) == 1
    rebuilds[0]()
    snapshot = ProgressSnapshot.objects.get(cycle__credential=cma)
    assert snapshot.version == _open(cma).progress_version and snapshot.verdicts is not None
    # The rebuild is for the person's today (where they live), whatever the clock says.
    today = reminders.person_today(user)
    assert snapshot.day == today
    with django_assert_num_queries(1):  # stored, verdicts included: nothing evaluated
        (progress,) = selectors.dashboard_get(user=user, today=today, verdicts=True)
    assert progress.result.counted_points == Decimal(10)
    assert view(user, today) == fresh(user, today)


def test_a_write_rolled_back_does_not_keep_the_rebuild_from_the_next_one(
    user, cma, django_capture_on_commit_callbacks
):
    from django.db import transaction

    with django_capture_on_commit_callbacks() as callbacks:
        with pytest.raises(RuntimeError), transaction.atomic():
            log(user, "Rolled back")
            raise RuntimeError
        log(user, "Kept")
    assert [getattr(c, "rebuilds_progress_of", None) for c in callbacks] == [user.pk]


def test_the_dashboard_after_any_write_is_what_a_fresh_render_shows(
    client, user, disk, django_capture_on_commit_callbacks
):
    """The progress cards are rendered once and kept in the cache under
    selectors.progress_list_version: after every write they must equal a render from scratch."""
    from django.core.cache import cache

    client.force_login(user)

    def cards() -> str:
        page = client.get(reverse("dashboard")).content.decode()
        return page[page.find('<div class="row g-3">') : page.find("</main>")]

    shown, changed = cards(), []
    for name, write in _writes(user, disk):
        with django_capture_on_commit_callbacks(execute=True):
            write()
        kept = cards()
        cache.clear()
        assert kept == cards(), f"the kept dashboard is stale after {name}"
        if kept != shown:
            changed.append(name)
        shown = kept
    # Most steps change a card (a failed exam attempt, or dropping a course no minimum needed, need
    # not), so a kept rendering that outlived its data would have been caught.
    assert len(changed) >= 9, changed


def test_the_kept_filter_form_follows_the_credentials_and_what_was_asked(client, user, cma):
    client.force_login(user)
    url = reverse("activity_list")
    assert "CMA (AAMA) #123456" in client.get(url).content.decode()
    services.credential_update(
        credential=cma, program="cma-aama", certified_on=cma.certified_on, number="777", today=TODAY
    )
    page = client.get(url).content.decode()
    assert "CMA (AAMA) #777" in page and "#123456" not in page
    wrong = client.get(url, {"date_from": "2025-02-01", "date_to": "2025-01-01"}).content.decode()
    assert "The end date is before the start date." in wrong
    assert (
        "The end date is before the start date."
        not in client.get(url, {"date_from": "2025-02-01"}).content.decode()
    )


@pytest.fixture
def evaluations(monkeypatch):
    counted = []
    real = snapshots._evaluate
    monkeypatch.setattr(snapshots, "_evaluate", lambda *a, **k: counted.append(1) or real(*a, **k))
    return counted


def _edit(activity, **changes):
    fields = {
        "title": activity.title,
        "completed_on": activity.completed_on,
        "amount": activity.amount,
        "unit": activity.unit,
        "provider": activity.provider,
        "categories": {s.category: s.amount for s in activity.shares.all()},
        "verified_on_transcript": activity.verified_on_transcript,
        "notes": activity.notes,
        "excluded_from": list(activity.excluded_from.all()),
    }
    certificate = changes.pop("certificate", CERTIFICATE_KEPT)
    services.activity_update(
        activity=activity,
        data=ActivityInput.of(**(fields | changes)),
        certificate=certificate,
        confirmed=True,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "Venipuncture, renamed"},
        {"provider": "Another provider", "notes": "kept the handout"},
        {"verified_on_transcript": True},
        {"certificate": SimpleUploadedFile("proof.pdf", PDF_BYTES, "application/pdf")},
    ],
    ids=["title", "provider-notes", "verified", "certificate"],
)
def test_a_change_the_rules_do_not_read_keeps_the_evaluation_and_redraws_what_shows_it(
    client, user, cma, ccma, evaluations, django_capture_on_commit_callbacks, changes
):
    """Issue 26: a title, a provider, notes, the transcript tick or a certificate attached change no
    number, so the save evaluates nothing; the stored evaluation moves to the new version and every
    page that shows the activity draws it again."""
    activity = log(user, "Venipuncture", amount="4")
    log(user, "Wound care", amount="2", category="general")
    before = view(user)
    client.force_login(user)
    pdf_url = reverse("credential_summary_pdf", args=[cma.pk])
    first_pdf = client.get(pdf_url).content
    evaluations.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _edit(activity, **changes)
    after = view(user)
    assert evaluations == []  # neither the save nor the view after it evaluated
    assert after == before == fresh(user)
    stored = ProgressSnapshot.objects.filter(cycle__credential__owner=user).values_list(
        "version", "cycle__progress_version"
    )
    assert len(stored) == 2 and all(mine == current for mine, current in stored)
    assert client.get(pdf_url).content != first_pdf  # the kept summary is drawn again
    if "title" in changes:
        assert "Venipuncture, renamed" in client.get(reverse("activity_list")).content.decode()


@pytest.mark.parametrize(
    "kind", ["amount", "date", "category", "exclusion", "unit and approval", "card title"], ids=lambda k: k
)
def test_a_change_the_rules_read_is_evaluated_again(
    user, cma, ccma, evaluations, django_capture_on_commit_callbacks, kind
):
    with django_capture_on_commit_callbacks(execute=True):  # the setup's rebuild runs, as in the app
        activity, changes = _logged(user, kind, ccma)
    view(user)
    evaluations.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _edit(activity, **changes)
    after = view(user)
    assert evaluations  # the rebuild after the commit, or the view after it, evaluated again
    assert after == fresh(user)


def _logged(user, kind, ccma):
    if kind == "card title":
        card = log(user, "BLS card", unit="cpr_card", amount="1", category=None, day=dt.date(2025, 7, 14))
        return card, {"title": "BLS Provider card"}
    activity = log(user, "Venipuncture", amount="4")
    return activity, {
        "amount": {"amount": Decimal("5"), "categories": {"clinical": Decimal("5")}},
        "date": {"completed_on": dt.date(2025, 6, 2)},
        "category": {"categories": {"general": Decimal("4")}},
        "exclusion": {"excluded_from": [ccma]},
        # The same amount in contact hours: no longer AAMA-approved (R-CMA-5).
        "unit and approval": {"unit": "contact_hours"},
    }[kind]


def test_a_stored_verdict_table_reads_as_evaluated_and_a_page_decodes_only_its_rows(
    client, user, cma, monkeypatch
):
    """Issue 26: the snapshot stores each activity's verdict on its own, so the first list view
    after a write decodes the rows of its page, not the whole table; what it decodes is what the
    evaluation gave."""
    from credentials.selectors import verdicts
    from credentials.selectors.activities import ACTIVITIES_PER_PAGE

    for number in range(ACTIVITIES_PER_PAGE + 10):
        log(user, f"Course {number}", amount="1.5", day=dt.date(2025, 1, 1) + dt.timedelta(days=number))
    activity_log(
        owner=user,
        title="Split",
        completed_on=dt.date(2024, 12, 1),
        unit="aama_ceus",
        amount=Decimal(2),
        categories={"general": Decimal(1), "clinical": Decimal(1)},
        confirmed=True,
        today=TODAY,
    )
    selectors.dashboard_get(user=user, today=TODAY)  # stores the evaluation, as the rebuild after a write
    fresh = selectors.cycle_progress_get(cycle=_open(cma), today=TODAY, fresh=True, verdicts=True)
    stored = verdicts.verdicts_decoded(ProgressSnapshot.objects.get(cycle=_open(cma)).verdicts)
    assert dict(stored) == dict(fresh.verdict_table) and len(stored) == ACTIVITIES_PER_PAGE + 11
    assert stored.contexts == fresh.verdict_table.contexts

    decoded = []
    real = verdicts.StoredVerdictTable.__getitem__
    monkeypatch.setattr(
        verdicts.StoredVerdictTable, "__getitem__", lambda table, pk: decoded.append(pk) or real(table, pk)
    )
    client.force_login(user)
    page = client.get(reverse("activity_list")).content.decode()
    assert "Course 59" in page and "Course 0" not in page  # newest first: the first page only
    assert len(decoded) == ACTIVITIES_PER_PAGE  # one credential, one record per row shown


def test_stored_verdicts_damaged_are_evaluated_again_not_a_500(user, cma, caplog):
    """Each stored verdict is decoded only when its row is shown (issue 26); a damaged one is caught
    when the snapshot is read, by a checksum of them all, and evaluated again."""
    import pickle

    from credentials.models import CEActivity

    log(user, amount="12")
    view(user)
    snapshot = ProgressSnapshot.objects.get(cycle=_open(cma))
    rows, contexts, checksum = pickle.loads(snapshot.verdicts)
    pk = next(iter(rows))
    rows[pk] = rows[pk][:-1] + bytes([rows[pk][-1] ^ 0xFF])  # one record's last byte damaged
    ProgressSnapshot.objects.filter(pk=snapshot.pk).update(verdicts=pickle.dumps((rows, contexts, checksum)))
    progress = selectors.dashboard_get(user=user, today=TODAY, verdicts=True)  # as the list reads it
    activity = CEActivity.objects.get(pk=pk)
    assert [p.verdict_of(activity).message for p in progress] == ["Counts 12 points."]
    assert view(user) == fresh(user)
    assert "not readable: evaluated again" in caplog.text
