import type { SearchSnippetPart } from '../../contract/areas/search';
import { MATCH_END, MATCH_START } from '../../../db/queries/search';

/** Splits a marked snippet from the index into plain and matched parts. */
export function snippetParts(marked: string): SearchSnippetPart[] {
  const parts: SearchSnippetPart[] = [];
  let rest = marked;
  while (rest.length > 0) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(MATCH_END, start);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
