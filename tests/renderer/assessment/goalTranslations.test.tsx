/**
 * Translations of goals and steps for the person (printed on the Zielvereinbarung below the
 * German), and the language the Zielvereinbarung prints in: typed, kept in drafts, sent, cleared,
 * shown in their own direction; the language preset from the person's languages and changeable.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalsSection } from '../../../renderer/features/goals/GoalsSection';
import { ok, type FakeKim } from '../fakeKim';
import { agreement, CASE_ID, documentLanguages, goal, partners, renderSection, violations } from './fixtures';

vi.mock('../../../renderer/App', () => ({ App: () => null }));

const translated = goal({
  titleTranslation: 'أن أجد شقة خاصة بي',
  steps: [{ ...goal().steps[0]!, descriptionTranslation: 'تقديم طلب شهادة السكن' }],
});

function renderGoals(props: Record<string, unknown> = {}, configure: (kim: FakeKim) => void = () => {}) {
  return renderSection(
    GoalsSection as Parameters<typeof renderSection>[0],
    (kim) => {
      kim['goal.list'].mockResolvedValue(ok([translated]));
      kim['partners.list'].mockResolvedValue(ok(partners));
      kim['documentTexts.languages'].mockResolvedValue(ok(documentLanguages));
      kim['agreement.list'].mockResolvedValue(
        ok([agreement({ id: 'ag-2', version: 2, date: '2026-04-01' }), agreement({ signedAt: '2026-03-06', superseded: true })]),
      );
      configure(kim);
    },
    props,
  );
}

const goalCard = (title: string) => screen.findByRole('article', { name: title });

function captureDownloads(): string[] {
  const saved: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:kim/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return saved;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('translations of goals and steps', () => {
  it('shows the translations below the German text, each in its own direction', async () => {
    renderGoals();
    const card = await goalCard('Eigene Wohnung finden');
    const title = within(card).getByText('أن أجد شقة خاصة بي');
    expect(title.getAttribute('dir')).toBe('auto');
    expect(title.parentElement?.textContent).toBe('Übersetzung: أن أجد شقة خاصة بي');
    const step = within(card).getAllByRole('listitem')[0]!;
    expect(within(step).getByText('تقديم طلب شهادة السكن').getAttribute('dir')).toBe('auto');
    // The German comes first.
    expect(step.textContent?.indexOf('Wohnberechtigungsschein beantragen')).toBeLessThan(step.textContent?.indexOf('تقديم طلب شهادة السكن') ?? -1);
  });

  it('sends a new goal with its translation, trimmed', async () => {
    const { kim, user } = renderGoals();
    kim['goal.create'].mockResolvedValue(ok(goal({ id: 'g-3', title: 'Deutschkurs B1', steps: [] })));
    await goalCard('Eigene Wohnung finden');
    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    await user.selectOptions(screen.getByLabelText('Lebensbereich'), 'Sprache');
    await user.type(screen.getByLabelText('Ziel'), 'Deutschkurs B1');
    const field = screen.getByLabelText<HTMLInputElement>('Übersetzung (für die Person)');
    expect(field.getAttribute('dir')).toBe('auto');
    expect(field.maxLength).toBe(300);
    await user.type(field, '  Курс німецької B1  ');
    await user.click(screen.getByRole('button', { name: 'Ziel speichern' }));
    expect(kim['goal.create']).toHaveBeenCalledWith({
      caseId: CASE_ID,
      lifeAreaId: 'la-sprache',
      title: 'Deutschkurs B1',
      titleTranslation: 'Курс німецької B1',
    });
  });

  it('keeps the translation of a new goal in its draft', async () => {
    const { kim, user } = renderGoals();
    await goalCard('Eigene Wohnung finden');
    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    await user.type(screen.getByLabelText('Übersetzung (für die Person)'), 'Kendi evimi bulmak');
    await waitFor(() => expect(kim['drafts.save']).toHaveBeenCalled(), { timeout: 3000 });
    const saved = kim['drafts.save'].mock.calls.at(-1)![0] as { key: string; fields: string };
    expect(saved.key).toBe(`goal:new:${CASE_ID}`);
    expect(JSON.parse(saved.fields)).toMatchObject({ titleTranslation: 'Kendi evimi bulmak' });
  });

  it('changes and clears the translation of a goal', async () => {
    const { kim, user, onChanged } = renderGoals();
    kim['goal.update'].mockResolvedValueOnce(ok(goal({ titleTranslation: 'أجد شقة' }))).mockResolvedValueOnce(ok(goal()));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: 'Übersetzung ändern: Eigene Wohnung finden' }));
    const field = within(card).getByLabelText<HTMLInputElement>('Übersetzung (für die Person)');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('أن أجد شقة خاصة بي');
    await user.clear(field);
    await user.type(field, 'أجد شقة{Enter}');
    expect(kim['goal.update']).toHaveBeenCalledWith({ goalId: 'g-1', titleTranslation: 'أجد شقة' });
    expect(await within(card).findByText('Die Übersetzung ist gespeichert.')).toBeTruthy();
    expect(within(card).getByText('أجد شقة')).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);

    await user.click(within(card).getByRole('button', { name: 'Übersetzung ändern: Eigene Wohnung finden' }));
    await user.clear(within(card).getByLabelText('Übersetzung (für die Person)'));
    await user.click(within(card).getByRole('button', { name: 'Übersetzung speichern' }));
    expect(kim['goal.update']).toHaveBeenLastCalledWith({ goalId: 'g-1', titleTranslation: null });
    // Without a translation the button offers to add one.
    expect(await within(card).findByRole('button', { name: 'Übersetzung hinzufügen: Eigene Wohnung finden' })).toBeTruthy();
  });

  it('edits a step with its translation; an emptied translation is sent as null', async () => {
    const { kim, user } = renderGoals();
    kim['goal.updateStep'].mockResolvedValue(ok(goal()));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: 'Ändern: Wohnberechtigungsschein beantragen' }));
    const form = within(card).getByRole('group', { name: 'Schritt ändern: Wohnberechtigungsschein beantragen' });
    const field = within(form).getByLabelText<HTMLInputElement>('Übersetzung (für die Person)');
    expect(field.value).toBe('تقديم طلب شهادة السكن');
    await user.clear(field);
    await user.click(within(card).getByRole('button', { name: 'Schritt speichern' }));
    expect(kim['goal.updateStep']).toHaveBeenCalledWith({
      stepId: 's-1',
      description: 'Wohnberechtigungsschein beantragen',
      descriptionTranslation: null,
      responsible: 'klient',
      partnerId: null,
      dueDate: '2026-04-30',
    });
  });

  it('adds a step with its translation', async () => {
    const { kim, user } = renderGoals();
    kim['goal.addStep'].mockResolvedValue(ok(translated));
    const card = await goalCard('Eigene Wohnung finden');
    await user.click(within(card).getByRole('button', { name: 'Schritt hinzufügen: Eigene Wohnung finden' }));
    const form = within(card).getByRole('group', { name: 'Neuer Schritt zu „Eigene Wohnung finden“' });
    await user.type(within(form).getByLabelText('Was ist zu tun?'), 'Mietvertrag lesen');
    await user.type(within(form).getByLabelText('Übersetzung (für die Person)'), 'قراءة عقد الإيجار');
    await user.click(within(form).getByLabelText('Case Management'));
    await user.click(within(card).getByRole('button', { name: 'Schritt speichern' }));
    expect(kim['goal.addStep']).toHaveBeenCalledWith({
      goalId: 'g-1',
      description: 'Mietvertrag lesen',
      descriptionTranslation: 'قراءة عقد الإيجار',
      responsible: 'case_management',
      partnerId: null,
      dueDate: null,
    });
    expect(await violations()).toEqual([]);
  });
});

describe('the language the Zielvereinbarung prints in', () => {
  it('is preset to the first of the person languages the catalogue has, says when it is unconfirmed, and is sent with the print', async () => {
    const saved = captureDownloads();
    // Amharic is not in the catalogue; Arabic is.
    const { kim, user } = renderGoals({ personLanguages: ['am', 'ar', 'uk'] });
    kim['agreement.pdf'].mockResolvedValue(ok({ fileName: 'Zielvereinbarung_2026-0001_Fassung-2_zum-Unterschreiben_ar.pdf', bytes: new Uint8Array([37]) }));
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: /^Sprache der Zielvereinbarung/ });
    expect(select.value).toBe('ar');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Deutsch',
      'Deutsch in Leichter Sprache',
      'Arabisch (noch nicht fachlich geprüft)',
      'Ukrainisch',
    ]);
    expect(screen.getByText(/Die Texte auf Arabisch sind noch nicht fachlich geprüft/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' }));
    expect(kim['agreement.pdf']).toHaveBeenCalledWith({ agreementId: 'ag-2', language: 'ar' });
    await waitFor(() => expect(saved).toEqual(['Zielvereinbarung_2026-0001_Fassung-2_zum-Unterschreiben_ar.pdf']));

    await user.selectOptions(select, 'uk');
    expect(screen.queryByText(/noch nicht fachlich geprüft\. Bitte/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Als PDF speichern (Fassung 1)' }));
    expect(kim['agreement.pdf']).toHaveBeenLastCalledWith({ agreementId: 'ag-1', language: 'uk' });
    await user.selectOptions(select, 'de');
    await user.click(screen.getByRole('button', { name: 'Als PDF speichern (Fassung 1)' }));
    expect(kim['agreement.pdf']).toHaveBeenLastCalledWith({ agreementId: 'ag-1', language: 'de' });
    expect(await violations()).toEqual([]);
  });

  it('prints in German in Leichte Sprache when none of the person languages is in the catalogue', async () => {
    captureDownloads();
    const { kim, user } = renderGoals({ personLanguages: ['am', 'ti'] });
    kim['agreement.pdf'].mockResolvedValue(ok({ fileName: 'Zielvereinbarung.pdf', bytes: new Uint8Array([37]) }));
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: /^Sprache der Zielvereinbarung/ });
    expect(select.value).toBe('de-x-leicht');
    await user.click(screen.getByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' }));
    expect(kim['agreement.pdf']).toHaveBeenCalledWith({ agreementId: 'ag-2', language: 'de-x-leicht' });
  });

  it('still prints, in German, when the languages cannot be loaded', async () => {
    captureDownloads();
    const { kim, user } = renderGoals({ personLanguages: ['ar'] }, (k) =>
      k['documentTexts.languages'].mockResolvedValue({ ok: false, error: { code: 'INTERNAL', message: 'Etwas ist schiefgegangen.' } } as never),
    );
    kim['agreement.pdf'].mockResolvedValue(ok({ fileName: 'Zielvereinbarung.pdf', bytes: new Uint8Array([37]) }));
    await user.click(await screen.findByRole('button', { name: 'Zum Unterschreiben drucken (Fassung 2)' }));
    expect(kim['agreement.pdf']).toHaveBeenCalledWith({ agreementId: 'ag-2', language: 'de' });
    expect(screen.queryByRole('combobox', { name: /^Sprache der Zielvereinbarung/ })).toBeNull();
  });
});
