"""The activity list's filters, declared once with django-filter: validated by ``ActivityFilterForm``
(labels, widgets, the checks across fields), applied by the selectors' rules-aware lookups."""

from __future__ import annotations

import hashlib

import django_filters
from django.db.models import QuerySet
from django.utils.formats import date_format

from credentials import rules, selectors
from credentials.forms import DATE_INPUT, ActivityFilterForm
from credentials.models import Category, CEActivity, Credential, Cycle, Kind

SORTS = [
    ("-completed_on", "Newest first"),
    ("completed_on", "Oldest first"),
    ("title", "Title A–Z"),
    ("-amount", "Largest amount"),
]


class ActivityFilter(django_filters.FilterSet):
    credential = django_filters.ChoiceFilter(empty_label="All", method="counted_toward")
    cycle = django_filters.ChoiceFilter(label="Period", empty_label="All dates", method="in_cycle")
    category = django_filters.ChoiceFilter(choices=Category.choices, empty_label="All", method="in_category")
    approved = django_filters.ChoiceFilter(
        choices=[("yes", rules.APPROVAL.label), ("no", f"Not {rules.APPROVAL.label}")],
        empty_label="All",
        method="approved_as_counted",
    )
    kind = django_filters.ChoiceFilter(choices=Kind.choices, empty_label="All")
    date_from = django_filters.DateFilter(
        field_name="completed_on", lookup_expr="gte", label="From", widget=DATE_INPUT
    )
    date_to = django_filters.DateFilter(
        field_name="completed_on", lookup_expr="lte", label="To", widget=DATE_INPUT
    )
    sort = django_filters.ChoiceFilter(choices=SORTS, empty_label=None, method="sorted_by")

    class Meta:
        model = CEActivity
        fields: list[str] = []
        form = ActivityFilterForm

    def __init__(self, data, *, queryset: QuerySet[CEActivity], credentials: list[Credential]):
        """``credentials``: the person's, with their cycles prefetched (the closed periods of the
        chosen credential are offered as periods)."""
        super().__init__(data, queryset=queryset)
        self.credentials = {str(c.pk): c for c in credentials}
        # Choices from the credentials already read: validating and drawing them costs no query.
        self.filters["credential"].extra["choices"] = [(key, str(c)) for key, c in self.credentials.items()]
        self.filters["cycle"].extra["choices"] = [
            ("current", "Current period"),
            *[
                (str(c.pk), f"{_month(c.starts_on)} – {_month(c.closed_on)}")
                for c in self.cycles
                if c.closed_on
            ],
        ]

    @property
    def chosen_credential(self) -> Credential | None:
        """The credential asked for, once the filters are valid (or as sent, for the choices)."""
        return self.credentials.get(str((self.data or {}).get("credential") or ""))

    @property
    def rendering_version(self) -> str:
        """Changes whenever the filter form as drawn could: what was asked (the page aside), the
        person's credentials and the chosen one's periods, and the rendering code."""
        data = self.data or {}
        values = getattr(data, "getlist", lambda key: [data[key]])
        asked = sorted((key, tuple(values(key))) for key in data if key != "page")
        parts = [
            selectors.RENDERING_CODE,
            asked,
            [(c.pk, c.updated_at) for c in self.credentials.values()],
            [(y.pk, y.starts_on, y.closed_on) for y in self.cycles],
        ]
        return hashlib.sha256(repr(parts).encode()).hexdigest()

    @property
    def cycles(self) -> list:
        return list(self.chosen_credential.cycles.all()) if self.chosen_credential else []

    @property
    def chosen_cycle(self) -> Cycle | None:
        key = self.form.cleaned_data.get("cycle") if self.is_valid() else ""
        return selectors.cycle_by_key(self.cycles, key) if key and self.chosen_credential else None

    def counted_toward(self, queryset, name, key):
        return selectors.activities_counted_toward(queryset, credential=self.credentials[key])

    def in_cycle(self, queryset, name, key):
        cycle = selectors.cycle_by_key(self.cycles, key) if self.chosen_credential else None
        return selectors.activities_in_cycle(queryset, cycle=cycle) if cycle else queryset

    def in_category(self, queryset, name, category):
        return selectors.activities_in_category(queryset, category=category)

    def approved_as_counted(self, queryset, name, value):
        return selectors.activities_approved(queryset, approved=value == "yes")

    def sorted_by(self, queryset, name, ordering):
        return selectors.activities_sorted(queryset, ordering=ordering)


def _month(day) -> str:
    return date_format(day, "YEAR_MONTH_FORMAT")
