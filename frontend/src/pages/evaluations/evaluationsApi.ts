import { useCallback } from 'react';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { toApiError } from '../../api/problem';
import { unwrap } from '../../api/unwrap';
import type {
  EvaluationLinkForm,
  EvaluationReceipt,
  GroupEvaluationInput,
  GroupEvaluationPublic,
  GroupEvaluationSummary,
  PendingEvaluationPage,
  QuestionSet,
  SessionEvaluationInput,
  SessionEvaluationPublic,
  SessionEvaluationSummary,
  SharedComments,
} from './types';

export const PENDING_PAGE_SIZE = 20;

export const evaluationKeys = {
  all: ['evaluations'] as const,
  questions: ['evaluations', 'questions'] as const,
  pending: ['evaluations', 'pending'] as const,
  mine: (sessionId: string) => ['evaluations', 'session', sessionId, 'mine'] as const,
  summary: (sessionId: string) => ['evaluations', 'session', sessionId, 'summary'] as const,
  comments: (sessionId: string) => ['evaluations', 'session', sessionId, 'comments'] as const,
  link: (token: string) => ['evaluations', 'link', token] as const,
  yearly: (groupRef: string, year: number) => ['evaluations', 'yearly', groupRef, year, 'mine'] as const,
  yearlySummary: (groupRef: string, year: number) => ['evaluations', 'yearly', groupRef, year, 'summary'] as const,
  yearlyComments: (groupRef: string, year: number) => ['evaluations', 'yearly', groupRef, year, 'comments'] as const,
};

const onSession = (id: string) => ({ params: { path: { session_id: id } } });
const onYear = (groupRef: string, year: number) => ({ params: { path: { group_ref: groupRef, year } } });

/** Reading one's own answers: "not answered yet" (404) is an ordinary state, not an error. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (toApiError(error).status === 404) return null;
    throw error;
  }
}

export function fetchQuestions(client: ApiClient): Promise<QuestionSet> {
  return unwrap(client.GET('/api/v1/evaluations/questions'));
}

export function fetchPending(client: ApiClient, offset = 0, limit = PENDING_PAGE_SIZE): Promise<PendingEvaluationPage> {
  return unwrap(client.GET('/api/v1/me/evaluations/pending', { params: { query: { limit, offset } } }));
}

export function fetchMySessionEvaluation(client: ApiClient, sessionId: string): Promise<SessionEvaluationPublic | null> {
  return orNull(unwrap(client.GET('/api/v1/sessions/{session_id}/evaluation', onSession(sessionId))));
}

export function saveSessionEvaluation(
  client: ApiClient,
  sessionId: string,
  body: SessionEvaluationInput,
): Promise<SessionEvaluationPublic> {
  return unwrap(client.PUT('/api/v1/sessions/{session_id}/evaluation', { ...onSession(sessionId), body }));
}

export function fetchSessionSummary(client: ApiClient, sessionId: string): Promise<SessionEvaluationSummary> {
  return unwrap(client.GET('/api/v1/sessions/{session_id}/evaluations/summary', onSession(sessionId)));
}

export function fetchSessionComments(client: ApiClient, sessionId: string): Promise<SharedComments> {
  return unwrap(client.GET('/api/v1/sessions/{session_id}/evaluations/shared-comments', onSession(sessionId)));
}

export function fetchLinkForm(client: ApiClient, token: string): Promise<EvaluationLinkForm> {
  return unwrap(client.GET('/api/v1/evaluations/by-token/{token}', { params: { path: { token } } }));
}

export function submitByLink(client: ApiClient, token: string, body: SessionEvaluationInput): Promise<EvaluationReceipt> {
  return unwrap(client.POST('/api/v1/evaluations/by-token/{token}', { params: { path: { token } }, body }));
}

export function fetchMyYearlyEvaluation(
  client: ApiClient,
  groupRef: string,
  year: number,
): Promise<GroupEvaluationPublic | null> {
  return orNull(unwrap(client.GET('/api/v1/groups/{group_ref}/yearly-evaluation/{year}', onYear(groupRef, year))));
}

export function saveYearlyEvaluation(
  client: ApiClient,
  groupRef: string,
  year: number,
  body: GroupEvaluationInput,
): Promise<GroupEvaluationPublic> {
  return unwrap(client.PUT('/api/v1/groups/{group_ref}/yearly-evaluation/{year}', { ...onYear(groupRef, year), body }));
}

export function fetchYearlySummary(client: ApiClient, groupRef: string, year: number): Promise<GroupEvaluationSummary> {
  return unwrap(client.GET('/api/v1/groups/{group_ref}/yearly-evaluations/{year}/summary', onYear(groupRef, year)));
}

export function fetchYearlyComments(client: ApiClient, groupRef: string, year: number): Promise<SharedComments> {
  return unwrap(client.GET('/api/v1/groups/{group_ref}/yearly-evaluations/{year}/shared-comments', onYear(groupRef, year)));
}

// --- Hooks ---------------------------------------------------------------------------------

export function useQuestions(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: evaluationKeys.questions, queryFn: () => fetchQuestions(api), staleTime: Infinity, enabled });
}

export function usePendingEvaluations(enabled = true) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: evaluationKeys.pending,
    queryFn: ({ pageParam }) => fetchPending(api, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    enabled,
    staleTime: 10_000,
  });
}

export function useMySessionEvaluation(sessionId: string, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: evaluationKeys.mine(sessionId),
    queryFn: () => fetchMySessionEvaluation(api, sessionId),
    enabled,
  });
}

export function useSessionSummary(sessionId: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: evaluationKeys.summary(sessionId), queryFn: () => fetchSessionSummary(api, sessionId), enabled });
}

export function useSessionComments(sessionId: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: evaluationKeys.comments(sessionId), queryFn: () => fetchSessionComments(api, sessionId), enabled });
}

export function useLinkForm(token: string) {
  const api = useApi();
  return useQuery({ queryKey: evaluationKeys.link(token), queryFn: () => fetchLinkForm(api, token), retry: false });
}

export function useMyYearlyEvaluation(groupRef: string, year: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: evaluationKeys.yearly(groupRef, year),
    queryFn: () => fetchMyYearlyEvaluation(api, groupRef, year),
    enabled,
  });
}

export function useYearlySummary(groupRef: string, year: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: evaluationKeys.yearlySummary(groupRef, year),
    queryFn: () => fetchYearlySummary(api, groupRef, year),
    enabled,
  });
}

export function useYearlyComments(groupRef: string, year: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: evaluationKeys.yearlyComments(groupRef, year),
    queryFn: () => fetchYearlyComments(api, groupRef, year),
    enabled,
  });
}

/** After an answer is saved: the pending list no longer holds it. */
export function useRefreshPending() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: evaluationKeys.pending }), [queryClient]);
}
