"""The activity log as a spreadsheet; included from credentials/urls.py under "activities/"."""

from django.urls import path

from credentials import views_log

urlpatterns = [
    path("import/", views_log.activity_import, name="activity_import"),
    path(
        "import/transcript/<int:pk>/", views_log.activity_import_transcript, name="activity_import_transcript"
    ),
    path("import/preview/", views_log.activity_import_preview, name="activity_import_preview"),
    path("import/template.csv", views_log.activity_import_template, name="activity_import_template"),
    path("import/format/", views_log.activity_import_format, name="activity_import_format"),
    path("export.csv", views_log.activity_export_csv, name="activity_export_csv"),
    path("export.xlsx", views_log.activity_export_xlsx, name="activity_export_xlsx"),
]
