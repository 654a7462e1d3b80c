import { describe, expect, it } from 'vitest';
import { configure, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { AdminGuard } from './AdminGuard';
import { AdminHomePage } from './AdminHomePage';
import { LocationProbe, renderWithProviders } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { adminNl } from '../../i18n/nl';
import { adminMember, loggedInAs } from '../notifications/testFixtures';

// The first render waits for the session to be restored; give a busy test run some slack.
configure({ asyncUtilTimeout: 5000 });

const tree = (
  <Routes>
    <Route element={<AdminGuard />}>
      <Route path="/beheer" element={<AdminHomePage />} />
      <Route path="/beheer/api-sleutels" element={<h1>Sleutels</h1>} />
    </Route>
    <Route path="*" element={<LocationProbe />} />
  </Routes>
);

describe('AdminGuard', () => {
  it('sends visitors to the login page', async () => {
    renderWithProviders(<></>, { path: '/beheer/api-sleutels', tree });

    expect(await screen.findByTestId('location')).toHaveTextContent('/inloggen');
  });

  it('tells members who are not admins that they have no access', async () => {
    renderWithProviders(<></>, { path: '/beheer/api-sleutels', tree, routes: [loggedInAs(exampleMember)] });

    expect(await screen.findByRole('heading', { level: 1, name: adminNl.guard.heading })).toBeInTheDocument();
    expect(screen.getByText(adminNl.guard.text)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sleutels' })).not.toBeInTheDocument();
    expect(document.title).toBe('Geen toegang – Intervisiewijzer');
  });

  it('lets admins in, starting at the overview of admin pages', async () => {
    renderWithProviders(<></>, { path: '/beheer', tree, routes: [loggedInAs(adminMember)] });

    expect(await screen.findByRole('heading', { level: 1, name: adminNl.home.heading })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'API-sleutels' })).toHaveAttribute('href', '/beheer/api-sleutels');
    expect(screen.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('href', '/beheer/webhooks');
    expect(screen.getByRole('link', { name: 'Themabijeenkomsten' })).toHaveAttribute('href', '/beheer/themabijeenkomsten');
  });
});
