import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { casesNl, situationLabels } from '../../i18n/nl';
import { MethodSuggestForm, parseMinutes } from './MethodSuggestForm';

const t = casesNl.suggest;

const method = (slug: string, name: string) => ({
  slug,
  name,
  summary: 'Samenvatting',
  goal: null,
  when_to_use: null,
  total_minutes: 60,
  phase_count: 5,
  group_experience: 'new',
  suited_for: ['recent_incident'],
});

const suggestRoute: FakeRoute = (request) => {
  if (new URL(request.url).pathname !== '/api/v1/methods/suggest') return undefined;
  return jsonResponse(200, {
    items: [
      { method: method('incidentmethode', 'Incidentmethode'), score: 9, reason: 'Past bij een recent voorval.', cautions: [] },
      {
        method: method('roddelmethode', 'Roddelmethode'),
        score: 5,
        reason: 'Geeft andere perspectieven.',
        cautions: ['Vraagt een groep met ervaring.'],
      },
    ],
  });
};

describe('parseMinutes', () => {
  it('accepts empty and whole numbers in range', () => {
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes(' 90 ')).toBe(90);
    expect(parseMinutes('20')).toBeNaN();
    expect(parseMinutes('1,5')).toBeNaN();
  });
});

describe('MethodSuggestForm', () => {
  it('asks for at least one situation before asking the server', async () => {
    const { requests } = renderWithProviders(<MethodSuggestForm />, { routes: [suggestRoute] });
    await userEvent.click(screen.getByRole('button', { name: t.submit }));

    expect(await screen.findAllByText(t.situationsRequired)).not.toHaveLength(0);
    expect(requests.some((r) => r.url.endsWith('/methods/suggest'))).toBe(false);
  });

  it('sends the answers and shows ranked suggestions with reasons and cautions', async () => {
    const { requests } = renderWithProviders(<MethodSuggestForm />, { routes: [suggestRoute] });
    await userEvent.click(screen.getByRole('checkbox', { name: situationLabels.recent_incident }));
    await userEvent.click(screen.getByRole('radio', { name: /Nieuw/ }));
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(t.minutesLabel) }), '90');
    await userEvent.click(screen.getByRole('button', { name: t.submit }));

    const heading = await screen.findByRole('heading', { name: t.resultsHeading });
    const list = heading.parentElement!.querySelector('ol')!;
    const items = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByRole('link', { name: 'Incidentmethode' })).toHaveAttribute('href', '/methoden/incidentmethode');
    expect(within(items[0]!).getByText('Past bij een recent voorval.')).toBeInTheDocument();
    expect(within(items[1]!).getByText('Vraagt een groep met ervaring.')).toBeInTheDocument();
    expect(screen.getByText(t.resultCount(2))).toBeInTheDocument();

    const sent = requests.find((r) => r.url.endsWith('/methods/suggest'))!;
    expect(await sent.json()).toEqual({
      situations: ['recent_incident'],
      group_experience: 'new',
      minutes_available: 90,
      limit: 3,
    });
  });

  it('rejects minutes out of range', async () => {
    renderWithProviders(<MethodSuggestForm />, { routes: [suggestRoute] });
    await userEvent.click(screen.getByRole('checkbox', { name: situationLabels.emotional_load }));
    await userEvent.type(screen.getByRole('textbox', { name: new RegExp(t.minutesLabel) }), '10');
    await userEvent.click(screen.getByRole('button', { name: t.submit }));
    expect(await screen.findAllByText(t.minutesInvalid)).not.toHaveLength(0);
  });
});
