/** "Auskunft nach Art. 15 DSGVO" on the case overview and the person screen: PDF and JSON from the keyboard, saved through the shell's dialog. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../fakeKim';
import { CASE_ID, openAt, PERSON_ID } from '../cases/caseFixtures';

function captureDownloads() {
  const saved: { name: string; type: string }[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push({ name: '', type: blob.type });
    return 'blob:auskunft';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = saved[saved.length - 1];
    if (last) last.name = this.download;
  });
  return saved;
}

describe('Auskunft nach Art. 15 DSGVO on the case overview', () => {
  it('saves the PDF and the JSON file for the case, reached and used with the keyboard only', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) => {
      k['information.pdf'].mockResolvedValue(ok({ fileName: 'Auskunft_2026-0007_2026-11-20.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }));
      k['information.json'].mockResolvedValue(ok({ fileName: 'Auskunft_2026-0007_2026-11-20.json', bytes: new TextEncoder().encode('{}') }));
    });
    const panel = await screen.findByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' });
    const saved = captureDownloads();
    const pdfButton = within(panel).getByRole('button', { name: 'Auskunft als PDF speichern' });
    // Enter on the PDF button, then Tab to the JSON button and Space: no mouse needed.
    pdfButton.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['information.pdf']).toHaveBeenCalledWith({ caseId: CASE_ID }));
    await within(panel).findByText(/Die Auskunft ist erstellt: Auskunft_2026-0007_2026-11-20\.pdf/);
    await user.tab();
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Auskunft als JSON-Datei speichern' }));
    await user.keyboard(' ');
    await waitFor(() => expect(kim['information.json']).toHaveBeenCalledWith({ caseId: CASE_ID }));
    await within(panel).findByText(/Auskunft_2026-0007_2026-11-20\.json/);
    expect(saved).toEqual([
      { name: 'Auskunft_2026-0007_2026-11-20.pdf', type: 'application/pdf' },
      { name: 'Auskunft_2026-0007_2026-11-20.json', type: 'application/json' },
    ]);
  });

  it('says in German what went wrong and saves nothing', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) => {
      k['information.pdf'].mockResolvedValue(fail('CASE_NOT_FOUND'));
    });
    const panel = await screen.findByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' });
    const saved = captureDownloads();
    await user.click(within(panel).getByRole('button', { name: 'Auskunft als PDF speichern' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('Diesen Fall gibt es nicht (mehr).');
    expect(kim['information.pdf']).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([]);
  });

  it('is offered on the person screen too, by the person (a person may have no case)', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'person', personId: PERSON_ID }, (k) => {
      k['information.json'].mockResolvedValue(ok({ fileName: 'Auskunft_2026-11-20.json', bytes: new TextEncoder().encode('{}') }));
    });
    const panel = await screen.findByRole('region', { name: 'Auskunft nach Art. 15 DSGVO' });
    expect(within(panel).getByRole('heading', { level: 2 })).toBeTruthy();
    const saved = captureDownloads();
    within(panel).getByRole('button', { name: 'Auskunft als JSON-Datei speichern' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['information.json']).toHaveBeenCalledWith({ personId: PERSON_ID }));
    await waitFor(() => expect(saved).toEqual([{ name: 'Auskunft_2026-11-20.json', type: 'application/json' }]));
  });
});
