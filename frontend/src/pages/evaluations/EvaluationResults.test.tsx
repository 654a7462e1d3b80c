import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { evaluationsNl } from '../../i18n/nl';
import { CommentsView, SummaryView } from './EvaluationResults';
import { questionSet } from './testFixtures';
import type { EvaluationCell, SessionEvaluationSummary } from './types';

const r = evaluationsNl.results;

function hidden(key: string, label: string): EvaluationCell {
  return { key, label, count: null, mean: null, distribution: null, suppressed: true, distribution_suppressed: true };
}

function summary(overrides: Partial<SessionEvaluationSummary> = {}): SessionEvaluationSummary {
  return {
    session_id: 's1',
    available: true,
    available_from: '2026-12-15T20:30:00Z',
    min_cell_size: 5,
    response_count: null,
    notice: 'Er zijn minder dan 5 evaluaties ingevuld.',
    criteria: questionSet.session.map((question) => hidden(question.key, question.label)),
    ...overrides,
  };
}

describe('evaluation results', () => {
  it('says plainly when there are too few answers, without a table', () => {
    render(<SummaryView summary={summary()} questions={questionSet.session} />);
    expect(screen.getByText(r.tooFew(5))).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when the results will appear while answering is open', () => {
    render(<SummaryView summary={summary({ available: false })} questions={questionSet.session} />);
    expect(screen.getByText(r.notYet('dinsdag 15 december 2026'))).toBeInTheDocument();
  });

  it('shows counts, means on the question scale and only safe distributions', () => {
    const criteria = questionSet.session.map((question) => hidden(question.key, question.label));
    criteria[0] = {
      key: 'safety',
      label: 'Veiligheid',
      count: 10,
      mean: 4.5,
      distribution: [
        { value: 4, label: 'Eens', count: 5 },
        { value: 5, label: 'Helemaal eens', count: 5 },
      ],
      suppressed: false,
      distribution_suppressed: false,
    };
    criteria[5] = { key: 'depth_level', label: 'Diepgang', count: 10, mean: 2.25, distribution: null, suppressed: false, distribution_suppressed: true };
    render(<SummaryView summary={summary({ response_count: 10, notice: null, criteria })} questions={questionSet.session} />);

    const table = screen.getByRole('table', { name: r.tableCaption });
    const safety = within(table).getByRole('row', { name: /Veiligheid/ });
    expect(safety).toHaveTextContent('4,5 van 5');
    expect(within(safety).getByText(r.bar('Helemaal eens', 5))).toBeInTheDocument();
    const depth = within(table).getByRole('row', { name: /Diepgang/ });
    expect(depth).toHaveTextContent('2,3 van 3');
    expect(depth).toHaveTextContent(r.distributionHidden);
    expect(within(table).getByRole('row', { name: /Structuur/ })).toHaveTextContent(r.hidden);
    expect(screen.getByText(r.responses(10))).toBeInTheDocument();
  });

  it('shows shared comments only once answering has closed', () => {
    const { rerender } = render(
      <CommentsView comments={{ available: false, available_from: '2026-12-15T20:30:00Z', notice: 'later', comments: [] }} />,
    );
    expect(screen.getByText(r.commentsNotYet('dinsdag 15 december 2026'))).toBeInTheDocument();
    rerender(<CommentsView comments={{ available: true, available_from: '2026-12-15T20:30:00Z', notice: null, comments: ['Graag meer tijd voor de reflectie.'] }} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Graag meer tijd voor de reflectie.');
    rerender(<CommentsView comments={{ available: true, available_from: '2026-12-15T20:30:00Z', notice: null, comments: [] }} />);
    expect(screen.getByText(r.commentsNone)).toBeInTheDocument();
  });
});
