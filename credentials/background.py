"""Background work by name. The services ask here for the task that does a piece of work
(``task("certificate_draft_read")``); credentials/tasks.py, which calls the services, registers
its tasks here when the app loads. So the layers run one way: tasks → services → this module,
and no service imports the tasks that call it.
"""

from __future__ import annotations

from typing import Any

_TASKS: dict[str, Any] = {}


def register(name: str, task: Any) -> None:
    _TASKS[name] = task


def task(name: str) -> Any:
    """The task registered under ``name``; KeyError names it if the tasks were never loaded
    (CredentialsConfig.ready loads them in every process)."""
    try:
        return _TASKS[name]
    except KeyError:
        raise KeyError(f"No background task {name!r}: credentials.tasks was not loaded") from None
