/**
 * Packaging, as far as this machine allows: Electron's binary cannot be downloaded here, and the
 * installers (MSI, NSIS, dmg, AppImage, deb) need tools electron-builder downloads or that run on
 * their own platform only. So the real out/ build is packed into an unpacked Linux app against a
 * stand-in Electron folder (tests/fixtures/packApp.ts) with the project's own configuration, and
 * the result is checked: fuses, asar contents, the unpacked native module, the app folder's
 * files. The installers' configuration and the signing from environment variables are checked
 * as configuration.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ELECTRON_DEFAULT_FUSES, makeStandInElectron, type PackedApp, packUnpacked, STAND_IN_FILES } from '../fixtures/packApp';

type Signing = { win: Record<string, unknown>; mac: Record<string, unknown>; lines: string[] };

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG_PATH = require.resolve('../../build/electron-builder.config.cjs');
// electron-builder's configuration, a plain CommonJS object.
const config = require(CONFIG_PATH) as any;
const { signingFromEnv } = require('../../build/signing.cjs') as { signingFromEnv: (env: Record<string, string | undefined>) => Signing };
// electron-builder's own dependencies (the versions it packs and flips fuses with).
const asar = require('@electron/asar') as typeof import('@electron/asar');
const fuses = require('@electron/fuses') as typeof import('@electron/fuses');

const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; devDependencies: Record<string, string> };
const repoFiles = (dir: string) => fs.readdirSync(path.join(ROOT, dir));

describe('the packed app (electron-builder --dir --linux, stand-in Electron)', () => {
  let work: string;
  let packed: PackedApp;
  let entries: string[];

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'kim-pack-'));
    packed = await packUnpacked({ electronDist: makeStandInElectron(path.join(work, 'electron')), outDir: path.join(work, 'release') });
    entries = asar.listPackage(packed.asarPath, { isPack: false }).map((entry) =>
      entry
        .replace(/^[/\\]/, '')
        .split(path.sep)
        .join('/'),
    );
  }, 180_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('flips the fuses in the packed binary as configured, and leaves Electron 45’s ninth as it is', async () => {
    // The wire as @electron/fuses 1.8 reads it: fuse index → byte ('0' or '1'), all nine.
    const wire = (await fuses.getCurrentFuseWire(packed.executable)) as unknown as Record<number, number>;
    const states = Array.from({ length: ELECTRON_DEFAULT_FUSES.length }, (_, index) => String.fromCharCode(wire[index]!)).join('');
    // run_as_node, cookie_encryption, node_options, node_cli_inspect, asar_integrity,
    // only_load_app_from_asar, v8_snapshot, grant_file_protocol_extra_privileges, wasm_trap_handlers
    expect(states).toBe('010011001');
    expect(ELECTRON_DEFAULT_FUSES).not.toBe(states);
  });

  it('puts the built app, the migrations, the fonts and package.json into the asar', () => {
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']) expect(entries).toContain(file);
    // The renderer's assets as index.html names them (out/ itself may be rebuilt meanwhile).
    const html = asar.extractFile(packed.asarPath, 'out/renderer/index.html').toString('utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((match) => `out/renderer/${match[1]}`);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(entries).toContain(asset);

    const migrations = repoFiles('db/migrations').filter((file) => file.endsWith('.sql'));
    expect(migrations.length).toBeGreaterThan(0);
    for (const file of migrations) expect(entries).toContain(`db/migrations/${file}`);
    expect(entries).toContain('db/migrations/meta/_journal.json');

    const fonts = repoFiles('electron/assets/fonts').filter((file) => file.endsWith('.ttf'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const file of fonts) expect(entries).toContain(`electron/assets/fonts/${file}`);

    // electron-builder writes a trimmed package.json: what the app needs to start, no build scripts.
    const packedPackage = JSON.parse(asar.extractFile(packed.asarPath, 'package.json').toString('utf8'));
    expect(packedPackage).toMatchObject({ name: packageJson.name, main: 'out/main/index.js' });
    expect(packedPackage.devDependencies).toBeUndefined();
    expect(packedPackage.scripts).toBeUndefined();
  });

  it('has nothing else of the repository in the asar: no tests, sources, source maps or TypeScript', () => {
    expect([...new Set(entries.map((entry) => entry.split('/')[0]))].sort()).toEqual(['db', 'electron', 'node_modules', 'out', 'package.json']);
    const electronEntries = entries.filter((entry) => entry.startsWith('electron/'));
    expect(electronEntries.filter((entry) => !/^electron\/assets(\/fonts(\/[^/]+)?)?$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('db/') && !entry.startsWith('db/migrations'))).toEqual([]);
    expect(entries.filter((entry) => /(^|\/)tests?\//.test(entry) && !entry.startsWith('node_modules/'))).toEqual([]);
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
  });

  it('has no development dependency in its node_modules', () => {
    const devDependencies = Object.keys(packageJson.devDependencies);
    expect(devDependencies).toEqual(expect.arrayContaining(['vitest', 'electron', 'typescript', 'playwright-core', 'electron-builder', '@types/node']));
    const packages = new Set(entries.map((entry) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(entry)?.[1]).filter((name) => name !== undefined));
    // The production dependencies are there (so the list above is the real one)…
    for (const name of ['better-sqlite3', 'drizzle-orm', 'pdfkit', 'zod']) expect(packages).toContain(name);
    // …and no development dependency, at any depth (a type package came in through exceljs's CSV helpers).
    expect(devDependencies.filter((name) => packages.has(name))).toEqual([]);
    expect([...packages].filter((name) => name.startsWith('@types/'))).toEqual([]);
    // No auto-update: nothing that could look for one.
    expect(packages).not.toContain('electron-updater');
  });

  it('keeps the SQLite add-on outside the asar, where Electron can load it', () => {
    const addons = entries.filter((entry) => entry.endsWith('.node'));
    expect(addons).toContain(`node_modules/better-sqlite3/prebuilds/linux-x64.node`);
    for (const addon of addons) {
      expect(asar.statFile(packed.asarPath, addon), addon).toMatchObject({ unpacked: true });
      expect(fs.statSync(path.join(packed.unpackedDir, addon)).size, addon).toBeGreaterThan(100_000);
    }
    // Only the add-on's package is unpacked, and without its C sources.
    expect(fs.readdirSync(path.join(packed.unpackedDir, 'node_modules'))).toEqual(['better-sqlite3']);
    expect(fs.readdirSync(path.join(packed.unpackedDir, 'node_modules/better-sqlite3')).sort()).toEqual(['LICENSE', 'lib', 'package.json', 'prebuilds']);
  });

  it('writes exactly the expected app folder: Electron’s files, two locales, the asar and nothing for updates', () => {
    const electronFiles = STAND_IN_FILES.filter((file) => file !== 'LICENSE');
    expect(fs.readdirSync(packed.appDir).sort()).toEqual(
      [...electronFiles, 'LICENSE.electron.txt', packageJson.name, 'locales', 'resources', 'version'].sort(),
    );
    expect(path.basename(packed.executable)).toBe(packageJson.name);
    expect(fs.readdirSync(path.join(packed.appDir, 'locales')).sort()).toEqual(['de.pak', 'en-US.pak']);
    // No app-update.yml: the app never looks for updates.
    expect(fs.readdirSync(path.join(packed.appDir, 'resources')).sort()).toEqual(['app.asar', 'app.asar.unpacked']);
  });
});

describe('the installers', () => {
  it('builds per-machine MSI and NSIS installers for x64 and arm64 Windows', () => {
    expect(config.win.target).toEqual([
      { target: 'msi', arch: ['x64', 'arm64'] },
      { target: 'nsis', arch: ['x64', 'arm64'] },
    ]);
    // perMachine: installed under Program Files for all users; with it electron-builder's NSIS
    // script requires the all-users mode and shows no per-user choice, and the MSI sets ALLUSERS=1.
    for (const installer of [config.msi, config.nsis]) {
      expect(installer).toMatchObject({ oneClick: false, perMachine: true, runAfterFinish: false });
      // Both architectures built in one run must not overwrite each other.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's macro
      expect(installer.artifactName).toContain('${arch}');
    }
    expect(config.nsis.buildUniversalInstaller).toBe(false);
    // The NSIS installer speaks German (LCID 1031); the MSI's assisted dialogs are WiX's English ones.
    expect(config.nsis).toMatchObject({ installerLanguages: ['de_DE'], language: '1031' });
  });

  it('keeps the MSI’s upgrade code fixed, so a new MSI replaces the installed version', () => {
    // Pinned on purpose: changing it makes Windows install a new version beside the old one.
    expect(config.msi.upgradeCode).toBe('C957FDDB-7A63-4BFC-A9A7-8A738D68DA35');
    expect(config.msi.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it('builds AppImage and deb for x64 Linux, and dmg for x64 and arm64 macOS with the hardened runtime', () => {
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac.hardenedRuntime).toBe(true);
  });

  it('publishes nothing: no auto-update', () => {
    expect(config.publish).toBeNull();
    for (const platform of ['win', 'mac', 'linux', 'msi', 'nsis']) expect(config[platform].publish, platform).toBeUndefined();
    expect(config.nsis.differentialPackage).toBe(false);
  });

  it('keeps only German and Chromium’s fallback en-US of Electron’s languages', () => {
    expect(config.electronLanguages).toEqual(['de', 'en-US']);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
  });
});

/** Fake secrets: none of them may show up in a line or in the configuration. */
const SECRETS = {
  WIN_CSC_LINK: 'C:\\geheim\\kim-authenticode.pfx',
  WIN_CSC_KEY_PASSWORD: 'win-passwort-4711',
  CSC_LINK: '/geheim/developer-id.p12',
  CSC_KEY_PASSWORD: 'mac-passwort-0815',
  APPLE_API_KEY: '/geheim/AuthKey_ABC.p8',
  APPLE_API_KEY_ID: 'KEYID12345',
  APPLE_API_ISSUER: 'issuer-6a1f-uuid',
  APPLE_ID: 'it@kreis.example',
  APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh-ijkl-mnop',
  APPLE_TEAM_ID: 'TEAM123456',
  AZURE_TENANT_ID: 'tenant-0000-secret',
  AZURE_CLIENT_ID: 'client-1111-secret',
  AZURE_CLIENT_SECRET: 'client-secret-2222',
} as const;
const AZURE_ACCOUNT = {
  AZURE_TRUSTED_SIGNING_ENDPOINT: 'https://weu.codesigning.azure.net',
  AZURE_TRUSTED_SIGNING_ACCOUNT: 'kreis-signing',
  AZURE_TRUSTED_SIGNING_PROFILE: 'kim-public-trust',
  AZURE_TRUSTED_SIGNING_PUBLISHER: 'Kreis Beispiel',
};
const pick = <K extends keyof typeof SECRETS>(...names: K[]) => Object.fromEntries(names.map((name) => [name, SECRETS[name]]));

function expectNoSecret(...texts: string[]) {
  for (const [name, value] of Object.entries(SECRETS)) for (const text of texts) expect(text, name).not.toContain(value);
}

describe('signing from environment variables', () => {
  it('without variables: unsigned, and one line per platform names the missing variable', () => {
    const signing = signingFromEnv({});
    expect(signing.win).toEqual({});
    expect(signing.mac).toEqual({ identity: null, notarize: false });
    expect(signing.lines).toHaveLength(2);
    expect(signing.lines[0]).toMatch(/^Windows: .*WIN_CSC_LINK.*NICHT signiert/);
    expect(signing.lines[1]).toMatch(/^macOS: .*CSC_LINK.*NICHT signiert und NICHT notarisiert/);
  });

  it('blank variables count as absent', () => {
    expect(signingFromEnv({ WIN_CSC_LINK: '', CSC_LINK: '  ', APPLE_API_KEY: '' })).toEqual(signingFromEnv({}));
  });

  it('Authenticode from WIN_CSC_LINK: signing enforced, the line names the variables, never their values', () => {
    const signing = signingFromEnv(pick('WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD'));
    expect(signing.win).toEqual({ forceCodeSigning: true });
    expect(signing.lines[0]).toBe('Windows: Authenticode-Signatur mit dem Zertifikat aus WIN_CSC_LINK, Passwort aus WIN_CSC_KEY_PASSWORD.');
    expectNoSecret(JSON.stringify(signing));
  });

  it('Authenticode from CSC_LINK without a password still signs, and says the password is missing', () => {
    const signing = signingFromEnv(pick('CSC_LINK'));
    expect(signing.win).toEqual({ forceCodeSigning: true });
    expect(signing.lines[0]).toContain('WIN_CSC_KEY_PASSWORD ist nicht gesetzt');
  });

  it('Azure Trusted Signing: the account names go into the configuration, the secrets stay in the environment', () => {
    const signing = signingFromEnv({ ...pick('AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'), ...AZURE_ACCOUNT });
    expect(signing.win).toEqual({
      azureSignOptions: {
        endpoint: 'https://weu.codesigning.azure.net',
        codeSigningAccountName: 'kreis-signing',
        certificateProfileName: 'kim-public-trust',
        publisherName: 'Kreis Beispiel',
      },
      forceCodeSigning: true,
    });
    expect(signing.lines[0]).toMatch(/^Windows: Signatur mit Azure Trusted Signing/);
    expectNoSecret(JSON.stringify(signing));
  });

  it('an incomplete Azure set: unsigned, and the line names what is missing', () => {
    const signing = signingFromEnv({ AZURE_TRUSTED_SIGNING_ENDPOINT: AZURE_ACCOUNT.AZURE_TRUSTED_SIGNING_ENDPOINT, ...pick('AZURE_CLIENT_SECRET') });
    expect(signing.win).toEqual({});
    expect(signing.lines[0]).toContain('AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_TRUSTED_SIGNING_ACCOUNT');
    expect(signing.lines[0]).toContain('NICHT signiert');
    expectNoSecret(JSON.stringify(signing));
  });

  it('macOS with a certificate and an API key: signed and notarized', () => {
    const signing = signingFromEnv(pick('CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'));
    expect(signing.mac).toEqual({ forceCodeSigning: true, notarize: true });
    expect(signing.lines[1]).toBe('macOS: Signatur mit dem Zertifikat aus CSC_LINK, Notarisierung mit APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER.');
    expectNoSecret(JSON.stringify(signing));
  });

  it('macOS with an Apple ID set lacking the team: signed, notarization skipped, naming the missing variable', () => {
    const signing = signingFromEnv(pick('CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD'));
    expect(signing.mac).toEqual({ forceCodeSigning: true, notarize: false });
    expect(signing.lines[1]).toBe('macOS: Signatur mit dem Zertifikat aus CSC_LINK; Notarisierung übersprungen, es fehlt: APPLE_TEAM_ID.');
    expectNoSecret(JSON.stringify(signing));
  });

  it('notarization variables without a certificate: nothing is signed or notarized', () => {
    const signing = signingFromEnv(pick('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'));
    expect(signing.mac).toEqual({ identity: null, notarize: false });
  });

  describe('in the configuration (build/electron-builder.config.cjs reads process.env)', () => {
    const NAMES = [...Object.keys(SECRETS), ...Object.keys(AZURE_ACCOUNT), 'CSC_NAME', 'APPLE_KEYCHAIN_PROFILE'];

    /** Loads the configuration afresh under the given signing variables; what it printed, too. */
    function loadConfig(vars: Record<string, string>) {
      const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
      try {
        for (const name of NAMES) delete process.env[name];
        Object.assign(process.env, vars);
        delete require.cache[CONFIG_PATH];
        return { config: require(CONFIG_PATH) as any, printed };
      } finally {
        for (const name of NAMES) {
          if (saved[name] === undefined) delete process.env[name];
          else process.env[name] = saved[name];
        }
        delete require.cache[CONFIG_PATH];
      }
    }

    it('carries the signing settings and prints the lines, never a secret', () => {
      const { config: signed, printed } = loadConfig({ ...SECRETS, ...AZURE_ACCOUNT });
      expect(signed.win.azureSignOptions).toMatchObject({ endpoint: AZURE_ACCOUNT.AZURE_TRUSTED_SIGNING_ENDPOINT });
      expect(signed.win.forceCodeSigning).toBe(true);
      expect(signed.win.target).toEqual(config.win.target);
      expect(signed.mac).toMatchObject({ forceCodeSigning: true, notarize: true, hardenedRuntime: true });
      expect(signed.mac.identity).toBeUndefined();
      expect(printed).toHaveLength(2);
      expectNoSecret(printed.join('\n'), JSON.stringify(signed));
    });

    it('without them: an unsigned build, said in the printed lines', () => {
      const { config: unsigned, printed } = loadConfig({});
      expect(unsigned.mac).toMatchObject({ identity: null, notarize: false });
      expect(unsigned.win.forceCodeSigning).toBeUndefined();
      expect(printed.join('\n')).toMatch(/Windows: .*NICHT signiert[\s\S]*macOS: .*NICHT signiert/);
    });
  });
});
