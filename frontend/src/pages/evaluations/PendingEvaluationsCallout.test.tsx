import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { evaluationsNl } from '../../i18n/nl';
import { loggedIn, path } from '../groups/testFixtures';
import { PendingEvaluationsCallout } from './PendingEvaluationsCallout';

function pending(total: number) {
  return (request: Request) =>
    path(request) === '/api/v1/me/evaluations/pending' ? jsonResponse(200, { items: [], total, limit: 20, offset: 0 }) : undefined;
}

describe('PendingEvaluationsCallout', () => {
  it('links to Mijn evaluaties with the number waiting', async () => {
    renderWithProviders(<PendingEvaluationsCallout />, { routes: [loggedIn, pending(3)] });
    expect(await screen.findByText('Er staan 3 evaluaties voor je klaar.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: evaluationsNl.callout.link })).toHaveAttribute('href', '/mijn-evaluaties');
  });

  it('says nothing when nothing is waiting', async () => {
    const { requests } = renderWithProviders(<PendingEvaluationsCallout />, { routes: [loggedIn, pending(0)] });
    await waitFor(() => expect(requests.some((request) => path(request) === '/api/v1/me/evaluations/pending')).toBe(true));
    expect(screen.queryByRole('link', { name: evaluationsNl.callout.link })).not.toBeInTheDocument();
  });
});

