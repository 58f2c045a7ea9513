"""Credentials, their recertification cycles, and the CE that keeps them alive.

Models hold data and invariants only. Totals, status and verdicts are computed by
the rules engine through ``credentials.selectors`` and never stored.
"""

from __future__ import annotations

import operator
import secrets
import uuid
from decimal import Decimal
from functools import reduce

from django.conf import settings
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from credentials import rules

CUSTOM = "custom"


class ProgramChoice(models.TextChoices):
    CMA_AAMA = "cma-aama", rules.PROGRAMS["cma-aama"].name
    CCMA_NHA = "ccma-nha", rules.PROGRAMS["ccma-nha"].name
    RMA_AMT = "rma-amt", rules.PROGRAMS["rma-amt"].name
    CMAC_AMCA = "cmac-amca", rules.PROGRAMS["cmac-amca"].name
    BLS = "bls", rules.PROGRAMS["bls"].name
    CUSTOM = CUSTOM, "Other (custom program, e.g. NCMA)"


class Kind(models.TextChoices):
    """The engine's kinds of credit; an activity's kind follows from its unit."""

    CE = rules.CE, "Contact hours, AAMA CEUs or AMT points"
    NHA = rules.NHA, "NHA CE credits"
    COLLEGE = rules.COLLEGE, "College credits"
    CPR = rules.CPR, "CPR/BLS card"
    MINUTES = rules.MINUTES, "Minutes"


# The units printed on certificates (R-CCMA-2), from the rules engine.
UNIT_CHOICES = [(unit.code, unit.label[0].upper() + unit.label[1:]) for unit in rules.UNITS.values()]
DEFAULT_UNIT = "contact_hours"


class Category(models.TextChoices):
    ADMINISTRATIVE = rules.ADMINISTRATIVE, "Administrative"
    CLINICAL = rules.CLINICAL, "Clinical"
    GENERAL = rules.GENERAL, "General"


# The activity form's category choice that splits the amount across categories (R-CMA-8).
SPLIT = "split"


class Route(models.TextChoices):
    CE = "ce", "Continuing education"
    EXAM = "exam", "Exam"
    ACCEPTED = "accepted", "Application accepted by the certifying body"
    CARD = "card", "A new card"


# Routes that recertify on the CE completed up to and including their day (R-CMA-6).
CE_ROUTES = (Route.CE, Route.ACCEPTED)


POINTS = {"max_digits": 7, "decimal_places": 2}


class Credential(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="credentials")
    program = models.CharField(max_length=20, choices=ProgramChoice.choices)
    number = models.CharField("credential number", max_length=50, blank=True)
    certified_on = models.DateField(
        "date certified or last recertified",
        help_text="The date on your certificate, or of your most recent recertification.",
    )
    custom_name = models.CharField("credential name", max_length=80, blank=True)
    custom_body = models.CharField("certifying body", max_length=120, blank=True)
    custom_cycle_months = models.PositiveSmallIntegerField(
        "cycle length (months)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    custom_points_needed = models.DecimalField(
        "points needed per cycle", null=True, blank=True, validators=[MinValueValidator(Decimal(0))], **POINTS
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["certified_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(program__in=ProgramChoice.values), name="credential_program_known"
            ),
            models.CheckConstraint(
                condition=~Q(program=CUSTOM)
                | (
                    Q(custom_cycle_months__gte=1, custom_cycle_months__lte=240)
                    & Q(custom_points_needed__gte=0)
                    & ~Q(custom_name="")
                ),
                name="credential_custom_program_complete",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.display_name} #{self.number}" if self.number else self.display_name

    @property
    def display_name(self) -> str:
        return self.custom_name if self.program == CUSTOM else self.get_program_display()

    @property
    def rules_program(self) -> rules.Program:
        """The engine's program for this credential (data lookup, no rule logic)."""
        if self.program == CUSTOM:
            return rules.custom_program(
                name=self.custom_name or "Custom credential",
                body=self.custom_body,
                cycle_months=self.custom_cycle_months or 1,
                points_needed=self.custom_points_needed
                if self.custom_points_needed is not None
                else Decimal(0),
            )
        return rules.PROGRAMS[self.program]


class CycleQuerySet(models.QuerySet):
    def open(self) -> CycleQuerySet:
        """The periods still running: not closed by a recertification, a card or a lapse."""
        return self.filter(closed_on__isnull=True)


class Cycle(models.Model):
    """One recertification period. Dates are stored for querying; only services write them."""

    credential = models.ForeignKey(Credential, on_delete=models.CASCADE, related_name="cycles")
    starts_on = models.DateField()
    expires_on = models.DateField()
    ce_deadline = models.DateField("CE deadline")
    closed_on = models.DateField("recertified on", null=True, blank=True)
    closed_by = models.CharField("recertified by", max_length=10, choices=Route.choices, blank=True)
    # The expiry printed on the card or renewal notice; wins over the computed one when set.
    printed_expires_on = models.DateField("expiry date printed on the card", null=True, blank=True)
    # The first day whose activities count, when later than the start: after a recertification
    # by CE on day D the closing period keeps everything completed on D, and this one counts
    # from the day after (R-CMA-6). Its dates still run from D (R-CMA-1).
    counts_from = models.DateField(null=True, blank=True)
    # Raised by the services whenever anything this period's progress depends on changes (its
    # dates, its credential, its exams, any of the owner's activities): a ProgressSnapshot of
    # another version is never used.
    progress_version = models.PositiveBigIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CycleQuerySet.as_manager()

    class Meta:
        ordering = ["credential", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_on__lt=F("expires_on")), name="cycle_starts_before_expiry"
            ),
            models.CheckConstraint(
                condition=Q(expires_on__lte=F("ce_deadline")), name="cycle_deadline_after_expiry"
            ),
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True, closed_by="")
                | Q(closed_on__isnull=False, closed_on__gte=F("starts_on"), closed_by__in=Route.values),
                name="cycle_closed_consistently",
            ),
            models.UniqueConstraint(
                fields=["credential"],
                condition=Q(closed_on__isnull=True),
                name="cycle_one_open_per_credential",
            ),
            models.CheckConstraint(
                condition=Q(printed_expires_on__isnull=True) | Q(printed_expires_on=F("expires_on")),
                name="cycle_printed_expiry_is_the_expiry",
            ),
            models.CheckConstraint(
                condition=Q(counts_from__isnull=True) | Q(counts_from__gt=F("starts_on")),
                name="cycle_counts_from_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.credential}: {self.starts_on} to {self.expires_on}"

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


def certificate_path(instance: CEActivity, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"certificates/{instance.owner_id}/{uuid.uuid4().hex}.{extension}"


def _unit_consistent() -> Q:
    """Each unit fixes the engine kind and the approval (an AAMA CEU is AAMA-approved)."""
    return reduce(
        operator.or_, (Q(unit=u.code, kind=u.kind, approved=u.approved) for u in rules.UNITS.values())
    )


class CEActivity(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(max_length=200)
    provider = models.CharField(max_length=200, blank=True)
    completed_on = models.DateField("completion date")
    # What the certificate states (R-CCMA-2); ``kind`` and ``approved`` follow from it, and a
    # constraint keeps the three consistent.
    unit = models.CharField(max_length=20, choices=UNIT_CHOICES, default=DEFAULT_UNIT)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CE)
    amount = models.DecimalField(
        max_digits=7,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text="As the certificate states it, in its unit.",
    )
    approved = models.BooleanField(rules.APPROVAL.label, default=False)
    certificate = models.FileField(
        upload_to=certificate_path,
        blank=True,
        validators=[FileExtensionValidator(["pdf", "png", "jpg", "jpeg"])],
    )
    certificate_name = models.CharField(max_length=255, blank=True)
    certificate_size = models.PositiveBigIntegerField(default=0, help_text="Bytes stored, for the quota.")
    # The certificate's content hash: the same file dropped again is known (issue 23).
    certificate_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    verified_on_transcript = models.BooleanField("verified on official transcript", default=False)
    notes = models.TextField(blank=True)
    excluded_from = models.ManyToManyField(
        Credential,
        blank=True,
        related_name="excluded_activities",
        help_text="Credentials this activity must not count toward.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "CE activity"
        verbose_name_plural = "CE activities"
        ordering = ["-completed_on", "-pk"]
        indexes = [models.Index(fields=["owner", "completed_on"])]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="activity_amount_positive"),
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="activity_kind_known"),
            models.CheckConstraint(
                condition=_unit_consistent(), name="activity_unit_kind_approval_consistent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.completed_on})"

    @property
    def logged(self) -> str:
        """What the certificate states, in words: "10 contact hours"."""
        return rules.UNITS[self.unit].quantity(self.amount)

    # Parts loaded with the activity by ``selectors.activities_with_parts`` (two queries for any number
    # of activities, no queryset per activity: Django's prefetch spent 45 ms on 1,000 activities
    # building them, a sixth of a first summary PDF's drawing); a query when not loaded.
    def category_shares(self) -> list[CategoryShare]:
        loaded = self.__dict__.get("loaded_shares")
        return loaded if loaded is not None else list(self.shares.all())

    def excluded_credential_ids(self) -> list[int]:
        loaded = self.__dict__.get("loaded_exclusions")
        return loaded if loaded is not None else [c.pk for c in self.excluded_from.all()]


class CategoryShare(models.Model):
    """The part of an activity's amount that falls in one content category (R-CMA-4, R-CMA-8)."""

    activity = models.ForeignKey(CEActivity, on_delete=models.CASCADE, related_name="shares")
    category = models.CharField(max_length=20, choices=Category.choices)
    amount = models.DecimalField(validators=[MinValueValidator(Decimal("0.01"))], **POINTS)

    class Meta:
        ordering = ["activity", "category"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="share_amount_positive"),
            models.CheckConstraint(condition=Q(category__in=Category.values), name="share_category_known"),
            models.UniqueConstraint(fields=["activity", "category"], name="share_one_per_category"),
        ]

    def __str__(self) -> str:
        return f"{self.amount} {self.category}"


class ExamAttempt(models.Model):
    """An attempt at the certification exam (R-CMA-12)."""

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="exam_attempts")
    taken_on = models.DateField()
    passed = models.BooleanField()

    class Meta:
        ordering = ["taken_on", "pk"]

    def __str__(self) -> str:
        return f"{self.taken_on}: {'passed' if self.passed else 'not passed'}"


def preview_path(instance: CertificateDraft, filename: str) -> str:
    return f"certificates/{instance.owner_id}/previews/{uuid.uuid4().hex}.png"


def audit_pack_path(instance: AuditPack, filename: str) -> str:
    return f"audit-packs/{instance.cycle.credential.owner_id}/{uuid.uuid4().hex}.pdf"


class AuditPack(models.Model):
    """One build of a period's audit pack, for one version of its content (activities,
    certificates, dates). A request for the same version joins it; a change makes a new one."""

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting for a worker"
        BUILDING = "building", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="audit_packs")
    version = models.CharField(max_length=64)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent of certificates packed.")
    error = models.TextField(blank=True)
    file = models.FileField(upload_to=audit_pack_path, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["cycle", "version"], name="audit_pack_one_per_version"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="audit_pack_progress_percent"),
            models.CheckConstraint(
                condition=Q(state__in=["queued", "building", "ready", "failed"]),
                name="audit_pack_state_known",
            ),
            models.CheckConstraint(
                condition=~Q(state="ready") | ~Q(file=""), name="audit_pack_ready_has_file"
            ),
        ]

    def __str__(self) -> str:
        return f"Audit pack of {self.cycle} ({self.get_state_display()})"


def calendar_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's secret calendar URL; a new token revokes the old URL."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=calendar_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Calendar feed of {self.owner}"


REMINDER_OFFSETS = (180, 90, 30, 7)  # days before a deadline


class ReminderPreference(models.Model):
    """How a person wants to be reminded: on or off, which intervals, or a weekly digest."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders")
    enabled = models.BooleanField("email me before deadlines", default=True)
    days_180 = models.BooleanField("6 months before", default=True)
    days_90 = models.BooleanField("3 months before", default=True)
    days_30 = models.BooleanField("1 month before", default=True)
    days_7 = models.BooleanField("1 week before", default=True)
    weekly_digest = models.BooleanField("one weekly email (Mondays) instead", default=False)

    def __str__(self) -> str:
        return f"Reminder preferences of {self.owner}"

    @property
    def offsets(self) -> tuple[int, ...]:
        return tuple(days for days in REMINDER_OFFSETS if getattr(self, f"days_{days}"))


class Reminder(models.Model):
    """One reminder, recorded under its unique key before it is sent, so two runs, a crash or two
    schedulers never send it twice; a failed send stays pending and is retried."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        DIGEST = "digest", "Waiting for the weekly digest"
        SENT = "sent", "Sent"
        IN_APP = "in_app", "Shown in the app only (emails are off)"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_log")
    credential = models.ForeignKey(Credential, on_delete=models.CASCADE, related_name="reminders")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=40)  # the deadline's label: "Expiry", "Annual fee", ...
    deadline_on = models.DateField()
    send_on = models.DateField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["deadline_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "credential", "cycle", "kind", "send_on"], name="reminder_once"
            ),
            models.CheckConstraint(
                condition=Q(send_on__lte=F("deadline_on")), name="reminder_before_deadline"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} of {self.credential} on {self.deadline_on} (send {self.send_on})"


class Submission(models.Model):
    """A form post that changed something. Its one-time token (a hidden field of the form) makes
    a repeat of the same post — a double click, a replay, back and resubmit — land on the first
    one's result instead of doing it again; the unique constraint makes that hold under races."""

    FIELD = "submission_token"  # the form field that carries the token

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.UUIDField()
    # What was sent (a hash of the fields and file names): a page kept by the browser and sent
    # again with other values is a new submission, not a repeat.
    fingerprint = models.CharField(max_length=64, blank=True)
    result_url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "token", "fingerprint"], name="submission_once_per_owner_token_content"
            ),
        ]
        indexes = [models.Index(fields=["owner", "created_at"], name="submission_owner_created")]

    def __str__(self) -> str:
        return f"submission {self.token}"


class CertificateDraft(models.Model):
    """A certificate dropped in the inbox, read in the background into the fields of an activity
    the person then checks and saves (services.certificate_draft_accept). The file stays theirs
    and becomes the activity's certificate."""

    class State(models.TextChoices):
        QUEUED = "queued", "Waiting to be read"
        READING = "reading", "Being read"
        READ = "read", "Read"
        FAILED = "failed", "Could not be read"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="drafts")
    file = models.FileField(upload_to=certificate_path, max_length=255)
    file_name = models.CharField(max_length=255)
    file_size = models.PositiveIntegerField(default=0)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    queued_at = models.DateTimeField(null=True, blank=True)  # when its reading was last enqueued
    started_at = models.DateTimeField(null=True, blank=True)  # the claim of the read under way
    # The first page as a PNG, drawn once by the reading task in a bounded child, served as is.
    preview = models.FileField(upload_to=preview_path, max_length=255, blank=True)
    problem = models.TextField(blank=True)  # why the reader found nothing, for the person
    source = models.CharField(max_length=20, blank=True)  # "text layer", "OCR" or "none"
    # What the reader found (credentials/reader/), each with its confidence and where.
    completed_on = models.DateField(null=True, blank=True)
    title = models.CharField(max_length=200, blank=True)
    provider = models.CharField(max_length=200, blank=True)
    amount = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=20, blank=True)  # as the reader names it (reader.UNITS)
    aama_approved = models.BooleanField(null=True, blank=True)
    category = models.CharField(max_length=20, blank=True)
    # A certificate's credit split across categories, as read: {"clinical": "3.5", ...} (R-CMA-4).
    categories = models.JSONField(default=dict, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)  # the file's content hash
    text = models.TextField(blank=True)  # what was read, to learn from the person's corrections
    # A transcript's courses (credentials/transcript/, issue 24): {"provider", "aama", "left_out",
    # "courses": [...]}; empty for a certificate of one course.
    transcript = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=["queued", "reading", "read", "failed"]), name="draft_state_known"
            ),
            models.CheckConstraint(condition=~Q(file=""), name="draft_has_file"),
        ]

    def __str__(self) -> str:
        return self.file_name


class DraftFinding(models.Model):
    """How sure the reader is of one field of a draft, and where on the certificate it found it."""

    draft = models.ForeignKey(CertificateDraft, on_delete=models.CASCADE, related_name="findings")
    field = models.CharField(max_length=20)
    confidence = models.DecimalField(max_digits=3, decimal_places=2)
    where = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["draft", "field"], name="finding_one_per_field"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="finding_confidence_0_to_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.field} ({self.confidence})"


class ProgressSnapshot(models.Model):
    """A cycle's evaluated progress, stored so a repeat view does no per-activity work.

    Valid only for the cycle's ``progress_version``, the ``code`` that evaluated it
    (selectors.SNAPSHOT_CODE: a hash of the rules and of the reading code, so a deploy never reuses
    an old shape) and the days from the ``day`` it was evaluated for until ``holds_until`` (the
    first day a logged course happens, rules.Result.holds_until; NULL: every later day), on which
    it is read moved to the day (rules.Result.on). ``summary`` is the engine's result without its
    per-credit verdicts; ``verdicts`` the per-activity verdicts, filled by the first page that
    shows them. Both are written and read only by ``credentials.selectors``.
    """

    cycle = models.OneToOneField(Cycle, on_delete=models.CASCADE, primary_key=True, related_name="snapshot")
    version = models.PositiveBigIntegerField()
    day = models.DateField()
    holds_until = models.DateField(null=True)
    code = models.CharField(max_length=32)
    summary = models.BinaryField()
    verdicts = models.BinaryField(null=True)
    built_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.cycle}: version {self.version} on {self.day}"


class ReadingHint(models.Model):
    """What a person's correction of a read certificate showed about an issuer's layout (issue 23):
    the line above the title, the label of the completion date. Only the person's own, used only to
    read that person's later certificates from the same issuer; exported and deleted with them."""

    class Field(models.TextChoices):
        TITLE = "title", "Title"
        COMPLETED_ON = "completed_on", "Completion date"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reading_hints"
    )
    issuer = models.CharField(max_length=200)  # reader.issuer_key(provider)
    field = models.CharField(max_length=20, choices=Field.choices)
    anchor = models.CharField(max_length=200)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "issuer", "field"], name="reading_hint_once")]

    def __str__(self) -> str:
        return f"{self.field} of {self.issuer}: after {self.anchor!r}"
