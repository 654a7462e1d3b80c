/**
 * API types for the widget, taken from the generated OpenAPI schema (type-only import:
 * nothing from the SPA bundle ends up in the widget).
 */
import type { components } from '../src/api/schema';

type Schemas = components['schemas'];

export type GroupPublic = Schemas['GroupPublic'];
export type GroupSearchPage = Schemas['GroupSearchPage'];
export type ResolvedPlace = Schemas['ResolvedPlace'];
export type Province = Schemas['Province'];
export type GroupMode = Schemas['GroupMode'];
export type GroupStatus = Schemas['GroupStatus'];
export type FacilitatorType = Schemas['FacilitatorType'];
export type Weekday = Schemas['Weekday'];
export type Daypart = Schemas['Daypart'];

/** One choice in an "ambiguous place" problem, e.g. Hengelo (Overijssel) or Hengelo (Gelderland). */
export interface PlaceOption {
  label: string;
  place: string;
  province: Province;
}

/**
 * RFC 9457 problem document as the API sends it. Location problems add `query`, and either
 * `options` (several places share the name) or `suggestions` (names close to an unknown place).
 */
export interface FinderProblem {
  type?: string;
  title: string;
  status: number;
  detail?: string | null;
  query?: string;
  options?: PlaceOption[];
  suggestions?: string[];
}
