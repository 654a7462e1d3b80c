import { describe, expect, it } from 'vitest';
import { formatTime } from './amsterdamTime';
import { previewSeries, type SeriesInput } from './seriesPreview';

const base: SeriesInput = {
  firstDate: '2026-09-01',
  startTime: '19:30',
  endTime: '21:30',
  intervalWeeks: '8',
  end: 'count',
  count: '6',
  until: '',
};

describe('previewSeries', () => {
  it('lists every eighth week, six times', () => {
    const preview = previewSeries(base);
    expect(preview.problem).toBeNull();
    expect(preview.items.map((item) => item.date)).toEqual([
      '2026-09-01',
      '2026-10-27',
      '2026-12-22',
      '2027-02-16',
      '2027-04-13',
      '2027-06-08',
    ]);
  });

  it('keeps the Dutch wall-clock time across summer and winter time', () => {
    const preview = previewSeries(base);
    expect(preview.items.map((item) => formatTime(item.startsAt as Date))).toEqual(Array(6).fill('19:30'));
    // September is summer time (UTC+2), 27 October is winter time (UTC+1).
    expect(preview.items[0]?.startsAt?.toISOString()).toBe('2026-09-01T17:30:00.000Z');
    expect(preview.items[1]?.startsAt?.toISOString()).toBe('2026-10-27T18:30:00.000Z');
  });

  it('runs up to and including the last date', () => {
    const preview = previewSeries({ ...base, end: 'until', until: '2026-12-22', count: '' });
    expect(preview.items.map((item) => item.date)).toEqual(['2026-09-01', '2026-10-27', '2026-12-22']);
    expect(previewSeries({ ...base, end: 'until', until: '2026-12-21' }).items).toHaveLength(2);
  });

  it('reports a last date before the first', () => {
    expect(previewSeries({ ...base, end: 'until', until: '2026-08-01' }).problem).toBe('untilBeforeFirst');
  });

  it('reports more than the API allows, showing the first 52', () => {
    const preview = previewSeries({ ...base, intervalWeeks: '1', count: '60' });
    expect(preview.problem).toBe('tooMany');
    expect(preview.length).toBe(60);
    expect(preview.items).toHaveLength(52);
  });

  it('marks a date where the start time is skipped by the clock', () => {
    const preview = previewSeries({ ...base, firstDate: '2026-03-22', startTime: '02:15', endTime: '04:00', intervalWeeks: '1', count: '2' });
    expect(preview.problem).toBe('nonexistent');
    expect(preview.items[0]?.nonexistent).toBe(false);
    expect(preview.items[1]).toMatchObject({ date: '2026-03-29', nonexistent: true, startsAt: null });
  });

  it('reports an end before the start, and waits for incomplete input', () => {
    expect(previewSeries({ ...base, endTime: '19:00' }).problem).toBe('endBeforeStart');
    expect(previewSeries({ ...base, firstDate: '' })).toMatchObject({ items: [], problem: 'incomplete' });
    expect(previewSeries({ ...base, count: '0' }).problem).toBe('incomplete');
    expect(previewSeries({ ...base, intervalWeeks: '27' }).problem).toBe('incomplete');
  });
});
