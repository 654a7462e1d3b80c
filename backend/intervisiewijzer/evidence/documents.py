"""Downloadable proof for re-registration: the attendance list of a session (PDF) and a
member's overview of reflection activities (PDF and CSV). All times in Dutch local time.

PDFs use the Bitstream Vera TrueType font that ships with ReportLab, so names such as
'Zoë' or 'Łukasz' render without any system fonts."""

import csv
import io
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from intervisiewijzer.common import utcnow
from intervisiewijzer.evidence.schemas import ActivitySource, EvidenceOverview
from intervisiewijzer.evidence.service import REGISTER_NAMES, AttendanceSheet
from intervisiewijzer.sessions.localtime import (
    format_date,
    format_long_date,
    format_short_date,
    format_time,
    format_timestamp,
    minutes_between,
)

PDF_MEDIA_TYPE = "application/pdf"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
REGULAR, BOLD = "IW-Vera", "IW-Vera-Bold"
PAGE_WIDTH = A4[0] - 4 * cm
AUTHOR = "Intervisiewijzer"
SOURCE_LABELS = {
    ActivitySource.session: "Intervisiebijeenkomst",
    ActivitySource.event: "Thematische bijeenkomst",
}
CSV_COLUMNS = (
    "Datum",
    "Begin",
    "Einde",
    "Soort",
    "Activiteit",
    "Methode",
    "Facilitator",
    "Minuten",
    "Afgetekend op",
)


# --- Attendance list -----------------------------------------------------------------------


def attendance_pdf(sheet: AttendanceSheet) -> bytes:
    duration = minutes_between(sheet.starts_at, sheet.ends_at)
    recorded = format_timestamp(sheet.recorded_at)
    facts = [
        ("Groep", sheet.group_name),
        ("Datum", format_long_date(sheet.starts_at)),
        (
            "Tijd",
            f"{format_time(sheet.starts_at)} – {format_time(sheet.ends_at)} "
            f"({format_hours(duration)})",
        ),
        ("Methode", sheet.method or "niet vastgelegd"),
        ("Facilitator", sheet.facilitator or "niet vastgelegd"),
        (
            "Presentie vastgelegd",
            f"{recorded} door {sheet.recorded_by}" if sheet.recorded_by else recorded,
        ),
    ]
    attendees = [
        [
            str(number),
            line.full_name,
            line.registration or "",
            format_timestamp(line.confirmed_at) if line.confirmed_at else "nog niet afgetekend",
        ]
        for number, line in enumerate(sheet.lines, start=1)
    ]
    story: list[Flowable] = [
        _paragraph("Presentielijst intervisiebijeenkomst", _styles()["title"]),
        _facts_table(facts),
        Spacer(1, 0.6 * cm),
        _paragraph(f"Aanwezig: {len(sheet.lines)}", _styles()["heading"]),
        _data_table(
            ["Nr.", "Naam", "Registratie", "Afgetekend op"],
            attendees,
            [1.2 * cm, 6.8 * cm, 4.5 * cm, 4.5 * cm],
            empty="Niemand aanwezig gemeld.",
        ),
        Spacer(1, 0.6 * cm),
        _paragraph(
            "Afgetekend betekent: de deelnemer heeft de eigen aanwezigheid zelf bevestigd in "
            "Intervisiewijzer, met een eigen persoonlijk account. Alle tijden zijn Nederlandse "
            f"tijd. Gemaakt op {format_timestamp(utcnow())}.",
            _styles()["small"],
        ),
    ]
    title = f"Presentielijst {sheet.group_name} {format_short_date(sheet.starts_at)}"
    return _build_pdf(story, title)


# --- Evidence overview ---------------------------------------------------------------------


def evidence_pdf(overview: EvidenceOverview) -> bytes:
    period = f"{format_date(overview.window_start)} t/m {format_date(overview.window_end)}"
    facts = [
        ("Naam", overview.member_name),
        ("Register", _register(overview)),
        ("Periode", f"{period} ({overview.window_years} jaar)"),
        ("Norm", f"{meetings(overview.norm_meetings)} in {overview.window_years} jaar"),
        (
            "Behaald",
            f"{meetings(overview.confirmed_count)}, {format_hours(overview.total_minutes)} "
            f"({overview.progress_percent}% van de norm)",
        ),
    ]
    activities = [
        [
            format_short_date(activity.starts_at),
            activity.title,
            activity.method or "",
            activity.facilitator or "",
            format_hours(activity.minutes),
            format_timestamp(activity.confirmed_at),
        ]
        for activity in overview.activities
    ]
    story: list[Flowable] = [
        _paragraph("Overzicht reflectie: intervisie", _styles()["title"]),
        _facts_table(facts),
        Spacer(1, 0.6 * cm),
        _paragraph("Afgetekende bijeenkomsten", _styles()["heading"]),
        _data_table(
            ["Datum", "Groep of thema", "Methode", "Facilitator", "Duur", "Afgetekend op"],
            activities,
            [2.3 * cm, 3.9 * cm, 3.6 * cm, 3.0 * cm, 1.5 * cm, 2.7 * cm],
            empty="Nog geen afgetekende bijeenkomsten in deze periode.",
        ),
        Spacer(1, 0.6 * cm),
    ]
    if overview.awaiting_confirmation:
        story.append(
            _paragraph(
                "Nog niet afgetekend (niet meegeteld): "
                f"{meetings(len(overview.awaiting_confirmation))}.",
                _styles()["normal"],
            )
        )
    story.append(
        _paragraph(
            "Alleen bijeenkomsten waarvan de presentie is vastgelegd door de facilitator of "
            "coördinator én die de deelnemer zelf heeft afgetekend, tellen mee. Alle tijden zijn "
            f"Nederlandse tijd. Gemaakt op {format_timestamp(utcnow())} met Intervisiewijzer.",
            _styles()["small"],
        )
    )
    return _build_pdf(story, f"Overzicht reflectie {overview.member_name}")


def evidence_csv(overview: EvidenceOverview) -> str:
    """Semicolon-separated with a byte order mark, so Dutch spreadsheet programs open it
    with the right columns and accents."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for activity in overview.activities:
        writer.writerow(
            [
                format_short_date(activity.starts_at),
                format_time(activity.starts_at),
                format_time(activity.ends_at),
                SOURCE_LABELS[activity.source],
                _spreadsheet_safe(activity.title),
                _spreadsheet_safe(activity.method or ""),
                _spreadsheet_safe(activity.facilitator or ""),
                activity.minutes,
                format_timestamp(activity.confirmed_at),
            ]
        )
    return "\ufeff" + buffer.getvalue()


def meetings(count: int) -> str:
    return f"{count} bijeenkomst" if count == 1 else f"{count} bijeenkomsten"


def format_hours(minutes: int) -> str:
    """'1,5 uur' with a Dutch decimal comma."""
    return f"{minutes / 60:.1f}".replace(".", ",") + " uur"


def _spreadsheet_safe(text: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _register(overview: EvidenceOverview) -> str:
    if overview.registration_body is None:
        return "niet opgegeven"
    body = REGISTER_NAMES[overview.registration_body]
    number = overview.registration_number
    return f"{body}, registratienummer {number}" if number else body


# --- PDF building blocks -------------------------------------------------------------------


@lru_cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


@lru_cache
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=12),
        "heading": ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceAfter=6),
        "normal": ParagraphStyle("normal", fontName=REGULAR, fontSize=10, leading=13),
        "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", fontName=BOLD, fontSize=9, leading=11),
        "small": ParagraphStyle(
            "small", fontName=REGULAR, fontSize=8, leading=10, textColor=colors.dimgrey
        ),
    }


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _facts_table(facts: Sequence[tuple[str, str]]) -> Table:
    styles = _styles()
    rows = [
        [_paragraph(label, styles["cell_bold"]), _paragraph(value, styles["cell"])]
        for label, value in facts
    ]
    table = Table(rows, colWidths=[4 * cm, PAGE_WIDTH - 4 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    )
    return table


def _data_table(
    header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], empty: str
) -> Flowable:
    styles = _styles()
    if not rows:
        return _paragraph(empty, styles["normal"])
    cells = [[_paragraph(text, styles["cell_bold"]) for text in header]] + [
        [_paragraph(str(value), styles["cell"]) for value in row] for row in rows
    ]
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa7b4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _build_pdf(story: list[Flowable], title: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=title,
        author=AUTHOR,
        creator=AUTHOR,
        lang="nl-NL",
    )
    document.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buffer.getvalue()


def _page_number(canvas: Any, document: Any) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {document.page}")
    canvas.restoreState()
