from typing import Any

from fastapi import APIRouter, Response

from intervisiewijzer.auth.dependencies import CurrentMember, SettingsDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.evidence import documents, service
from intervisiewijzer.evidence.schemas import EvidenceOverview
from intervisiewijzer.privacy.audit import record_event
from intervisiewijzer.privacy.models import AuditKind
from intervisiewijzer.sessions.access import SessionMemberAccess
from intervisiewijzer.sessions.localtime import local_today, to_local
from intervisiewijzer.sessions.router import download
from intervisiewijzer.text import slugify

router = APIRouter(tags=["evidence"], responses=problem_responses(401))

PDF_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
        "description": "PDF-document",
    }
}
CSV_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "CSV, puntkomma-gescheiden",
    }
}


@router.get("/me/evidence")
def read_my_evidence(
    session: SessionDep, settings: SettingsDep, member: CurrentMember
) -> EvidenceOverview:
    """My confirmed reflection activities in the rolling window, against the norm for
    re-registration (SKJ or Registerplein)."""
    return service.evidence_overview(session, member, settings)


@router.get("/me/evidence.pdf", response_class=Response, responses=PDF_CONTENT)
def download_my_evidence_pdf(
    session: SessionDep, settings: SettingsDep, member: CurrentMember
) -> Response:
    """My overview as a PDF, to attach to a re-registration."""
    overview = service.evidence_overview(session, member, settings)
    record_event(session, AuditKind.evidence_pdf, member.id, target_id=member.id)
    session.commit()
    return download(
        documents.evidence_pdf(overview),
        documents.PDF_MEDIA_TYPE,
        _overview_filename(member.full_name, "pdf"),
    )


@router.get("/me/evidence.csv", response_class=Response, responses=CSV_CONTENT)
def download_my_evidence_csv(
    session: SessionDep, settings: SettingsDep, member: CurrentMember
) -> Response:
    """My overview as a spreadsheet file (CSV)."""
    overview = service.evidence_overview(session, member, settings)
    record_event(session, AuditKind.evidence_csv, member.id, target_id=member.id)
    session.commit()
    return download(
        documents.evidence_csv(overview),
        documents.CSV_MEDIA_TYPE,
        _overview_filename(member.full_name, "csv"),
    )


@router.get(
    "/sessions/{session_id}/attendance.pdf",
    response_class=Response,
    responses={**PDF_CONTENT, **problem_responses(404, 409)},
)
def download_attendance_pdf(session: SessionDep, access: SessionMemberAccess) -> Response:
    """The attendance list of a session as a PDF, with everyone's confirmation time
    (members of the group)."""
    sheet = service.attendance_sheet(session, access.group_session)
    record_event(
        session,
        AuditKind.attendance_pdf,
        access.caller.id,
        group_id=access.group_session.group_id,
        target_id=access.group_session.id,
    )
    session.commit()
    day = to_local(sheet.starts_at).date()
    return download(
        documents.attendance_pdf(sheet),
        documents.PDF_MEDIA_TYPE,
        f"presentielijst-{sheet.group_slug}-{day.isoformat()}.pdf",
    )


def _overview_filename(full_name: str, extension: str) -> str:
    return f"reflectie-overzicht-{slugify(full_name)}-{local_today().isoformat()}.{extension}"
