"""Sessions in the database with the logged-in person's id in a column of its own (Django's
"Extending database-backed session engines"): django_session keeps only encoded data, so a
person's sessions in other browsers could not be found to delete with them."""

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

from recert.models import Session


class SessionStore(DatabaseSessionStore):
    @classmethod
    def get_model_class(cls):
        return Session

    def create_model_instance(self, data):
        session = super().create_model_instance(data)
        try:
            session.user_id = int(data.get(SESSION_KEY))
        except (TypeError, ValueError):
            session.user_id = None
        return session
