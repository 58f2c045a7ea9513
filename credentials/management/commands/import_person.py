import contextlib

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from credentials.portability import UnreadableExport, person_file_read, person_import


class Command(BaseCommand):
    help = (
        "Import one person from a file made by export_person: its JSON, or its zip archive (the JSON "
        "with the certificate files, as 'Download all my data' makes it). Writes nothing on error."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--email", help="Import under this email instead of the one in the file.")

    def handle(self, *args, file, email=None, **options):
        try:
            handle = open(file, "rb")  # noqa: SIM115 (closed below, with the archive read from it)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        with handle:
            try:
                data, archive = person_file_read(stream=handle)
            except UnreadableExport as error:
                raise CommandError(f"Cannot read {file}: {error}") from None
            with archive if archive is not None else contextlib.nullcontext():
                try:
                    user = person_import(data=data, email=email, archive=archive)
                except ValidationError as error:
                    raise CommandError(f"Nothing imported: {'; '.join(error.messages)}") from None
        self.stdout.write(self.style.SUCCESS(f"Imported {user.email}."))
