"""The downloadable proof: attendance list PDF, overview PDF and CSV, read back as a person or a
spreadsheet program would."""

import csv
import io
from datetime import date, timedelta

from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlmodel import Session, select

from intervisiewijzer.evidence.documents import CSV_COLUMNS, format_hours
from intervisiewijzer.main import create_app
from intervisiewijzer.members.models import RegistrationBody
from intervisiewijzer.methods.models import Method
from intervisiewijzer.sessions.localtime import local_today
from intervisiewijzer.sessions.models import Attendance
from tests.sessions.helpers import Caller, held_session, local, make_cast, past_session


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def incidentmethode(session: Session) -> Method:
    return session.exec(select(Method).where(Method.slug == "incidentmethode")).one()


def test_attendance_list_pdf(client: TestClient, session: Session) -> None:
    cast = make_cast(session, name="Gezinshuizen Één & Twee")
    cast.member.registration_body = RegistrationBody.skj
    cast.member.registration_number = "110012345"
    held = held_session(
        session,
        cast.group,
        [cast.member, cast.facilitator],
        starts_at=local(date(2025, 12, 2), "19:30"),
        facilitator_id=cast.facilitator.id,
        method_id=incidentmethode(session).id,
        recorder=cast.coordinator,
    )
    facilitator_row = session.exec(
        select(Attendance).where(Attendance.member_id == cast.facilitator.id)
    ).one()
    facilitator_row.confirmed_at = None
    session.add(facilitator_row)
    session.flush()

    response = client.get(
        f"/api/v1/sessions/{held.id}/attendance.pdf", headers=Caller(client)(cast.member)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="presentielijst-{cast.group.slug}-2025-12-02.pdf"'
    )
    assert response.headers["cache-control"] == "private, no-store"
    text = pdf_text(response.content)
    for expected in (
        "Presentielijst intervisiebijeenkomst",
        "Gezinshuizen Één & Twee",
        "dinsdag 2 december 2025",
        "19:30 – 21:30",
        "Incidentmethode",
        "Frank Facilitator",
        "Zoë Brontë",
        "SKJ 110012345",
        "02-12-2025 22:30",  # her confirmation, an hour after the end
        "nog niet afgetekend",  # Frank has not confirmed
        "Carla Coördinator",  # recorded by
    ):
        assert expected in text, expected
    assert "Aanwezig: 2" in text
    assert PdfReader(io.BytesIO(response.content)).metadata.title == (
        "Presentielijst Gezinshuizen Één & Twee 02-12-2025"
    )


def test_attendance_pdf_in_summer_time(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    held = held_session(
        session, cast.group, [cast.member], starts_at=local(date(2026, 6, 9), "19:30")
    )
    response = client.get(
        f"/api/v1/sessions/{held.id}/attendance.pdf", headers=Caller(client)(cast.member)
    )
    text = pdf_text(response.content)
    assert "dinsdag 9 juni 2026" in text
    assert "19:30 – 21:30" in text
    assert "09-06-2026 22:30" in text


def test_no_attendance_pdf_before_recording(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    unrecorded = past_session(session, cast.group)
    response = client.get(
        f"/api/v1/sessions/{unrecorded.id}/attendance.pdf", headers=Caller(client)(cast.member)
    )
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")


def test_evidence_pdf(client: TestClient, session: Session) -> None:
    cast = make_cast(session, name="Intervisie Utrecht-Oost")
    cast.member.registration_body = RegistrationBody.registerplein
    cast.member.registration_number = "RP-42"
    day = local_today() - timedelta(days=40)
    held_session(
        session,
        cast.group,
        [cast.member],
        starts_at=local(day, "19:30"),
        minutes=90,
        facilitator_id=cast.facilitator.id,
        method_id=incidentmethode(session).id,
    )
    held_session(
        session,
        cast.group,
        [cast.member],
        starts_at=local(day - timedelta(days=7)),
        confirmed=False,
    )
    response = client.get("/api/v1/me/evidence.pdf", headers=Caller(client)(cast.member))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    filename = f"reflectie-overzicht-zoe-bronte-{local_today().isoformat()}.pdf"
    assert response.headers["content-disposition"] == f'attachment; filename="{filename}"'
    text = pdf_text(response.content)
    for expected in (
        "Overzicht reflectie",
        "Zoë Brontë",
        "Registerplein, registratienummer RP-42",
        "20 bijeenkomsten in 5 jaar",
        "1 bijeenkomst, 1,5 uur (5% van de norm)",
        day.strftime("%d-%m-%Y"),
        "Intervisie Utrecht-Oost",
        "Incidentmethode",
        "Frank Facilitator",
        "Nog niet afgetekend (niet meegeteld): 1",
    ):
        assert expected in text, expected


def test_evidence_pdf_without_sessions(client: TestClient, session: Session) -> None:
    cast = make_cast(session)
    response = client.get("/api/v1/me/evidence.pdf", headers=Caller(client)(cast.member))
    text = pdf_text(response.content)
    assert "Nog geen afgetekende bijeenkomsten" in text
    assert "Register" in text and "niet opgegeven" in text


def test_evidence_csv(client: TestClient, session: Session) -> None:
    cast = make_cast(session, name='=HYPERLINK("https://example.nl")')
    day = local_today() - timedelta(days=12)
    held_session(
        session,
        cast.group,
        [cast.member],
        starts_at=local(day, "09:15"),
        minutes=105,
        facilitator_id=cast.facilitator.id,
    )
    response = client.get("/api/v1/me/evidence.csv", headers=Caller(client)(cast.member))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].endswith('.csv"')
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1] == [
        day.strftime("%d-%m-%Y"),
        "09:15",
        "11:00",
        "Intervisiebijeenkomst",
        '\'=HYPERLINK("https://example.nl")',  # never runs as a formula
        "",
        "Frank Facilitator",
        "105",
        f"{day.strftime('%d-%m-%Y')} 12:00",
    ]
    assert len(rows) == 2


def test_downloads_declare_their_media_types() -> None:
    paths = create_app().openapi()["paths"]
    expected = {
        "/api/v1/sessions/{session_id}/attendance.pdf": "application/pdf",
        "/api/v1/me/evidence.pdf": "application/pdf",
        "/api/v1/me/evidence.csv": "text/csv",
        "/api/v1/sessions/{session_id}.ics": "text/calendar",
        "/api/v1/calendar/{token}.ics": "text/calendar",
    }
    for path, media_type in expected.items():
        assert list(paths[path]["get"]["responses"]["200"]["content"]) == [media_type], path


def test_hours_use_a_dutch_decimal_comma() -> None:
    assert (format_hours(90), format_hours(120), format_hours(100)) == (
        "1,5 uur",
        "2,0 uur",
        "1,7 uur",
    )
