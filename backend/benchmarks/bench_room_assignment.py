"""Benchmark of the breakout room assignment: 2,000 registrants and 250 coaches.

Not a test. Run from backend/: `.venv/bin/python benchmarks/bench_room_assignment.py [--runs N]`.
Prints the time (p50/p95 over the runs) and how well every constraint was met.

The population is made up but shaped like the real thing: about 70% gezinshuisouders and 30%
jeugdzorgwerkers, about a third starters (< 2 years), many gezinshuisouders registering with
their partner (same household code), and most people coming with others from their own
intervision group of 5-8 members. A fixed seed makes every run use the same input.
"""

import argparse
import random
import statistics
import time

from intervisiewijzer.events.rooms import Assignment, Participant, assign

REGISTRANTS = 2_000
COACHES = 250
SEED = 20261125


def population(count: int, seed: int) -> list[Participant]:
    rng = random.Random(seed)
    people: list[Participant] = []
    group_number = 0
    while len(people) < count:
        # One intervision group (or a handful of loose registrants) at a time.
        in_group = rng.random() < 0.7
        group = frozenset({f"groep-{group_number}"}) if in_group else frozenset()
        group_number += 1
        for _ in range(rng.randint(5, 8) if in_group else rng.randint(1, 4)):
            role = "jeugdzorgwerker" if rng.random() < 0.3 else "gezinshuisouder"
            experienced = rng.random() >= 0.33
            couple = role == "gezinshuisouder" and rng.random() < 0.35
            household = f"gezinshuis-{len(people)}" if couple else None
            people.append(_person(len(people), role, experienced, household, group))
            if couple and len(people) < count:
                people.append(_person(len(people), role, rng.random() >= 0.33, household, group))
            if len(people) >= count:
                break
    return people


def _person(
    number: int, role: str, experienced: bool, household: str | None, group: frozenset[str]
) -> Participant:
    return Participant(f"deelnemer-{number:05d}", role, experienced, household, group)


def run(max_size: int, runs: int) -> tuple[list[float], Assignment]:
    people = population(REGISTRANTS, SEED)
    coaches = [f"coach-{number:04d}" for number in range(COACHES)]
    timings = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = assign(people, coaches, max_size)
        timings.append(time.perf_counter() - started)
    assert result is not None
    return timings, result


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(max_size: int, timings: list[float], result: Assignment) -> None:
    sizes = [len(room.participant_ids) for room in result.rooms]
    print(f"\nRooms of at most {max_size}: {REGISTRANTS} registrants, {COACHES} coaches")
    print(
        f"  time    p50 {statistics.median(timings) * 1000:7.1f} ms   "
        f"p95 {percentile(timings, 0.95) * 1000:7.1f} ms   "
        f"max {max(timings) * 1000:7.1f} ms   ({len(timings)} runs)"
    )
    print(
        f"  rooms   {len(result.rooms)} (sizes {min(sizes)}-{max(sizes)}), "
        f"spare coaches {len(result.spare_coaches)}, "
        f"hard constraints met: {result.report.hard_constraints_met}"
    )
    print(f"  {'constraint':<22}{'value':>7}{'best':>7}  met")
    for score in result.report.scores:
        kind = "hard" if score.hard else "soft"
        print(
            f"  {score.constraint.value:<22}{score.value:>7}{score.best_possible:>7}  "
            f"{'yes' if score.met else 'NO '} ({kind})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs per room size")
    args = parser.parse_args()
    people = population(REGISTRANTS, SEED)
    couples = len({p.household for p in people if p.household})
    groups = len({g for p in people for g in p.groups})
    print(
        f"Population: {sum(p.role == 'jeugdzorgwerker' for p in people)} jeugdzorgwerkers, "
        f"{sum(not p.experienced for p in people)} starters, {couples} couples, "
        f"{groups} intervision groups"
    )
    for max_size in (8, 10):
        timings, result = run(max_size, args.runs)
        report(max_size, timings, result)


if __name__ == "__main__":
    main()
