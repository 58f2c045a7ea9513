from django.contrib import admin

from credentials.models import CategoryShare, CEActivity, Credential, Cycle, ExamAttempt


class CycleInline(admin.TabularInline):
    model = Cycle
    extra = 0
    readonly_fields = ["starts_on", "expires_on", "ce_deadline", "closed_on", "closed_by"]
    can_delete = False


@admin.register(Credential)
class CredentialAdmin(admin.ModelAdmin):
    list_display = ["__str__", "owner", "program", "certified_on"]
    list_filter = ["program"]
    search_fields = ["owner__email", "number", "custom_name"]
    raw_id_fields = ["owner"]
    inlines = [CycleInline]


@admin.register(Cycle)
class CycleAdmin(admin.ModelAdmin):
    list_display = ["credential", "starts_on", "expires_on", "ce_deadline", "closed_on", "closed_by"]
    list_filter = ["closed_by"]
    search_fields = ["credential__owner__email"]
    raw_id_fields = ["credential"]
    # Dates are derived by the services from the rules engine; editing them here would drift.
    readonly_fields = ["starts_on", "expires_on", "ce_deadline"]


class CategoryShareInline(admin.TabularInline):
    model = CategoryShare
    extra = 0


@admin.register(CEActivity)
class CEActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "owner", "completed_on", "kind", "amount", "approved", "verified_on_transcript"]
    list_filter = ["kind", "approved", "verified_on_transcript"]
    search_fields = ["title", "provider", "owner__email"]
    date_hierarchy = "completed_on"
    raw_id_fields = ["owner"]
    filter_horizontal = ["excluded_from"]
    inlines = [CategoryShareInline]


@admin.register(ExamAttempt)
class ExamAttemptAdmin(admin.ModelAdmin):
    list_display = ["cycle", "taken_on", "passed"]
    list_filter = ["passed"]
    raw_id_fields = ["cycle"]
