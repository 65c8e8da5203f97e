/** Reading a document model in tests: its bilingual texts and its data values, in order. */
import type { Bilingual, Block, DocumentModel } from '../../../electron/services/documents/model';

/** Every bilingual text of a model, in order (title first). */
export function bilinguals(model: DocumentModel): Bilingual[] {
  const out: Bilingual[] = [model.title];
  for (const b of model.blocks as Block[]) {
    if (b.kind === 'heading' || b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'list') out.push(...b.items);
    else if (b.kind === 'fields') out.push(...b.rows.map((r) => r.label));
    else if (b.kind === 'table') out.push(...b.columns);
    else out.push(...b.lines.map((l) => l.label));
  }
  return out;
}

/** The data of a model: field values and the names printed under signature lines. */
export const values = (model: DocumentModel): string[] =>
  model.blocks.flatMap((b) =>
    b.kind === 'fields' ? b.rows.map((r) => r.value) : b.kind === 'signatures' ? b.lines.flatMap((l) => (l.name ? [l.name] : [])) : [],
  );
