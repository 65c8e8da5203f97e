/**
 * German whatever the system's locale (issue 16), checked on the source: no native date or time
 * input (its picker and its format follow the system's or Chromium's locale; the app's one way
 * to type a date is DateField), and no date, time or number formatted with the runtime's default
 * locale (an English Windows would print 3/5/2026 or 2:30 PM). Each rule is first shown to catch
 * what it forbids, so a broken pattern cannot pass silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const NATIVE_KINDS = 'date|time|datetime-local|month|week';

/** `type="date"`, `type={'time'}`, `type: 'week'`, `input.type = 'month'` and the like. */
const NATIVE_INPUT = new RegExp(`\\btype\\s*(?:=\\s*\\{?|:)\\s*["'\`](?:${NATIVE_KINDS})["'\`]`);

/** The German locales a formatter may name (first argument), literally. */
const GERMAN = `["'\`]de(?:-DE)?["'\`]`;
const LOCALE_DEFAULT = [
  // Without a first argument, or with another one: the runtime's locale decides.
  new RegExp(`\\.toLocale(?:Date|Time)?String\\(\\s*(?!${GERMAN})`),
  new RegExp(`\\bIntl\\.(?:DateTimeFormat|NumberFormat|RelativeTimeFormat|PluralRules|ListFormat|Collator|DisplayNames|Segmenter)\\(\\s*(?!${GERMAN})`),
  // Always English ("Thu Mar 05 2026", "14:30:00 GMT+0100").
  /\.to(?:Date|Time)String\(/,
];

function sourceFiles(dir: string, extensions: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.test(f))
    .map((f) => path.join(dir, f));
}

/** The code without comments, so a comment that names a forbidden call is no finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Each line of `text` that matches one of `patterns`, as 'file:line: text'. */
function findings(file: string, text: string, patterns: RegExp[]): string[] {
  return code(text)
    .split('\n')
    .flatMap((line, i) => (patterns.some((p) => p.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('no native date or time inputs', () => {
  it('the pattern catches each way of writing one, and not a text or number field', () => {
    for (const bad of ['<input type="date" />', "<input type='time' />", "type={'datetime-local'}", "{ type: 'month' }", 'el.type = "week";']) {
      expect(findings('x.tsx', bad, [NATIVE_INPUT]), bad).toHaveLength(1);
    }
    for (const fine of ['<input type="text" />', '<TextField type="number" />', "form.set('date', v)", "{ kind: 'date' }", '<DateField />']) {
      expect(findings('x.tsx', fine, [NATIVE_INPUT]), fine).toEqual([]);
    }
  });

  it('the renderer has none', () => {
    const files = sourceFiles('renderer', /\.(ts|tsx)$/);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => findings(f, fs.readFileSync(f, 'utf8'), [NATIVE_INPUT]))).toEqual([]);
  });

  it('TextField offers no native date or time type', () => {
    const text = fs.readFileSync('renderer/ui/TextField.tsx', 'utf8');
    const union = /^\s*type\?:\s*([^;]+);/m.exec(text)?.[1];
    expect(union).toMatch(/'text'/);
    expect(union).not.toMatch(new RegExp(`'(?:${NATIVE_KINDS})'`));
  });
});

describe('no formatting in the runtime’s default locale', () => {
  it('the patterns catch a default or foreign locale, and let an explicit German one pass', () => {
    for (const bad of [
      'day.toLocaleDateString()',
      'at.toLocaleTimeString([], { hour: "2-digit" })',
      'n.toLocaleString()',
      "n.toLocaleString('en-US')",
      'new Intl.DateTimeFormat(undefined, { dateStyle: "short" })',
      'Intl.NumberFormat().format(n)',
      'at.toDateString()',
      'at.toTimeString()',
    ]) {
      expect(findings('x.ts', bad, LOCALE_DEFAULT), bad).toHaveLength(1);
    }
    for (const fine of [
      "n.toLocaleString('de-DE')",
      "n.toLocaleString('de-DE', { maximumFractionDigits: 1 })",
      "new Intl.NumberFormat('de-DE').format(n)",
      "new Intl.Collator('de').compare",
      "a.localeCompare(b, 'de')",
      '// at.toLocaleDateString() would follow the system',
    ]) {
      expect(findings('x.ts', fine, LOCALE_DEFAULT), fine).toEqual([]);
    }
  });

  it('the renderer, the main process, the services and db name German wherever they format', () => {
    const files = ['renderer', 'electron', 'db'].flatMap((dir) => sourceFiles(dir, /\.(ts|tsx)$/));
    expect(files.length).toBeGreaterThan(300);
    expect(files.flatMap((f) => findings(f, fs.readFileSync(f, 'utf8'), LOCALE_DEFAULT))).toEqual([]);
  });
});
