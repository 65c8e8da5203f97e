/**
 * Reads chosen JSON files' texts for the main process to check (statistics exports, key files,
 * rosters): at most `max` files, each at most `maxChars` characters. Nothing is parsed here; a
 * file that cannot be read, or is too large, becomes a German problem naming it.
 */
import { fileTexts as t } from '../i18n/files';

export interface ChosenFile {
  name: string;
  text: string;
}

export async function readTextFiles(chosen: readonly File[], max: number, maxChars: number): Promise<{ files: ChosenFile[]; problems: string[] }> {
  const problems = chosen.length > max ? [t.tooMany(max)] : [];
  const outcomes = await Promise.all(
    chosen.slice(0, max).map(async (file): Promise<ChosenFile | string> => {
      // A UTF-8 character takes up to 4 bytes: a larger file cannot be within the limit.
      if (file.size > maxChars * 4) return t.tooLarge(file.name);
      try {
        const text = await file.text();
        if (text.trim() === '') return t.empty(file.name);
        return text.length > maxChars ? t.tooLarge(file.name) : { name: file.name, text };
      } catch {
        return t.unreadable(file.name);
      }
    }),
  );
  return {
    files: outcomes.filter((o): o is ChosenFile => typeof o !== 'string'),
    problems: [...problems, ...outcomes.filter((o): o is string => typeof o === 'string')],
  };
}
