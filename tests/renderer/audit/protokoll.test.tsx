import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditList } from '../../../electron/contract/areas/audit';
import { ok, renderApp, unlockedStatus, type FakeKim } from '../fakeKim';

const intact: AuditList = {
  entries: [
    { id: 3, at: '2026-12-02T09:15:00.000Z', actor: 'Aylin Demir', action: 'case.closed', entity: 'case', entityId: 'c1' },
    { id: 2, at: '2026-12-01T09:00:00.000Z', actor: 'Aylin Demir', action: 'case.updated', entity: 'case', entityId: 'c1' },
  ],
  total: 2,
  chain: { state: 'ok', entries: 3, finding: null, head: { entryId: 3, hash: 'ab'.repeat(32) } },
};

function openProtokoll(list: AuditList, configure: (kim: FakeKim) => void = () => undefined) {
  const app = renderApp({
    configure: (kim) => {
      kim['store.status'].mockResolvedValue(ok(unlockedStatus));
      kim['store.health'].mockResolvedValue(ok({ integrity: 'ok', rekeyRecommended: false }));
      kim['audit.list'].mockResolvedValue(ok(list));
      configure(kim);
    },
  });
  return app;
}

describe('Protokoll', () => {
  it('opens with Alt+6, shows the chain state and the entries, filters by record and day from the keyboard, and saves the PDF', async () => {
    const { kim, user } = openProtokoll(intact, (k) =>
      k['audit.pdf'].mockResolvedValue(ok({ fileName: 'Protokoll_2026-12-03.pdf', pdf: new Uint8Array([37, 80, 68, 70]) })),
    );
    await screen.findByText('Angemeldet: Aylin Demir');
    await user.keyboard('{Alt>}6{/Alt}');
    expect(screen.getByRole('heading', { level: 1, name: 'Protokoll' })).toBeTruthy();
    await screen.findByText(/Prüfung der Protokollkette: in Ordnung \(3 Einträge/);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getAllByText('Fall c1')).toHaveLength(2);
    // Actions in German, the code in small print for IT.
    expect(within(table).getByText('Fall abgeschlossen')).toBeTruthy();
    expect(within(table).getByText('case.updated').tagName).toBe('SMALL');

    await user.click(screen.getByLabelText('Datensatz-Kennung'));
    await user.keyboard('c1');
    await user.type(screen.getByLabelText('Von (Tag)'), '01.12.2026');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['audit.list']).toHaveBeenLastCalledWith({ from: '2026-12-01', entityId: 'c1' }));

    // Record kind and action are chosen by their German names; the filter sends the codes.
    await user.selectOptions(screen.getByLabelText('Datensatzart'), 'Fall');
    await user.selectOptions(screen.getByLabelText('Aktion'), 'Fall geändert');
    await user.click(screen.getByRole('button', { name: 'Anzeigen' }));
    await waitFor(() => expect(kim['audit.list']).toHaveBeenLastCalledWith({ from: '2026-12-01', entity: 'case', entityId: 'c1', action: 'case.updated' }));
    await user.selectOptions(screen.getByLabelText('Datensatzart'), 'alle Datensatzarten');
    await user.selectOptions(screen.getByLabelText('Aktion'), 'alle Aktionen');

    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:protokoll';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    screen.getByRole('button', { name: 'Als PDF speichern' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['audit.pdf']).toHaveBeenCalledWith({ from: '2026-12-01', entityId: 'c1' }));
    await waitFor(() => expect(created).toHaveLength(1));
  });

  it('shows a changed log as an alert naming the first broken entry', async () => {
    const finding = 'Eintrag Nr. 2 vom 01.12.2026, 10:00 Uhr wurde verändert oder an eine andere Stelle verschoben (oder ein Eintrag direkt davor entfernt).';
    const { user } = openProtokoll({ ...intact, chain: { state: 'broken', entries: 1, finding, head: null } });
    await screen.findByText('Angemeldet: Aylin Demir');
    await user.keyboard('{Alt>}6{/Alt}');
    const alert = await screen.findByText(/Das Protokoll wurde außerhalb der App verändert/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain(finding);
  });
});
