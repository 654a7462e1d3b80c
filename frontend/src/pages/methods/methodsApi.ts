import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import type { ApiClient } from '../../api/endpoints';
import { unwrap } from '../../api/unwrap';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type MethodPublic = Schemas['MethodPublic'];
export type MethodDetail = Schemas['MethodDetail'];
export type MethodSuggestionRequest = Schemas['MethodSuggestionRequest'];
export type MethodSuggestion = Schemas['MethodSuggestion'];
export type HelpingQuestionKind = Schemas['HelpingQuestionKind'];
export type ReflectionCard = Schemas['ReflectionCardPublic'];

export const methodKeys = {
  list: ['methods', 'library'] as const,
  detail: (slug: string) => ['methods', 'detail', slug] as const,
  questions: ['helping-questions'] as const,
  cards: ['reflection-cards'] as const,
};

export function useMethodList() {
  const client = useApi();
  return useQuery({ queryKey: methodKeys.list, queryFn: () => unwrap(client.GET('/api/v1/methods')), staleTime: 300_000 });
}

export function useMethod(slug: string) {
  const client = useApi();
  return useQuery({
    queryKey: methodKeys.detail(slug),
    queryFn: () => unwrap(client.GET('/api/v1/methods/{slug}', { params: { path: { slug } } })),
    staleTime: 300_000,
    retry: false,
  });
}

export function useHelpingQuestions() {
  const client = useApi();
  return useQuery({
    queryKey: methodKeys.questions,
    queryFn: () => unwrap(client.GET('/api/v1/helping-questions')),
    staleTime: 300_000,
  });
}

export function useReflectionCards() {
  const client = useApi();
  return useQuery({
    queryKey: methodKeys.cards,
    queryFn: () => unwrap(client.GET('/api/v1/reflection-cards')),
    staleTime: 300_000,
  });
}

export async function suggestMethods(client: ApiClient, body: MethodSuggestionRequest): Promise<MethodSuggestion[]> {
  const result = await unwrap(client.POST('/api/v1/methods/suggest', { body }));
  return result.items;
}
