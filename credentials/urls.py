from django.urls import path

from credentials import views

urlpatterns = [
    path("", views.home, name="dashboard"),
    path("credentials/add/", views.credential_add, name="credential_add"),
    path("credentials/<int:pk>/", views.credential_detail, name="credential_detail"),
    path("credentials/<int:pk>/edit/", views.credential_edit, name="credential_edit"),
    path("credentials/<int:pk>/delete/", views.credential_delete, name="credential_delete"),
    path("credentials/<int:pk>/recertify/", views.credential_recertify, name="credential_recertify"),
    path("credentials/<int:pk>/reopen/", views.credential_reopen, name="credential_reopen"),
    path("credentials/<int:pk>/exam/", views.credential_exam, name="credential_exam"),
    path("credentials/<int:pk>/summary.pdf", views.credential_summary_pdf, name="credential_summary_pdf"),
    path("credentials/<int:pk>/audit-pack/", views.credential_audit_pack, name="credential_audit_pack"),
    path(
        "credentials/<int:pk>/audit-pack.pdf",
        views.credential_audit_pack_pdf,
        name="credential_audit_pack_pdf",
    ),
    path("credentials/<int:pk>/plan/", views.credential_plan, name="credential_plan"),
    path("credentials/<int:pk>/deadlines.ics", views.credential_ics, name="credential_ics"),
    path("calendar/", views.calendar_settings, name="calendar_settings"),
    path("reminders/", views.reminder_preferences, name="reminder_preferences"),
    path("reminders/unsubscribe/<str:token>/", views.reminders_unsubscribe, name="reminders_unsubscribe"),
    path("reminders/<int:pk>/dismiss/", views.reminder_dismiss, name="reminder_dismiss"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("activities/", views.activity_list, name="activity_list"),
    path("activities/add/", views.activity_add, name="activity_add"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity_edit"),
    path("activities/<int:pk>/delete/", views.activity_delete, name="activity_delete"),
    path("activities/<int:pk>/certificate/", views.activity_certificate, name="activity_certificate"),
]
