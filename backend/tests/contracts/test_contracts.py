"""The group contract: coordinators draft and publish versions, members agree, and a new
version asks everyone to agree again."""

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.contracts.service import members_needing_agreement
from intervisiewijzer.notifications.models import Notification, NotificationKind
from tests.evaluations.helpers import make_circle
from tests.factories import add_membership, make_member
from tests.sessions.helpers import Caller

SECTIONS = {
    "attendance": "We zijn er allemaal, zes keer per jaar.",
    "confidentiality": "Wat hier gezegd wordt, blijft hier.",
    "feedback": "Open vragen, geen adviezen.",
    "which_cases": "Eigen situaties uit het gezinshuis.",
}


def base(group: object) -> str:
    return f"/api/v1/groups/{group.slug}/contract"


def test_the_template_gives_a_dutch_starting_text(client: TestClient) -> None:
    response = client.get("/api/v1/contract-template")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == set(SECTIONS)
    assert "anoniem" in body["confidentiality"]


def test_draft_publish_agree_and_renewed_agreement(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=2)
    as_ = Caller(client)
    coordinator, member = as_(circle.coordinator), as_(circle.members[0])

    empty = client.get(base(circle.group), headers=member).json()
    assert empty["current"] is None and empty["agreement_required"] is False

    draft = client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=coordinator)
    assert draft.status_code == 200, draft.text
    assert (draft.json()["version"], draft.json()["status"]) == (1, "draft")
    assert draft.json()["created_by"]["full_name"] == "Carla Coördinator"
    # Members do not see a draft; the coordinator does.
    assert client.get(base(circle.group), headers=member).json()["draft"] is None
    assert client.get(base(circle.group), headers=coordinator).json()["draft"]["version"] == 1

    published = client.post(f"{base(circle.group)}/publish", headers=coordinator)
    assert published.status_code == 200, published.text
    assert published.json()["current"]["version"] == 1
    assert published.json()["draft"] is None
    assert published.json()["agreement_required"] is True  # the coordinator agrees too

    before = client.get(base(circle.group), headers=member).json()
    assert before["agreement_required"] is True
    assert (before["agreed_count"], before["member_count"]) == (0, 4)
    assert before["agreements"] is None  # who agreed is for coordinators

    agreed = client.post(f"{base(circle.group)}/agree", json={"version": 1}, headers=member)
    assert agreed.status_code == 200, agreed.text
    assert agreed.json()["agreement_required"] is False
    first_time = agreed.json()["my_agreed_at"]
    again = client.post(f"{base(circle.group)}/agree", json={"version": 1}, headers=member)
    assert again.json()["my_agreed_at"] == first_time

    overview = client.get(base(circle.group), headers=coordinator).json()
    assert overview["agreed_count"] == 1
    agreed_names = [a["member"]["full_name"] for a in overview["agreements"] if a["agreed_at"]]
    assert agreed_names == [circle.members[0].full_name]

    # A change is a new version: everyone is asked again.
    client.put(
        f"{base(circle.group)}/draft",
        json={**SECTIONS, "feedback": "Eerst vragen, dan reflecteren."},
        headers=coordinator,
    )
    renewed = client.post(f"{base(circle.group)}/publish", headers=coordinator).json()
    assert renewed["current"]["version"] == 2
    assert renewed["current"]["feedback"] == "Eerst vragen, dan reflecteren."
    mine = client.get(base(circle.group), headers=member).json()
    assert mine["agreement_required"] is True and mine["my_agreed_at"] is None
    assert mine["agreed_count"] == 0
    assert set(members_needing_agreement(session, circle.group.id)) == {
        m.id for m in circle.everyone
    }

    # Agreeing to the version one read, after a newer one came out, is refused.
    stale = client.post(f"{base(circle.group)}/agree", json={"version": 1}, headers=member)
    assert stale.status_code == 409
    assert stale.json()["current_version"] == 2

    versions = client.get(f"{base(circle.group)}/versions", headers=member).json()
    assert [v["version"] for v in versions["items"]] == [2, 1]
    assert versions["total"] == 2


def test_a_new_member_is_asked_to_agree(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=1)
    as_ = Caller(client)
    client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=as_(circle.coordinator))
    client.post(f"{base(circle.group)}/publish", headers=as_(circle.coordinator))
    newcomer = make_member(session)
    add_membership(session, circle.group, newcomer)
    body = client.get(base(circle.group), headers=as_(newcomer)).json()
    assert body["agreement_required"] is True
    assert newcomer.id in members_needing_agreement(session, circle.group.id)


def test_drafts_can_be_changed_and_discarded(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=1)
    coordinator = Caller(client)(circle.coordinator)
    client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=coordinator)
    changed = client.put(
        f"{base(circle.group)}/draft",
        json={**SECTIONS, "attendance": "Vier keer per jaar."},
        headers=coordinator,
    )
    assert (changed.json()["version"], changed.json()["attendance"]) == (1, "Vier keer per jaar.")
    deleted = client.delete(f"{base(circle.group)}/draft", headers=coordinator)
    assert deleted.status_code == 204
    assert client.delete(f"{base(circle.group)}/draft", headers=coordinator).status_code == 404
    assert client.post(f"{base(circle.group)}/publish", headers=coordinator).status_code == 409


def test_contract_rules_for_each_role(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=1)
    as_ = Caller(client)
    admin = make_member(session, is_admin=True)
    member, outsider = as_(circle.members[0]), as_(circle.outsider)

    assert (
        client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=member).status_code == 403
    )
    assert client.post(f"{base(circle.group)}/publish", headers=member).status_code == 403
    assert (
        client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=as_(admin)).status_code
        == 200
    )
    assert client.post(f"{base(circle.group)}/publish", headers=as_(admin)).status_code == 200
    # An admin manages, but only members agree.
    refused = client.post(f"{base(circle.group)}/agree", json={"version": 1}, headers=as_(admin))
    assert refused.status_code == 403
    assert client.get(base(circle.group), headers=as_(admin)).json()["agreement_required"] is False

    for method, path, body in (
        ("GET", base(circle.group), None),
        ("GET", f"{base(circle.group)}/versions", None),
        ("PUT", f"{base(circle.group)}/draft", SECTIONS),
        ("DELETE", f"{base(circle.group)}/draft", None),
        ("POST", f"{base(circle.group)}/publish", None),
        ("POST", f"{base(circle.group)}/agree", {"version": 1}),
    ):
        assert client.request(method, path, json=body, headers=outsider).status_code == 403
        assert client.request(method, path, json=body).status_code == 401


def test_sections_are_required_and_limited(client: TestClient, session: Session) -> None:
    circle = make_circle(session, members=0)
    coordinator = Caller(client)(circle.coordinator)
    for body in ({**SECTIONS, "feedback": "   "}, {**SECTIONS, "attendance": "x" * 4001}, {}):
        response = client.put(f"{base(circle.group)}/draft", json=body, headers=coordinator)
        assert response.status_code == 422
    bad_version = client.post(
        f"{base(circle.group)}/agree", json={"version": 0}, headers=coordinator
    )
    assert bad_version.status_code == 422
    nothing = client.post(f"{base(circle.group)}/agree", json={"version": 1}, headers=coordinator)
    assert nothing.status_code == 409


def test_publishing_asks_the_other_members_to_agree_by_notification(
    client: TestClient, session: Session
) -> None:
    circle = make_circle(session, members=2)
    as_ = Caller(client)
    coordinator = as_(circle.coordinator)
    client.put(f"{base(circle.group)}/draft", json=SECTIONS, headers=coordinator)
    client.post(f"{base(circle.group)}/publish", headers=coordinator)

    def contract_notices(member_id: object) -> list[Notification]:
        return list(
            session.exec(
                select(Notification).where(
                    Notification.member_id == member_id,
                    Notification.kind == NotificationKind.contract_published,
                )
            )
        )

    notices = contract_notices(circle.members[0].id)
    assert len(notices) == 1
    assert notices[0].link == f"/groepen/{circle.group.slug}/groepsafspraken"
    assert contract_notices(circle.coordinator.id) == []
