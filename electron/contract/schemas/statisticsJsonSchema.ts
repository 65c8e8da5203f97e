/**
 * The published JSON Schema of the statistics document, generated from the zod schema (the one
 * definition). `npm run schema` writes it to kim-fallakte-statistik-v2.schema.json beside this
 * file; a test keeps the committed file equal to what this returns.
 */
import { z } from 'zod';
import { statisticsDocument, STATISTICS_FORMAT, STATISTICS_FORMAT_VERSION } from '../statisticsDocument';

export const STATISTICS_SCHEMA_FILE = `${STATISTICS_FORMAT}-v${STATISTICS_FORMAT_VERSION}.schema.json`;
export const STATISTICS_SCHEMA_ID = `urn:kim-fallakte:schema:${STATISTICS_FORMAT}:v${STATISTICS_FORMAT_VERSION}`;

export function statisticsJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(statisticsDocument, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: STATISTICS_SCHEMA_ID,
    title: 'KIM Fallakte – anonymisierte Statistik (Format-Version 1)',
    description:
      'Anonymisierte Statistik einer Stelle des Kommunalen Integrationsmanagements (Baustein 2) für den strategischen Overhead des Kreises: ' +
      'nur Summen, keine Namen, keine Kennungen von Personen oder Fällen, keine Freitexte, keine Daten genauer als der Zeitraum. ' +
      'Zahlen zwischen 1 und k−1 (threshold) werden nie veröffentlicht; unterdrückte Zellen und nicht veröffentlichte Kennzahlen stehen als null. ' +
      'Zusätzlich gilt: Zeilen, Spalten und Gesamtsummen passen zu rows und columns, und die ids der Tabellen sind eindeutig.',
    ...schema,
  };
}

export const statisticsJsonSchemaText = (): string => `${JSON.stringify(statisticsJsonSchema(), null, 2)}\n`;
