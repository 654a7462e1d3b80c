import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fetchMe, meQueryKey } from '../api/endpoints';
import { problemMessage, toApiError } from '../api/problem';
import { LoadingMessage } from '../components/LoadingMessage';
import { StatusMessage } from '../components/StatusMessage';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { nl } from '../i18n/nl';
import { PrivacySection } from './privacy/PrivacySection';
import { PasswordForm } from './profile/PasswordForm';
import { ProfileEditForm } from './profile/ProfileEditForm';
import { ProfileSummary } from './profile/ProfileSummary';

export function ProfilePage() {
  useDocumentTitle(nl.profile.title);
  const api = useApi();
  const me = useQuery({ queryKey: meQueryKey, queryFn: () => fetchMe(api), staleTime: 60_000 });
  const [editing, setEditing] = useState(false);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);

  // The button or form that had focus disappears when switching: put focus on the section heading instead.
  function switchMode(nextEditing: boolean, message: string | null) {
    setEditing(nextEditing);
    setSavedMessage(message);
    requestAnimationFrame(() => detailsHeading.current?.focus());
  }

  return (
    <>
      <h1>{nl.profile.heading}</h1>
      {me.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {me.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{nl.profile.loadFailed}</p>
          <p>{problemMessage(toApiError(me.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void me.refetch()}>
            {nl.profile.retry}
          </button>
        </div>
      ) : null}
      {me.data ? (
        <div className="profile-grid">
          <section className="card" aria-labelledby="gegevens-titel">
            <h2 id="gegevens-titel" ref={detailsHeading} tabIndex={-1}>
              {editing ? nl.profile.editHeading : nl.profile.detailsHeading}
            </h2>
            <StatusMessage message={savedMessage} />
            {editing ? (
              <ProfileEditForm
                member={me.data}
                onSaved={() => switchMode(false, nl.profile.saved)}
                onCancel={() => switchMode(false, null)}
              />
            ) : (
              <>
                <ProfileSummary member={me.data} />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => switchMode(true, null)}
                >
                  {nl.profile.edit}
                </button>
              </>
            )}
          </section>
          <section className="card" aria-labelledby="wachtwoord-titel">
            <h2 id="wachtwoord-titel">{nl.profile.passwordHeading}</h2>
            <p>{nl.profile.passwordIntro}</p>
            <PasswordForm email={me.data.email} />
          </section>
        </div>
      ) : null}
      {me.data ? <PrivacySection email={me.data.email} /> : null}
    </>
  );
}
