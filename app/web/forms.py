"""What forms share: errors tied to their fields, and safe return addresses."""

import re
from dataclasses import dataclass

MAX_PATH = 2000
# A path on this site: one leading slash, then no slash or backslash right after it (that
# would be another host: `//evil.example`, `/\\evil.example`), no scheme, no control chars.
LOCAL_PATH = re.compile(r"^/(?![/\\])[^\s\\\x00-\x1f\x7f]*$")


@dataclass(frozen=True)
class FieldError:
    """An input error on one field: the template shows it at the field (linked with
    aria-describedby) and in the summary at the top (a link to the field)."""

    field: str
    message: str

    @property
    def field_id(self) -> str:
        return f"veld-{self.field}"


def errors_by_field(errors: list[FieldError]) -> dict[str, str]:
    return {error.field: error.message for error in errors}


def local_path(value: str | None, default: str = "/") -> str:
    """`value` when it is a path on this site, else `default`: after sign-in the browser goes
    only to this site's own pages (no open redirect)."""
    if value and len(value) <= MAX_PATH and LOCAL_PATH.match(value):
        return value
    return default
