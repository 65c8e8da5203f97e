/** `npm run schema`: writes the statistics document's JSON Schema into electron/contract/schemas (kept out of the contract, which must not touch Node). */
import fs from 'node:fs';
import path from 'node:path';
import { STATISTICS_SCHEMA_FILE, statisticsJsonSchemaText } from '../electron/contract/schemas/statisticsJsonSchema';

const file = path.join(import.meta.dirname, '../electron/contract/schemas', STATISTICS_SCHEMA_FILE);
fs.writeFileSync(file, statisticsJsonSchemaText());
process.stdout.write(`Geschrieben: ${path.relative(process.cwd(), file)}\n`);
