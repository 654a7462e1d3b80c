"""The events partners can subscribe to, with their payloads: ids, slugs and public fields
only. Never emails or names of people, motivations, messages or case text."""

import uuid
from datetime import datetime
from typing import Any, Literal

from sqlmodel import Session

from intervisiewijzer.errors import NotFoundError
from intervisiewijzer.groups.models import Group
from intervisiewijzer.memberships.models import JoinRequest
from intervisiewijzer.webhooks.models import WebhookDelivery, WebhookEvent
from intervisiewijzer.webhooks.service import emit


def group_changed(
    session: Session, group: Group, change: Literal["created", "updated"]
) -> list[WebhookDelivery]:
    return emit(
        session,
        WebhookEvent.group_changed,
        {
            "change": change,
            "group": {
                **_group_ref(group),
                "name": group.name,
                "mode": group.mode,
                "province": group.province,
                "place": group.place,
                "lifecycle": group.lifecycle,
                "updated_at": group.updated_at.isoformat(),
            },
        },
    )


def join_request_created(
    session: Session, group: Group, request: JoinRequest
) -> list[WebhookDelivery]:
    return emit(
        session,
        WebhookEvent.join_request_created,
        {"join_request": _request_ref(request), "group": _group_ref(group)},
    )


def join_request_decided(
    session: Session, group: Group, request: JoinRequest
) -> list[WebhookDelivery]:
    return emit(
        session,
        WebhookEvent.join_request_decided,
        {"join_request": _request_ref(request), "group": _group_ref(group)},
    )


def session_planned(
    session: Session,
    *,
    group_id: uuid.UUID,
    session_id: uuid.UUID,
    starts_at: datetime,
    ends_at: datetime,
) -> list[WebhookDelivery]:
    """For the sessions package: a meeting was planned (no location: it may be a home)."""
    group = _require_group(session, group_id)
    return emit(
        session,
        WebhookEvent.session_planned,
        {
            "session": {
                "id": str(session_id),
                "starts_at": starts_at.isoformat(),
                "ends_at": ends_at.isoformat(),
            },
            "group": _group_ref(group),
        },
    )


def attendance_confirmed(
    session: Session,
    *,
    group_id: uuid.UUID,
    session_id: uuid.UUID,
    attendance_id: uuid.UUID,
    confirmed_at: datetime,
) -> list[WebhookDelivery]:
    """For the sessions package: a member signed the attendance list of a meeting (the
    payload names the attendance, not the person)."""
    group = _require_group(session, group_id)
    return emit(
        session,
        WebhookEvent.attendance_confirmed,
        {
            "attendance": {"id": str(attendance_id), "confirmed_at": confirmed_at.isoformat()},
            "session": {"id": str(session_id)},
            "group": _group_ref(group),
        },
    )


def _require_group(session: Session, group_id: uuid.UUID) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError("Deze groep bestaat niet (meer).")
    return group


def _group_ref(group: Group) -> dict[str, Any]:
    return {"id": str(group.id), "slug": group.slug}


def _request_ref(request: JoinRequest) -> dict[str, Any]:
    return {
        "id": str(request.id),
        "status": request.status,
        "created_at": request.created_at.isoformat(),
        "decided_at": request.decided_at.isoformat() if request.decided_at else None,
    }
