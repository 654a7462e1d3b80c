import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { meQueryKey, updateMe } from '../../api/endpoints';
import type { MemberPublic } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import { useFormFeedback } from '../../components/useFormFeedback';
import { nl } from '../../i18n/nl';
import { MemberDetailsFields } from '../member/MemberDetailsFields';
import {
  MEMBER_DETAIL_FIELDS,
  fromMember,
  toMemberUpdate,
  validateMemberDetails,
  type MemberDetailsValues,
} from '../member/memberForm';

const FORM_ID = 'profiel';

interface ProfileEditFormProps {
  member: MemberPublic;
  onSaved: (member: MemberPublic) => void;
  onCancel: () => void;
}

export function ProfileEditForm({ member, onSaved, onCancel }: ProfileEditFormProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<MemberDetailsValues>(() => fromMember(member));
  const feedback = useFormFeedback(FORM_ID, MEMBER_DETAIL_FIELDS);
  const mutation = useMutation({
    mutationFn: (details: MemberDetailsValues) => updateMe(api, toMemberUpdate(details)),
    onSuccess: (updated) => {
      queryClient.setQueryData(meQueryKey, updated);
      onSaved(updated);
    },
    onError: (error) => feedback.showServerError(error, { fieldForStatus: { 409: 'email' } }),
  });

  const setField = (field: keyof MemberDetailsValues, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateMemberDetails(values);
    if (Object.keys(errors).length > 0) {
      feedback.showErrors(errors);
      return;
    }
    feedback.clearErrors();
    mutation.mutate(values);
  }

  return (
    <>
      <ErrorSummary items={feedback.summaryItems} focusKey={feedback.focusKey} />
      <form id={FORM_ID} className="form" noValidate onSubmit={handleSubmit} aria-busy={mutation.isPending}>
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
        </fieldset>
        <MemberDetailsFields formId={FORM_ID} values={values} errors={feedback.fieldErrors} onChange={setField} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? nl.common.saving : nl.common.save}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={mutation.isPending}>
            {nl.common.cancel}
          </button>
        </div>
      </form>
    </>
  );
}
