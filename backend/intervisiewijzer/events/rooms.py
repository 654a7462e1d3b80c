"""Balanced breakout rooms: a pure, deterministic assignment of participants to coached rooms.

Hard constraints: every room has exactly one coach, no room is above the maximum size, and room
sizes differ by at most one. Soft constraints, in order of priority: roles (gezinshuisouder,
jeugdzorgwerker, ...) spread evenly, starters and experienced people spread evenly, housemates
apart, and members of the same intervision group apart.

How: (1) decide how many people of every stratum (role x experience) each room gets, by dealing
the strata round-robin over the rooms, then (2) fill those places person by person, most-tied
people first, into a room without housemates or group mates, and (3) swap people of the same
stratum between rooms while that reduces the number of tied pairs sharing a room. Swaps within a
stratum never change the balance reached in step 1.

Deterministic: inputs are sorted by id, every loop runs in a fixed order, nothing is random.
"""

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

# A pair of housemates in one room weighs more than any number of group-mate pairs.
HOUSEHOLD_WEIGHT = 1_000
MAX_SWAP_PASSES = 20

Stratum = tuple[str, bool]


@dataclass(frozen=True)
class Participant:
    id: str
    role: str
    experienced: bool
    household: str | None = None
    groups: frozenset[str] = frozenset()

    @property
    def stratum(self) -> Stratum:
        return (self.role, self.experienced)


@dataclass(frozen=True)
class Room:
    number: int
    coach_id: str | None
    participant_ids: tuple[str, ...]


class Constraint(StrEnum):
    one_coach_per_room = "one_coach_per_room"
    max_size = "max_size"
    size_balance = "size_balance"
    role_balance = "role_balance"
    experience_balance = "experience_balance"
    households_apart = "households_apart"
    groups_apart = "groups_apart"


HARD_CONSTRAINTS = frozenset(
    {Constraint.one_coach_per_room, Constraint.max_size, Constraint.size_balance}
)


@dataclass(frozen=True)
class Score:
    """How well one constraint is met: `value` is what was reached, `best_possible` what the
    numbers allow at best (for the pair counts a lower bound). Lower is better for both."""

    constraint: Constraint
    value: int
    best_possible: int

    @property
    def hard(self) -> bool:
        return self.constraint in HARD_CONSTRAINTS

    @property
    def met(self) -> bool:
        return self.value <= self.best_possible


@dataclass(frozen=True)
class AssignmentReport:
    participants: int
    rooms: int
    unplaced: int
    spare_coaches: tuple[str, ...]
    scores: tuple[Score, ...]

    def score(self, constraint: Constraint) -> Score:
        return next(score for score in self.scores if score.constraint == constraint)

    @property
    def hard_constraints_met(self) -> bool:
        return self.unplaced == 0 and all(score.met for score in self.scores if score.hard)


@dataclass(frozen=True)
class Assignment:
    rooms: tuple[Room, ...]
    spare_coaches: tuple[str, ...]
    report: AssignmentReport


class AssignmentError(ValueError):
    pass


class NoParticipantsError(AssignmentError):
    def __init__(self) -> None:
        super().__init__("there are no participants to assign")


class NotEnoughCoachesError(AssignmentError):
    def __init__(self, needed: int, available: int) -> None:
        super().__init__(f"{needed} coaches needed, {available} available")
        self.needed = needed
        self.available = available


def rooms_needed(participant_count: int, max_size: int) -> int:
    return max(math.ceil(participant_count / max_size), 1)


def assign(
    participants: Iterable[Participant], coach_ids: Iterable[str], max_size: int
) -> Assignment:
    """Divide the participants over ceil(n / max_size) rooms, one coach each.
    Coaches beyond the rooms needed stay spare (lowest ids lead rooms)."""
    if max_size < 1:
        raise AssignmentError("max_size must be at least 1")
    people = sorted(participants, key=lambda person: person.id)
    if len({person.id for person in people}) != len(people):
        raise AssignmentError("participant ids must be unique")
    coaches = sorted(set(coach_ids))
    if not people:
        raise NoParticipantsError()
    count = rooms_needed(len(people), max_size)
    if len(coaches) < count:
        raise NotEnoughCoachesError(needed=count, available=len(coaches))

    quota = _stratum_quota(people, count)
    members = _fill(people, quota)
    _separate_ties(members)

    rooms = tuple(
        Room(
            number=index + 1,
            coach_id=coaches[index],
            participant_ids=tuple(sorted(person.id for person in room)),
        )
        for index, room in enumerate(members)
    )
    spare = tuple(coaches[count:])
    return Assignment(rooms, spare, evaluate(people, rooms, max_size, spare))


# --- Step 1: how many of each stratum per room ---------------------------------------------


def _stratum_quota(people: Sequence[Participant], room_count: int) -> list[Counter[Stratum]]:
    """Deal every stratum round-robin with one cursor running over all strata. A contiguous run
    of a cyclic deal gives every room the floor or the ceiling of its share, so room sizes,
    roles (whose strata are dealt next to each other) and strata are balanced to within one."""
    counts = Counter(person.stratum for person in people)
    roles = sorted({role for role, _ in counts})
    quota: list[Counter[Stratum]] = [Counter() for _ in range(room_count)]
    cursor = 0
    for index, role in enumerate(roles):
        # Alternating the experience order keeps the same levels of neighbouring roles adjacent.
        levels = (False, True) if index % 2 == 0 else (True, False)
        for level in levels:
            stratum = (role, level)
            base, extra = divmod(counts[stratum], room_count)
            for room in range(room_count):
                quota[room][stratum] += base
            for step in range(extra):
                quota[(cursor + step) % room_count][stratum] += 1
            cursor = (cursor + extra) % room_count
    _balance_experience(quota, roles)
    return quota


def _experienced_count(room: Counter[Stratum]) -> int:
    return sum(number for (_, experienced), number in room.items() if experienced)


def _balance_experience(quota: list[Counter[Stratum]], roles: Sequence[str]) -> None:
    """Move experienced places from rooms above their target to rooms below it by chains of
    trades (an experienced place for a starter place). A trade keeps room sizes, and keeps every
    role within the floor or ceiling of its share. Each chain brings two rooms closer to their
    target, so this ends."""
    counts = [_experienced_count(room) for room in quota]
    targets = _experience_targets([sum(room.values()) for room in quota], counts)
    while True:
        surplus = [room for room, count in enumerate(counts) if count > targets[room]]
        if not surplus:
            return
        chain = _trade_chain(quota, roles, surplus, counts, targets)
        if chain is None or not _apply_chain(quota, chain):
            return
        counts[chain[0].giver] -= 1
        counts[chain[-1].taker] += 1


def _experience_targets(sizes: list[int], counts: list[int]) -> list[int]:
    """Experienced people per room such that both the experienced and the starters differ by at
    most one between rooms; of rooms alike, those that already have more get the higher target."""
    room_count = len(sizes)
    experienced = sum(counts)
    low, high_rooms = divmod(experienced, room_count)
    starters_extra = (sum(sizes) - experienced) % room_count
    big_size = max(sizes)
    big = [room for room in range(room_count) if sizes[room] == big_size]
    small = [room for room in range(room_count) if sizes[room] != big_size]
    if len(big) == room_count:
        big, small = [], big
    targets = [low] * room_count
    if high_rooms + starters_extra < room_count:
        # Each big room holds one extra experienced person or one extra starter.
        chosen = _fullest(big, counts)[:high_rooms]
    else:
        # Every big room holds one of both; the rest of the extra experienced go to small rooms.
        chosen = big + _fullest(small, counts)[: high_rooms - len(big)]
    for room in chosen:
        targets[room] = low + 1
    return targets


def _fullest(rooms: list[int], counts: list[int]) -> list[int]:
    return sorted(rooms, key=lambda room: (-counts[room], room))


@dataclass(frozen=True)
class _Trade:
    """`giver` hands an experienced place of `given_role` to `taker`, and gets a starter place
    of `returned_role` back."""

    giver: int
    taker: int
    given_role: str
    returned_role: str


def _trade_chain(
    quota: list[Counter[Stratum]],
    roles: Sequence[str],
    surplus: list[int],
    counts: list[int],
    targets: list[int],
) -> list[_Trade] | None:
    """Shortest chain of trades from a room above its target to one below it."""
    came_from: dict[int, _Trade | None] = dict.fromkeys(surplus)
    frontier = list(surplus)
    while frontier:
        next_frontier = []
        for giver in frontier:
            for taker in range(len(quota)):
                if taker in came_from:
                    continue
                trade = _best_trade(quota, roles, giver, taker)
                if trade is None:
                    continue
                came_from[taker] = trade
                if counts[taker] < targets[taker]:
                    return _unwind(came_from, taker)
                next_frontier.append(taker)
        frontier = next_frontier
    return None


def _best_trade(
    quota: list[Counter[Stratum]], roles: Sequence[str], giver: int, taker: int
) -> _Trade | None:
    """Prefer a trade within one role that keeps every (role, experience) stratum balanced,
    then any trade within one role, then one across roles."""
    options = [
        _Trade(giver, taker, given, returned)
        for given in roles
        for returned in roles
        if _can_trade(quota, _Trade(giver, taker, given, returned))
    ]
    if not options:
        return None
    return min(options, key=lambda trade: (_trade_rank(quota, trade), trade.given_role))


def _trade_rank(quota: list[Counter[Stratum]], trade: _Trade) -> int:
    if trade.given_role != trade.returned_role:
        return 2
    giver, taker = quota[trade.giver], quota[trade.taker]
    experienced, starter = (trade.given_role, True), (trade.given_role, False)
    keeps_strata = giver[experienced] > taker[experienced] and taker[starter] > giver[starter]
    return 0 if keeps_strata else 1


def _role_count(room: Counter[Stratum], role: str) -> int:
    return room[(role, True)] + room[(role, False)]


def _can_trade(quota: list[Counter[Stratum]], trade: _Trade) -> bool:
    giver, taker = quota[trade.giver], quota[trade.taker]
    if giver[(trade.given_role, True)] == 0 or taker[(trade.returned_role, False)] == 0:
        return False
    if trade.given_role == trade.returned_role:
        return True
    # Across roles: the giver must have more of the role it gives, the taker more of the role
    # it returns, so both roles stay within one of each other over the rooms.
    return _role_count(giver, trade.given_role) > _role_count(
        taker, trade.given_role
    ) and _role_count(taker, trade.returned_role) > _role_count(giver, trade.returned_role)


def _apply_chain(quota: list[Counter[Stratum]], chain: list[_Trade]) -> bool:
    """Apply the trades in order, checking each against the changed quota; undo all if one
    no longer holds (two trades of a chain can touch the same room)."""
    done: list[_Trade] = []
    for trade in chain:
        if not _can_trade(quota, trade):
            for undone in reversed(done):
                _move_places(quota, undone, -1)
            return False
        _move_places(quota, trade, 1)
        done.append(trade)
    return True


def _move_places(quota: list[Counter[Stratum]], trade: _Trade, direction: int) -> None:
    giver, taker = quota[trade.giver], quota[trade.taker]
    giver[(trade.given_role, True)] -= direction
    taker[(trade.given_role, True)] += direction
    taker[(trade.returned_role, False)] -= direction
    giver[(trade.returned_role, False)] += direction


def _unwind(came_from: dict[int, _Trade | None], end: int) -> list[_Trade]:
    chain = []
    room = end
    while (trade := came_from[room]) is not None:
        chain.append(trade)
        room = trade.giver
    return chain[::-1]


# --- Step 2: fill the places, keeping tied people apart -------------------------------------


class _Ties:
    """Per room: how many people of each household and each group are in it."""

    def __init__(self, room_count: int) -> None:
        self.households: list[Counter[str]] = [Counter() for _ in range(room_count)]
        self.groups: list[Counter[str]] = [Counter() for _ in range(room_count)]

    def add(self, person: Participant, room: int) -> None:
        if person.household is not None:
            self.households[room][person.household] += 1
        for group in person.groups:
            self.groups[room][group] += 1

    def remove(self, person: Participant, room: int) -> None:
        if person.household is not None:
            self.households[room][person.household] -= 1
        for group in person.groups:
            self.groups[room][group] -= 1

    def cost(self, person: Participant, room: int, *, inside: bool = False) -> int:
        """Weighted number of tied people `person` has (or would have) in `room`."""
        own = 1 if inside else 0
        total = 0
        if person.household is not None:
            total += HOUSEHOLD_WEIGHT * (self.households[room][person.household] - own)
        for group in person.groups:
            total += self.groups[room][group] - own
        return total


def _shared(first: Participant, second: Participant) -> int:
    same_household = first.household is not None and first.household == second.household
    return HOUSEHOLD_WEIGHT * same_household + len(first.groups & second.groups)


def _fill(people: Sequence[Participant], quota: list[Counter[Stratum]]) -> list[list[Participant]]:
    room_count = len(quota)
    rooms: list[list[Participant]] = [[] for _ in range(room_count)]
    ties = _Ties(room_count)
    # Rooms that still have places, per stratum, in room order (dicts keep insertion order).
    open_places: dict[Stratum, dict[int, int]] = {}
    for room, places in enumerate(quota):
        for stratum, number in places.items():
            if number > 0:
                open_places.setdefault(stratum, {})[room] = number
    for person in _most_tied_first(people):
        candidates = open_places[person.stratum]
        room = _cheapest_room(person, candidates, ties)
        rooms[room].append(person)
        ties.add(person, room)
        candidates[room] -= 1
        if candidates[room] == 0:
            del candidates[room]
    return rooms


def _most_tied_first(people: Sequence[Participant]) -> list[Participant]:
    household_sizes = Counter(p.household for p in people if p.household is not None)
    group_sizes = Counter(group for p in people for group in p.groups)

    def tie_weight(person: Participant) -> int:
        household = household_sizes[person.household] if person.household is not None else 0
        weight = HOUSEHOLD_WEIGHT * max(household - 1, 0)
        return weight + sum(group_sizes[group] - 1 for group in person.groups)

    return sorted(people, key=lambda person: (-tie_weight(person), person.id))


def _cheapest_room(person: Participant, candidates: dict[int, int], ties: _Ties) -> int:
    best_room, best_cost = -1, math.inf
    for room in candidates:
        cost = ties.cost(person, room)
        if cost == 0:
            return room
        if cost < best_cost:
            best_room, best_cost = room, cost
    return best_room


# --- Step 3: swaps within a stratum ---------------------------------------------------------


def _separate_ties(rooms: list[list[Participant]]) -> None:
    ties = _Ties(len(rooms))
    room_of: dict[str, int] = {}
    for index, room in enumerate(rooms):
        for person in room:
            ties.add(person, index)
            room_of[person.id] = index
    everyone = sorted((p for room in rooms for p in room), key=lambda person: person.id)
    for _ in range(MAX_SWAP_PASSES):
        improved = False
        for person in everyone:
            if _improve(person, rooms, ties, room_of):
                improved = True
        if not improved:
            return


def _improve(
    person: Participant, rooms: list[list[Participant]], ties: _Ties, room_of: dict[str, int]
) -> bool:
    """Make the best swap of `person` with someone of the same stratum in the first room
    where that lowers the total weight of tied pairs. True if a swap was made."""
    here = room_of[person.id]
    current = ties.cost(person, here, inside=True)
    if current == 0:
        return False
    for there, room in enumerate(rooms):
        if there == here:
            continue
        arriving = ties.cost(person, there)
        if arriving >= current:
            continue
        best_partner, best_gain = None, 0
        for partner in room:
            if partner.stratum != person.stratum:
                continue
            shared = _shared(person, partner)
            before = current + ties.cost(partner, there, inside=True)
            after = (arriving - shared) + (ties.cost(partner, here) - shared)
            if before - after > best_gain:
                best_partner, best_gain = partner, before - after
        if best_partner is not None:
            _swap(person, here, best_partner, there, rooms, ties, room_of)
            return True
    return False


def _swap(
    person: Participant,
    here: int,
    partner: Participant,
    there: int,
    rooms: list[list[Participant]],
    ties: _Ties,
    room_of: dict[str, int],
) -> None:
    rooms[here].remove(person)
    rooms[there].remove(partner)
    ties.remove(person, here)
    ties.remove(partner, there)
    rooms[here].append(partner)
    rooms[there].append(person)
    ties.add(partner, here)
    ties.add(person, there)
    room_of[person.id], room_of[partner.id] = there, here


# --- Scoring any arrangement ----------------------------------------------------------------


def evaluate(
    participants: Iterable[Participant],
    rooms: Sequence[Room],
    max_size: int,
    spare_coaches: Sequence[str] = (),
) -> AssignmentReport:
    """Score an arrangement, also one changed by hand or with people not (yet) placed."""
    by_id = {person.id: person for person in participants}
    placed = [[by_id[pid] for pid in room.participant_ids if pid in by_id] for room in rooms]
    placed_count = sum(len(room) for room in placed)
    room_count = len(rooms)
    everyone = list(by_id.values())
    scores = (
        Score(Constraint.one_coach_per_room, _rooms_without_own_coach(rooms), 0),
        Score(Constraint.max_size, sum(len(room) > max_size for room in placed), 0),
        Score(
            Constraint.size_balance,
            _spread([len(room) for room in placed]),
            _best_spread(placed_count, room_count),
        ),
        _balance_score(Constraint.role_balance, placed, everyone, lambda p: p.role),
        _balance_score(Constraint.experience_balance, placed, everyone, lambda p: p.experienced),
        Score(
            Constraint.households_apart,
            _pairs_together(placed, lambda p: [p.household] if p.household else []),
            _fewest_pairs(everyone, room_count, lambda p: [p.household] if p.household else []),
        ),
        Score(
            Constraint.groups_apart,
            _pairs_together(placed, lambda p: sorted(p.groups)),
            _fewest_pairs(everyone, room_count, lambda p: sorted(p.groups)),
        ),
    )
    return AssignmentReport(
        participants=len(by_id),
        rooms=room_count,
        unplaced=len(by_id) - placed_count,
        spare_coaches=tuple(spare_coaches),
        scores=scores,
    )


def _rooms_without_own_coach(rooms: Sequence[Room]) -> int:
    coach_uses = Counter(room.coach_id for room in rooms if room.coach_id is not None)
    return sum(room.coach_id is None or coach_uses[room.coach_id] > 1 for room in rooms)


def _spread(values: Sequence[int]) -> int:
    return max(values) - min(values) if values else 0


def _best_spread(total: int, room_count: int) -> int:
    return 0 if room_count == 0 or total % room_count == 0 else 1


def _balance_score(
    constraint: Constraint,
    placed: Sequence[Sequence[Participant]],
    everyone: Sequence[Participant],
    key: Callable[[Participant], object],
) -> Score:
    """The largest spread (max - min over rooms) of any one value of `key`."""
    totals = Counter(key(person) for person in everyone)
    per_room = [Counter(key(person) for person in room) for room in placed]
    spread = max((_spread([room[value] for room in per_room]) for value in totals), default=0)
    best = max((_best_spread(total, len(placed)) for total in totals.values()), default=0)
    return Score(constraint, spread, best)


def _pairs_together(
    placed: Sequence[Sequence[Participant]], keys: Callable[[Participant], Sequence[str]]
) -> int:
    pairs = 0
    for room in placed:
        for number in Counter(key for person in room for key in keys(person)).values():
            pairs += math.comb(number, 2)
    return pairs


def _fewest_pairs(
    everyone: Sequence[Participant], room_count: int, keys: Callable[[Participant], Sequence[str]]
) -> int:
    """Pairs that stay together even when each household or group is spread perfectly."""
    if room_count == 0:
        return 0
    pairs = 0
    for size in Counter(key for person in everyone for key in keys(person)).values():
        per_room, rest = divmod(size, room_count)
        pairs += rest * math.comb(per_room + 1, 2) + (room_count - rest) * math.comb(per_room, 2)
    return pairs
