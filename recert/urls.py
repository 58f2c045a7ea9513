from django.conf import settings
from django.contrib import admin
from django.urls import path

from recert import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(getattr(settings, "ADMIN_URL", "admin/"), admin.site.urls),
]
