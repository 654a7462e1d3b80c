import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type RunState = Schemas['RunState'];
export type RunNotes = Schemas['RunNotes'];

export const runKey = (sessionId: string) => ['sessions', sessionId, 'run'] as const;
export const POLL_MS = 5000;

export function useRun(sessionId: string) {
  const client = useApi();
  return useQuery({
    queryKey: runKey(sessionId),
    queryFn: () => unwrap(client.GET('/api/v1/sessions/{session_id}/run', { params: { path: { session_id: sessionId } } })),
    refetchInterval: POLL_MS,
    retry: false,
  });
}

const path = (sessionId: string) => ({ params: { path: { session_id: sessionId } } });

export function startRun(client: ApiClient, sessionId: string, method: string | null) {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/run', { ...path(sessionId), body: { method } }));
}

export function moveRun(client: ApiClient, sessionId: string, direction: 'next' | 'previous', fromPhase: number | null) {
  const body = { from_phase: fromPhase };
  return direction === 'next'
    ? unwrap(client.POST('/api/v1/sessions/{session_id}/run/next', { ...path(sessionId), body }))
    : unwrap(client.POST('/api/v1/sessions/{session_id}/run/previous', { ...path(sessionId), body }));
}

export function drawCard(client: ApiClient, sessionId: string) {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/run/draw-card', { ...path(sessionId), body: {} }));
}

export function saveNotes(client: ApiClient, sessionId: string, text: string, version: number): Promise<RunNotes> {
  return unwrap(client.PUT('/api/v1/sessions/{session_id}/run/notes', { ...path(sessionId), body: { text, version } }));
}

export function finishRun(client: ApiClient, sessionId: string) {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/run/finish', path(sessionId)));
}

export async function fetchRun(client: ApiClient, sessionId: string): Promise<RunState> {
  return unwrap(client.GET('/api/v1/sessions/{session_id}/run', path(sessionId)));
}
