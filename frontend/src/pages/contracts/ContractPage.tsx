import { useRef, useState, type MouseEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { contractsNl } from '../../i18n/nl';
import { useGroup } from '../groups/groupsApi';
import { formatDay, formatTimestamp } from '../sessions/amsterdamTime';
import { AgreementForm } from './AgreementForm';
import { AgreementProgress } from './AgreementProgress';
import { ContractEditor } from './ContractEditor';
import { ContractText } from './ContractText';
import { nextVersion, pickSections } from './contractState';
import {
  agreeToContract,
  contractKeys,
  discardDraft,
  publishDraft,
  saveDraft,
  useContract,
  useContractTemplate,
  useRefreshContract,
} from './contractsApi';
import type { ContractOverview, ContractSections } from './types';
import { VersionHistory } from './VersionHistory';

const t = contractsNl;

export function ContractPage() {
  const { ref = '' } = useParams();
  const group = useGroup(ref);
  const contract = useContract(ref);
  useDocumentTitle(t.page.title);
  const groupName = group.data?.group.name ?? null;

  if (contract.isPending) return <LoadingMessage>{t.page.loading}</LoadingMessage>;
  if (contract.isError) {
    const error = toApiError(contract.error);
    return (
      <div className="narrow">
        <BackToGroup groupRef={ref} groupName={groupName} />
        <h1>{t.page.loadFailed}</h1>
        <p className="lead">{problemMessage(error.problem)}</p>
        {error.status >= 500 || error.status === 0 ? (
          <button type="button" className="button button--secondary" onClick={() => void contract.refetch()}>
            {t.page.retry}
          </button>
        ) : null}
      </div>
    );
  }
  return <ContractView groupRef={ref} groupName={groupName} overview={contract.data} />;
}

function BackToGroup({ groupRef, groupName }: { groupRef: string; groupName: string | null }) {
  if (!groupName) return null;
  return (
    <p className="back-link">
      <Link to={`/groepen/${encodeURIComponent(groupRef)}`}>
        <span aria-hidden="true">← </span>
        {t.page.backToGroup(groupName)}
      </Link>
    </p>
  );
}

type Dialog = 'publish' | 'discard' | null;

function ContractView({
  groupRef,
  groupName,
  overview,
}: {
  groupRef: string;
  groupName: string | null;
  overview: ContractOverview;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshContract();
  const [flash, setFlash] = useState<string | null>(null);
  const [editing, setEditing] = useState<ContractSections | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [agreeNotice, setAgreeNotice] = useState<string | null>(null);
  const [dialogBusy, setDialogBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const agreementRef = useRef<HTMLHeadingElement>(null);
  const manageRef = useRef<HTMLHeadingElement>(null);

  const { current, draft } = overview;
  // The API only gives coordinators (and admins) the draft slot and the list of agreements.
  const canManage = overview.agreements !== null && overview.agreements !== undefined;
  const isMember = overview.agreement_required || overview.my_agreed_at !== null;
  const template = useContractTemplate(canManage);

  function announce(message: string, focus: HTMLHeadingElement | null = headingRef.current) {
    setFlash(message);
    requestAnimationFrame(() => (focus ?? headingRef.current)?.focus());
  }

  async function agree() {
    if (!current) return;
    setAgreeNotice(null);
    try {
      const updated = await agreeToContract(api, groupRef, current.version);
      queryClient.setQueryData(contractKeys.overview(groupRef), updated);
    } catch (error) {
      if (toApiError(error).status !== 409) throw error;
      // A newer version was published meanwhile: show it and ask to read it first.
      await refresh();
      setAgreeNotice(t.agreement.newerVersion);
      return;
    }
    void refresh();
    announce(t.agreement.done);
  }

  async function save(values: ContractSections) {
    await saveDraft(api, groupRef, values);
    await refresh();
    setEditing(null);
    announce(t.manage.saved, manageRef.current);
  }

  async function confirmDialog() {
    setDialogBusy(true);
    setDialogError(null);
    try {
      if (dialog === 'publish') {
        const updated = await publishDraft(api, groupRef);
        queryClient.setQueryData(contractKeys.overview(groupRef), updated);
        void refresh();
        setDialog(null);
        announce(t.manage.published(updated.current?.version ?? nextVersion(overview)));
      } else if (dialog === 'discard') {
        await discardDraft(api, groupRef);
        await refresh();
        setDialog(null);
        announce(t.manage.discarded, manageRef.current);
      }
    } catch (error) {
      setDialogError(problemMessage(toApiError(error).problem));
    } finally {
      setDialogBusy(false);
    }
  }

  function openDialog(kind: Dialog) {
    setDialogError(null);
    setDialog(kind);
  }

  function goToAgreement(event: MouseEvent<HTMLAnchorElement>) {
    const target = agreementRef.current;
    if (!target) return;
    event.preventDefault();
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  return (
    <>
      <BackToGroup groupRef={groupRef} groupName={groupName} />
      {groupName ? <p className="eyebrow">{groupName}</p> : null}
      <h1 ref={headingRef} tabIndex={-1}>
        {t.page.heading}
      </h1>
      <p className="lead contract-intro">{t.page.intro}</p>
      <StatusMessage message={flash} />
      {overview.agreement_required && current ? (
        <div className="notice notice--warning contract-notice">
          <p>
            <strong>{t.agreement.requiredTitle}</strong>
          </p>
          <p>{t.agreement.requiredText(current.version)}</p>
          <p>
            <a href="#akkoord" onClick={goToAgreement}>
              {t.agreement.requiredLink}
            </a>
          </p>
        </div>
      ) : null}

      <div className="contract-layout">
        <div className="contract-layout__main">
          <section className="card contract-section contract-current" aria-labelledby="geldend-titel">
            <h2 id="geldend-titel">{t.current.heading}</h2>
            {current ? (
              <>
                <p className="contract-meta">
                  <span className="contract-meta__version">{t.current.version(current.version)}</span>
                  {current.published_at ? <> · {t.current.publishedOn(formatDay(current.published_at))}</> : null}
                  {current.created_by ? <> {t.current.publishedBy(current.created_by.full_name)}</> : null}
                </p>
                <ContractText contract={current} />
                {isMember ? (
                  <div className="contract-agreement">
                    <h3 id="akkoord" ref={agreementRef} tabIndex={-1}>
                      {t.agreement.heading}
                    </h3>
                    <StatusMessage message={agreeNotice} tone="info" />
                    {overview.my_agreed_at && !overview.agreement_required ? (
                      <p className="contract-agreed">
                        <span aria-hidden="true" className="contract-agreed__icon">
                          {t.agreement.agreedIcon}
                        </span>{' '}
                        {t.agreement.agreedOn(current.version, formatTimestamp(overview.my_agreed_at))}
                      </p>
                    ) : (
                      <AgreementForm key={current.version} onAgree={agree} />
                    )}
                  </div>
                ) : null}
              </>
            ) : (
              <>
                <p>{t.current.none}</p>
                <p>{canManage ? t.current.noneCoordinator : t.current.noneMember}</p>
              </>
            )}
          </section>

          {canManage ? (
            <section className="card contract-section contract-manage" aria-labelledby="opstellen-titel">
              <h2 id="opstellen-titel" ref={manageRef} tabIndex={-1}>
                {t.manage.heading}
              </h2>
              <p>{t.manage.intro}</p>
              {editing ? (
                <ContractEditor
                  version={nextVersion(overview)}
                  initial={editing}
                  onSave={save}
                  onCancel={() => {
                    setEditing(null);
                    requestAnimationFrame(() => manageRef.current?.focus());
                  }}
                />
              ) : draft ? (
                <div className="contract-draft">
                  <h3>{t.manage.draftHeading(draft.version)}</h3>
                  <p className="contract-meta">{t.manage.draftSaved(formatTimestamp(draft.updated_at))}</p>
                  <ContractText contract={draft} level={4} />
                  <div className="contract-actions">
                    <button type="button" className="button button--secondary" onClick={() => setEditing(pickSections(draft))}>
                      {t.manage.editDraft}
                    </button>
                    <button type="button" className="button button--primary" onClick={() => openDialog('publish')}>
                      {t.manage.publish}
                    </button>
                    <button type="button" className="button button--danger-outline" onClick={() => openDialog('discard')}>
                      {t.manage.discard}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="contract-start">
                  <p>{t.manage.noDraft}</p>
                  <div className="contract-actions">
                    {current ? (
                      <button type="button" className="button button--primary" onClick={() => setEditing(pickSections(current))}>
                        {t.manage.startFromCurrent}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className={current ? 'button button--secondary' : 'button button--primary'}
                      disabled={!template.data}
                      onClick={() => template.data && setEditing(pickSections(template.data))}
                    >
                      {template.isPending
                        ? t.manage.templateLoading
                        : current
                          ? t.manage.startFromTemplateInstead
                          : t.manage.startFromTemplate}
                    </button>
                  </div>
                  {template.isError ? (
                    <p className="notice notice--error">{problemMessage(toApiError(template.error).problem)}</p>
                  ) : null}
                </div>
              )}
            </section>
          ) : null}
        </div>

        <div className="contract-layout__aside">
          <AgreementProgress overview={overview} />
          <VersionHistory groupRef={groupRef} currentVersion={current?.version ?? null} />
        </div>
      </div>

      <ConfirmDialog
        open={dialog !== null}
        title={dialog === 'discard' ? t.manage.discardTitle : t.manage.publishTitle}
        text={dialog === 'discard' ? t.manage.discardText : t.manage.publishText(draft?.version ?? nextVersion(overview))}
        confirmLabel={dialog === 'discard' ? t.manage.discardConfirm : t.manage.publishConfirm}
        cancelLabel={t.manage.cancel}
        onConfirm={() => void confirmDialog()}
        onCancel={() => setDialog(null)}
        busy={dialogBusy}
        error={dialogError}
      />
    </>
  );
}
