import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { RequireAdmin } from './RequireAdmin';
import { LocationProbe, renderWithProviders } from '../../test/renderWithProviders';
import { exampleMember } from '../../test/fixtures';
import { eventsNl } from '../../i18n/nl';
import { adminMember, loggedInAs } from './testFixtures';

const tree = (
  <Routes>
    <Route element={<RequireAdmin />}>
      <Route path="/beheer/themabijeenkomsten" element={<h1>Beheerpagina</h1>} />
    </Route>
    <Route path="*" element={<LocationProbe />} />
  </Routes>
);

describe('RequireAdmin', () => {
  it('sends visitors to the login page', async () => {
    renderWithProviders(<></>, { path: '/beheer/themabijeenkomsten', tree });

    expect(await screen.findByTestId('location')).toHaveTextContent('/inloggen');
  });

  it('tells members who are not admins that they have no access', async () => {
    renderWithProviders(<></>, { path: '/beheer/themabijeenkomsten', tree, routes: [loggedInAs(exampleMember)] });

    expect(await screen.findByRole('heading', { level: 1, name: eventsNl.admin.forbiddenHeading })).toBeInTheDocument();
    expect(screen.getByText(eventsNl.admin.forbiddenText)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Beheerpagina' })).not.toBeInTheDocument();
    expect(document.title).toContain(eventsNl.admin.forbiddenTitle);
  });

  it('shows the page to platform admins', async () => {
    renderWithProviders(<></>, { path: '/beheer/themabijeenkomsten', tree, routes: [loggedInAs(adminMember)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Beheerpagina' })).toBeInTheDocument();
  });
});
