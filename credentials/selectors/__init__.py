"""Reads: the single path from the database into the rules engine.

The dashboard, the activity list, the PDF and reminders all call
``cycle_progress_get`` (or ``dashboard_get``, its batched form), so no two pages can
disagree about a number.

The package is split by capability; its modules import each other only downwards, in this
order (a module may import any module listed after it, never one before it):

    inbox            certificate drafts, their prefill, duplicates, transcript, reading hints
    pace             the pace plan and chart
    calendar_events  calendar events, the calendar feed, reminder notices
    audit_packs      audit pack version, queueing, lookup
    activities       the activity list, filters, sorts, page; submissions; certificate quota
    dashboard        dashboard_get, cycle_progress_get, recertification undo, landing page
    snapshots        stored progress snapshots and their code version (SNAPSHOT_CODE)
    evaluation       facts, evaluation, verdict table, shortfalls, counts preview
    progress         CycleProgress and the other result types
    common           formatting, a person's activities

Callers use the package (``from credentials import selectors``); every name they use is
re-exported here. A test that patches a name must patch it in the module that looks it up
(e.g. ``credentials.selectors.snapshots.SNAPSHOT_CODE``).
"""

from credentials.selectors.activities import (
    ACTIVITIES_PER_PAGE as ACTIVITIES_PER_PAGE,
)
from credentials.selectors.activities import (
    SORTS as SORTS,
)
from credentials.selectors.activities import (
    ActivityPage as ActivityPage,
)
from credentials.selectors.activities import (
    ActivityRow as ActivityRow,
)
from credentials.selectors.activities import (
    activities_approved as activities_approved,
)
from credentials.selectors.activities import (
    activities_counted_toward as activities_counted_toward,
)
from credentials.selectors.activities import (
    activities_in_category as activities_in_category,
)
from credentials.selectors.activities import (
    activities_in_cycle as activities_in_cycle,
)
from credentials.selectors.activities import (
    activities_sorted as activities_sorted,
)
from credentials.selectors.activities import (
    activity_list as activity_list,
)
from credentials.selectors.activities import (
    activity_page_get as activity_page_get,
)
from credentials.selectors.activities import (
    certificate_usage_get as certificate_usage_get,
)
from credentials.selectors.activities import (
    credential_list as credential_list,
)
from credentials.selectors.activities import (
    credentials_with_cycles_get as credentials_with_cycles_get,
)
from credentials.selectors.activities import (
    cycle_by_key as cycle_by_key,
)
from credentials.selectors.activities import (
    submission_result_get as submission_result_get,
)
from credentials.selectors.audit_packs import (
    QUEUED_TOO_LONG as QUEUED_TOO_LONG,
)
from credentials.selectors.audit_packs import (
    audit_pack_get as audit_pack_get,
)
from credentials.selectors.audit_packs import (
    audit_pack_needs_queueing as audit_pack_needs_queueing,
)
from credentials.selectors.audit_packs import (
    audit_pack_version_get as audit_pack_version_get,
)
from credentials.selectors.calendar_events import (
    DATES_OF_EXPIRY as DATES_OF_EXPIRY,
)
from credentials.selectors.calendar_events import (
    CalendarEvent as CalendarEvent,
)
from credentials.selectors.calendar_events import (
    calendar_events_get as calendar_events_get,
)
from credentials.selectors.calendar_events import (
    calendar_feed_get as calendar_feed_get,
)
from credentials.selectors.calendar_events import (
    reminder_notices_get as reminder_notices_get,
)
from credentials.selectors.common import (
    activities_with_parts as activities_with_parts,
)
from credentials.selectors.dashboard import (
    Undo as Undo,
)
from credentials.selectors.dashboard import (
    cycle_get as cycle_get,
)
from credentials.selectors.dashboard import (
    cycle_progress_get as cycle_progress_get,
)
from credentials.selectors.dashboard import (
    dashboard_get as dashboard_get,
)
from credentials.selectors.dashboard import (
    landing_get as landing_get,
)
from credentials.selectors.dashboard import (
    program_names_get as program_names_get,
)
from credentials.selectors.dashboard import (
    progress_list_version as progress_list_version,
)
from credentials.selectors.dashboard import (
    recertification_undo_get as recertification_undo_get,
)
from credentials.selectors.evaluation import (
    SHORTFALLS as SHORTFALLS,
)
from credentials.selectors.evaluation import (
    UnsavedCount as UnsavedCount,
)
from credentials.selectors.evaluation import (
    activities_counts_preview_get as activities_counts_preview_get,
)
from credentials.selectors.evaluation import (
    activity_evaluated_facts as activity_evaluated_facts,
)
from credentials.selectors.evaluation import (
    activity_shortfalls_get as activity_shortfalls_get,
)
from credentials.selectors.evaluation import (
    titles_close as titles_close,
)
from credentials.selectors.inbox import (
    SURE as SURE,
)
from credentials.selectors.inbox import (
    DraftPrefill as DraftPrefill,
)
from credentials.selectors.inbox import (
    certificate_draft_duplicates_get as certificate_draft_duplicates_get,
)
from credentials.selectors.inbox import (
    certificate_draft_prefill_get as certificate_draft_prefill_get,
)
from credentials.selectors.inbox import (
    certificate_draft_transcript_get as certificate_draft_transcript_get,
)
from credentials.selectors.inbox import (
    certificate_drafts_get as certificate_drafts_get,
)
from credentials.selectors.inbox import (
    reading_hints_get as reading_hints_get,
)
from credentials.selectors.pace import (
    PaceChart as PaceChart,
)
from credentials.selectors.pace import (
    month_start_after as month_start_after,
)
from credentials.selectors.pace import (
    pace_get as pace_get,
)
from credentials.selectors.progress import (
    UNDO_DAYS as UNDO_DAYS,
)
from credentials.selectors.progress import (
    Bar as Bar,
)
from credentials.selectors.progress import (
    CycleProgress as CycleProgress,
)
from credentials.selectors.progress import (
    Deadline as Deadline,
)
from credentials.selectors.snapshots import (
    RENDERING_CODE as RENDERING_CODE,
)
from credentials.selectors.snapshots import (
    SNAPSHOT_CODE as SNAPSHOT_CODE,
)
from credentials.selectors.verdicts import (
    COUNTED as COUNTED,
)
from credentials.selectors.verdicts import (
    EXCLUDED as EXCLUDED,
)
from credentials.selectors.verdicts import (
    NOT_COUNTED as NOT_COUNTED,
)
from credentials.selectors.verdicts import (
    PLANNED as PLANNED,
)
from credentials.selectors.verdicts import (
    TRACKED_ELSEWHERE as TRACKED_ELSEWHERE,
)
from credentials.selectors.verdicts import (
    UNCATEGORIZED as UNCATEGORIZED,
)
from credentials.selectors.verdicts import (
    ActivityRef as ActivityRef,
)
from credentials.selectors.verdicts import (
    ActivityVerdict as ActivityVerdict,
)
from credentials.selectors.verdicts import (
    VerdictRecord as VerdictRecord,
)
from credentials.selectors.verdicts import (
    VerdictTable as VerdictTable,
)
