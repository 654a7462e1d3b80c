import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import type { RedirectState } from '../auth/RequireAuth';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/TextField';
import { fieldId } from '../components/fieldIds';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormFeedback, type FieldErrors } from '../components/useFormFeedback';
import { nl } from '../i18n/nl';
import { validateEmail } from './member/memberForm';

const FORM_ID = 'inloggen';
const FIELD_ORDER = ['email', 'password'] as const;
type LoginField = (typeof FIELD_ORDER)[number];

/** Only same-site paths are followed after login, never a full URL from the history state. */
function safeReturnPath(from: string | undefined): string {
  if (from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/inloggen')) return from;
  return '/mijn-profiel';
}

export function LoginPage() {
  useDocumentTitle(nl.login.title);
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = safeReturnPath((location.state as RedirectState | null)?.from);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<LoginField>(FORM_ID, FIELD_ORDER);

  if (status === 'authenticated' && !submitting) return <Navigate to={returnTo} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors<LoginField> = {};
    const emailError = validateEmail(email);
    if (emailError) errors.email = emailError;
    if (!password) errors.password = nl.validation.passwordRequired;
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }

    feedback.clearErrors();
    setSubmitting(true);
    try {
      await login(email.trim(), password);
      await navigate(returnTo, { replace: true });
    } catch (error) {
      feedback.showServerError(error, { aliases: { username: 'email' } });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{nl.login.heading}</h1>
      <p className="lead">{nl.login.intro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form card" noValidate onSubmit={handleSubmit} aria-busy={submitting}>
        <TextField
          id={fieldId(FORM_ID, 'email')}
          name="email"
          type="email"
          label={nl.fields.email}
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={feedback.fieldErrors.email}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'password')}
          name="password"
          type="password"
          label={nl.fields.password}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={feedback.fieldErrors.password}
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? nl.login.submitting : nl.login.submit}
          </button>
        </div>
      </form>
      <p className="aside-link">
        {nl.login.noAccount} <Link to="/registreren">{nl.login.registerLink}</Link>
      </p>
    </div>
  );
}
