/**
 * Packaging. Fuses are flipped at package time (Electron's security checklist): no
 * ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, app code only from the (integrity-checked) asar.
 * The SQLite add-on ships N-API prebuilds that run in Electron as they are, so nothing is rebuilt.
 *
 * Installers for a municipal IT department: per-machine MSI and NSIS for Windows (deployed by
 * Group Policy or Intune; installed under Program Files, which AppLocker's default rules allow),
 * AppImage and deb for Linux, dmg for macOS. No auto-update: the app never goes online and IT
 * deploys new versions, so nothing is published and no app-update.yml is written.
 */
const { signingFromEnv } = require('./signing.cjs');

const signing = signingFromEnv(process.env);
// One line per platform in the build log: signed with which variables, or why not.
for (const line of signing.lines) console.log(`  • ${line}`);

module.exports = {
  appId: 'de.nrw.kim.fallakte',
  productName: 'KIM Fallakte',
  copyright: 'KIM Fallakte',
  directories: { output: 'release', buildResources: 'build' },
  // db/migrations and the PDF fonts are read from the app's root at runtime (app.getAppPath()).
  // Out of the dependencies: source maps, TypeScript sources and declarations, type packages
  // (@types/node comes in through exceljs's CSV helpers) and the SQLite add-on's C sources;
  // none of them is loaded at runtime.
  files: [
    'out/**',
    'db/migrations/**',
    'electron/assets/fonts/**',
    'package.json',
    '!**/*.map',
    '!**/node_modules/@types/**',
    '!**/node_modules/**/*.{ts,tsx,mts,cts}',
    '!node_modules/better-sqlite3/{deps,src}/**',
  ],
  asar: true,
  asarUnpack: ['node_modules/better-sqlite3/**'],
  npmRebuild: false,
  // The app is German (main sets Chromium's lang to de-DE); en-US is Chromium's own fallback.
  electronLanguages: ['de', 'en-US'],
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    // deb needs a maintainer; package.json has no author with an e-mail address.
    maintainer: 'KIM Fallakte',
  },
  win: {
    target: [
      { target: 'msi', arch: ['x64', 'arm64'] },
      { target: 'nsis', arch: ['x64', 'arm64'] },
    ],
    ...signing.win,
  },
  // Per machine, no per-user choice; IT installs silently (msiexec /qn, Setup.exe /S) and
  // launches nothing after the install (it runs as SYSTEM there).
  msi: {
    oneClick: false,
    perMachine: true,
    runAfterFinish: false,
    // Fixed for good: Windows Installer replaces an installed version only when the upgrade code
    // matches (MajorUpgrade), so IT's new MSI upgrades the old one instead of installing beside it.
    upgradeCode: 'C957FDDB-7A63-4BFC-A9A7-8A738D68DA35',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own macros, expanded per artifact
    artifactName: '${name}-${version}-${arch}.${ext}',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    runAfterFinish: false,
    // The installer's own texts in German only (no language choice, no English fallback).
    installerLanguages: ['de_DE'],
    language: '1031',
    // One installer per architecture, as for the MSI (a universal one would carry both apps).
    buildUniversalInstaller: false,
    // Blockmaps only serve differential auto-updates.
    differentialPackage: false,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own macros, expanded per artifact
    artifactName: '${name}-${version}-${arch}-setup.${ext}',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    hardenedRuntime: true,
    category: 'public.app-category.productivity',
    ...signing.mac,
  },
};
