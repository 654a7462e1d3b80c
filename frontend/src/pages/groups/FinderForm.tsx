import { useState, type FormEvent } from 'react';
import { CheckboxField } from '../../components/CheckboxField';
import { FieldShell } from '../../components/FieldShell';
import { PlaceCombobox } from '../../components/PlaceCombobox';
import {
  AUDIENCES,
  FACILITATOR_TYPES,
  GROUP_IDENTITIES,
  GROUP_MODES,
  PROVINCES,
  RADIUS_CHOICES,
  facilitatorLabels,
  groupModeLabels,
  groupsNl,
  identityLabels,
  provinceLabels,
} from '../../i18n/nl';
import { audienceLabels } from './format';
import { activeFilterCount, defaultFilters, type FinderFilters } from './finderQuery';
import type { MethodPublic } from './types';

const t = groupsNl.finder;
const FORM_ID = 'zoeken';

interface FinderFormProps {
  filters: FinderFilters;
  methods: readonly MethodPublic[];
  onSearch: (filters: FinderFilters) => void;
}

interface Option {
  value: string;
  label: string;
}

function FilterSelect({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const id = `${FORM_ID}-${name}`;
  return (
    <FieldShell id={id} label={label}>
      <select className="select" id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t.anyOption}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

const options = <V extends string>(values: readonly V[], labels: Record<V, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

const provinceOptions = options(PROVINCES, provinceLabels);
const modeOptions = options(GROUP_MODES, groupModeLabels);
const facilitatorOptions = options(FACILITATOR_TYPES, facilitatorLabels);
const audienceOptions = options(AUDIENCES, audienceLabels);
const identityOptions = options(GROUP_IDENTITIES, identityLabels);

function isWideScreen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(min-width: 60rem)').matches
    : false;
}

/**
 * The search form. It edits a draft; the URL (and so the results) only changes on submit, when a
 * suggested place is picked, or with "Alles wissen". When the URL changes by other means
 * (back button, a place option), the draft follows.
 */
export function FinderForm({ filters, methods, onSearch }: FinderFormProps) {
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(filters) > 0 || isWideScreen());
  if (shown !== filters) {
    setShown(filters);
    setDraft(filters);
  }

  const set = <K extends keyof FinderFilters>(key: K, value: FinderFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...draft, page: 1 });
  }

  function clearAll() {
    const cleared = { ...defaultFilters, view: filters.view };
    setDraft(cleared);
    onSearch(cleared);
  }

  const methodOptions: Option[] = methods.map((method) => ({ value: method.slug, label: method.name }));
  const active = activeFilterCount(draft);

  const filterFields = (
    <>
      <CheckboxField
        id={`${FORM_ID}-plek`}
        name="plek"
        label={t.hasVacancy}
        checked={draft.hasVacancy}
        onChange={(checked) => set('hasVacancy', checked)}
      />
      <FilterSelect name="provincie" label={t.province} value={draft.province} options={provinceOptions} onChange={(v) => set('province', v)} />
      <FilterSelect name="vorm" label={t.mode} value={draft.mode} options={modeOptions} onChange={(v) => set('mode', v)} />
      <FilterSelect
        name="begeleiding"
        label={t.facilitator}
        value={draft.facilitator}
        options={facilitatorOptions}
        onChange={(v) => set('facilitator', v)}
      />
      <FilterSelect name="methode" label={t.method} value={draft.method} options={methodOptions} onChange={(v) => set('method', v)} />
      <FilterSelect name="voor" label={t.audience} value={draft.audience} options={audienceOptions} onChange={(v) => set('audience', v)} />
      <FilterSelect
        name="levensbeschouwing"
        label={t.identity}
        value={draft.identity}
        options={identityOptions}
        onChange={(v) => set('identity', v)}
      />
      <FieldShell id={`${FORM_ID}-zoek`} label={t.query} hint={t.queryHint}>
        <input
          className="input"
          id={`${FORM_ID}-zoek`}
          name="zoek"
          type="search"
          value={draft.q}
          maxLength={100}
          onChange={(event) => set('q', event.target.value)}
          aria-describedby={`${FORM_ID}-zoek-hint`}
        />
      </FieldShell>
    </>
  );
  const filterSection = (
    <details className="finder-filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
      <summary className="finder-filters__summary">{t.filtersSummary(active)}</summary>
      <div className="finder-filters__body">
        {filterFields}
        <div className="form__actions">
          <button type="submit" className="button button--secondary">
            {t.applyFilters}
          </button>
          <button type="button" className="button button--link" onClick={clearAll}>
            {t.clearFilters}
          </button>
        </div>
      </div>
    </details>
  );

  return (
    <form id={FORM_ID} className="finder-form card" role="search" aria-label={t.searchLabel} noValidate onSubmit={submit}>
      <PlaceCombobox
        id={`${FORM_ID}-plaats`}
        name="plaats"
        label={t.near}
        hint={t.nearHint}
        value={draft.near}
        onChange={(value) => set('near', value)}
        onPick={(label) => onSearch({ ...draft, near: label, page: 1 })}
        markOptional={false}
      />
      <FieldShell id={`${FORM_ID}-straal`} label={t.radius}>
        <select
          className="select"
          id={`${FORM_ID}-straal`}
          name="straal"
          value={draft.radiusKm}
          onChange={(event) => set('radiusKm', Number(event.target.value))}
        >
          {RADIUS_CHOICES.map((km) => (
            <option key={km} value={km}>
              {t.radiusOption(km)}
            </option>
          ))}
        </select>
      </FieldShell>
      <CheckboxField
        id={`${FORM_ID}-online`}
        name="online"
        label={t.includeOnline}
        checked={draft.includeOnline}
        onChange={(checked) => set('includeOnline', checked)}
      />
      <div className="finder-form__submit">
        <button type="submit" className="button button--primary">
          {t.submit}
        </button>
      </div>
      {filterSection}
    </form>
  );
}
