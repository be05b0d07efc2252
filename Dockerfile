# The production image: one image, three roles (web, worker, beat) chosen by the command.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 1000 claimtrack
WORKDIR /app

COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock

COPY . .
# collectstatic needs the settings to load; these placeholders never reach a running container.
RUN SECRET_KEY=build DATABASE_URL=postgresql://build/none REDIS_URL=redis://build:6379/0 \
    python manage.py collectstatic --noinput --verbosity 0 \
 && mkdir -p /app/var && chown -R claimtrack /app/var

USER claimtrack
EXPOSE 8000
CMD ["gunicorn", "claimtrack.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
