"""Domain exceptions. Each carries what its application/problem+json rendering needs."""

from dataclasses import dataclass


@dataclass(frozen=True)
class InvalidParam:
    """One bad input field: `name` in the API's own notation (`metingen[2].normCode`)."""

    name: str
    reason: str
    foutcode: str | None = None  # an external rule's own code (e.g. CBS's Iv3 checks)


class AppError(Exception):
    """An error the client can act on; rendered once as problem+json by the handlers."""

    status: int = 500
    title: str = "Internal server error"
    slug: str = "internal-error"

    def __init__(
        self,
        detail: str,
        *,
        invalid_params: list[InvalidParam] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.invalid_params = invalid_params or []
        self.headers = headers or {}


class InvalidInput(AppError):
    status, title, slug = 400, "Invalid input", "invalid-input"

    @classmethod
    def field(cls, name: str, reason: str) -> "InvalidInput":
        return cls(f"{name}: {reason}", invalid_params=[InvalidParam(name, reason)])

    @classmethod
    def fields(cls, params: list[InvalidParam]) -> "InvalidInput":
        names = ", ".join(param.name for param in params)
        return cls(f"Invalid fields: {names}", invalid_params=params)


class Unauthenticated(AppError):
    status, title, slug = 401, "Not authenticated", "unauthenticated"

    def __init__(
        self,
        detail: str = "A valid bearer token is required.",
        challenge: str = 'Bearer realm="VP Monitor"',
    ) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": challenge})


class Forbidden(AppError):
    status, title, slug = 403, "Forbidden", "forbidden"


class NotFound(AppError):
    status, title, slug = 404, "Not found", "not-found"

    def __init__(self, what: str = "resource") -> None:
        super().__init__(f"The {what} does not exist or is not visible to you.")


class NotAcceptable(AppError):
    status, title, slug = 406, "Not acceptable", "not-acceptable"


class Conflict(AppError):
    status, title, slug = 409, "Conflict", "conflict"


class PreconditionFailed(AppError):
    status, title, slug = 412, "Precondition failed", "precondition-failed"

    def __init__(
        self, detail: str = "The resource changed since you read it; read it again."
    ) -> None:
        super().__init__(detail)


class ContentTooLarge(AppError):
    status, title, slug = 413, "Content too large", "content-too-large"


class UnsupportedMediaType(AppError):
    status, title, slug = 415, "Unsupported media type", "unsupported-media-type"


class Unprocessable(AppError):
    status, title, slug = 422, "Unprocessable request", "unprocessable"


class PreconditionRequired(AppError):
    status, title, slug = 428, "Precondition required", "precondition-required"

    def __init__(
        self, detail: str = "Send If-Match with the ETag of your last read to change this."
    ) -> None:
        super().__init__(detail)


class TooManyRequests(AppError):
    status, title, slug = 429, "Too many requests", "too-many-requests"

    def __init__(self, detail: str, retry_after_seconds: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after_seconds)})


class ServiceUnavailable(AppError):
    status, title, slug = 503, "Service unavailable", "service-unavailable"

    def __init__(self, detail: str, retry_after_seconds: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(retry_after_seconds)})
