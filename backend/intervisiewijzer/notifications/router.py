import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from intervisiewijzer.auth.dependencies import CurrentMember
from intervisiewijzer.common import PaginationDep
from intervisiewijzer.db import SessionDep
from intervisiewijzer.errors import problem_responses
from intervisiewijzer.notifications import service
from intervisiewijzer.notifications.schemas import (
    NotificationPage,
    NotificationPreferences,
    NotificationPublic,
    ReadAllResult,
)

router = APIRouter(prefix="/me", tags=["notifications"], responses=problem_responses(401))


@router.get("/notifications", responses=problem_responses(422))
def list_my_notifications(
    session: SessionDep,
    member: CurrentMember,
    page: PaginationDep,
    unread_only: Annotated[bool, Query(description="Alleen ongelezen meldingen")] = False,
) -> NotificationPage:
    """The logged-in member's notifications, newest first, with the number still unread."""
    return service.list_notifications(session, member.id, page, unread_only)


@router.post("/notifications/read-all")
def mark_all_notifications_read(session: SessionDep, member: CurrentMember) -> ReadAllResult:
    """Mark every notification as read."""
    marked = service.mark_all_read(session, member.id)
    session.commit()
    return ReadAllResult(marked_read=marked)


@router.post("/notifications/{notification_id}/read", responses=problem_responses(404))
def mark_notification_read(
    session: SessionDep, member: CurrentMember, notification_id: uuid.UUID
) -> NotificationPublic:
    """Mark one notification as read (again is fine)."""
    notification = service.mark_read(session, member.id, notification_id)
    session.commit()
    return NotificationPublic.model_validate(notification)


@router.get("/notification-preferences")
def read_notification_preferences(
    session: SessionDep, member: CurrentMember
) -> NotificationPreferences:
    """Which notifications the member gets, per kind, in the app and by email."""
    return NotificationPreferences(items=service.preferences_of(session, member.id))


@router.put("/notification-preferences", responses=problem_responses(422))
def replace_notification_preferences(
    session: SessionDep, member: CurrentMember, data: NotificationPreferences
) -> NotificationPreferences:
    """Choose per kind whether to get it in the app and by email. Kinds left out go back to
    the default: both on."""
    items = service.replace_preferences(session, member.id, data.items)
    session.commit()
    return NotificationPreferences(items=items)
