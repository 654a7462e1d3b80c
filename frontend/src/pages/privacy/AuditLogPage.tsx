import { useId, useState, type FormEvent } from 'react';
import { problemMessage, toApiError } from '../../api/problem';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormFeedback } from '../../components/useFormFeedback';
import { AUDIT_LOG_KINDS, auditKindLabels, labelFor, nl, privacyNl } from '../../i18n/nl';
import { BackToAdmin } from '../admin/AdminHomePage';
import { Pager } from '../admin/Pager';
import { formatDateTime } from '../notifications/format';
import { useAuditLog, type AuditLogFilters, type AuditLogKind } from './privacyApi';

const t = privacyNl.audit;
const FORM_ID = 'auditlog-filters';
const FIELD_ORDER = ['kind', 'since', 'until'] as const;
const NO_FILTERS: AuditLogFilters = { kind: null, since: null, until: null };
const KIND_OPTIONS = AUDIT_LOG_KINDS.map((kind) => ({ value: kind, label: auditKindLabels[kind] }));

/** /beheer/auditlog: case access, exports and account deletions, newest first; never any content. */
export function AuditLogPage() {
  useDocumentTitle(t.title);
  const headingId = useId();
  const [kind, setKind] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [filters, setFilters] = useState<AuditLogFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const feedback = useFormFeedback<(typeof FIELD_ORDER)[number]>(FORM_ID, FIELD_ORDER);
  const log = useAuditLog(filters, offset);
  const items = log.data?.items ?? [];

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (since && until && until < since) {
      feedback.showErrors({ until: t.badRange });
      return;
    }
    feedback.clearErrors();
    setOffset(0);
    setFilters({ kind: kind ? (kind as AuditLogKind) : null, since: since || null, until: until || null });
  }

  function reset() {
    feedback.clearErrors();
    setKind('');
    setSince('');
    setUntil('');
    setOffset(0);
    setFilters(NO_FILTERS);
  }

  return (
    <>
      <BackToAdmin />
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>

      <section className="card auditlog__filters" aria-labelledby={`${FORM_ID}-titel`}>
        <h2 id={`${FORM_ID}-titel`}>{t.filtersHeading}</h2>
        <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
        <form id={FORM_ID} className="form auditlog__form" noValidate onSubmit={apply}>
          <SelectField
            id={fieldId(FORM_ID, 'kind')}
            name="kind"
            label={t.kind}
            value={kind}
            onChange={setKind}
            options={KIND_OPTIONS}
            emptyLabel={t.allKinds}
          />
          <TextField
            id={fieldId(FORM_ID, 'since')}
            name="since"
            type="date"
            label={t.since}
            value={since}
            onChange={setSince}
            error={feedback.fieldErrors.since}
            width="short"
          />
          <TextField
            id={fieldId(FORM_ID, 'until')}
            name="until"
            type="date"
            label={t.until}
            value={until}
            onChange={setUntil}
            error={feedback.fieldErrors.until}
            width="short"
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              {t.apply}
            </button>
            <button type="button" className="button button--secondary" onClick={reset}>
              {t.reset}
            </button>
          </div>
        </form>
      </section>

      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.tableHeading}</h2>
        {log.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
        {log.isError ? (
          <p className="notice notice--error" role="alert">
            {problemMessage(toApiError(log.error).problem)}
          </p>
        ) : null}
        {log.data && items.length === 0 ? <p>{t.empty}</p> : null}
        {items.length > 0 ? (
          <div
            className="beheer-table-scroll"
            tabIndex={0}
            role="region"
            aria-labelledby={headingId}
            aria-busy={log.isFetching}
          >
            <table className="beheer-table auditlog__table">
              <thead>
                <tr>
                  <th scope="col">{t.columns.at}</th>
                  <th scope="col">{t.columns.kind}</th>
                  <th scope="col">{t.columns.actor}</th>
                  <th scope="col">{t.columns.group}</th>
                  <th scope="col">{t.columns.target}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td>{labelFor(auditKindLabels, entry.kind)}</td>
                    <td>{entry.actor_name ?? t.unknownActor}</td>
                    <td>{entry.group_name ?? t.noGroup}</td>
                    <td>
                      {entry.target_id ? <code className="auditlog__id">{entry.target_id}</code> : t.noGroup}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {log.data ? (
          <Pager page={log.data} shown={items.length} what={t.pagerWhat} busy={log.isFetching} onChange={setOffset} />
        ) : null}
      </section>
    </>
  );
}
