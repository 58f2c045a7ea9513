"""Daily run: record and send the reminders due today. Safe to run any number of times a day,
from cron, a systemd timer or a compose service; two at once send each reminder once."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from credentials.reminders import reminders_schedule


class Command(BaseCommand):
    help = "Record the reminders due today for everyone, and enqueue their emails."

    def handle(self, *args, **options):
        people = get_user_model().objects.filter(is_active=True, credentials__isnull=False).distinct()
        recorded = sum(len(reminders_schedule(user=person)) for person in people.iterator())
        self.stdout.write(
            ngettext("%(n)d new reminder recorded.", "%(n)d new reminders recorded.", recorded)
            % {"n": recorded}
        )
