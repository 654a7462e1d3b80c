"""Reading an import: a multipart file upload, or the document itself as the request body."""

from dataclasses import dataclass
from typing import Any, Literal

from fastapi import Request
from starlette.datastructures import UploadFile

from intervisiewijzer.errors import AppError, InvalidInputError
from intervisiewijzer.integrations.formats import rows_from_csv, rows_from_json

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
Format = Literal["csv", "json"]


class PayloadTooLargeError(AppError):
    status = 413
    slug = "bestand-te-groot"
    title = "Bestand te groot"


class UnsupportedMediaTypeError(AppError):
    status = 415
    slug = "niet-ondersteund-mediatype"
    title = "Niet-ondersteund mediatype"


_TOO_LARGE = f"Het bestand is groter dan {MAX_UPLOAD_BYTES // (1024 * 1024)} MB. Splits het op."


@dataclass(frozen=True)
class ImportUpload:
    format: Format
    content: bytes

    def rows(self) -> list[Any]:
        return rows_from_csv(self.content) if self.format == "csv" else rows_from_json(self.content)

    def fingerprint(self) -> bytes:
        return self.format.encode() + b"\0" + self.content


async def read_import_upload(request: Request) -> ImportUpload:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == "multipart/form-data":
        return await _from_form(request)
    if media_type in ("application/json", "text/csv"):
        format_: Format = "json" if media_type == "application/json" else "csv"
        return ImportUpload(format_, await _read_body(request))
    raise UnsupportedMediaTypeError(
        "Stuur een bestand (multipart/form-data, veld 'file'), of de groepen zelf als "
        "application/json of text/csv."
    )


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES:
        raise PayloadTooLargeError(_TOO_LARGE)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise PayloadTooLargeError(_TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


async def _from_form(request: Request) -> ImportUpload:
    form = await request.form(max_files=1, max_fields=5)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InvalidInputError("Stuur het bestand mee in het veld 'file'.")
    content = await upload.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise PayloadTooLargeError(_TOO_LARGE)
    name = (upload.filename or "").lower()
    is_json = name.endswith(".json") or "json" in (upload.content_type or "")
    return ImportUpload("json" if is_json else "csv", content)
