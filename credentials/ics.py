"""The calendar feed as iCalendar (RFC 5545), from the selector's events: all-day events with
stable UIDs, what is missing in the description, and alarms at the person's reminder intervals
and the day before."""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event

from credentials.selectors import CalendarEvent

CONTENT_TYPE = "text/calendar; charset=utf-8"


def calendar_ics(*, events: list[CalendarEvent], name: str, url: str, stamp: dt.datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Recert//Credential deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.on)
        event.add("dtend", item.on + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("url", url)
        event.add("transp", "TRANSPARENT")
        for days in item.alarms:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{item.summary} {_in_words(days)}")
            alarm.add("trigger", -dt.timedelta(days=days))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def _in_words(days: int) -> str:
    return {
        0: "today",
        1: "tomorrow",
        7: "in a week",
        30: "in a month",
        90: "in 3 months",
        180: "in 6 months",
    }.get(days, f"in {days} days")
