"""The inbox and the preferences of the logged-in member."""

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.common import utcnow
from intervisiewijzer.members.models import Member
from intervisiewijzer.notifications.models import Notification, NotificationKind
from intervisiewijzer.notifications.service import notify
from tests.factories import login, make_group, make_member
from tests.notifications.helpers import emails_to, notifications_of


def inbox_of(session: Session, member: Member, count: int) -> list[Notification]:
    start = utcnow() - timedelta(hours=count)
    items = [
        Notification(
            member_id=member.id,
            kind=NotificationKind.session_reminder,
            title=f"Melding {number}",
            body="Tekst",
            created_at=start + timedelta(hours=number),
        )
        for number in range(count)
    ]
    session.add_all(items)
    session.flush()
    return items


def test_newest_first_with_unread_count(client: TestClient, session: Session) -> None:
    member = make_member(session)
    inbox_of(session, member, 3)
    inbox_of(session, make_member(session), 2)  # someone else's
    headers = login(client, member)

    page = client.get("/api/v1/me/notifications", params={"limit": 2}, headers=headers).json()
    assert [item["title"] for item in page["items"]] == ["Melding 2", "Melding 1"]
    assert (page["total"], page["limit"], page["offset"], page["unread_count"]) == (3, 2, 0, 3)
    rest = client.get(
        "/api/v1/me/notifications", params={"limit": 2, "offset": 2}, headers=headers
    ).json()
    assert [item["title"] for item in rest["items"]] == ["Melding 0"]


def test_mark_one_and_all_read(client: TestClient, session: Session) -> None:
    member = make_member(session)
    first, second, third = inbox_of(session, member, 3)
    headers = login(client, member)

    read = client.post(f"/api/v1/me/notifications/{first.id}/read", headers=headers)
    assert read.status_code == 200 and read.json()["read_at"] is not None
    again = client.post(f"/api/v1/me/notifications/{first.id}/read", headers=headers)
    assert again.json()["read_at"] == read.json()["read_at"]
    unread = client.get(
        "/api/v1/me/notifications", params={"unread_only": True}, headers=headers
    ).json()
    assert {item["id"] for item in unread["items"]} == {str(second.id), str(third.id)}
    assert unread["unread_count"] == 2

    marked = client.post("/api/v1/me/notifications/read-all", headers=headers)
    assert marked.json() == {"marked_read": 2}
    assert client.get("/api/v1/me/notifications", headers=headers).json()["unread_count"] == 0


def test_someone_elses_notification_is_not_found(client: TestClient, session: Session) -> None:
    [theirs] = inbox_of(session, make_member(session), 1)
    headers = login(client, make_member(session))
    for notification_id in (theirs.id, uuid.uuid4()):
        response = client.post(f"/api/v1/me/notifications/{notification_id}/read", headers=headers)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
    assert theirs.read_at is None


def test_inbox_needs_login(client: TestClient) -> None:
    assert client.get("/api/v1/me/notifications").status_code == 401
    assert client.get("/api/v1/me/notification-preferences").status_code == 401


def test_preferences_default_to_everything_on(client: TestClient, session: Session) -> None:
    response = client.get(
        "/api/v1/me/notification-preferences", headers=login(client, make_member(session))
    )
    items = response.json()["items"]
    assert [item["kind"] for item in items] == [kind.value for kind in NotificationKind]
    assert all(item["in_app"] and item["email"] for item in items)


def test_preferences_decide_the_channels(client: TestClient, session: Session) -> None:
    member = make_member(session)
    headers = login(client, member)
    chosen = {
        "items": [
            {"kind": "session_planned", "in_app": True, "email": False},
            {"kind": "session_reminder", "in_app": False, "email": True},
            {"kind": "evaluation_waiting", "in_app": False, "email": False},
        ]
    }
    saved = client.put("/api/v1/me/notification-preferences", json=chosen, headers=headers)
    assert saved.status_code == 200
    by_kind = {item["kind"]: item for item in saved.json()["items"]}
    assert by_kind["session_planned"] == {"kind": "session_planned", "in_app": True, "email": False}
    assert by_kind["join_request_received"]["email"] is True

    group = make_group(session)
    context = {
        "group_name": group.name,
        "group_slug": group.slug,
        "session_id": "s1",
        "starts_at": "2027-03-02T18:30:00+00:00",
    }
    for kind in (
        NotificationKind.session_planned,
        NotificationKind.session_reminder,
        NotificationKind.evaluation_waiting,
    ):
        notify(session, [member.id], kind, context)
    assert [n.kind for n in notifications_of(session, member)] == ["session_planned"]
    assert [e.subject for e in emails_to(session, member)] == [f"Binnenkort: {group.name}"]

    # PUT replaces: a kind left out goes back to on
    client.put("/api/v1/me/notification-preferences", json={"items": []}, headers=headers)
    after = client.get("/api/v1/me/notification-preferences", headers=headers).json()["items"]
    assert all(item["in_app"] and item["email"] for item in after)


def test_preferences_reject_duplicates_and_unknown_kinds(
    client: TestClient, session: Session
) -> None:
    headers = login(client, make_member(session))
    twice = {"kind": "session_planned", "in_app": True, "email": False}
    for body in (
        {"items": [twice, twice]},
        {"items": [{"kind": "nieuwsbrief", "in_app": True, "email": True}]},
        {"items": [{"kind": "session_planned"}]},
    ):
        response = client.put("/api/v1/me/notification-preferences", json=body, headers=headers)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
