import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import type { Problem } from '../../api/problem';
import { unwrap } from '../../api/unwrap';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type CasePublic = Schemas['CasePublic'];
export type CaseCreate = Schemas['CaseCreate'];
export type CaseUpdate = Schemas['CaseUpdate'];
export type CaseOutcome = Schemas['CaseOutcome'];
export type TopicPublic = Schemas['TopicPublic'];

export const caseKeys = {
  detail: (id: string) => ['cases', id] as const,
  mine: ['me', 'cases'] as const,
  topics: ['topics'] as const,
  session: (sessionId: string) => ['sessions', sessionId, 'cases'] as const,
};

export function useCase(id: string) {
  const client = useApi();
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => unwrap(client.GET('/api/v1/cases/{case_id}', { params: { path: { case_id: id } } })),
    retry: false,
  });
}

export function useTopics() {
  const client = useApi();
  return useQuery({ queryKey: caseKeys.topics, queryFn: () => unwrap(client.GET('/api/v1/topics')), staleTime: 300_000 });
}

export function useMyCases() {
  const client = useApi();
  return useQuery({
    queryKey: caseKeys.mine,
    queryFn: () => unwrap(client.GET('/api/v1/me/cases', { params: { query: { limit: 100 } } })),
  });
}

export function createCase(client: ApiClient, sessionId: string, body: CaseCreate): Promise<CasePublic> {
  return unwrap(client.POST('/api/v1/sessions/{session_id}/cases', { params: { path: { session_id: sessionId } }, body }));
}

export function updateCase(client: ApiClient, id: string, body: CaseUpdate): Promise<CasePublic> {
  return unwrap(client.PATCH('/api/v1/cases/{case_id}', { params: { path: { case_id: id } }, body }));
}

export function markFollowUpDone(client: ApiClient, caseId: string, followUpId: string) {
  return unwrap(
    client.POST('/api/v1/cases/{case_id}/follow-ups/{follow_up_id}/done', {
      params: { path: { case_id: caseId, follow_up_id: followUpId } },
    }),
  );
}

export function recordOutcome(client: ApiClient, caseId: string, body: CaseOutcome): Promise<CasePublic> {
  return unwrap(client.PUT('/api/v1/cases/{case_id}/outcome', { params: { path: { case_id: caseId } }, body }));
}

/** Does this problem say the text contains something that could identify a person? */
export function isIdentifierProblem(problem: Problem): boolean {
  return problem.status === 422 && (problem.errors ?? []).some((error) => error.type.startsWith('identifier.'));
}
