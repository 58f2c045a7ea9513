"""Writes: the only way data changes (HackSoft style, ``<entity>_<action>``).

Every service validates with ``full_clean()`` and runs in one transaction, so a
failed multi-row change leaves nothing half-written.

The package is split by capability; its modules import each other only downwards, in this
order (a module may import any module listed after it, never one before it):

    inbox               certificate drafts: create, read, accept, import, delete, requeue
    credentials         credentials, cycles (recertify, reopen) and exam attempts
    activities          activities, the bulk import, exclusions, card tracking
    audit_packs         audit pack request, build, requeue, prune
    calendar_reminders  calendar feed token, reminder preferences and dismissals
    common              owner lock, NeedsConfirmation, submissions, progress invalidation,
                        opening a cycle, file storage helpers

Callers use the package (``from credentials import services``; ``services.activity_create``);
every name they use is re-exported here. A test that patches a name must patch it in the
module that looks it up (e.g. ``credentials.services.audit_packs.build_with_limits``).
"""

from credentials.services.activities import (
    ActivitiesRefused as ActivitiesRefused,
)
from credentials.services.activities import (
    activities_check as activities_check,
)
from credentials.services.activities import (
    activities_create as activities_create,
)
from credentials.services.activities import (
    activity_create as activity_create,
)
from credentials.services.activities import (
    activity_delete as activity_delete,
)
from credentials.services.activities import (
    activity_exclusions_set as activity_exclusions_set,
)
from credentials.services.activities import (
    activity_update as activity_update,
)
from credentials.services.audit_packs import (
    TooManyBuilds as TooManyBuilds,
)
from credentials.services.audit_packs import (
    audit_pack_build as audit_pack_build,
)
from credentials.services.audit_packs import (
    audit_pack_request as audit_pack_request,
)
from credentials.services.audit_packs import (
    audit_packs_requeue as audit_packs_requeue,
)
from credentials.services.calendar_reminders import (
    calendar_feed_get_or_create as calendar_feed_get_or_create,
)
from credentials.services.calendar_reminders import (
    calendar_feed_regenerate as calendar_feed_regenerate,
)
from credentials.services.calendar_reminders import (
    reminder_dismiss as reminder_dismiss,
)
from credentials.services.calendar_reminders import (
    reminder_preference_save as reminder_preference_save,
)
from credentials.services.common import (
    MAX_YEARS_AHEAD as MAX_YEARS_AHEAD,
)
from credentials.services.common import (
    STORE_FAILED as STORE_FAILED,
)
from credentials.services.common import (
    SUBMISSION_KEPT as SUBMISSION_KEPT,
)
from credentials.services.common import (
    AlreadySubmitted as AlreadySubmitted,
)
from credentials.services.common import (
    NeedsConfirmation as NeedsConfirmation,
)
from credentials.services.common import (
    _owner_lock as _owner_lock,
)
from credentials.services.common import (
    progress_invalidate as progress_invalidate,
)
from credentials.services.common import (
    progress_rebuild as progress_rebuild,
)
from credentials.services.common import (
    progress_shown_changed as progress_shown_changed,
)
from credentials.services.common import (
    submission_once as submission_once,
)
from credentials.services.credentials import (
    credential_create as credential_create,
)
from credentials.services.credentials import (
    credential_delete as credential_delete,
)
from credentials.services.credentials import (
    credential_update as credential_update,
)
from credentials.services.credentials import (
    cycle_recertify as cycle_recertify,
)
from credentials.services.credentials import (
    cycle_reopen as cycle_reopen,
)
from credentials.services.credentials import (
    exam_attempt_record as exam_attempt_record,
)
from credentials.services.inbox import (
    DRAFT_READ_ABANDONED_AFTER as DRAFT_READ_ABANDONED_AFTER,
)
from credentials.services.inbox import (
    certificate_draft_accept as certificate_draft_accept,
)
from credentials.services.inbox import (
    certificate_draft_create as certificate_draft_create,
)
from credentials.services.inbox import (
    certificate_draft_delete as certificate_draft_delete,
)
from credentials.services.inbox import (
    certificate_draft_import as certificate_draft_import,
)
from credentials.services.inbox import (
    certificate_draft_read as certificate_draft_read,
)
from credentials.services.inbox import (
    certificate_drafts_requeue as certificate_drafts_requeue,
)
from credentials.services.inbox import (
    certificate_drafts_requeue_abandoned as certificate_drafts_requeue_abandoned,
)
