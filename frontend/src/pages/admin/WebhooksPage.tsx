import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { CheckboxField } from '../../components/CheckboxField';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormFeedback } from '../../components/useFormFeedback';
import {
  WEBHOOK_EVENTS,
  adminNl,
  deliveryStatusLabels,
  labelFor,
  nl,
  webhookEventLabels,
  type WebhookEventValue,
} from '../../i18n/nl';
import { formatDateTime } from '../notifications/format';
import { BackToAdmin } from './AdminHomePage';
import {
  WEBHOOK_FIELDS,
  emptyWebhookForm,
  toWebhookCreate,
  validateWebhookForm,
  type WebhookFormValues,
} from './adminForms';
import {
  adminKeys,
  createWebhook,
  deleteWebhook,
  pingWebhook,
  updateWebhook,
  useDeliveries,
  useInvalidate,
  useWebhookList,
} from './adminApi';
import { OneTimeSecret } from './OneTimeSecret';
import { PagedListSection } from './PagedListSection';
import { Pager } from './Pager';
import type { WebhookCreated, WebhookPublic } from './types';

const t = adminNl.webhooks;
const FORM_ID = 'webhook';

/** /beheer/webhooks: subscribe partner systems to events, switch them on and off, follow deliveries. */
export function WebhooksPage() {
  useDocumentTitle(t.title);
  const api = useApi();
  const invalidate = useInvalidate();
  const [offset, setOffset] = useState(0);
  const list = useWebhookList(offset);
  const [flash, setFlash] = useState<string | null>(null);
  const [created, setCreated] = useState<WebhookCreated | null>(null);
  const [removing, setRemoving] = useState<WebhookPublic | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const remove = useMutation({
    mutationFn: (webhook: WebhookPublic) => deleteWebhook(api, webhook.id),
    onSuccess: async (_, webhook) => {
      await invalidate(adminKeys.webhooks);
      setRemoving(null);
      setFlash(t.removed(webhook.url));
      requestAnimationFrame(() => listHeading.current?.focus());
    },
    onError: (error) => setRemoveError(problemMessage(toApiError(error).problem)),
  });

  function handleCreated(webhook: WebhookCreated) {
    setFlash(null);
    setCreated(webhook);
    setOffset(0);
    void invalidate(adminKeys.webhooks);
  }

  return (
    <>
      <BackToAdmin />
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <StatusMessage message={flash} />
      <section className="beheer-section" aria-labelledby="nieuwe-webhook-titel">
        <h2 id="nieuwe-webhook-titel" ref={formHeading} tabIndex={-1}>
          {t.formHeading}
        </h2>
        {created ? (
          <OneTimeSecret
            heading={t.createdHeading}
            warning={t.createdWarning}
            label={t.createdLabel}
            hint={t.createdHint(created.url)}
            value={created.secret}
            doneLabel={t.createdDone}
            onDone={() => {
              setCreated(null);
              requestAnimationFrame(() => formHeading.current?.focus());
            }}
          />
        ) : (
          <div className="card beheer-form">
            <WebhookForm onCreated={handleCreated} />
          </div>
        )}
      </section>
      <PagedListSection
        headingId="webhooks-titel"
        headingRef={listHeading}
        heading={t.listHeading}
        count={t.count}
        empty={t.empty}
        what={t.pagerWhat}
        list={list}
        onOffsetChange={setOffset}
        renderItem={(webhook) => (
          <WebhookCard
            webhook={webhook}
            onDone={setFlash}
            onRemove={() => {
              setRemoveError(null);
              setRemoving(webhook);
            }}
          />
        )}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t.removeTitle}
        text={removing ? t.removeText(removing.url) : ''}
        confirmLabel={remove.isPending ? adminNl.common.working : t.remove}
        cancelLabel={adminNl.common.cancel}
        busy={remove.isPending}
        error={removeError}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      />
    </>
  );
}

function WebhookForm({ onCreated }: { onCreated: (webhook: WebhookCreated) => void }) {
  const api = useApi();
  const [values, setValues] = useState<WebhookFormValues>(emptyWebhookForm);
  const feedback = useFormFeedback(FORM_ID, WEBHOOK_FIELDS);
  const mutation = useMutation({
    mutationFn: (current: WebhookFormValues) => createWebhook(api, toWebhookCreate(current)),
    onSuccess: (webhook) => {
      setValues(emptyWebhookForm);
      onCreated(webhook);
    },
    onError: (error) => feedback.showServerError(error),
  });
  const set = <K extends keyof WebhookFormValues>(field: K, value: WebhookFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateWebhookForm(values);
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
          id={id('url')}
          name="url"
          type="url"
          inputMode="text"
          label={t.fields.url}
          hint={t.fields.urlHint}
          value={values.url}
          onChange={(value) => set('url', value)}
          error={feedback.fieldErrors.url}
          autoComplete="url"
          required
        />
        <TextField
          id={id('description')}
          name="description"
          label={t.fields.description}
          hint={t.fields.descriptionHint}
          value={values.description}
          onChange={(value) => set('description', value)}
          error={feedback.fieldErrors.description}
          autoComplete="off"
        />
        <ChoiceGroup
          id={id('events')}
          name="events"
          type="checkbox"
          legend={t.fields.events}
          hint={t.fields.eventsHint}
          options={WEBHOOK_EVENTS.map((value) => ({ value, label: webhookEventLabels[value], hint: value }))}
          values={values.events}
          onChange={(next) => set('events', next as WebhookEventValue[])}
          error={feedback.fieldErrors.events}
          required
        />
        <CheckboxField
          id={id('active')}
          name="active"
          label={t.fields.active}
          hint={t.fields.activeHint}
          checked={values.active}
          onChange={(checked) => set('active', checked)}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t.submitting : t.submit}
          </button>
        </div>
      </form>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="beheer-facts__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function WebhookCard({
  webhook,
  onDone,
  onRemove,
}: {
  webhook: WebhookPublic;
  onDone: (message: string) => void;
  onRemove: () => void;
}) {
  const api = useApi();
  const invalidate = useInvalidate();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [busy, setBusy] = useState<'toggle' | 'test' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `webhook-${webhook.id}`;
  const deliveriesId = `leveringen-${webhook.id}`;
  const f = t.facts;
  const who = (
    <>
      {' '}
      <span className="visually-hidden">({webhook.url})</span>
    </>
  );

  async function run(kind: 'toggle' | 'test') {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'toggle') {
        const updated = await updateWebhook(api, webhook.id, { active: !webhook.active });
        await invalidate(adminKeys.webhooks);
        onDone(updated.active ? t.activated(webhook.url) : t.deactivated(webhook.url));
      } else {
        await pingWebhook(api, webhook.id);
        await invalidate(adminKeys.deliveries(webhook.id));
        setShowDeliveries(true);
        onDone(t.testQueued(webhook.url));
      }
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(null);
    }
  }

  return (
    <article className={webhook.active ? 'card beheer-item' : 'card beheer-item beheer-item--muted'} aria-labelledby={headingId}>
      <div className="beheer-item__top">
        <h3 className="beheer-item__title beheer-item__title--url" id={headingId}>
          {webhook.url}
        </h3>
        <span className={webhook.active ? 'beheer-pill beheer-pill--active' : 'beheer-pill beheer-pill--off'}>
          {webhook.active ? t.active : t.inactive}
        </span>
      </div>
      <dl className="beheer-facts">
        {webhook.description ? <Fact term={f.description}>{webhook.description}</Fact> : null}
        <Fact term={f.events}>
          <ul className="beheer-facts__list">
            {webhook.events.map((event) => (
              <li key={event}>
                {labelFor(webhookEventLabels, event)} <code className="beheer-code beheer-code--quiet">{event}</code>
              </li>
            ))}
          </ul>
        </Fact>
        <Fact term={f.created}>{formatDateTime(webhook.created_at)}</Fact>
        {formatDateTime(webhook.updated_at) !== formatDateTime(webhook.created_at) ? (
          <Fact term={f.updated}>{formatDateTime(webhook.updated_at)}</Fact>
        ) : null}
      </dl>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="beheer-item__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy !== null}
          onClick={() => void run('toggle')}
        >
          {busy === 'toggle' ? adminNl.common.working : webhook.active ? t.deactivate : t.activate}
          {who}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy !== null}
          onClick={() => void run('test')}
        >
          {busy === 'test' ? adminNl.common.working : t.test}
          {who}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showDeliveries}
          aria-controls={deliveriesId}
          onClick={() => setShowDeliveries((open) => !open)}
        >
          {showDeliveries ? t.deliveriesHide : t.deliveriesShow}
          {who}
        </button>
        <button type="button" className="button button--danger-outline button--small" onClick={onRemove}>
          {t.remove}
          {who}
        </button>
      </div>
      <div id={deliveriesId} hidden={!showDeliveries}>
        {showDeliveries ? <DeliveryLog webhook={webhook} /> : null}
      </div>
    </article>
  );
}

function DeliveryLog({ webhook }: { webhook: WebhookPublic }) {
  const [offset, setOffset] = useState(0);
  const deliveries = useDeliveries(webhook.id, offset);
  const c = t.deliveryColumns;
  const items = deliveries.data?.items ?? [];
  const headingId = `leveringen-titel-${webhook.id}`;

  return (
    <section className="beheer-log" aria-labelledby={headingId}>
      <div className="beheer-log__top">
        <h4 className="beheer-log__heading" id={headingId}>
          {t.deliveriesHeading(webhook.url)}
        </h4>
        <button
          type="button"
          className="button button--link button--small"
          disabled={deliveries.isFetching}
          onClick={() => void deliveries.refetch()}
        >
          {deliveries.isFetching ? adminNl.common.refreshing : adminNl.common.refresh}
          {' '}
          <span className="visually-hidden">({t.deliveriesHeading(webhook.url)})</span>
        </button>
      </div>
      {deliveries.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {deliveries.isError ? (
        <p className="notice notice--error">{problemMessage(toApiError(deliveries.error).problem)}</p>
      ) : null}
      {deliveries.data && items.length === 0 ? <p>{t.deliveriesEmpty}</p> : null}
      {items.length > 0 ? (
        <div className="beheer-table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="beheer-table">
            <thead>
              <tr>
                <th scope="col">{c.created}</th>
                <th scope="col">{c.event}</th>
                <th scope="col">{c.status}</th>
                <th scope="col">{c.attempts}</th>
                <th scope="col">{c.response}</th>
                <th scope="col">{c.when}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((delivery) => (
                <tr key={delivery.id}>
                  <td>
                    <time dateTime={delivery.created_at}>{formatDateTime(delivery.created_at)}</time>
                  </td>
                  <td>{labelFor(webhookEventLabels, delivery.event)}</td>
                  <td>
                    <span className={`beheer-pill beheer-pill--${delivery.status}`}>
                      {labelFor(deliveryStatusLabels, delivery.status)}
                    </span>
                    {delivery.last_error ? <span className="beheer-table__error">{delivery.last_error}</span> : null}
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>{delivery.response_status ?? t.noResponse}</td>
                  <td>
                    {delivery.delivered_at
                      ? t.deliveredAt(formatDateTime(delivery.delivered_at))
                      : delivery.status === 'pending' && delivery.next_attempt_at
                        ? t.nextAttempt(formatDateTime(delivery.next_attempt_at))
                        : delivery.status === 'failed'
                          ? t.gaveUp
                          : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deliveries.data ? (
        <Pager
          page={deliveries.data}
          shown={items.length}
          what={t.deliveriesPagerWhat}
          busy={deliveries.isFetching}
          onChange={setOffset}
        />
      ) : null}
    </section>
  );
}
