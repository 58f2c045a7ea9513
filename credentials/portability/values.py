"""Typed values: one object of an export read a key at a time (``_Row``), each value checked for its
JSON type (``_text``, ``_decimal``, ...), and values written back as text (``_str``, ``_iso``)."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError


class _Bad(Exception):
    """One value of the file is wrong: the message says what, the caller says where."""


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
