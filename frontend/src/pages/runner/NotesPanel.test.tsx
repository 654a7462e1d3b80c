import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders, type FakeRoute } from '../../test/renderWithProviders';
import { casesNl } from '../../i18n/nl';
import { mergeNotes, NotesPanel } from './NotesPanel';

const t = casesNl.runner;
const SESSION = '11111111-1111-1111-1111-111111111111';

const notes = (text: string, version: number) => ({
  text,
  version,
  updated_at: null,
  updated_by: version > 1 ? { id: 'x', full_name: 'Anja de Vries' } : null,
});

describe('mergeNotes', () => {
  it('puts my draft under the newer text once', () => {
    expect(mergeNotes('Hun tekst', 'Mijn tekst')).toBe('Hun tekst\n\nMijn tekst');
    expect(mergeNotes('Hun tekst\nMijn tekst', 'Mijn tekst')).toBe('Hun tekst\nMijn tekst');
    expect(mergeNotes('', 'Mijn tekst')).toBe('Mijn tekst');
  });
});

describe('NotesPanel', () => {
  it('shows the newer notes on a version conflict and saves the merge with the new version', async () => {
    const sentBodies: unknown[] = [];
    const routes: FakeRoute[] = [
      async (request): Promise<Response> => {
        const { pathname } = new URL(request.url);
        if (pathname === `/api/v1/sessions/${SESSION}/run/notes` && request.method === 'PUT') {
          const body = (await request.json()) as { text: string; version: number };
          sentBodies.push(body);
          if (body.version === 1) {
            return jsonResponse(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Iemand anders…' });
          }
          return jsonResponse(200, notes(body.text, body.version + 1));
        }
        if (pathname === `/api/v1/sessions/${SESSION}/run` && request.method === 'GET') {
          return jsonResponse(200, { notes: notes('Hun aanvulling', 2) });
        }
        return jsonResponse(404, { type: 'about:blank', title: 'Niet gevonden', status: 404 });
      },
    ];
    renderWithProviders(<NotesPanel sessionId={SESSION} notes={notes('', 1)} />, { routes });

    const box = screen.getByRole('textbox', { name: new RegExp(t.notesLabel) });
    await userEvent.type(box, 'Mijn punt');
    await userEvent.click(screen.getByRole('button', { name: t.notesSave }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(t.notesConflict);
    expect(alert).toHaveTextContent('Hun aanvulling');
    expect(alert).toHaveTextContent('Anja de Vries');
    // My draft is kept until I choose how to merge.
    expect(box).toHaveValue('Mijn punt');

    await userEvent.click(screen.getByRole('button', { name: t.appendMine }));
    expect(box).toHaveValue('Hun aanvulling\n\nMijn punt');
    await userEvent.click(screen.getByRole('button', { name: t.notesSave }));

    await waitFor(() => expect(screen.getByText(t.notesSaved)).toBeInTheDocument());
    expect(screen.queryByText(t.notesConflict)).not.toBeInTheDocument();
    expect(sentBodies).toEqual([
      { text: 'Mijn punt', version: 1 },
      { text: 'Hun aanvulling\n\nMijn punt', version: 2 },
    ]);
  });
});
