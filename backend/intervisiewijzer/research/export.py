"""The research report as a CSV of anonymised aggregates: one row per cell, exactly the cells
of the dashboard with the same suppression. Semicolons, decimal commas and a byte order mark,
so Dutch spreadsheet programs (and R's read.csv2) read it as intended."""

import csv
import io
from collections.abc import Iterator

from intervisiewijzer.evaluations.schemas import Cell
from intervisiewijzer.research.schemas import ResearchReport

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
MAX_SCALE = 5
COLUMNS = (
    "section",
    "criterion",
    "criterion_label",
    "dimension",
    "category",
    "category_label",
    "count",
    "mean",
    *(f"answer_{value}" for value in range(1, MAX_SCALE + 1)),
    "suppressed",
    "distribution_suppressed",
)


def report_csv(report: ResearchReport) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_rows(report))
    return "\ufeff" + buffer.getvalue()


def _rows(report: ResearchReport) -> Iterator[list[str]]:
    for section in report.sections:
        for criterion in section.criteria:
            prefix = [section.kind.value, criterion.key, criterion.label]
            yield [*prefix, "all", *_cell(criterion.overall)]
            for breakdown in criterion.breakdowns:
                for item in breakdown.cells:
                    yield [*prefix, breakdown.key, *_cell(item)]


def _cell(item: Cell) -> list[str]:
    bars = {bar.value: bar.count for bar in item.distribution or []}
    answers = [
        str(bars[value]) if item.distribution is not None and value in bars else ""
        for value in range(1, MAX_SCALE + 1)
    ]
    return [
        item.key,
        item.label,
        "" if item.count is None else str(item.count),
        "" if item.mean is None else f"{item.mean:.2f}".replace(".", ","),
        *answers,
        "1" if item.suppressed else "0",
        "1" if item.distribution_suppressed else "0",
    ]
