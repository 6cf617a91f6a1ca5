"""JSON exchanged between systems is UTF-8 without a byte-order mark (RFC 8259, section 8.1).
One check for request bodies (`app.core.json_encoding`) and JSON uploads (`app.core.uploads`)."""

import codecs

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "a UTF-8 byte-order mark"),
    (codecs.BOM_UTF32_LE, "a UTF-32 byte-order mark"),  # before UTF-16 LE: same first bytes
    (codecs.BOM_UTF32_BE, "a UTF-32 byte-order mark"),
    (codecs.BOM_UTF16_LE, "a UTF-16 byte-order mark"),
    (codecs.BOM_UTF16_BE, "a UTF-16 byte-order mark"),
)


def not_utf8_json(content: bytes) -> str | None:
    """Why `content` is not JSON text in UTF-8, or None when it is UTF-8 (valid JSON or not)."""
    for mark, name in BYTE_ORDER_MARKS:
        if content.startswith(mark):
            return f"The body starts with {name}; send JSON as UTF-8 without one (RFC 8259)."
    if b"\x00" in content[:4]:
        return "The body looks like UTF-16 or UTF-32; send JSON as UTF-8 (RFC 8259)."
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        return (
            f"The body is not UTF-8 (invalid byte at position {error.start}); send JSON as "
            "UTF-8 (RFC 8259)."
        )
    return None
