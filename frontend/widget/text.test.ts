import { describe, expect, it } from 'vitest';
import { t } from './text';
import { group } from './test/fixtures';

describe('Dutch labels', () => {
  it('describes where a group meets, never more precise than the place', () => {
    expect(t.location(group({ place: 'Zeist', province: 'utrecht' }))).toBe('Zeist (Utrecht)');
    expect(t.location(group({ place: 'Sneek', province: 'friesland', mode: 'hybrid' }))).toBe('Sneek (Fryslân) en online');
    expect(t.location(group({ mode: 'online', place: null, province: null }))).toBe('Online');
  });

  it('says how much room a group has', () => {
    expect(t.availability(group({ open_spots: 1 }))).toEqual({ text: '1 plek vrij', tone: 'open' });
    expect(t.availability(group({ open_spots: 3 }))).toEqual({ text: '3 plekken vrij', tone: 'open' });
    expect(t.availability(group({ open_spots: 0, status: 'full' }))).toEqual({ text: 'Vol · wachtlijst', tone: 'full' });
    expect(t.availability(group({ status: 'forming', open_spots: 4 })).text).toBe('In oprichting · 4 plekken vrij');
    expect(t.availability(group({ status: 'closed', open_spots: 0 })).text).toBe('Gesloten');
  });

  it('formats meetings, distance and counts the Dutch way', () => {
    expect(t.meetings(group({ meetings_per_year: 10, weekday: 'wednesday', daypart: 'morning' }))).toBe(
      '10 bijeenkomsten per jaar, op woensdagochtend',
    );
    expect(t.meetings(group({ meetings_per_year: 4, weekday: null, daypart: 'afternoon' }))).toBe(
      '4 bijeenkomsten per jaar, in de middag',
    );
    expect(t.distance(12.345)).toBe('12,3 km afstand');
    expect(t.count(1, 1, null, 25, false)).toBe('1 groep gevonden.');
    expect(t.count(0, 0, 'Zeist', 10, true)).toMatch(/^Geen groepen gevonden binnen 10 km van Zeist\./);
  });

  it('shows enum values it does not know yet as they are', () => {
    expect(t.facilitator('co_facilitated')).toBe('co_facilitated');
    expect(t.facilitator('peer')).toBe('Leden begeleiden om beurten');
  });
});
