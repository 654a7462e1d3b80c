import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { changePassword } from '../../api/endpoints';
import { ErrorSummary } from '../../components/ErrorSummary';
import { StatusMessage } from '../../components/StatusMessage';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback, type FieldErrors } from '../../components/useFormFeedback';
import { nl } from '../../i18n/nl';
import { validateNewPassword } from '../member/memberForm';

const FORM_ID = 'wachtwoord';
const FIELD_ORDER = ['current_password', 'new_password'] as const;
type PasswordField = (typeof FIELD_ORDER)[number];

/** `email` fills a hidden username field, so password managers know which account they update. */
export function PasswordForm({ email }: { email: string }) {
  const api = useApi();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const feedback = useFormFeedback<PasswordField>(FORM_ID, FIELD_ORDER);
  const mutation = useMutation({
    mutationFn: () => changePassword(api, { current_password: currentPassword, new_password: newPassword }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setMessage(nl.profile.passwordChanged);
    },
    onError: (error) => feedback.showServerError(error, { fieldForStatus: { 400: 'current_password' } }),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const errors: FieldErrors<PasswordField> = {};
    if (!currentPassword) errors.current_password = nl.validation.currentPasswordRequired;
    const newError = validateNewPassword(newPassword, nl.validation.newPasswordRequired);
    if (newError) errors.new_password = newError;
    else if (newPassword === currentPassword) errors.new_password = nl.validation.newPasswordSame;
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clearErrors();
    mutation.mutate();
  }

  return (
    <>
      <StatusMessage message={message} />
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form" noValidate onSubmit={handleSubmit} aria-busy={mutation.isPending}>
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id={fieldId(FORM_ID, 'current_password')}
          name="current_password"
          type="password"
          label={nl.fields.currentPassword}
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={feedback.fieldErrors.current_password}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'new_password')}
          name="new_password"
          type="password"
          label={nl.fields.newPassword}
          hint={nl.fields.passwordHint}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={feedback.fieldErrors.new_password}
          required
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? nl.profile.passwordSubmitting : nl.profile.passwordSubmit}
          </button>
        </div>
      </form>
    </>
  );
}
