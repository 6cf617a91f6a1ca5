# VP Monitor: build the wheel and its dependencies in one stage, run as non-root in the next.
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /venv
COPY pyproject.toml README.md ./
COPY app ./app
RUN /venv/bin/pip install --no-cache-dir --upgrade pip && /venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim
# Pango, HarfBuzz and a font for WeasyPrint (the MT report's PDF).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /srv vpm && mkdir -p /data && chown vpm /data
COPY --from=build /venv /venv
WORKDIR /srv
COPY alembic.ini ./
COPY migrations ./migrations
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    VPM_LOG_FORMAT=json \
    VPM_DATABASE_URL=sqlite+aiosqlite:////data/vpmonitor.db
USER vpm
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4)" || exit 1
# Migrations first, then the server; set VPM_WORKERS and VPM_DATABASE_URL (PostgreSQL) in production.
CMD ["sh", "-c", "vpmonitor db upgrade && exec vpmonitor serve --host 0.0.0.0 --port 8000 --workers ${VPM_WORKERS:-1}"]
