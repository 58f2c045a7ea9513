"""Export and import one person's data: backups, moving between servers, and the person's own
"Download all my data".

Two shapes, both imported:

- a JSON document with each certificate inside it (base64), made by ``person_export``;
- a zip archive made by ``person_archive_write``: the same JSON (``recert-export.json``) with each
  certificate a file of the archive (``certificates/…``, and ``inbox/…`` for those still in the
  inbox) named by its ``path``, plus ``activities.csv`` for a spreadsheet.

Certificates still in the inbox (``drafts``) come back as drafts with their files and are read
again, which finds what was found before.

The import replays the export through the services, so everything it writes passes the same
validation as the web forms, dated by the real today: an exam attempt or a recertification
after today is refused, as the forms refuse it. Every value is checked for its JSON type first
(a boolean is ``true`` or ``false``, never ``"False"`` or ``1``; an amount is a finite decimal),
and the first problem is reported with its row ("activity 3: amount is not a number"). The import
runs in one transaction: on any error nothing is written, not even a certificate file.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import datetime as dt
import json
import re
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, BinaryIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, SuspiciousFileOperation, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, transaction
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import get_valid_filename

from credentials import log_io, reminders, services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, CertificateDraft, Credential, Cycle, ReadingHint

FORMAT = "recert-export"
VERSION = 1
ARCHIVE_JSON = "recert-export.json"
ARCHIVE_CSV = "activities.csv"
ARCHIVE_CERTIFICATES = "certificates"
ARCHIVE_INBOX = "inbox"
# The JSON of an archive is read up to this size; anything larger is not an export (a zip bomb).
ARCHIVE_JSON_MAX_BYTES = 64 * 1024 * 1024


class UnreadableExport(Exception):
    """The file is neither an export's JSON nor its zip archive."""


# --------------------------------------------------------------------------- export


def person_export(*, user, include_password: bool = True) -> dict:
    """The person's data as one JSON-ready document, each certificate inside it (base64).

    ``include_password``: the password hash, so that the person logs in as before after a move
    (an operator's backup); without it the imported account has no password until the person
    chooses one by a reset link."""
    return _person_data(user, file=_file_inline, include_password=include_password)


def person_archive_write(*, user, out: BinaryIO, include_password: bool = False) -> None:
    """Write the person's data to ``out`` as a zip archive: ``recert-export.json`` (which imports),
    ``activities.csv`` (one row per activity, for a spreadsheet) and the certificate files under
    ``certificates/`` (``inbox/`` for those still in the inbox). A certificate missing from
    storage is left out rather than failing it all.

    Without ``include_password`` (the person's own download) the password hash stays here: a
    file in a downloads folder is no place for it."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def file(stored: FieldFile, name: str, path: str) -> dict | None:
            try:
                source = stored.open("rb")
            except OSError:
                return None
            # PDFs and JPEGs are compressed already: stored as they are.
            member = zipfile.ZipInfo(path, date_time=timezone.localtime().timetuple()[:6])
            member.compress_type = zipfile.ZIP_STORED
            with source, archive.open(member, "w") as target:
                shutil.copyfileobj(source, target)
            return {"name": name, "path": path}

        data = _person_data(user, file=file, include_password=include_password)
        archive.writestr(ARCHIVE_JSON, json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr(ARCHIVE_CSV, activities_csv(user=user))


def activities_csv(*, user) -> str:
    """The person's activities for a spreadsheet: the same table as the activity list's CSV export
    (``log_io.export_csv``, the columns of docs/csv-format.md), on the person's own date."""
    return log_io.export_csv(user=user, today=reminders.person_today(user))


def _person_data(user, *, file: Callable[[FieldFile, str, str], dict | None], include_password: bool) -> dict:
    """``file(stored, name, path)``: a stored file as the export carries it (None: missing), where
    ``path`` is the file's place in an archive."""
    credentials = Credential.objects.filter(owner=user).prefetch_related("cycles__exam_attempts")
    activities = CEActivity.objects.filter(owner=user).prefetch_related("shares", "excluded_from")
    drafts = CertificateDraft.objects.filter(owner=user).order_by("created_at", "pk")

    def certificate(activity: CEActivity) -> dict | None:
        name = _certificate_name(activity)
        path = f"{ARCHIVE_CERTIFICATES}/{activity.pk}-{_safe_file_name(name)}"
        return file(activity.certificate, name, path)

    def draft_file(draft: CertificateDraft) -> dict | None:
        path = f"{ARCHIVE_INBOX}/{draft.pk}-{_safe_file_name(draft.file_name)}"
        return file(draft.file, draft.file_name, path)

    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {
            "email": user.email,
            "full_name": user.full_name,
            "timezone": user.timezone,
            "locale": user.locale,
            "password": user.password if include_password else "",
        },
        "credentials": [
            {
                "key": credential.pk,
                "program": credential.program,
                "number": credential.number,
                "certified_on": credential.certified_on.isoformat(),
                "custom_name": credential.custom_name,
                "custom_body": credential.custom_body,
                "custom_cycle_months": credential.custom_cycle_months,
                "custom_points_needed": _str(credential.custom_points_needed),
                "cycles": _cycles_export(credential),
            }
            for credential in credentials
        ],
        "activities": [_activity_export(a, certificate(a) if a.certificate else None) for a in activities],
        "drafts": [_draft_export(d, draft_file(d)) for d in drafts.prefetch_related("findings")],
        # What the person's corrections taught the certificate reader (issue 23).
        "reading_hints": [
            {"issuer": h.issuer, "field": h.field, "anchor": h.anchor}
            for h in ReadingHint.objects.filter(owner=user).order_by("issuer", "field")
        ],
    }


def _cycles_export(credential: Credential) -> list[dict]:
    cycles = sorted(credential.cycles.all(), key=lambda c: c.starts_on)
    following = [*cycles[1:], None]
    return [
        {
            "starts_on": cycle.starts_on.isoformat(),
            "printed_expires_on": _iso(cycle.printed_expires_on),
            "closed_on": _iso(cycle.closed_on),
            "closed_by": cycle.closed_by,
            "next_expires_on": _iso(after.printed_expires_on) if after else None,
            "exam_attempts": [
                {"taken_on": a.taken_on.isoformat(), "passed": a.passed} for a in cycle.exam_attempts.all()
            ],
        }
        for cycle, after in zip(cycles, following, strict=True)
    ]


def _file_inline(stored: FieldFile, name: str, path: str) -> dict | None:
    try:
        with stored.open("rb") as handle:
            content = handle.read()
    except OSError:  # missing from storage: there is nothing to carry
        return None
    return {"name": name, "content_base64": base64.b64encode(content).decode("ascii")}


def _certificate_name(activity: CEActivity) -> str:
    return activity.certificate_name or activity.certificate.name.rsplit("/", 1)[-1]


def _safe_file_name(name: str) -> str:
    try:
        return get_valid_filename(name)[-100:]
    except SuspiciousFileOperation:  # nothing usable left of the name
        return "certificate"


def _activity_export(activity: CEActivity, certificate: dict | None) -> dict:
    return {
        "title": activity.title,
        "provider": activity.provider,
        "completed_on": activity.completed_on.isoformat(),
        "unit": activity.unit,
        "kind": activity.kind,
        "amount": str(activity.amount),
        "approved": activity.approved,
        "categories": {s.category: str(s.amount) for s in activity.shares.all()},
        "verified_on_transcript": activity.verified_on_transcript,
        "notes": activity.notes,
        "excluded_from": [c.pk for c in activity.excluded_from.all()],
        "certificate": certificate,
    }


def _draft_export(draft: CertificateDraft, certificate: dict | None) -> dict:
    """A certificate in the inbox: its file, where its reading got to and what it found."""
    return {
        "file_name": draft.file_name,
        "state": draft.state,
        "created_at": draft.created_at.isoformat(),
        "problem": draft.problem,
        "source": draft.source,
        "completed_on": _iso(draft.completed_on),
        "title": draft.title,
        "provider": draft.provider,
        "amount": _str(draft.amount),
        "unit": draft.unit,
        "aama_approved": draft.aama_approved,
        "category": draft.category,
        "findings": [
            {"field": f.field, "confidence": str(f.confidence), "where": f.where}
            for f in draft.findings.all()
        ],
        "certificate": certificate,
    }


# --------------------------------------------------------------------------- reading a file


def person_file_read(*, stream: BinaryIO) -> tuple[Any, zipfile.ZipFile | None]:
    """The export in ``stream`` (its JSON, or its zip archive): the parsed JSON, and the open
    archive to take certificate files from (None for JSON). Raises UnreadableExport."""
    archive = None
    try:
        if zipfile.is_zipfile(stream):
            stream.seek(0)
            archive = zipfile.ZipFile(stream)
            try:
                member = archive.getinfo(ARCHIVE_JSON)
            except KeyError:
                raise UnreadableExport(f"the archive has no {ARCHIVE_JSON}.") from None
            raw = _member_read(archive, member, limit=ARCHIVE_JSON_MAX_BYTES)
        else:
            stream.seek(0)
            raw = stream.read()
    except (OSError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError) as error:
        raise UnreadableExport(str(error)) from None
    except _Bad as error:
        raise UnreadableExport(f"{ARCHIVE_JSON} {error}") from None
    return json_parse(raw), archive


def json_parse(raw: bytes | str) -> Any:
    """JSON as an export is read: numbers with a fraction are Decimal (never float), and NaN or
    Infinity stay recognisable so that the row holding one can be named. Raises UnreadableExport."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return json.loads(text, parse_float=Decimal, parse_constant=Decimal)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError too
        raise UnreadableExport(f"not JSON ({error}).") from None


def _member_read(archive: zipfile.ZipFile, member: zipfile.ZipInfo, *, limit: int) -> bytes:
    """A file of the archive, read no further than ``limit`` bytes (its stated size may lie)."""
    with archive.open(member) as handle:
        content = handle.read(limit + 1)
    if len(content) > limit:
        raise _Bad(f"is larger than {filesizeformat(limit).replace(chr(0xA0), ' ')}.")
    return content


# --------------------------------------------------------------------------- import


class _Bad(Exception):
    """One value of the file is wrong: the message says what, the caller says where."""


class _RowError(ValidationError):
    """A problem already named with its row ("activity 3: ...")."""


@dataclasses.dataclass
class _CycleData:
    where: str
    printed_expires_on: dt.date | None
    closed_on: dt.date | None
    closed_by: str
    next_expires_on: dt.date | None
    attempts: list[tuple[str, dt.date, bool]]


def person_import(*, data: Any, email: str | None = None, archive: zipfile.ZipFile | None = None):
    """Create the person in ``data`` (under ``email`` if given); returns the new user.

    ``data`` is an export's parsed JSON (``json_parse``); ``archive`` the zip it came from, if
    any, for certificates named by ``path``. Raises ValidationError naming the first bad row;
    then nothing was written, certificate files included.
    """
    written: list[tuple[Any, str]] = []
    try:
        with transaction.atomic():
            return _person_import(data, email=email, archive=archive, written=written)
    except BaseException:
        # The rows rolled back; the certificate files written meanwhile go too.
        for storage, name in written:
            with contextlib.suppress(Exception):
                storage.delete(name)
        raise


def _person_import(data: Any, *, email: str | None, archive: zipfile.ZipFile | None, written: list):
    if not isinstance(data, dict):
        raise ValidationError(f"Not a {FORMAT} file: its top level is not a JSON object.")
    version = data.get("version")
    if data.get("format") != FORMAT or type(version) is not int or version != VERSION:
        raise ValidationError(f"Not a {FORMAT} version {VERSION} file.")
    activities = _list_of(data, "activities")
    credentials = _list_of(data, "credentials")
    drafts = _list_of(data, "drafts")  # older exports have none
    today = timezone.localdate()

    with _at("user"):
        user = _user_import(_Row(data.get("user")), email=email)

    # Activities first: categories are then checked against the export, not against
    # credentials that do not exist yet.
    exclusions: list[tuple[str, CEActivity, list]] = []
    for number, value in enumerate(activities, start=1):
        where = f"activity {number}"
        with _at(where):
            row = _Row(value)
            entered = ActivityInput.of(
                title=row.text("title"),
                provider=row.text("provider", default=""),
                completed_on=row.day("completed_on"),
                unit=row.text("unit", default=None),
                kind=row.text("kind", default="ce"),
                # Read here; whether it is a valid amount, activity_input_errors says for every door.
                amount=row.decimal("amount", signed=True),
                approved=row.boolean("approved", default=False),
                categories=row.amounts("categories"),
                verified_on_transcript=row.boolean("verified_on_transcript", default=False),
                notes=row.text("notes", default=""),
            )
            activity = services.activity_create(
                owner=user,
                data=entered,
                certificate=_certificate_read(row, archive),
                confirmed=True,  # a restore keeps what the person confirmed before
                track_card=False,  # card credentials come back with their own history below
                today=today,
            )
            if activity.certificate:
                written.append((activity.certificate.storage, activity.certificate.name))
            exclusions.append((where, activity, row.keys("excluded_from")))

    by_key: dict = {}
    for number, value in enumerate(credentials, start=1):
        where = f"credential {number}"
        with _at(where):
            row = _Row(value)
            key = row.key("key")
            if key in by_key:
                raise _Bad(f"key {_show(key)} is used by another credential too.")
            program = row.text("program")
            certified_on = row.day("certified_on")
            fields = {
                "number": row.text("number", default=""),
                "custom_name": row.text("custom_name", default=""),
                # Exports made before the certifying body was asked for have none.
                "custom_body": row.text("custom_body", default="")
                or ("the certifying body" if program == "custom" else ""),
                "custom_cycle_months": row.integer("custom_cycle_months"),
                "custom_points_needed": row.decimal("custom_points_needed", required=False),
            }
            cycles = _cycles_read(row, where)
            credential = services.credential_create(
                owner=user,
                program=program,
                certified_on=certified_on,
                printed_expires_on=cycles[0].printed_expires_on if cycles else None,
                today=today,
                confirmed=True,
                restoring=True,
                **fields,
            )
        by_key[key] = credential
        for cycle in cycles:
            _cycle_replay(credential, cycle, today=today)

    for where, activity, keys in exclusions:
        with _at(where):
            unknown = [k for k in keys if k not in by_key]
            if unknown:
                raise _Bad(f"excluded_from names {_show(unknown[0])}, which is no credential's key.")
            services.activity_exclusions_set(activity=activity, credentials=[by_key[k] for k in keys])
    for number, value in enumerate(_list_of(data, "reading_hints"), start=1):  # older exports have none
        with _at(f"reading hint {number}"):
            row = value if isinstance(value, dict) else {}
            hint = ReadingHint(
                owner=user,
                issuer=str(row.get("issuer", ""))[:200],
                field=str(row.get("field", "")),
                anchor=str(row.get("anchor", ""))[:200],
            )
            hint.full_clean(exclude=["owner"])
            hint.save()

    for number, value in enumerate(drafts, start=1):
        with _at(f"inbox certificate {number}"):
            upload = _certificate_read(_Row(value), archive)
            if upload is None:  # its file was missing when exported: nothing left to read
                continue
            draft = services.certificate_draft_create(owner=user, file=upload)
            written.append((draft.file.storage, draft.file.name))

    # Restored history counts as recorded when each period started: nothing old can be undone.
    for cycle in Cycle.objects.filter(credential__owner=user):
        cycle.created_at = dt.datetime.combine(cycle.starts_on, dt.time(), tzinfo=dt.UTC)
        cycle.save(update_fields=["created_at"])
    return user


def _user_import(row: _Row, *, email: str | None):
    User = get_user_model()
    address = row.text("email") if email is None else _text(email, "email")
    address = address.strip().lower()
    if not address:
        raise _Bad("email is empty.")
    if User.objects.filter(email__iexact=address).exists():
        raise _RowError(f"A person with the email {address} already exists here.")
    user = User.objects.create_user(address, None, full_name=row.text("full_name", default="").strip())
    user.timezone = row.text("timezone", default="") or user.timezone
    user.locale = row.text("locale", default="") or user.locale  # older exports have none
    user.password = row.text("password", default="") or user.password
    user.full_clean()
    user.save()
    return user


def _cycles_read(row: _Row, where: str) -> list[_CycleData]:
    values = row.items("cycles")
    cycles = []
    for number, value in enumerate(values, start=1):
        cycle_where = f"{where} cycle {number}"
        with _at(cycle_where):
            cycle = _Row(value)
            closed_on = cycle.day("closed_on", required=False)
            if closed_on is None and number < len(values):
                raise _Bad("closed_on is missing: only the last period can still be open.")
            attempts = []
            for attempt_number, attempt_value in enumerate(cycle.items("exam_attempts"), start=1):
                attempt_where = f"{cycle_where} exam attempt {attempt_number}"
                with _at(attempt_where):
                    attempt = _Row(attempt_value)
                    attempts.append((attempt_where, attempt.day("taken_on"), attempt.boolean("passed")))
            cycles.append(
                _CycleData(
                    where=cycle_where,
                    printed_expires_on=cycle.day("printed_expires_on", required=False),
                    closed_on=closed_on,
                    closed_by=cycle.text("closed_by", default=""),
                    next_expires_on=cycle.day("next_expires_on", required=False),
                    attempts=attempts,
                )
            )
    return cycles


def _cycle_replay(credential: Credential, data: _CycleData, *, today: dt.date) -> None:
    """Replay one period with the dates in the file, judged against the real today."""
    cycle = credential.cycles.open().get()
    for where, taken_on, passed in data.attempts:
        with _at(where):
            services.exam_attempt_record(cycle=cycle, taken_on=taken_on, passed=passed, today=today)
    cycle.refresh_from_db()
    if data.closed_on and cycle.is_open:
        with _at(data.where):
            services.cycle_recertify(
                cycle=cycle,
                recertified_on=data.closed_on,
                route=data.closed_by,
                new_expires_on=data.next_expires_on,
                today=today,
                replay=True,
            )


def _certificate_read(row: _Row, archive: zipfile.ZipFile | None) -> SimpleUploadedFile | None:
    value = row.get("certificate")
    if value is None:
        return None
    certificate = _Row(value, prefix="certificate.")
    name = certificate.text("name")
    if certificate.get("path") is not None:
        path = certificate.text("path")
        if archive is None:
            raise _Bad("certificate.path names a file of an archive, but this is not a zip archive.")
        try:
            member = archive.getinfo(path)
        except KeyError:
            raise _Bad(f"certificate.path {_show(path)} is not in the archive.") from None
        try:
            content = _member_read(archive, member, limit=settings.CERTIFICATE_MAX_BYTES)
        except _Bad as error:
            raise _Bad(f"certificate file {_show(path)} {error}") from None
        except (OSError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError) as error:
            raise _Bad(f"certificate file {_show(path)} cannot be read ({error}).") from None
    else:
        encoded = certificate.text("content_base64")
        try:
            content = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise _Bad("certificate.content_base64 is not valid base64.") from None
    return SimpleUploadedFile(name, content)


@contextlib.contextmanager
def _at(where: str) -> Iterator[None]:
    """Name the row of any problem raised inside: "activity 3: amount is not a number"."""
    try:
        yield
    except _RowError:
        raise
    except _Bad as error:
        raise _RowError(f"{where}: {error}") from None
    except ValidationError as error:
        raise _RowError(f"{where}: {_words(error)}") from None
    except (ArithmeticError, ValueError, TypeError, KeyError, DatabaseError) as error:
        # Not expected once the values are checked; still a message, never a traceback.
        raise _RowError(f"{where}: cannot be imported ({type(error).__name__}: {error}).") from None


def _words(error: ValidationError) -> str:
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(messages) if field == NON_FIELD_ERRORS else f"{field}: {' '.join(messages)}"
        for field, messages in error.message_dict.items()
    )


# --------------------------------------------------------------------------- typed values


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_REQUIRED = object()


class _Row:
    """One object of the file, read a key at a time, each value checked for its JSON type.

    A key that is missing, or null, takes the default when there is one and is an error when
    there is none.
    """

    def __init__(self, value: Any, *, prefix: str = ""):
        if not isinstance(value, dict):
            what = f"{prefix.rstrip('.')} " if prefix else ""
            raise _Bad(f"{what}must be a JSON object, not {_show(value)}.")
        self.data = value
        self.prefix = prefix

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def _value(self, key: str, default: Any) -> Any:
        value = self.data.get(key)
        if value is None and default is _REQUIRED:
            raise _Bad(f"{self.prefix}{key} is missing.")
        return value

    def text(self, key: str, *, default: Any = _REQUIRED) -> Any:
        value = self._value(key, default)
        if value is None:
            return default
        return _text(value, f"{self.prefix}{key}")

    def boolean(self, key: str, *, default: Any = _REQUIRED) -> bool:
        value = self._value(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise _Bad(f"{self.prefix}{key} must be true or false, not {_show(value)}.")
        return value

    def day(self, key: str, *, required: bool = True) -> dt.date | None:
        value = self._value(key, _REQUIRED if required else None)
        if value is None:
            return None
        text = _text(value, f"{self.prefix}{key}")
        if not _DAY.fullmatch(text):
            raise _Bad(f"{self.prefix}{key} must be a date written YYYY-MM-DD, not {_show(value)}.")
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise _Bad(f"{self.prefix}{key} is not a real date: {_show(value)}.") from None

    def decimal(self, key: str, *, required: bool = True, signed: bool = False) -> Decimal | None:
        """A number; a negative one only when ``signed`` (its range is then for the caller to check)."""
        value = self._value(key, _REQUIRED if required else None)
        if value is None:
            return None
        return _decimal(value, f"{self.prefix}{key}", signed=signed)

    def integer(self, key: str) -> int | None:
        value = self._value(key, None)
        if value is None:
            return None
        if type(value) is not int:
            raise _Bad(f"{self.prefix}{key} must be a whole number, not {_show(value)}.")
        return value

    def key(self, key: str) -> int | str:
        value = self._value(key, _REQUIRED)
        if type(value) is str:
            return _text(value, f"{self.prefix}{key}")
        if type(value) is not int:
            raise _Bad(f"{self.prefix}{key} must be a number or text, not {_show(value)}.")
        return value

    def items(self, key: str) -> list:
        value = self._value(key, None)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _Bad(f"{self.prefix}{key} must be a list, not {_show(value)}.")
        return value

    def keys(self, key: str) -> list:
        keys = []
        for value in self.items(key):
            if type(value) not in (int, str):
                raise _Bad(f"{self.prefix}{key} must list credential keys, not {_show(value)}.")
            keys.append(_text(value, f"{self.prefix}{key}") if isinstance(value, str) else value)
        return keys

    def amounts(self, key: str) -> dict[str, Decimal]:
        value = self._value(key, None)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise _Bad(f"{self.prefix}{key} must be a JSON object, not {_show(value)}.")
        return {
            _text(name, f"{self.prefix}{key}"): _decimal(amount, f"{self.prefix}{key}.{name}")
            for name, amount in value.items()
        }


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{what} must be text, not {_show(value)}.")
    if "\x00" in value:
        raise _Bad(f"{what} contains a NUL character, which cannot be stored.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(f"{what} contains an invalid character (a lone surrogate).") from None
    return value


def _decimal(value: Any, what: str, *, signed: bool = False) -> Decimal:
    """An amount: a finite decimal written as text ("2.5") or as a JSON number (2.5)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise _Bad(f"{what} must be a number, not {_show(value)}.")
    if isinstance(value, str):
        if not _NUMBER.fullmatch(value.strip()):
            raise _Bad(f"{what} is not a number: {_show(value)}.")
        number = Decimal(value.strip())
    elif isinstance(value, float):  # from a plain json.load; its shortest spelling, not binary
        number = Decimal(repr(value))
    else:
        number = Decimal(value)
    if not number.is_finite():
        raise _Bad(f"{what} must be a finite number, not {_show(value)}.")
    if number < 0 and not signed:
        raise _Bad(f"{what} must not be negative: {_show(value)}.")
    return number


def _list_of(data: dict, key: str) -> list:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(f"{key} must be a list, not {_show(value)}.")
    return value


def _show(value: Any) -> str:
    """A value as the file spells it, shortened: "False" (text) is not false (a boolean)."""
    if isinstance(value, Decimal):  # a number of the file (NaN and Infinity too)
        return str(value)
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (ValueError, TypeError):
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _str(value) -> str | None:
    return None if value is None else str(value)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
