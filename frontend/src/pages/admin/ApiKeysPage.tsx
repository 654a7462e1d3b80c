import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  API_KEY_KINDS,
  adminNl,
  apiKeyKindHints,
  apiKeyKindLabels,
  apiKeyScopeLabels,
  apiKeyStatusLabels,
  labelFor,
  nl,
  type ApiKeyKindValue,
  type ApiKeyScopeValue,
} from '../../i18n/nl';
import { formatDateTime } from '../notifications/format';
import { BackToAdmin } from './AdminHomePage';
import {
  DEFAULT_SCOPES,
  KEY_FIELDS,
  SCOPES_FOR_KIND,
  emptyKeyForm,
  toApiKeyCreate,
  validateKeyForm,
  type KeyFormValues,
} from './adminForms';
import { adminKeys, issueApiKey, revokeApiKey, useApiKeyList, useApiKeyUses, useInvalidate } from './adminApi';
import { OneTimeSecret } from './OneTimeSecret';
import { PagedListSection } from './PagedListSection';
import { Pager } from './Pager';
import type { ApiKeyIssued, ApiKeyPublic } from './types';

const t = adminNl.keys;
const FORM_ID = 'sleutel';

/** /beheer/api-sleutels: issue keys to partner sites and organisations, see their use, revoke them. */
export function ApiKeysPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const invalidate = useInvalidate();
  const [offset, setOffset] = useState(0);
  const list = useApiKeyList(offset);
  const [flash, setFlash] = useState<string | null>(null);
  const [issued, setIssued] = useState<ApiKeyIssued | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyPublic | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const revoke = useMutation({
    mutationFn: (key: ApiKeyPublic) => revokeApiKey(api, key.id),
    onSuccess: async (_, key) => {
      await invalidate(adminKeys.apiKeys);
      setRevoking(null);
      setFlash(t.revoked(key.name));
      requestAnimationFrame(() => listHeading.current?.focus());
    },
    onError: (error) => setRevokeError(problemMessage(toApiError(error).problem)),
  });

  function handleIssued(key: ApiKeyIssued) {
    setFlash(null);
    setIssued(key);
    setOffset(0);
    void invalidate(adminKeys.apiKeys);
  }

  function closeSecret() {
    setIssued(null);
    setFlash(t.issuedGone);
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  return (
    <>
      <BackToAdmin />
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <StatusMessage message={flash} />
      <section className="beheer-section" aria-labelledby="nieuwe-sleutel-titel">
        <h2 id="nieuwe-sleutel-titel" ref={formHeading} tabIndex={-1}>
          {t.formHeading}
        </h2>
        {issued ? (
          <OneTimeSecret
            heading={t.issuedHeading(issued.name)}
            warning={t.issuedWarning}
            label={t.issuedLabel}
            hint={t.issuedHint}
            value={issued.key}
            doneLabel={t.issuedDone}
            onDone={closeSecret}
          />
        ) : (
          <div className="card beheer-form">
            <ApiKeyForm onIssued={handleIssued} />
          </div>
        )}
      </section>
      <PagedListSection
        headingId="sleutels-titel"
        headingRef={listHeading}
        heading={t.listHeading}
        count={t.count}
        empty={t.empty}
        what={t.pagerWhat}
        list={list}
        onOffsetChange={setOffset}
        renderItem={(key) => (
          <ApiKeyCard
            apiKey={key}
            onRevoke={() => {
              setRevokeError(null);
              setRevoking(key);
            }}
          />
        )}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={revoking ? t.revokeTitle(revoking.name) : ''}
        text={t.revokeText}
        confirmLabel={revoke.isPending ? t.revoking : t.revoke}
        cancelLabel={adminNl.common.cancel}
        busy={revoke.isPending}
        error={revokeError}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
      />
    </>
  );
}

function ApiKeyForm({ onIssued }: { onIssued: (key: ApiKeyIssued) => void }) {
  const api = useApi();
  const [values, setValues] = useState<KeyFormValues>(emptyKeyForm);
  const feedback = useFormFeedback(FORM_ID, KEY_FIELDS);
  const mutation = useMutation({
    mutationFn: (current: KeyFormValues) => issueApiKey(api, toApiKeyCreate(current)),
    onSuccess: (key) => {
      setValues(emptyKeyForm);
      onIssued(key);
    },
    onError: (error) => feedback.showServerError(error),
  });
  const kind: ApiKeyKindValue = values.kind || 'partner';
  const set = <K extends keyof KeyFormValues>(field: K, value: KeyFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateKeyForm(values);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clearErrors();
    mutation.mutate(values);
  }

  const id = (name: string) => fieldId(FORM_ID, name);

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form beheer-form__form" noValidate onSubmit={handleSubmit} aria-busy={mutation.isPending}>
        <TextField
          id={id('name')}
          name="name"
          label={t.fields.name}
          hint={t.fields.nameHint}
          value={values.name}
          onChange={(value) => set('name', value)}
          error={feedback.fieldErrors.name}
          autoComplete="off"
          required
        />
        <ChoiceGroup
          id={id('kind')}
          name="kind"
          type="radio"
          legend={t.fields.kind}
          options={API_KEY_KINDS.map((value) => ({
            value,
            label: apiKeyKindLabels[value],
            hint: apiKeyKindHints[value],
          }))}
          values={values.kind ? [values.kind] : []}
          onChange={([next]) => {
            const nextKind = (next ?? 'partner') as ApiKeyKindValue;
            setValues((current) => ({ ...current, kind: nextKind, scopes: [...DEFAULT_SCOPES[nextKind]] }));
          }}
          error={feedback.fieldErrors.kind}
          required
        />
        {kind === 'organisation' ? (
          <TextField
            id={id('organisation_id')}
            name="organisation_id"
            label={t.fields.organisationId}
            hint={t.fields.organisationIdHint}
            value={values.organisationId}
            onChange={(value) => set('organisationId', value)}
            error={feedback.fieldErrors.organisation_id}
            autoComplete="off"
            required
          />
        ) : null}
        <ChoiceGroup
          id={id('scopes')}
          name="scopes"
          type="checkbox"
          legend={t.fields.scopes}
          hint={t.fields.scopesHint}
          options={SCOPES_FOR_KIND[kind].map((value) => ({ value, label: apiKeyScopeLabels[value] }))}
          values={values.scopes}
          onChange={(next) => set('scopes', next as ApiKeyScopeValue[])}
          error={feedback.fieldErrors.scopes}
          required
        />
        <TextAreaField
          id={id('allowed_origins')}
          name="allowed_origins"
          label={t.fields.origins}
          hint={t.fields.originsHint}
          value={values.origins}
          onChange={(value) => set('origins', value)}
          error={feedback.fieldErrors.allowed_origins}
          rows={3}
        />
        <div className="field-row">
          <TextField
            id={id('rate_limit_per_minute')}
            name="rate_limit_per_minute"
            label={t.fields.rateLimit}
            hint={t.fields.rateLimitHint}
            value={values.rateLimit}
            onChange={(value) => set('rateLimit', value)}
            error={feedback.fieldErrors.rate_limit_per_minute}
            inputMode="numeric"
            autoComplete="off"
            width="short"
            required
          />
          <TextField
            id={id('expires_at')}
            name="expires_at"
            type="date"
            label={t.fields.expires}
            hint={t.fields.expiresHint}
            value={values.expires}
            onChange={(value) => set('expires', value)}
            error={feedback.fieldErrors.expires_at}
            width="short"
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </>
  );
}

export function KeyStatusPill({ status }: { status: string }) {
  return <span className={`beheer-pill beheer-pill--${status}`}>{labelFor(apiKeyStatusLabels, status)}</span>;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="beheer-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ApiKeyCard({ apiKey, onRevoke }: { apiKey: ApiKeyPublic; onRevoke: () => void }) {
  const [showUses, setShowUses] = useState(false);
  const f = t.facts;
  const headingId = `sleutel-${apiKey.id}`;
  const usesId = `gebruik-${apiKey.id}`;
  const revoked = apiKey.status === 'revoked';

  return (
    <article className={revoked ? 'card beheer-item beheer-item--muted' : 'card beheer-item'} aria-labelledby={headingId}>
      <div className="beheer-item__top">
        <h3 className="beheer-item__title" id={headingId}>
          {apiKey.name}
        </h3>
        <KeyStatusPill status={apiKey.status} />
      </div>
      <dl className="beheer-facts">
        <Fact term={f.kind}>{labelFor(apiKeyKindLabels, apiKey.kind)}</Fact>
        <Fact term={f.prefix}>
          <code className="beheer-code">{apiKey.prefix}…</code>
        </Fact>
        {apiKey.organisation_id ? (
          <Fact term={f.organisation}>
            <code className="beheer-code">{apiKey.organisation_id}</code>
          </Fact>
        ) : null}
        <Fact term={f.scopes}>
          <ul className="beheer-facts__list">
            {apiKey.scopes.map((scope) => (
              <li key={scope}>{labelFor(apiKeyScopeLabels, scope)}</li>
            ))}
          </ul>
        </Fact>
        <Fact term={f.origins}>
          {apiKey.allowed_origins.length === 0 ? (
            f.noOrigins
          ) : (
            <ul className="beheer-facts__list">
              {apiKey.allowed_origins.map((origin) => (
                <li key={origin}>
                  <code className="beheer-code">{origin}</code>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={f.rateLimit}>{f.perMinute(apiKey.rate_limit_per_minute)}</Fact>
        <Fact term={f.expires}>{apiKey.expires_at ? formatDateTime(apiKey.expires_at) : f.noExpiry}</Fact>
        <Fact term={f.lastUsed}>{apiKey.last_used_at ? formatDateTime(apiKey.last_used_at) : f.neverUsed}</Fact>
        <Fact term={f.created}>{formatDateTime(apiKey.created_at)}</Fact>
        {apiKey.revoked_at ? <Fact term={f.revoked}>{formatDateTime(apiKey.revoked_at)}</Fact> : null}
      </dl>
      <div className="beheer-item__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showUses}
          aria-controls={usesId}
          onClick={() => setShowUses((open) => !open)}
        >
          {showUses ? t.usesHide : t.usesShow}
          {' '}
          <span className="visually-hidden">({apiKey.name})</span>
        </button>
        {revoked ? null : (
          <button type="button" className="button button--danger-outline button--small" onClick={onRevoke}>
            {t.revoke}
            {' '}
            <span className="visually-hidden">({apiKey.name})</span>
          </button>
        )}
      </div>
      <div id={usesId} hidden={!showUses}>
        {showUses ? <UsageLog apiKey={apiKey} /> : null}
      </div>
    </article>
  );
}

function UsageLog({ apiKey }: { apiKey: ApiKeyPublic }) {
  const [offset, setOffset] = useState(0);
  const uses = useApiKeyUses(apiKey.id, offset);
  const c = t.usesColumns;
  const items = uses.data?.items ?? [];
  const headingId = `gebruik-titel-${apiKey.id}`;

  return (
    <section className="beheer-log" aria-labelledby={headingId}>
      <h4 className="beheer-log__heading" id={headingId}>
        {t.usesHeading(apiKey.name)}
      </h4>
      {uses.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {uses.isError ? <p className="notice notice--error">{problemMessage(toApiError(uses.error).problem)}</p> : null}
      {uses.data && items.length === 0 ? <p>{t.usesEmpty}</p> : null}
      {items.length > 0 ? (
        <div className="beheer-table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="beheer-table">
            <thead>
              <tr>
                <th scope="col">{c.when}</th>
                <th scope="col">{c.request}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.origin}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((use, index) => (
                <tr key={`${use.used_at}-${index}`}>
                  <td>
                    <time dateTime={use.used_at}>{formatDateTime(use.used_at)}</time>
                  </td>
                  <td>
                    <code className="beheer-code">
                      {use.method} {use.path}
                    </code>
                  </td>
                  <td>
                    <span className={use.status_code >= 400 ? 'beheer-code beheer-code--bad' : 'beheer-code'}>{use.status_code}</span>
                  </td>
                  <td>{use.origin ? <code className="beheer-code">{use.origin}</code> : t.noOrigin}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {uses.data ? (
        <Pager page={uses.data} shown={items.length} what={t.usesPagerWhat} busy={uses.isFetching} onChange={setOffset} />
      ) : null}
    </section>
  );
}
