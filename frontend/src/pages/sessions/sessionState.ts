import type { SessionPublic } from './types';

/** The session has begun (or is over): answers are closed and the attendance list can be filled in. */
export function hasStarted(session: Pick<SessionPublic, 'starts_at'>, now: Date = new Date()): boolean {
  return now.getTime() >= new Date(session.starts_at).getTime();
}

export function hasEnded(session: Pick<SessionPublic, 'ends_at'>, now: Date = new Date()): boolean {
  return now.getTime() >= new Date(session.ends_at).getTime();
}

/** Members can still say whether they come. */
export function canRespond(session: Pick<SessionPublic, 'starts_at' | 'status'>, now: Date = new Date()): boolean {
  return session.status !== 'cancelled' && !hasStarted(session, now);
}

/** A coordinator can still change the session's details or call it off. */
export function canCancel(session: Pick<SessionPublic, 'status'>): boolean {
  return session.status === 'planned';
}

export function sessionPath(id: string): string {
  return `/bijeenkomsten/${encodeURIComponent(id)}`;
}

export function groupSessionsPath(slug: string): string {
  return `/groepen/${encodeURIComponent(slug)}/bijeenkomsten`;
}
