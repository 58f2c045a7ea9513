"""Builds an audit pack in a bounded child process (credentials/bounded.py).

The child makes the PDF from the already loaded progress (it never touches the database) and
reports each certificate it starts. Past the time limit, the memory ceiling or the output limit,
the build fails saying which limit and which certificate was being packed, and the worker is free
for the next job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from credentials import pdf
from credentials.bounded import Exceeded, run_bounded
from credentials.selectors import CycleProgress


class PackBuildError(Exception):
    """The build did not finish; the message names the limit and the certificate to blame."""


def build_with_limits(
    *,
    progress: CycleProgress,
    holder_name: str,
    generated_at: dt.datetime,
    max_seconds: float,
    max_memory_mb: int,
    max_output_mb: int = 1024,
    on_certificate: Callable[[int, int, str], None] = lambda number, total, title: None,
) -> str:
    """The path of a temporary file holding the audit pack (the caller stores it, then deletes
    it), or PackBuildError with a reason a person can act on."""
    progress.verdicts  # noqa: B018 (read here, with the activities: the child never touches the database)
    current: list[tuple[int, int, str]] = []

    def heard(number: int, total: int, title: str) -> None:
        current[:] = [(number, total, title)]
        on_certificate(number, total, title)

    try:
        _, path = run_bounded(
            _build,
            progress,
            holder_name,
            generated_at,
            max_seconds=max_seconds,
            max_memory_mb=max_memory_mb,
            max_output_bytes=max_output_mb * 1024 * 1024,
            on_message=heard,
        )
    except Exceeded as error:
        what = {
            "time": f"took longer than {max_seconds:g} seconds",
            "memory": f"needed more than {max_memory_mb} MB of memory",
            "output": f"made a file larger than {max_output_mb} MB",
        }.get(error.limit, f"failed ({error.detail})")
        raise PackBuildError(_blame(what, current[0] if current else None)) from None
    return path


def _build(say, path, progress, holder_name, generated_at) -> None:
    data = pdf.audit_pack_pdf(
        progress=progress, holder_name=holder_name, generated_at=generated_at, on_certificate=say
    )
    Path(path).write_bytes(data)


def _blame(what: str, current: tuple[int, int, str] | None) -> str:
    if current is None:
        return f"Building the audit pack {what} while making the summary. Try again later."
    number, total, title = current
    return (
        f"Building the audit pack {what} at certificate {number} of {total}, “{title}”. "
        "Replace that certificate with a smaller scan (300 dpi or less, only the certificate's "
        "pages) and request the pack again."
    )
