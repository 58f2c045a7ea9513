"""URL converters."""


class IdConverter:
    """A database id: 1 to 18 ASCII digits. Anything longer than a 64-bit key can hold is no URL
    here (a 404) instead of an integer the database refuses (a 500 on SQLite)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)
