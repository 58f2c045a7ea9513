"""Writes for accounts: sign-up with an emailed activation link, activation, password reset,
and deleting a person with every row and file they own."""

from __future__ import annotations

import hashlib
import logging
import posixpath
from types import SimpleNamespace

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from accounts.models import Session, User
from core.cache_keys import cache_keys_delete
from core.locales import US
from core.throttle import login_username
from credentials.models import AuditPack, CEActivity, CertificateDraft, audit_pack_path, certificate_path
from credentials.renderings import renderings_delete

logger = logging.getLogger(__name__)


class ActivationTokenGenerator(PasswordResetTokenGenerator):
    """The one-time token of an activation link. Its hash holds ``is_active`` (and the last
    log-in), so the link stops working once the account is activated; it expires with
    PASSWORD_RESET_TIMEOUT like a reset link."""

    key_salt = "accounts.services.ActivationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        last_login = "" if user.last_login is None else user.last_login.replace(microsecond=0, tzinfo=None)
        return f"{user.pk}{user.password}{user.is_active}{last_login}{timestamp}{user.email}"


activation_token = ActivationTokenGenerator()


@transaction.atomic
def user_create(
    *, email: str, password: str, full_name: str = "", is_active: bool = True, locale: str = US
) -> User:
    return User.objects.create_user(
        email, password, full_name=full_name.strip(), is_active=is_active, locale=locale
    )


def user_signup(*, email: str, password: str, full_name: str, site_url: str, locale: str = US) -> None:
    """Sign up ``email`` without telling anyone whether it has an account already.

    A new address gets an inactive account and an email with its activation link. An address
    with an account (activated or not) gets nothing created and an email saying it is
    registered, with links to log in and to reset the password. Both hash the password and send
    one email, so neither the response nor its timing tells them apart.
    """
    email = User.objects.normalize_email(email).strip().lower()
    created = None
    with transaction.atomic():
        if not User.objects.filter(email__iexact=email).exists():
            try:
                with transaction.atomic():
                    created = user_create(
                        email=email, password=password, full_name=full_name, is_active=False, locale=locale
                    )
            except (IntegrityError, ValidationError):  # signed up at the same moment elsewhere
                created = None
    if created is None:
        make_password(password)  # the same work as creating the account
        _email_send(
            "account_exists",
            to=email,
            context={
                "login_url": site_url + reverse("login"),
                "password_reset_url": site_url + reverse("password_reset"),
            },
        )
        return
    uid = urlsafe_base64_encode(force_bytes(created.pk))
    token = activation_token.make_token(created)
    _email_send(
        "account_activation",
        to=email,
        context={
            "user": created,
            "activation_url": site_url + reverse("signup_activate", args=[uid, token]),
            "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        },
    )


@transaction.atomic
def user_activate(*, user: User, timezone: str = "") -> User:
    """The person proved they own the address (the activation link). ``timezone``: the zone they
    chose on the way in (their browser's, by default); empty keeps the one the account has."""
    user.is_active = True
    user.timezone = timezone or user.timezone
    user.full_clean()
    user.save(update_fields=["is_active", "timezone"])
    return user


@transaction.atomic
def user_password_reset(*, user: User, password: str) -> User:
    """Set the password chosen through a reset link. An account never activated is activated:
    the link reached its address."""
    user.set_password(password)
    fields = ["password", "unsubscribe_version"]
    if not user.is_active and user.last_login is None:
        user.is_active = True
        fields.append("is_active")
    user.unsubscribe_version += 1  # the unsubscribe links sent so far stop working too
    user.save(update_fields=fields)
    return user


@transaction.atomic
def user_update(*, user: User, full_name: str, timezone: str, locale: str | None = None) -> User:
    """A new date style needs nothing evaluated again: stored progress holds no sentences (they are
    written when shown) and every kept rendering's key names the style (LANGUAGE_CODE)."""
    user.full_name = full_name.strip()
    user.timezone = timezone
    if locale is not None:
        user.locale = locale
    user.full_clean()
    user.save(update_fields=["full_name", "timezone", "locale"])
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete a person with every row they own and, once committed, every file they stored and
    every rendering of their pages kept in the cache.

    The rows cascade from the user: credentials with their periods, exam attempts, audit packs
    and reminders; activities with their category shares; certificates in the inbox; the
    calendar feed and reminder settings. Two kinds of row name the person without a foreign key
    and go in the same transaction: their sessions in every browser (``accounts.sessions``) and
    django-axes's records of log-ins to their address. The files do not cascade, so their names
    are collected first; after the commit they are deleted, and so is anything else left in the
    person's folders (an upload that was under way), and so are what the cache keeps under
    their id or address: their kept renderings and rate-limit counts.
    """
    owner_id, email = user.pk, user.email
    certificates = CEActivity._meta.get_field("certificate").storage
    drafts = CertificateDraft._meta.get_field("file").storage
    packs = AuditPack._meta.get_field("file").storage
    files = [
        *(
            (certificates, name)
            for name in CEActivity.objects.filter(owner_id=owner_id)
            .exclude(certificate="")
            .values_list("certificate", flat=True)
        ),
        *(
            (drafts, name)
            for name in CertificateDraft.objects.filter(owner_id=owner_id).values_list("file", flat=True)
        ),
        *(
            (packs, name)
            for name in AuditPack.objects.filter(cycle__credential__owner_id=owner_id)
            .exclude(file="")
            .values_list("file", flat=True)
        ),
    ]
    folders = [(certificates, _certificate_folder(owner_id)), (packs, _audit_pack_folder(owner_id))]
    Session.objects.filter(user_id=owner_id).delete()
    _login_records_delete(email=email)
    _task_rows_delete(owner_id=owner_id)
    User.objects.filter(pk=owner_id).delete()
    transaction.on_commit(lambda: _stored_elsewhere_delete(owner_id, email, files, folders))


def account_delete(*, user: User) -> None:
    """The person deletes their own account: everything goes (``user_delete``), then an email
    to the address confirms it."""
    email, name = user.email, user.get_short_name()
    user_delete(user=user)
    _email_send("account_deleted", to=email, context={"name": name if name != email else ""})


def _login_records_delete(*, email: str) -> None:
    """Delete django-axes's records (failed tries, lockouts, log-ins, with their client addresses
    and browsers) of every name that is the person's address once normalised as the log-in
    normalises it (``login_username``): "Bob@Example.com " is bob@example.com. The normaliser is
    Python's casefold, which no database lookup matches exactly, so the names are compared here."""
    address = login_username(None, {"username": email})
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        names = model.objects.exclude(username=None).order_by().values_list("username", flat=True).distinct()
        theirs = [name for name in names if login_username(None, {"username": name}) == address]
        if theirs:
            model.objects.filter(username__in=theirs).delete()


def _stored_elsewhere_delete(owner_id: int, email: str, files: list, folders: list) -> None:
    _files_delete(files, folders)
    try:
        renderings_delete(owner_id=owner_id)
        _rate_counts_delete(keys=[str(owner_id), email])
    except Exception:  # the rows are gone; what is cached expires within a day
        logger.exception("Could not delete what the cache keeps of deleted person %s", owner_id)


def _rate_counts_delete(*, keys: list[str]) -> None:
    """The rate-limit counts kept under the person's id or address, in every scope (written by
    core.throttle.rate_hit as rate:<scope>:<digest of the key>:<window>)."""
    cache = caches[settings.RECERT_RATE_CACHE]
    for scope in settings.RECERT_RATES:
        for key in keys:
            digest = hashlib.sha256(key.casefold().encode()).hexdigest()[:32]
            cache_keys_delete(cache=cache, prefix=f"rate:{scope}:{digest}:")


def _files_delete(files: list, folders: list) -> None:
    for storage, name in files:
        _file_delete(storage, name)
    for storage, folder in folders:
        _folder_empty(storage, folder)


def _folder_empty(storage, folder: str) -> None:
    """Delete every file under ``folder``, in its subfolders too (the inbox's previews)."""
    try:
        subfolders, names = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError, OSError):
        return
    for name in names:
        _file_delete(storage, posixpath.join(folder, name))
    for subfolder in subfolders:
        _folder_empty(storage, posixpath.join(folder, subfolder))


def _file_delete(storage, name: str) -> None:
    try:
        storage.delete(name)
    except Exception:  # one file that cannot go must not keep the others
        logger.exception("Could not delete %s of a deleted person", name)


def _task_rows_delete(*, owner_id: int) -> None:
    """Background-job records naming the person (the weekly digest's ``user_id``); the others
    name rows that cascade away, never the person."""
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(args_kwargs__kwargs__user_id=owner_id).delete()


def _certificate_folder(owner_id: int) -> str:
    return posixpath.dirname(certificate_path(SimpleNamespace(owner_id=owner_id), "certificate.pdf"))


def _audit_pack_folder(owner_id: int) -> str:
    pack = SimpleNamespace(cycle=SimpleNamespace(credential=SimpleNamespace(owner_id=owner_id)))
    return posixpath.dirname(audit_pack_path(pack, "audit-pack.pdf"))


def _email_send(template: str, *, to: str, context: dict) -> None:
    """One plain-text email from templates/email/<template>.txt and <template>_subject.txt."""
    subject = render_to_string(f"email/{template}_subject.txt", context).strip()
    body = render_to_string(f"email/{template}.txt", context)
    send_mail(subject, body, None, [to])
