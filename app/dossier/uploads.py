"""The paths that take a dossier document's file, API and web alike: they accept bodies up
to `dossier_max_bytes` (plus the multipart framing) instead of `max_body_bytes`."""

import re

FRAMING_BYTES = 64 * 1024  # what multipart adds around a file and its fields, at most
DOSSIER_UPLOAD_PATHS = re.compile(
    r"(/api/v1)?/verbonden-partijen/[^/]+/(dossierstukken|dossier)(/[^/]+/bestand)?/?"
)
