import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from intervisiewijzer.auth.dependencies import AdminMember, CurrentMember, SettingsDep
from intervisiewijzer.auth.router import REFRESH_COOKIE, REFRESH_COOKIE_PATH
from intervisiewijzer.common import PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import InvalidInputError, problem_responses
from intervisiewijzer.privacy import audit, deletion, export
from intervisiewijzer.privacy.models import AuditKind
from intervisiewijzer.privacy.schemas import AccountDeletion, AuditLogKind, AuditLogPage
from intervisiewijzer.sessions.localtime import local_today
from intervisiewijzer.sessions.router import download

router = APIRouter(tags=["privacy"], responses=problem_responses(401))

JSON_FILE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"application/json": {"schema": {"type": "object"}}},
        "description": "JSON-bestand met al je gegevens",
    }
}


@router.get("/me/data-export", response_class=Response, responses=JSON_FILE)
def download_my_data(session: SessionDep, settings: SettingsDep, member: CurrentMember) -> Response:
    """Everything the platform stores about me, as a JSON file (AVG: right of access and data
    portability). Includes the text of the cases I brought in; never other people's data."""
    document = export.build_export(session, member, settings)
    audit.record_event(session, AuditKind.data_export, member.id, target_id=member.id)
    session.commit()
    return download(
        json.dumps(document, ensure_ascii=False, indent=2),
        "application/json; charset=utf-8",
        f"intervisiewijzer-mijn-gegevens-{local_today()}.json",
    )


@router.post(
    "/me/delete",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(400, 409, 422),
)
def delete_my_account(
    response: Response, session: SessionDep, member: CurrentMember, data: AccountDeletion
) -> None:
    """Delete my account after confirming my password. Personal data is erased at once; the
    account stays as an anonymous 'Verwijderd lid' so group history and other people's
    attendance stay correct. Cases I brought in are deleted; evaluation scores stay in
    anonymous totals without my free text. Refused (409) while I am the only coordinator of a
    group that has other members. Every token of mine stops working."""
    deletion.delete_account(session, member, data.password)
    session.commit()
    response.delete_cookie(REFRESH_COOKIE, path=REFRESH_COOKIE_PATH)


@router.get("/admin/audit-log", responses=problem_responses(403, 422))
def list_audit_log(
    session: SessionDep,
    _admin: AdminMember,
    page: PaginationDep,
    kind: Annotated[AuditLogKind | None, Query(description="Alleen deze soort")] = None,
    since: Annotated[date | None, Query(description="Vanaf deze dag (Nederlandse tijd)")] = None,
    until: Annotated[date | None, Query(description="Tot en met deze dag")] = None,
) -> AuditLogPage:
    """Exports, account deletions and case access, newest first (platform admins). Ids,
    kinds, times and names of actors and groups only: never case text or free text."""
    if since is not None and until is not None and until < since:
        raise InvalidInputError("De einddatum ligt voor de begindatum.")
    return audit.list_audit_log(session, page, kind, since, until)
