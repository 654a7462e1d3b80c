import uuid

from fastapi import APIRouter, status

from intervisiewijzer.apikeys import service
from intervisiewijzer.apikeys.middleware import partner_origins_changed
from intervisiewijzer.apikeys.schemas import (
    ApiKeyCreate,
    ApiKeyIssued,
    ApiKeyPublic,
    ApiKeyUsePublic,
)
from intervisiewijzer.auth.dependencies import AdminMember
from intervisiewijzer.common import Page, PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses

router = APIRouter(
    prefix="/admin/api-keys", tags=["api-keys"], responses=problem_responses(401, 403)
)


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(422))
def issue_api_key(session: SessionDep, admin: AdminMember, data: ApiKeyCreate) -> ApiKeyIssued:
    """Issue a key to a partner site or an organisation (admins). The response holds the
    key itself; it is shown only this once and stored only as a hash."""
    key, secret = service.issue_key(session, data, admin)
    session.commit()
    partner_origins_changed()
    return ApiKeyIssued(**service.present(key).model_dump(), key=secret)


@router.get("")
def list_api_keys(
    session: SessionDep, _admin: AdminMember, page: PaginationDep
) -> Page[ApiKeyPublic]:
    """All keys, newest first, without secrets (admins)."""
    return service.list_keys(session, page)


@router.get("/{key_id}/uses", responses=problem_responses(404))
def list_api_key_uses(
    session: SessionDep, _admin: AdminMember, key_id: uuid.UUID, page: PaginationDep
) -> Page[ApiKeyUsePublic]:
    """Requests made with a key, newest first (admins)."""
    return service.list_uses(session, service.require_key(session, key_id), page)


@router.delete(
    "/{key_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
def revoke_api_key(session: SessionDep, _admin: AdminMember, key_id: uuid.UUID) -> None:
    """Revoke a key: it stops working at once (admins)."""
    service.revoke(session, service.require_key(session, key_id))
    session.commit()
    partner_origins_changed()
