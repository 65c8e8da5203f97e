/**
 * A value isolated inside right-to-left text (a phone number, a name with parentheses) keeps its
 * own order also when a line break falls inside it: each line is ordered on its own (UAX #9), so
 * the isolate is closed at the end of one line and opened again on the next.
 */
import { describe, expect, it } from 'vitest';
import { fillOrBlank } from '../../../electron/services/documents/clientDocumentParts';
import { DOCUMENT_TEXT_CATALOGUE } from '../../../electron/services/documents/texts';
import { fontsOfWeight } from '../../../electron/services/pdf/fonts';
import { breakLines, visualRuns } from '../../../electron/services/pdf/textLayout';

const DPO = 'Frau Aylin Kaya, Datenschutzbeauftragte des Kreises, Tel. 02581 53-1234 (Zimmer 1.05)';

describe('line breaks inside an isolated value', () => {
  it('print the rest of a phone number and a room in their own order on the next line', () => {
    const text = fillOrBlank(DOCUMENT_TEXT_CATALOGUE.ar.texts.consent.dpoText, { dataProtectionOfficer: DPO }, true);
    const style = { size: 11, dir: 'rtl' as const };
    const lines = breakLines(text, 300, style);
    expect(lines.length).toBeGreaterThan(1);
    const runs = lines.map((line) => visualRuns(line, fontsOfWeight('regular'), 'rtl').runs.map((r) => r.text));
    // Without carrying the isolate: ['.(', 'Zimmer 1.05', ') ', '53-1234', ' ', '02581'].
    expect(runs.at(-1)).toEqual(['.', '02581 53-1234 (Zimmer 1.05)']);
    // Every line closes what it opens, so no isolate leaks into the next paragraph.
    for (const line of lines) expect((line.match(/[\u2066-\u2068]/g) ?? []).length).toBe((line.match(/\u2069/g) ?? []).length);
  });
});
