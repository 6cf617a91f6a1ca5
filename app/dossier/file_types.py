"""What kind of document a file is, decided by its content alone (never by its name or the
type the client declared). Pure, and cheap on hostile input: a ZIP archive is judged by its
central directory (names and declared sizes) and the few bytes of its first entry, never by
unpacking it, so a zip bomb costs no more than its directory."""

import io
import zipfile
from dataclasses import dataclass

from app.core.errors import InvalidParam, UnsupportedMediaType
from app.core.uploads import Deadline

FIELD = "bestand"
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# An OOXML or ODF document has tens of parts; an archive with more is no document of ours.
MAX_ARCHIVE_MEMBERS = 5_000


@dataclass(frozen=True)
class Bestandstype:
    extensie: str
    media_type: str


PDF = Bestandstype("pdf", "application/pdf")
DOCX = Bestandstype(
    "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
)
XLSX = Bestandstype("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
ODT = Bestandstype("odt", ODT_MIMETYPE.decode())
ACCEPTED = (PDF, DOCX, XLSX, ODT)
ACCEPTED_TEXT = "PDF, DOCX, XLSX or ODT"


def detect(content: bytes) -> Bestandstype:
    """The document type of `content`; 415 naming `bestand` for anything else."""
    found = detect_or_none(content)
    if found is None:
        raise refused()
    return found


def detect_or_none(content: bytes, deadline: Deadline | None = None) -> Bestandstype | None:
    """The document type of `content`, or None (the signature `parse_off_loop` runs)."""
    if content.startswith(PDF_MAGIC):
        return PDF
    if content.startswith(ZIP_MAGIC):
        return _office_type(content)
    return None


def refused() -> UnsupportedMediaType:
    reason = f"The file is no {ACCEPTED_TEXT}: its content decides, not its name or declared type."
    return UnsupportedMediaType(f"{FIELD}: {reason}", invalid_params=[InvalidParam(FIELD, reason)])


def _office_type(content: bytes) -> Bestandstype | None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()  # the central directory: nothing is unpacked
            if not members or len(members) > MAX_ARCHIVE_MEMBERS:
                return None
            if _is_odt(archive, members[0]):
                return ODT
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, OSError):
        return None
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names or any(_is_macro(name) for name in names):
        return None
    if any(name.startswith("word/") for name in names):
        return DOCX
    if any(name.startswith("xl/") for name in names):
        return XLSX
    return None


def _is_macro(name: str) -> bool:
    """A VBA project: a macro-enabled document (.docm, .xlsm) renamed, which we do not keep."""
    return name.lower().rpartition("/")[2] == "vbaproject.bin"


def _is_odt(archive: zipfile.ZipFile, first: zipfile.ZipInfo) -> bool:
    """ODF: the first entry is `mimetype`, stored uncompressed, holding the media type."""
    if first.filename != "mimetype" or first.file_size > len(ODT_MIMETYPE) + 2:
        return False
    with archive.open(first) as stream:
        return stream.read(len(ODT_MIMETYPE) + 2).strip() == ODT_MIMETYPE
