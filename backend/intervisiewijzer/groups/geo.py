"""Offline geocoding of Dutch postcodes and place names for the group finder.

The data is the GeoNames postal-code table of the Netherlands (CC BY 4.0, see
`intervisiewijzer/data/README.md`): one centre point per four-digit postcode (PC4), with
its place and province. Everything here is pure Python and loads the table once.

- A postcode ("3511", "3511 AB", "3511ab", "3511-AB") resolves to the centre of its PC4.
- A place name resolves to the mean of its PC4 centres. Matching ignores case, accents,
  spaces, hyphens, apostrophes and dots ("s-hertogenbosch" = "'s-Hertogenbosch",
  "St.-Annaparochie" = "Sint Annaparochie").
- GeoNames tells same-named places apart with suffixes ("Hengelo (Gld)", "Bergen L",
  "Haren Gn"). A bare name covers all of them: one match resolves, several in different
  provinces raise `AmbiguousLocationError`. Entries of one name in one province
  ("Ulvenhout" and "Ulvenhout AC") are one place.
- A province narrows the search: as a parameter, or in the query as "Hengelo, Gelderland"
  or "Hengelo (Gelderland)" (the latter is the `Place.label`, so labels round-trip).
"""

from __future__ import annotations

import csv
import difflib
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import islice, takewhile
from statistics import fmean
from typing import Literal

from intervisiewijzer.provinces import PROVINCE_NAMES

EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM / 180
MAX_SUGGESTIONS = 5
SUGGESTION_CUTOFF = 0.7
BOUNDING_BOX_MARGIN = 1.01

DATA_PACKAGE = "intervisiewijzer"
DATA_RESOURCE = "data/nl_pc4_geonames.csv"

PROVINCES: dict[str, str] = {str(slug): name for slug, name in PROVINCE_NAMES.items()}
"""Province slug -> Dutch display name, from north to south."""
_PROVINCE_ORDER = {slug: position for position, slug in enumerate(PROVINCES)}

_CSV_PROVINCE_SLUGS: dict[str, str] = {
    "Groningen": "groningen",
    "Friesland": "friesland",
    "Drenthe": "drenthe",
    "Overijssel": "overijssel",
    "Flevoland": "flevoland",
    "Guelders": "gelderland",
    "Utrecht": "utrecht",
    "North Holland": "noord-holland",
    "South Holland": "zuid-holland",
    "Zeeland": "zeeland",
    "North Brabant": "noord-brabant",
    "Limburg": "limburg",
}
_EXTRA_PROVINCE_NAMES: dict[str, str] = {"Zealand": "zeeland"}

# Suffixes GeoNames (following PostNL) adds to tell same-named places apart, e.g.
# "Hengelo (Gld)", "Bergen (NH)", "Bergen L", "Haren Gn", "Elst Ut", "Ulvenhout AC"
# (municipality Alphen-Chaam) and "Bleskensgraaf ca" (cum annexis).
_NAME_SUFFIXES = frozenset(
    {
        "gr",
        "gn",
        "fr",
        "dr",
        "o",
        "ov",
        "fl",
        "g",
        "gld",
        "u",
        "ut",
        "nh",
        "zh",
        "z",
        "nb",
        "l",
        "ac",
        "ca",
    }
)
_NAME_WITH_SUFFIX = re.compile(r"^(?P<base>.+?)\s*(?:\((?P<in_brackets>[^()]+)\)|\s(?P<word>\S+))$")
_LEADING_ARTICLE = re.compile(r"^'[st][\s-]+")

# Colloquial names. Dutch ones also feed autocomplete; English ones only resolve.
_ALIASES: dict[str, str] = {"Den Haag": "'s-Gravenhage", "Den Bosch": "'s-Hertogenbosch"}
_RESOLVE_ONLY_ALIASES: dict[str, str] = {"The Hague": "'s-Gravenhage", "Hague": "'s-Gravenhage"}
_RESOLVE_ALIASES = _ALIASES | _RESOLVE_ONLY_ALIASES

_POSTCODE = re.compile(r"^\s*(?P<pc4>\d{4})\s*-?\s*(?:[A-Za-z]{2})?\s*$")
_POSTCODE_THEN_PLACE = re.compile(r"^\s*(?P<pc4>\d{4})(?:\s*-?\s*[A-Za-z]{2}\b)?[\s,]+\D.*$")
_QUALIFIER_IN_BRACKETS = re.compile(r"^(?P<name>.*\S)\s*\((?P<qualifier>[^()]+)\)\s*$")
_SINT = re.compile(r"\bsint\b")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


# --- Public value types -------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A place (woonplaats) in one province; the centre is the mean of its PC4 centres."""

    name: str
    province: str
    lat: float
    lon: float

    @property
    def province_name(self) -> str:
        return PROVINCES[self.province]

    @property
    def label(self) -> str:
        """Unambiguous display name, e.g. "Hengelo (Gelderland)"; resolves back to this place."""
        return f"{self.name} ({self.province_name})"


@dataclass(frozen=True)
class ResolvedLocation:
    query: str
    kind: Literal["postcode", "place"]
    place: str
    province: str
    lat: float
    lon: float
    label: str


# --- Errors -------------------------------------------------------------------------------


class LocationError(Exception):
    """A query that does not lead to one location; `message` is Dutch, for the user."""

    def __init__(self, query: str, message: str) -> None:
        super().__init__(message)
        self.query = query
        self.message = message


class UnknownLocationError(LocationError):
    def __init__(
        self, query: str, suggestions: Sequence[str] = (), *, province: str | None = None
    ) -> None:
        self.suggestions = list(suggestions)[:MAX_SUGGESTIONS]
        self.province = province
        super().__init__(query, self._describe(query))

    def _describe(self, query: str) -> str:
        if not query.strip():
            return "Vul een plaats of postcode in."
        if self.province:
            name, _ = _split_province_qualifier(query.strip())
            problem = f"We kennen geen plaats '{name}' in de provincie {PROVINCES[self.province]}."
        else:
            problem = f"We kennen de plaats of postcode '{query.strip()}' niet."
        if not self.suggestions:
            return f"{problem} Controleer de spelling of zoek op postcode."
        return f"{problem} Misschien gaat het om {_join_dutch(self.suggestions, 'of')}?"


class UnknownPostcodeError(UnknownLocationError):
    """A query shaped like a postcode whose PC4 is not in the data."""

    def __init__(self, query: str, pc4: str) -> None:
        self.pc4 = pc4
        super().__init__(query)

    def _describe(self, query: str) -> str:
        return f"We kennen de postcode '{self.pc4}' niet. Controleer de cijfers of zoek op plaats."


class AmbiguousLocationError(LocationError):
    def __init__(self, query: str, options: Sequence[Place]) -> None:
        self.options = list(options)
        name, _ = _split_province_qualifier(query.strip())
        example = self.options[0]
        super().__init__(
            query,
            f"Er zijn meerdere plaatsen met de naam '{name}': "
            f"{_join_dutch([option.label for option in self.options], 'en')}. "
            f"Kies de provincie erbij, bijvoorbeeld '{example.name}, {example.province_name}'.",
        )


class UnknownProvinceError(LocationError):
    def __init__(self, query: str) -> None:
        super().__init__(
            query,
            f"We kennen de provincie '{query.strip()}' niet. "
            f"Kies uit {_join_dutch(list(PROVINCES.values()), 'of')}.",
        )


def _join_dutch(items: Sequence[str], conjunction: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


# --- Normalisation ------------------------------------------------------------------------


def normalise_name(text: str) -> str:
    """Matching key of a name: lowercase ASCII letters and digits only, "sint" as "st"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALPHANUMERIC.sub("", _SINT.sub("st", ascii_text.lower()))


def normalise_pc4(text: str) -> str | None:
    """ "3511", "3511AB", "3511 ab" or " 3511-AB " -> "3511"; None if not a postcode."""
    match = _POSTCODE.match(text)
    return match["pc4"] if match else None


def province_slug(text: str) -> str | None:
    """Slug of a province given by slug, Dutch or English name ("Fryslân", "North Holland")."""
    return _province_slugs_by_key().get(normalise_name(text))


@cache
def _province_slugs_by_key() -> dict[str, str]:
    names = (
        {slug: slug for slug in PROVINCES}
        | {name: slug for slug, name in PROVINCES.items()}
        | _CSV_PROVINCE_SLUGS
        | _EXTRA_PROVINCE_NAMES
    )
    return {normalise_name(name): slug for name, slug in names.items()}


def strip_name_suffix(name: str) -> str:
    """The place name without a disambiguating suffix: "Hengelo (Gld)" -> "Hengelo"."""
    match = _NAME_WITH_SUFFIX.match(name.strip())
    if match is None:
        return name.strip()
    suffix = match["in_brackets"] or match["word"]
    return match["base"] if suffix.strip(" .").lower() in _NAME_SUFFIXES else name.strip()


# --- Distances ----------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_chord = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half_chord)))


def distance_from(lat: float, lon: float) -> Callable[[float, float], float]:
    """`haversine_km` from one fixed point, for many points: the parts that depend only on
    the fixed point are worked out once. Gives exactly the same numbers."""
    phi1 = math.radians(lat)
    cos_phi1 = math.cos(phi1)
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt

    def distance_km(lat2: float, lon2: float) -> float:
        phi2 = radians(lat2)
        half_chord = (
            sin((phi2 - phi1) / 2) ** 2 + cos_phi1 * cos(phi2) * sin(radians(lon2 - lon) / 2) ** 2
        )
        return 2 * EARTH_RADIUS_KM * asin(min(1.0, sqrt(half_chord)))

    return distance_km


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) around every point within `radius_km`.

    A little generous (1%), for an SQL prefilter before the exact haversine check.
    Not wrapped at the antimeridian, which the Netherlands never comes near.
    """
    if radius_km < 0:
        raise ValueError("radius_km must not be negative")
    lat_delta = radius_km * BOUNDING_BOX_MARGIN / KM_PER_DEGREE_LATITUDE
    widest_latitude = min(90.0, abs(lat) + lat_delta)
    cos_widest = math.cos(math.radians(widest_latitude))
    lon_delta = 180.0 if cos_widest < 1e-9 else min(180.0, lat_delta / cos_widest)
    return (
        max(-90.0, lat - lat_delta),
        min(90.0, lat + lat_delta),
        max(-180.0, lon - lon_delta),
        min(180.0, lon + lon_delta),
    )


# --- Lookups ------------------------------------------------------------------------------


def resolve_location(query: str, province: str | None = None) -> ResolvedLocation:
    """Resolve a postcode or place name to a point.

    `province` (slug or name) narrows a place name down; a province in the query itself
    ("Hengelo, Gelderland") takes precedence. Postcodes ignore it: they are exact.
    Also accepts "3511 AB Utrecht" (the postcode decides).
    Raises `UnknownLocationError`, `AmbiguousLocationError` or `UnknownProvinceError`.
    """
    pc4 = normalise_pc4(query) or _leading_pc4(query)
    if pc4 is not None:
        return _resolve_postcode(query, pc4)
    return _resolve_place(query, _province_filter(province))


def place_for_pc4(pc4: str) -> Place | None:
    """The place of a postcode (PC4 or PC6), or None if unknown."""
    area = _postcode_area(pc4)
    return area.place if area else None


def find_place(name: str, province: str | None = None) -> Place | None:
    """The one place with this name (in this province), or None if unknown or ambiguous."""
    slug = province_slug(province) if province else None
    if province and slug is None:
        return None
    candidates = _filter_by_province(_places_named(name), slug)
    return candidates[0] if len(candidates) == 1 else None


def all_places() -> list[Place]:
    """Every place, largest (most postcodes) first."""
    gazetteer = _gazetteer()
    return sorted(gazetteer.postcode_counts, key=gazetteer.size_order)


def suggest_places(prefix: str, limit: int = 10) -> list[Place]:
    """Places whose name starts with `prefix` (normalised), largest first, then alphabetical.

    Also matches Den Haag/Den Bosch and names without their article ("Hertogenbosch").
    """
    key = normalise_name(prefix)
    if not key or limit <= 0:
        return []
    gazetteer = _gazetteer()
    keys = gazetteer.autocomplete_keys
    matching_keys = takewhile(
        lambda candidate: candidate.startswith(key), islice(keys, bisect_left(keys, key), None)
    )
    matches = {place for k in matching_keys for place in gazetteer.autocomplete_index[k]}
    return sorted(matches, key=gazetteer.size_order)[:limit]


def _resolve_postcode(query: str, pc4: str) -> ResolvedLocation:
    area = _gazetteer().postcodes.get(pc4)
    if area is None:
        raise UnknownPostcodeError(query, pc4)
    return ResolvedLocation(
        query=query,
        kind="postcode",
        place=area.place.name,
        province=area.place.province,
        lat=area.lat,
        lon=area.lon,
        label=f"{pc4} {area.place.name}",
    )


def _resolve_place(query: str, province: str | None) -> ResolvedLocation:
    name, qualifier = _split_province_qualifier(query.strip())
    province = qualifier or province
    candidates = _places_named(name)
    if not candidates:
        raise UnknownLocationError(query, _close_matches(name))
    in_province = _filter_by_province(candidates, province)
    if not in_province:
        raise UnknownLocationError(query, [place.label for place in candidates], province=province)
    if len(in_province) > 1:
        raise AmbiguousLocationError(query, in_province)
    place = in_province[0]
    return ResolvedLocation(
        query=query,
        kind="place",
        place=place.name,
        province=place.province,
        lat=place.lat,
        lon=place.lon,
        label=place.label,
    )


def _leading_pc4(query: str) -> str | None:
    """The PC4 of "3511 AB Utrecht" or "3511 Utrecht" (a postcode label)."""
    match = _POSTCODE_THEN_PLACE.match(query)
    return match["pc4"] if match else None


def _province_filter(province: str | None) -> str | None:
    if province is None or not province.strip():
        return None
    slug = province_slug(province)
    if slug is None:
        raise UnknownProvinceError(province)
    return slug


def _split_province_qualifier(text: str) -> tuple[str, str | None]:
    """("Hengelo", "gelderland") for "Hengelo, Gelderland" or "Hengelo (Gelderland)"."""
    name, comma, qualifier = text.rpartition(",")
    if not comma:
        match = _QUALIFIER_IN_BRACKETS.match(text)
        if match is None:
            return text, None
        name, qualifier = match["name"], match["qualifier"]
    slug = province_slug(qualifier)
    if slug is None or not name.strip():
        return text, None
    return name.strip(), slug


def _places_named(name: str) -> tuple[Place, ...]:
    return _gazetteer().places_by_key.get(normalise_name(name), ())


def _filter_by_province(places: Iterable[Place], province: str | None) -> list[Place]:
    return [place for place in places if province is None or place.province == province]


def _postcode_area(text: str) -> _PostcodeArea | None:
    pc4 = normalise_pc4(text)
    return _gazetteer().postcodes.get(pc4) if pc4 else None


def _close_matches(name: str) -> list[str]:
    key = normalise_name(name)
    if not key or key.isdigit():
        return []
    gazetteer = _gazetteer()
    keys = difflib.get_close_matches(
        key, gazetteer.places_by_key.keys(), n=MAX_SUGGESTIONS, cutoff=SUGGESTION_CUTOFF
    )
    labels = [place.label for k in keys for place in gazetteer.places_by_key[k]]
    return list(dict.fromkeys(labels))[:MAX_SUGGESTIONS]


# --- Loading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    pc4: str
    name: str
    province: str
    lat: float
    lon: float


@dataclass(frozen=True)
class _PostcodeArea:
    pc4: str
    place: Place
    lat: float
    lon: float


@dataclass(frozen=True)
class _PlaceEntry:
    """A place with the data behind it: its PC4 centres and the names it appears under."""

    place: Place
    pc4_centres: dict[str, tuple[float, float]]
    source_names: frozenset[str]


class _Gazetteer:
    """Indexes over the postcode table, built once."""

    def __init__(self, rows: Sequence[_Row]) -> None:
        entries = [_place_entry(group) for group in _group_rows_by_place(rows).values()]
        self.postcode_counts = {entry.place: len(entry.pc4_centres) for entry in entries}
        self.postcodes = _postcode_areas(rows, entries)
        name_keys = _name_keys(entries)
        self.places_by_key = self._index(name_keys + _alias_keys(_RESOLVE_ALIASES, name_keys))
        self.autocomplete_index = self._index(
            name_keys + _article_free_keys(entries) + _alias_keys(_ALIASES, name_keys)
        )
        self.autocomplete_keys = sorted(self.autocomplete_index)

    def size_order(self, place: Place) -> tuple[int, str, int]:
        """Sort key: most postcodes first, then by name, then north to south."""
        return (
            -self.postcode_counts[place],
            normalise_name(place.name),
            _PROVINCE_ORDER[place.province],
        )

    def _index(self, keyed: Iterable[tuple[str, Place]]) -> dict[str, tuple[Place, ...]]:
        places_by_key: defaultdict[str, set[Place]] = defaultdict(set)
        for key, place in keyed:
            places_by_key[key].add(place)
        return {
            key: tuple(sorted(places, key=self.size_order)) for key, places in places_by_key.items()
        }


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer(_read_rows())


def _read_rows() -> list[_Row]:
    text = files(DATA_PACKAGE).joinpath(DATA_RESOURCE).read_text(encoding="utf-8")
    return [_row_from_record(record) for record in csv.DictReader(text.splitlines())]


def _row_from_record(record: dict[str, str]) -> _Row:
    province = _CSV_PROVINCE_SLUGS.get(record["province"])
    if province is None:
        raise ValueError(f"Unknown province {record['province']!r} in {DATA_RESOURCE}")
    return _Row(
        pc4=record["pc4"],
        name=record["place"].strip(),
        province=province,
        lat=float(record["lat"]),
        lon=float(record["lon"]),
    )


def _group_rows_by_place(rows: Iterable[_Row]) -> dict[tuple[str, str], list[_Row]]:
    """Rows per (name key without suffix, province): "Ulvenhout" + "Ulvenhout AC" are one."""
    groups: defaultdict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in rows:
        groups[(normalise_name(strip_name_suffix(row.name)), row.province)].append(row)
    return groups


def _place_entry(rows: Sequence[_Row]) -> _PlaceEntry:
    centres = _pc4_centres(rows)
    place = Place(
        name=_preferred_spelling(rows),
        province=rows[0].province,
        lat=round(fmean(lat for lat, _ in centres.values()), 3),
        lon=round(fmean(lon for _, lon in centres.values()), 3),
    )
    return _PlaceEntry(place, centres, frozenset(row.name for row in rows))


def _pc4_centres(rows: Iterable[_Row]) -> dict[str, tuple[float, float]]:
    points: defaultdict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        points[row.pc4].append((row.lat, row.lon))
    return {
        pc4: (fmean(lat for lat, _ in pts), fmean(lon for _, lon in pts))
        for pc4, pts in points.items()
    }


def _preferred_spelling(rows: Iterable[_Row]) -> str:
    """The most used spelling without suffix; on a tie the hyphenated one ("Kapel-Avezaath")."""
    counts = Counter(strip_name_suffix(row.name) for row in rows)
    return max(counts, key=lambda spelling: (counts[spelling], "-" in spelling, spelling))


def _postcode_areas(
    rows: Iterable[_Row], entries: Sequence[_PlaceEntry]
) -> dict[str, _PostcodeArea]:
    """Each PC4 with one place. A few PC4s are listed under several places; pick the place
    most of whose postcodes look alike (2324: Leiden, not Amersfoort)."""
    candidates: defaultdict[str, list[_PlaceEntry]] = defaultdict(list)
    for entry in entries:
        for pc4 in entry.pc4_centres:
            candidates[pc4].append(entry)
    areas = {}
    for pc4 in dict.fromkeys(row.pc4 for row in rows):
        entry = max(candidates[pc4], key=lambda option: _postcode_affinity(pc4, option))
        lat, lon = entry.pc4_centres[pc4]
        areas[pc4] = _PostcodeArea(pc4, entry.place, lat, lon)
    return areas


def _postcode_affinity(pc4: str, entry: _PlaceEntry) -> tuple[int, int, int]:
    pc4s = entry.pc4_centres.keys()
    return (
        sum(other[:3] == pc4[:3] for other in pc4s),
        sum(other[:2] == pc4[:2] for other in pc4s),
        len(pc4s),
    )


def _name_keys(entries: Iterable[_PlaceEntry]) -> list[tuple[str, Place]]:
    """Keys of the place name and of every name in the data ("Hengelo (Gld)" -> "hengelogld")."""
    return [
        (normalise_name(name), entry.place)
        for entry in entries
        for name in {entry.place.name, *entry.source_names}
    ]


def _article_free_keys(entries: Iterable[_PlaceEntry]) -> list[tuple[str, Place]]:
    """ "'s-Hertogenbosch" also under "hertogenbosch", for autocomplete."""
    return [
        (normalise_name(_LEADING_ARTICLE.sub("", entry.place.name)), entry.place)
        for entry in entries
        if _LEADING_ARTICLE.match(entry.place.name)
    ]


def _alias_keys(
    aliases: dict[str, str], name_keys: Sequence[tuple[str, Place]]
) -> list[tuple[str, Place]]:
    """Each alias under the key of its official name ("denhaag" -> 's-Gravenhage)."""
    keyed = []
    for alias, official in aliases.items():
        official_key = normalise_name(official)
        places = {place for key, place in name_keys if key == official_key}
        if not places:
            raise ValueError(f"Alias {alias!r} points to {official!r}, which is not in the data")
        keyed += [(normalise_name(alias), place) for place in places]
    return keyed
