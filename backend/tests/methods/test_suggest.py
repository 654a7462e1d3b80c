"""'Which method fits?': the ranking per situation, and how experience and time weigh in."""

import pytest
from fastapi.testclient import TestClient

from intervisiewijzer.methods.library import GroupExperience, Situation, get_library
from intervisiewijzer.methods.suggest import suggest_methods

TOP_PER_SITUATION = {
    Situation.recent_incident: "incidentmethode",
    Situation.stuck_pattern: "spiegelmethode",
    Situation.wants_solutions: "oplossingsgerichte-intervisie",
    Situation.complex_problem: "analytische-methode",
    Situation.wants_other_perspectives: "roddelmethode",
    Situation.emotional_load: "narratieve-intervisie",
}


def ranking(
    *situations: Situation,
    experience: GroupExperience = GroupExperience.experienced,
    minutes: int | None = None,
) -> list[str]:
    suggestions = suggest_methods(get_library(), list(situations), experience, minutes)
    return [s.method.slug for s in suggestions]


def test_every_situation_is_covered() -> None:
    assert set(TOP_PER_SITUATION) == set(Situation)


@pytest.mark.parametrize(("situation", "top"), TOP_PER_SITUATION.items())
def test_best_method_per_situation(situation: Situation, top: str) -> None:
    ranked = ranking(situation)
    assert ranked[0] == top
    assert len(ranked) >= 3


def test_full_ranking_for_a_stuck_pattern() -> None:
    assert ranking(Situation.stuck_pattern) == [
        "spiegelmethode",
        "roddelmethode",
        "narratieve-intervisie",
        "analytische-methode",
    ]


def test_a_new_group_gets_methods_it_can_handle() -> None:
    assert ranking(Situation.emotional_load, experience=GroupExperience.new)[0] == "cirkelmethode"
    suggestions = suggest_methods(
        get_library(), [Situation.emotional_load], GroupExperience.new, None
    )
    narrative = next(s for s in suggestions if s.method.slug == "narratieve-intervisie")
    assert narrative.cautions and "langer samenwerkt" in narrative.cautions[0]


def test_methods_that_take_too_long_drop() -> None:
    assert ranking(Situation.complex_problem, minutes=80)[0] == "creatieve-technieken"
    assert ranking(Situation.complex_problem, minutes=120)[0] == "analytische-methode"


def test_several_situations_add_up() -> None:
    assert ranking(Situation.stuck_pattern, Situation.wants_other_perspectives)[0] == (
        "roddelmethode"
    )


def test_the_api_gives_reasons_in_dutch(client: TestClient) -> None:
    response = client.post(
        "/api/v1/methods/suggest",
        json={"situations": ["recent_incident"], "group_experience": "new", "limit": 2},
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["method"]["slug"] for item in items] == [
        "incidentmethode",
        "vijf-stappenmethode",
    ]
    assert items[0]["reason"].startswith("Er is kort geleden iets concreets gebeurd")
    assert items[0]["method"]["total_minutes"] == 90


@pytest.mark.parametrize(
    "body",
    [
        {"situations": []},
        {"situations": ["onbekend"]},
        {"situations": ["recent_incident"], "minutes_available": 5},
        {"situations": ["recent_incident"], "extra": True},
    ],
)
def test_bad_answers_get_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/api/v1/methods/suggest", json=body).status_code == 422
