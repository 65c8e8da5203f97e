/**
 * The fonts every PDF prints with: static Noto TTFs shipped in electron/assets/fonts (see its
 * README for source, version and checksums). Each file is read and parsed once per process, and
 * only when the first PDF is made, so starting the app costs nothing.
 *
 * Where the folder is: like db/migrations it lies in the app's root (the repository in dev and
 * tests, app.asar when packaged; build/electron-builder.config.cjs ships it). Code runs from two
 * layouts, electron/services/pdf/*.ts (tests, command line) and out/main/index.js (the built main
 * process), so both relative paths are tried; the main process may also say where it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

/** The families in the order a character looks for a font: Latin/Cyrillic/Greek first. */
export const FONT_FAMILIES = ['NotoSans', 'NotoSansArabic', 'NotoSansGeorgian', 'NotoSansArmenian', 'NotoSansEthiopic'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontFamily, Record<FontWeight, string>> = {
  NotoSans: { regular: 'NotoSans_400Regular.ttf', bold: 'NotoSans_700Bold.ttf' },
  NotoSansArabic: { regular: 'NotoSansArabic_400Regular.ttf', bold: 'NotoSansArabic_700Bold.ttf' },
  NotoSansGeorgian: { regular: 'NotoSansGeorgian_400Regular.ttf', bold: 'NotoSansGeorgian_700Bold.ttf' },
  NotoSansArmenian: { regular: 'NotoSansArmenian_400Regular.ttf', bold: 'NotoSansArmenian_700Bold.ttf' },
  // No Bold cut shipped (it would add 360 KB): bold Ethiopic prints in the Regular cut.
  NotoSansEthiopic: { regular: 'NotoSansEthiopic_400Regular.ttf', bold: 'NotoSansEthiopic_400Regular.ttf' },
};

/** A parsed font and the name it is registered under in every document. */
export interface LoadedFont {
  /** pdfkit font name, e.g. 'NotoSansArabic-bold'. */
  name: string;
  family: FontFamily;
  weight: FontWeight;
  font: fontkit.Font;
}

let configuredFolder: string | null = null;

/** For the main process: the folder (path.join(app.getAppPath(), 'electron', 'assets', 'fonts')). */
export function setFontsFolder(folder: string): void {
  configuredFolder = folder;
  cache = null;
}

export function fontsFolder(): string {
  if (configuredFolder) return configuredFolder;
  const here = import.meta.dirname;
  const candidates = [
    path.resolve(here, '..', '..', 'assets', 'fonts'), // electron/services/pdf → electron/assets/fonts
    path.resolve(here, '..', '..', 'electron', 'assets', 'fonts'), // out/main → electron/assets/fonts
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, FILES.NotoSans.regular)));
  if (!found) throw new Error(`Die Schriften für PDF-Dokumente fehlen (gesucht in ${candidates.join(', ')}).`);
  return found;
}

export const fontName = (family: FontFamily, weight: FontWeight): string => `${family}-${weight}`;

let cache: Map<string, LoadedFont> | null = null;

/** Every font, parsed on first use; keyed by pdfkit name. */
function loaded(): Map<string, LoadedFont> {
  if (cache) return cache;
  const folder = fontsFolder();
  const parsed = new Map<string, fontkit.Font>();
  const fonts = new Map<string, LoadedFont>();
  for (const family of FONT_FAMILIES) {
    for (const weight of ['regular', 'bold'] as const) {
      const file = FILES[family][weight];
      let font = parsed.get(file);
      if (!font) {
        font = fontkit.create(new Uint8Array(fs.readFileSync(path.join(folder, file))));
        parsed.set(file, font);
      }
      fonts.set(fontName(family, weight), { name: fontName(family, weight), family, weight, font });
    }
  }
  cache = fonts;
  return fonts;
}

/** All fonts (both weights), to register in a document. */
export const allFonts = (): LoadedFont[] => [...loaded().values()];

/** The fonts of one weight, in priority order for choosing a font per character. */
export const fontsOfWeight = (weight: FontWeight): LoadedFont[] => FONT_FAMILIES.map((family) => loaded().get(fontName(family, weight)) as LoadedFont);

/** The document's default font: Noto Sans Regular (never a standard-14 font, which PDF/A forbids unembedded). */
export const defaultFont = (): LoadedFont => loaded().get(fontName('NotoSans', 'regular')) as LoadedFont;
