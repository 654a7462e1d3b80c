import type { components } from '../../api/schema';
import type { Problem } from '../../api/problem';
import {
  AUDIENCES,
  DAYPARTS,
  FACILITATOR_TYPES,
  GROUP_IDENTITIES,
  GROUP_LIFECYCLES,
  GROUP_MODES,
  GROUP_ROLES,
  GROUP_STATUSES,
  JOIN_REQUEST_STATUSES,
  WEEKDAYS,
} from '../../i18n/nl';

type Schemas = components['schemas'];

export type GroupPublic = Schemas['GroupPublic'];
export type GroupCreate = Schemas['GroupCreate'];
export type GroupUpdate = Schemas['GroupUpdate'];
export type GroupSearchPage = Schemas['GroupSearchPage'];
export type ResolvedPlace = Schemas['ResolvedPlace'];
export type GroupMemberPublic = Schemas['GroupMemberPublic'];
export type JoinRequestPublic = Schemas['JoinRequestPublic'];
export type JoinRequestForCoordinator = Schemas['JoinRequestForCoordinator'];
export type MyGroup = Schemas['MyGroup'];
export type MethodPublic = Schemas['MethodPublic'];
export type PlaceSuggestion = Schemas['PlaceSuggestion'];
export type SiteConfig = Schemas['SiteConfig'];
export type GroupMode = Schemas['GroupMode'];
export type GroupRole = Schemas['GroupRole'];
export type GroupStatus = Schemas['GroupStatus'];
export type Audience = Schemas['Audience'];
export type FacilitatorType = Schemas['FacilitatorType'];
export type GroupIdentity = Schemas['GroupIdentity'];
export type GroupLifecycle = Schemas['GroupLifecycle'];
export type Weekday = Schemas['Weekday'];
export type Daypart = Schemas['Daypart'];
export type JoinRequestStatus = Schemas['JoinRequestStatus'];

// Compile-time check that the labelled values in i18n/groups.ts are values the API knows.
const checks: [
  readonly GroupMode[],
  readonly FacilitatorType[],
  readonly Weekday[],
  readonly Daypart[],
  readonly GroupStatus[],
  readonly GroupLifecycle[],
  readonly Audience[],
  readonly GroupIdentity[],
  readonly GroupRole[],
  readonly JoinRequestStatus[],
] = [
  GROUP_MODES,
  FACILITATOR_TYPES,
  WEEKDAYS,
  DAYPARTS,
  GROUP_STATUSES,
  GROUP_LIFECYCLES,
  AUDIENCES,
  GROUP_IDENTITIES,
  GROUP_ROLES,
  JOIN_REQUEST_STATUSES,
];
void checks;

/** One of the places an ambiguous name can mean, as the finder's 422 problem lists them. */
export interface PlaceOption {
  label: string;
  place: string;
  province: string;
}

/** The 422 problem for a place the API cannot pin down: ambiguous (options) or unknown (suggestions). */
export interface PlaceProblem extends Problem {
  options?: PlaceOption[];
  suggestions?: string[];
}

/** The groups the logged-in member has an open or earlier request for. */
export const OPEN_REQUEST_STATUSES: readonly JoinRequestStatus[] = ['pending', 'waitlisted', 'offered'];
