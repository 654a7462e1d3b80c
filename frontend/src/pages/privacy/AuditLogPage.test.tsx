import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderWithProviders } from '../../test/renderWithProviders';
import { auditKindLabels, privacyNl } from '../../i18n/nl';
import { adminMember, loggedInAs, path } from '../notifications/testFixtures';
import { AuditLogPage } from './AuditLogPage';
import type { AuditLogEntry } from './privacyApi';

configure({ asyncUtilTimeout: 5000 });

const t = privacyNl.audit;

function entry(id: number, overrides: Partial<AuditLogEntry> = {}): AuditLogEntry {
  return {
    id: `00000000-0000-0000-0000-${String(id).padStart(12, '0')}`,
    kind: 'case_read',
    at: '2026-11-25T10:00:00Z',
    actor_id: '00000000-0000-0000-0000-0000000000c1',
    actor_name: 'Carla Coördinator',
    group_id: '00000000-0000-0000-0000-0000000000g1',
    group_name: 'Intervisiegroep Amersfoort',
    target_id: '00000000-0000-0000-0000-0000000000ca',
    ...overrides,
  };
}

function render(all: AuditLogEntry[]) {
  const queries: URLSearchParams[] = [];
  const utils = renderWithProviders(<AuditLogPage />, {
    path: '/beheer/auditlog',
    routes: [
      loggedInAs(adminMember),
      (request) => {
        if (path(request) !== '/api/v1/admin/audit-log') return undefined;
        const params = new URL(request.url).searchParams;
        queries.push(params);
        const kind = params.get('kind');
        const items = kind ? all.filter((e) => e.kind === kind) : all;
        const offset = Number(params.get('offset') ?? 0);
        const limit = Number(params.get('limit') ?? 25);
        return jsonResponse(200, { items: items.slice(offset, offset + limit), total: items.length, limit, offset });
      },
    ],
  });
  return { ...utils, queries };
}

describe('AuditLogPage', () => {
  it('lists who did what and when, without content', async () => {
    render([
      entry(1),
      entry(2, { kind: 'data_export', actor_name: 'Verwijderd lid', group_id: null, group_name: null }),
    ]);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText(auditKindLabels.case_read)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Carla Coördinator')).toBeInTheDocument();
    expect(within(rows[2]!).getByText(auditKindLabels.data_export)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Verwijderd lid')).toBeInTheDocument();
  });

  it('filters by kind and dates, and refuses a backwards range', async () => {
    const user = userEvent.setup();
    const { queries } = render([entry(1), entry(2, { kind: 'account_deleted' })]);
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText(new RegExp(t.kind)), 'account_deleted');
    await user.type(screen.getByLabelText(new RegExp(t.since)), '2026-11-01');
    await user.type(screen.getByLabelText(new RegExp(t.until)), '2026-11-30');
    await user.click(screen.getByRole('button', { name: t.apply }));

    await waitFor(() => expect(queries.at(-1)?.get('kind')).toBe('account_deleted'));
    expect(queries.at(-1)?.get('since')).toBe('2026-11-01');
    expect(queries.at(-1)?.get('until')).toBe('2026-11-30');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));

    await user.clear(screen.getByLabelText(new RegExp(t.until)));
    await user.type(screen.getByLabelText(new RegExp(t.until)), '2026-10-01');
    const before = queries.length;
    await user.click(screen.getByRole('button', { name: t.apply }));
    expect(await screen.findAllByText(t.badRange)).not.toHaveLength(0);
    expect(queries.length).toBe(before);
  });

  it('pages through long logs', async () => {
    const user = userEvent.setup();
    const { queries } = render(Array.from({ length: 30 }, (_, i) => entry(i + 1)));
    await screen.findByRole('table');
    expect(screen.getByText(/1–25 van 30/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Volgende/ }));
    await waitFor(() => expect(queries.at(-1)?.get('offset')).toBe('25'));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(6));
  });

  it('says so when nothing matches', async () => {
    render([]);
    expect(await screen.findByText(t.empty)).toBeInTheDocument();
  });
});
