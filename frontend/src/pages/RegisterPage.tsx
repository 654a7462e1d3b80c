import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useApi } from '../api/ApiContext';
import { registerMember } from '../api/endpoints';
import { useAuth } from '../auth/useAuth';
import type { RedirectState } from '../auth/RequireAuth';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/TextField';
import { fieldId } from '../components/fieldIds';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useFormFeedback } from '../components/useFormFeedback';
import { nl } from '../i18n/nl';
import { MemberDetailsFields } from './member/MemberDetailsFields';
import {
  MEMBER_DETAIL_FIELDS,
  emptyMemberDetails,
  toMemberCreate,
  validateMemberDetails,
  validateNewPassword,
  type MemberDetailsValues,
} from './member/memberForm';

const FORM_ID = 'registreren';
const FIELD_ORDER = [
  'email',
  'password',
  ...MEMBER_DETAIL_FIELDS.filter((field) => field !== 'email'),
] as const;
type RegisterField = (typeof FIELD_ORDER)[number];

export function RegisterPage() {
  useDocumentTitle(nl.register.title);
  const api = useApi();
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const [values, setValues] = useState<MemberDetailsValues>(emptyMemberDetails);
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const feedback = useFormFeedback<RegisterField>(FORM_ID, FIELD_ORDER);

  if (status === 'authenticated' && !submitting) return <Navigate to="/mijn-profiel" replace />;

  const setField = (field: keyof MemberDetailsValues, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = { ...validateMemberDetails(values) };
    const passwordError = validateNewPassword(password, nl.validation.passwordRequired);
    const allErrors = passwordError ? { ...errors, password: passwordError } : errors;
    if (Object.keys(allErrors).length > 0) {
      feedback.showErrors(allErrors);
      return;
    }

    feedback.clearErrors();
    setSubmitting(true);
    try {
      await registerMember(api, toMemberCreate(values, password));
    } catch (error) {
      setSubmitting(false);
      feedback.showServerError(error, { fieldForStatus: { 409: 'email' } });
      return;
    }
    try {
      await login(values.email.trim(), password);
      await navigate('/mijn-profiel', { replace: true });
    } catch {
      const state: RedirectState = { flash: nl.register.createdLoginFailed };
      await navigate('/inloggen', { replace: true, state });
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{nl.register.heading}</h1>
      <p className="lead">{nl.register.intro}</p>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form card" noValidate onSubmit={handleSubmit} aria-busy={submitting}>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">{nl.register.accountSection}</legend>
          <TextField
            id={fieldId(FORM_ID, 'email')}
            name="email"
            type="email"
            label={nl.fields.email}
            autoComplete="email"
            value={values.email}
            onChange={(value) => setField('email', value)}
            error={feedback.fieldErrors.email}
            required
          />
          <TextField
            id={fieldId(FORM_ID, 'password')}
            name="password"
            type="password"
            label={nl.fields.password}
            hint={nl.fields.passwordHint}
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={feedback.fieldErrors.password}
            required
          />
        </fieldset>
        <MemberDetailsFields formId={FORM_ID} values={values} errors={feedback.fieldErrors} onChange={setField} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? nl.register.submitting : nl.register.submit}
          </button>
        </div>
      </form>
      <p className="aside-link">
        {nl.register.haveAccount} <Link to="/inloggen">{nl.register.loginLink}</Link>
      </p>
    </div>
  );
}
