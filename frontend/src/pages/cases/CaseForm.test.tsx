import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/problem';
import { renderWithProviders } from '../../test/renderWithProviders';
import { casesNl } from '../../i18n/nl';
import { CaseForm, emptyCase, validateCase } from './CaseForm';

const t = casesNl.caseForm;
const topics = [
  { slug: 'hechting', name: 'Hechting', active: true },
  { slug: 'rouw', name: 'Rouw', active: true },
];

const identifierProblem = new ApiError({
  type: 'https://intervisiewijzer.nl/problems/identifying-data',
  title: 'Herleidbare gegevens',
  status: 422,
  detail: 'Haal gegevens weg die naar een persoon leiden, en sla dan opnieuw op.',
  errors: [
    {
      field: 'description',
      loc: ['body', 'description'],
      message: "In 'Korte beschrijving' staat iets dat op een geboortedatum lijkt.",
      type: 'identifier.birth_date',
    },
    {
      field: 'core_question',
      loc: ['body', 'core_question'],
      message: "In 'Kernvraag' staat iets dat op een naam lijkt.",
      type: 'identifier.name',
    },
  ],
});

async function fillValidCase() {
  await userEvent.type(screen.getByRole('textbox', { name: new RegExp(`^${t.title}`) }), 'Contact met ouders');
  await userEvent.type(screen.getByRole('textbox', { name: new RegExp(`^${t.description}`) }), 'Een beschrijving');
  await userEvent.type(screen.getByRole('textbox', { name: new RegExp(`^${t.coreQuestion}`) }), 'Hoe ga ik verder?');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Hechting' }));
  await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(t.anonymised) }));
}

describe('validateCase', () => {
  it('requires the core fields, a topic and the anonymity confirmation', () => {
    expect(Object.keys(validateCase(emptyCase)).sort()).toEqual(
      ['anonymised_confirmed', 'core_question', 'description', 'title', 'topics'].sort(),
    );
  });
});

describe('CaseForm', () => {
  it('does not send the case until anonymity is confirmed', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<CaseForm initial={emptyCase} topics={topics} submitLabel="Versturen" onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findAllByText(t.anonymisedRequired)).not.toHaveLength(0);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows each identifier problem at its own field and explains what to do', async () => {
    const onSubmit = vi.fn().mockRejectedValue(identifierProblem);
    renderWithProviders(<CaseForm initial={emptyCase} topics={topics} submitLabel="Versturen" onSubmit={onSubmit} />);
    await fillValidCase();
    await userEvent.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(t.identifierNotice);
    const description = screen.getByRole('textbox', { name: new RegExp(`^${t.description}`) });
    expect(description).toHaveAttribute('aria-invalid', 'true');
    expect(description).toHaveAccessibleDescription(expect.stringContaining('geboortedatum'));
    const question = screen.getByRole('textbox', { name: new RegExp(`^${t.coreQuestion}`) });
    expect(question).toHaveAccessibleDescription(expect.stringContaining('op een naam lijkt'));
    const summaryLink = screen.getByRole('link', { name: /geboortedatum/ });
    expect(summaryLink).toHaveAttribute('href', '#casus-description');
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ anonymised_confirmed: true, topics: ['hechting'] }));
  });
});
