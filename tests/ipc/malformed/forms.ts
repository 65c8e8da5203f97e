import type { formMethods } from '../../../electron/contract/areas/forms';

/** Malformed inputs of the drafts and versions methods: every method must be listed (the contract test checks). */
export const formsMalformed: Record<keyof typeof formMethods, unknown[]> = {
  'drafts.save': [
    {},
    { key: 'contact:new:c1', route: '{}' },
    { key: 'Contact:new', route: '{}', fields: '{}' },
    { key: 'contact:new:c1; DROP TABLE drafts', route: '{}', fields: '{}' },
    { key: 'contact:new:c1', route: 'not json', fields: '{}' },
    { key: 'contact:new:c1', route: '{}', fields: '[1,2]' },
    { key: 'contact:new:c1', route: '{}', fields: 'null' },
    { key: 'contact:new:c1', route: '{}', fields: `{"note":"${'x'.repeat(200_001)}"}` },
    { key: 'contact:new:c1', route: '{}', fields: { note: 'a' } },
    { key: 'contact:new:c1', route: '{}', fields: '{}', caseId: '' },
    { key: 'contact:new:c1', route: '{}', fields: '{}', extra: 1 },
  ],
  'drafts.load': [{}, { key: '' }, { key: 'x'.repeat(201) }, { key: 'contact', extra: 1 }],
  'drafts.discard': [{}, { key: ':' }, { key: 42 }],
  'drafts.resume': [{ key: 'contact' }, null],
  'versions.list': [
    {},
    { kind: 'contact' },
    { kind: 'password', recordId: 'r1' },
    { kind: 'contact', recordId: '' },
    { kind: 'contact', recordId: 'r1', x: 1 },
  ],
};
