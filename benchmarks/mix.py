"""The load runs of ``benchmarks/pages.py`` beyond one page: a realistic mix, and a morning wave.

* ``mix_run``: wrk against gunicorn with a Lua script that sends, for one logged-in person, 40 %
  dashboards, 40 % activity lists, 15 % saves of an activity through the real edit form (a new
  title each time: CSRF token, session and the proxy's headers as a browser behind it sends) and
  5 % summary PDFs; every second save also moves the activity's date a day back or forth, so half
  of the saves change what counts (evaluated again) and half do not (a title: the stored evaluation
  is kept). Reported as requests per second against the login page's in the same run.
* ``wave_run``: the first morning of many people at once. Each person saw their pages the day
  before, and their own date has moved on by one (``pages.wave_people``: their timezone); then 16
  clients fetch every person's dashboard and activity list once (the wave), and once more (the
  same wave of repeat views). Reported: the wall time of each wave and their ratio.
"""

from __future__ import annotations

import concurrent.futures
import tempfile
import time
import urllib.parse
from pathlib import Path

MIX = (("dashboard", 40), ("list", 40), ("save", 15), ("pdf", 5))
WAVE_CLIENTS = 16

LUA = """
local paths = {dashboard = %(dashboard)s, list = %(list)s, pdf = %(pdf)s}
local edit, form, cookie = %(edit)s, %(form)s, %(cookie)s
local referer = %(referer)s
local days = {%(other_day)s, %(day)s}
local saves = 0
local weights = {%(weights)s}
math.randomseed(%(seed)d + os.time())

request = function()
  local roll, kind = math.random(100), nil
  for _, entry in ipairs(weights) do
    if roll <= entry[2] then kind = entry[1] break end
    roll = roll - entry[2]
  end
  local headers = {["Cookie"] = cookie, ["X-Forwarded-Proto"] = "https"}
  if kind ~= "save" then
    return wrk.format("GET", paths[kind], headers)
  end
  saves = saves + 1
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Referer"] = referer
  local title = "Mix%%20save%%20" .. saves .. "%%20" .. math.random(1000000)
  -- Saves 1 and 2 post the other day (1 changes it), 3 and 4 the first day (3 changes it back) ...
  local day = days[math.floor((saves - 1) / 2) %% 2 + 1]
  return wrk.format("POST", edit, headers, form .. "&title=" .. title .. "&completed_on=" .. day)
end
"""


def edit_form(activity, csrf_token: str) -> str:
    """The edit form's fields for ``activity`` as a browser posts them, title aside (the script adds
    a new one each time), confirmed so that a warning never turns a save into a form again."""
    shares = {share.category: share.amount for share in activity.shares.all()}
    fields = {
        "csrfmiddlewaretoken": csrf_token,
        "provider": activity.provider,
        "completed_on": activity.completed_on.isoformat(),
        "amount": str(activity.amount),
        "unit": activity.unit,
        "notes": activity.notes,
        "confirmed": "1",
    }
    if len(shares) == 1:
        fields["category"] = next(iter(shares))
    else:
        fields["category"] = "split"
        fields |= {f"split_{category}": str(amount) for category, amount in shares.items()}
    if activity.verified_on_transcript:
        fields["verified_on_transcript"] = "on"
    return urllib.parse.urlencode(fields)


def mix_run(
    *, base: str, cookie: str, form: str, paths: dict[str, str], days: tuple[str, str], seed: int, wrk_run
) -> dict:
    """wrk with the mix's Lua script; ``wrk_run(url, headers, script)`` runs it and parses it."""
    weights = ", ".join(f'{{"{kind}", {weight}}}' for kind, weight in MIX)
    script = LUA % {
        "dashboard": _lua(paths["dashboard"]),
        "list": _lua(paths["list"]),
        "pdf": _lua(paths["pdf"]),
        "edit": _lua(paths["edit"]),
        "form": _lua(form),
        "cookie": _lua(cookie),
        "referer": _lua(f"https://{urllib.parse.urlsplit(base).netloc}{paths['edit']}"),
        "weights": weights,
        "day": _lua(days[0]),
        "other_day": _lua(days[1]),
        "seed": seed,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        return wrk_run(f"{base}{paths['dashboard']}", {}, handle.name) | {"mix": dict(MIX)}
    finally:
        Path(handle.name).unlink(missing_ok=True)


def wave_run(*, call, cookies: list[str], paths: list[str]) -> dict:
    """Every person's first views of the morning (``paths`` each, in order) from 16 clients; then
    the same again, now repeat views. ``call(path, cookie)`` answers the status."""

    def morning(cookie: str) -> list[int]:
        return [call(path, cookie) for path in paths]

    def wave() -> tuple[float, list[int]]:
        started = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(WAVE_CLIENTS) as pool:
            statuses = [status for answered in pool.map(morning, cookies) for status in answered]
        return time.perf_counter() - started, statuses

    first, first_statuses = wave()
    repeat, repeat_statuses = wave()
    errors = sum(status != 200 for status in first_statuses + repeat_statuses)
    return {
        "people": len(cookies),
        "pages_each": paths,
        "clients": WAVE_CLIENTS,
        "first_views_s": round(first, 2),
        "repeat_views_s": round(repeat, 2),
        "first_to_repeat": round(first / repeat, 2),
        "errors": errors,
    }


def _lua(text: str) -> str:
    """A Lua string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
