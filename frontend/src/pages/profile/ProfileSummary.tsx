import type { MemberPublic } from '../../api/types';
import {
  employmentFormLabels,
  labelFor,
  memberKindLabels,
  nl,
  provinceLabels,
  registrationBodyLabels,
} from '../../i18n/nl';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

function Row({ term, children }: { term: string; children: string }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Read-only overview of the member's details. */
export function ProfileSummary({ member }: { member: MemberPublic }) {
  const years =
    member.years_experience === null || member.years_experience === undefined
      ? nl.common.notFilledIn
      : nl.common.years(member.years_experience);
  const registration = member.registration_body
    ? [labelFor(registrationBodyLabels, member.registration_body), member.registration_number].filter(Boolean).join(', ')
    : nl.common.notFilledIn;

  return (
    <dl className="summary-list">
      <Row term={nl.fields.fullName}>{member.full_name}</Row>
      <Row term={nl.fields.email}>{member.email}</Row>
      <Row term={nl.fields.kind}>{labelFor(memberKindLabels, member.kind)}</Row>
      {member.kind === 'gezinshuisouder' ? (
        <Row term={nl.fields.employmentForm}>{labelFor(employmentFormLabels, member.employment_form)}</Row>
      ) : null}
      <Row term={nl.fields.yearsExperience}>{years}</Row>
      <Row term={nl.fields.province}>{labelFor(provinceLabels, member.province)}</Row>
      <Row term={nl.fields.registrationBody}>{registration}</Row>
      <Row term={nl.fields.createdAt}>{dateFormat.format(new Date(member.created_at))}</Row>
    </dl>
  );
}
