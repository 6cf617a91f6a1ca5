"""Uploaded files, read safely: the bytes from the request (`request`), and their parsing off
the event loop in worker processes (`off_loop`), within bounds of rows, cells and time
(`limits`), into rows of text (`tables`: CSV and XLSX) or a JSON value (`json_upload`).
Every import goes through here.

Knows no domain: what the rows mean is for the importer that asks for them.
"""

from app.core.uploads.json_upload import read_json
from app.core.uploads.limits import Deadline, ParseLimits
from app.core.uploads.off_loop import parse_off_loop, start_pool
from app.core.uploads.request import (
    FIELD,
    Bestandssoort,
    Upload,
    read_upload,
    upload_request_body,
)
from app.core.uploads.tables import TableRow, interpret_table, read_table

__all__ = [
    "FIELD",
    "Bestandssoort",
    "Deadline",
    "ParseLimits",
    "TableRow",
    "Upload",
    "interpret_table",
    "parse_off_loop",
    "read_json",
    "read_table",
    "read_upload",
    "start_pool",
    "upload_request_body",
]
