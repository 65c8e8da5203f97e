/**
 * Every action and record kind the code writes to the audit log has a German label: the source
 * under electron/ is scanned for `.audit(…)` and `appendAudit(…)` calls, so a new action without
 * a label fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  auditActionLabel,
  auditChoices,
  auditEntityLabel,
  auditRecordText,
} from '../../../electron/contract/auditLabels';

const ROOT = path.resolve(__dirname, '../../..');
const ELECTRON = path.join(ROOT, 'electron');
const CODE = /'([a-z_]+\.[a-z_]+)'/g;
const KIND = /'([a-z_]+)'/g;

/**
 * Calls whose action is a variable, and where its values come from. A new one fails the scan until
 * it is named here with the place its codes are written.
 */
const INDIRECT: Record<string, { arg: string; codes: RegExp | null }> = {
  // StoreService.audit forwards its own parameter; its callers are scanned.
  'electron/services/store/storeService.ts': { arg: 'action', codes: null },
  // The `change` helpers of target groups and locations take the action as their last argument.
  'electron/services/cases/configuration.ts': { arg: 'action', codes: /\bchange\([^;]*?'([a-z_]+\.[a-z_]+)'\)/g },
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The arguments of the call whose `(` is at `open`, up to its matching `)`. */
function callArgs(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced call at ${open}`);
}

/** Splits at top-level commas. */
function topLevel(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i += 1) {
    const c = args[i];
    if (c === '(' || c === '{' || c === '[') depth += 1;
    else if (c === ')' || c === '}' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(args.slice(start).trim());
  return parts;
}

const literals = (expression: string, pattern: RegExp) => [...expression.matchAll(pattern)].map((m) => m[1] as string);

function scan() {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const unexplained: string[] = [];
  for (const file of sourceFiles(ELECTRON)) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (rel === 'electron/contract/auditLabels.ts') continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(\.audit|\bappendAudit)\(/g)) {
      const open = (match.index ?? 0) + match[0].length - 1;
      const args = topLevel(callArgs(text, open));
      let action: string;
      let entity: string;
      if (match[1] === '.audit') {
        action = args[0] ?? '';
        entity = args[1] ?? '';
      } else {
        const object = args[1] ?? '';
        action = /\baction(?:\s*:\s*([^,}]+))?/.exec(object)?.[1]?.trim() ?? 'action';
        entity = /\bentity\b(?:\s*:\s*([^,}]+))?/.exec(object)?.[1]?.trim() ?? 'entity';
      }
      const codes = literals(action, CODE);
      if (codes.length > 0) for (const code of codes) actions.add(code);
      else {
        const indirect = INDIRECT[rel];
        if (!indirect || indirect.arg !== action) unexplained.push(`${rel}: ${match[0]}${action}`);
        else if (indirect.codes) for (const code of literals(text, indirect.codes)) actions.add(code);
      }
      const kinds = literals(entity, KIND);
      if (kinds.length > 0) for (const kind of kinds) entities.add(kind);
      else if (!(INDIRECT[rel] && entity === 'entity')) unexplained.push(`${rel}: entity ${entity}`);
    }
  }
  return { actions, entities, unexplained };
}

describe('audit labels', () => {
  const { actions, entities, unexplained } = scan();

  it('finds every place that writes to the audit log, literal or explained', () => {
    expect(unexplained).toEqual([]);
    // The scan itself: direct, conditional, appendAudit and the `change` helpers.
    for (const code of ['case.updated', 'store.created', 'data_key.rotated', 'goal_step.reopened', 'target_group.ended', 'location.deactivated']) {
      expect(actions).toContain(code);
    }
    expect(actions.size).toBeGreaterThan(70);
  });

  it('has a German label for every action written', () => {
    const missing = [...actions].filter((code) => !Object.hasOwn(AUDIT_ACTION_LABELS, code)).sort();
    expect(missing).toEqual([]);
  });

  it('has a German label for every record kind written', () => {
    const missing = [...entities].filter((code) => !Object.hasOwn(AUDIT_ENTITY_LABELS, code)).sort();
    expect(missing).toEqual([]);
  });

  it('gives plain phrases and keeps unknown codes as they are', () => {
    expect(auditActionLabel('case.updated')).toBe('Fall geändert');
    expect(auditActionLabel('statistics.published')).toBe('Statistik veröffentlicht');
    expect(auditActionLabel('store.unlocked')).toBe('Fallakte entsperrt');
    expect(auditActionLabel('person.erased')).toBe('Person gelöscht');
    expect(auditActionLabel('data_key.exported')).toBe('Datenschlüssel ausgegeben');
    expect(auditActionLabel('future.thing')).toBe('future.thing');
    expect(auditActionLabel('toString')).toBe('toString');
    expect(auditEntityLabel('case')).toBe('Fall');
    expect(auditEntityLabel('gadget')).toBe('gadget');
    expect(auditRecordText('case', 'c1')).toBe('Fall c1');
    expect(auditRecordText('settings', null)).toBe('Einstellungen');
    expect(auditRecordText('store', 'idle')).toBe('Fallakte (nach Untätigkeit)');
    const choices = auditChoices(AUDIT_ACTION_LABELS);
    expect(choices).toHaveLength(Object.keys(AUDIT_ACTION_LABELS).length);
    expect(choices.find((c) => c.value === 'case.updated')?.label).toBe('Fall geändert');
  });

  it('gives each action its own phrase', () => {
    const phrases = Object.values(AUDIT_ACTION_LABELS);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});
