from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from intervisiewijzer.db import get_engine
from intervisiewijzer.errors import ServiceUnavailableError, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    database: str


@router.get("/health", responses=problem_responses(503))
def health() -> Health:
    """Is the service up and can it reach its database?"""
    try:
        with get_engine().connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        raise ServiceUnavailableError(
            "De database is niet bereikbaar.", database="unavailable"
        ) from exc
    return Health(status="ok", database="ok")
