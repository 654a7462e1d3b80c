import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { researchNl } from '../../i18n/nl';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { path } from '../groups/testFixtures';
import { ResearchSummaryPage } from './ResearchSummaryPage';
import { summaryReport } from './testFixtures';
import type { ResearchReport } from './types';

vi.mock('./ResearchChart', () => ({
  ResearchChart: ({ label }: { label: string }) => <div role="img" aria-label={label} data-testid="chart" />,
}));

const t = researchNl.summary;
const SUPPRESSED = 'te weinig antwoorden (minder dan 5)';

function renderPage(report: ResearchReport = summaryReport) {
  const routes = [
    (request: Request) => (path(request) === '/api/v1/research/summary' ? jsonResponse(200, report) : undefined),
  ];
  return renderWithProviders(<ResearchSummaryPage />, { routes });
}

describe('ResearchSummaryPage', () => {
  it('explains the figures to anyone, without logging in', async () => {
    renderPage();
    const source = await screen.findByRole('region', { name: t.sourceHeading });
    expect(within(source).getByText('60 antwoorden')).toBeInTheDocument();
    expect(within(source).getByText(SUPPRESSED)).toBeInTheDocument();
    expect(within(source).getByText(/Alleen bijeenkomsten van vóór 1 oktober 2026 tellen mee/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.privacyHeading })).toHaveTextContent(/kleiner is dan 5/);
  });

  it('names the largest difference with and without a trained facilitator, from shown cells only', async () => {
    renderPage();
    const findings = await screen.findByRole('region', { name: t.findingsHeading });
    expect(within(findings).getAllByRole('listitem')).toHaveLength(1);
    expect(findings).toHaveTextContent('bij “Veiligheid”: gemiddeld 4,20 tegen 3,25');
    expect(findings).toHaveTextContent(/niet wat de oorzaak is/);
  });

  it('shows the comparison chart with its table, and the depth of the conversation', async () => {
    const user = userEvent.setup();
    renderPage();
    const title = t.compareHeading('Evaluaties na een bijeenkomst');
    const figure = await screen.findByRole('region', { name: title });
    expect(within(figure).getByRole('img')).toHaveAccessibleName(/Zonder begeleider/);
    await user.click(within(figure).getByText(researchNl.common.showTable));
    const safety = within(within(figure).getByRole('table')).getByRole('row', { name: /Veiligheid/ });
    expect(within(safety).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '4,20 (n = 30)',
      '3,80 (n = 18)',
      '3,25 (n = 12)',
    ]);

    const depth = screen.getByRole('region', { name: t.depthHeading });
    expect(within(depth).getByRole('img')).toHaveAccessibleName(/Alle antwoorden, Geschoolde begeleider\./);
    expect(depth).toHaveTextContent(researchNl.common.chartOnlyShown);
  });

  it('shows a section whose cells are all withheld as a table only, without a chart', async () => {
    renderPage();
    await screen.findByRole('region', { name: t.findingsHeading });
    const yearly = screen.getByRole('region', { name: t.compareHeading('Jaarevaluaties van groep en werkwijze') });
    expect(within(yearly).queryByRole('img')).not.toBeInTheDocument();
    expect(within(yearly).getByRole('row', { name: /Samenwerking/ })).toHaveTextContent(SUPPRESSED);
  });

  it('says so when there are no evaluations yet', async () => {
    renderPage({
      ...summaryReport,
      sections: summaryReport.sections.map((section) => ({ ...section, response_count: 0 })),
    });
    expect(await screen.findByText(t.noData)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
