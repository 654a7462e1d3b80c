import type {
  EmploymentForm,
  MemberCreate,
  MemberKind,
  MemberPublic,
  MemberUpdate,
  Province,
  RegistrationBody,
} from '../../api/types';
import {
  EMPLOYMENT_FORMS,
  MEMBER_KINDS,
  PROVINCES,
  REGISTRATION_BODIES,
  employmentFormLabels,
  memberKindLabels,
  nl,
  provinceLabels,
  registrationBodyLabels,
} from '../../i18n/nl';
import type { SelectOption } from '../../components/SelectField';
import type { FieldErrors } from '../../components/useFormFeedback';

// Compile-time check that the labelled values in nl.ts are values the API accepts.
const kindsCheck: readonly MemberKind[] = MEMBER_KINDS;
const employmentFormsCheck: readonly EmploymentForm[] = EMPLOYMENT_FORMS;
const registrationBodiesCheck: readonly RegistrationBody[] = REGISTRATION_BODIES;
const provincesCheck: readonly Province[] = PROVINCES;
void [kindsCheck, employmentFormsCheck, registrationBodiesCheck, provincesCheck];

/** The member fields every form edits, as the strings the inputs hold. */
export interface MemberDetailsValues {
  email: string;
  full_name: string;
  kind: string;
  employment_form: string;
  years_experience: string;
  registration_body: string;
  registration_number: string;
  province: string;
}

export const MEMBER_DETAIL_FIELDS = [
  'email',
  'full_name',
  'kind',
  'employment_form',
  'years_experience',
  'registration_body',
  'registration_number',
  'province',
] as const satisfies readonly (keyof MemberDetailsValues)[];

export type MemberDetailField = (typeof MEMBER_DETAIL_FIELDS)[number];

export const emptyMemberDetails: MemberDetailsValues = {
  email: '',
  full_name: '',
  kind: '',
  employment_form: '',
  years_experience: '',
  registration_body: '',
  registration_number: '',
  province: '',
};

export const kindOptions: SelectOption[] = MEMBER_KINDS.map((value) => ({ value, label: memberKindLabels[value] }));
export const employmentFormOptions: SelectOption[] = EMPLOYMENT_FORMS.map((value) => ({
  value,
  label: employmentFormLabels[value],
}));
export const registrationBodyOptions: SelectOption[] = REGISTRATION_BODIES.map((value) => ({
  value,
  label: registrationBodyLabels[value],
}));
export const provinceOptions: SelectOption[] = PROVINCES.map((value) => ({ value, label: provinceLabels[value] }));

/** Employment form only applies to gezinshuisouders. */
export function showsEmploymentForm(values: Pick<MemberDetailsValues, 'kind'>): boolean {
  return values.kind === 'gezinshuisouder';
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string | undefined {
  if (!email.trim()) return nl.validation.emailRequired;
  if (!EMAIL_PATTERN.test(email.trim())) return nl.validation.emailInvalid;
  return undefined;
}

export function validateNewPassword(password: string, requiredMessage: string): string | undefined {
  if (!password) return requiredMessage;
  if (password.length < 10) return nl.validation.passwordTooShort;
  return undefined;
}

function isWholeNumberInRange(text: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const value = Number(text.trim());
  return value >= min && value <= max;
}

/** Client-side checks that mirror the API's rules, so most mistakes are caught before sending. */
export function validateMemberDetails(values: MemberDetailsValues): FieldErrors<MemberDetailField> {
  const errors: FieldErrors<MemberDetailField> = {};
  const emailError = validateEmail(values.email);
  if (emailError) errors.email = emailError;
  if (!values.full_name.trim()) errors.full_name = nl.validation.fullNameRequired;
  if (!values.kind) errors.kind = nl.validation.kindRequired;
  if (values.years_experience.trim() && !isWholeNumberInRange(values.years_experience, 0, 60)) {
    errors.years_experience = nl.validation.yearsInvalid;
  }
  return errors;
}

function orNull<T extends string>(value: string): T | null {
  const trimmed = value.trim();
  return trimmed ? (trimmed as T) : null;
}

/** Converts the form strings into the API's shape: empty optional fields become null. */
export function toMemberUpdate(values: MemberDetailsValues): MemberUpdate {
  return {
    email: values.email.trim(),
    full_name: values.full_name.trim(),
    kind: values.kind as MemberKind,
    employment_form: showsEmploymentForm(values) ? orNull<EmploymentForm>(values.employment_form) : null,
    years_experience: values.years_experience.trim() ? Number(values.years_experience.trim()) : null,
    registration_body: orNull<RegistrationBody>(values.registration_body),
    registration_number: values.registration_body ? orNull(values.registration_number) : null,
    province: orNull<Province>(values.province),
  };
}

export function toMemberCreate(values: MemberDetailsValues, password: string): MemberCreate {
  const update = toMemberUpdate(values);
  return {
    ...update,
    email: values.email.trim(),
    full_name: values.full_name.trim(),
    kind: values.kind as MemberKind,
    password,
  };
}

/** Fills the edit form from the member as the API returned it. */
export function fromMember(member: MemberPublic): MemberDetailsValues {
  return {
    email: member.email,
    full_name: member.full_name,
    kind: member.kind,
    employment_form: member.employment_form ?? '',
    years_experience: member.years_experience === null || member.years_experience === undefined ? '' : String(member.years_experience),
    registration_body: member.registration_body ?? '',
    registration_number: member.registration_number ?? '',
    province: member.province ?? '',
  };
}
