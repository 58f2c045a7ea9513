import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from credentials.portability import person_import


class Command(BaseCommand):
    help = "Import one person from a JSON file made by export_person. Writes nothing on error."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--email", help="Import under this email instead of the one in the file.")

    def handle(self, *args, file, email=None, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            user = person_import(data=data, email=email)
        except ValidationError as error:
            raise CommandError(f"Nothing imported: {'; '.join(error.messages)}") from None
        except (KeyError, TypeError, ValueError) as error:
            raise CommandError(f"Nothing imported: the file is incomplete or damaged ({error!r}).") from None
        self.stdout.write(self.style.SUCCESS(f"Imported {user.email}."))
