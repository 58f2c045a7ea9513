#!/bin/sh
# The Dockerfile's build steps, kept in one script so that a test can run exactly the
# same steps in a fresh virtual environment (no Docker engine runs on our CI machines).
#   deploy/build.sh deps     install the runtime dependencies, at the versions requirements/app.lock pins
#   deploy/build.sh static   collect hashed, compressed static files and run the deploy checks
set -eu
PYTHON="${PYTHON:-python}"
cd "$(dirname "$0")/.."
case "${1:-}" in
  deps)
    "$PYTHON" -m pip install --no-cache-dir --quiet -r requirements/app.lock
    ;;
  static)
    # Build-time settings only: the real secret, hosts and address come from the environment at
    # run time.
    DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-build-only-secret-key-never-used-to-sign-anything-0123456789}" \
    DJANGO_ALLOWED_HOSTS="${DJANGO_ALLOWED_HOSTS:-build.invalid}" \
    RECERT_BASE_URL="${RECERT_BASE_URL:-https://build.invalid}" \
    DATABASE_URL="${DATABASE_URL:-sqlite:////tmp/recert-build.sqlite3}" \
      sh -c "\"$PYTHON\" manage.py collectstatic --noinput --verbosity 0 && \"$PYTHON\" manage.py check --deploy --fail-level WARNING"
    ;;
  *)
    echo "usage: $0 deps|static" >&2
    exit 2
    ;;
esac
