/**
 * A correction keeps what was there before: the person's data, corrected twice, gives two
 * earlier versions (who, when, what), the audit log records each change, a save that changes
 * nothing keeps nothing, and the household's other members are not part of the person's version.
 */
import { describe, expect, it } from 'vitest';
import { caseStore } from '../cases/helpers';

describe('earlier versions of a corrected record', () => {
  it('keeps the person’s data as it was before each correction, numbered, with who and when', async () => {
    const s = await caseStore('2026-11-20T09:00:00');
    const person = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Omar' }], phone: '0171 111', municipality: 'Ahlen' });
    const partner = s.person({ names: [{ familyName: 'Haddad', givenNames: 'Leyla' }] });
    s.households.link({ personId: person.id, withPersonId: partner.id, role: 'partner' });
    const mark = s.auditMark();

    s.setNow('2026-11-21T10:00:00');
    s.persons.update({ personId: person.id, phone: '0171 222' });
    s.setNow('2026-11-22T11:00:00');
    s.persons.update({ personId: person.id, names: [{ familyName: 'Haddad', givenNames: 'Omar Khalil' }] });
    s.persons.update({ personId: person.id, phone: '0171 222' });

    const versions = s.versions.list({ kind: 'person', recordId: person.id });
    expect(versions.map((v) => [v.version, v.changedAt, v.changedBy])).toEqual([
      [1, new Date('2026-11-21T10:00:00').toISOString(), 'Test Beraterin'],
      [2, new Date('2026-11-22T11:00:00').toISOString(), 'Test Beraterin'],
    ]);
    expect(versions[0]?.before).toMatchObject({ phone: '0171 111', municipality: 'Ahlen' });
    expect(versions[1]?.before).toMatchObject({ phone: '0171 222', names: [expect.objectContaining({ givenNames: 'Omar' })] });
    expect(JSON.stringify(versions)).not.toContain('Leyla');
    expect(s.auditSince(mark).filter((a) => a.action === 'person.updated')).toHaveLength(3);
  });
});
