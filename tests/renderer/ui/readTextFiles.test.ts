/** Reading chosen files for the main process: limits of count and size, and a German problem per file. */
import { describe, expect, it } from 'vitest';
import { readTextFiles } from '../../../renderer/ui/readTextFiles';

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('readTextFiles', () => {
  it('reads the texts and names every file it refuses, with the reason', async () => {
    const { files, problems } = await readTextFiles([file('a.json', '{"a":1}'), file('leer.json', '  \n'), file('gross.json', '{"viel":"zu viel"}')], 5, 10);
    expect(files).toEqual([{ name: 'a.json', text: '{"a":1}' }]);
    expect(problems).toEqual(['Die Datei „leer.json“ ist leer.', 'Die Datei „gross.json“ ist zu groß und wird nicht eingelesen.']);
  });

  it('reads at most `max` files and says so', async () => {
    const { files, problems } = await readTextFiles([file('a.json', '1'), file('b.json', '2'), file('c.json', '3')], 2, 10);
    expect(files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
    expect(problems).toEqual(['Bitte wählen Sie höchstens 2 Dateien auf einmal aus.']);
    expect((await readTextFiles([file('a.json', '1'), file('b.json', '2')], 1, 10)).problems).toEqual(['Bitte wählen Sie höchstens 1 Datei auf einmal aus.']);
  });
});
