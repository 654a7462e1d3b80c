from typing import Any

from fastapi import APIRouter, Response

from intervisiewijzer.auth.dependencies import SettingsDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.privacy.audit import record_event
from intervisiewijzer.privacy.models import AuditKind
from intervisiewijzer.research import export, service
from intervisiewijzer.research.access import PublicReader, ResearchAdmin
from intervisiewijzer.research.schemas import ResearchReport
from intervisiewijzer.sessions.localtime import local_today

router = APIRouter(tags=["research"])

CSV_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "CSV, puntkomma-gescheiden"}
}


@router.get("/admin/research/dashboard", responses=problem_responses(401, 403))
def read_research_dashboard(
    session: SessionDep, settings: SettingsDep, _admin: ResearchAdmin
) -> ResearchReport:
    """Per criterion: count, mean and distribution, overall and by facilitator type, mode,
    frequency band and quarter (platform admins). No cell below `min_cell_size` answers."""
    return service.research_dashboard(session, settings)


@router.get(
    "/admin/research/export.csv",
    response_class=Response,
    responses={**CSV_CONTENT, **problem_responses(401, 403)},
)
def download_research_export(
    session: SessionDep, settings: SettingsDep, admin: ResearchAdmin
) -> Response:
    """The dashboard's cells as a CSV of anonymised aggregates, with the same suppression
    (platform admins)."""
    report = service.research_dashboard(session, settings)
    record_event(session, AuditKind.research_csv, admin.id)
    session.commit()
    return Response(
        content=export.report_csv(report),
        media_type=export.CSV_MEDIA_TYPE,
        headers={
            "Content-Disposition": (
                f'attachment; filename="intervisiewijzer-onderzoek-{local_today()}.csv"'
            ),
            "Cache-Control": "private, no-store",
        },
    )


@router.get("/research/summary", responses=problem_responses(429))
def read_research_summary(
    response: Response, session: SessionDep, settings: SettingsDep, _reader: PublicReader
) -> ResearchReport:
    """What evaluations show so far, for everyone: overall and with or without a trained
    facilitator, over complete quarters. No cell below `min_cell_size` answers."""
    response.headers["Cache-Control"] = f"public, max-age={settings.public_cache_max_age}"
    return service.public_summary(session, settings)
