import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldId } from '../../components/fieldIds';
import type { FieldErrors } from '../../components/useFormFeedback';
import { nl } from '../../i18n/nl';
import {
  employmentFormOptions,
  kindOptions,
  provinceOptions,
  registrationBodyOptions,
  showsEmploymentForm,
  type MemberDetailField,
  type MemberDetailsValues,
} from './memberForm';

interface MemberDetailsFieldsProps {
  formId: string;
  values: MemberDetailsValues;
  errors: FieldErrors<MemberDetailField>;
  onChange: (field: keyof MemberDetailsValues, value: string) => void;
}

/** The "about you" and "professional registration" parts shared by the registration and profile forms. */
export function MemberDetailsFields({ formId, values, errors, onChange }: MemberDetailsFieldsProps) {
  const id = (name: MemberDetailField) => fieldId(formId, name);
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{nl.register.aboutSection}</legend>
        <TextField
          id={id('full_name')}
          name="full_name"
          label={nl.fields.fullName}
          autoComplete="name"
          value={values.full_name}
          onChange={(value) => onChange('full_name', value)}
          error={errors.full_name}
          required
        />
        <SelectField
          id={id('kind')}
          name="kind"
          label={nl.fields.kind}
          value={values.kind}
          onChange={(value) => onChange('kind', value)}
          options={kindOptions}
          emptyLabel={nl.common.chooseOption}
          error={errors.kind}
          required
        />
        {showsEmploymentForm(values) ? (
          <SelectField
            id={id('employment_form')}
            name="employment_form"
            label={nl.fields.employmentForm}
            value={values.employment_form}
            onChange={(value) => onChange('employment_form', value)}
            options={employmentFormOptions}
            emptyLabel={nl.common.chooseOption}
            error={errors.employment_form}
          />
        ) : null}
        <TextField
          id={id('years_experience')}
          name="years_experience"
          label={nl.fields.yearsExperience}
          hint={nl.fields.yearsExperienceHint}
          inputMode="numeric"
          width="short"
          value={values.years_experience}
          onChange={(value) => onChange('years_experience', value)}
          error={errors.years_experience}
        />
        <SelectField
          id={id('province')}
          name="province"
          label={nl.fields.province}
          hint={nl.fields.provinceHint}
          value={values.province}
          onChange={(value) => onChange('province', value)}
          options={provinceOptions}
          emptyLabel={nl.common.chooseOption}
          error={errors.province}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{nl.register.registrationSection}</legend>
        <p className="fieldset__intro">{nl.register.registrationSectionIntro}</p>
        <SelectField
          id={id('registration_body')}
          name="registration_body"
          label={nl.fields.registrationBody}
          hint={nl.fields.registrationBodyHint}
          value={values.registration_body}
          onChange={(value) => onChange('registration_body', value)}
          options={registrationBodyOptions}
          emptyLabel={nl.common.noneOption}
          error={errors.registration_body}
        />
        {values.registration_body ? (
          <TextField
            id={id('registration_number')}
            name="registration_number"
            label={nl.fields.registrationNumber}
            value={values.registration_number}
            onChange={(value) => onChange('registration_number', value)}
            error={errors.registration_number}
            width="short"
          />
        ) : null}
      </fieldset>
    </>
  );
}
