"""Saving a versioned record from a page form: the version the form was read at goes to the
service as If-Match, and a refusal shows the page again with the person's input — the errors
on their fields (400), or "changed meanwhile" on the version (412) — never losing it."""

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import FormData
from starlette.responses import Response

from app.core.errors import InvalidInput, PreconditionFailed, PreconditionRequired
from app.core.etag import etag_of
from app.web.forms import FieldError

Refused = Callable[[list[FieldError], int], Awaitable[Response]]


def if_match_of(form: FormData) -> str | None:
    """The ETag of the version the form was read at (its hidden field `versie`), or None."""
    versie = form.get("versie")
    return etag_of(int(versie)) if isinstance(versie, str) and versie.isdigit() else None


async def save_versioned(
    session: AsyncSession,
    save: Callable[[], Awaitable[Any]],
    *,
    invalid: tuple[type[Exception], ...] = (InvalidInput,),
    errors_of: Callable[[Any], list[FieldError]],
    changed_meanwhile: str,
    refused: Refused,
) -> Response | None:
    """`save()`: None when it saved; when it raised one of `invalid` or a precondition
    error, the page `refused` renders with the errors (after a rollback)."""
    try:
        await save()
    except invalid as exc:
        await session.rollback()
        return await refused(errors_of(exc), 400)
    except (PreconditionFailed, PreconditionRequired):
        await session.rollback()
        return await refused([FieldError("versie", changed_meanwhile)], 412)
    return None
