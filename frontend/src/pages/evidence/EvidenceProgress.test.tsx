import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { sessionsNl } from '../../i18n/nl';
import { EvidenceProgress, progressText } from './EvidenceProgress';

const e = sessionsNl.evidence;

function renderBar(count: number, norm = 20) {
  render(
    <>
      <h2 id="titel">Voortgang</h2>
      <EvidenceProgress labelId="titel" count={count} norm={norm} years={5} />
    </>,
  );
  return screen.getByRole('progressbar', { name: 'Voortgang' });
}

describe('EvidenceProgress', () => {
  it('says how far along the member is, for eyes and screen readers', () => {
    const bar = renderBar(12);
    expect(progressText(12, 20)).toBe('12 van 20 bijeenkomsten');
    expect(bar).toHaveAttribute('aria-valuenow', '12');
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '20');
    expect(bar).toHaveAttribute('aria-valuetext', '12 van 20 bijeenkomsten');
    expect(screen.getByText('12 van 20 bijeenkomsten')).toBeInTheDocument();
    expect(screen.getByText(e.window(5))).toBeInTheDocument();
    expect(screen.getByText('Nog 8 bijeenkomsten te gaan om aan de norm te voldoen.')).toBeInTheDocument();
  });

  it('uses the singular for one meeting to go and an empty bar at zero', () => {
    const bar = renderBar(0, 1);
    expect(bar).toHaveAttribute('aria-valuetext', '0 van 1 bijeenkomsten');
    expect(screen.getByText('Nog 1 bijeenkomst te gaan om aan de norm te voldoen.')).toBeInTheDocument();
  });

  it('caps the bar at the norm but keeps the real count in the text', () => {
    const bar = renderBar(23);
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    expect(bar).toHaveAttribute('aria-valuetext', '23 van 20 bijeenkomsten');
    expect(screen.getByText(e.met)).toBeInTheDocument();
  });
});
