# VP Monitor: install the locked dependencies and the wheel in one stage, run as non-root in
# the next.
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /venv
# The lock file first: the dependency layer is rebuilt only when the lock changes.
COPY requirements.lock ./
RUN /venv/bin/pip install --no-cache-dir --upgrade pip \
    && /venv/bin/pip install --no-cache-dir --no-deps -r requirements.lock
COPY pyproject.toml README.md ./
COPY app ./app
RUN /venv/bin/pip install --no-cache-dir --no-deps .

FROM python:3.11-slim
# Pango, HarfBuzz and a font for WeasyPrint (the MT report's PDF). Not pinned to versions:
# Debian replaces a package version on its mirrors with each security update, so a pin would
# break the next build; the base image's tag fixes the Debian release.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /srv vpm && mkdir -p /data && chown 10001 /data
COPY --from=build /venv /venv
WORKDIR /srv
COPY alembic.ini ./
COPY migrations ./migrations
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    VPM_LOG_FORMAT=json \
    VPM_DATABASE_URL=sqlite+aiosqlite:////data/vpmonitor.db
USER 10001
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4)"]
# Migrations first (on PostgreSQL one replica at a time: an advisory lock), then the server.
# In production set VPM_DATABASE_URL (PostgreSQL), VPM_WORKERS, VPM_FORWARDED_ALLOW_IPS (the
# proxy's address) and VPM_SESSION_SECRET; docs/beheer.md.
CMD ["sh", "-c", "vpmonitor db upgrade && exec vpmonitor serve --host 0.0.0.0 --port 8000 --workers ${VPM_WORKERS:-1}"]
