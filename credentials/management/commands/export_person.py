import json
import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from credentials.portability import person_archive_write, person_export


class Command(BaseCommand):
    help = (
        "Export one person's credentials, activities and certificates (for backup or moving): JSON, "
        "or with an --output ending in .zip the archive of 'Download all my data' (the JSON, "
        "activities.csv and the certificate files)."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", "-o", help="File to write (default: JSON on standard output).")

    def handle(self, *args, email, output=None, **options):
        try:
            user = get_user_model().objects.get(email__iexact=email)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No person with the email {email}.") from None
        if output and output.lower().endswith(".zip"):
            with open(output, "wb") as handle:
                person_archive_write(user=user, out=handle, include_password=True)
            self.stderr.write(f"Exported {email} to {output}.")
            return
        text = json.dumps(person_export(user=user), indent=2, ensure_ascii=False)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"Exported {email} to {output}.")
        else:
            sys.stdout.write(text + "\n")
