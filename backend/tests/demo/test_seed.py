"""The demo data: realistic, deterministic, place-level only, and loaded once."""

import re
import uuid
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlmodel import Session, SQLModel, select

from intervisiewijzer.common import utcnow
from intervisiewijzer.demo.seed import DEMO_ADMIN, DEMO_MEMBER, seed_demo_data
from intervisiewijzer.groups.geo import find_place
from intervisiewijzer.groups.models import (
    FacilitatorType,
    Group,
    GroupAudience,
    GroupLifecycle,
    GroupMethod,
    GroupMode,
    GroupRole,
    Membership,
)
from intervisiewijzer.members.models import EmploymentForm, Member, MemberKind
from intervisiewijzer.members.service import authenticate
from intervisiewijzer.organisations.models import (
    Organisation,
    OrganisationMember,
    OrganisationRole,
)
from intervisiewijzer.provinces import Province

STREET_AND_NUMBER = re.compile(r"\b[A-Z][a-z]+(straat|laan|weg|plein|gracht|kade|dijk)\s+\d")
TABLES: tuple[type[SQLModel], ...] = (
    Member,
    Organisation,
    OrganisationMember,
    Group,
    Membership,
    GroupMethod,
    GroupAudience,
)
AUDIENCES = {form.value for form in EmploymentForm} | {"jeugdzorgwerker"}


@pytest.fixture
def seeded(session: Session) -> Session:
    assert seed_demo_data(session) is True
    return session


def groups(session: Session) -> list[Group]:
    return list(session.exec(select(Group)).all())


def member_counts(session: Session) -> Counter[uuid.UUID]:
    return Counter(session.exec(select(Membership.group_id)).all())


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.__name__: session.exec(select(func.count()).select_from(table)).one()
        for table in TABLES
    }


def test_groups_cover_every_province_mode_and_facilitator_type(seeded: Session) -> None:
    all_groups = groups(seeded)
    assert len(all_groups) >= 72
    in_person = Counter(g.province for g in all_groups if g.mode == GroupMode.in_person)
    assert set(in_person) == {province.value for province in Province}
    regional = Counter(g.province for g in all_groups if g.mode != GroupMode.online)
    assert all(5 <= regional[province.value] <= 7 for province in Province)
    assert sum(g.mode == GroupMode.online for g in all_groups) >= 8
    assert {g.mode for g in all_groups} == set(GroupMode)
    assert {g.facilitator_type for g in all_groups} == set(FacilitatorType)
    assert {g.lifecycle for g in all_groups} == set(GroupLifecycle)


def test_group_names_and_slugs_are_unique(seeded: Session) -> None:
    all_groups = groups(seeded)
    assert len({g.name for g in all_groups}) == len(all_groups)
    assert len({g.slug for g in all_groups}) == len(all_groups)


def test_some_groups_are_full_and_some_have_room(seeded: Session) -> None:
    counts = member_counts(seeded)
    open_groups = [g for g in groups(seeded) if g.lifecycle == GroupLifecycle.open]
    full = [g for g in open_groups if counts[g.id] == g.size_max]
    with_room = [g for g in open_groups if 1 <= g.size_max - counts[g.id] <= 3]
    assert len(full) >= 5
    assert len(with_room) >= 20
    forming = [g for g in groups(seeded) if g.lifecycle == GroupLifecycle.forming]
    assert forming
    assert all(2 <= counts[g.id] <= 3 for g in forming)


def test_group_settings_are_realistic(seeded: Session) -> None:
    for group in groups(seeded):
        assert 3 <= group.size_min < group.size_max <= 8
        assert 4 <= group.meetings_per_year <= 10
        assert group.session_minutes in {90, 105, 120}
        assert group.language == "nl"
        assert group.identity in {None, "christelijk", "reformatorisch", "islamitisch"}
    methods = Counter(seeded.exec(select(GroupMethod.group_id)).all())
    audiences: dict[uuid.UUID, set[str]] = {}
    for row in seeded.exec(select(GroupAudience)).all():
        audiences.setdefault(row.group_id, set()).add(row.audience)
    for group in groups(seeded):
        assert 1 <= methods[group.id] <= 3
        assert audiences[group.id] and audiences[group.id] <= AUDIENCES


def test_locations_are_place_centres_or_none_online(seeded: Session) -> None:
    for group in groups(seeded):
        if group.mode == GroupMode.online:
            assert (group.place, group.lat, group.lon) == (None, None, None)
            continue
        assert group.place is not None and group.province is not None
        place = find_place(group.place, group.province)
        assert place is not None, group.place
        assert (group.lat, group.lon) == (place.lat, place.lon)


def test_descriptions_never_contain_an_address(seeded: Session) -> None:
    for group in groups(seeded):
        assert group.description
        assert not STREET_AND_NUMBER.search(group.description), group.description
        assert not re.search(r"\d", group.description), group.description
        assert 2 <= group.description.count(".") <= 4, group.description


def test_memberships_have_one_coordinator_and_trained_facilitators(seeded: Session) -> None:
    members = {m.id: m for m in seeded.exec(select(Member)).all()}
    roles: dict[uuid.UUID, Counter[GroupRole]] = {}
    facilitators: dict[uuid.UUID, list[Member]] = {}
    for membership in seeded.exec(select(Membership)).all():
        roles.setdefault(membership.group_id, Counter())[membership.role] += 1
        if membership.role == GroupRole.facilitator:
            facilitators.setdefault(membership.group_id, []).append(members[membership.member_id])
    counts = member_counts(seeded)
    for group in groups(seeded):
        assert roles[group.id][GroupRole.coordinator] == 1
        assert counts[group.id] <= group.size_max
        if group.facilitator_type == FacilitatorType.trained:
            assert [m.kind for m in facilitators[group.id]] == [MemberKind.intervisor]
        else:
            assert group.id not in facilitators
    groups_per_member = Counter(seeded.exec(select(Membership.member_id)).all())
    assert max(groups_per_member.values()) <= 2


def test_members_are_realistic_personas(seeded: Session) -> None:
    members = [m for m in seeded.exec(select(Member)).all() if not m.email.endswith("wijzer.nl")]
    assert 350 <= len(members) <= 450
    kinds = Counter(m.kind for m in members)
    assert kinds[MemberKind.gezinshuisouder] > len(members) * 0.75
    assert kinds[MemberKind.jeugdzorgwerker] > 0 and kinds[MemberKind.intervisor] > 0
    assert all(re.fullmatch(r"[a-z]+\.[a-z']+\d+@voorbeeld\.nl", m.email) for m in members)
    parents = [m for m in members if m.kind == MemberKind.gezinshuisouder]
    assert all(m.employment_form is not None for m in parents)
    assert all(0 <= (m.years_experience or 0) <= 25 for m in parents)
    assert any(m.registration_number for m in parents)
    assert any(" van " in m.full_name or " de " in m.full_name for m in members)
    # The personas share one hash and cannot log in with the demo passwords.
    assert len({m.hashed_password for m in members}) == 1


def test_regional_members_live_in_their_groups_province(seeded: Session) -> None:
    members = {m.id: m for m in seeded.exec(select(Member)).all()}
    group_by_id = {g.id: g for g in groups(seeded)}
    mismatches = 0
    for membership in seeded.exec(select(Membership)).all():
        group = group_by_id[membership.group_id]
        if group.mode != GroupMode.online:
            mismatches += members[membership.member_id].province != group.province
    assert mismatches == 0


def test_organisations_each_have_an_admin_and_employees(seeded: Session) -> None:
    organisations = seeded.exec(select(Organisation)).all()
    assert 6 <= len(organisations) <= 10
    links = seeded.exec(select(OrganisationMember)).all()
    for organisation in organisations:
        roles = Counter(link.role for link in links if link.organisation_id == organisation.id)
        assert roles[OrganisationRole.admin] == 1
        assert roles[OrganisationRole.employee] >= 3
    with_organisation = sum(g.organisation_id is not None for g in groups(seeded))
    assert 0.2 <= with_organisation / len(groups(seeded)) <= 0.45


def test_demo_admin_is_a_platform_admin(seeded: Session) -> None:
    admin = authenticate(seeded, *DEMO_ADMIN)
    assert admin is not None
    assert admin.is_admin
    assert admin.kind == MemberKind.other


def test_demo_member_coordinates_a_utrecht_group_and_joins_one_online(seeded: Session) -> None:
    member = authenticate(seeded, *DEMO_MEMBER)
    assert member is not None
    assert not member.is_admin
    assert member.province == Province.utrecht.value
    assert member.employment_form == EmploymentForm.franchise_met_zorgaanbieder
    assert member.years_experience == 6
    assert member.registration_number
    memberships = seeded.exec(select(Membership).where(Membership.member_id == member.id)).all()
    assert len(memberships) == 2
    by_role = {m.role: seeded.get(Group, m.group_id) for m in memberships}
    assert set(by_role) == {GroupRole.coordinator, GroupRole.member}
    counts = member_counts(seeded)
    home, online = by_role[GroupRole.coordinator], by_role[GroupRole.member]
    assert home is not None and online is not None
    assert home.mode == GroupMode.in_person
    assert home.province == Province.utrecht.value
    assert home.lifecycle == GroupLifecycle.open
    assert counts[home.id] < home.size_max
    assert online.mode == GroupMode.online


def test_second_call_does_nothing(seeded: Session) -> None:
    before = row_counts(seeded)
    assert seed_demo_data(seeded) is False
    assert row_counts(seeded) == before


def snapshot(session: Session) -> list[tuple[object, ...]]:
    return sorted(
        (g.slug, g.name, g.description, g.place, g.size_max, g.facilitator_type, count)
        for g, count in ((g, member_counts(session)[g.id]) for g in groups(session))
    )


def test_seed_is_deterministic(session: Session) -> None:
    first = session.begin_nested()
    seed_demo_data(session)
    expected = snapshot(session)
    emails = sorted(session.exec(select(Member.email)).all())
    first.rollback()
    assert session.exec(select(func.count()).select_from(Group)).one() == 0
    seed_demo_data(session)
    assert snapshot(session) == expected
    assert sorted(session.exec(select(Member.email)).all()) == emails


def test_demo_member_has_sessions_evidence_and_events(seeded: Session) -> None:
    from intervisiewijzer.events.models import Event, EventStatus
    from intervisiewijzer.evidence.service import attended_events, confirmed_sessions
    from intervisiewijzer.sessions.models import GroupSession, SessionStatus

    demo = seeded.exec(select(Member).where(Member.email == DEMO_MEMBER[0])).one()
    statuses = [str(s.status) for s in seeded.exec(select(GroupSession)).all()]
    assert statuses.count(SessionStatus.planned) == 3
    since = utcnow() - timedelta(days=400)
    assert confirmed_sessions(seeded, demo.id, since)
    assert attended_events(seeded, demo.id, since) == []
    published = seeded.exec(select(Event).where(Event.status == EventStatus.published)).all()
    assert len(published) == 2
