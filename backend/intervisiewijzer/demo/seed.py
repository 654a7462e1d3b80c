"""Realistic, deterministic demo data: organisations, members and intervision groups.

`seed_demo_data(session)` fills an empty database with about 80 groups across the twelve
provinces (plus online groups), some 400 fictional members with memberships, eight fictional
care providers and franchise organisations, a demo admin and a demo member. Everything is
drawn from `random.Random(2026)`, so every run produces the same people, groups and texts;
only ids, password hashes and timestamps (relative to `utcnow()`) differ.

Group locations are place centres from `groups.geo.find_place`: never an address.
The generated personas share one password hash of a random password, so they cannot log in.
"""

from __future__ import annotations

import random
import secrets
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from sqlmodel import Session, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.demo import names
from intervisiewijzer.demo.activity import seed_demo_activity
from intervisiewijzer.groups.geo import Place, find_place
from intervisiewijzer.groups.models import (
    Daypart,
    FacilitatorType,
    Group,
    GroupAudience,
    GroupLifecycle,
    GroupMethod,
    GroupMode,
    GroupRole,
    Membership,
    Weekday,
)
from intervisiewijzer.members.models import EmploymentForm, Member, MemberKind, RegistrationBody
from intervisiewijzer.methods.models import Method
from intervisiewijzer.organisations.models import (
    Organisation,
    OrganisationKind,
    OrganisationMember,
    OrganisationRole,
)
from intervisiewijzer.provinces import Province
from intervisiewijzer.research.demo import seed_demo_evaluations
from intervisiewijzer.security import hash_password
from intervisiewijzer.text import slugify

DEMO_ADMIN = ("beheer@intervisiewijzer.nl", "Beheer-Demo-2026!")
DEMO_MEMBER = ("demo@intervisiewijzer.nl", "Gezinshuis-Demo-2026")

SEED = 2026
TARGET_PERSONAS = 420
MAX_GROUPS_PER_MEMBER = 2
JEUGDZORGWERKER = "jeugdzorgwerker"
ALL_FORMS: tuple[str, ...] = tuple(EmploymentForm)

METHOD_WEIGHTS = {
    "incidentmethode": 16,
    "vijf-stappenmethode": 14,
    "oplossingsgerichte-intervisie": 12,
    "roddelmethode": 8,
    "spiegelmethode": 7,
    "analytische-methode": 5,
    "narratieve-intervisie": 5,
    "creatieve-technieken": 4,
    "cirkelmethode": 6,
    "tien-stappenmethode": 4,
}
SIZES = {(5, 8): 30, (4, 7): 15, (5, 7): 15, (6, 8): 10, (4, 6): 10, (4, 8): 10, (3, 6): 6}
MEETINGS_PER_YEAR = {4: 7, 5: 10, 6: 42, 7: 8, 8: 16, 10: 8}
SESSION_MINUTES = {90: 30, 105: 20, 120: 50}
FACILITATORS = {FacilitatorType.trained: 9, FacilitatorType.peer: 8, FacilitatorType.none: 3}
LIFECYCLES = {GroupLifecycle.open: 21, GroupLifecycle.forming: 2, GroupLifecycle.closed: 2}
DAYPARTS = {Daypart.evening: 65, Daypart.morning: 20, Daypart.afternoon: 15}
WEEKDAYS = {
    Weekday.monday: 18,
    Weekday.tuesday: 24,
    Weekday.wednesday: 18,
    Weekday.thursday: 24,
    Weekday.friday: 10,
    Weekday.saturday: 6,
}

T = TypeVar("T")


def seed_demo_data(session: Session) -> bool:
    """Create the demo data unless the demo admin exists. Flushes, never commits."""
    existing = session.exec(select(Member.id).where(Member.email == DEMO_ADMIN[0])).first()
    if existing is not None:
        return False
    _DemoBuilder(session, random.Random(SEED)).build()
    demo = session.exec(select(Member).where(Member.email == DEMO_MEMBER[0])).one()
    seed_demo_activity(session, demo)
    seed_demo_evaluations(session, demo)
    return True


# --- Plans ----------------------------------------------------------------------------------


@dataclass
class _GroupPlan:
    """A group before it gets members: the row plus what decides who can join it."""

    group: Group
    audience: tuple[str, ...]
    organisation: _OrgPlan | None
    member_count: int
    starters: bool = False
    methods: list[str] = field(default_factory=list)


@dataclass
class _OrgPlan:
    organisation: Organisation
    short_name: str
    provinces: tuple[str, ...]
    forms: tuple[EmploymentForm, ...]
    employees: set[uuid.UUID] = field(default_factory=set)


def _weighted(rng: random.Random, weights: dict[T, int]) -> T:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _weighted_sample(rng: random.Random, weights: dict[T, int], k: int) -> list[T]:
    """k distinct items, drawn with probability proportional to weight."""
    remaining = dict(weights)
    picked: list[T] = []
    while remaining and len(picked) < k:
        item = _weighted(rng, remaining)
        picked.append(item)
        del remaining[item]
    return picked


class _Deck(Generic[T]):
    """Draws items in exact proportions: a shuffled deck with `count` copies of each,
    reshuffled when empty. Keeps shares like 45/40/15% true for a small number of groups."""

    def __init__(self, rng: random.Random, counts: dict[T, int]) -> None:
        self.rng = rng
        self.counts = counts
        self.cards: list[T] = []

    def draw(self) -> T:
        if not self.cards:
            self.cards = [item for item, count in self.counts.items() for _ in range(count)]
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def _in_sentence(region: str) -> str:
    """A region as said mid-sentence: 'De Achterhoek' -> 'de Achterhoek',
    'Regio Zwolle' -> 'de regio Zwolle', 'Stad Utrecht' -> 'de stad Utrecht'."""
    first, _, rest = region.partition(" ")
    if first in ("De", "Het"):
        return f"{first.lower()} {rest}"
    if first in ("Regio", "Stad"):
        return f"de {first.lower()} {rest}"
    return region


def _join(items: Sequence[str]) -> str:
    """Dutch enumeration: 'a, b en c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} en {items[-1]}"


class _DemoBuilder:
    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.now = utcnow()
        self.methods = {m.slug: m for m in session.exec(select(Method)).all()}
        self.persona_hash = hash_password(secrets.token_urlsafe(24))
        self.members: list[Member] = []
        self.groups_of: Counter[uuid.UUID] = Counter()
        self.email_counter = 0
        self.names_taken: set[str] = set()
        self.slugs_taken: set[str] = set(session.exec(select(Group.slug)).all())
        self.plans: list[_GroupPlan] = []
        self.orgs: list[_OrgPlan] = []
        self.memberships: list[Membership] = []
        self.org_links: list[OrganisationMember] = []
        self.demo_home: _GroupPlan | None = None
        self.demo_online: _GroupPlan | None = None
        self.facilitators = _Deck(rng, FACILITATORS)
        self.lifecycles = _Deck(rng, LIFECYCLES)

    # --- Orchestration ----------------------------------------------------------------------

    def build(self) -> None:
        admin, demo = self._demo_accounts()
        self._organisations()
        self.session.add_all([admin, demo, *(org.organisation for org in self.orgs)])
        for province in Province:
            self._regional_groups(province.value)
        self._online_groups()
        self._make_demo_groups()
        for plan in self.plans:
            self._fill(plan, demo)
        self._extra_members()
        self.session.add_all(self.members)
        self.session.flush()
        self.session.add_all([plan.group for plan in self.plans])
        self.session.flush()
        self.session.add_all(self.memberships)
        self.session.add_all(self.org_links)
        for plan in self.plans:
            self.session.add_all(
                GroupAudience(group_id=plan.group.id, audience=audience)
                for audience in plan.audience
            )
            self.session.add_all(
                GroupMethod(group_id=plan.group.id, method_id=self.methods[slug].id)
                for slug in plan.methods
            )
        self.session.flush()

    def _ago(self, min_days: int, max_days: int) -> datetime:
        minutes = self.rng.randint(min_days * 24 * 60, max_days * 24 * 60)
        return self.now - timedelta(minutes=minutes)

    # --- People -----------------------------------------------------------------------------

    def _demo_accounts(self) -> tuple[Member, Member]:
        admin = Member(
            email=DEMO_ADMIN[0],
            hashed_password=hash_password(DEMO_ADMIN[1]),
            full_name="Beheer Present 24x7",
            kind=MemberKind.other,
            is_admin=True,
            created_at=self._ago(400, 400),
        )
        demo = Member(
            email=DEMO_MEMBER[0],
            hashed_password=hash_password(DEMO_MEMBER[1]),
            full_name="Sanne van Dam",
            kind=MemberKind.gezinshuisouder,
            employment_form=EmploymentForm.franchise_met_zorgaanbieder,
            years_experience=6,
            registration_body=RegistrationBody.skj,
            registration_number="100214387",
            province=Province.utrecht.value,
            created_at=self._ago(300, 300),
        )
        for member in (admin, demo):
            member.updated_at = member.created_at
        self.groups_of[demo.id] = 0
        return admin, demo

    def _person_name(self) -> tuple[str, str, str]:
        """(full name, first name, surname without spaces) of a new persona."""
        pool = names.FEMALE_FIRST_NAMES if self.rng.random() < 0.62 else names.MALE_FIRST_NAMES
        first = self.rng.choice(pool)
        prefix, surname = self.rng.choice(names.SURNAMES)
        last = f"{prefix} {surname}" if prefix else surname
        return f"{first} {last}", first, last

    def _new_member(
        self,
        kind: MemberKind,
        province: str | None,
        form: EmploymentForm | None = None,
        starter: bool = False,
    ) -> Member:
        full_name, first, last = self._person_name()
        self.email_counter += 1
        local = f"{slugify(first, 40).replace('-', '')}.{slugify(last, 40).replace('-', '')}"
        member = Member(
            email=f"{local}{self.email_counter}@voorbeeld.nl",
            hashed_password=self.persona_hash,
            full_name=full_name,
            kind=kind,
            province=province,
            created_at=self._ago(20, 900),
        )
        member.updated_at = member.created_at
        if kind == MemberKind.gezinshuisouder:
            member.employment_form = form or _weighted(self.rng, names.EMPLOYMENT_WEIGHTS)
            member.years_experience = (
                self.rng.randint(0, 2) if starter else self._years_experience()
            )
            self._registration(member, skj=60, registerplein=12)
        elif kind == MemberKind.jeugdzorgwerker:
            member.years_experience = self.rng.randint(1, 20)
            self._registration(member, skj=90, registerplein=0)
        elif kind == MemberKind.intervisor:
            member.years_experience = self.rng.randint(4, 25)
            self._registration(member, skj=50, registerplein=30)
        self.members.append(member)
        self.groups_of[member.id] = 0
        return member

    def _years_experience(self) -> int:
        bands = {(0, 2): 20, (3, 6): 32, (7, 12): 28, (13, 19): 14, (20, 25): 6}
        low, high = _weighted(self.rng, bands)
        return self.rng.randint(low, high)

    def _registration(self, member: Member, skj: int, registerplein: int) -> None:
        roll = self.rng.randrange(100)
        if roll < skj:
            member.registration_body = RegistrationBody.skj
            member.registration_number = f"1{self.rng.randint(0, 99_999_999):08d}"
        elif roll < skj + registerplein:
            member.registration_body = RegistrationBody.registerplein
            member.registration_number = f"{self.rng.randint(1_000_000, 9_999_999)}"

    # --- Organisations ----------------------------------------------------------------------

    def _organisations(self) -> None:
        for name, short, kind, website, provinces in names.ORGANISATIONS:
            organisation = Organisation(
                name=name, kind=kind, website=website, created_at=self._ago(700, 1100)
            )
            plan = _OrgPlan(organisation, short, provinces, names.ORGANISATION_FORMS[kind])
            self.orgs.append(plan)
            admin = self._new_member(MemberKind.other, provinces[0])
            self.org_links.append(
                OrganisationMember(
                    organisation_id=organisation.id,
                    member_id=admin.id,
                    role=OrganisationRole.admin,
                    created_at=organisation.created_at,
                )
            )

    def _employ(self, org: _OrgPlan, member: Member) -> None:
        if member.id in org.employees:
            return
        org.employees.add(member.id)
        self.org_links.append(
            OrganisationMember(
                organisation_id=org.organisation.id,
                member_id=member.id,
                role=OrganisationRole.employee,
                created_at=member.created_at,
            )
        )

    # --- Groups -----------------------------------------------------------------------------

    def _regional_groups(self, province: str) -> None:
        count = self.rng.randint(5, 7)
        candidates = list(names.PLACES[province])
        weights = {index: entry[2] for index, entry in enumerate(candidates)}
        # The largest town may get a second group.
        weights[len(candidates)] = candidates[0][2] // 2
        candidates.append(candidates[0])
        for index in _weighted_sample(self.rng, weights, count):
            place_name, region, _ = candidates[index]
            place = find_place(place_name, province)
            if place is None:
                raise ValueError(f"Unknown demo place {place_name!r} in {province}")
            self.plans.append(self._regional_group(place, region))

    def _regional_group(self, place: Place, region: str) -> _GroupPlan:
        rng = self.rng
        mode = GroupMode.hybrid if rng.random() < 0.2 else GroupMode.in_person
        organisation = None
        orgs_here = [org for org in self.orgs if place.province in org.provinces]
        if orgs_here and rng.random() < 0.4:
            organisation = rng.choice(orgs_here)
        plan = self._group_plan(mode, organisation, place.province)
        group = plan.group
        group.place, group.lat, group.lon = place.name, place.lat, place.lon
        group.identity = self._identity(place.name)
        display = names.PLACE_DISPLAY_NAMES.get(place.name, place.name)
        self._name_group(plan, display, region)
        area = display if rng.random() < 0.6 else _in_sentence(region)
        self._describe(plan, area)
        return plan

    def _online_groups(self) -> None:
        for name, audience, theme in names.ONLINE_GROUPS:
            plan = self._group_plan(GroupMode.online, None, None, audience=audience)
            group = plan.group
            if group.daypart != Daypart.evening and self.rng.random() < 0.6:
                group.daypart = Daypart.evening
            plan.starters = "starters" in name
            if "Noord-Nederland" in name:
                group.province = Province.groningen.value
            if "jeugdzorgwerker" in name and JEUGDZORGWERKER not in plan.audience:
                plan.audience = (*plan.audience, JEUGDZORGWERKER)
            self._claim_name(plan, name)
            self._describe(plan, None, theme)
            self.plans.append(plan)

    def _group_plan(
        self,
        mode: GroupMode,
        organisation: _OrgPlan | None,
        province: str | None,
        audience: tuple[str, ...] | None = None,
    ) -> _GroupPlan:
        rng = self.rng
        lifecycle = self.lifecycles.draw()
        facilitator = self.facilitators.draw()
        size_min, size_max = _weighted(rng, SIZES)
        weekday: Weekday | None = _weighted(rng, WEEKDAYS)
        daypart: Daypart | None = _weighted(rng, DAYPARTS)
        if weekday == Weekday.saturday:
            daypart = Daypart.morning
        if lifecycle == GroupLifecycle.forming and rng.random() < 0.5:
            weekday, daypart = None, None  # still to be agreed with the first members
        created = (
            self._ago(10, 120) if lifecycle == GroupLifecycle.forming else self._ago(150, 1400)
        )
        group = Group(
            slug="",
            name="",
            mode=mode,
            province=province,
            meetings_per_year=_weighted(rng, MEETINGS_PER_YEAR),
            weekday=weekday,
            daypart=daypart,
            session_minutes=_weighted(rng, SESSION_MINUTES),
            size_min=size_min,
            size_max=size_max,
            facilitator_type=facilitator,
            language="nl",
            accepts_skj=rng.random() < 0.9,
            accepts_registerplein=rng.random() < 0.35,
            organisation_id=organisation.organisation.id if organisation else None,
            lifecycle=lifecycle,
            created_at=created,
            updated_at=created + timedelta(days=rng.randint(0, 9)),
        )
        if audience is None:
            audience = self._audience(organisation)
        method_count = _weighted(rng, {1: 35, 2: 45, 3: 20})
        return _GroupPlan(
            group=group,
            audience=audience,
            organisation=organisation,
            member_count=self._member_count(group),
            methods=_weighted_sample(rng, METHOD_WEIGHTS, method_count),
        )

    def _audience(self, organisation: _OrgPlan | None) -> tuple[str, ...]:
        rng = self.rng
        if organisation is not None:
            chosen = rng.sample(organisation.forms, rng.randint(1, len(organisation.forms)))
            forms: list[str] = [form for form in organisation.forms if form in chosen]
            jeugdzorg = organisation.organisation.kind == OrganisationKind.zorgaanbieder
            if jeugdzorg and rng.random() < 0.35:
                forms.append(JEUGDZORGWERKER)
            return tuple(forms)
        if rng.random() < 0.45:
            forms = list(ALL_FORMS)
        else:
            weights = {str(form): weight for form, weight in names.EMPLOYMENT_WEIGHTS.items()}
            picked = set(
                _weighted_sample(rng, weights, _weighted(rng, {1: 25, 2: 35, 3: 25, 4: 15}))
            )
            forms = [form for form in ALL_FORMS if form in picked]
        if rng.random() < 0.18:
            forms.append(JEUGDZORGWERKER)
        return tuple(forms)

    def _member_count(self, group: Group) -> int:
        rng = self.rng
        if group.lifecycle == GroupLifecycle.forming:
            return rng.randint(2, 3)
        if group.lifecycle == GroupLifecycle.closed:
            return rng.choice([group.size_max, group.size_max, group.size_max - 1])
        roll = rng.random()
        if roll < 0.28:
            return group.size_max
        if roll < 0.88:
            return max(group.size_max - rng.randint(1, 3), 3)
        return max(group.size_min - 1, 3)

    def _identity(self, place: str) -> str | None:
        roll = self.rng.random()
        if place in names.BIBLE_BELT:
            if roll < 0.3:
                return "reformatorisch"
            if roll < 0.5:
                return "christelijk"
        elif place in names.BIG_CITIES and roll < 0.15:
            return "islamitisch"
        elif roll < 0.05:
            return "christelijk"
        return None

    # --- Names and descriptions ------------------------------------------------------------

    def _name_group(self, plan: _GroupPlan, place: str, region: str) -> None:
        group = plan.group
        special: tuple[str, ...] = ()
        if group.identity:
            special = names.IDENTITY_NAME_TEMPLATES[group.identity]
        elif plan.organisation is not None and self.rng.random() < 0.6:
            special = names.ORGANISATION_NAME_TEMPLATES
        elif group.lifecycle == GroupLifecycle.forming:
            special = names.FORMING_NAME_TEMPLATES
        elif plan.audience == (EmploymentForm.vrijgevestigd,):
            special = names.VRIJGEVESTIGD_NAME_TEMPLATES
        elif JEUGDZORGWERKER in plan.audience and self.rng.random() < 0.6:
            special = names.MIXED_NAME_TEMPLATES
        elif group.facilitator_type == FacilitatorType.trained and self.rng.random() < 0.25:
            special = names.TRAINED_NAME_TEMPLATES
        general = list(names.PLACE_NAME_TEMPLATES) + list(names.REGION_NAME_TEMPLATES)
        if region in (place, f"Stad {place}"):
            general = list(names.PLACE_NAME_TEMPLATES)
        self.rng.shuffle(general)
        values = {
            "place": place,
            "region": region,
            "org": plan.organisation.short_name if plan.organisation else "",
            "day": names.WEEKDAYS_NL[group.weekday].capitalize()
            + (names.DAYPARTS_NL[group.daypart] if group.daypart else "")
            if group.weekday
            else "Intervisie",
        }
        for template in [*self.rng.sample(special, len(special)), *general]:
            if "{day}" in template and group.weekday is None:
                continue
            name = template.format(**values)
            if name not in self.names_taken:
                self._claim_name(plan, name)
                return
        self._claim_name(plan, f"Intervisiegroep {place} {len(self.plans) + 1}")

    def _claim_name(self, plan: _GroupPlan, name: str) -> None:
        self.names_taken.add(name)
        base = slugify(name)
        slug, number = base, 1
        while slug in self.slugs_taken:
            number += 1
            slug = f"{base}-{number}"
        self.slugs_taken.add(slug)
        plan.group.name, plan.group.slug = name, slug

    def _describe(self, plan: _GroupPlan, area: str | None, theme: str = "") -> None:
        rng, group = self.rng, plan.group
        if group.mode == GroupMode.online:
            opening = rng.choice(names.ONLINE_OPENINGS)
        elif group.lifecycle == GroupLifecycle.forming:
            opening = rng.choice(names.FORMING_OPENINGS).format(area=area)
        else:
            opening = rng.choice(names.OPENINGS).format(area=area)
        required = [sentence for sentence in (theme, self._identity_sentence(group)) if sentence]
        optional = [
            self._audience_sentence(plan),
            self._method_sentence(plan),
            rng.choice(names.FACILITATOR_SENTENCES[group.facilitator_type.value]),
            rng.choice(names.PREPARATION_SENTENCES),
            rng.choice(names.SAFETY_SENTENCES),
            self._frequency_sentence(group),
            self._topic_sentence(),
        ]
        if group.mode == GroupMode.hybrid:
            optional.append(rng.choice(names.HYBRID_SENTENCES))
        if plan.organisation is not None:
            sentence = rng.choice(names.ORGANISATION_SENTENCES)
            optional.append(sentence.format(org=plan.organisation.organisation.name))
        if group.accepts_skj:
            both = group.accepts_registerplein
            optional.append(names.REGISTRATION_SENTENCES["both" if both else "skj"])
        extra = max(1, rng.randint(1, 3) - len(required))
        picked = rng.sample(optional, extra)
        order = {sentence: index for index, sentence in enumerate(optional)}
        sentences = [opening, *required, *sorted(picked, key=order.__getitem__)]
        group.description = " ".join(sentences)

    @staticmethod
    def _identity_sentence(group: Group) -> str:
        return names.IDENTITY_SENTENCES[group.identity] if group.identity else ""

    def _audience_sentence(self, plan: _GroupPlan) -> str:
        if set(ALL_FORMS) <= set(plan.audience):
            return self.rng.choice(names.ALL_AUDIENCE_SENTENCES)
        phrases = [names.AUDIENCE_PHRASES[audience] for audience in plan.audience]
        return self.rng.choice(names.AUDIENCE_SENTENCES).format(audience=_join(phrases))

    def _method_sentence(self, plan: _GroupPlan) -> str:
        titles = [
            names.METHOD_PHRASES.get(slug, self.methods[slug].name.lower()) for slug in plan.methods
        ]
        if len(titles) >= 2:
            template = self.rng.choice(names.TWO_METHOD_SENTENCES)
            return template.format(method=titles[0], method2=titles[1])
        return self.rng.choice(names.METHOD_SENTENCES).format(method=titles[0])

    def _frequency_sentence(self, group: Group) -> str:
        when = ""
        if group.weekday is not None:
            day = names.WEEKDAYS_NL[group.weekday.value]
            part = names.DAYPARTS_NL[group.daypart.value] if group.daypart else ""
            when = f" op {day}{part}"
        return self.rng.choice(names.FREQUENCY_SENTENCES).format(
            times=names.DUTCH_NUMBERS[group.meetings_per_year],
            when=when,
            duration=names.DURATIONS[group.session_minutes],
        )

    def _topic_sentence(self) -> str:
        topics = self.rng.sample(names.TOPICS, self.rng.randint(2, 3))
        return self.rng.choice(names.TOPIC_SENTENCES).format(topics=_join(topics))

    # --- The demo member's groups ----------------------------------------------------------

    def _make_demo_groups(self) -> None:
        """The demo member coordinates an open in-person group in Utrecht with room
        and is an ordinary member of the online franchise group."""
        utrecht = [plan for plan in self.plans if plan.group.province == Province.utrecht.value]
        home = max(utrecht, key=self._demo_home_fit)
        group = home.group
        group.size_min, group.size_max = 5, 8
        home.member_count = 6
        if self._demo_home_fit(home)[2:] != (True, True, True):
            group.lifecycle = GroupLifecycle.open
            group.mode = GroupMode.in_person
            if EmploymentForm.franchise_met_zorgaanbieder not in home.audience:
                home.audience = (*home.audience, EmploymentForm.franchise_met_zorgaanbieder)
            self._redescribe(home)
        online = next(plan for plan in self.plans if plan.group.name == names.ONLINE_GROUPS[0][0])
        online.group.lifecycle = GroupLifecycle.open
        online.member_count = max(online.member_count, online.group.size_min)
        self.demo_home, self.demo_online = home, online

    @staticmethod
    def _demo_home_fit(plan: _GroupPlan) -> tuple[bool, bool, bool, bool, bool]:
        """Prefer a plain open in-person group for franchise parents, without organisation."""
        group = plan.group
        return (
            plan.organisation is None,
            group.identity is None,
            group.lifecycle == GroupLifecycle.open,
            EmploymentForm.franchise_met_zorgaanbieder in plan.audience,
            group.mode == GroupMode.in_person,
        )

    def _redescribe(self, plan: _GroupPlan) -> None:
        """Keep the description true after the demo adjustments."""
        place = plan.group.place or ""
        self._describe(plan, names.PLACE_DISPLAY_NAMES.get(place, place))

    # --- Memberships ------------------------------------------------------------------------

    def _fill(self, plan: _GroupPlan, demo: Member) -> None:
        group = plan.group
        joined_from = group.created_at
        roles: list[GroupRole] = [GroupRole.coordinator]
        if group.facilitator_type == FacilitatorType.trained:
            roles.append(GroupRole.facilitator)
        roles += [GroupRole.member] * max(plan.member_count - len(roles), 0)
        in_group: set[uuid.UUID] = set()
        for index, role in enumerate(roles):
            member: Member
            demo_home = plan is self.demo_home and role == GroupRole.coordinator
            if demo_home or (plan is self.demo_online and index == len(roles) - 1):
                member = demo
            elif role == GroupRole.facilitator:
                member = self._facilitator(group, in_group)
            else:
                member = self._participant(
                    plan, in_group, coordinator=role == GroupRole.coordinator
                )
            in_group.add(member.id)
            self.groups_of[member.id] += 1
            if plan.organisation is not None and member.kind != MemberKind.intervisor:
                self._employ(plan.organisation, member)
            joined = joined_from if index == 0 else self._joined_after(joined_from)
            if member.created_at > joined:
                member.created_at = member.updated_at = joined
            self.memberships.append(
                Membership(group_id=group.id, member_id=member.id, role=role, joined_at=joined)
            )

    def _joined_after(self, start: datetime) -> datetime:
        span = max(int((self.now - start).total_seconds() // 60), 1)
        return start + timedelta(minutes=self.rng.randint(0, span))

    def _province_for(self, group: Group) -> str:
        if group.province is not None:
            return group.province
        return _weighted(self.rng, names.PROVINCE_WEIGHTS)

    def _facilitator(self, group: Group, in_group: set[uuid.UUID]) -> Member:
        """An intervisor; experienced ones guide two groups in the same province."""
        if self.rng.random() < 0.35:
            reusable = [
                member
                for member in self.members
                if member.kind == MemberKind.intervisor
                and member.id not in in_group
                and self.groups_of[member.id] < MAX_GROUPS_PER_MEMBER
                and (group.province is None or member.province == group.province)
            ]
            if reusable:
                return self.rng.choice(reusable)
        return self._new_member(MemberKind.intervisor, self._province_for(group))

    def _participant(
        self, plan: _GroupPlan, in_group: set[uuid.UUID], *, coordinator: bool
    ) -> Member:
        rng, group = self.rng, plan.group
        forms = [EmploymentForm(a) for a in plan.audience if a != JEUGDZORGWERKER]
        jeugdzorg = JEUGDZORGWERKER in plan.audience and (not forms or rng.random() < 0.25)
        kind = (
            MemberKind.jeugdzorgwerker
            if jeugdzorg and not coordinator
            else MemberKind.gezinshuisouder
        )
        reuse_chance = 0.5 if group.mode == GroupMode.online else 0.2
        if plan.organisation is None and rng.random() < reuse_chance:
            reusable = [
                member
                for member in self.members
                if member.kind == kind
                and member.id not in in_group
                and self.groups_of[member.id] == 1
                and (kind != MemberKind.gezinshuisouder or member.employment_form in forms)
                and (group.mode == GroupMode.online or member.province == group.province)
                and (not plan.starters or (member.years_experience or 0) <= 2)
            ]
            if reusable:
                return rng.choice(reusable)
        form = None
        if kind == MemberKind.gezinshuisouder:
            weights = {f: names.EMPLOYMENT_WEIGHTS[f] for f in forms}
            form = _weighted(rng, weights)
        return self._new_member(kind, self._province_for(group), form, starter=plan.starters)

    def _extra_members(self) -> None:
        """Gezinshuisouders without a group (yet): the people the finder is for."""
        while len(self.members) < TARGET_PERSONAS:
            province = _weighted(self.rng, names.PROVINCE_WEIGHTS)
            kind = (
                MemberKind.jeugdzorgwerker
                if self.rng.random() < 0.1
                else MemberKind.gezinshuisouder
            )
            member = self._new_member(kind, province)
            orgs_here = [
                org
                for org in self.orgs
                if province in org.provinces
                and (kind == MemberKind.jeugdzorgwerker or member.employment_form in org.forms)
            ]
            if orgs_here and self.rng.random() < 0.5:
                self._employ(self.rng.choice(orgs_here), member)
