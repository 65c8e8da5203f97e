/**
 * Packaging. Fuses are flipped at package time (Electron's security checklist): no
 * ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, app code only from the (integrity-checked) asar.
 * The SQLite add-on ships N-API prebuilds that run in Electron as they are, so nothing is rebuilt.
 */
module.exports = {
  appId: 'de.nrw.kim.fallakte',
  productName: 'KIM Fallakte',
  copyright: 'KIM Fallakte',
  directories: { output: 'release', buildResources: 'build' },
  // db/migrations and the PDF fonts are read from the app's root at runtime (app.getAppPath()).
  files: ['out/**', 'db/migrations/**', 'electron/assets/fonts/**', 'package.json', '!**/*.map'],
  asar: true,
  asarUnpack: ['node_modules/better-sqlite3/**'],
  npmRebuild: false,
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
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], hardenedRuntime: true, category: 'public.app-category.productivity' },
};
