"""The finder's distance paging: only the nearest groups of a page are ordered, which must
give the same pages as ordering every group in the radius (issue #9, performance)."""

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from intervisiewijzer.groups import geo
from intervisiewijzer.groups.models import GroupMode
from tests.factories import make_group, place_group


def find(client: TestClient, **params: object) -> dict:  # type: ignore[type-arg]
    response = client.get("/api/v1/groups", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [item["name"] for item in result["items"]]


@given(
    st.floats(50.7, 53.6),
    st.floats(3.3, 7.3),
    st.floats(50.7, 53.6),
    st.floats(3.3, 7.3),
)
def test_distance_from_gives_exactly_the_haversine_distance(
    lat: float, lon: float, lat2: float, lon2: float
) -> None:
    assert geo.distance_from(lat, lon)(lat2, lon2) == geo.haversine_km(lat, lon, lat2, lon2)


def test_pages_follow_distance_then_name_across_ties(client: TestClient, session: Session) -> None:
    # Groups in one place are equally far away: the name decides, on every page.
    for name in ("Utrecht D", "Utrecht B", "Utrecht A", "Utrecht C"):
        place_group(session, "Utrecht", "utrecht", name=name)
    for name in ("Zeist B", "Zeist A"):
        place_group(session, "Zeist", "utrecht", name=name)
    place_group(session, "Amersfoort", "utrecht", name="Amersfoort")
    place_group(session, "Groningen", "groningen", name="Groningen is te ver")
    make_group(session, name="Online", mode=GroupMode.online)

    everything = find(client, near="Utrecht", radius_km=30, limit=100)
    pages = [
        find(client, near="Utrecht", radius_km=30, limit=3, offset=offset)
        for offset in (0, 3, 6, 9)
    ]

    expected = [
        "Utrecht A", "Utrecht B", "Utrecht C", "Utrecht D", "Zeist A", "Zeist B", "Amersfoort",
    ]  # fmt: skip
    assert names(everything) == expected
    assert [name for page in pages for name in names(page)] == expected
    assert {page["total"] for page in pages} == {7}
    distances = [item["distance_km"] for page in pages for item in page["items"]]
    assert distances == sorted(distances)


def test_a_page_past_the_located_groups_continues_with_online_groups(
    client: TestClient, session: Session
) -> None:
    for name in ("A", "B", "C"):
        place_group(session, "Utrecht", "utrecht", name=f"Fysiek {name}")
    for name in ("A", "B"):
        make_group(session, name=f"Online {name}", mode=GroupMode.online)

    page = find(client, near="Utrecht", include_online=True, limit=2, offset=2)
    last = find(client, near="Utrecht", include_online=True, limit=2, offset=4)

    assert names(page) == ["Fysiek C", "Online A"]
    assert names(last) == ["Online B"]
    assert page["total"] == last["total"] == 5
    assert page["items"][0]["distance_km"] is not None and page["items"][1]["distance_km"] is None


def test_text_search_matches_the_place(client: TestClient, session: Session) -> None:
    place_group(session, "Amersfoort", "utrecht", name="Kring Eemland")
    make_group(session, name="Online kring", mode=GroupMode.online)

    assert names(find(client, q="amersfoort")) == ["Kring Eemland"]
    assert names(find(client, q="kring")) == ["Kring Eemland", "Online kring"]
