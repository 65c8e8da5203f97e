/**
 * What each part of the soak (`npm run soak`, tests/soak/main.ts) gives back: its figures, printed
 * one per line, and its failures, each with what is needed to repeat it (the seed, the method and
 * input, the kill's moment). The short versions in `npm test` assert that `failures` is empty.
 */
export interface SoakReport {
  /** 'Fuzz', 'Absturz', 'E/A-Fehler'. */
  name: string;
  /** Label → figure, in print order (e.g. 'Aufrufe' → 100000, 'davon abgelehnt' → 61234). */
  figures: [label: string, value: number | string][];
  /** Empty when the part passed; otherwise one readable line (or block) per failure. */
  failures: string[];
  /** Wall time of the part in ms. */
  ms: number;
}

export interface SoakOptions {
  /** Everything random derives from it: the same seed gives the same calls, inputs and kill moments. */
  seed: number;
  /** A line of progress for the person running it (the short versions in npm test pass a no-op). */
  progress: (line: string) => void;
}
