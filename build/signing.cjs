/**
 * Code signing, taken from the build machine's environment (electron-builder's own variables).
 *
 * A pure function of an environment object, so the test can hand it fake values. It returns the
 * parts of the Windows and macOS configuration that depend on signing, and one German line per
 * platform for the build log. Secrets (certificate files, passwords, API keys, client secrets)
 * are never copied into the configuration: electron-builder reads them from the environment
 * itself, and it writes the effective configuration to builder-effective-config.yaml in the
 * output folder. The lines name variables, never their values.
 *
 * - Windows, Authenticode with a certificate file: WIN_CSC_LINK (or CSC_LINK) and
 *   WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD); read by app-builder-lib's winPackager.
 * - Windows, Azure Trusted Signing: AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET (read by
 *   Microsoft's TrustedSigning module) and the account's non-secret names below.
 * - macOS: CSC_LINK and CSC_KEY_PASSWORD (or CSC_NAME for an identity already in the keychain);
 *   notarization with APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER, or APPLE_ID,
 *   APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE (app-builder-lib's
 *   MacTargetHelper).
 */

/** Azure Trusted Signing: the secrets Microsoft's module reads, then the account's names. */
const AZURE_SECRETS = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'];
const AZURE_NAMES = {
  endpoint: 'AZURE_TRUSTED_SIGNING_ENDPOINT',
  codeSigningAccountName: 'AZURE_TRUSTED_SIGNING_ACCOUNT',
  certificateProfileName: 'AZURE_TRUSTED_SIGNING_PROFILE',
  publisherName: 'AZURE_TRUSTED_SIGNING_PUBLISHER',
};
const AZURE_ALL = [...AZURE_SECRETS, ...Object.values(AZURE_NAMES)];

/** The three ways app-builder-lib notarizes, each complete only with all of its variables. */
const NOTARIZATION_SETS = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN_PROFILE'],
];

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ win: Record<string, unknown>, mac: Record<string, unknown>, lines: string[] }}
 */
function signingFromEnv(env) {
  // An empty or blank variable counts as absent (a CI secret that is not set often arrives as '').
  const has = (name) => typeof env[name] === 'string' && env[name].trim() !== '';
  const missing = (names) => names.filter((name) => !has(name));
  const list = (names) => names.join(', ');
  const lines = [];

  // Windows. Azure Trusted Signing when any of its variables is set (then all are needed),
  // else Authenticode with a certificate file, else unsigned.
  /** @type {Record<string, unknown>} */
  const win = {};
  const azureGiven = AZURE_ALL.filter(has);
  if (azureGiven.length > 0) {
    const absent = missing(AZURE_ALL);
    if (absent.length === 0) {
      win.azureSignOptions = Object.fromEntries(Object.entries(AZURE_NAMES).map(([option, name]) => [option, env[name].trim()]));
      // A signing set up but failing must stop the build, not give an unsigned installer.
      win.forceCodeSigning = true;
      lines.push('Windows: Signatur mit Azure Trusted Signing (AZURE_TRUSTED_SIGNING_*, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET).');
    } else {
      lines.push(`Windows: Azure Trusted Signing ist unvollständig, es fehlt: ${list(absent)}. Die Installationsprogramme werden NICHT signiert.`);
    }
  } else if (has('WIN_CSC_LINK') || has('CSC_LINK')) {
    const link = has('WIN_CSC_LINK') ? 'WIN_CSC_LINK' : 'CSC_LINK';
    const password = has('WIN_CSC_KEY_PASSWORD') ? 'WIN_CSC_KEY_PASSWORD' : has('CSC_KEY_PASSWORD') ? 'CSC_KEY_PASSWORD' : null;
    win.forceCodeSigning = true;
    lines.push(
      password
        ? `Windows: Authenticode-Signatur mit dem Zertifikat aus ${link}, Passwort aus ${password}.`
        : `Windows: Authenticode-Signatur mit dem Zertifikat aus ${link}, ohne Passwort (WIN_CSC_KEY_PASSWORD ist nicht gesetzt).`,
    );
  } else {
    lines.push('Windows: WIN_CSC_LINK (oder CSC_LINK) ist nicht gesetzt. Die Installationsprogramme werden NICHT signiert.');
  }

  // macOS. Without a certificate: identity null, so electron-builder neither signs with whatever
  // identity the keychain happens to hold nor signs ad hoc; and nothing unsigned can be notarized.
  /** @type {Record<string, unknown>} */
  const mac = {};
  if (has('CSC_LINK') || has('CSC_NAME')) {
    mac.forceCodeSigning = true;
    const certificate = has('CSC_LINK') ? 'CSC_LINK' : 'CSC_NAME';
    const complete = NOTARIZATION_SETS.find((set) => missing(set).length === 0);
    if (complete) {
      mac.notarize = true;
      lines.push(`macOS: Signatur mit dem Zertifikat aus ${certificate}, Notarisierung mit ${list(complete)}.`);
    } else {
      mac.notarize = false;
      const started = NOTARIZATION_SETS.find((set) => set.some(has));
      lines.push(
        started
          ? `macOS: Signatur mit dem Zertifikat aus ${certificate}; Notarisierung übersprungen, es fehlt: ${list(missing(started))}.`
          : `macOS: Signatur mit dem Zertifikat aus ${certificate}; Notarisierung übersprungen, APPLE_API_KEY, APPLE_API_KEY_ID und APPLE_API_ISSUER (oder APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD und APPLE_TEAM_ID) sind nicht gesetzt.`,
      );
    }
  } else {
    mac.identity = null;
    mac.notarize = false;
    lines.push('macOS: CSC_LINK (oder CSC_NAME) ist nicht gesetzt. Die App wird NICHT signiert und NICHT notarisiert.');
  }

  return { win, mac, lines };
}

module.exports = { signingFromEnv };
