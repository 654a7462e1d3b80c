"""The twelve Dutch provinces: slugs used in the API and their Dutch names."""

from enum import StrEnum


class Province(StrEnum):
    groningen = "groningen"
    friesland = "friesland"
    drenthe = "drenthe"
    overijssel = "overijssel"
    flevoland = "flevoland"
    gelderland = "gelderland"
    utrecht = "utrecht"
    noord_holland = "noord-holland"
    zuid_holland = "zuid-holland"
    zeeland = "zeeland"
    noord_brabant = "noord-brabant"
    limburg = "limburg"


PROVINCE_NAMES: dict[str, str] = {
    Province.groningen: "Groningen",
    Province.friesland: "Fryslân",
    Province.drenthe: "Drenthe",
    Province.overijssel: "Overijssel",
    Province.flevoland: "Flevoland",
    Province.gelderland: "Gelderland",
    Province.utrecht: "Utrecht",
    Province.noord_holland: "Noord-Holland",
    Province.zuid_holland: "Zuid-Holland",
    Province.zeeland: "Zeeland",
    Province.noord_brabant: "Noord-Brabant",
    Province.limburg: "Limburg",
}
