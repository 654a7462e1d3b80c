"""Builders for import files."""

import csv
import io
from typing import Any

from fastapi.testclient import TestClient
from httpx import Response

NEW_ROW: dict[str, Any] = {
    "external_id": "ZB-001",
    "name": "Gezinshuizen Amersfoort",
    "mode": "in_person",
    "location": "3811",
    "facilitator_type": "trained",
    "methods": "incidentmethode|spiegelmethode",
    "audience": "loondienst",
    "accepts_registerplein": "ja",
}


def csv_text(rows: list[dict[str, Any]], delimiter: str = ",") -> str:
    columns = list(dict.fromkeys(name for row in rows for name in row))
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=columns, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue()


def import_csv(
    client: TestClient,
    rows: list[dict[str, Any]],
    headers: dict[str, str],
    *,
    dry_run: bool = False,
) -> Response:
    return client.post(
        "/api/v1/integrations/groups/import",
        params={"dry_run": dry_run},
        content=csv_text(rows).encode(),
        headers={**headers, "Content-Type": "text/csv"},
    )
