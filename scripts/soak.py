"""Soak test: under concurrent load, with a worker killed mid-run, Recert loses no acknowledged
write and doubles none.

What it proves. It starts its own server on 127.0.0.1 (a fresh database, ``manage.py migrate``,
``collectstatic``, gunicorn with production settings, DEBUG off), makes one account per session,
and runs N concurrent browser-like sessions for a fixed time. Each session logs in through the
real login form, adds a credential through the real form, then loops over a random mix: log a CE
activity (every field filled from the parsed form, every hidden input sent back as it came), the
same filled form posted twice at once (a double click) and sometimes replayed afterwards, an
activity with a PDF certificate, and reads (dashboard, activity list, credential page, summary
PDF). At half time one gunicorn worker is killed with SIGKILL. Afterwards the server is stopped
and the database read directly:

* every acknowledged write (a POST answered by a redirect that is not to the login page, or by a
  page showing success) is stored exactly once: ``lost`` counts those missing;
* no title is stored more than once (a double-submitted form counts once): ``duplicated``;
* every acknowledged upload has its certificate file on disk;
* no response was a 5xx, and no connection failed except requests in flight on the killed worker.

A client retries nothing, except that after a connection error it may send the same form (same
tokens) once more, as a person pressing the button again would; that must not double anything.

Run it (loopback only, bounded by --hard-timeout):

    .venv/bin/python scripts/soak.py --sessions 20 --seconds 60 --workers 4
    bash scripts/with-postgres.sh .venv/bin/python scripts/soak.py --sessions 20 --seconds 60 --workers 4

The database is a new SQLite file in a temporary directory unless --database-url is given or
TEST_DATABASE_URL / DATABASE_URL is set (scripts/with-postgres.sh sets TEST_DATABASE_URL). For
PostgreSQL a new database is created next to the given one and dropped afterwards (the given one
is used only if it cannot be created, and only when it holds no accounts). --json writes every
figure to a file. Exit status: 0 when nothing was lost, doubled or failed; 1 when the app failed
a check; 2 when the soak itself could not run.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import datetime as dt
import http.client
import http.cookiejar
import io
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
CLIENT_TIMEOUT = 60  # seconds for one request; gunicorn's own worker timeout is 30
ACTIVITY_TABLE = "credentials_ceactivity"  # credentials.models.CEActivity
CREDENTIAL_TABLE = "credentials_credential"
USER_TABLE = "accounts_user"
TITLE_PREFIX = "soak-"
PROGRAMS = ("ccma-nha", "cma-aama", "rma-amt", "cmac-amca")  # built-in credentials that count CE
UNITS = ("contact_hours", "nha_credits")
AMOUNTS = ("0.50", "1.00", "1.25", "1.50", "2.00")
# The loop's mix of operations and their weights.
MIX = {
    "activity": 30,
    "double": 12,
    "upload": 10,
    "dashboard": 14,
    "activity_list": 12,
    "credential_detail": 10,
    "summary_pdf": 8,
    "activity_form_only": 4,
}


class SoakError(Exception):
    """The soak could not run (server did not start, setup failed): not a verdict on the app."""


class HardTimeout(BaseException):
    """Raised in the main thread by SIGALRM when the whole run exceeds --hard-timeout."""


# --------------------------------------------------------------------------- HTML forms


@dataclasses.dataclass
class Field:
    tag: str  # input, select, textarea, button
    type: str  # the input/button type; "select" or "textarea" for those
    name: str
    value: str = ""
    checked: bool = False
    disabled: bool = False
    multiple: bool = False
    options: list[tuple[str, bool]] = dataclasses.field(default_factory=list)  # (value, selected)


@dataclasses.dataclass
class Form:
    attrs: dict[str, str]
    fields: list[Field] = dataclasses.field(default_factory=list)

    @property
    def method(self) -> str:
        return (self.attrs.get("method") or "get").lower()

    @property
    def multipart(self) -> bool:
        return (self.attrs.get("enctype") or "").lower() == "multipart/form-data"

    def named(self, name: str) -> list[Field]:
        return [f for f in self.fields if f.name == name]

    def choices(self, name: str) -> list[str]:
        """The values a select, or a group of radios or checkboxes, offers."""
        values = []
        for field in self.named(name):
            values += [v for v, _ in field.options] if field.tag == "select" else [field.value]
        return values

    def hidden(self) -> list[tuple[str, str]]:
        return [(f.name, f.value) for f in self.fields if f.type == "hidden" and f.name and not f.disabled]

    def successful(self) -> list[tuple[str, str]]:
        """The name/value pairs a browser sends for this form as it stands (HTML's "successful
        controls"), without a submit button and without file inputs."""
        pairs = []
        for f in self.fields:
            if (
                not f.name
                or f.disabled
                or f.tag == "button"
                or f.type in ("submit", "image", "reset", "file")
            ):
                continue
            if f.type in ("checkbox", "radio"):
                if f.checked:
                    pairs.append((f.name, f.value or "on"))
            elif f.tag == "select":
                chosen = [v for v, selected in f.options if selected]
                if not chosen and not f.multiple and f.options:
                    chosen = [f.options[0][0]]
                pairs += [(f.name, v) for v in chosen]
            else:
                pairs.append((f.name, f.value))
        return pairs

    def fill(self, values: dict[str, str | None]) -> list[tuple[str, str]]:
        """The successful pairs with ``values`` put in (None: leave the control empty or
        unticked). Every hidden input is sent as it came and cannot be overridden; a name the
        form does not have, or a choice it does not offer, is an error: the page changed."""
        hidden = {name for name, _ in self.hidden()}
        pairs = self.successful()
        for name, value in values.items():
            if name in hidden:
                raise ValueError(f"refusing to override hidden input {name!r}")
            controls = self.named(name)
            if not controls:
                raise ValueError(f"the form has no field {name!r}")
            offered = (
                self.choices(name) if controls[0].tag == "select" or controls[0].type == "radio" else None
            )
            if value is not None and offered is not None and value not in offered:
                raise ValueError(f"{name!r} does not offer {value!r} (offers {offered})")
            positions = [i for i, (n, _) in enumerate(pairs) if n == name]
            at = positions[0] if positions else len(pairs)
            pairs = [p for p in pairs if p[0] != name]
            if value is not None:
                pairs.insert(at, (name, value))
        return pairs

    def file_inputs(self) -> list[str]:
        return [f.name for f in self.fields if f.type == "file" and f.name and not f.disabled]

    def submitter(self, label: str | None = None) -> list[tuple[str, str]]:
        """The pair a named submit button adds when clicked (the first one, or the one whose
        name or value is ``label``); empty for an unnamed button."""
        for f in self.fields:
            if f.type == "submit" and not f.disabled and (label is None or label in (f.name, f.value)):
                return [(f.name, f.value)] if f.name else []
        return []


class FormParser(HTMLParser):
    """Every form of a page with all its controls, hidden ones included; a control outside a
    form joins the form its ``form`` attribute names."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._by_id: dict[str, Form] = {}
        self._orphans: list[tuple[str, Field]] = []
        self._select: Field | None = None
        self._option: list | None = None  # [value or None, selected, text]
        self._textarea: Field | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = Form(a)
            self.forms.append(self._form)
            if a.get("id"):
                self._by_id[a["id"]] = self._form
        elif tag == "input":
            kind = (a.get("type") or "text").lower()
            self._add(a, Field("input", kind, a.get("name", ""), a.get("value", ""), "checked" in a))
        elif tag == "button":
            kind = (a.get("type") or "submit").lower()
            self._add(a, Field("button", kind, a.get("name", ""), a.get("value", "")))
        elif tag == "select":
            self._select = Field("select", "select", a.get("name", ""), multiple="multiple" in a)
            self._add(a, self._select)
        elif tag == "option" and self._select is not None:
            self._end_option()
            self._option = [a.get("value"), "selected" in a, ""]
        elif tag == "textarea":
            self._textarea = Field("textarea", "textarea", a.get("name", ""))
            self._add(a, self._textarea)

    def _add(self, attrs: dict[str, str], field: Field) -> None:
        field.disabled = "disabled" in attrs
        if attrs.get("form"):
            self._orphans.append((attrs["form"], field))
        elif self._form is not None:
            self._form.fields.append(field)

    def _end_option(self) -> None:
        if self._option is not None and self._select is not None:
            value, selected, text = self._option
            self._select.options.append((text.strip() if value is None else value, selected))
        self._option = None

    def handle_data(self, data):
        if self._option is not None:
            self._option[2] += data
        elif self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._end_option()
        elif tag == "select":
            self._end_option()
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            # HTML drops one newline right after <textarea>.
            self._textarea.value = self._textarea.value.removeprefix("\r\n").removeprefix("\n")
            self._textarea = None

    def close(self):
        super().close()
        for form_id, field in self._orphans:
            if form_id in self._by_id:
                self._by_id[form_id].fields.append(field)


def find_form(page: str, field_name: str) -> Form:
    """The POST form of ``page`` that has a control named ``field_name``."""
    parser = FormParser()
    parser.feed(page)
    parser.close()
    for form in parser.forms:
        if form.method == "post" and form.named(field_name):
            return form
    raise ValueError(f"no POST form with a {field_name!r} field on the page")


def encode_multipart(
    pairs: list[tuple[str, str]], files: list[tuple[str, str, str, bytes]]
) -> tuple[bytes, str]:
    """multipart/form-data as a browser sends it; ``files`` holds (name, filename, type, data),
    a file input left empty is (name, "", "application/octet-stream", b"")."""
    boundary = f"----RecertSoak{secrets.token_hex(12)}"

    def quote(text: str) -> str:
        return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")

    out = io.BytesIO()
    for name, value in pairs:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{quote(name)}"\r\n\r\n'.encode())
        out.write(value.encode() + b"\r\n")
    for name, filename, content_type, data in files:
        out.write(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{quote(name)}"; '
            f'filename="{quote(filename)}"\r\nContent-Type: {content_type}\r\n\r\n'.encode()
        )
        out.write(data + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def encode_form(form: Form, pairs: list[tuple[str, str]], files=()) -> tuple[bytes, str]:
    """The body for ``form``: multipart when its enctype says so, with every file input (several
    files under one name for a ``multiple`` input; an input given none is sent empty)."""
    if not form.multipart:
        return urllib.parse.urlencode(pairs).encode(), "application/x-www-form-urlencoded"
    parts = []
    for name in form.file_inputs():
        given = [part for part in files if part[0] == name]
        parts += given or [(name, "", "application/octet-stream", b"")]
    return encode_multipart(pairs, parts)


def page_text(body: str, limit: int = 400) -> str:
    """A page's visible text, squeezed, for reports."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()
    return text[:limit]


ERROR_TEXT = re.compile(
    r'(?is)<(?:div|span|p|li|strong)[^>]*class="[^"]*(?:invalid-feedback|errorlist|alert-danger)[^"]*"[^>]*>(.*?)</'
)


def form_errors(body: str) -> str:
    """The error messages of a re-rendered form, for reports."""
    found = ERROR_TEXT.findall(body)
    return "; ".join(page_text(e, 120) for e in found[:4]) or page_text(body, 200)


# --------------------------------------------------------------------------- statistics


@dataclasses.dataclass
class ConnectionFailure:
    kind: str
    path: str
    started: float
    ended: float
    error: str


class Stats:
    """Every request's kind, status and latency, shared by all threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = collections.defaultdict(list)
        self.statuses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.failures: list[ConnectionFailure] = []
        self.server_errors: list[dict] = []  # 5xx responses, with an excerpt
        self.anomalies: collections.Counter = collections.Counter()
        self.anomaly_samples: dict[str, str] = {}

    def record(self, kind: str, status: str, seconds: float) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            self.statuses[kind][status] += 1

    def anomaly(self, what: str, sample: str = "") -> None:
        with self.lock:
            self.anomalies[what] += 1
            self.anomaly_samples.setdefault(what, sample)

    def total_by_status(self) -> collections.Counter:
        total = collections.Counter()
        for counter in self.statuses.values():
            total.update(counter)
        return total


@dataclasses.dataclass
class TitleRecord:
    session: int
    how: str  # single, double, upload
    with_file: bool = False
    posts: int = 0
    acks: int = 0
    outcomes: collections.Counter = dataclasses.field(default_factory=collections.Counter)


class Ledger:
    """What the clients were told: each activity title sent, and whether it was acknowledged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.titles: dict[str, TitleRecord] = {}

    def sent(self, title: str, session: int, how: str, with_file: bool = False) -> None:
        with self.lock:
            self.titles[title] = TitleRecord(session, how, with_file)

    def outcome(self, title: str, outcome: str) -> None:
        with self.lock:
            record = self.titles[title]
            record.posts += 1
            record.outcomes[outcome] += 1
            if outcome == "acknowledged":
                record.acks += 1

    def acknowledged(self) -> dict[str, TitleRecord]:
        with self.lock:
            return {t: r for t, r in self.titles.items() if r.acks}


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else 0.0


# --------------------------------------------------------------------------- HTTP client


# No proxy from the environment: every request goes straight to the loopback server.
LOOPBACK = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a 3xx comes back as it is; the session decides what to follow


@dataclasses.dataclass
class Response:
    status: int  # 0 for a connection error or a timeout
    body: bytes = b""
    location: str = ""
    error: str = ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def location_path(self) -> str:
        return urllib.parse.urlsplit(self.location).path


class Client:
    """One browser: its own cookie jar, no automatic redirects, one connection a request."""

    def __init__(self, base: str, stats: Stats):
        self.base = base
        self.stats = stats
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect
        )

    def request(
        self, kind: str, path: str, data: bytes | None = None, content_type: str = "", referer: str = ""
    ) -> Response:
        url = urllib.parse.urljoin(self.base, path)
        headers = {"User-Agent": "recert-soak/1"}
        if data is not None:
            headers |= {"Content-Type": content_type, "Referer": referer or url}
        method = "GET" if data is None else "POST"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=CLIENT_TIMEOUT) as answer:
                response = Response(answer.status, answer.read(), answer.headers.get("Location", ""))
        except urllib.error.HTTPError as answer:  # every non-2xx status, redirects included
            with answer:
                body = answer.read()
            response = Response(answer.code, body, answer.headers.get("Location", ""))
        except (http.client.HTTPException, OSError) as error:  # URLError is an OSError
            reason = getattr(error, "reason", error)
            timeout = "timeout: " if isinstance(reason, TimeoutError) else ""
            response = Response(0, error=f"{timeout}{type(reason).__name__}: {reason}")
        elapsed = time.monotonic() - started
        if response.status == 0:
            label = "timeout" if response.error.startswith("timeout") else "connection error"
            self.stats.record(kind, label, elapsed)
            with self.stats.lock:
                self.stats.failures.append(
                    ConnectionFailure(kind, path, started, started + elapsed, response.error)
                )
        else:
            self.stats.record(kind, str(response.status), elapsed)
            if response.status >= 500:
                with self.stats.lock:
                    self.stats.server_errors.append(
                        {
                            "kind": kind,
                            "path": path,
                            "status": response.status,
                            "body": page_text(response.text),
                            "started": started,
                            "ended": started + elapsed,
                        }
                    )
        return response

    def submit(self, kind: str, path: str, form: Form, pairs, files=()) -> Response:
        """POST ``form`` of the page at ``path`` to its action, as a browser would."""
        page = urllib.parse.urljoin(self.base, path)
        action = urllib.parse.urljoin(page, form.attrs.get("action") or page)
        body, content_type = encode_form(form, pairs, files)
        return self.request(kind, action, body, content_type, referer=page)


# --------------------------------------------------------------------------- one session


def small_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.drawString(72, 720, "Certificate of completion: Recert soak test, 1.0 contact hour")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@dataclasses.dataclass
class Shared:
    base: str
    stats: Stats
    ledger: Ledger
    password: str
    pdf: bytes
    today: dt.date
    strip_hidden: tuple[str, ...] = ()  # hidden inputs withheld on purpose (--strip-hidden)
    go: threading.Event = dataclasses.field(default_factory=threading.Event)  # set: the load starts
    stop_at: float = 0.0  # monotonic time the sessions stop starting new operations
    sessions: list[Session] = dataclasses.field(default_factory=list)
    setup_failures: list[str] = dataclasses.field(default_factory=list)


class Session(threading.Thread):
    mix = MIX  # operation: weight

    def __init__(self, number: int, email: str, shared: Shared, seed: int):
        super().__init__(name=f"session-{number}", daemon=True)
        self.number = number
        self.email = email
        self.shared = shared
        self.stats = shared.stats
        self.random = random.Random(seed)
        self.client = Client(shared.base, shared.stats)
        self.credential_id: int | None = None
        self.ready = False  # logged in, with a credential
        self.count = 0
        self.operations: collections.Counter = collections.Counter()

    def run(self):
        try:
            self.setup()
        except Exception as error:  # the session cannot load the app: reported, not raised
            with self.stats.lock:
                self.shared.setup_failures.append(f"session {self.number}: {error}")
            return
        self.ready = True
        self.shared.go.wait()
        while time.monotonic() < self.shared.stop_at:
            operation = self.choose_operation()
            self.operations[operation] += 1
            try:
                getattr(self, f"do_{operation}")()
            except ValueError as error:  # a page that could not be parsed or filled
                self.stats.anomaly(f"{operation}: page not as expected", str(error)[:300])
            except Exception as error:  # a bug of this script: reported, and the session goes on
                self.stats.anomaly(f"{operation}: soak client {type(error).__name__}", str(error)[:300])

    def choose_operation(self) -> str:
        operations, weights = zip(*self.mix.items(), strict=True)
        return self.random.choices(operations, weights)[0]

    # ---------------------------------------------------------------- setup

    def setup(self) -> None:
        signup = self.client.request("signup", "/accounts/signup/")
        if signup.status != 200:
            self.stats.anomaly("GET /accounts/signup/ not 200", f"{signup.status} {signup.error}")
        page = self.expect_page("login_form", "/accounts/login/")
        form = find_form(page, "username")
        pairs = form.fill({"username": self.email, "password": self.shared.password}) + form.submitter()
        answer = self.client.submit("login", "/accounts/login/", form, pairs)
        if answer.status != 302 or answer.location_path().startswith("/accounts/login/"):
            raise SoakError(f"login refused: {answer.status} {answer.error} {page_text(answer.text, 200)}")
        self.expect_page("dashboard", answer.location or "/")

        for _attempt in range(3):  # the credential is needed for the loop; a connection error retries
            page = self.expect_page("credential_form", "/credentials/add/")
            form = find_form(page, "program")
            programs = [p for p in PROGRAMS if p in form.choices("program")] or form.choices("program")[:1]
            certified_on = self.shared.today - dt.timedelta(days=self.random.randint(200, 330))
            values = {
                "program": self.random.choice(programs),
                "certified_on": certified_on.isoformat(),
                "number": f"SOAK{self.number:04d}",
            }
            answer = self.client.submit(
                "credential_post", "/credentials/add/", form, form.fill(values) + form.submitter()
            )
            if answer.status:
                break
        if answer.status != 302 or answer.location_path().startswith("/accounts/login/"):
            raise SoakError(f"credential not added: {answer.status} {form_errors(answer.text)}")
        dashboard = self.expect_page("dashboard", answer.location or "/")
        found = re.search(r'href="/credentials/(\d+)/"', dashboard)
        if not found:
            raise SoakError("the dashboard does not link the new credential")
        self.credential_id = int(found.group(1))

    def expect_page(self, kind: str, path: str) -> str:
        answer = self.client.request(kind, path)
        if answer.status != 200:
            raise SoakError(f"GET {path}: {answer.status or answer.error}")
        return answer.text

    # ---------------------------------------------------------------- reads

    def read(self, kind: str, path: str, pdf: bool = False) -> None:
        answer = self.client.request(kind, path)
        if answer.status == 302 and answer.location_path().startswith("/accounts/login/"):
            self.stats.anomaly("logged out (redirect to login)", path)
        elif answer.status == 200 and pdf and not answer.body.startswith(b"%PDF-"):
            self.stats.anomaly(f"{kind}: 200 but not a PDF", answer.text[:200])
        elif answer.status not in (0, 200) and answer.status < 500:
            self.stats.anomaly(f"{kind}: unexpected {answer.status}", page_text(answer.text, 200))

    def do_dashboard(self):
        self.read("dashboard", "/")

    def do_activity_list(self):
        self.read("activity_list", "/activities/")

    def do_credential_detail(self):
        self.read("credential_detail", f"/credentials/{self.credential_id}/")

    def do_summary_pdf(self):
        self.read("summary_pdf", f"/credentials/{self.credential_id}/summary.pdf", pdf=True)

    def do_activity_form_only(self):
        self.read("activity_form", "/activities/add/")

    # ---------------------------------------------------------------- writes

    def new_title(self) -> str:
        self.count += 1
        return f"{TITLE_PREFIX}{self.number}-{self.count}"

    def filled_activity(self, title: str) -> tuple[Form, list[tuple[str, str]]] | None:
        """GET the activity form and fill it as a person would; None when the GET failed."""
        answer = self.client.request("activity_form", "/activities/add/")
        if answer.status != 200:
            if answer.status == 302 and answer.location_path().startswith("/accounts/login/"):
                self.stats.anomaly("logged out (redirect to login)", "/activities/add/")
            return None
        form = find_form(answer.text, "title")
        amount = self.random.choice(AMOUNTS)
        completed_on = self.shared.today - dt.timedelta(days=self.random.randint(2, 180))
        units = [u for u in UNITS if u in form.choices("unit")] or form.choices("unit")[:1]
        values: dict[str, str | None] = {
            "title": title,
            "provider": self.random.choice(["NHA", "AAMA e-Learning", "County Hospital", ""]),
            "completed_on": completed_on.isoformat(),
            "amount": amount,
            "unit": self.random.choice(units),
            "notes": f"Soak test activity {title}.",
        }
        if form.named("category"):
            categories = [c for c in form.choices("category") if c and c != "split"]
            split_fields = [f"split_{c}" for c in categories if form.named(f"split_{c}")]
            if "split" in form.choices("category") and len(split_fields) >= 2 and self.random.random() < 0.3:
                first, second = self.random.sample(split_fields, 2)
                half = (Decimal(amount) / 2).quantize(Decimal("0.01"))
                values |= {"category": "split", first: str(half), second: str(Decimal(amount) - half)}
            elif categories:
                values["category"] = self.random.choice(categories)
        if form.named("verified_on_transcript") and self.random.random() < 0.3:
            values["verified_on_transcript"] = "on"
        pairs = [(n, v) for n, v in form.fill(values) if n not in self.shared.strip_hidden]
        return form, pairs + form.submitter()

    def outcome(self, answer: Response, title: str) -> str:
        """What a POST of the activity form was answered with, in the ledger's words."""
        if answer.status == 0:
            return "timeout" if answer.error.startswith("timeout") else "connection error"
        if answer.status in (301, 302, 303):
            if answer.location_path().startswith("/accounts/login/"):
                self.stats.anomaly("logged out (redirect to login)", "POST /activities/add/")
                return "redirect to login"
            return "acknowledged"
        if answer.status == 200:
            text = answer.text
            if 'data-testid="confirm"' in text or "Save anyway" in text:
                self.stats.anomaly("activity POST: asked to confirm (not saved)", page_text(text, 300))
                return "asked to confirm"
            if "alert-success" in text and title in text:
                return "acknowledged"
            self.stats.anomaly("activity POST: form refused", form_errors(text))
            return "form refused"
        return f"status {answer.status}"

    def post_activity(self, kind: str, form: Form, pairs, title: str, files=()) -> Response:
        answer = self.client.submit(kind, "/activities/add/", form, pairs, files)
        result = self.outcome(answer, title)
        self.shared.ledger.outcome(title, result)
        if result == "acknowledged" and answer.location:
            self.read("follow_redirect", answer.location)  # a browser shows the result page
        return answer

    def post_with_one_retry(self, kind: str, form: Form, pairs, title: str, files=()) -> None:
        answer = self.post_activity(kind, form, pairs, title, files)
        if answer.status == 0:  # the person presses the button again: the same form, same tokens
            self.post_activity("retry_post", form, pairs, title, files)

    def do_activity(self):
        title = self.new_title()
        filled = self.filled_activity(title)
        if filled:
            self.shared.ledger.sent(title, self.number, "single")
            self.post_with_one_retry("activity_post", *filled, title)

    def do_upload(self):
        title = self.new_title()
        filled = self.filled_activity(title)
        if filled:
            form, pairs = filled
            if "certificate" not in form.file_inputs():
                raise ValueError("the activity form has no certificate file input")
            self.shared.ledger.sent(title, self.number, "upload", with_file=True)
            files = [("certificate", f"{title}.pdf", "application/pdf", self.shared.pdf)]
            self.post_with_one_retry("upload_post", form, pairs, title, files)

    def do_double(self):
        """A double click: the same filled form posted twice at once, sometimes replayed later."""
        title = self.new_title()
        filled = self.filled_activity(title)
        if not filled:
            return
        form, pairs = filled
        files = []
        if self.random.random() < 0.3:
            files = [("certificate", f"{title}.pdf", "application/pdf", self.shared.pdf)]
        self.shared.ledger.sent(title, self.number, "double", with_file=bool(files))
        barrier = threading.Barrier(2)
        answers: list[Response] = []

        def click():
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=5)
            answers.append(self.post_activity("double_post", form, pairs, title, files))

        other = threading.Thread(target=click, name=f"{self.name}-double", daemon=True)
        other.start()
        click()
        other.join(CLIENT_TIMEOUT + 5)
        if any(a.status == 0 for a in answers):
            self.post_activity("retry_post", form, pairs, title, files)
        if self.random.random() < 0.5:  # back button and submit again, later
            self.post_activity("replay_post", form, pairs, title, files)


# --------------------------------------------------------------------------- the server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def is_postgres(url: str) -> bool:
    return urllib.parse.urlsplit(url).scheme in ("postgres", "postgresql", "pgsql")


def sqlite_path(url: str) -> str:
    """The file of a sqlite URL as dj-database-url reads it: sqlite:////abs/path, sqlite:///relative."""
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path)[1:]


def connect(url: str):
    """A DB-API connection to the database the server used."""
    if is_postgres(url):
        import psycopg

        return psycopg.connect(url, autocommit=True)
    if urllib.parse.urlsplit(url).scheme == "sqlite":
        return sqlite3.connect(sqlite_path(url), timeout=30)
    raise SoakError(f"cannot open {urllib.parse.urlsplit(url).scheme} databases directly")


def children(parent: int) -> list[int]:
    """The pids of a process's children (what ``ps --ppid`` lists), whichever thread forked them."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # The fields after the ")" that closes the command name: state, ppid, ...
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(stat.parent.name))
    return sorted(found)


class Server:
    """A throwaway Recert: temp dir, fresh database, migrate, accounts, gunicorn on loopback."""

    def __init__(self, args: argparse.Namespace, source_url: str | None):
        self.args = args
        self.tmp = Path(tempfile.mkdtemp(prefix="recert-soak-"))
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        self.source_url = source_url
        self.database_url = ""
        self.created_database = ""  # a PostgreSQL database this run created (dropped afterwards)
        self.processes: list[subprocess.Popen] = []
        self.master: subprocess.Popen | None = None
        self.log_path = self.tmp / "gunicorn.log"
        self.bin = Path(sys.executable).parent
        self.media = self.tmp / "media"

    # ---------------------------------------------------------------- preparation

    def prepare_database(self) -> str:
        if not self.source_url:
            self.database_url = f"sqlite:///{self.tmp / 'soak.sqlite3'}"
            return "sqlite (new file)"
        if is_postgres(self.source_url):
            name = f"recert_soak_{secrets.token_hex(4)}"
            try:
                with connect(self.source_url) as conn:
                    conn.execute(f'CREATE DATABASE "{name}"')
            except Exception as error:
                print(f"could not create a database ({error}); using the given one", file=sys.stderr)
            else:
                self.created_database = name
                parts = urllib.parse.urlsplit(self.source_url)
                self.database_url = urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))
                return f"postgresql (new database {name})"
        self.database_url = self.source_url
        users = 0
        with contextlib.suppress(Exception), contextlib.closing(connect(self.database_url)) as conn:
            (users,) = conn.execute(f"SELECT COUNT(*) FROM {USER_TABLE}").fetchone()  # no table: fresh
        if users:
            raise SoakError(f"the given database already holds {users} accounts; give an empty one")
        return f"{urllib.parse.urlsplit(self.database_url).scheme} (given database)"

    def env(self) -> dict[str, str]:
        settings = self.tmp / "soak_settings.py"
        if not settings.exists():
            # DEBUG is off as in production, but the soak speaks plain HTTP on loopback: cookies
            # must not be Secure-only, and nothing may redirect to https.
            settings.write_text(
                "from recert.settings import *  # noqa: F403\n\n"
                "SESSION_COOKIE_SECURE = False\n"
                "CSRF_COOKIE_SECURE = False\n"
                "SECURE_SSL_REDIRECT = False\n"
                "SECURE_HSTS_SECONDS = 0\n"
            )
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "RECERT_", "GUNICORN_"))}
        env.update(
            {
                "PYTHONPATH": os.pathsep.join([str(self.tmp), str(ROOT)]),
                "DJANGO_SETTINGS_MODULE": "soak_settings",
                "DATABASE_URL": self.database_url,
                "DJANGO_DEBUG": "false",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
                "DJANGO_ALLOWED_HOSTS": HOST,
                "DJANGO_SECURE_SSL_REDIRECT": "false",
                "DJANGO_MEDIA_ROOT": str(self.media),
                "DJANGO_STATIC_ROOT": str(self.tmp / "static"),
                "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "DJANGO_EMAIL_FILE_PATH": str(self.tmp / "mail"),
                "RECERT_BASE_URL": self.base,
                "RECERT_TASK_BACKEND": self.args.tasks,
                "RECERT_RATE_SIGNUP_IP": "100000/h",
                "RECERT_RATE_PASSWORD_RESET_IP": "100000/h",
                "RECERT_RATE_PASSWORD_RESET_EMAIL": "100000/h",
                "RECERT_RATE_UPLOAD_USER": "100000/h",
                "GUNICORN_BIND": f"{HOST}:{self.port}",
                "GUNICORN_WORKERS": str(self.args.workers),
                "GUNICORN_GRACEFUL_TIMEOUT": "10",
            }
        )
        env.pop("TEST_DATABASE_URL", None)
        return env

    def manage(self, *command: str, timeout: int = 300, extra_env: dict | None = None) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=self.env() | (extra_env or {}),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode:
            raise SoakError(f"manage.py {command[0]} failed:\n{(done.stdout + done.stderr)[-3000:]}")
        return done.stdout

    def create_accounts(self, emails: list[str], password: str) -> None:
        """The accounts, made directly (the sign-up flow is not what this soak measures)."""
        code = (
            "import json, os\n"
            "from accounts.models import User\n"
            "for number, email in enumerate(json.loads(os.environ['SOAK_EMAILS'])):\n"
            "    User.objects.create_user(\n"
            "        email, os.environ['SOAK_PASSWORD'], full_name=f'Soak Tester {number}'\n"
            "    )\n"
        )
        self.manage(
            "shell", "-c", code, extra_env={"SOAK_EMAILS": json.dumps(emails), "SOAK_PASSWORD": password}
        )

    # ---------------------------------------------------------------- processes

    def start(self) -> None:
        log = self.log_path.open("ab")
        gunicorn = self.bin / "gunicorn"
        if not gunicorn.exists():
            gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
        self.master = subprocess.Popen(
            # No control socket: gunicorn's default ($HOME/.gunicorn/gunicorn.ctl) is one path for every
            # gunicorn of the user, and a new one unlinks the last one's.
            [str(gunicorn), "-c", "gunicorn.conf.py", "--no-control-socket"],
            cwd=ROOT,
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(self.master)
        if self.args.tasks != "immediate":
            self.start_worker()
        self.wait_healthy()

    def start_worker(self, *command: str) -> subprocess.Popen:
        """A background worker beside gunicorn (``manage.py db_worker`` unless told otherwise),
        with the same environment, logging to worker.log; stopped with the server."""
        worker_log = (self.tmp / "worker.log").open("ab")
        process = subprocess.Popen(
            [sys.executable, "manage.py", *(command or ["db_worker"])],
            cwd=ROOT,
            env=self.env(),
            stdout=worker_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.master.poll() is not None:
                raise SoakError(f"gunicorn exited ({self.master.returncode}):\n{self.log_tail()}")
            with (
                contextlib.suppress(OSError, http.client.HTTPException),
                LOOPBACK.open(f"{self.base}/healthz", timeout=5) as answer,
            ):
                if answer.status == 200 and len(self.workers()) >= self.args.workers:
                    return
            time.sleep(0.2)
        raise SoakError(f"no healthy /healthz within 60 s:\n{self.log_tail()}")

    def workers(self) -> list[int]:
        """The pids of gunicorn's workers: the children of its master."""
        return children(self.master.pid) if self.master is not None else []

    def kill_worker(self, rng: random.Random) -> dict:
        workers = self.workers()
        if not workers:
            return {"killed": None, "error": "no worker found"}
        victim = rng.choice(workers)
        killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        respawned = None
        deadline = killed_at + 30
        while time.monotonic() < deadline:
            now = self.workers()
            if victim not in now and len(now) >= len(workers):
                respawned = time.monotonic() - killed_at
                break
            time.sleep(0.05)
        return {"killed": victim, "at": killed_at, "respawned_after_s": respawned}

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    process.send_signal(signal.SIGTERM)
        for process in reversed(self.processes):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=20)
            # Anything left of the group we started (a worker gunicorn did not reap): SIGKILL.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)

    def cleanup(self) -> None:
        """Drop the database this run created and remove the work dir (the server is stopped)."""
        if self.created_database:
            try:
                with connect(self.source_url) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{self.created_database}"')
            except Exception as error:
                print(f"soak: could not drop database {self.created_database}: {error}", file=sys.stderr)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def logged_exceptions(self, limit: int = 5) -> list[str]:
        """The last lines of the tracebacks the app logged (its JSON log lines)."""
        found = []
        with contextlib.suppress(OSError):
            for line in self.log_path.read_text(errors="replace").splitlines():
                if '"exception"' not in line and "Traceback" not in line:
                    continue
                with contextlib.suppress(ValueError):
                    entry = json.loads(line)
                    trace = entry.get("exception", "").strip().splitlines()
                    found.append(f"{entry.get('message', '')} | {' / '.join(trace[-3:])}")
                    continue
                found.append(line[:300])
        return list(dict.fromkeys(found))[:limit]


# --------------------------------------------------------------------------- verification


def verify(server: Server, ledger: Ledger, sessions: list[Session]) -> dict:
    """Read the database directly: each acknowledged title exactly once, none twice, and each
    acknowledged upload's file on disk."""
    with contextlib.closing(connect(server.database_url)) as conn:
        rows = conn.execute(f"SELECT title, certificate FROM {ACTIVITY_TABLE}").fetchall()
        credentials = dict(
            conn.execute(
                f"SELECT u.email, COUNT(c.id) FROM {USER_TABLE} u "
                f"LEFT JOIN {CREDENTIAL_TABLE} c ON c.owner_id = u.id GROUP BY u.email"
            ).fetchall()
        )
    stored: dict[str, list[str]] = collections.defaultdict(list)  # title: the certificate of each row
    for title, certificate in rows:
        stored[title].append(certificate or "")
    acknowledged = ledger.acknowledged()
    with ledger.lock:
        sent = dict(ledger.titles)
    lost = sorted(t for t in acknowledged if t not in stored)
    duplicated = {t: len(files) for t, files in stored.items() if len(files) > 1}
    unexpected = sorted(t for t in stored if t not in sent)
    saved_unacknowledged = sorted(t for t in stored if t in sent and t not in acknowledged)
    missing_files = sorted(
        t
        for t, r in acknowledged.items()
        if r.with_file and t in stored and not all(f and (server.media / f).is_file() for f in stored[t])
    )
    referenced = {f for files in stored.values() for f in files if f}
    on_disk = {str(p.relative_to(server.media)) for p in server.media.rglob("*") if p.is_file()}
    orphans = sorted(on_disk - referenced)  # informational: a refused or rolled-back upload
    wrong_credentials = [
        s.email for s in sessions if s.credential_id is not None and credentials.get(s.email) != 1
    ]
    return {
        "titles_sent": len(sent),
        "acknowledged": len(acknowledged),
        "acknowledged_more_than_once": sum(1 for r in acknowledged.values() if r.acks > 1),
        "rows": sum(len(files) for files in stored.values()),
        "lost": lost,
        "duplicated": duplicated,
        "duplicated_extra_rows": sum(c - 1 for c in duplicated.values()),
        "duplicated_by_how": dict(collections.Counter(sent[t].how for t in duplicated if t in sent)),
        "unexpected_titles": unexpected,
        "saved_unacknowledged": saved_unacknowledged,
        "uploads_acknowledged": sum(1 for r in acknowledged.values() if r.with_file),
        "missing_certificate_files": missing_files,
        "orphan_files": len(orphans),
        "accounts_without_exactly_one_credential": wrong_credentials,
    }


# --------------------------------------------------------------------------- report


def report(result: dict) -> str:
    r = result
    by_status = "  ".join(f"{k}: {v}" for k, v in sorted(r["by_status"].items()))
    conn = r["connection_errors"]
    check = r["check"]
    lines = [
        "",
        f"Recert soak: {r['sessions']} sessions, {r['seconds']} s, {r['workers']} workers, {r['database']}",
        *(
            [f"  SELF-CHECK: hidden inputs withheld: {', '.join(r['strip_hidden'])}"]
            if r["strip_hidden"]
            else []
        ),
        f"  git {r['git']}",
        "",
        f"  {'requests':<34}{r['requests']:>8}   ({r['requests'] / max(r['seconds'], 1):.1f}/s)",
        f"  {'by status':<34}{by_status}",
        f"  {'5xx responses':<34}{r['server_errors']:>8}",
        f"  {'connection errors (killed worker)':<34}{conn['killed_worker']:>8}",
        f"  {'connection errors (other)':<34}{conn['other']:>8}",
        f"  {'timeouts':<34}{conn['timeouts']:>8}",
        f"  {'activity titles sent':<34}{check['titles_sent']:>8}",
        f"  {'acknowledged writes':<34}{check['acknowledged']:>8}   "
        f"(uploads {check['uploads_acknowledged']}, acknowledged more than once "
        f"{check['acknowledged_more_than_once']})",
        f"  {'rows stored':<34}{check['rows']:>8}",
        f"  {'lost':<34}{len(check['lost']):>8}",
        f"  {'duplicated titles':<34}{len(check['duplicated']):>8}   "
        f"(extra rows {check['duplicated_extra_rows']}, by how sent {check['duplicated_by_how']})",
        f"  {'stored but not acknowledged':<34}{len(check['saved_unacknowledged']):>8}",
        f"  {'certificate files missing':<34}{len(check['missing_certificate_files']):>8}",
        f"  {'orphan certificate files':<34}{check['orphan_files']:>8}",
        f"  {'worker killed':<34}{r['kill'].get('killed')!s:>8}   "
        f"(respawned after {r['kill'].get('respawned_after_s') or 0:.2f} s)",
        "",
        f"  {'kind':<20}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}   statuses",
    ]
    for kind, k in sorted(r["kinds"].items()):
        statuses = " ".join(f"{s}:{n}" for s, n in sorted(k["statuses"].items()))
        lines.append(
            f"  {kind:<20}{k['n']:>7}{k['p50_ms']:>9.0f}{k['p95_ms']:>9.0f}{k['max_ms']:>9.0f}   {statuses}"
        )
    if r["anomalies"]:
        lines += ["", "  noticed:"]
        lines += [
            f"    {n:>5} x {what}: {r['anomaly_samples'].get(what, '')[:200]}"
            for what, n in r["anomalies"].items()
        ]
    for failure in r["setup_failures"]:
        lines.append(f"  setup failure: {failure}")
    for sample in r["server_error_samples"]:
        lines.append(f"  5xx {sample['status']} {sample['kind']} {sample['path']}: {sample['body'][:300]}")
    for trace in r["logged_exceptions"]:
        lines.append(f"  logged: {trace[:400]}")
    for title in check["lost"][:10]:
        lines.append(f"  lost: {title}")
    for title, count in list(check["duplicated"].items())[:10]:
        lines.append(f"  duplicated: {title} x{count}")
    lines += ["", f"  verdict: {'PASS' if not r['failures'] else 'FAIL: ' + '; '.join(r['failures'])}", ""]
    return "\n".join(lines)


def git_state() -> str:
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        return f"{head}{' with uncommitted changes' if dirty else ''}"
    return "unknown"


# --------------------------------------------------------------------------- main


def sessions_start(
    server: Server, args: argparse.Namespace, rng: random.Random, shared: Shared, session_class=Session
) -> float:
    """Make the accounts, start the server and the sessions; once every session is set up, the
    load starts for --seconds. Returns when it started (time.monotonic())."""
    emails = [f"soak{n}-{secrets.token_hex(3)}@example.org" for n in range(args.sessions)]
    server.create_accounts(emails, shared.password)
    server.start()
    print(f"soak: gunicorn at {server.base}, workers {server.workers()}", file=sys.stderr)
    sessions = [session_class(n, email, shared, rng.randrange(2**32)) for n, email in enumerate(emails)]
    shared.sessions = sessions
    for session in sessions:
        session.start()
    # The clock starts once every session is logged in with its credential (or gave up).
    setup_deadline = time.monotonic() + 30 + args.sessions
    while time.monotonic() < setup_deadline and any(s.is_alive() and not s.ready for s in sessions):
        time.sleep(0.05)
    started = time.monotonic()
    shared.stop_at = started + args.seconds
    shared.go.set()
    print(
        f"soak: {sum(s.ready for s in sessions)} sessions ready; load for {args.seconds} s", file=sys.stderr
    )
    return started


def sessions_join(shared: Shared) -> list[str]:
    """Wait for every session to finish its last operation; returns the names of any stuck."""
    for session in shared.sessions:
        session.join(max(0.1, shared.stop_at + 2 * CLIENT_TIMEOUT + 10 - time.monotonic()))
    return [s.name for s in shared.sessions if s.is_alive()]


def load(server: Server, args: argparse.Namespace, rng: random.Random, shared: Shared) -> dict:
    """Set the sessions up, run the load for --seconds, kill a worker at half time, wait for
    every session to finish its last operation."""
    started = sessions_start(server, args, rng, shared)
    time.sleep(max(0.0, started + args.seconds / 2 - time.monotonic()))
    kill = {"killed": None} if args.no_kill else server.kill_worker(rng)
    print(f"soak: killed worker {kill.get('killed')} at half time", file=sys.stderr)
    stuck = sessions_join(shared)
    return {"kill": kill, "elapsed": time.monotonic() - started, "stuck": stuck}


def during(started: float, ended: float, windows) -> bool:
    """Whether the span [started, ended] overlaps any of the (start, end) windows."""
    return any(started <= end and ended >= start for start, end in windows)


def judge(
    args, server: Server, shared: Shared, outcome: dict, check: dict, database: str, outages=()
) -> dict:
    """Every figure of the run, and the list of what failed (empty: pass). ``outages``: (start,
    end) windows in which storage was down on purpose; a 503 overlapping one is expected, any
    other 5xx fails."""
    stats = shared.stats
    killed_at = outcome["kill"].get("at")
    in_flight = [f for f in stats.failures if killed_at is not None and f.started <= killed_at <= f.ended]
    timeouts = [f for f in stats.failures if f.error.startswith("timeout")]
    other = [f for f in stats.failures if f not in in_flight and f not in timeouts]
    by_status = stats.total_by_status()
    server_errors = sum(n for s, n in by_status.items() if s.isdigit() and int(s) >= 500)
    expected = [
        e for e in stats.server_errors if e["status"] == 503 and during(e["started"], e["ended"], outages)
    ]
    unexpected = [e for e in stats.server_errors if e not in expected]
    failures = []
    if unexpected:
        failures.append(
            f"{len(unexpected)} 5xx responses{' outside the outages, or not 503' if outages else ''}"
        )
    if check["lost"]:
        failures.append(f"{len(check['lost'])} acknowledged writes lost")
    if check["duplicated"]:
        failures.append(f"{len(check['duplicated'])} titles stored more than once")
    if check["missing_certificate_files"]:
        failures.append(f"{len(check['missing_certificate_files'])} acknowledged certificates missing")
    if other or timeouts:
        failures.append(f"{len(other) + len(timeouts)} connection errors or timeouts not caused by the kill")
    if shared.setup_failures or outcome["stuck"]:
        failures.append(
            f"{len(shared.setup_failures)} sessions failed to set up, {len(outcome['stuck'])} stuck"
        )
    if check["unexpected_titles"] or check["accounts_without_exactly_one_credential"]:
        failures.append("unexpected rows in the database")
    if any("soak client" in what for what in stats.anomalies):
        failures.append("the soak client itself failed (see noticed)")
    return {
        "sessions": args.sessions,
        "seconds": round(outcome["elapsed"], 1),
        "workers": args.workers,
        "database": database,
        "git": git_state(),
        "seed": args.seed,
        "strip_hidden": args.strip_hidden,
        "requests": sum(by_status.values()),
        "by_status": dict(by_status),
        "server_errors": server_errors,
        "server_errors_unexpected": len(unexpected),
        "server_errors_in_outages": len(expected),
        "server_error_samples": (unexpected + expected)[:5],
        "logged_exceptions": server.logged_exceptions() if server_errors else [],
        "connection_errors": {
            "killed_worker": len(in_flight),
            "other": len(other),
            "timeouts": len(timeouts),
            "details": [dataclasses.asdict(f) for f in stats.failures[:20]],
        },
        "kill": {k: v for k, v in outcome["kill"].items() if k != "at"},
        "operations": dict(sum((s.operations for s in shared.sessions), collections.Counter())),
        "kinds": {
            kind: {
                "n": len(values),
                "p50_ms": percentile(values, 0.50) * 1000,
                "p95_ms": percentile(values, 0.95) * 1000,
                "max_ms": max(values) * 1000,
                "statuses": dict(stats.statuses[kind]),
            }
            for kind, values in stats.latency.items()
        },
        "anomalies": dict(stats.anomalies),
        "anomaly_samples": stats.anomaly_samples,
        "setup_failures": shared.setup_failures,
        "stuck_sessions": outcome["stuck"],
        "check": check,
        "failures": failures,
        "work_dir": str(server.tmp) if args.keep else None,
    }


def run(args: argparse.Namespace) -> dict:
    source_url = args.database_url or os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    rng = random.Random(args.seed)
    server = Server(args, source_url)
    shared = Shared(
        base=server.base,
        stats=Stats(),
        ledger=Ledger(),
        password=f"Soak-{secrets.token_urlsafe(12)}",
        pdf=small_pdf(),
        today=dt.date.today(),
        strip_hidden=tuple(args.strip_hidden),
    )
    try:
        try:
            database = server.prepare_database()
            print(f"soak: {database}; work dir {server.tmp}; seed {args.seed}", file=sys.stderr)
            server.manage("migrate", "--noinput")
            server.manage("collectstatic", "--noinput")
            outcome = load(server, args, rng, shared)
        finally:
            shared.go.set()  # a session still waiting (an abort during setup) ends
            shared.stop_at = 0.0
            server.stop()
        check = verify(server, shared.ledger, shared.sessions)
        return judge(args, server, shared, outcome, check, database)
    finally:
        if args.keep:
            print(f"soak: kept {server.tmp} (database {server.database_url})", file=sys.stderr)
        else:
            server.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent logged-in sessions")
    parser.add_argument("--seconds", type=float, default=60, help="how long the load runs")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--database-url", help="default: TEST_DATABASE_URL, DATABASE_URL, else new SQLite")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--tasks", choices=["immediate", "db"], default="immediate", help="task backend")
    parser.add_argument("--seed", type=int, default=random.randrange(2**31), help="for the random mix")
    parser.add_argument("--no-kill", action="store_true", help="do not kill a worker at half time")
    parser.add_argument(
        "--strip-hidden",
        action="append",
        default=[],
        metavar="NAME",
        help="self-check: withhold this hidden input of the activity form (e.g. submission_token) "
        "to see that the soak catches what it protects against; the run is then expected to fail",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work dir and database for a look")
    parser.add_argument("--hard-timeout", type=float, help="abort after this many seconds (default: +300)")
    args = parser.parse_args(argv)
    if args.sessions < 1 or args.workers < 1 or args.seconds <= 0:
        parser.error("--sessions, --workers and --seconds must be positive")

    def interrupted(signum, frame):
        raise HardTimeout(f"hard timeout ({signal.Signals(signum).name})")

    signal.signal(signal.SIGALRM, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    signal.alarm(int(args.hard_timeout or args.seconds + 300))
    try:
        result = run(args)
    except (SoakError, HardTimeout) as error:
        print(f"soak: could not run: {error}", file=sys.stderr)
        return 2
    finally:
        signal.alarm(0)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, default=str))
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
