"""Spot obvious identifying data in case text: BSN (with the 11-proof), dates of birth, Dutch
phone numbers, email addresses and postcodes. Pure functions.

Findings name only the field and the kind, never the matched text, so they are safe to log
and to send back. Ordinary numbers stay allowed: ages ("12 jaar"), years ("sinds 2019"),
times ("19:30", "19.30 uur"), counts and amounts. A full date (day, month and year) counts as
a possible date of birth, as does a day and month right after "geboren", "geb." or "jarig":
for intervision an age or a year is enough.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class IdentifierKind(StrEnum):
    bsn = "bsn"
    birth_date = "birth_date"
    phone = "phone"
    email = "email"
    postcode = "postcode"


KIND_LABELS = {
    IdentifierKind.bsn: "een burgerservicenummer (BSN)",
    IdentifierKind.birth_date: "een geboortedatum",
    IdentifierKind.phone: "een telefoonnummer",
    IdentifierKind.email: "een e-mailadres",
    IdentifierKind.postcode: "een postcode",
}


@dataclass(frozen=True)
class Finding:
    field: str
    kind: IdentifierKind


_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# +31 / 0031 / 0, then nine digits, each optionally after one space, dash or dot.
_PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[ .-]?\(0\))?(?:[ .-]?\d){9}(?!\d)")
# Nine digits, optionally grouped with dots or spaces, not part of a longer number.
_BSN = re.compile(r"(?<![\d.,-])\d(?:[ .]?\d){8}(?!\d|[.,-]\d)")
_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\w-])")
_NUMERIC_DATE = re.compile(
    rf"(?<![\d.:/-]){_DAY}([-/.]){_MONTH_NUMBER}\1(?:\d{{4}}|\d{{2}})(?!\d|[-/.:]\d)"
)
_WRITTEN_DATE = re.compile(
    rf"(?<!\d){_DAY}\s+{_MONTHS}\s+(?:'\d{{2}}|\d{{4}})(?!\d)", re.IGNORECASE
)
_BIRTH_CONTEXT = re.compile(
    rf"\b(?:geboren|geb\.|geboortedatum|jarig)[^.\n\d]{{0,25}}"
    rf"{_DAY}(?:\s*[-/.]\s*{_MONTH_NUMBER}|\s+{_MONTHS})",
    re.IGNORECASE,
)


def find_identifiers(fields: Mapping[str, str]) -> list[Finding]:
    """Each (field, kind) once, in field order."""
    return [
        Finding(field, kind) for field, text in fields.items() for kind in identifier_kinds(text)
    ]


def identifier_kinds(text: str) -> list[IdentifierKind]:
    found: list[IdentifierKind] = []
    # Emails and phone numbers are blanked out first, so their digits do not look like a BSN.
    text, has_email = _blank(_EMAIL, text)
    text, has_phone = _blank(_PHONE, text)
    if has_email:
        found.append(IdentifierKind.email)
    if has_phone:
        found.append(IdentifierKind.phone)
    if any(is_valid_bsn(match.group()) for match in _BSN.finditer(text)):
        found.append(IdentifierKind.bsn)
    if _has_date_of_birth(text):
        found.append(IdentifierKind.birth_date)
    if _POSTCODE.search(text):
        found.append(IdentifierKind.postcode)
    return found


def is_valid_bsn(candidate: str) -> bool:
    """The 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11 (and not 0)."""
    digits = [int(char) for char in candidate if char.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(weight * digit for weight, digit in zip(range(9, 1, -1), digits, strict=False))
    return (total - digits[8]) % 11 == 0


def describe(finding: Finding, field_label: str) -> str:
    return f"In '{field_label}' staat iets dat op {KIND_LABELS[finding.kind]} lijkt."


def _has_date_of_birth(text: str) -> bool:
    return bool(
        _NUMERIC_DATE.search(text) or _WRITTEN_DATE.search(text) or _BIRTH_CONTEXT.search(text)
    )


def _blank(pattern: re.Pattern[str], text: str) -> tuple[str, bool]:
    blanked, count = pattern.subn(lambda match: " " * len(match.group()), text)
    return blanked, count > 0
