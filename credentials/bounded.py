"""Runs work on a person's file in a forked child with a time limit, a memory ceiling and an
output limit, so that no file can stall or bloat the process that asked (a web or task worker).

The child never touches the database (its connections are dropped at once) and dies with its
parent. Past the wall clock it is killed; past the memory ceiling (RLIMIT_AS) it fails with
MemoryError; past the output limit (RLIMIT_FSIZE on the file it writes) its write fails. Every way
out is an ``Exceeded`` naming the limit, so the caller can tell the person which one and why.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import multiprocessing
import os
import resource
import signal
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.db import connections

# How the child ended, as its exit code (read when the pipe closed before it could say).
_MEMORY, _OUTPUT, _ERROR = 3, 5, 4


class Exceeded(Exception):
    """The work did not finish: ``limit`` is "time", "memory", "output" or "error"; ``detail``
    the exception's name for "error"."""

    def __init__(self, limit: str, detail: str = ""):
        super().__init__(f"{limit} {detail}".strip())
        self.limit, self.detail = limit, detail


def run_bounded(
    work: Callable[..., Any],
    *args: Any,
    max_seconds: float,
    max_memory_mb: int,
    max_output_bytes: int,
    on_message: Callable[..., None] = lambda *message: None,
) -> tuple[Any, str]:
    """Call ``work(say, out_path, *args)`` in a child; returns its (small, picklable) return value
    and the path of the file it wrote at ``out_path`` (the caller deletes it). ``say(*message)``
    passes progress to ``on_message`` in this process. Raises Exceeded."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    handle, path = tempfile.mkstemp(prefix="recert-bounded-")
    os.close(handle)
    child = context.Process(
        target=_child,
        args=(send, path, work, args, max_seconds, max_memory_mb, max_output_bytes),
        daemon=True,
    )
    child.start()
    send.close()
    outcome: tuple | None = None
    kept = False
    deadline = time.monotonic() + max_seconds
    try:
        while outcome is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                child.kill()
                raise Exceeded("time")
            if receive.poll(min(remaining, 0.25)):
                try:
                    message = receive.recv()
                except EOFError:
                    break
                if message[0] == "say":
                    on_message(*message[1:])
                else:
                    outcome = message
            elif not child.is_alive():
                break
        child.join(timeout=5)
        if outcome is None:  # it could not say why: its exit code does (native code that cannot
            # allocate under the ceiling aborts: SIGABRT)
            outcome = {_MEMORY: ("memory",), _OUTPUT: ("output",), -signal.SIGABRT: ("memory",)}.get(
                child.exitcode, ("error", f"exit code {child.exitcode}")
            )
        if outcome[0] != "done":
            raise Exceeded(*outcome)
        kept = True
        return outcome[1], path
    finally:
        if child.is_alive():
            child.kill()
            child.join(timeout=5)
        receive.close()
        if not kept:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _child(send, path, work, args, max_seconds, max_memory_mb, max_output_bytes) -> None:
    # Runs in the forked child: covered by the tests through run_bounded.
    status = _ERROR
    try:
        for connection in connections.all(initialized_only=True):
            connection.connection = None  # never share the parent's database socket
        faulthandler.disable()  # a native abort at the ceiling is reported by the parent, once
        _die_with_parent()
        os.nice(10)  # work on files yields the CPU to web requests on the same machine
        limit = _address_space() + max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        # A child whose parent was killed still stops: CPU seconds, beside the parent's clock.
        cpu = int(max_seconds) + 5
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        # Writing past the output limit fails with EFBIG instead of killing the child unheard.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_output_bytes, max_output_bytes))
        value = work(lambda *message: send.send(("say", *message)), path, *args)
        send.send(("done", value))
        status = 0
    except MemoryError:
        status = _MEMORY  # set first: saying so may itself need memory
        with contextlib.suppress(BaseException):
            send.send(("memory",))
    except OSError as error:
        status = _OUTPUT if error.errno == 27 else _ERROR  # EFBIG: the output limit
        with contextlib.suppress(BaseException):
            send.send(("output",) if status == _OUTPUT else ("error", type(error).__name__))
    except BaseException as error:  # anything else: say what, never hang the parent
        with contextlib.suppress(BaseException):
            send.send(("error", type(error).__name__))
    finally:
        with contextlib.suppress(BaseException):
            send.close()
        os._exit(status)


def _die_with_parent() -> None:
    """Linux: the kernel kills this child if its parent dies (a killed worker leaves no child)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _address_space() -> int:
    """Bytes of virtual memory this process maps now (the ceiling is set above it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def output_read(path: str) -> bytes:
    """The bytes a child wrote, and its file gone."""
    try:
        return Path(path).read_bytes()
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
