/**
 * What the carried rows point to on the receiving device: configuration made there under other
 * ids is found by its name; configuration it lacks is named and the import refused; and every
 * foreign key of a carried table points to something the package carries, a household, or
 * configuration (a new table with another kind of link fails here, before a package breaks).
 */
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../electron/contract/errors';
import { CARRIED_TABLES } from '../../../electron/services/handover/payload';
import { CONFIGURATION, copyConfiguration, packagePath, receiver, rows, senderWithCases } from './helpers';

describe('configuration in a handover', { timeout: 30_000 }, () => {
  it('maps partners, locations and target groups by name when the receiver made them under other ids', async () => {
    const sender = await senderWithCases();
    const file = packagePath();
    const { caseIds } = sender.personA;
    const sent = await sender.handover.exportTo({ caseIds, recipient: 'Herr Kollege', file });
    const other = await receiver();
    copyConfiguration(sender.sqlite, other.sqlite, true);

    await other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true });
    const ids = `(SELECT value FROM json_each('${JSON.stringify(caseIds)}'))`;
    const locations = rows<{ location_id: string }>(other.sqlite, `SELECT location_id FROM cases WHERE id IN ${ids} AND location_id IS NOT NULL`);
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.every((l) => l.location_id.startsWith('x-'))).toBe(true);
    const dangling = rows(
      other.sqlite,
      `SELECT r.partner_id FROM referrals r WHERE r.case_id IN ${ids} AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.id = r.partner_id)`,
    );
    expect(dangling).toEqual([]);
    expect(other.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('names the configuration the receiver lacks and refuses the import', async () => {
    const sender = await senderWithCases();
    const file = packagePath();
    const sent = await sender.handover.exportTo({ caseIds: sender.personA.caseIds, recipient: 'Herr Kollege', file });
    const other = await receiver();

    const inspection = await other.handover.inspect({ file, passphrase: sent.passphrase });
    const location = rows<{ name: string }>(
      sender.sqlite,
      `SELECT l.name FROM locations l JOIN cases c ON c.location_id = l.id WHERE c.id = '${sender.personA.caseIds[1]}'`,
    )[0]!.name;
    expect(inspection.missingConfiguration).toContainEqual(expect.stringMatching(new RegExp(`^Ort: ${location}`)));
    await expect(other.handover.importFile({ file, passphrase: sent.passphrase, acceptDuplicates: true })).rejects.toThrow(
      errorMessages.HANDOVER_CONFIGURATION_MISSING,
    );
    expect(rows(other.sqlite, 'SELECT * FROM persons')).toEqual([]);
  });

  it('carries only tables whose links all lead to carried rows, households or configuration', async () => {
    const other = await receiver();
    const allowed = new Set([...CARRIED_TABLES, 'households', ...CONFIGURATION]);
    const links = CARRIED_TABLES.flatMap((table) =>
      rows<{ table: string; from: string }>(other.sqlite, `PRAGMA foreign_key_list("${table}")`).map((k) => `${table}.${k.from} → ${k.table}`),
    );
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link) => !allowed.has(link.split(' → ')[1]!))).toEqual([]);
  });
});
