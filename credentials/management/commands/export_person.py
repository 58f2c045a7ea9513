import json
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from credentials.portability import person_export


class Command(BaseCommand):
    help = "Export one person's credentials, activities and certificates as JSON (for backup or moving)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")

    def handle(self, *args, email, output=None, **options):
        try:
            user = get_user_model().objects.get(email__iexact=email)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No person with the email {email}.") from None
        text = json.dumps(person_export(user=user), indent=2, ensure_ascii=False)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"Exported {email} to {output}.")
        else:
            sys.stdout.write(text + "\n")
