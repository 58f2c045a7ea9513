"""The session engine (SESSION_ENGINE = "accounts.sessions"): sessions in the database with the
logged-in person's id in a column of its own. django_session keeps only encoded data, so a
person's sessions in other browsers could not be found to delete with them."""

from accounts.models import SessionStore

__all__ = ["SessionStore"]
