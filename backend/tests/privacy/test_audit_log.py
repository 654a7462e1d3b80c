from datetime import timedelta

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.privacy.audit import record_event
from intervisiewijzer.privacy.models import AuditKind
from intervisiewijzer.sessions.localtime import local_today
from tests.cases.helpers import CASE_BODY, SECRET_MARKER, make_admin, make_case
from tests.evaluations.helpers import add_evaluation, days_ago
from tests.factories import login, make_member
from tests.privacy.helpers import FREE_TEXT, make_subject
from tests.sessions.helpers import held_session, make_cast, make_session

URL = "/api/v1/admin/audit-log"


def test_only_platform_admins_see_the_audit_log(client: TestClient, session: Session) -> None:
    assert client.get(URL).status_code == 401
    assert client.get(URL, headers=login(client, make_member(session))).status_code == 403
    assert client.get(URL, headers=login(client, make_admin(session))).status_code == 200


def test_exports_and_case_access_show_up_together(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    admin = make_admin(session)
    upcoming = make_session(session, cast.group)
    case = make_case(session, upcoming, cast.member)
    held = held_session(session, cast.group, [cast.member], starts_at=days_ago(10))
    add_evaluation(session, held, cast.member, free_text=FREE_TEXT)
    member_headers = login(client, cast.member)

    assert (
        client.get(f"/api/v1/cases/{case.id}", headers=login(client, cast.coordinator)).status_code
        == 200
    )
    assert client.get("/api/v1/me/evidence.csv", headers=member_headers).status_code == 200
    assert client.get("/api/v1/me/evidence.pdf", headers=member_headers).status_code == 200
    assert (
        client.get(f"/api/v1/sessions/{held.id}/attendance.pdf", headers=member_headers).status_code
        == 200
    )
    assert client.get("/api/v1/me/data-export", headers=member_headers).status_code == 200
    admin_headers = login(client, admin)
    assert client.get("/api/v1/admin/research/export.csv", headers=admin_headers).status_code == 200
    assert client.get("/api/v1/integrations/groups.csv", headers=admin_headers).status_code == 200
    assert client.get("/api/v1/integrations/groups.json", headers=admin_headers).status_code == 200

    response = client.get(URL, headers=admin_headers, params={"limit": 100})

    assert response.status_code == 200
    page = response.json()
    kinds = [item["kind"] for item in page["items"]]
    assert {
        "case_create",
        "case_read",
        "evidence_csv",
        "evidence_pdf",
        "attendance_pdf",
        "data_export",
        "research_csv",
    } <= set(kinds)
    assert kinds.count("group_export") == 2
    assert page["total"] == len(page["items"])
    read = next(item for item in page["items"] if item["kind"] == "case_read")
    assert read["actor_id"] == str(cast.coordinator.id)
    assert read["actor_name"] == "Carla Coördinator"
    assert read["target_id"] == str(case.id)
    assert read["group_name"] == cast.group.name
    pdf = next(item for item in page["items"] if item["kind"] == "attendance_pdf")
    assert pdf["target_id"] == str(held.id) and pdf["group_id"] == str(cast.group.id)
    times = [item["at"] for item in page["items"]]
    assert times == sorted(times, reverse=True)

    # Never any content.
    for secret in (SECRET_MARKER, CASE_BODY["title"], FREE_TEXT):
        assert secret not in response.text


def test_filters_and_pages(client: TestClient, session: Session) -> None:
    admin = make_admin(session)
    headers = login(client, admin)
    someone = make_member(session)
    for _ in range(3):
        record_event(session, AuditKind.evidence_csv, someone.id, target_id=someone.id)
    old = record_event(session, AuditKind.data_export, someone.id, now=days_ago(40))
    subject = make_subject(session)  # creates a case: a case_create row
    assert subject.case is not None

    only_csv = client.get(URL, headers=headers, params={"kind": "evidence_csv", "limit": 2}).json()
    assert only_csv["total"] == 3 and len(only_csv["items"]) == 2
    assert {item["kind"] for item in only_csv["items"]} == {"evidence_csv"}
    second = client.get(
        URL, headers=headers, params={"kind": "evidence_csv", "limit": 2, "offset": 2}
    ).json()
    assert len(second["items"]) == 1

    cases = client.get(URL, headers=headers, params={"kind": "case_create"}).json()
    assert cases["total"] == 1 and cases["items"][0]["target_id"] == str(subject.case.id)

    today = local_today()
    recent = client.get(URL, headers=headers, params={"since": str(today - timedelta(days=7))})
    assert str(old.id) not in recent.text and recent.json()["total"] >= 4
    back_then = client.get(
        URL,
        headers=headers,
        params={"since": str(today - timedelta(days=41)), "until": str(today - timedelta(days=39))},
    ).json()
    assert [item["id"] for item in back_then["items"]] == [str(old.id)]

    backwards = client.get(
        URL, headers=headers, params={"since": str(today), "until": str(today - timedelta(days=1))}
    )
    assert backwards.status_code == 422
    assert client.get(URL, headers=headers, params={"kind": "nonsense"}).status_code == 422


def test_deleted_actors_show_as_anonymous(client: TestClient, session: Session) -> None:
    member = make_member(session, full_name="Tijdelijk Lid")
    assert client.get("/api/v1/me/data-export", headers=login(client, member)).status_code == 200
    assert (
        client.post(
            "/api/v1/me/delete",
            json={"password": "correct-horse-battery"},
            headers=login(client, member),
        ).status_code
        == 204
    )
    page = client.get(URL, headers=login(client, make_admin(session))).json()
    mine = [item for item in page["items"] if item["actor_id"] == str(member.id)]
    assert {item["kind"] for item in mine} == {"data_export", "account_deleted"}
    assert {item["actor_name"] for item in mine} == {"Verwijderd lid"}
    assert "Tijdelijk Lid" not in str(page)
