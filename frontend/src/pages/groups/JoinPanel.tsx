import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { useAuth } from '../../auth/useAuth';
import type { RedirectState } from '../../auth/RequireAuth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { groupsNl, labelFor, roleLabels } from '../../i18n/nl';
import { formatDate } from './format';
import {
  acceptOffer,
  fetchGroupRequests,
  fetchMembers,
  groupKeys,
  isOpenRequest,
  removeMember,
  requestToJoin,
  useMyGroups,
  useMyRequests,
  useRefreshGroups,
  withdrawRequest,
} from './groupsApi';
import type { GroupPublic, JoinRequestPublic, MyGroup } from './types';

const t = groupsNl.join;
export const MOTIVATION_MIN = 10;
export const MOTIVATION_MAX = 1000;

export function validateMotivation(text: string): string | undefined {
  const length = text.trim().length;
  if (length === 0) return t.motivationRequired;
  if (length < MOTIVATION_MIN) return t.motivationTooShort;
  if (length > MOTIVATION_MAX) return t.motivationTooLong;
  return undefined;
}

/**
 * The action area of a group page. What it shows depends on who is looking: a login link,
 * the join form, the state of one's request (with withdraw / take the offered spot), or,
 * for members, the members list and "leave"; coordinators also get links to manage the group.
 */
export function JoinPanel({ group }: { group: GroupPublic }) {
  const { status } = useAuth();
  const myGroups = useMyGroups();
  const myRequests = useMyRequests();
  const [flash, setFlash] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** After an action the button that had focus is gone: announce the result and focus the heading. */
  function done(message: string) {
    setFlash(message);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  let heading: string = t.heading;
  let body;
  if (status === 'initializing' || (status === 'authenticated' && (myGroups.isPending || myRequests.isPending))) {
    body = <LoadingMessage>{t.loading}</LoadingMessage>;
  } else if (status === 'anonymous') {
    body = <LoggedOut />;
  } else if (myGroups.isError || myRequests.isError) {
    body = (
      <p className="notice notice--error">{problemMessage(toApiError(myGroups.error ?? myRequests.error).problem)}</p>
    );
  } else {
    const membership = myGroups.data?.find((mine) => mine.group.id === group.id);
    const requests = (myRequests.data ?? []).filter((request) => request.group_id === group.id);
    const open = requests.find(isOpenRequest);
    // The API lists requests newest first.
    const latest = requests[0];
    if (membership) {
      heading = t.memberHeading;
      body = <MemberView group={group} membership={membership} onDone={done} />;
    } else if (open) {
      body = <RequestView request={open} onDone={done} />;
    } else if (group.status === 'closed') {
      body = <p>{t.closed}</p>;
    } else {
      body = (
        <>
          {latest?.status === 'declined' ? <DeclinedNotice request={latest} /> : null}
          <JoinForm group={group} onDone={done} />
        </>
      );
    }
  }

  return (
    <section className="card join-panel" aria-labelledby="aanmelden-titel">
      <h2 id="aanmelden-titel" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <StatusMessage message={flash} />
      {body}
    </section>
  );
}

function LoggedOut() {
  const location = useLocation();
  const state: RedirectState = { from: `${location.pathname}${location.search}` };
  return (
    <>
      <p>{t.loginPrompt}</p>
      <div className="join-panel__actions">
        <Link className="button button--primary" to="/inloggen" state={state}>
          {t.loginLink}
        </Link>
        <Link className="button button--secondary" to="/registreren">
          {t.registerLink}
        </Link>
      </div>
    </>
  );
}

function DeclinedNotice({ request }: { request: JoinRequestPublic }) {
  return (
    <div className="notice notice--warning">
      <p>
        <strong>{t.declined}</strong>
      </p>
      {request.response_message ? (
        <blockquote className="quote">
          <p className="quote__label">{t.responseMessage}</p>
          <p>{request.response_message}</p>
        </blockquote>
      ) : null}
      <p>{t.declinedAgain}</p>
    </div>
  );
}

const FORM_ID = 'aanmelden';
const FIELDS = ['motivation'] as const;

function JoinForm({ group, onDone }: { group: GroupPublic; onDone: (message: string) => void }) {
  const api = useApi();
  const refresh = useRefreshGroups();
  const [motivation, setMotivation] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<(typeof FIELDS)[number]>(FORM_ID, FIELDS);
  const full = group.status === 'full';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const error = validateMotivation(motivation);
    if (error) {
      feedback.showErrors({ motivation: error });
      return;
    }
    feedback.clearErrors();
    setSubmitting(true);
    try {
      const request = await requestToJoin(api, group.id, motivation.trim());
      await refresh();
      onDone(request.status === 'waitlisted' ? `${t.sentWaitlist} ${t.waitlisted(request.waitlist_position)}` : t.sent);
    } catch (caught) {
      feedback.showServerError(caught);
      setSubmitting(false);
    }
  }

  return (
    <>
      {full ? (
        <div className="notice notice--info">
          <p>{t.fullIntro}</p>
          <p>{t.waitlistNow(group.waitlist_count)}</p>
        </div>
      ) : null}
      <p>{t.intro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} noValidate onSubmit={submit} aria-busy={submitting}>
        <TextAreaField
          id={fieldId(FORM_ID, 'motivation')}
          name="motivation"
          label={t.motivation}
          hint={t.motivationHint}
          value={motivation}
          onChange={setMotivation}
          error={feedback.fieldErrors.motivation}
          required
          rows={6}
          counter={{ max: MOTIVATION_MAX, used: t.counter, over: t.counterOver }}
        />
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t.submitting : full ? t.submitWaitlist : t.submit}
        </button>
      </form>
    </>
  );
}

function RequestView({ request, onDone }: { request: JoinRequestPublic; onDone: (message: string) => void }) {
  const api = useApi();
  const refresh = useRefreshGroups();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function run(action: () => Promise<unknown>, message: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      await refresh();
      setConfirming(false);
      onDone(message);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  let text: string;
  if (request.status === 'waitlisted') text = t.waitlisted(request.waitlist_position);
  else if (request.status === 'offered') text = t.offered;
  else text = t.pending;

  return (
    <div className="request-status">
      <p className={`request-status__state request-status__state--${request.status}`}>
        <strong>{text}</strong>
      </p>
      <p className="request-status__date">{t.sentOn(formatDate(request.created_at))}</p>
      <details className="request-status__motivation">
        <summary>{t.yourMotivation}</summary>
        <p>{request.motivation}</p>
      </details>
      {error && !confirming ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="join-panel__actions">
        {request.status === 'offered' ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void run(() => acceptOffer(api, request.id), t.offerAccepted)}
          >
            {busy ? t.accepting : t.acceptOffer}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirming(true)}>
          {t.withdraw}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.withdrawConfirmTitle}
        text={t.withdrawConfirmText}
        confirmLabel={t.withdraw}
        cancelLabel={groupsNl.dialog.cancel}
        busy={busy}
        error={confirming ? error : null}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
        onConfirm={() => void run(() => withdrawRequest(api, request.id), t.withdrawn)}
      />
    </div>
  );
}

function MemberView({
  group,
  membership,
  onDone,
}: {
  group: GroupPublic;
  membership: MyGroup;
  onDone: (message: string) => void;
}) {
  const api = useApi();
  const { user } = useAuth();
  const refresh = useRefreshGroups();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isCoordinator = membership.role === 'coordinator';
  const members = useQuery({ queryKey: groupKeys.members(group.id), queryFn: () => fetchMembers(api, group.id) });
  const requests = useQuery({
    queryKey: groupKeys.requests(group.id),
    queryFn: () => fetchGroupRequests(api, group.id),
    enabled: isCoordinator,
  });

  async function leave() {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await removeMember(api, group.id, user.id);
      await refresh();
      setConfirming(false);
      onDone(t.left);
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  const ref = encodeURIComponent(group.slug);
  return (
    <>
      <p className="join-panel__member">
        <svg className="join-panel__check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
        {t.member(labelFor(roleLabels, membership.role))}
      </p>
      {isCoordinator ? (
        <div className="join-panel__manage">
          <h3>{t.coordinatorHeading}</h3>
          <ul className="link-list">
            <li>
              <Link to={`/groepen/${ref}/aanmeldingen`}>
                {requests.data && requests.data.length > 0 ? t.manageRequestsCount(requests.data.length) : t.manageRequests}
              </Link>
            </li>
            <li>
              <Link to={`/groepen/${ref}/bewerken`}>{t.editGroup}</Link>
            </li>
          </ul>
        </div>
      ) : null}
      <h3>{t.membersHeading}</h3>
      {members.isPending ? <LoadingMessage>{t.membersLoading}</LoadingMessage> : null}
      {members.isError ? <p className="notice notice--error">{problemMessage(toApiError(members.error).problem)}</p> : null}
      {members.data ? (
        <ul className="member-list">
          {members.data.map((member) => (
            <li key={member.member_id} className="member-list__item">
              <span className="member-list__name">
                {member.full_name}
                {member.member_id === user?.id ? <span className="member-list__you"> {groupsNl.manage.you}</span> : null}
              </span>
              <span className="member-list__role">{labelFor(roleLabels, member.role)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="join-panel__actions">
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t.leave}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.leaveConfirmTitle}
        text={t.leaveConfirmText}
        confirmLabel={t.leave}
        cancelLabel={groupsNl.dialog.cancel}
        busy={busy}
        error={error}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
        onConfirm={() => void leave()}
      />
    </>
  );
}
