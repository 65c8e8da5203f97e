/**
 * The Auskunft (Art. 15 DSGVO) prints names in any script exactly, and a character no font has
 * as "?" with the note on the first page (a person's right to the information must not fail on
 * an emoji; the JSON file holds it exactly).
 */
import { describe, expect, it } from 'vitest';
import { createdStore } from '../../fixtures/tempStore';
import { expectArchivable, normalise, readText } from './readBack';

describe('the Auskunft as PDF', () => {
  it('prints every spelling of the name in its script and marks what it cannot print', async () => {
    const s = await createdStore({ now: () => new Date('2026-11-23T10:00:00') });
    const person = s.persons.create({
      names: [
        { familyName: 'حداد', givenNames: 'أمينة' },
        { familyName: 'Haddad', givenNames: 'Amina' },
        { familyName: 'ბერიძე', givenNames: 'ნინო 😀' },
      ],
    });
    s.intakes.record({ personId: person.id, date: '2026-11-23', accessRoute: 'sprechstunde', targetGroupIds: [], decision: 'kurzberatung' });
    const pdf = (await s.information.pdf({ personId: person.id })).bytes;
    expectArchivable(pdf, expect);
    const { text } = await readText(pdf);
    expect(text).toContain(normalise('حداد، أمينة'));
    expect(text).toContain('Haddad, Amina');
    expect(text).toContain('ბერიძე, ნინო ?');
    expect(text).toContain('Einige Zeichen (zum Beispiel Emoji) kann dieses PDF nicht darstellen');
  });
});
