"""Property-based tests of the breakout room assignment (pure, no database)."""

import math
import random
from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intervisiewijzer.events.rooms import (
    Assignment,
    Constraint,
    NoParticipantsError,
    NotEnoughCoachesError,
    Participant,
    Room,
    assign,
    evaluate,
    rooms_needed,
)

ROLE_SETS = (
    ("gezinshuisouder",),
    ("gezinshuisouder", "jeugdzorgwerker"),
    ("gezinshuisouder", "jeugdzorgwerker", "intervisor"),
)


@dataclass(frozen=True)
class Scenario:
    participants: list[Participant]
    coaches: list[str]
    max_size: int

    @property
    def needed(self) -> int:
        return rooms_needed(len(self.participants), self.max_size)


def _people(rng: random.Random, count: int, roles: tuple[str, ...]) -> list[Participant]:
    """Random roles (with random weights), experience, households of 2-3, a few groups."""
    role_weights = [rng.random() + 0.05 for _ in roles]
    experienced_share = rng.random()
    households = max(count // 3, 1)
    groups = [f"groep-{g}" for g in range(rng.randint(1, max(count // 5, 1)))]
    household_share, group_share = rng.random() * 0.6, rng.random() * 0.8
    return [
        Participant(
            id=f"deelnemer-{rng.getrandbits(48):012x}-{index}",
            role=rng.choices(roles, role_weights)[0],
            experienced=rng.random() < experienced_share,
            household=f"huis-{rng.randrange(households)}"
            if rng.random() < household_share
            else None,
            groups=frozenset(rng.sample(groups, rng.randint(1, min(2, len(groups)))))
            if rng.random() < group_share
            else frozenset(),
        )
        for index in range(count)
    ]


@st.composite
def scenarios(draw: st.DrawFn, max_participants: int = 400) -> Scenario:
    count = draw(st.integers(1, max_participants))
    max_size = draw(st.integers(2, 10))
    roles = draw(st.sampled_from(ROLE_SETS))
    # A drawn seed instead of st.randoms(): hundreds of recorded draws per example are slow.
    rng = random.Random(draw(st.integers(0, 2**32)))
    extra_coaches = draw(st.integers(0, 5))
    needed = rooms_needed(count, max_size)
    coaches = [f"coach-{rng.getrandbits(32):08x}-{c}" for c in range(needed + extra_coaches)]
    return Scenario(_people(rng, count, roles), coaches, max_size)


def _room_members(scenario: Scenario, result: Assignment) -> list[list[Participant]]:
    by_id = {person.id: person for person in scenario.participants}
    return [[by_id[pid] for pid in room.participant_ids] for room in result.rooms]


def _spread(values: list[int]) -> int:
    return max(values) - min(values)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_everyone_in_exactly_one_room_with_exactly_one_coach(scenario: Scenario) -> None:
    result = assign(scenario.participants, scenario.coaches, scenario.max_size)
    placed = [pid for room in result.rooms for pid in room.participant_ids]
    assert sorted(placed) == sorted(person.id for person in scenario.participants)
    assert len(result.rooms) == scenario.needed
    assert [room.number for room in result.rooms] == list(range(1, scenario.needed + 1))
    coaches = [room.coach_id for room in result.rooms]
    assert None not in coaches and len(set(coaches)) == len(coaches)
    assert set(coaches) | set(result.spare_coaches) == set(scenario.coaches)
    assert not set(coaches) & set(result.spare_coaches)
    assert result.report.hard_constraints_met


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_sizes_are_balanced_and_never_above_the_maximum(scenario: Scenario) -> None:
    result = assign(scenario.participants, scenario.coaches, scenario.max_size)
    sizes = [len(room.participant_ids) for room in result.rooms]
    assert max(sizes) <= scenario.max_size
    assert _spread(sizes) <= 1
    assert min(sizes) >= 1


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_roles_and_experience_are_spread_evenly(scenario: Scenario) -> None:
    result = assign(scenario.participants, scenario.coaches, scenario.max_size)
    rooms = _room_members(scenario, result)
    for role in {person.role for person in scenario.participants}:
        assert _spread([sum(p.role == role for p in room) for room in rooms]) <= 1, role
    for level in (True, False):
        assert _spread([sum(p.experienced == level for p in room) for room in rooms]) <= 1
    assert result.report.score(Constraint.role_balance).met
    assert result.report.score(Constraint.experience_balance).met


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_report_matches_an_independent_count(scenario: Scenario) -> None:
    result = assign(scenario.participants, scenario.coaches, scenario.max_size)
    rooms = _room_members(scenario, result)
    household_pairs = sum(
        math.comb(n, 2)
        for room in rooms
        for n in Counter(p.household for p in room if p.household).values()
    )
    group_pairs = sum(
        math.comb(n, 2)
        for room in rooms
        for n in Counter(g for p in room for g in p.groups).values()
    )
    report = result.report
    assert report.score(Constraint.households_apart).value == household_pairs
    assert report.score(Constraint.groups_apart).value == group_pairs
    assert report.score(Constraint.size_balance).value == _spread([len(r) for r in rooms])
    for constraint in (Constraint.households_apart, Constraint.groups_apart):
        assert report.score(constraint).value >= report.score(constraint).best_possible
    assert report.participants == len(scenario.participants) and report.unplaced == 0
    assert report.spare_coaches == result.spare_coaches
    assert (
        evaluate(scenario.participants, result.rooms, scenario.max_size, result.spare_coaches)
        == report
    )


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.integers(0, 2**32))
def test_deterministic_whatever_the_input_order(scenario: Scenario, seed: int) -> None:
    rng = random.Random(seed)
    first = assign(scenario.participants, scenario.coaches, scenario.max_size)
    again = assign(scenario.participants, scenario.coaches, scenario.max_size)
    shuffled_people, shuffled_coaches = list(scenario.participants), list(scenario.coaches)
    rng.shuffle(shuffled_people)
    rng.shuffle(shuffled_coaches)
    reordered = assign(shuffled_people, shuffled_coaches, scenario.max_size)
    assert first == again == reordered


@settings(max_examples=200, deadline=None)
@given(
    count=st.integers(2, 200),
    max_size=st.integers(2, 10),
    household_size=st.integers(2, 4),
    seed=st.integers(0, 2**32),
)
def test_housemates_are_kept_apart_when_there_are_enough_rooms(
    count: int, max_size: int, household_size: int, seed: int
) -> None:
    """With one role and one experience level every swap is allowed, so any household no larger
    than the number of rooms ends up fully spread."""
    rng = random.Random(seed)
    rooms = rooms_needed(count, max_size)
    size = min(household_size, rooms)
    people = [
        Participant(
            id=f"p{index:04d}",
            role="gezinshuisouder",
            experienced=True,
            household=f"huis-{index // size}" if rng.random() < 0.7 else None,
        )
        for index in range(count)
    ]
    result = assign(people, [f"c{c:03d}" for c in range(rooms)], max_size)
    assert result.report.score(Constraint.households_apart).value == 0


@settings(max_examples=100, deadline=None)
@given(scenarios(max_participants=200))
def test_too_few_coaches_says_how_many_are_needed(scenario: Scenario) -> None:
    too_few = scenario.coaches[: scenario.needed - 1]
    with pytest.raises(NotEnoughCoachesError) as error:
        assign(scenario.participants, too_few, scenario.max_size)
    assert error.value.needed == math.ceil(len(scenario.participants) / scenario.max_size)
    assert error.value.available == len(too_few)


def test_no_coaches_at_all() -> None:
    people = [Participant(f"p{i}", "gezinshuisouder", True) for i in range(17)]
    with pytest.raises(NotEnoughCoachesError) as error:
        assign(people, [], 8)
    assert (error.value.needed, error.value.available) == (3, 0)


def test_no_participants_is_a_clear_problem() -> None:
    with pytest.raises(NoParticipantsError):
        assign([], ["coach-1", "coach-2"], 8)


def test_one_registrant_gets_one_room_and_the_first_coach() -> None:
    result = assign([Participant("alleen", "jeugdzorgwerker", False)], ["coach-b", "coach-a"], 8)
    assert [(room.number, room.coach_id, room.participant_ids) for room in result.rooms] == [
        (1, "coach-a", ("alleen",))
    ]
    assert result.spare_coaches == ("coach-b",)
    assert all(score.met for score in result.report.scores)


def test_without_jeugdzorgwerkers_rooms_are_still_balanced() -> None:
    people = [
        Participant(f"p{i:02d}", "gezinshuisouder", experienced=i % 3 != 0) for i in range(23)
    ]
    result = assign(people, [f"c{i}" for i in range(5)], 8)
    assert sorted(len(room.participant_ids) for room in result.rooms) == [7, 8, 8]
    assert result.report.score(Constraint.role_balance).met
    assert result.report.score(Constraint.experience_balance).met
    assert len(result.spare_coaches) == 2


def test_exactly_full_rooms_and_one_more() -> None:
    people = [Participant(f"p{i:02d}", "gezinshuisouder", True) for i in range(17)]
    coaches = [f"c{i}" for i in range(3)]
    assert [len(r.participant_ids) for r in assign(people[:16], coaches, 8).rooms] == [8, 8]
    assert sorted(len(r.participant_ids) for r in assign(people, coaches, 8).rooms) == [5, 6, 6]


def test_group_mates_and_roles_are_mixed_in_a_small_example() -> None:
    """Two intervision groups of four and a couple: nobody meets a group mate or partner."""
    people = [
        Participant(f"a{i}", "gezinshuisouder", i < 2, groups=frozenset({"groep-a"}))
        for i in range(4)
    ] + [
        Participant(f"b{i}", "jeugdzorgwerker", i < 2, groups=frozenset({"groep-b"}))
        for i in range(4)
    ]
    people += [
        Participant("stel-1", "gezinshuisouder", True, household="de-linde"),
        Participant("stel-2", "gezinshuisouder", False, household="de-linde"),
    ]
    result = assign(people, ["c1", "c2", "c3", "c4"], 3)
    report = result.report
    assert report.rooms == 4
    assert report.score(Constraint.households_apart).value == 0
    assert report.score(Constraint.groups_apart).value == 0
    assert all(score.met for score in report.scores)


def test_evaluate_reports_hand_made_problems() -> None:
    people = [Participant(f"p{i}", "gezinshuisouder", True, household="h") for i in range(4)]
    crowded = [
        Room(1, "c1", ("p0", "p1", "p2")),
        Room(2, None, ()),
    ]
    report = evaluate(people, crowded, 2)
    assert report.unplaced == 1
    assert report.score(Constraint.max_size).value == 1
    assert report.score(Constraint.one_coach_per_room).value == 1
    assert report.score(Constraint.size_balance).value == 3
    assert report.score(Constraint.households_apart).value == 3
    assert not report.hard_constraints_met
