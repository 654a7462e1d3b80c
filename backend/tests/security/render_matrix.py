"""Render docs/authorization.md from the expectation data in matrix.py.

    cd backend && .venv/bin/python -m tests.security.render_matrix

tests/security/test_docs.py fails when the file is not what this would write."""

from pathlib import Path

from tests.security.matrix import OK, SECTIONS, Outcome, entries, policies
from tests.security.world import CALLER_LABELS, CALLERS

DOC_PATH = Path(__file__).resolve().parents[3] / "docs" / "authorization.md"
COMMAND = "cd backend && .venv/bin/python -m tests.security.render_matrix"

_HEADINGS = {
    "anonymous": "anon",
    "member_a": "member A",
    "coordinator_a": "coord. A",
    "facilitator_a": "facil. A",
    "member_b": "member B",
    "coordinator_b": "coord. B",
    "org_admin": "org admin",
    "partner_key": "partner key",
    "org_key": "org key O",
    "platform_admin": "platform admin",
}


def _cell(outcome: Outcome) -> str:
    return "✅" if outcome == OK else str(outcome)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _route(key: str) -> str:
    method, path = key.split(" ", 1)
    if not path.startswith("/api/v1/"):
        return f"`{method} {path}` (outside `/api/v1`)"
    return f"`{method} {path.removeprefix('/api/v1')}`"


def render() -> str:
    all_entries = entries()
    columns = [_HEADINGS[caller] for caller in CALLERS]
    lines = [
        "# Authorization matrix",
        "",
        "<!-- Generated from backend/tests/security/matrix.py; do not edit by hand. -->",
        f"<!-- Regenerate: {COMMAND} -->",
        "",
        "The documented outcome of every route of the API for every kind of caller, checked by",
        "`backend/tests/security/test_matrix.py` on SQLite and PostgreSQL. The test walks the",
        "app's routes itself: a new route without an entry, or an entry without a route, fails.",
        "Paths are shown without their `/api/v1` prefix; routes outside it say so.",
        "",
        f"**{len(all_entries)} routes × {len(CALLERS)} callers = "
        f"{len(all_entries) * len(CALLERS)} cells.** Every denied write is also sent with an",
        "invalid body and must get the same denial: authorization comes before validation.",
        "",
        "## Outcomes",
        "",
        "- ✅ the caller gets through: 2xx. Where the note says *may refuse*, the world makes the",
        "  request a business refusal for some allowed callers (400, 409, 422, e.g. already",
        "  registered); still never 401, 403, 404 or 5xx.",
        "- 401 not logged in (or the API key alone is no login for this route).",
        "- 403 known to the platform, but not allowed to do this.",
        "- 404 not allowed, and not told whether the object exists (sessions, cases, runner,",
        "  join requests, notifications, registrations).",
        "",
        "## Callers",
        "",
        "All objects belong to group A, owned by organisation O.",
        "",
        _row(["Column", "Caller"]),
        _row(["---", "---"]),
    ]
    lines += [_row([_HEADINGS[caller], CALLER_LABELS[caller]]) for caller in CALLERS]
    lines += [
        "",
        "## Policies",
        "",
        _row(["Policy", *columns, "Rule"]),
        _row(["---"] * (len(columns) + 2)),
    ]
    for item in sorted(policies(), key=lambda p: p.name):
        outcomes = [_cell(item.outcomes[caller]) for caller in CALLERS]
        lines.append(_row([f"`{item.name}`", *outcomes, item.rule]))
    for title, section in SECTIONS.items():
        lines += [
            "",
            f"## {title}",
            "",
            _row(["Route", "Policy", *columns, "Note"]),
            _row(["---"] * (len(columns) + 3)),
        ]
        for key, entry in section.items():
            outcomes = [_cell(entry.policy.outcomes[caller]) for caller in CALLERS]
            refusal = f"may refuse: {entry.business}" if entry.business else ""
            note = "; ".join(part for part in (entry.note, refusal) if part)
            lines.append(_row([_route(key), f"`{entry.policy.name}`", *outcomes, note]))
    return "\n".join(lines) + "\n"


def main() -> None:
    DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOC_PATH.write_text(render(), encoding="utf-8")
    print(f"Wrote {DOC_PATH}")


if __name__ == "__main__":
    main()
