"""The public feed for partners: ETag, Cache-Control and 304 on the finder, a group's page
and the export of all groups that are not closed."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import GroupLifecycle
from tests.factories import add_membership, login, make_group, make_member


def test_finder_list_answers_if_none_match_with_304(client: TestClient, session: Session) -> None:
    make_group(session, name="Alfa")
    first = client.get("/api/v1/groups", params={"province": "utrecht"})
    assert first.status_code == 200
    assert first.headers["cache-control"] == "public, max-age=60"
    etag = first.headers["etag"]

    again = client.get(
        "/api/v1/groups", params={"province": "utrecht"}, headers={"If-None-Match": etag}
    )
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag

    other_query = client.get(
        "/api/v1/groups", params={"province": "limburg"}, headers={"If-None-Match": etag}
    )
    assert other_query.status_code == 200

    make_group(session, name="Beta")
    changed = client.get(
        "/api/v1/groups", params={"province": "utrecht"}, headers={"If-None-Match": etag}
    )
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    assert changed.json()["total"] == 2


def test_group_page_etag_follows_members_but_edits_still_match(
    client: TestClient, session: Session
) -> None:
    coordinator = make_member(session)
    group = make_group(session, coordinator=coordinator)
    read = client.get(f"/api/v1/groups/{group.slug}")
    etag = read.headers["etag"]
    assert read.headers["cache-control"] == "public, max-age=60"
    assert (
        client.get(f"/api/v1/groups/{group.id}", headers={"If-None-Match": etag}).status_code == 304
    )

    add_membership(session, group, make_member(session))
    after_join = client.get(f"/api/v1/groups/{group.id}", headers={"If-None-Match": etag})
    assert after_join.status_code == 200
    assert after_join.json()["member_count"] == 2
    assert after_join.headers["etag"] != etag

    # a join is no edit: If-Match with the earlier tag still holds, a second edit does not
    headers = login(client, coordinator)
    edited = client.patch(
        f"/api/v1/groups/{group.id}",
        json={"description": "Nu met twee."},
        headers={**headers, "If-Match": etag},
    )
    assert edited.status_code == 200, edited.text
    stale = client.patch(
        f"/api/v1/groups/{group.id}",
        json={"description": "Te laat."},
        headers={**headers, "If-Match": etag},
    )
    assert stale.status_code == 412
    fresh = client.patch(
        f"/api/v1/groups/{group.id}",
        json={"description": "Op tijd."},
        headers={**headers, "If-Match": edited.headers["etag"]},
    )
    assert fresh.status_code == 200


def test_export_has_every_open_group_and_answers_304(client: TestClient, session: Session) -> None:
    make_group(session, name="Open groep")
    make_group(session, name="In oprichting", lifecycle=GroupLifecycle.forming)
    make_group(session, name="Gestopt", lifecycle=GroupLifecycle.closed)
    for _ in range(3):
        make_group(session)

    export = client.get("/api/v1/groups/export.json")
    assert export.status_code == 200
    body = export.json()
    names = [item["name"] for item in body["items"]]
    assert "Gestopt" not in names and {"Open groep", "In oprichting"} <= set(names)
    assert body["total"] == len(body["items"]) == 5
    assert body["generated_at"]
    assert set(body["items"][0]) >= {"slug", "place", "open_spots", "status", "methods"}
    assert export.headers["cache-control"] == "public, max-age=60"

    etag = export.headers["etag"]
    assert etag.startswith('W/"')
    unchanged = client.get("/api/v1/groups/export.json", headers={"If-None-Match": etag})
    assert unchanged.status_code == 304

    make_group(session, name="Nieuwe groep")
    changed = client.get("/api/v1/groups/export.json", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.json()["total"] == 6


def test_export_is_not_mistaken_for_a_group(client: TestClient) -> None:
    response = client.get("/api/v1/groups/export.json")
    assert response.status_code == 200
    assert response.json()["items"] == []
