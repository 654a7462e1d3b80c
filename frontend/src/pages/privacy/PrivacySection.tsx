import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import type { RedirectState } from '../../auth/RequireAuth';
import { useAuth } from '../../auth/useAuth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { privacyNl } from '../../i18n/nl';
import { deleteMyAccount, downloadMyData } from './privacyApi';

const t = privacyNl.section;
const FORM_ID = 'account-verwijderen';
const FIELD_ORDER = ['password'] as const;

/**
 * "Jouw gegevens" on the profile page: download everything stored about me (JSON), and delete my
 * account after confirming my password. After deletion the member is logged out and lands on the
 * home page with a message.
 */
export function PrivacySection({ email }: { email: string }) {
  const api = useApi();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState(false);
  const feedback = useFormFeedback<'password'>(FORM_ID, FIELD_ORDER);
  const formatId = `${FORM_ID}-formaat`;

  const mutation = useMutation({
    mutationFn: () => deleteMyAccount(api, password),
    onSuccess: () => {
      setConfirming(false);
      const state: RedirectState = { flash: t.deleted };
      // Leave the profile page first: it requires a login and would otherwise send us to /inloggen.
      void navigate('/', { state });
      void logout().catch(() => undefined);
    },
    onError: (error) => {
      setConfirming(false);
      feedback.showServerError(error, { fieldForStatus: { 400: 'password' } });
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password) {
      feedback.showErrors({ password: t.passwordRequired });
      return;
    }
    feedback.clearErrors();
    setConfirming(true);
  }

  return (
    <section className="card privacy" aria-labelledby="privacy-titel">
      <h2 id="privacy-titel">{t.heading}</h2>
      <p>{t.intro}</p>

      <h3>{t.downloadHeading}</h3>
      <p>{t.downloadText}</p>
      <DownloadButton fetchFile={() => downloadMyData(api)} busyLabel={t.downloadBusy} describedBy={formatId}>
        {t.downloadButton}
      </DownloadButton>{' '}
      <span id={formatId} className="privacy__format">
        {t.downloadFormat}
      </span>

      <h3 className="privacy__danger-heading">{t.deleteHeading}</h3>
      <p>{t.deleteIntro}</p>
      <ul className="privacy__consequences">
        {t.consequences.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t.downloadFirst}</p>
      <p>{t.coordinatorNote}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form" noValidate onSubmit={handleSubmit} aria-busy={mutation.isPending}>
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={t.passwordLabel}
          hint={t.passwordHint}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={feedback.fieldErrors.password}
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--danger" disabled={mutation.isPending}>
            {t.deleteButton}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t.confirmTitle}
        text={t.confirmText}
        confirmLabel={mutation.isPending ? t.deleting : t.confirmButton}
        cancelLabel={t.cancel}
        busy={mutation.isPending}
        onConfirm={() => mutation.mutate()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
