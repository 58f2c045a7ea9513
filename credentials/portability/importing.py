"""The person's data in: ``person_import`` replays an export through the services, in one
transaction, naming the first bad row."""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import datetime as dt
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, transaction
from django.utils import timezone

from credentials import services
from credentials.activity_input import ActivityInput
from credentials.models import CEActivity, Credential, Cycle, ReadingHint
from credentials.portability.archive import FORMAT, VERSION, _member_read
from credentials.portability.values import _Bad, _list_of, _Row, _show, _text

# --------------------------------------------------------------------------- import


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
    exclusions = _activities_import(activities, user=user, archive=archive, written=written, today=today)
    by_key = _credentials_import(credentials, user=user, today=today)
    _exclusions_set(exclusions, by_key)
    _reading_hints_import(_list_of(data, "reading_hints"), user=user)  # older exports have none
    _drafts_import(drafts, user=user, archive=archive, written=written)

    # Restored history counts as recorded when each period started: nothing old can be undone.
    for cycle in Cycle.objects.filter(credential__owner=user):
        cycle.created_at = dt.datetime.combine(cycle.starts_on, dt.time(), tzinfo=dt.UTC)
        cycle.save(update_fields=["created_at"])
    return user


def _activities_import(
    activities: list, *, user, archive: zipfile.ZipFile | None, written: list, today: dt.date
) -> list[tuple[str, CEActivity, list]]:
    """Each activity through the service, with its certificate; returns (where, activity, the
    keys of the credentials it must not count toward), set once the credentials exist."""
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
    return exclusions


def _credentials_import(credentials: list, *, user, today: dt.date) -> dict:
    """Each credential through the service, then its periods replayed; returns them by their key."""
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
    return by_key


def _exclusions_set(exclusions: list[tuple[str, CEActivity, list]], by_key: dict) -> None:
    for where, activity, keys in exclusions:
        with _at(where):
            unknown = [k for k in keys if k not in by_key]
            if unknown:
                raise _Bad(f"excluded_from names {_show(unknown[0])}, which is no credential's key.")
            services.activity_exclusions_set(activity=activity, credentials=[by_key[k] for k in keys])


def _reading_hints_import(hints: list, *, user) -> None:
    for number, value in enumerate(hints, start=1):
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


def _drafts_import(drafts: list, *, user, archive: zipfile.ZipFile | None, written: list) -> None:
    """The certificates still in the inbox come back as drafts, read again."""
    for number, value in enumerate(drafts, start=1):
        with _at(f"inbox certificate {number}"):
            upload = _certificate_read(_Row(value), archive)
            if upload is None:  # its file was missing when exported: nothing left to read
                continue
            draft = services.certificate_draft_create(owner=user, file=upload)
            written.append((draft.file.storage, draft.file.name))


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
