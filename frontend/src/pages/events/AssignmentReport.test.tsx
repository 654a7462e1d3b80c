import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { AssignmentReport, scoreSentence } from './AssignmentReport';
import { eventsNl } from '../../i18n/nl';
import { roomOverview } from './testFixtures';
import type { AssignmentReport as Report, ConstraintScore } from './types';

const t = eventsNl.report;
const report = roomOverview().report as Report;

function score(constraint: ConstraintScore['constraint'], value: number, best = 0, hard = false): ConstraintScore {
  return { constraint, label: 'Label van de API', hard, value, best_possible: best, met: value <= best };
}

describe('AssignmentReport', () => {
  it('puts every requirement in plain Dutch, hard requirements first', () => {
    render(<AssignmentReport report={report} roomSizeMax={8} />);

    const region = screen.getByRole('region', { name: t.heading });
    expect(within(region).getByText(t.allHardMet)).toBeInTheDocument();
    expect(within(region).getByText('4 deelnemers over 2 kamers.', { exact: false })).toBeInTheDocument();
    const [hard, soft] = within(region).getAllByRole('list');
    expect(within(hard!).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'In orde: Elke kamer heeft één eigen coach.',
      'In orde: Geen kamer heeft meer dan 8 deelnemers.',
      'In orde: Alle kamers zijn even groot.',
    ]);
    const wishes = within(soft!).getAllByRole('listitem').map((item) => item.textContent);
    expect(wishes[0]).toContain('Mix van rollen: gezinshuisouders en jeugdzorgwerkers zijn precies gelijk over de kamers verdeeld.');
    expect(wishes[0]).toContain('Score 0 (best mogelijk 0)');
    expect(wishes[3]).toBe(
      'Kan beter: 1 tweetal uit dezelfde intervisiegroep zit samen in een kamer. Score 1 (best mogelijk 0)',
    );
  });

  it('says plainly when a hard requirement is not met and who has no room', () => {
    render(
      <AssignmentReport
        report={{ ...report, hard_constraints_met: false, unplaced: 2, spare_coaches: 1, scores: [score('max_size', 1, 0, true)] }}
        roomSizeMax={8}
      />,
    );

    expect(screen.getByText(t.hardNotMet)).toBeInTheDocument();
    expect(screen.getByText(/2 deelnemers hebben nog geen kamer\./)).toBeInTheDocument();
    expect(screen.getByText(/1 reservecoach\./)).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Niet gehaald: 1 kamer heeft meer dan 8 deelnemers.');
  });

  it('words sizes, spreads and pairs', () => {
    expect(scoreSentence(score('size_balance', 1, 1, true), 8)).toBe('Kamergroottes verschillen hooguit 1.');
    expect(scoreSentence(score('role_balance', 1, 1), 8)).toBe('Mix van rollen: per rol verschillen de kamers hooguit 1 deelnemer.');
    expect(scoreSentence(score('experience_balance', 2, 1), 8)).toBe(
      'Spreiding van ervaring: de kamers verschillen hooguit 2 in het aantal starters of ervaren deelnemers.',
    );
    expect(scoreSentence(score('households_apart', 1, 1), 8)).toBe('1 tweetal huisgenoten zit samen in een kamer (1 is niet te vermijden).');
    expect(scoreSentence(score('one_coach_per_room', 2, 0, true), 8)).toBe('2 kamers hebben geen eigen coach.');
  });

  it('falls back to the API’s label for a requirement it does not know yet', () => {
    const unknown = { ...score('groups_apart', 0), constraint: 'quiet_rooms' } as unknown as ConstraintScore;
    expect(scoreSentence(unknown, 8)).toBe('Label van de API');
  });
});
