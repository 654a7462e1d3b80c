import { describe, expect, it } from 'vitest';
import { formatAudience, formatDistance, formatDuration, formatWhen, formatWhere, spotsBadge } from './format';

describe('formatDistance', () => {
  it('uses a decimal comma and at most one decimal', () => {
    expect(formatDistance(4.2)).toBe('4,2 km');
    expect(formatDistance(4.25)).toBe('4,3 km');
    expect(formatDistance(8)).toBe('8 km');
    expect(formatDistance(0.04)).toBe('0 km');
    expect(formatDistance(123.45)).toBe('123,5 km');
  });
});

describe('spotsBadge', () => {
  it('shows open spots with singular and plural', () => {
    expect(spotsBadge({ status: 'open', open_spots: 3, waitlist_count: 0 })).toEqual({ text: '3 plekken vrij', tone: 'open' });
    expect(spotsBadge({ status: 'open', open_spots: 1, waitlist_count: 0 }).text).toBe('1 plek vrij');
  });

  it('shows a full group with its waitlist', () => {
    expect(spotsBadge({ status: 'full', open_spots: 0, waitlist_count: 2 })).toEqual({
      text: 'Vol · wachtlijst 2',
      tone: 'full',
    });
    expect(spotsBadge({ status: 'full', open_spots: 0, waitlist_count: 0 }).text).toBe('Vol · wachtlijst leeg');
  });

  it('shows forming and closed groups', () => {
    expect(spotsBadge({ status: 'forming', open_spots: 0, waitlist_count: 0 }).text).toBe('In oprichting');
    expect(spotsBadge({ status: 'forming', open_spots: 4, waitlist_count: 0 }).text).toBe('In oprichting · 4 plekken vrij');
    expect(spotsBadge({ status: 'closed', open_spots: 0, waitlist_count: 0 })).toEqual({ text: 'Gesloten', tone: 'closed' });
  });
});

describe('schedule and place', () => {
  it('joins weekday and daypart the Dutch way', () => {
    expect(formatWhen('tuesday', 'evening')).toBe('Dinsdagavond');
    expect(formatWhen('saturday', 'morning')).toBe('Zaterdagochtend');
    expect(formatWhen('monday', null)).toBe('Maandag');
    expect(formatWhen(null, 'afternoon')).toBe('Middag');
    expect(formatWhen(null, null)).toBe('Dag in overleg');
  });

  it('writes session lengths in hours', () => {
    expect(formatDuration(120)).toBe('2 uur');
    expect(formatDuration(90)).toBe('1,5 uur');
    expect(formatDuration(105)).toBe('1 uur en 45 minuten');
    expect(formatDuration(45)).toBe('45 minuten');
  });

  it('shows place and province, or Online', () => {
    expect(formatWhere({ mode: 'in_person', place: 'Amersfoort', province: 'utrecht' })).toBe('Amersfoort, Utrecht');
    expect(formatWhere({ mode: 'in_person', place: 'Utrecht', province: 'utrecht' })).toBe('Utrecht');
    expect(formatWhere({ mode: 'hybrid', place: 'Zwolle', province: 'overijssel' })).toBe('Zwolle, Overijssel (hybride)');
    expect(formatWhere({ mode: 'online', place: null, province: null })).toBe('Online');
  });

  it('names the audience, with jeugdzorgwerkers', () => {
    expect(formatAudience([])).toBe('Iedereen is welkom');
    expect(formatAudience(['vrijgevestigd', 'jeugdzorgwerker'])).toBe('Vrijgevestigd en Jeugdzorgwerkers');
  });
});
