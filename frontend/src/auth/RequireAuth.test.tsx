import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './RequireAuth';
import { useAuth } from './useAuth';
import { jsonResponse, LocationProbe, renderWithProviders } from '../test/renderWithProviders';
import { exampleMember, tokenBody } from '../test/fixtures';

const path = (request: Request) => new URL(request.url).pathname;

function Protected() {
  const { user } = useAuth();
  return <h1>{user?.full_name}</h1>;
}

const tree = (
  <Routes>
    <Route element={<RequireAuth />}>
      <Route path="/mijn-profiel" element={<Protected />} />
    </Route>
    <Route path="*" element={<LocationProbe />} />
  </Routes>
);

describe('RequireAuth', () => {
  it('sends visitors without a session to the login page', async () => {
    renderWithProviders(<></>, { path: '/mijn-profiel', tree });

    expect(await screen.findByTestId('location')).toHaveTextContent('/inloggen');
  });

  it('restores the session from the refresh cookie and shows the page', async () => {
    const { requests } = renderWithProviders(<></>, {
      path: '/mijn-profiel',
      tree,
      routes: [
        (request) => {
          if (path(request) === '/api/v1/auth/refresh') return jsonResponse(200, tokenBody('restored'));
          if (path(request) === '/api/v1/me' && request.headers.get('Authorization') === 'Bearer restored') {
            return jsonResponse(200, exampleMember);
          }
          return undefined;
        },
      ],
    });

    expect(await screen.findByRole('heading', { name: exampleMember.full_name })).toBeInTheDocument();
    expect(requests.filter((request) => path(request) === '/api/v1/auth/refresh')).toHaveLength(1);
  });
});
