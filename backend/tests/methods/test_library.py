"""The method library: complete, plausible and readable through the API."""

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intervisiewijzer.methods.library import PhaseKind, get_library
from intervisiewijzer.methods.models import Method

SEEDED_SLUGS = [
    "incidentmethode",
    "vijf-stappenmethode",
    "roddelmethode",
    "spiegelmethode",
    "analytische-methode",
    "oplossingsgerichte-intervisie",
    "narratieve-intervisie",
    "creatieve-technieken",
    "cirkelmethode",
    "tien-stappenmethode",
]
LIBRARY = get_library()


def test_every_seeded_method_has_library_content(session: Session) -> None:
    slugs = session.exec(select(Method.slug).order_by(Method.position)).all()  # type: ignore[arg-type]
    assert list(slugs) == SEEDED_SLUGS
    assert [method.slug for method in LIBRARY.methods] == SEEDED_SLUGS


@pytest.mark.parametrize("method", LIBRARY.methods, ids=lambda m: m.slug)
def test_a_method_fits_in_a_session(method) -> None:  # type: ignore[no-untyped-def]
    assert 60 <= method.total_minutes <= 150
    assert all(phase.minutes > 0 for phase in method.phases)
    assert method.phases[0].kind == PhaseKind.opening
    assert method.phases[-1].kind == PhaseKind.closing
    assert method.goal and method.when_to_use and method.example_questions and method.fits


@pytest.mark.parametrize("method", LIBRARY.methods, ids=lambda m: m.slug)
def test_every_phase_has_helping_questions(method) -> None:  # type: ignore[no-untyped-def]
    for phase in method.phases:
        assert phase.helping_questions, phase.key
        assert all(question.strip().endswith("?") for question in phase.helping_questions)


def test_the_solution_focused_method_follows_its_five_stages() -> None:
    method = LIBRARY.method("oplossingsgerichte-intervisie")
    assert method is not None
    keys = [phase.key for phase in method.phases]
    stages = ["waarderen", "verbeelden", "uitzonderingen", "volgende-stap", "evalueren"]
    assert [key for key in keys if key in stages] == stages


def test_seven_kinds_of_helping_questions_and_five_card_categories() -> None:
    assert [kind.slug for kind in LIBRARY.helping_question_kinds] == [
        "verhelderend",
        "perspectief-verbreden",
        "gevoelens-en-waarden",
        "zelfreflectie",
        "oplossingsgericht",
        "groepsreflectie",
        "afsluitend",
    ]
    assert [cat.slug for cat in LIBRARY.reflection_card_categories] == [
        "emotioneel",
        "perspectiefwisseling",
        "leiderschap",
        "alternatieve-scenarios",
        "toekomstgericht",
    ]


def test_session_phases_carry_the_usual_times() -> None:
    times = {p.key: (p.min_minutes, p.max_minutes, p.optional) for p in LIBRARY.session_phases}
    assert times == {
        "opening": (5, 10, False),
        "presentation": (10, 15, False),
        "clarifying": (10, 15, False),
        "reflection": (20, 30, False),
        "advice": (15, 20, True),
        "response": (5, 10, False),
        "closing": (5, 15, False),
    }


def test_method_list_keeps_its_fields_and_adds_content(client: TestClient) -> None:
    methods = client.get("/api/v1/methods").json()
    assert [m["slug"] for m in methods] == SEEDED_SLUGS
    incident = methods[0]
    assert incident["name"] == "Incidentmethode" and incident["summary"]
    assert incident["total_minutes"] == 90 and incident["phase_count"] == 7
    assert incident["suited_for"][0] == "recent_incident"
    assert incident["group_experience"] == "new"


def test_one_method_with_ordered_phases(client: TestClient) -> None:
    body = client.get("/api/v1/methods/roddelmethode").json()
    assert [phase["index"] for phase in body["phases"]] == list(range(len(body["phases"])))
    gossip = next(p for p in body["phases"] if p["key"] == "roddelronde")
    assert gossip["kind"] == "reflection" and gossip["minutes"] == 25
    assert gossip["question_kinds"][0] == {
        "slug": "perspectief-verbreden",
        "name": "Vragen die het perspectief verbreden",
    }
    assert body["example_questions"] and body["fits"][0]["reason"]
    missing = client.get("/api/v1/methods/bestaat-niet")
    assert missing.status_code == 404


def test_helping_questions_cards_phases_and_reflection_model(client: TestClient) -> None:
    kinds = client.get("/api/v1/helping-questions").json()
    assert len(kinds) == 7 and all(len(kind["questions"]) >= 5 for kind in kinds)
    one = client.get("/api/v1/helping-questions", params={"kind": "afsluitend"}).json()
    assert [kind["slug"] for kind in one] == ["afsluitend"]
    assert client.get("/api/v1/helping-questions", params={"kind": "x"}).status_code == 404

    cards = client.get("/api/v1/reflection-cards").json()
    assert len(cards) == len(LIBRARY.card_ids) == len({card["id"] for card in cards})
    emotional = client.get("/api/v1/reflection-cards", params={"category": "emotioneel"}).json()
    assert {card["category_name"] for card in emotional} == {"Emotionele reflectie"}
    assert client.get("/api/v1/reflection-cards", params={"category": "x"}).status_code == 404

    phases = client.get("/api/v1/session-phases").json()
    assert [p["key"] for p in phases][:3] == ["opening", "presentation", "clarifying"]
    model = client.get("/api/v1/reflection-model").json()
    assert [step["number"] for step in model["model"]["steps"]] == [1, 2, 3, 4, 5]
    assert [level["learning"] for level in model["depth_levels"]] == [
        "single loop",
        "double loop",
        "triple loop",
    ]
