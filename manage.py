#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import secrets
import sys

# Commands that use no database, sign nothing and send nothing run on any machine without
# configuration: the settings otherwise refuse to load without a secret key, allowed hosts and
# the site's address when DEBUG is off.
SELF_CONTAINED_COMMANDS = {"read_certificate"}


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recert.settings")
    if sys.argv[1:2] and sys.argv[1] in SELF_CONTAINED_COMMANDS:
        os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
        os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "localhost")
        os.environ.setdefault("RECERT_BASE_URL", "http://localhost")
        os.environ.setdefault("DJANGO_LOG_STREAM", "stderr")  # stdout is the command's output
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
