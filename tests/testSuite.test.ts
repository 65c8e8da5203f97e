/**
 * What lets the node tests share their workers without isolation (vitest.config.ts): a file that
 * replaces a module runs isolated, and no helper module registers a test hook when it is
 * imported (it is imported once per worker, so the hook would belong to whichever file came
 * first and the other files would lose their clean-up).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_NODE_TESTS } from '../vitest.config';

const ROOT = path.resolve(import.meta.dirname, '..');
const files = (fs.readdirSync(path.join(ROOT, 'tests'), { recursive: true }) as string[])
  .map((file) => `tests/${file.split(path.sep).join('/')}`)
  .filter((file) => /\.tsx?$/.test(file));
const source = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const isNodeTest = (file: string) => /\.test\.ts$/.test(file) && !/^tests\/(e2e|renderer)\//.test(file);
const replacesModule = (file: string) => /\bvi\.(do)?[mM]ock\(/.test(source(file));

describe('the node tests share their workers safely', () => {
  it('exactly the node test files that replace a module run isolated', () => {
    expect(files.filter(isNodeTest).filter(replacesModule).sort()).toEqual([...ISOLATED_NODE_TESTS].sort());
  });

  it('no helper module registers a test hook when imported; the setup files do', () => {
    const setupFiles = ['tests/setup.ts', 'tests/renderer/setup.ts'];
    const helpers = files.filter((file) => !/\.test\.tsx?$/.test(file) && !setupFiles.includes(file));
    const hookAtTopLevel = /^(beforeAll|beforeEach|afterAll|afterEach)\(/m;
    expect(helpers.filter((file) => hookAtTopLevel.test(source(file)))).toEqual([]);
    for (const file of setupFiles) expect(source(file), file).toMatch(hookAtTopLevel);
  });
});
