from django.contrib import admin

from credentials.models import CategoryShare, CEActivity, Credential, Cycle, ExamAttempt

# Writes go through credentials.services, which validate against the rules; the admin is for
# looking things up and for deleting, never for editing domain data around those checks.


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class CycleInline(admin.TabularInline):
    model = Cycle
    extra = 0
    readonly_fields = ["starts_on", "expires_on", "ce_deadline", "closed_on", "closed_by"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Credential)
class CredentialAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "owner", "program", "certified_on"]
    list_filter = ["program"]
    search_fields = ["owner__email", "number", "custom_name"]
    raw_id_fields = ["owner"]
    inlines = [CycleInline]


@admin.register(Cycle)
class CycleAdmin(ReadOnlyAdmin):
    list_display = ["credential", "starts_on", "expires_on", "ce_deadline", "closed_on", "closed_by"]
    list_filter = ["closed_by"]
    search_fields = ["credential__owner__email"]
    raw_id_fields = ["credential"]


class CategoryShareInline(admin.TabularInline):
    model = CategoryShare
    extra = 0

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(CEActivity)
class CEActivityAdmin(ReadOnlyAdmin):
    list_display = ["title", "owner", "completed_on", "kind", "amount", "approved", "verified_on_transcript"]
    list_filter = ["kind", "approved", "verified_on_transcript"]
    search_fields = ["title", "provider", "owner__email"]
    date_hierarchy = "completed_on"
    raw_id_fields = ["owner"]
    inlines = [CategoryShareInline]


@admin.register(ExamAttempt)
class ExamAttemptAdmin(ReadOnlyAdmin):
    list_display = ["cycle", "taken_on", "passed"]
    list_filter = ["passed"]
    raw_id_fields = ["cycle"]
