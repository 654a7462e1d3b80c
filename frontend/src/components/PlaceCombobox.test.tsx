import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlaceCombobox } from './PlaceCombobox';
import { jsonResponse, renderWithProviders } from '../test/renderWithProviders';

const places = [
  { name: 'Amsterdam', province: 'noord-holland', label: 'Amsterdam (Noord-Holland)' },
  { name: 'Amstelveen', province: 'noord-holland', label: 'Amstelveen (Noord-Holland)' },
];

function Field({ onPick }: { onPick: (label: string) => void }) {
  const [value, setValue] = useState('');
  return <PlaceCombobox id="plaats" name="plaats" label="Plaats" value={value} onChange={setValue} onPick={onPick} />;
}

describe('PlaceCombobox', () => {
  it('suggests places and lets the keyboard pick one', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    const { requests } = renderWithProviders(<Field onPick={onPick} />, {
      routes: [(request) => (new URL(request.url).pathname === '/api/v1/places' ? jsonResponse(200, places) : undefined)],
    });

    const input = screen.getByRole('combobox', { name: /Plaats/ });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'Amst');

    expect(await screen.findByRole('option', { name: 'Amsterdam (Noord-Holland)' })).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/2 suggesties/)).toBeInTheDocument();

    await user.keyboard('{ArrowDown}{ArrowDown}');
    const second = screen.getByRole('option', { name: 'Amstelveen (Noord-Holland)' });
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', second.id);

    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Amstelveen (Noord-Holland)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(onPick).toHaveBeenCalledWith('Amstelveen (Noord-Holland)');
    const asked = requests.find((request) => new URL(request.url).pathname === '/api/v1/places');
    expect(new URL(asked?.url ?? '').searchParams.get('q')).toBe('Amst');
  });

  it('does not look up postcodes', async () => {
    const user = userEvent.setup();
    const { requests } = renderWithProviders(<Field onPick={vi.fn()} />);
    await user.type(screen.getByRole('combobox', { name: /Plaats/ }), '3511');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/places')).toBe(false);
  });
});
