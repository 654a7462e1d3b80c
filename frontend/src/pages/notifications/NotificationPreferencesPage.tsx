import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  NOTIFICATION_KINDS,
  labelFor,
  nl,
  notificationKindHints,
  notificationKindLabels,
  notificationsNl,
} from '../../i18n/nl';
import { fetchPreferences, notificationKeys, savePreferences } from './notificationsApi';
import type { KindPreference, NotificationKind } from './types';

const t = notificationsNl.preferences;
const FORM_ID = 'meldingen';
const NO_FIELDS: readonly never[] = [];

/** Every kind the UI knows, in its own order, then any kind the server added since. */
export function orderPreferences(items: readonly KindPreference[]): KindPreference[] {
  const byKind = new Map(items.map((item) => [item.kind, item]));
  const known: KindPreference[] = NOTIFICATION_KINDS.map(
    (kind) => byKind.get(kind) ?? { kind, in_app: true, email: true },
  );
  const extra = items.filter((item) => !(NOTIFICATION_KINDS as readonly string[]).includes(item.kind));
  return [...known, ...extra];
}

export function NotificationPreferencesPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const preferences = useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => fetchPreferences(api),
    staleTime: 0,
  });

  return (
    <div className="narrow-wide">
      <p className="back-link">
        <Link to="/mijn-profiel">
          <span aria-hidden="true">← </span>
          {t.back}
        </Link>
      </p>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      {preferences.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {preferences.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t.loadFailed}</p>
          <p>{problemMessage(toApiError(preferences.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void preferences.refetch()}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {preferences.data ? <PreferencesForm initial={preferences.data} /> : null}
      <p className="aside-link">
        <Link to="/meldingen">{t.toList}</Link>
      </p>
    </div>
  );
}

function PreferencesForm({ initial }: { initial: readonly KindPreference[] }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [items, setItems] = useState<KindPreference[]>(() => orderPreferences(initial));
  const [message, setMessage] = useState<string | null>(null);
  const feedback = useFormFeedback(FORM_ID, NO_FIELDS);
  const mutation = useMutation({
    mutationFn: (next: KindPreference[]) => savePreferences(api, next),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.preferences, saved);
      setItems(orderPreferences(saved));
      setMessage(t.saved);
    },
    onError: (error) => feedback.showServerError(error),
  });

  function change(kind: NotificationKind, channel: 'in_app' | 'email', checked: boolean) {
    setMessage(null);
    setItems((current) => current.map((item) => (item.kind === kind ? { ...item, [channel]: checked } : item)));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    feedback.clearErrors();
    mutation.mutate(items);
  }

  return (
    <>
      <StatusMessage message={message} />
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form preferences" noValidate onSubmit={handleSubmit} aria-busy={mutation.isPending}>
        <ul className="preferences__list">
          {items.map((item) => {
            const base = `${FORM_ID}-${item.kind.replace(/_/g, '-')}`;
            const hint = item.kind in notificationKindHints ? notificationKindHints[item.kind] : undefined;
            const off = !item.in_app && !item.email;
            return (
              <li key={item.kind}>
                <fieldset className="card preferences__kind" aria-describedby={hint ? `${base}-hint` : undefined}>
                  <legend className="preferences__legend">{labelFor(notificationKindLabels, item.kind)}</legend>
                  {hint ? (
                    <p className="preferences__hint" id={`${base}-hint`}>
                      {hint}
                    </p>
                  ) : null}
                  <div className="preferences__channels">
                    <CheckboxField
                      id={`${base}-app`}
                      name={`${item.kind}-in-app`}
                      label={t.inApp}
                      checked={item.in_app}
                      onChange={(checked) => change(item.kind, 'in_app', checked)}
                    />
                    <CheckboxField
                      id={`${base}-email`}
                      name={`${item.kind}-email`}
                      label={t.email}
                      checked={item.email}
                      onChange={(checked) => change(item.kind, 'email', checked)}
                    />
                  </div>
                  {off ? <p className="preferences__off">{t.bothOff}</p> : null}
                </fieldset>
              </li>
            );
          })}
        </ul>
        <p className="preferences__note">{t.emailNote}</p>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </>
  );
}
