import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { saveBlob } from '../../components/downloadFile';
import { researchNl } from '../../i18n/nl';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { loggedIn, path } from '../groups/testFixtures';
import { ResearchDashboardPage } from './ResearchDashboardPage';
import { dashboardReport } from './testFixtures';

// jsdom has no canvas: the chart is replaced by its text alternative; the shaping is tested on its own.
vi.mock('./ResearchChart', () => ({
  ResearchChart: ({ label }: { label: string }) => <div role="img" aria-label={label} data-testid="chart" />,
}));
vi.mock('../../components/downloadFile', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../components/downloadFile')>()),
  saveBlob: vi.fn(),
}));

const t = researchNl.dashboard;
const SUPPRESSED = 'te weinig antwoorden (minder dan 5)';
const CSV = '\ufeffsection;criterion;criterion_label;dimension;category;category_label;count;mean\r\n';

const api = (request: Request) => {
  if (path(request) === '/api/v1/admin/research/dashboard') return jsonResponse(200, dashboardReport);
  if (path(request) === '/api/v1/admin/research/export.csv') {
    const response = new Response(CSV, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="intervisiewijzer-onderzoek-2026-11-25.csv"',
      },
    });
    // Node's fetch Response makes Node Blobs; the page checks for the (jsdom) window's Blob.
    Object.defineProperty(response, 'blob', { value: () => Promise.resolve(new Blob([CSV], { type: 'text/csv' })) });
    return response;
  }
  return undefined;
};

function renderPage() {
  return renderWithProviders(<ResearchDashboardPage />, { routes: [loggedIn, api] });
}

describe('ResearchDashboardPage', () => {
  it('shows the response counts, with a withheld count in words', async () => {
    renderPage();
    const facts = await screen.findByRole('region', { name: t.factsHeading });
    expect(within(facts).getByText('Evaluaties na een bijeenkomst: aantal antwoorden').nextSibling).toHaveTextContent('60');
    expect(within(facts).getByText('Jaarevaluaties van groep en werkwijze: aantal antwoorden').nextSibling).toHaveTextContent(
      SUPPRESSED,
    );
    expect(screen.getByText(dashboardReport.suppression_rule)).toBeInTheDocument();
  });

  it('draws a chart per comparison, each with a table of the same numbers', async () => {
    const user = userEvent.setup();
    renderPage();
    const figure = await screen.findByRole('region', { name: 'Met en zonder geschoolde begeleider' });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      /Geschoolde begeleider, Roulerende begeleider uit de groep, Zonder begeleider.*Structuur – Zonder begeleider/,
    );
    await user.click(within(figure).getByText(researchNl.common.showTable));
    const table = within(figure).getByRole('table', { name: 'Met en zonder geschoolde begeleider' });
    const structure = within(table).getByRole('row', { name: /Structuur/ });
    expect(within(structure).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '4,10 (n = 38)',
      SUPPRESSED,
      SUPPRESSED,
    ]);
    // Period is shown over time, per criterion, not as a grouped bar chart.
    expect(screen.queryByRole('region', { name: 'Per kwartaal' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.meansHeading })).toHaveTextContent(/Diepgang heeft een andere schaal/);
  });

  it('lets you pick a criterion and a breakdown for the distribution and the trend', async () => {
    const user = userEvent.setup();
    renderPage();
    const distribution = await screen.findByRole('region', { name: t.distributionHeading('Veiligheid') });
    expect(within(distribution).getByRole('img')).toHaveAccessibleName(/Alle antwoorden, Geschoolde begeleider\./);

    await user.selectOptions(screen.getByLabelText(t.criterionField), 'depth_level');
    const depth = screen.getByRole('region', { name: t.distributionHeading('Diepgang') });
    await user.click(screen.getByRole('radio', { name: 'Fysiek, online of hybride' }));
    await user.click(within(depth).getByText(researchNl.common.showTable));
    const rows = within(within(depth).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'GroepAantal antwoorden1 – De casus zelf2 – Het handelen van de casusinbrenger3 – Waarden en overtuigingen',
      'Alle antwoorden6016,7% (10)41,7% (25)41,7% (25)',
      expect.stringMatching(/^Fysiek60verdeling verborgen/),
      'Online0geen antwoorden',
      'Hybride0geen antwoorden',
    ]);

    const trend = screen.getByRole('region', { name: t.overTimeHeading('Diepgang', false) });
    expect(within(trend).getByRole('img')).toHaveAccessibleName(/van K4 2025 tot en met K1 2026/);
  });

  it('shows a section without any shown cells without charts, and the tables open', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('tab', { name: t.tabs.yearly }));
    const means = screen.getByRole('region', { name: t.meansHeading });
    expect(within(means).queryByRole('img')).not.toBeInTheDocument();
    expect(within(means).getByText(researchNl.common.noChartData)).toBeInTheDocument();
    expect(within(means).getByRole('table')).toBeVisible();
    expect(within(means).getByRole('row', { name: /Samenwerking/ })).toHaveTextContent(SUPPRESSED);
  });

  it('downloads the CSV export with the server’s file name', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(saveBlob).toHaveBeenCalledTimes(1));
    const [blob, name] = vi.mocked(saveBlob).mock.calls[0]!;
    expect(name).toBe('intervisiewijzer-onderzoek-2026-11-25.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toContain('section;criterion');
  });

  it('explains when loading fails', async () => {
    renderWithProviders(<ResearchDashboardPage />, {
      routes: [
        loggedIn,
        (request) =>
          path(request) === '/api/v1/admin/research/dashboard'
            ? jsonResponse(403, { type: 'about:blank', title: 'Geen toegang', status: 403, detail: 'Alleen voor beheerders.' })
            : undefined,
      ],
    });
    expect(await screen.findByText(researchNl.common.loadFailed)).toBeInTheDocument();
    expect(screen.getByText(/Alleen voor beheerders/)).toBeInTheDocument();
  });
});
