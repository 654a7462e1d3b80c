"""Bulk export and import of groups in CSV and JSON: who may, the per-row report, dry runs
and all-or-nothing."""

import csv
import io
import json

from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select

from intervisiewijzer.groups.models import Group, GroupLifecycle
from tests.apikeys.helpers import issue_key, key_headers, make_organisation, organisation_key
from tests.factories import login, make_group, make_member
from tests.integrations.helpers import NEW_ROW, csv_text, import_csv

IMPORT_URL = "/api/v1/integrations/groups/import"


def admin(client: TestClient, session: Session) -> dict[str, str]:
    return login(client, make_member(session, is_admin=True))


def group_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Group)).one()


def test_admin_exports_every_group_as_csv_and_json(client: TestClient, session: Session) -> None:
    organisation = make_organisation(session)
    make_group(
        session, name="=Formule", organisation_id=organisation.id, methods=["incidentmethode"]
    )
    make_group(session, name="Gestopt", lifecycle=GroupLifecycle.closed, external_id="X-9")
    headers = admin(client, session)

    exported = client.get("/api/v1/integrations/groups.csv", headers=headers)
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert exported.headers["cache-control"] == "private, no-store"
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [row["name"] for row in rows] == ["'=Formule", "Gestopt"]
    assert rows[0]["methods"] == "incidentmethode"
    assert rows[0]["organisation_id"] == str(organisation.id)
    assert (rows[1]["external_id"], rows[1]["lifecycle"]) == ("X-9", "closed")

    document = client.get("/api/v1/integrations/groups.json", headers=headers).json()
    assert document["total"] == 2
    assert document["items"][0]["name"] == "=Formule"
    assert document["items"][0]["location"] == "Utrecht"


def test_who_may_exchange_groups(client: TestClient, session: Session) -> None:
    _, organisation_secret, organisation = organisation_key(session)
    own = make_group(session, organisation_id=organisation.id)
    make_group(session, organisation_id=make_organisation(session).id)
    make_group(session)
    _, partner_secret = issue_key(session)

    mine = client.get("/api/v1/integrations/groups.json", headers=key_headers(organisation_secret))
    assert [item["slug"] for item in mine.json()["items"]] == [own.slug]
    for headers, status in (
        (key_headers(partner_secret), 403),
        (login(client, make_member(session)), 403),
        ({}, 401),
    ):
        assert client.get("/api/v1/integrations/groups.csv", headers=headers).status_code == status
        assert import_csv(client, [NEW_ROW], headers).status_code == status
    assert group_count(session) == 3


def test_dry_run_reports_every_row_and_stores_nothing(client: TestClient, session: Session) -> None:
    same = make_group(session, name="Blijft gelijk", description="Vaste groep.")
    changing = make_group(session, name="Wordt anders")
    rows = [
        NEW_ROW,
        {
            "slug": same.slug,
            "name": same.name,
            "mode": "in_person",
            "location": "Utrecht",
            "facilitator_type": "peer",
            "description": "Vaste groep.",
        },
        {
            "slug": changing.slug,
            "name": changing.name,
            "mode": "online",
            "facilitator_type": "none",
        },
        {"name": "X", "mode": "telepathie", "facilitator_type": "peer"},
        {"slug": "bestaat-niet", "name": "Onbekend", "mode": "online", "facilitator_type": "peer"},
    ]
    response = import_csv(client, rows, admin(client, session), dry_run=True)
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["dry_run"], report["applied"]) == (True, False)
    assert [row["status"] for row in report["rows"]] == [
        "created",
        "unchanged",
        "updated",
        "error",
        "error",
    ]
    assert (report["created"], report["updated"], report["unchanged"], report["errors"]) == (
        1,
        1,
        1,
        2,
    )
    created = report["rows"][0]
    assert created["slug"] == "gezinshuizen-amersfoort" and created["group_id"] is None
    invalid = {problem["field"]: problem["message"] for problem in report["rows"][3]["errors"]}
    assert invalid["name"] == "Dit is te kort (minimaal 3 tekens)."
    assert invalid["mode"].startswith("Kies een van de toegestane waarden")
    assert "Er is geen groep met deze slug" in report["rows"][4]["errors"][0]["message"]

    assert group_count(session) == 2
    session.refresh(changing)
    assert (changing.mode, changing.version) == ("in_person", 1)


def test_import_is_all_or_nothing(client: TestClient, session: Session) -> None:
    headers = admin(client, session)
    good = {**NEW_ROW, "external_id": "ZB-002", "name": "Goede groep"}
    bad = {**NEW_ROW, "external_id": "ZB-003", "location": "Nergenshuizen"}
    refused = import_csv(client, [good, bad], headers)
    assert refused.status_code == 422
    problem = refused.json()
    assert problem["type"].endswith("/import-afgewezen")
    assert "niets opgeslagen" in problem["detail"]
    assert [row["status"] for row in problem["report"]["rows"]] == ["created", "error"]
    assert problem["report"]["rows"][1]["errors"][0]["field"] is None
    assert group_count(session) == 0

    fixed = import_csv(client, [good, {**bad, "location": "Zeist"}], headers)
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["applied"] is True
    assert group_count(session) == 2
    stored = session.exec(select(Group).where(Group.external_id == "ZB-003")).one()
    assert (stored.place, stored.accepts_registerplein) == ("Zeist", True)


def test_second_import_matches_by_external_id(client: TestClient, session: Session) -> None:
    headers = admin(client, session)
    assert import_csv(client, [NEW_ROW], headers).json()["created"] == 1
    again = import_csv(client, [NEW_ROW], headers).json()
    assert [row["status"] for row in again["rows"]] == ["unchanged"]
    renamed = import_csv(client, [{**NEW_ROW, "size_max": "7"}], headers).json()
    assert [row["status"] for row in renamed["rows"]] == ["updated"]
    group = session.exec(select(Group).where(Group.external_id == "ZB-001")).one()
    assert (group.size_max, group.description) == (7, "")  # left-out fields keep their value


def test_export_then_import_changes_nothing(client: TestClient, session: Session) -> None:
    organisation = make_organisation(session)
    headers = admin(client, session)
    import_csv(
        client,
        [
            {**NEW_ROW, "organisation_id": str(organisation.id), "name": "=Let op"},
            {
                **NEW_ROW,
                "external_id": "",
                "name": "Online groep",
                "mode": "online",
                "location": "",
                "identity": "christelijk",
                "lifecycle": "forming",
            },
        ],
        headers,
    )
    exported = client.get("/api/v1/integrations/groups.csv", headers=headers).text
    upload = client.post(
        IMPORT_URL,
        files={"file": ("groepen.csv", exported.encode(), "text/csv")},
        headers=headers,
    )
    assert upload.status_code == 200, upload.text
    assert [row["status"] for row in upload.json()["rows"]] == ["unchanged", "unchanged"]

    as_json = client.get("/api/v1/integrations/groups.json", headers=headers).text
    replayed = client.post(
        IMPORT_URL, content=as_json, headers={**headers, "Content-Type": "application/json"}
    )
    assert [row["status"] for row in replayed.json()["rows"]] == ["unchanged", "unchanged"]


def test_csv_from_a_dutch_spreadsheet(client: TestClient, session: Session) -> None:
    content = "\ufeff" + csv_text([NEW_ROW], delimiter=";")
    response = client.post(
        IMPORT_URL,
        files={"file": ("groepen.csv", content.encode(), "text/csv")},
        headers=admin(client, session),
    )
    assert response.status_code == 200, response.text
    group = session.exec(select(Group)).one()
    assert (group.place, group.accepts_registerplein) == ("Amersfoort", True)


def test_organisation_key_imports_into_its_own_organisation(
    client: TestClient, session: Session
) -> None:
    _, secret, organisation = organisation_key(session)
    foreign = make_group(session, organisation_id=make_organisation(session).id)
    rows = [
        NEW_ROW,
        {"slug": foreign.slug, "name": "Overname", "mode": "online", "facilitator_type": "peer"},
        {**NEW_ROW, "external_id": "ZB-9", "organisation_id": str(make_organisation(session).id)},
    ]
    report = import_csv(client, rows, key_headers(secret), dry_run=True).json()
    assert [row["status"] for row in report["rows"]] == ["created", "error", "error"]
    assert report["rows"][1]["errors"][0]["message"] == "Deze groep is van een andere organisatie."
    assert report["rows"][2]["errors"][0]["field"] == "organisation_id"

    applied = import_csv(client, [NEW_ROW], key_headers(secret))
    assert applied.status_code == 200
    group = session.exec(select(Group).where(Group.external_id == "ZB-001")).one()
    assert group.organisation_id == organisation.id


def test_the_same_group_twice_in_one_file(client: TestClient, session: Session) -> None:
    report = import_csv(client, [NEW_ROW, NEW_ROW], admin(client, session), dry_run=True).json()
    assert [row["status"] for row in report["rows"]] == ["created", "error"]
    assert report["rows"][1]["errors"][0]["message"] == "Deze groep staat al in rij 1."


def test_unreadable_files_are_refused_as_a_whole(client: TestClient, session: Session) -> None:
    headers = admin(client, session)
    cases = [
        ("text/csv", b"naam,soort\nGroep,online\n", 422),
        ("text/csv", b"", 422),
        ("application/json", b"{niet json", 422),
        ("application/json", json.dumps({"items": "geen lijst"}).encode(), 422),
        ("application/xml", b"<groepen/>", 415),
    ]
    for content_type, content, status in cases:
        response = client.post(
            IMPORT_URL, content=content, headers={**headers, "Content-Type": content_type}
        )
        assert response.status_code == status, (content, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    no_file = client.post(IMPORT_URL, files={"bestand": ("x.csv", b"")}, headers=headers)
    assert no_file.status_code == 422


def test_json_rows_that_are_not_objects(client: TestClient, session: Session) -> None:
    response = client.post(
        IMPORT_URL,
        params={"dry_run": True},
        json=[42, {**NEW_ROW, "methods": ["incidentmethode"], "kleur": "blauw"}],
        headers=admin(client, session),
    )
    rows = response.json()["rows"]
    assert rows[0]["errors"][0]["message"] == "Elke groep moet een object met velden zijn."
    assert rows[1]["errors"] == [{"field": "kleur", "message": "Dit veld is onbekend."}]
