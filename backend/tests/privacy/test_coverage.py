"""Every column that refers to a member must be handled by the data export and by account
deletion. A new table with a foreign key to member.id makes these tests fail until it is added
to intervisiewijzer/privacy/coverage.py (and handled in export.py and deletion.py)."""

from fastapi.testclient import TestClient
from sqlmodel import Session

from intervisiewijzer.models import metadata
from intervisiewijzer.privacy.coverage import DELETION_EFFECTS, EXPORT_SECTIONS
from tests.factories import login
from tests.privacy.helpers import make_subject


def member_references() -> set[str]:
    return {
        f"{table.name}.{fk.parent.name}"
        for table in metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "member" and fk.column.name == "id"
    }


def test_introspection_finds_the_member_references() -> None:
    references = member_references()
    # Sanity check of the introspection itself: well-known references are found.
    assert {"membership.member_id", "attendance.member_id", "audit_event.actor_id"} <= references
    assert len(references) > 20


def test_every_member_reference_is_in_the_export() -> None:
    references = member_references()
    missing = references - EXPORT_SECTIONS.keys()
    assert not missing, f"Add to privacy.coverage.EXPORT_SECTIONS and export.py: {missing}"
    assert not EXPORT_SECTIONS.keys() - references, "Stale entries in EXPORT_SECTIONS"


def test_every_member_reference_is_handled_on_deletion() -> None:
    references = member_references()
    missing = references - DELETION_EFFECTS.keys()
    assert not missing, f"Add to privacy.coverage.DELETION_EFFECTS and deletion.py: {missing}"
    assert not DELETION_EFFECTS.keys() - references, "Stale entries in DELETION_EFFECTS"


def test_every_declared_section_is_in_the_document(client: TestClient, session: Session) -> None:
    subject = make_subject(session)
    document = client.get("/api/v1/me/data-export", headers=login(client, subject.member)).json()
    assert set(EXPORT_SECTIONS.values()) <= document.keys()
