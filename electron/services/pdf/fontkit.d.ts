/**
 * The small part of fontkit 2.0.4 (pdfkit's own font engine, hoisted into node_modules) that the
 * PDF layout uses: parse a font once, ask which characters it has, lay out a run to find glyph 0.
 * fontkit ships no type declarations. (tsconfig.e2e.json names this file: the browser tests reach the PDFs through the services.)
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    advanceWidth: number;
    positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    getGlyph(id: number, codePoints?: number[]): Glyph;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
