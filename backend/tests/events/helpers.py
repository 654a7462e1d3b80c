"""Builders for event tests (the shared ones live in tests/factories.py)."""

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from intervisiewijzer.events.models import (
    Event,
    EventCoach,
    EventRegistration,
    EventStatus,
    RegistrationStatus,
)
from intervisiewijzer.members.models import Member, MemberKind
from tests.factories import login, make_member


def make_event(
    session: Session, *, starts_in: timedelta = timedelta(days=14), **fields: Any
) -> Event:
    """A published event two weeks ahead (by default), registration open until the start."""
    starts_at = utcnow() + starts_in
    values: dict[str, Any] = {
        "theme": "Traumasensitief werken",
        "title": "Wat trauma doet met een kind in je gezinshuis",
        "expert_name": "Dr. Anna de Vries",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2, minutes=30),
        "plenary_url": "https://meet.example.nl/plenair-trauma",
        "capacity": 40,
        "registration_closes_at": starts_at,
        "status": EventStatus.published,
    }
    values.update(fields)
    event = Event(**values)
    session.add(event)
    session.flush()
    return event


def make_admin(session: Session) -> Member:
    return make_member(session, is_admin=True, kind=MemberKind.other)


def add_coaches(session: Session, event: Event, count: int) -> list[Member]:
    coaches = [make_member(session, kind=MemberKind.intervisor) for _ in range(count)]
    session.add_all(EventCoach(event_id=event.id, member_id=coach.id) for coach in coaches)
    session.flush()
    return coaches


def add_registration(
    session: Session,
    event: Event,
    member: Member | None = None,
    *,
    status: RegistrationStatus = RegistrationStatus.registered,
    household_code: str | None = None,
) -> EventRegistration:
    """Straight into the database, bypassing the rules (e.g. for events that already ran)."""
    registration = EventRegistration(
        event_id=event.id,
        member_id=(member or make_member(session)).id,
        status=status,
        household_code=household_code,
    )
    session.add(registration)
    session.flush()
    return registration


def register(client: TestClient, event: Event, member: Member, **body: Any) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/events/{event.id}/registrations", json=body, headers=login(client, member)
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def assign(client: TestClient, event: Event, admin: Member) -> dict[str, Any]:
    response = client.post(f"/api/v1/events/{event.id}/rooms/assign", headers=login(client, admin))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result
