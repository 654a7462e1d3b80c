"""Offline geocoding of postcodes and place names (pure unit tests, no database)."""

import csv
import math
from importlib.resources import files

import pytest

from intervisiewijzer.groups.geo import (
    PROVINCES,
    AmbiguousLocationError,
    LocationError,
    Place,
    UnknownLocationError,
    UnknownProvinceError,
    all_places,
    bounding_box,
    find_place,
    haversine_km,
    normalise_pc4,
    place_for_pc4,
    province_slug,
    resolve_location,
    suggest_places,
)


def csv_provinces() -> set[str]:
    text = files("intervisiewijzer").joinpath("data/nl_pc4_geonames.csv").read_text("utf-8")
    return {record["province"] for record in csv.DictReader(text.splitlines())}


def destination(
    lat: float, lon: float, bearing_deg: float, distance_km: float
) -> tuple[float, float]:
    """The point `distance_km` from (lat, lon) in direction `bearing_deg` on a sphere."""
    angle = distance_km / 6371.0088
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    phi2 = math.asin(
        math.sin(phi) * math.cos(angle) + math.cos(phi) * math.sin(angle) * math.cos(theta)
    )
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(angle) * math.cos(phi),
        math.cos(angle) - math.sin(phi) * math.sin(phi2),
    )
    return math.degrees(phi2), math.degrees(lam2)


# --- Postcodes ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["3511", "3511AB", "3511 ab", " 3511-AB ", "3511 - AB"])
def test_normalise_pc4_accepts_pc4_and_pc6_formats(text: str) -> None:
    assert normalise_pc4(text) == "3511"


@pytest.mark.parametrize("text", ["", "351", "35111", "3511A", "3511 ABC", "AB 3511", "Utrecht"])
def test_normalise_pc4_rejects_other_shapes(text: str) -> None:
    assert normalise_pc4(text) is None


@pytest.mark.parametrize("query", ["3511", "3511AB", "3511 ab", " 3511-AB ", "3511 AB Utrecht"])
def test_postcode_resolves_to_its_pc4_centre(query: str) -> None:
    location = resolve_location(query)

    assert location.kind == "postcode"
    assert location.query == query
    assert (location.place, location.province) == ("Utrecht", "utrecht")
    assert location.label == "3511 Utrecht"
    assert (location.lat, location.lon) == (52.0886, 5.1174)


def test_postcode_label_resolves_back_to_the_postcode() -> None:
    assert resolve_location(resolve_location("7255 AB").label).label == "7255 Hengelo"


def test_postcode_ignores_the_province_filter() -> None:
    assert resolve_location("1011", province="limburg").province == "noord-holland"


@pytest.mark.parametrize("query", ["0000", "1000", "1000 AA"])
def test_unknown_pc4_is_unknown(query: str) -> None:
    with pytest.raises(UnknownLocationError) as raised:
        resolve_location(query)

    assert raised.value.query == query
    assert raised.value.suggestions == []
    assert "postcode" in raised.value.message


def test_postcode_listed_under_two_places_picks_the_matching_place() -> None:
    # GeoNames lists 2324 under Leiden and Amersfoort; 23xx are Leiden's postcodes.
    place = place_for_pc4("2324 AB")

    assert place is not None
    assert (place.name, place.province) == ("Leiden", "zuid-holland")


def test_place_for_unknown_or_invalid_pc4_is_none() -> None:
    assert place_for_pc4("1000") is None
    assert place_for_pc4("nope") is None


# --- Place names --------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["Utrecht", "utrecht", "  UTRECHT ", "Útrecht"])
def test_place_name_ignores_case_accents_and_spaces(query: str) -> None:
    location = resolve_location(query)

    assert location.kind == "place"
    assert (location.place, location.province) == ("Utrecht", "utrecht")
    assert location.label == "Utrecht (Utrecht)"


def test_place_centre_is_the_rounded_mean_of_its_pc4_centres() -> None:
    location = resolve_location("Utrecht")

    assert 52.05 < location.lat < 52.12
    assert 5.05 < location.lon < 5.15
    assert location.lat == round(location.lat, 3)
    assert location.lon == round(location.lon, 3)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Leeuwarden", "Leeuwarden"),
        ("sneek", "Sneek"),
        ("Earnewald", "Earnewâld"),
        ("Babylonienbroek", "Babyloniënbroek"),
        ("s-hertogenbosch", "'s-Hertogenbosch"),
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("s Hertogenbosch", "'s-Hertogenbosch"),
        ("’s-Gravenhage", "'s-Gravenhage"),
        ("alphen aan den rijn", "Alphen aan den Rijn"),
        ("Kapel Avezaath", "Kapel-Avezaath"),
        ("Sint Annaparochie", "St.-Annaparochie"),
    ],
)
def test_place_name_ignores_accents_hyphens_and_apostrophes(query: str, name: str) -> None:
    assert resolve_location(query).place == name


@pytest.mark.parametrize("query", ["Den Haag", "den haag", "The Hague", "'s-Gravenhage"])
def test_den_haag_aliases(query: str) -> None:
    location = resolve_location(query)

    assert (location.place, location.province) == ("'s-Gravenhage", "zuid-holland")


@pytest.mark.parametrize("query", ["Den Bosch", "den-bosch", "'s-Hertogenbosch"])
def test_den_bosch_aliases(query: str) -> None:
    location = resolve_location(query)

    assert (location.place, location.province) == ("'s-Hertogenbosch", "noord-brabant")


def test_hengelo_is_ambiguous_with_both_options() -> None:
    with pytest.raises(AmbiguousLocationError) as raised:
        resolve_location("Hengelo")

    options = {(place.name, place.province) for place in raised.value.options}
    assert options == {("Hengelo", "overijssel"), ("Hengelo", "gelderland")}
    assert raised.value.options[0].province == "overijssel"  # the larger one first
    assert "Hengelo (Overijssel)" in raised.value.message
    assert "Hengelo (Gelderland)" in raised.value.message
    assert raised.value.query == "Hengelo"


@pytest.mark.parametrize(
    ("query", "province", "expected"),
    [
        ("Hengelo, Gelderland", None, "gelderland"),
        ("Hengelo, Overijssel", None, "overijssel"),
        ("hengelo,overijssel", None, "overijssel"),
        ("Hengelo (Gelderland)", None, "gelderland"),
        ("Hengelo (Gld)", None, "gelderland"),
        ("Hengelo Gld", None, "gelderland"),
        ("Hengelo", "gelderland", "gelderland"),
        ("Hengelo", "Guelders", "gelderland"),
        ("Hengelo", "overijssel", "overijssel"),
        ("Hengelo, Overijssel", "gelderland", "overijssel"),  # the query itself wins
    ],
)
def test_province_disambiguates(query: str, province: str | None, expected: str) -> None:
    location = resolve_location(query, province=province)

    assert (location.place, location.province) == ("Hengelo", expected)
    assert location.label == f"Hengelo ({PROVINCES[expected]})"


def test_gelderland_hengelo_lies_east_of_arnhem_not_in_twente() -> None:
    gelderland = resolve_location("Hengelo, Gelderland")
    overijssel = resolve_location("Hengelo, Overijssel")

    assert 30 < haversine_km(gelderland.lat, gelderland.lon, overijssel.lat, overijssel.lon) < 45


@pytest.mark.parametrize(
    ("query", "provinces"),
    [
        ("Rijswijk", {"zuid-holland", "gelderland", "noord-brabant"}),
        ("Bergen", {"noord-holland", "limburg"}),  # only "Bergen (NH)" and "Bergen L"
        ("Haren", {"groningen", "noord-brabant"}),  # "Haren Gn" and "Haren"
        ("Laren", {"noord-holland", "gelderland"}),
        ("Valkenburg", {"zuid-holland", "limburg"}),
    ],
)
def test_names_in_several_provinces_are_ambiguous(query: str, provinces: set[str]) -> None:
    with pytest.raises(AmbiguousLocationError) as raised:
        resolve_location(query)

    assert {place.province for place in raised.value.options} == provinces


@pytest.mark.parametrize(
    ("query", "name", "province"),
    [
        ("Bergen L", "Bergen", "limburg"),
        ("Bergen (NH)", "Bergen", "noord-holland"),
        ("Bergen, Limburg", "Bergen", "limburg"),
        ("Rijswijk (NB)", "Rijswijk", "noord-brabant"),
        ("Rijswijk, Zuid-Holland", "Rijswijk", "zuid-holland"),
        ("Driehuis", "Driehuis", "noord-holland"),  # only "Driehuis NH"
        ("Ulvenhout", "Ulvenhout", "noord-brabant"),  # "Ulvenhout" and "Ulvenhout AC": one place
    ],
)
def test_suffixed_names_resolve(query: str, name: str, province: str) -> None:
    location = resolve_location(query)

    assert (location.place, location.province) == (name, province)


def test_every_place_label_resolves_back_to_its_place() -> None:
    for place in all_places():
        location = resolve_location(place.label)
        assert (location.place, location.province) == (place.name, place.province)


def test_unknown_place_suggests_close_names() -> None:
    with pytest.raises(UnknownLocationError) as raised:
        resolve_location("Utrech")

    assert raised.value.suggestions[0] == "Utrecht (Utrecht)"
    assert len(raised.value.suggestions) <= 5
    assert "Utrech" in raised.value.message
    assert "Utrecht (Utrecht)" in raised.value.message


def test_unknown_place_without_close_names() -> None:
    with pytest.raises(UnknownLocationError) as raised:
        resolve_location("Xyzzyqwerty")

    assert raised.value.suggestions == []
    assert raised.value.message.startswith("We kennen de plaats of postcode 'Xyzzyqwerty' niet.")


def test_place_outside_the_requested_province_is_unknown_with_the_real_one_suggested() -> None:
    with pytest.raises(UnknownLocationError) as raised:
        resolve_location("Amsterdam", province="utrecht")

    assert raised.value.suggestions == ["Amsterdam (Noord-Holland)"]
    assert "provincie Utrecht" in raised.value.message


def test_empty_query_asks_for_input() -> None:
    with pytest.raises(UnknownLocationError) as raised:
        resolve_location("  ")

    assert raised.value.message == "Vul een plaats of postcode in."


def test_unknown_province_filter() -> None:
    with pytest.raises(UnknownProvinceError) as raised:
        resolve_location("Utrecht", province="Twente")

    assert raised.value.query == "Twente"
    assert isinstance(raised.value, LocationError)


def test_errors_carry_the_dutch_message_as_their_text() -> None:
    with pytest.raises(LocationError) as raised:
        resolve_location("Hengelo")

    assert str(raised.value) == raised.value.message


def test_all_places_largest_first() -> None:
    places = all_places()

    assert [place.name for place in places[:2]] == ["Amsterdam", "Rotterdam"]
    assert len(places) == len(set(places)) > 2000


def test_find_place() -> None:
    assert find_place("hengelo", "Gelderland") == Place("Hengelo", "gelderland", 52.052, 6.318)
    assert find_place("Den Haag") == find_place("'s-Gravenhage", "zuid-holland")
    assert find_place("Hengelo") is None  # ambiguous
    assert find_place("Hengelo", "utrecht") is None
    assert find_place("Hengelo", "Twente") is None
    assert find_place("Atlantis") is None


# --- Provinces ----------------------------------------------------------------------------


def test_provinces_in_order() -> None:
    assert list(PROVINCES.items()) == [
        ("groningen", "Groningen"),
        ("friesland", "Fryslân"),
        ("drenthe", "Drenthe"),
        ("overijssel", "Overijssel"),
        ("flevoland", "Flevoland"),
        ("gelderland", "Gelderland"),
        ("utrecht", "Utrecht"),
        ("noord-holland", "Noord-Holland"),
        ("zuid-holland", "Zuid-Holland"),
        ("zeeland", "Zeeland"),
        ("noord-brabant", "Noord-Brabant"),
        ("limburg", "Limburg"),
    ]


def test_every_csv_province_maps_to_a_slug_and_all_twelve_occur() -> None:
    slugs = {province_slug(name) for name in csv_provinces()}

    assert None not in slugs
    assert slugs == set(PROVINCES)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("noord-holland", "noord-holland"),
        ("Noord-Holland", "noord-holland"),
        ("noord holland", "noord-holland"),
        ("North Holland", "noord-holland"),
        ("South Holland", "zuid-holland"),
        ("North Brabant", "noord-brabant"),
        ("Guelders", "gelderland"),
        ("GELDERLAND", "gelderland"),
        ("Friesland", "friesland"),
        ("Fryslân", "friesland"),
        ("fryslan", "friesland"),
        ("Twente", None),
        ("", None),
    ],
)
def test_province_slug(text: str, slug: str | None) -> None:
    assert province_slug(text) == slug


def test_places_cover_all_provinces() -> None:
    assert {place.province for place in all_places()} == set(PROVINCES)


# --- Distances ----------------------------------------------------------------------------


def test_haversine_utrecht_amsterdam_is_about_35_km() -> None:
    utrecht = resolve_location("Utrecht")
    amsterdam = resolve_location("Amsterdam")

    assert 33 < haversine_km(utrecht.lat, utrecht.lon, amsterdam.lat, amsterdam.lon) < 38


def test_haversine_basics() -> None:
    assert haversine_km(52.0, 5.0, 52.0, 5.0) == 0
    assert haversine_km(52.0, 5.0, 53.0, 5.0) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(52.0, 5.0, 53.0, 6.0) == pytest.approx(haversine_km(53.0, 6.0, 52.0, 5.0))


@pytest.mark.parametrize("radius_km", [0.5, 10, 25, 100])
def test_bounding_box_contains_every_point_at_the_radius(radius_km: float) -> None:
    lat, lon = 52.0907, 5.1214
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)

    for bearing in range(0, 360, 5):
        point_lat, point_lon = destination(lat, lon, bearing, radius_km)
        assert haversine_km(lat, lon, point_lat, point_lon) == pytest.approx(radius_km)
        assert min_lat < point_lat < max_lat
        assert min_lon < point_lon < max_lon


def test_bounding_box_is_only_slightly_generous() -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(52.0, 5.0, 10)

    assert haversine_km(52.0, 5.0, max_lat, 5.0) == pytest.approx(10, rel=0.05)
    assert haversine_km(52.0, 5.0, min_lat, 5.0) == pytest.approx(10, rel=0.05)
    assert max_lon - 5.0 == pytest.approx(5.0 - min_lon)


def test_bounding_box_rejects_negative_radius() -> None:
    with pytest.raises(ValueError):
        bounding_box(52.0, 5.0, -1)


# --- Autocomplete -------------------------------------------------------------------------


def test_suggest_places_puts_the_largest_place_first() -> None:
    suggestions = suggest_places("Amst")

    assert suggestions[0].name == "Amsterdam"
    assert all(place.name.startswith("Amst") for place in suggestions)


def test_suggest_places_ignores_case_and_accents_and_respects_limit() -> None:
    assert [place.name for place in suggest_places("AMST", limit=2)] == [
        place.name for place in suggest_places("Amst")[:2]
    ]
    assert suggest_places("Earnewa")[0].name == "Earnewâld"
    assert suggest_places("Amst", limit=0) == []
    assert suggest_places("") == []


def test_suggest_places_knows_aliases_and_names_without_article() -> None:
    assert suggest_places("Den Ha")[0].name == "'s-Gravenhage"
    assert suggest_places("hertogenb")[0].name == "'s-Hertogenbosch"


def test_suggest_places_lists_both_hengelos() -> None:
    hengelos = [place for place in suggest_places("Hengelo") if place.name == "Hengelo"]

    assert [place.province for place in hengelos] == ["overijssel", "gelderland"]
