#!/usr/bin/env bash
# Development server with one background worker beside it (the embedded default task backend)
# and the hourly reminder run:
#   scripts/serve.sh .venv/bin/python 127.0.0.1 8000
# The worker stops when the server stops (Ctrl-C).
set -euo pipefail
python=$1 host=$2 port=$3
"$python" manage.py db_worker --interval 1 &
worker=$!
# The daily reminders, checked every hour (safe to run any number of times a day).
( while true; do "$python" manage.py send_reminders || true; sleep 3600; done ) &
reminders=$!
trap 'kill "$worker" "$reminders" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT
echo "Worker running (pid $worker): audit packs, reminder emails and other background jobs are processed."
"$python" manage.py runserver "$host:$port"
