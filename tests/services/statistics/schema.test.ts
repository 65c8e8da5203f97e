/** The published JSON Schema is generated from the zod schema; the committed file must be what `npm run schema` writes. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATISTICS_SCHEMA_FILE, STATISTICS_SCHEMA_ID, statisticsJsonSchemaText } from '../../../electron/contract/schemas/statisticsJsonSchema';

const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../../electron/contract/schemas', STATISTICS_SCHEMA_FILE);

describe('the JSON Schema of the statistics document', () => {
  it('is committed exactly as generated (run `npm run schema` after changing statisticsDocument.ts)', () => {
    expect(fs.readFileSync(SCHEMA_PATH, 'utf8')).toBe(statisticsJsonSchemaText());
  });

  it('is a draft 2020-12 schema with id, title and description, and closed objects', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(STATISTICS_SCHEMA_ID);
    expect(schema.title).toMatch(/Statistik/);
    expect(schema.description).toMatch(/keine Namen/);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'unit', 'period', 'threshold', 'tables']));
  });
});
