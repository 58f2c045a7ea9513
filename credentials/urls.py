from django.urls import include, path, register_converter

from credentials import views, views_activities, views_inbox, views_reminders
from credentials.converters import IdConverter

register_converter(IdConverter, "id")

urlpatterns = [
    path("", views.home, name="dashboard"),
    path("rules/", views.rules, name="rules"),
    path("credentials/add/", views.credential_add, name="credential_add"),
    path("credentials/<id:pk>/", views.credential_detail, name="credential_detail"),
    path("credentials/<id:pk>/edit/", views.credential_edit, name="credential_edit"),
    path("credentials/<id:pk>/delete/", views.credential_delete, name="credential_delete"),
    path("credentials/<id:pk>/recertify/", views.credential_recertify, name="credential_recertify"),
    path("credentials/<id:pk>/reopen/", views.credential_reopen, name="credential_reopen"),
    path("credentials/<id:pk>/exam/", views.credential_exam, name="credential_exam"),
    path("credentials/<id:pk>/summary.pdf", views.credential_summary_pdf, name="credential_summary_pdf"),
    path("credentials/<id:pk>/audit-pack/", views.credential_audit_pack, name="credential_audit_pack"),
    path(
        "credentials/<id:pk>/audit-pack.pdf",
        views.credential_audit_pack_pdf,
        name="credential_audit_pack_pdf",
    ),
    path("credentials/<id:pk>/plan/", views.credential_plan, name="credential_plan"),
    path("credentials/<id:pk>/deadlines.ics", views_reminders.credential_ics, name="credential_ics"),
    path("calendar/", views_reminders.calendar_settings, name="calendar_settings"),
    path("reminders/", views_reminders.reminder_preferences, name="reminder_preferences"),
    path(
        "reminders/unsubscribe/<str:token>/",
        views_reminders.reminders_unsubscribe,
        name="reminders_unsubscribe",
    ),
    path("reminders/<id:pk>/dismiss/", views_reminders.reminder_dismiss, name="reminder_dismiss"),
    path("calendar/<str:token>.ics", views_reminders.calendar_feed, name="calendar_feed"),
    path("inbox/", views_inbox.inbox, name="inbox"),
    path("inbox/<id:pk>/", views_inbox.draft_detail, name="draft_detail"),
    path("inbox/<id:pk>/delete/", views_inbox.draft_delete, name="draft_delete"),
    path("inbox/<id:pk>/certificate/", views_inbox.draft_file, name="draft_file"),
    path("inbox/<id:pk>/preview.png", views_inbox.draft_preview, name="draft_preview"),
    path("activities/", views_activities.activity_list, name="activity_list"),
    path("activities/add/", views_activities.activity_add, name="activity_add"),
    path("activities/<id:pk>/edit/", views_activities.activity_edit, name="activity_edit"),
    path("activities/<id:pk>/delete/", views_activities.activity_delete, name="activity_delete"),
    path(
        "activities/<id:pk>/certificate/", views_activities.activity_certificate, name="activity_certificate"
    ),
    path("activities/", include("credentials.urls_log")),
]
