import type { components } from './schema';

type Schemas = components['schemas'];

export type MemberPublic = Schemas['MemberPublic'];
export type MemberCreate = Schemas['MemberCreate'];
export type MemberUpdate = Schemas['MemberUpdate'];
export type PasswordChange = Schemas['PasswordChange'];
export type Token = Schemas['Token'];
export type MemberKind = Schemas['MemberKind'];
export type EmploymentForm = Schemas['EmploymentForm'];
export type RegistrationBody = Schemas['RegistrationBody'];
export type Province = Schemas['Province'];
