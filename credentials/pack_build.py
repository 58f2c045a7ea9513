"""Builds an audit pack in a child process with a time limit and a memory ceiling.

The worker forks a child that makes the PDF from the already loaded progress (the child never
touches the database) and reports each certificate it starts on a pipe. A child that runs past
the time limit is killed; one that passes the memory ceiling fails with MemoryError. Either
way the worker says which certificate was being packed, and is free for the next job.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import multiprocessing
import os
import resource
import signal
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from django.db import connections

from credentials import pdf
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
    on_certificate: Callable[[int, int, str], None] = lambda number, total, title: None,
) -> str:
    """The path of a temporary file holding the audit pack (the caller stores it, then deletes
    it), or PackBuildError with a reason a person can act on."""
    progress.verdicts  # noqa: B018 (read here, with the activities: the child never touches the database)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    handle, path = tempfile.mkstemp(suffix=".pdf", prefix="recert-pack-")
    os.close(handle)
    child = context.Process(
        target=_child,
        args=(send, path, progress, holder_name, generated_at, max_memory_mb, max_seconds),
        daemon=True,
    )
    child.start()
    send.close()
    current: tuple[int, int, str] | None = None
    outcome: tuple | None = None
    done = ""
    deadline = time.monotonic() + max_seconds
    try:
        while outcome is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                child.kill()
                raise PackBuildError(_blame(f"took longer than {max_seconds:g} seconds", current))
            if receive.poll(min(remaining, 0.25)):
                try:
                    message = receive.recv()
                except EOFError:
                    break
                if message[0] == "certificate":
                    current = message[1:]
                    on_certificate(*current)
                else:
                    outcome = message
            elif not child.is_alive():
                break
        child.join(timeout=5)
        if outcome is None:
            raise PackBuildError(_blame(f"stopped unexpectedly (exit code {child.exitcode})", current))
        if outcome[0] == "memory":
            raise PackBuildError(_blame(f"needed more than {max_memory_mb} MB of memory", current))
        if outcome[0] == "error":
            raise PackBuildError(_blame(f"failed ({outcome[1]})", current))
        done = path
        return path
    finally:
        if child.is_alive():
            child.kill()
            child.join(timeout=5)
        receive.close()
        if done != path:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _blame(what: str, current: tuple[int, int, str] | None) -> str:
    if current is None:
        return f"Building the audit pack {what} while making the summary. Try again later."
    number, total, title = current
    return (
        f"Building the audit pack {what} at certificate {number} of {total}, “{title}”. "
        "Replace that certificate with a smaller scan (300 dpi or less, only the certificate's "
        "pages) and request the pack again."
    )


def _child(send, path, progress, holder_name, generated_at, max_memory_mb, max_seconds) -> None:
    # Runs in the forked child: covered by the tests through build_with_limits.
    status = 0
    try:
        for connection in connections.all(initialized_only=True):
            connection.connection = None  # never share the parent's database socket
        _die_with_parent()
        os.nice(10)  # a build yields the CPU to web requests on the same machine
        budget = max_memory_mb * 1024 * 1024
        limit = _address_space() + budget
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        # A child whose parent was killed still stops: CPU seconds, beside the parent's clock.
        cpu = int(max_seconds) + 5
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        data = pdf.audit_pack_pdf(
            progress=progress,
            holder_name=holder_name,
            generated_at=generated_at,
            on_certificate=lambda number, total, title: send.send(("certificate", number, total, title)),
        )
        Path(path).write_bytes(data)
        send.send(("done",))
    except MemoryError:
        send.send(("memory",))
        status = 3
    except BaseException as error:  # anything else: say what, never hang the worker
        send.send(("error", type(error).__name__))
        status = 4
    finally:
        send.close()
        os._exit(status)


def _die_with_parent() -> None:
    """Linux: the kernel kills this child if the worker dies (a killed worker leaves no build)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _address_space() -> int:
    """Bytes of virtual memory this process maps now (the ceiling is set above it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0
