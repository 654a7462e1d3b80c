from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response

from intervisiewijzer.apikeys.dependencies import MemberOrKeyCaller
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import InvalidInputError, problem_responses
from intervisiewijzer.integrations import formats, service
from intervisiewijzer.integrations.access import IntegrationScope
from intervisiewijzer.integrations.idempotency import IdempotencyDep
from intervisiewijzer.integrations.schemas import GroupRecords, ImportReport
from intervisiewijzer.integrations.upload import MAX_UPLOAD_BYTES, ImportUpload, read_import_upload
from intervisiewijzer.privacy.audit import record_event
from intervisiewijzer.privacy.models import AuditKind

router = APIRouter(
    prefix="/integrations", tags=["integrations"], responses=problem_responses(401, 403, 429)
)

PRIVATE = {"Cache-Control": "private, no-store"}

COLUMNS_DOC = """
Columns (CSV header names, JSON field names), in this order:

| column | meaning |
| --- | --- |
| `external_id` | your own id of the group (max. 80 characters, unique per organisation) |
| `slug` | our id of an existing group, from an export |
| `name` | name, 3-120 characters (required) |
| `description` | description, up to 4000 characters |
| `mode` | `in_person`, `online` or `hybrid` (required) |
| `location` | place name or postcode (PC4/PC6); required unless online; we keep only the place |
| `province` | e.g. `utrecht`, `noord-holland`; helps with place names that occur twice |
| `meetings_per_year` | 1-24 (default 6) |
| `weekday` | `monday` ... `sunday` |
| `daypart` | `morning`, `afternoon`, `evening` |
| `session_minutes` | 30-300 (default 120) |
| `size_min`, `size_max` | 2-15 (defaults 5 and 8) |
| `facilitator_type` | `trained`, `peer` or `none` (required) |
| `methods` | method slugs, separated by `\\|` (e.g. `incidentmethode\\|spiegelmethode`) |
| `audience` | employment forms and/or `jeugdzorgwerker`, separated by `\\|` |
| `identity` | `christelijk`, `reformatorisch`, `islamitisch`, `humanistisch` |
| `language` | `nl` or `en` |
| `accepts_skj`, `accepts_registerplein` | `true`/`false` (also `ja`/`nee`) |
| `lifecycle` | `forming`, `open` or `closed` |
| `organisation_id` | the organisation (admins only; with an organisation key always your own) |
"""

IMPORT_DESCRIPTION = f"""Create and update groups in bulk (platform admins: any group;
an organisation's API key: that organisation's groups).

Send a CSV or JSON file as multipart/form-data (field `file`), or the document itself as
`text/csv` or `application/json` (the same document as `GET /integrations/groups.json`, or
just its list of groups). At most {MAX_UPLOAD_BYTES // (1024 * 1024)} MB and
{formats.MAX_ROWS} groups.

Each row is matched to an existing group by `external_id`, otherwise by `slug`; a row
with neither creates a new group (without a coordinator). Rows are checked exactly like
creating a group by hand. On update, fields a row leaves out (an empty CSV cell) keep their
value. CSV: UTF-8, comma or semicolon separated.

The report says per row: `created`, `updated`, `unchanged` or `error` (with Dutch messages).
With `dry_run=true` nothing is stored. Otherwise it is all or nothing: if any row has an
error, nothing is stored and the answer is 422 with the report under `report`.
Send an `Idempotency-Key` to make retries safe (not needed for dry runs).
{COLUMNS_DOC}"""

IMPORT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": "CSV- of JSON-bestand",
                        }
                    },
                }
            },
            "application/json": {"schema": {"$ref": "#/components/schemas/GroupRecords"}},
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}


class ImportRejectedError(InvalidInputError):
    slug = "import-afgewezen"
    title = "Import afgewezen"


@router.get(
    "/groups.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}}, "description": "CSV, kolommen als hieronder"}},
    description="All groups you may manage as CSV (platform admins: every group; an "
    "organisation's API key: its own groups), including closed ones.\n" + COLUMNS_DOC,
)
def export_groups_csv(
    session: SessionDep, scope: IntegrationScope, caller: MemberOrKeyCaller
) -> Response:
    records = service.export_records(session, scope)
    _record_group_export(session, caller)
    return Response(
        formats.records_to_csv(records.items),
        media_type="text/csv; charset=utf-8",
        headers={**PRIVATE, "Content-Disposition": 'attachment; filename="groepen.csv"'},
    )


@router.get("/groups.json")
def export_groups_json(
    response: Response, session: SessionDep, scope: IntegrationScope, caller: MemberOrKeyCaller
) -> GroupRecords:
    """All groups you may manage as JSON (platform admins: every group; an organisation's
    API key: its own groups), including closed ones. The import takes the same document."""
    response.headers.update(PRIVATE)
    records = service.export_records(session, scope)
    _record_group_export(session, caller)
    return records


def _record_group_export(session: SessionDep, caller: MemberOrKeyCaller) -> None:
    member_id = caller.member.id if caller.member is not None else None
    key_id = caller.api_key.id if caller.api_key is not None else None
    record_event(session, AuditKind.group_export, member_id, target_id=key_id)
    session.commit()


@router.post(
    "/groups/import",
    response_model=ImportReport,
    description=IMPORT_DESCRIPTION,
    openapi_extra=IMPORT_BODY,
    responses=problem_responses(409, 413, 415, 422),
)
def import_groups(
    session: SessionDep,
    caller: MemberOrKeyCaller,
    scope: IntegrationScope,
    idempotency: IdempotencyDep,
    upload: Annotated[ImportUpload, Depends(read_import_upload)],
    dry_run: Annotated[bool, Query(description="Alleen controleren, niets opslaan")] = False,
) -> ImportReport | Response:
    if not dry_run:
        replay = idempotency.replay(caller.ref, upload.fingerprint())
        if replay is not None:
            return replay
    report = service.import_groups(session, upload.rows(), scope, dry_run=dry_run)
    if dry_run:
        return report
    if not report.applied:
        raise ImportRejectedError(
            f"{report.errors} van de {report.total} groepen bevatten fouten; er is niets "
            "opgeslagen. Zie per rij wat er mis is.",
            report=report.model_dump(mode="json"),
        )
    idempotency.remember(200, report)
    session.commit()
    return report
