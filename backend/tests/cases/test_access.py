"""Every case, topic and runner endpoint against every kind of caller: anonymous (401),
members and facilitators of another group and platform admins (404: they cannot even learn a
case exists), plain members where only the case bringer or a coordinator may act (403)."""

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.cases.models import CaseFollowUp
from intervisiewijzer.groups.models import GroupRole
from intervisiewijzer.main import create_app
from intervisiewijzer.members.models import Member
from intervisiewijzer.sessions.models import GroupSession
from tests.cases.helpers import (
    SECRET_MARKER,
    case_body,
    facilitator_elsewhere,
    make_admin,
    make_case,
    method_id,
    record_outcome,
)
from tests.factories import add_membership, make_member
from tests.sessions.helpers import Caller, Cast, make_cast, make_session

CASE_SESSION_ENDPOINTS = [
    ("POST", "/api/v1/sessions/{session}/cases", case_body()),
    ("GET", "/api/v1/sessions/{session}/cases", None),
]
CASE_ENDPOINTS = [
    ("GET", "/api/v1/cases/{case}", None),
    ("PATCH", "/api/v1/cases/{case}", {"title": "Andere titel", "anonymised_confirmed": True}),
    ("DELETE", "/api/v1/cases/{case}", None),
    ("PUT", "/api/v1/cases/{case}/outcome", {"insights": "Rust bewaren", "action_plan": []}),
    ("POST", "/api/v1/cases/{case}/follow-ups/{follow_up}/done", None),
]
RUN_READ_ENDPOINTS = [
    ("GET", "/api/v1/sessions/{session}/run", None),
    ("PUT", "/api/v1/sessions/{session}/run/notes", {"text": "Aantekening", "version": 0}),
]
RUN_LEAD_ENDPOINTS = [
    ("POST", "/api/v1/sessions/{session}/run", None),
    ("POST", "/api/v1/sessions/{session}/run/next", None),
    ("POST", "/api/v1/sessions/{session}/run/previous", None),
    ("POST", "/api/v1/sessions/{session}/run/draw-card", None),
    ("POST", "/api/v1/sessions/{session}/run/finish", None),
]
PERSONAL_ENDPOINTS = [("GET", "/api/v1/me/cases", None)]
ADMIN_ENDPOINTS = [
    ("GET", "/api/v1/admin/case-access-log", None),
    ("POST", "/api/v1/admin/topics", {"name": "Pubertijd"}),
    ("PATCH", "/api/v1/admin/topics/{topic}", {"active": False}),
]
PUBLIC_ENDPOINTS = [("GET", "/api/v1/topics", None), ("GET", "/api/v1/topics/overview", None)]

GROUP_ENDPOINTS = CASE_SESSION_ENDPOINTS + CASE_ENDPOINTS + RUN_READ_ENDPOINTS + RUN_LEAD_ENDPOINTS
ALL_ENDPOINTS = GROUP_ENDPOINTS + PERSONAL_ENDPOINTS + ADMIN_ENDPOINTS + PUBLIC_ENDPOINTS
# Only the case bringer or a coordinator; only the case bringer for the outcome.
EDIT_ENDPOINTS = CASE_ENDPOINTS[1:3] + CASE_ENDPOINTS[4:]
OUTCOME_ENDPOINT = CASE_ENDPOINTS[3]


@dataclass
class Scene:
    cast: Cast
    group_session: GroupSession
    bringer: Member
    ids: dict[str, str]


def make_scene(session: Session) -> Scene:
    cast = make_cast(session)
    bringer = make_member(session, full_name="Bente Inbrenger")
    add_membership(session, cast.group, bringer)
    group_session = make_session(
        session,
        cast.group,
        facilitator_id=cast.facilitator.id,
        method_id=method_id(session, "incidentmethode"),
    )
    case = make_case(session, group_session, bringer)
    record_outcome(session, case, bringer, "Vaste avondroutine proberen")
    follow_up = session.exec(select(CaseFollowUp).where(CaseFollowUp.case_id == case.id)).one()
    ids = {
        "session": str(group_session.id),
        "case": str(case.id),
        "follow_up": str(follow_up.id),
        "topic": "hechting",
    }
    return Scene(cast, group_session, bringer, ids)


def call(client: TestClient, endpoint: tuple[str, str, object], scene: Scene, headers: dict):  # type: ignore[no-untyped-def,type-arg]
    method, path, body = endpoint
    return client.request(method, path.format(**scene.ids), json=body, headers=headers)


def test_every_endpoint_is_covered_here() -> None:
    spec = create_app().openapi()
    mine = {
        (method.upper(), path)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if {"cases", "topics", "runner"} & set(operation.get("tags", []))
    }
    listed = {
        (
            method,
            path.replace("{session}", "{session_id}")
            .replace("{case}", "{case_id}")
            .replace("{follow_up}", "{follow_up_id}")
            .replace("{topic}", "{slug}"),
        )
        for method, path, _ in ALL_ENDPOINTS
    }
    assert mine == listed


@pytest.mark.parametrize("endpoint", GROUP_ENDPOINTS + PERSONAL_ENDPOINTS + ADMIN_ENDPOINTS)
def test_anonymous_callers_must_log_in(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    response = call(client, endpoint, make_scene(session), {})
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("endpoint", GROUP_ENDPOINTS)
def test_people_outside_the_group_get_404(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    """A coordinator of another group, a facilitator of another group, a platform admin."""
    scene = make_scene(session)
    caller = Caller(client)
    for outsider in (scene.cast.outsider, facilitator_elsewhere(session)[0], make_admin(session)):
        response = call(client, endpoint, scene, caller(outsider))
        assert response.status_code == 404, (outsider.full_name, response.text)
        assert SECRET_MARKER not in response.text


def test_an_admin_who_is_a_member_reads_like_any_member(
    client: TestClient, session: Session
) -> None:
    scene = make_scene(session)
    admin = make_admin(session)
    add_membership(session, scene.cast.group, admin)
    response = call(client, CASE_ENDPOINTS[0], scene, Caller(client)(admin))
    assert response.status_code == 200


@pytest.mark.parametrize("endpoint", [*EDIT_ENDPOINTS, OUTCOME_ENDPOINT])
def test_plain_members_cannot_change_someone_elses_case(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    response = call(client, endpoint, scene, Caller(client)(scene.cast.member))
    assert response.status_code == 403


@pytest.mark.parametrize("endpoint", [*EDIT_ENDPOINTS, OUTCOME_ENDPOINT])
def test_the_sessions_facilitator_cannot_change_the_case(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    response = call(client, endpoint, scene, Caller(client)(scene.cast.facilitator))
    assert response.status_code == 403


@pytest.mark.parametrize("endpoint", EDIT_ENDPOINTS)
def test_coordinators_may_change_a_case(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    response = call(client, endpoint, scene, Caller(client)(scene.cast.coordinator))
    assert response.status_code in (200, 204), response.text


def test_only_the_case_bringer_records_the_outcome(client: TestClient, session: Session) -> None:
    scene = make_scene(session)
    caller = Caller(client)
    assert call(client, OUTCOME_ENDPOINT, scene, caller(scene.cast.coordinator)).status_code == 403
    assert call(client, OUTCOME_ENDPOINT, scene, caller(scene.bringer)).status_code == 200


@pytest.mark.parametrize(
    "endpoint", CASE_SESSION_ENDPOINTS + CASE_ENDPOINTS[:1] + RUN_READ_ENDPOINTS[:1]
)
def test_members_read(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    response = call(client, endpoint, scene, Caller(client)(scene.cast.member))
    assert response.status_code in (200, 201), response.text


@pytest.mark.parametrize("endpoint", RUN_LEAD_ENDPOINTS)
def test_plain_members_and_case_bringers_cannot_lead_the_session(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    caller = Caller(client)
    assert call(client, endpoint, scene, caller(scene.cast.member)).status_code == 403
    assert call(client, endpoint, scene, caller(scene.bringer)).status_code == 403


@pytest.mark.parametrize("lead", ["facilitator", "coordinator"])
def test_the_facilitator_and_coordinators_lead_the_session(
    client: TestClient, session: Session, lead: str
) -> None:
    scene = make_scene(session)
    headers = Caller(client)(getattr(scene.cast, lead))
    path = "/api/v1/sessions/{session}/run".format(**scene.ids)
    assert client.post(path, headers=headers).status_code == 201
    assert client.post(path + "/next", headers=headers).status_code == 200


def test_a_group_facilitator_leads_a_session_without_a_facilitator(
    client: TestClient, session: Session
) -> None:
    scene = make_scene(session)
    other_facilitator = make_member(session)
    add_membership(session, scene.cast.group, other_facilitator, GroupRole.facilitator)
    path = "/api/v1/sessions/{session}/run".format(**scene.ids)
    # The session has its own facilitator: another group facilitator may not lead it ...
    assert client.post(path, headers=Caller(client)(other_facilitator)).status_code == 403
    # ... but may when the session has none.
    scene.group_session.facilitator_id = None
    session.add(scene.group_session)
    session.flush()
    assert client.post(path, headers=Caller(client)(other_facilitator)).status_code == 201


@pytest.mark.parametrize("endpoint", ADMIN_ENDPOINTS)
def test_admin_endpoints_are_for_platform_admins(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    scene = make_scene(session)
    caller = Caller(client)
    assert call(client, endpoint, scene, caller(scene.cast.coordinator)).status_code == 403
    assert call(client, endpoint, scene, caller(make_admin(session))).status_code in (200, 201)


@pytest.mark.parametrize("endpoint", PUBLIC_ENDPOINTS)
def test_topics_are_public(
    client: TestClient, session: Session, endpoint: tuple[str, str, object]
) -> None:
    assert call(client, endpoint, make_scene(session), {}).status_code == 200
