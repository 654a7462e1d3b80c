from fastapi import APIRouter

from intervisiewijzer.auth.dependencies import SettingsDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.grouphealth import service
from intervisiewijzer.grouphealth.access import HealthReader
from intervisiewijzer.grouphealth.schemas import GroupHealth

router = APIRouter(tags=["group-health"])


@router.get("/groups/{group_ref}/health", responses=problem_responses(401, 403, 404))
def read_group_health(
    session: SessionDep, settings: SettingsDep, access: HealthReader
) -> GroupHealth:
    """How the group scores on the core criteria of a well-functioning intervision group,
    from its own data of the last 12 months, with a tip per criterion (members)."""
    return service.group_health(session, settings, access.group)
