"""The public finder: every filter, distance sorting, places that are unknown or ambiguous."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.groups.models import FacilitatorType, GroupLifecycle, GroupMode
from tests.factories import make_group, make_member, place_group


def find(client: TestClient, **params: object) -> dict:  # type: ignore[type-arg]
    response = client.get("/api/v1/groups", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [item["name"] for item in result["items"]]


def test_near_a_postcode_sorts_by_distance_and_respects_radius(
    client: TestClient, session: Session
) -> None:
    place_group(session, "Amersfoort", "utrecht", name="Amersfoort")
    place_group(session, "Utrecht", "utrecht", name="Utrecht")
    place_group(session, "Zeist", "utrecht", name="Zeist")
    place_group(session, "Groningen", "groningen", name="Groningen")

    result = find(client, near="3511 AB", radius_km=30)

    assert names(result) == ["Utrecht", "Zeist", "Amersfoort"]
    distances = [item["distance_km"] for item in result["items"]]
    assert distances == sorted(distances) and distances[0] < 3
    assert result["total"] == 3
    assert result["near"]["place"] == "Utrecht"


def test_near_a_place_name_and_alias(client: TestClient, session: Session) -> None:
    place_group(session, "'s-Gravenhage", "zuid-holland", name="Haagse groep")
    place_group(session, "Maastricht", "limburg", name="Maastrichtse groep")
    assert names(find(client, near="Den Haag", radius_km=10)) == ["Haagse groep"]
    assert names(find(client, near="maastricht", radius_km=10)) == ["Maastrichtse groep"]


def test_online_groups_only_when_asked_and_without_distance(
    client: TestClient, session: Session
) -> None:
    place_group(session, "Utrecht", "utrecht", name="Fysiek")
    make_group(session, name="Online", mode=GroupMode.online)

    assert names(find(client, near="Utrecht")) == ["Fysiek"]
    with_online = find(client, near="Utrecht", include_online=True)
    assert names(with_online) == ["Fysiek", "Online"]
    assert with_online["items"][1]["distance_km"] is None
    assert with_online["total"] == 2
    assert names(find(client, near="Utrecht", mode="online")) == ["Online"]


def test_pagination_runs_from_located_into_online_groups(
    client: TestClient, session: Session
) -> None:
    place_group(session, "Utrecht", "utrecht", name="A dichtbij")
    place_group(session, "Zeist", "utrecht", name="B verder")
    make_group(session, name="C online", mode=GroupMode.online)
    make_group(session, name="D online", mode=GroupMode.online)

    pages = [
        names(find(client, near="Utrecht", include_online=True, limit=3, offset=offset))
        for offset in (0, 3)
    ]
    assert pages == [["A dichtbij", "B verder", "C online"], ["D online"]]


def test_unknown_place_is_a_422_problem_with_suggestions(client: TestClient) -> None:
    response = client.get("/api/v1/groups", params={"near": "Utrech"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert "Utrech" in body["detail"]
    assert any("Utrecht" in suggestion for suggestion in body["suggestions"])


def test_unknown_postcode_is_a_422_problem(client: TestClient) -> None:
    response = client.get("/api/v1/groups", params={"near": "0000"})
    assert response.status_code == 422
    assert "0000" in response.json()["detail"]


def test_ambiguous_place_lists_the_options(client: TestClient) -> None:
    response = client.get("/api/v1/groups", params={"near": "Hengelo"})
    assert response.status_code == 422
    options = {option["province"] for option in response.json()["options"]}
    assert options == {"overijssel", "gelderland"}
    ok = client.get("/api/v1/groups", params={"near": "Hengelo, Gelderland"})
    assert ok.status_code == 200


def test_filter_province_mode_facilitator_identity(client: TestClient, session: Session) -> None:
    place_group(
        session, "Utrecht", "utrecht", name="U trained", facilitator_type=FacilitatorType.trained
    )
    place_group(session, "Zwolle", "overijssel", name="Z peer", identity="christelijk")
    place_group(session, "Arnhem", "gelderland", name="A hybrid", mode=GroupMode.hybrid)

    assert names(find(client, province="overijssel")) == ["Z peer"]
    assert names(find(client, mode="hybrid")) == ["A hybrid"]
    assert names(find(client, facilitator="trained")) == ["U trained"]
    assert names(find(client, identity="christelijk")) == ["Z peer"]


def test_filter_method_audience_and_text(client: TestClient, session: Session) -> None:
    make_group(session, name="Roddel", methods=["roddelmethode", "incidentmethode"])
    make_group(session, name="Spiegel", methods=["spiegelmethode"], audience=["jeugdzorgwerker"])
    make_group(session, name="Starters", description="Voor wie net begint als gezinshuisouder")

    assert names(find(client, method="incidentmethode")) == ["Roddel"]
    assert names(find(client, audience="jeugdzorgwerker")) == ["Spiegel"]
    assert names(find(client, q="NET BEGINT")) == ["Starters"]
    assert names(find(client, q="100%")) == []


def test_unknown_method_or_enum_value_is_422(client: TestClient) -> None:
    assert client.get("/api/v1/groups", params={"method": "tarot"}).status_code == 422
    assert client.get("/api/v1/groups", params={"mode": "telepathic"}).status_code == 422
    assert client.get("/api/v1/groups", params={"radius_km": -1}).status_code == 422
    assert client.get("/api/v1/groups", params={"limit": 1000}).status_code == 422


def test_has_vacancy_counts_members_and_offers(client: TestClient, session: Session) -> None:
    make_group(session, name="Vol", size_max=5, members=5)
    make_group(session, name="Een plek", size_max=5, members=4)
    make_group(session, name="Ruim", size_max=8, members=2)

    assert names(find(client, has_vacancy=True)) == ["Een plek", "Ruim"]
    assert names(find(client, has_vacancy=False)) == ["Vol"]
    by_name = {item["name"]: item for item in find(client)["items"]}
    assert (by_name["Vol"]["status"], by_name["Vol"]["open_spots"]) == ("full", 0)
    assert (by_name["Een plek"]["status"], by_name["Een plek"]["open_spots"]) == ("open", 1)


def test_closed_groups_are_not_listed(client: TestClient, session: Session) -> None:
    make_group(session, name="Open")
    make_group(session, name="Gesloten", lifecycle=GroupLifecycle.closed)
    assert names(find(client)) == ["Open"]


def test_finder_never_shows_member_names_or_emails(client: TestClient, session: Session) -> None:
    coordinator = make_member(session, full_name="Geheime Coordinator", email="geheim@example.nl")
    make_group(session, name="Privé", coordinator=coordinator, members=2)
    response = client.get("/api/v1/groups")
    assert "Geheime" not in response.text and "geheim@example.nl" not in response.text
    assert "@" not in response.text


def test_group_items_have_place_level_location_only(client: TestClient, session: Session) -> None:
    group = place_group(session, "Utrecht", "utrecht", name="Plaats")
    item = find(client)["items"][0]
    assert item["place"] == "Utrecht"
    assert (item["lat"], item["lon"]) == (group.lat, group.lon)
    assert "address" not in item and "street" not in item


def test_place_suggestions(client: TestClient) -> None:
    response = client.get("/api/v1/places", params={"q": "Amst"})
    assert response.status_code == 200
    assert response.json()[0]["name"] == "Amsterdam"
    assert client.get("/api/v1/places").status_code == 422
