"""Demo evaluations fill the dashboard and leave the demo member one evaluation to answer."""

from sqlmodel import Session

from intervisiewijzer.common import Pagination
from intervisiewijzer.config import get_settings
from intervisiewijzer.evaluations.service import pending_evaluations
from intervisiewijzer.groups.models import FacilitatorType
from intervisiewijzer.research.demo import seed_demo_evaluations
from intervisiewijzer.research.service import research_dashboard
from tests.factories import make_group, make_member


def test_demo_evaluations_show_on_the_dashboard(session: Session) -> None:
    demo = make_member(session)
    for index, kind in enumerate((FacilitatorType.trained, FacilitatorType.peer) * 3):
        make_group(
            session, members=7, facilitator_type=kind, coordinator=demo if index == 0 else None
        )

    made = seed_demo_evaluations(session, demo)
    assert made > 100
    assert seed_demo_evaluations(session, demo) == 0  # only once

    settings = get_settings()
    report = research_dashboard(session, settings)
    safety = report.sections[0].criteria[0]
    assert safety.overall.count and safety.overall.count >= 100
    by_type = {cell.key: cell for cell in safety.breakdowns[0].cells}
    assert (by_type["trained"].mean or 0) > (by_type["peer"].mean or 0)
    pending = pending_evaluations(session, settings, demo, Pagination(limit=10, offset=0))
    assert any(item.kind == "session" for item in pending.items)
