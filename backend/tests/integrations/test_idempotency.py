"""Idempotency-Key: a repeated write gets the stored answer, a reused key with another body
is refused, and keys are kept apart per caller."""

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, update
from sqlmodel import Session, col, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.groups.models import Group
from intervisiewijzer.integrations.models import IdempotencyRecord
from tests.apikeys.helpers import key_headers, organisation_key
from tests.factories import login, make_member
from tests.groups.test_groups_api import NEW_GROUP
from tests.integrations.helpers import NEW_ROW, import_csv


def group_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Group)).one()


def test_repeated_create_is_replayed(client: TestClient, session: Session) -> None:
    _, secret, _ = organisation_key(session)
    headers = {**key_headers(secret), "Idempotency-Key": "aanmaak-1"}
    first = client.post("/api/v1/groups", json=NEW_GROUP, headers=headers)
    assert first.status_code == 201, first.text
    again = client.post("/api/v1/groups", json=NEW_GROUP, headers=headers)
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["etag"] == first.headers["etag"]
    assert group_count(session) == 1

    other_key = {**headers, "Idempotency-Key": "aanmaak-2"}
    assert client.post("/api/v1/groups", json=NEW_GROUP, headers=other_key).status_code == 201
    assert group_count(session) == 2


def test_reused_key_with_another_body_is_refused(client: TestClient, session: Session) -> None:
    _, secret, _ = organisation_key(session)
    headers = {**key_headers(secret), "Idempotency-Key": "aanmaak-1"}
    assert client.post("/api/v1/groups", json=NEW_GROUP, headers=headers).status_code == 201
    changed = client.post(
        "/api/v1/groups", json={**NEW_GROUP, "name": "Andere groep"}, headers=headers
    )
    assert changed.status_code == 422
    assert changed.headers["content-type"] == "application/problem+json"
    assert changed.json()["type"].endswith("/idempotency-key-hergebruikt")
    assert group_count(session) == 1


def test_keys_are_per_caller(client: TestClient, session: Session) -> None:
    _, first_secret, _ = organisation_key(session)
    _, second_secret, _ = organisation_key(session)
    for secret in (first_secret, second_secret):
        headers = {**key_headers(secret), "Idempotency-Key": "zelfde-sleutel"}
        assert client.post("/api/v1/groups", json=NEW_GROUP, headers=headers).status_code == 201
    member = {**login(client, make_member(session)), "Idempotency-Key": "zelfde-sleutel"}
    assert client.post("/api/v1/groups", json=NEW_GROUP, headers=member).status_code == 201
    assert client.post("/api/v1/groups", json=NEW_GROUP, headers=member).status_code == 201
    assert group_count(session) == 3


def test_failed_write_can_be_retried_with_the_same_key(
    client: TestClient, session: Session
) -> None:
    _, secret, _ = organisation_key(session)
    headers = {**key_headers(secret), "Idempotency-Key": "poging"}
    wrong = client.post(
        "/api/v1/groups", json={**NEW_GROUP, "location": "Nergenshuizen"}, headers=headers
    )
    assert wrong.status_code == 422
    assert client.post("/api/v1/groups", json=NEW_GROUP, headers=headers).status_code == 201
    assert session.exec(select(func.count()).select_from(IdempotencyRecord)).one() == 1


def test_records_expire(client: TestClient, session: Session) -> None:
    _, secret, _ = organisation_key(session)
    headers = {**key_headers(secret), "Idempotency-Key": "oud"}
    client.post("/api/v1/groups", json=NEW_GROUP, headers=headers)
    session.execute(update(IdempotencyRecord).values(expires_at=utcnow() - timedelta(seconds=1)))
    again = client.post("/api/v1/groups", json={**NEW_GROUP, "name": "Nieuw"}, headers=headers)
    assert again.status_code == 201
    assert "idempotent-replayed" not in again.headers
    assert group_count(session) == 2
    expires = session.exec(select(col(IdempotencyRecord.expires_at))).all()
    assert len(expires) == 1 and expires[0] > utcnow()


def test_import_is_replayed(client: TestClient, session: Session) -> None:
    _, secret, _ = organisation_key(session)
    headers = {**key_headers(secret), "Idempotency-Key": "nachtelijke-import-1"}
    first = import_csv(client, [NEW_ROW], headers)
    assert first.json()["created"] == 1
    again = import_csv(client, [NEW_ROW], headers)
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    other_file = import_csv(client, [{**NEW_ROW, "size_max": "7"}], headers)
    assert other_file.status_code == 422
    assert group_count(session) == 1
