"""An organisation's key creates and changes that organisation's groups, and nothing else;
a partner key only reads."""

import uuid

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.groups.models import Group, Membership
from tests.apikeys.helpers import issue_key, key_headers, make_organisation, organisation_key
from tests.factories import make_group
from tests.groups.test_groups_api import NEW_GROUP


def test_organisation_key_creates_groups_of_its_organisation(
    client: TestClient, session: Session
) -> None:
    _, secret, organisation = organisation_key(session)
    response = client.post("/api/v1/groups", json=NEW_GROUP, headers=key_headers(secret))
    assert response.status_code == 201, response.text
    group = response.json()
    assert group["organisation"] == {"id": str(organisation.id), "name": organisation.name}
    assert group["member_count"] == 0  # no coordinator yet
    group_id = uuid.UUID(group["id"])
    assert session.exec(select(Membership).where(Membership.group_id == group_id)).all() == []


def test_organisation_key_cannot_create_for_another_organisation(
    client: TestClient, session: Session
) -> None:
    _, secret, _ = organisation_key(session)
    other = make_organisation(session)
    response = client.post(
        "/api/v1/groups",
        json={**NEW_GROUP, "organisation_id": str(other.id)},
        headers=key_headers(secret),
    )
    assert response.status_code == 403
    assert session.exec(select(Group)).all() == []


def test_organisation_key_edits_only_its_own_groups(client: TestClient, session: Session) -> None:
    _, secret, organisation = organisation_key(session)
    own = make_group(session, organisation_id=organisation.id)
    foreign = make_group(session, organisation_id=make_organisation(session).id)
    independent = make_group(session)
    headers = key_headers(secret)

    changed = client.patch(f"/api/v1/groups/{own.slug}", json={"size_max": 7}, headers=headers)
    assert changed.status_code == 200, changed.text
    assert changed.json()["size_max"] == 7
    for group in (foreign, independent):
        refused = client.patch(f"/api/v1/groups/{group.id}", json={"size_max": 7}, headers=headers)
        assert refused.status_code == 403
        assert refused.headers["content-type"] == "application/problem+json"
    assert client.patch("/api/v1/groups/bestaat-niet", json={}, headers=headers).status_code == 404


def test_organisation_key_cannot_hand_a_group_away(client: TestClient, session: Session) -> None:
    _, secret, organisation = organisation_key(session)
    own = make_group(session, organisation_id=organisation.id)
    for organisation_id in (str(make_organisation(session).id), None):
        response = client.patch(
            f"/api/v1/groups/{own.id}",
            json={"organisation_id": organisation_id},
            headers=key_headers(secret),
        )
        assert response.status_code == 403
    session.refresh(own)
    assert own.organisation_id == organisation.id


def test_partner_key_cannot_write(client: TestClient, session: Session) -> None:
    _, secret = issue_key(session)
    organisation = make_organisation(session)
    group = make_group(session, organisation_id=organisation.id)
    created = client.post("/api/v1/groups", json=NEW_GROUP, headers=key_headers(secret))
    assert created.status_code == 403
    changed = client.patch(
        f"/api/v1/groups/{group.id}", json={"name": "Overgenomen"}, headers=key_headers(secret)
    )
    assert changed.status_code == 403
    assert client.get(f"/api/v1/groups/{group.id}").json()["name"] == group.name


def test_organisation_key_without_group_scope_cannot_write(
    client: TestClient, session: Session
) -> None:
    _, secret, organisation = organisation_key(session, scopes=["finder:read"])
    group = make_group(session, organisation_id=organisation.id)
    response = client.patch(
        f"/api/v1/groups/{group.id}", json={"size_max": 7}, headers=key_headers(secret)
    )
    assert response.status_code == 403
