from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from accounts import views
from credentials import views as credential_views

urlpatterns = [
    path("", include("credentials.urls")),
    path("welcome/", credential_views.landing, name="landing"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/signup/done/", views.signup_done, name="signup_done"),
    path("accounts/activate/<uidb64>/<token>/", views.signup_activate, name="signup_activate"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/profile/export/", views.account_export, name="account_export"),
    path("accounts/profile/delete/", views.account_delete, name="account_delete"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", views.LogoutView.as_view(), name="logout"),
    # Before django.contrib.auth.urls, which has the same paths and names without the changes.
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("accounts/password_change/", views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/", include("django.contrib.auth.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
]
