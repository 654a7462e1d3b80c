"""RFC 9457 problem details: domain errors, their HTTP mapping and the exception handlers."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://intervisiewijzer.nl/problemen/"


class FieldError(BaseModel):
    field: str = Field(description="Dotted path of the field, e.g. 'email' or 'query.radius_km'")
    loc: list[str | int]
    message: str = Field(description="Dutch explanation for the person filling in the form")
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[FieldError] | None = None
    model_config = {"extra": "allow"}


class AppError(Exception):
    """A domain error with a Dutch title/detail; services raise these, never HTTP exceptions."""

    status = 400
    slug = "ongeldig-verzoek"
    title = "Ongeldig verzoek"
    headers: dict[str, str] | None = None

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.extra = extra


class InvalidInputError(AppError):
    status = 422
    slug = "ongeldige-invoer"
    title = "Ongeldige invoer"


class NotAuthenticatedError(AppError):
    status = 401
    slug = "niet-ingelogd"
    title = "Niet ingelogd"
    headers = {"WWW-Authenticate": "Bearer"}


class PermissionDeniedError(AppError):
    status = 403
    slug = "geen-toegang"
    title = "Geen toegang"


class NotFoundError(AppError):
    status = 404
    slug = "niet-gevonden"
    title = "Niet gevonden"


class ConflictError(AppError):
    status = 409
    slug = "conflict"
    title = "Conflict"


class PreconditionFailedError(AppError):
    status = 412
    slug = "gewijzigd-door-een-ander"
    title = "Intussen gewijzigd"


class PreconditionRequiredError(AppError):
    status = 428
    slug = "if-match-vereist"
    title = "If-Match vereist"


# How long a client should wait before retrying while the database is unreachable.
RETRY_AFTER_SECONDS = "30"


class ServiceUnavailableError(AppError):
    status = 503
    slug = "tijdelijk-niet-beschikbaar"
    title = "Tijdelijk niet beschikbaar"
    headers = {"Retry-After": RETRY_AFTER_SECONDS}


def problem_response(
    status: int,
    title: str,
    detail: str | None = None,
    *,
    slug: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + slug if slug else "about:blank",
        "title": title,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    body.update({key: value for key, value in extra.items() if value is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem+json errors of a route."""
    return {
        status: {"model": Problem, "content": {PROBLEM_MEDIA_TYPE: {}}, "description": "Probleem"}
        for status in statuses
    }


_HTTP_TITLES = {
    400: "Ongeldig verzoek",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Niet aanvaardbaar",
    413: "Verzoek te groot",
    415: "Niet-ondersteund mediatype",
    429: "Te veel verzoeken",
}

_VALIDATION_MESSAGES = {
    "missing": "Dit veld is verplicht.",
    "string_too_short": "Dit is te kort (minimaal {min_length} tekens).",
    "string_too_long": "Dit is te lang (maximaal {max_length} tekens).",
    "too_short": "Vul minimaal {min_length} waarde(n) in.",
    "too_long": "Vul maximaal {max_length} waarden in.",
    "value_error": "Deze waarde is ongeldig: {msg}",
    "enum": "Kies een van de toegestane waarden: {expected}.",
    "literal_error": "Kies een van de toegestane waarden: {expected}.",
    "int_parsing": "Vul een geheel getal in.",
    "int_type": "Vul een geheel getal in.",
    "float_parsing": "Vul een getal in.",
    "bool_parsing": "Vul ja (true) of nee (false) in.",
    "greater_than_equal": "Dit moet minstens {ge} zijn.",
    "greater_than": "Dit moet groter zijn dan {gt}.",
    "less_than_equal": "Dit mag hoogstens {le} zijn.",
    "less_than": "Dit moet kleiner zijn dan {lt}.",
    "uuid_parsing": "Dit is geen geldige id.",
    "datetime_parsing": "Dit is geen geldige datum en tijd (ISO 8601).",
    "datetime_from_date_parsing": "Dit is geen geldige datum en tijd (ISO 8601).",
    "date_parsing": "Dit is geen geldige datum (JJJJ-MM-DD).",
    "date_from_datetime_parsing": "Dit is geen geldige datum (JJJJ-MM-DD).",
    "time_parsing": "Dit is geen geldige tijd (UU:MM).",
    "json_invalid": "De JSON in het verzoek is ongeldig.",
    "model_attributes_type": "Verwacht een object met velden.",
    "dict_type": "Verwacht een object met velden.",
    "list_type": "Verwacht een lijst.",
    "string_type": "Verwacht tekst.",
    "extra_forbidden": "Dit veld is onbekend.",
    "string_pattern_mismatch": "Dit heeft niet de juiste vorm.",
    "url_parsing": "Dit is geen geldige URL.",
    "url_scheme": "Deze URL heeft een niet-toegestaan schema.",
}


def dutch_validation_message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    template = _VALIDATION_MESSAGES.get(kind)
    if template is None:
        return "Deze waarde is ongeldig."
    context = dict(error.get("ctx") or {})
    context.setdefault("msg", error.get("msg", ""))
    if kind == "value_error":
        context["msg"] = str(context.get("error", error.get("msg", ""))).removeprefix(
            "Value error, "
        )
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template.split(":")[0].split("(")[0].strip()


def field_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for error in errors:
        loc = [part for part in error.get("loc", ()) if isinstance(part, str | int)]
        visible = [str(part) for part in loc if part != "body"]
        result.append(
            {
                "field": ".".join(visible) or "body",
                "loc": loc,
                "message": dutch_validation_message(error),
                "type": error.get("type", "value_error"),
            }
        )
    return result


async def _app_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return problem_response(
        exc.status,
        exc.title,
        exc.detail,
        slug=exc.slug,
        headers=dict(exc.headers or {}),
        **exc.extra,
    )


async def _validation_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = field_errors(list(exc.errors()))
    first = errors[0]["message"] if len(errors) == 1 else None
    detail = (
        f"Controleer '{errors[0]['field']}': {first}"
        if first
        else f"Controleer de {len(errors)} gemarkeerde velden."
    )
    return problem_response(422, "Ongeldige invoer", detail, slug="ongeldige-invoer", errors=errors)


# What FastAPI raises (as a 400) for a body it cannot decode at all, e.g. bytes that are not UTF-8.
_UNREADABLE_BODY = "There was an error parsing the body"


async def _http_error_handler(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == _UNREADABLE_BODY:
        # Same answer as for malformed JSON: a documented 422 with a Dutch explanation.
        message = _VALIDATION_MESSAGES["json_invalid"]
        return problem_response(
            422,
            "Ongeldige invoer",
            f"Controleer 'body': {message}",
            slug="ongeldige-invoer",
            errors=[{"field": "body", "loc": ["body"], "message": message, "type": "json_invalid"}],
        )
    title = _HTTP_TITLES.get(exc.status_code, "Fout")
    detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else None
    if exc.status_code == 404 and detail == "Not Found":
        detail = "Deze pagina of dit adres bestaat niet."
    if exc.status_code == 405:
        detail = "Deze methode is hier niet toegestaan."
    return problem_response(exc.status_code, title, detail, headers=dict(exc.headers or {}))


async def _database_unavailable_handler(request: Request, _exc: Exception) -> JSONResponse:
    logger.error("Database unavailable on %s %s", request.method, request.url.path)
    return problem_response(
        503,
        "Tijdelijk niet beschikbaar",
        "De database is even niet bereikbaar. Probeer het over een minuut opnieuw.",
        slug="tijdelijk-niet-beschikbaar",
        headers={"Retry-After": RETRY_AFTER_SECONDS},
    )


async def _refused_value_handler(request: Request, _exc: Exception) -> JSONResponse:
    # Input that passed validation but that PostgreSQL will not take, such as a NUL character
    # in text: the sender's input, so a 422 and not a 500. The value itself is never logged.
    logger.warning("Database refused a value on %s %s", request.method, request.url.path)
    return problem_response(
        422,
        "Ongeldige invoer",
        "Een van de ingevulde waarden bevat een teken dat niet kan worden verwerkt, zoals een "
        "onzichtbaar NUL-teken. Pas de invoer aan en probeer het opnieuw.",
        slug="ongeldige-invoer",
    )


async def _integrity_error_handler(request: Request, _exc: Exception) -> JSONResponse:
    # Services check uniqueness first; this only catches a race between two requests.
    logger.warning("Integrity conflict on %s %s", request.method, request.url.path)
    return problem_response(
        409,
        "Conflict",
        "Dit botst met een gelijktijdige wijziging. Laad de gegevens opnieuw en probeer het "
        "nog eens.",
        slug="conflict",
    )


async def _unhandled_error_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("Unhandled error on %s %s", request.method, request.url.path)
    return problem_response(
        500,
        "Er ging iets mis",
        "Er ging aan onze kant iets mis. Probeer het later opnieuw.",
        slug="interne-fout",
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_error_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(OperationalError, _database_unavailable_handler)
    app.add_exception_handler(IntegrityError, _integrity_error_handler)
    app.add_exception_handler(DataError, _refused_value_handler)
    app.add_exception_handler(Exception, _unhandled_error_handler)
