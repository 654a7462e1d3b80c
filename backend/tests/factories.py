"""Small builders for test data; every test makes exactly what it needs."""

import itertools
from collections.abc import Sequence
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.groups.geo import find_place
from intervisiewijzer.groups.models import (
    FacilitatorType,
    Group,
    GroupAudience,
    GroupMethod,
    GroupMode,
    GroupRole,
    Membership,
)
from intervisiewijzer.members.models import Member, MemberKind
from intervisiewijzer.methods.models import Method
from intervisiewijzer.security import hash_password

PASSWORD = "correct-horse-battery"
_counter = itertools.count(1)
_PASSWORD_HASH = hash_password(PASSWORD)


def make_member(session: Session, **fields: Any) -> Member:
    number = next(_counter)
    values: dict[str, Any] = {
        "email": f"lid{number}@example.nl",
        "full_name": f"Lid Nummer {number}",
        "kind": MemberKind.gezinshuisouder,
        "hashed_password": _PASSWORD_HASH,
    }
    values.update(fields)
    member = Member(**values)
    session.add(member)
    session.flush()
    return member


def login(client: TestClient, member: Member, password: str = PASSWORD) -> dict[str, str]:
    response = client.post(
        "/api/v1/auth/token", data={"username": member.email, "password": password}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def make_group(
    session: Session,
    *,
    members: int = 0,
    methods: Sequence[str] = (),
    audience: Sequence[str] = (),
    coordinator: Member | None = None,
    **fields: Any,
) -> Group:
    """A group at a real place (Utrecht by default) with `members` ordinary members."""
    number = next(_counter)
    values: dict[str, Any] = {
        "name": f"Intervisiegroep {number}",
        "slug": f"intervisiegroep-{number}",
        "mode": GroupMode.in_person,
        "facilitator_type": FacilitatorType.peer,
        "place": "Utrecht",
        "province": "utrecht",
        "lat": 52.09,
        "lon": 5.12,
    }
    values.update(fields)
    if values["mode"] == GroupMode.online and "place" not in fields:
        values.update(place=None, lat=None, lon=None)
    group = Group(**values)
    session.add(group)
    session.flush()
    for slug in methods:
        method = session.exec(select(Method).where(Method.slug == slug)).one()
        session.add(GroupMethod(group_id=group.id, method_id=method.id))
    session.add_all(GroupAudience(group_id=group.id, audience=value) for value in audience)
    if coordinator is not None:
        add_membership(session, group, coordinator, GroupRole.coordinator)
    for _ in range(members):
        add_membership(session, group, make_member(session))
    session.flush()
    return group


def add_membership(
    session: Session, group: Group, member: Member, role: GroupRole = GroupRole.member
) -> Membership:
    membership = Membership(group_id=group.id, member_id=member.id, role=role)
    session.add(membership)
    session.flush()
    return membership


def place_group(session: Session, place: str, province: str, **fields: Any) -> Group:
    """A group at the centre of a real place from the shipped postcode data."""
    located = find_place(place, province)
    assert located is not None, place
    return make_group(
        session,
        place=located.name,
        province=located.province,
        lat=located.lat,
        lon=located.lon,
        **fields,
    )
