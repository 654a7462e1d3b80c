"""Identifier detection, table-driven: what must be caught and what must pass."""

import pytest

from intervisiewijzer.cases.identifiers import (
    Finding,
    IdentifierKind,
    find_identifiers,
    identifier_kinds,
    is_valid_bsn,
)

CAUGHT = [
    ("BSN 123456782", IdentifierKind.bsn),
    ("bsn: 123.456.782", IdentifierKind.bsn),
    ("nummer 1234.56.782 staat op de brief", IdentifierKind.bsn),
    ("123 456 782", IdentifierKind.bsn),
    ("bel 06-12345678", IdentifierKind.phone),
    ("06 1234 5678", IdentifierKind.phone),
    ("0612345678", IdentifierKind.phone),
    ("+31 6 12345678", IdentifierKind.phone),
    ("+31 (0)6 12345678", IdentifierKind.phone),
    ("+31612345678", IdentifierKind.phone),
    ("0031 6 12345678", IdentifierKind.phone),
    ("kantoor 010-1234567", IdentifierKind.phone),
    ("020 123 4567", IdentifierKind.phone),
    ("mail naar j.jansen@voorbeeld.nl", IdentifierKind.email),
    ("Jan.De-Vries+intervisie@mail.example.com", IdentifierKind.email),
    ("woont in 3511 AB", IdentifierKind.postcode),
    ("3511AB Utrecht", IdentifierKind.postcode),
    ("postcode 9712cp", IdentifierKind.postcode),
    ("geboren 12-03-2015", IdentifierKind.birth_date),
    ("op 1/3/15 kwam ze", IdentifierKind.birth_date),
    ("12.03.2015", IdentifierKind.birth_date),
    ("12 maart 2015", IdentifierKind.birth_date),
    ("3 mrt. '15", IdentifierKind.birth_date),
    ("1 Januari 2016", IdentifierKind.birth_date),
    ("geboren op 12 maart", IdentifierKind.birth_date),
    ("geb. 3-4", IdentifierKind.birth_date),
    ("geboortedatum: 5 juni", IdentifierKind.birth_date),
    ("ze is jarig op 5 juni", IdentifierKind.birth_date),
]

ALLOWED = [
    "Hij is 12 jaar.",
    "Ze woont hier sinds 2019 en gaat naar groep 8.",
    "Om 19:30 uur naar bed, om 7.15 uur op.",
    "Tussen 19.30 en 21.00 is het onrustig.",
    "Kinderen van 4, 7 en 12 jaar.",
    "In maart 2020 begon de plaatsing.",
    "Op 12 maart was er een gesprek.",
    "Een 8/10 voor de sfeer.",
    "Van 2015 tot 2019 bij een ander gezin.",
    "1 op de 3 avonden gaat het mis.",
    "Het kost 1.250 euro per maand.",
    "Nummer 123456789 van de rij.",  # nine digits, but not a valid BSN
    "Week 12-13 was zwaar.",
    "Ze is geboren in 2015.",
    "Een schaal van 0 tot 10: nu een 6.",
    "De voogd belde drie keer; 2 gesprekken gepland.",
    "Tijdens de @-mail van school...",
]


@pytest.mark.parametrize(("text", "kind"), CAUGHT)
def test_identifiers_are_caught(text: str, kind: IdentifierKind) -> None:
    assert kind in identifier_kinds(text)


@pytest.mark.parametrize("text", ALLOWED)
def test_ordinary_numbers_pass(text: str) -> None:
    assert identifier_kinds(text) == []


@pytest.mark.parametrize(
    ("candidate", "valid"),
    [("123456782", True), ("111222333", True), ("123456789", False), ("000000000", False)],
)
def test_the_eleven_proof(candidate: str, valid: bool) -> None:
    assert is_valid_bsn(candidate) is valid


def test_a_phone_number_is_not_also_a_bsn() -> None:
    assert is_valid_bsn("612345609")  # the last nine digits alone would pass
    assert identifier_kinds("+31 6 12345609") == [IdentifierKind.phone]


def test_findings_name_field_and_kind_only() -> None:
    findings = find_identifiers(
        {"description": "Niets bijzonders.", "background": "Bel 06-12345678 of a@b.nl"}
    )
    assert findings == [
        Finding("background", IdentifierKind.email),
        Finding("background", IdentifierKind.phone),
    ]
    assert "12345678" not in repr(findings)
