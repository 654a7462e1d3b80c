"""Small builders for test data; every test makes exactly what it needs."""

import itertools
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.members.models import Member, MemberKind
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
