# Recert: gunicorn behind your TLS proxy, static files served by whitenoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_MEDIA_ROOT=/data/media \
    DJANGO_STATIC_ROOT=/app/staticfiles

RUN groupadd --system recert && useradd --system --gid recert --home-dir /app --shell /usr/sbin/nologin recert

WORKDIR /app

# Tesseract reads photographed and scanned certificates (the certificate inbox); its Spanish model
# reads Spanish certificates with their accents.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-spa \
    && rm -rf /var/lib/apt/lists/*

# Dependencies first, in their own layer: rebuilt only when the lock file changes.
COPY requirements/app.lock ./deploy-deps/requirements/
COPY deploy/build.sh ./deploy-deps/deploy/
RUN cd deploy-deps && sh deploy/build.sh deps && cd .. && rm -rf deploy-deps

COPY --chown=recert:recert . .
RUN sh deploy/build.sh static && mkdir -p /data/media && chown -R recert:recert /data /app/staticfiles

USER recert
VOLUME ["/data"]
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"

CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn --config gunicorn.conf.py"]
