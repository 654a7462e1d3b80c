from fastapi import APIRouter
from sqlmodel import col, select

from intervisiewijzer.db import SessionDep
from intervisiewijzer.methods.models import Method
from intervisiewijzer.methods.schemas import MethodPublic

router = APIRouter(prefix="/methods", tags=["methods"])


@router.get("")
def list_methods(session: SessionDep) -> list[MethodPublic]:
    """The intervision methods groups can work with."""
    methods = session.exec(select(Method).order_by(col(Method.position))).all()
    return [MethodPublic.model_validate(method) for method in methods]
