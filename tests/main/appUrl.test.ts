import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppPath, mimeType } from '../../electron/main/appUrl';

const root = path.resolve('/srv/kim/out/renderer');

describe('app:// scheme', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://kim/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kim/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://kim/assets/index-abc.js?x=1#y')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(mimeType('a/b.JS')).toMatch(/javascript/);
  });

  it.each([
    'app://kim/../../etc/passwd',
    'app://kim/%2e%2e/%2e%2e/etc/passwd',
    'app://kim/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://kim/..%5c..%5cwindows%5cwin.ini',
    'app://kim/%2e%2e%2f%2e%2e%2fkim%2fsecret',
  ])('never leaves the renderer folder for %s', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://kim/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://kim/..%5c..%5cwindows%5cwin.ini',
    'app://kim/index.html%00.png',
    'app://kim/%E0%A4%A',
    'app://other/index.html',
    'app://user:pw@kim/index.html',
    'file:///etc/passwd',
    'https://kim/index.html',
    'kim/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('trusts only the app origin', () => {
    expect(isAppUrl('app://kim/index.html')).toBe(true);
    expect(isAppUrl('app://kim.evil/index.html')).toBe(false);
    expect(isAppUrl('http://kim/')).toBe(false);
    expect(isAppUrl('app://kim@evil/')).toBe(false);
    expect(isAppUrl('javascript:alert(1)')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
