import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/renderWithProviders';
import { nl, sessionsNl } from '../../i18n/nl';
import { loggedIn } from '../groups/testFixtures';
import { SeriesForm, emptySeriesForm, toSeriesCreate, type SeriesFormValues } from './SeriesForm';

const t = sessionsNl.series;

function renderForm(onSubmit = vi.fn(async (_values: SeriesFormValues) => {})) {
  renderWithProviders(
    <SeriesForm formId="reeks" groupId="g1" initial={emptySeriesForm()} onSubmit={onSubmit} onCancel={vi.fn()} />,
    { routes: [loggedIn] },
  );
  return onSubmit;
}

describe('SeriesForm', () => {
  it('previews the dates while the coordinator fills in the form', async () => {
    const user = userEvent.setup();
    renderForm();
    const preview = screen.getByRole('region', { name: t.previewHeading });
    expect(within(preview).getByRole('status')).toHaveTextContent(t.previewEmpty);

    await user.type(screen.getByLabelText(t.firstDate), '2027-03-02');
    await user.selectOptions(screen.getByLabelText(t.interval), '2');
    const count = screen.getByLabelText(t.count, { exact: true });
    await user.clear(count);
    await user.type(count, '4');

    expect(within(preview).getByRole('status')).toHaveTextContent(
      t.previewSummary(4, 'dinsdag 2 maart 2027', 'dinsdag 13 april 2027'),
    );
    const items = within(screen.getByRole('region', { name: t.previewList })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'dinsdag 2 maart 202719:30 – 21:30',
      'dinsdag 16 maart 202719:30 – 21:30',
      'dinsdag 30 maart 202719:30 – 21:30',
      'dinsdag 13 april 202719:30 – 21:30',
    ]);
    // 28 March 2027 the clocks go forward; the times stay the same.
    expect(within(preview).getByText(t.previewDstNote)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: t.submit(4) })).toBeInTheDocument();
  });

  it('refuses more sessions than a series may have', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.type(screen.getByLabelText(t.firstDate), '2027-01-05');
    await user.selectOptions(screen.getByLabelText(t.interval), '1');
    await user.click(screen.getByLabelText(t.endUntil));
    await user.type(screen.getByLabelText(t.until), '2028-06-01');
    const message = t.validation.tooMany(74, 52);
    expect(within(screen.getByRole('region', { name: t.previewHeading })).getByRole('status')).toHaveTextContent(message);

    await user.click(screen.getByRole('button', { name: /plannen$/ }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: nl.errors.summaryTitle })).toHaveFocus();
    expect(screen.getByLabelText(t.until)).toHaveAccessibleDescription(`${t.untilHint} ${message}`);
  });

  it('sends the series as the API wants it', () => {
    expect(
      toSeriesCreate(
        emptySeriesForm({ firstDate: '2027-03-02', intervalWeeks: '2', count: '4', location: 'Buurthuis', method: 'incidentmethode' }),
      ),
    ).toEqual({
      first_date: '2027-03-02',
      start_time: '19:30',
      end_time: '21:30',
      interval_weeks: 2,
      count: 4,
      until: null,
      location_text: 'Buurthuis',
      online_url: null,
      method: 'incidentmethode',
      facilitator_id: null,
      notes: '',
    });
    expect(toSeriesCreate(emptySeriesForm({ firstDate: '2027-03-02', end: 'until', until: '2027-12-31' }))).toMatchObject({
      count: null,
      until: '2027-12-31',
    });
  });
});
