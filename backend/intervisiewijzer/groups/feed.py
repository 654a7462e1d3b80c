"""The public group feed for partner sites: HTTP caching (ETag, Cache-Control, 304) and the
nightly export of all groups that are not closed."""

import hashlib
from datetime import datetime

from fastapi import Request, Response
from pydantic import BaseModel
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.groups.models import Group, GroupLifecycle
from intervisiewijzer.groups.schemas import GroupPublic
from intervisiewijzer.groups.service import present_groups


class GroupExport(BaseModel):
    """Every group that is not closed, for partners that copy the finder's data."""

    generated_at: datetime
    total: int
    items: list[GroupPublic]


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:32]


def group_etag(group: Group, public: GroupPublic) -> str:
    """`"<id>-<version>-<content hash>"`. The version part guards edits (If-Match); the hash
    also changes when people join or leave, so a cached public page is never kept too long
    (If-None-Match)."""
    return f'"{_edit_tag(group)}-{digest(public.model_dump_json().encode())[:12]}"'


def matches_edit_version(if_match: str, group: Group) -> bool:
    """If-Match for edits: a tag from any read of the current version of the group."""
    current = _edit_tag(group)
    for tag in _tags(if_match):
        if tag == "*" or tag == current or tag.startswith(current + "-"):
            return True
    return False


def _edit_tag(group: Group) -> str:
    return f"{group.id.hex[:12]}-{group.version}"


def _tags(header: str) -> list[str]:
    return [tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")]


def cached_json(
    request: Request, body: bytes, etag: str, max_age: int, status_code: int = 200
) -> Response:
    """A public JSON answer that partners and browsers may cache, or 304 if theirs is current."""
    headers = {"ETag": etag, "Cache-Control": f"public, max-age={max_age}"}
    if_none_match = request.headers.get("if-none-match")
    if if_none_match and {"*", etag.removeprefix("W/").strip('"')} & set(_tags(if_none_match)):
        return Response(status_code=304, headers=headers)
    return Response(
        content=body, status_code=status_code, media_type="application/json", headers=headers
    )


def export_open_groups(session: Session) -> GroupExport:
    groups = session.exec(
        select(Group)
        .where(col(Group.lifecycle) != GroupLifecycle.closed)
        .order_by(col(Group.name), col(Group.id))
    ).all()
    return GroupExport(
        generated_at=utcnow(), total=len(groups), items=present_groups(session, groups)
    )


def export_etag(export: GroupExport) -> str:
    """Weak: the same groups give the same tag, although generated_at differs per request."""
    items = b"".join(item.model_dump_json().encode() for item in export.items)
    return f'W/"{digest(items)}"'
