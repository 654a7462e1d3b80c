"""Group records as CSV and JSON documents, both ways.

CSV: UTF-8 (a BOM is fine), comma or semicolon separated, one header row with the column
names of GroupRecord. Lists (methods, audience) are separated by `|`; yes/no is
true/false (ja/nee and 1/0 work too); an empty cell means "not given".
"""

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from intervisiewijzer.errors import InvalidInputError, field_errors
from intervisiewijzer.integrations.schemas import GroupRecord, GroupRecords

COLUMNS = tuple(GroupRecord.model_fields)
LIST_COLUMNS = {"methods", "audience"}
YES_NO_COLUMNS = {"accepts_skj", "accepts_registerplein"}
EXTRA_CELLS = ""  # the key under which csv puts cells beyond the header
LIST_SEPARATOR = "|"
MAX_ROWS = 2000
# Spreadsheets run cells that start like a formula; exported cells get a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_YES_NO = {"ja": "true", "nee": "false", "j": "true", "n": "false"}

Row = dict[str, Any]


def records_to_csv(records: Sequence[GroupRecord]) -> str:
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in records:
        values = record.model_dump(mode="json")
        writer.writerow(_csv_cell(values[column]) for column in COLUMNS)
    return output.getvalue()


def records_to_json(records: GroupRecords) -> str:
    return records.model_dump_json(indent=2)


def rows_from_csv(content: bytes) -> list[Row]:
    text = _decode(content)
    header = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [name.strip() for name in reader.fieldnames or []]
    unknown = [name for name in columns if name not in COLUMNS]
    if unknown:
        raise InvalidInputError(
            f"Onbekende kolom(men): {', '.join(unknown)}. Toegestaan: {', '.join(COLUMNS)}."
        )
    try:
        rows = [_row_from_cells(row) for row in reader]
    except csv.Error as error:
        raise InvalidInputError(f"Het CSV-bestand is niet te lezen: {error}.") from error
    return _checked(rows)


def rows_from_json(content: bytes) -> list[Any]:
    """Rows as sent; the import reports items that are not objects."""
    try:
        document = json.loads(_decode(content))
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            f"Het JSON-bestand is ongeldig (regel {error.lineno}, kolom {error.colno})."
        ) from error
    items = document.get("items") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise InvalidInputError(
            'Verwacht een lijst groepen, of een object met de groepen onder "items".'
        )
    return _checked(items)


def problems_of(error: ValidationError) -> list[tuple[str | None, str]]:
    """(field, Dutch message) pairs from a pydantic validation error."""
    problems = field_errors([dict(detail) for detail in error.errors()])
    return [(problem["field"], problem["message"]) for problem in problems]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _row_from_cells(cells: dict[str | None, str | list[str] | None]) -> Row:
    row: Row = {}
    for name, raw in cells.items():
        if name is None:
            row[EXTRA_CELLS] = raw
            continue
        value = (raw if isinstance(raw, str) else "").strip()
        if not value:
            continue
        column = name.strip()
        if value.startswith("'") and value[1:].startswith(_FORMULA_START):
            value = value[1:]
        if column in LIST_COLUMNS:
            row[column] = [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]
        elif column in YES_NO_COLUMNS:
            row[column] = _YES_NO.get(value.lower(), value)
        else:
            row[column] = value
    return row


def _checked(rows: list[Any]) -> list[Any]:
    if not rows:
        raise InvalidInputError("Het bestand bevat geen groepen.")
    if len(rows) > MAX_ROWS:
        raise InvalidInputError(f"Te veel groepen in één keer: maximaal {MAX_ROWS} per bestand.")
    return rows


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInputError("Het bestand is geen UTF-8-tekst. Sla het op als UTF-8.") from error
