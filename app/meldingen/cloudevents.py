"""An outbox event as a CloudEvents 1.0 document (the NL GOV profile). Pure."""

from typing import Any

from app.outbox.models import Gebeurtenis

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/cloudevents+json"


def source(oin: str | None, public_url: str) -> str:
    """The NL GOV profile's source: the organisation's OIN as a URN when set, else the URL."""
    return f"urn:nld:oin:{oin}:systeem:vpmonitor" if oin else public_url


def envelope(event: Gebeurtenis, oin: str | None, public_url: str) -> dict[str, Any]:
    """The document POSTed to subscribers: ids and the change only (`data`), with `dataref`
    the API URL where a subscriber reads the object with its own token."""
    return {
        "specversion": SPEC_VERSION,
        "id": str(event.id),
        "source": source(oin, public_url),
        "type": event.type,
        "subject": str(event.subject),
        "time": event.tijd.isoformat().replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "dataref": f"{public_url.rstrip('/')}/api/v1{event.dataref}",
        "data": event.data,
    }
