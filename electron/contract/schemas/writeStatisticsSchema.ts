/** `npm run schema`: writes the statistics document's JSON Schema beside this file. */
import fs from 'node:fs';
import path from 'node:path';
import { STATISTICS_SCHEMA_FILE, statisticsJsonSchemaText } from './statisticsJsonSchema';

const file = path.join(import.meta.dirname, STATISTICS_SCHEMA_FILE);
fs.writeFileSync(file, statisticsJsonSchemaText());
process.stdout.write(`Geschrieben: ${path.relative(process.cwd(), file)}\n`);
