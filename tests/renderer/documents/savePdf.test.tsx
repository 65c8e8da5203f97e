/**
 * "Verlauf als PDF speichern" in the case view, "Als PDF speichern" on Heute and under the
 * Sprechstunde summary: each asks the main process for its paper (documents.*) with the right
 * input, hands the file to the shell's save dialog, says what was saved, and says in German what
 * went wrong without saving anything. Keyboard only.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SessionSummary } from '../../../electron/contract/areas/consultation';
import { consultation } from '../../../renderer/i18n/consultation';
import { CASE_ID, openAt } from '../cases/caseFixtures';
import { emptySummary, renderConsultation, session } from '../consultation/consultationFixtures';
import { fail, ok, renderApp, unlockedStatus } from '../fakeKim';
import { emptyToday } from '../today/todayFixtures';

const PDF = new Uint8Array([37, 80, 68, 70]);

function captureDownloads() {
  const saved: { name: string; type: string }[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push({ name: '', type: blob.type });
    return 'blob:paper';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const last = saved[saved.length - 1];
    if (last) last.name = this.download;
  });
  return saved;
}

describe('papers of daily work as PDF', () => {
  it('saves the case file from the case overview', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) => {
      k['documents.caseFile'].mockResolvedValue(ok({ fileName: 'Verlauf_2026-0007_2026-11-20.pdf', bytes: PDF }));
    });
    const button = await screen.findByRole('button', { name: 'Verlauf als PDF speichern' });
    const saved = captureDownloads();
    button.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['documents.caseFile']).toHaveBeenCalledWith({ caseId: CASE_ID }));
    await screen.findByText(/Das PDF ist erstellt: Verlauf_2026-0007_2026-11-20\.pdf/);
    expect(saved).toEqual([{ name: 'Verlauf_2026-0007_2026-11-20.pdf', type: 'application/pdf' }]);
  });

  it('says what went wrong and saves nothing', async () => {
    const { kim, user } = await openAt({ page: 'cases', view: 'case', caseId: CASE_ID, section: 'overview' }, (k) => {
      k['documents.caseFile'].mockResolvedValue(fail('CASE_NOT_FOUND'));
    });
    const button = await screen.findByRole('button', { name: 'Verlauf als PDF speichern' });
    const saved = captureDownloads();
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('Diesen Fall gibt es nicht (mehr).');
    expect(kim['documents.caseFile']).toHaveBeenCalledTimes(1);
    expect(saved).toEqual([]);
  });

  it('saves the Heute list of the day the screen shows', async () => {
    const { kim, user } = renderApp({
      configure: (k) => {
        k['store.status'].mockResolvedValue(ok(unlockedStatus));
        k['demo.status'].mockResolvedValue(ok({ isDemo: false, cases: 12 }));
        k['today.items'].mockResolvedValue(ok(emptyToday));
        k['documents.today'].mockResolvedValue(ok({ fileName: 'Heute_2026-11-21.pdf', bytes: PDF }));
      },
    });
    const button = await screen.findByRole('button', { name: 'Als PDF speichern' });
    const saved = captureDownloads();
    button.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(kim['documents.today']).toHaveBeenCalledWith({ date: emptyToday.date }));
    await screen.findByText(/Das PDF ist erstellt: Heute_2026-11-21\.pdf/);
    expect(saved).toEqual([{ name: 'Heute_2026-11-21.pdf', type: 'application/pdf' }]);
  });

  it('saves the summary of the consultation hour just ended', async () => {
    const ended: SessionSummary = emptySummary({ session: { ...session, endedAt: '2026-11-21T11:30:00' } });
    const { kim, user } = renderConsultation({
      configure: (k) => {
        k['sessions.end'].mockResolvedValue(ok(ended));
        k['documents.consultationSummary'].mockResolvedValue(ok({ fileName: 'Sprechstunde_2026-11-21_0905.pdf', bytes: PDF }));
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Sprechstunde beenden' }));
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { level: 1, name: consultation.summary.title });
    const saved = captureDownloads();
    screen.getByRole('button', { name: 'Als PDF speichern' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(kim['documents.consultationSummary']).toHaveBeenCalledWith({ sessionId: session.id }));
    await screen.findByText(/Das PDF ist erstellt: Sprechstunde_2026-11-21_0905\.pdf/);
    expect(saved).toEqual([{ name: 'Sprechstunde_2026-11-21_0905.pdf', type: 'application/pdf' }]);
  });
});
