import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LikelyDuplicate } from '../../../electron/contract/areas/consultation';
import { RESTRICTED_DUPLICATE_NAME, RESTRICTED_DUPLICATE_REASON } from '../../../electron/services/matching/duplicates';
import { DuplicateWarning } from '../../../renderer/ui/DuplicateWarning';

const omar: LikelyDuplicate = {
  personId: 'p-omar',
  displayName: 'Haddad, Omar',
  birthDate: '1990-03-14',
  openCaseId: 'c-1',
  openCaseNumber: '2026-0003',
  likelihood: 'hoch',
  reasons: ['Gleicher Name: Haddad, Omar', 'Gleiches Geburtsdatum: 14.03.1990'],
  restricted: false,
};
const masked: LikelyDuplicate = {
  personId: 'p-masked',
  displayName: RESTRICTED_DUPLICATE_NAME,
  birthDate: null,
  openCaseId: null,
  openCaseNumber: null,
  likelihood: 'mittel',
  reasons: [RESTRICTED_DUPLICATE_REASON],
  restricted: true,
};

describe('DuplicateWarning', () => {
  it('offers to take a likely duplicate, but not the masked record of a restricted person', async () => {
    const onTake = vi.fn();
    render(<DuplicateWarning duplicates={[omar, masked]} onTake={onTake} />);
    const warning = screen.getByRole('region', { name: 'Diese Person gibt es vielleicht schon' });
    const [first, second] = within(warning)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('duplicate-item'));
    expect(first?.textContent).toContain('geb. 14.03.1990 · Fall 2026-0003 · sehr wahrscheinlich dieselbe Person');
    expect(within(first!).getByRole('button', { name: 'Diese Person nehmen: Haddad, Omar' })).toBeTruthy();
    // The restricted record: its existence and why nothing is shown, no button, no "kein offener Fall".
    expect(second?.textContent).toContain(RESTRICTED_DUPLICATE_NAME);
    expect(second?.textContent).not.toContain('kein offener Fall');
    expect(within(second!).queryByRole('button')).toBeNull();
    expect(within(warning).getAllByRole('button')).toHaveLength(1);
    await userEvent.setup().click(within(first!).getByRole('button'));
    expect(onTake).toHaveBeenCalledWith({ personId: 'p-omar', displayName: 'Haddad, Omar', caseId: 'c-1', caseNumber: '2026-0003' });
  });
});
