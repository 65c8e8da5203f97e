/** The release list's "Widerrufen" (a release from professional secrecy ends from a date): reachable and sent from the keyboard alone. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReferralsSection } from '../../../renderer/features/referrals/ReferralsSection';
import { ok } from '../fakeKim';
import { jobcenter, renderSection, validRelease } from '../network/networkFixtures';

describe('revoking a release by keyboard', () => {
  it('focus the row’s button, Enter, type the date, Enter', async () => {
    const { kim, user } = renderSection(ReferralsSection, {
      configure: (k) => k['releases.revoke'].mockResolvedValue(ok({ ...validRelease, revokedAt: '2026-11-15', state: 'widerrufen', stateLabel: 'Widerrufen' })),
    });
    await screen.findByRole('heading', { level: 4, name: jobcenter.organisation });
    const revoke = await screen.findByRole('button', { name: `Widerrufen: Schweigepflichtentbindung für ${jobcenter.organisation}` });
    revoke.focus();
    await user.keyboard('{Enter}');
    const date = screen.getByLabelText<HTMLInputElement>('Widerrufen am');
    date.focus();
    await user.keyboard('{Control>}a{/Control}{Backspace}15.11.2026{Enter}');
    expect(kim['releases.revoke']).toHaveBeenCalledWith({ id: validRelease.id, revokedAt: '2026-11-15' });
    expect(await screen.findByText('Der Widerruf ist gespeichert.')).toBeTruthy();
  });
});
