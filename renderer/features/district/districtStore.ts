/**
 * The district view's state: the chosen exports' names and texts (read in the renderer, sent with
 * every call, as the main process keeps nothing), the district's name and the last merge. Only
 * anonymised numbers, but dropped on lock like everything else.
 */
import { create } from 'zustand';
import { DISTRICT_FILE_MAX_CHARS, DISTRICT_FILES_MAX, type DistrictInput, type DistrictMergeResult } from '../../../electron/contract/areas/district';
import { QUARTER_PATTERN } from '../../../electron/contract/statisticsDocument';
import { call } from '../../api';
import { registerResetOnLock } from '../../state/session';
import { readTextFiles } from '../../ui/readTextFiles';

export interface ImportedFile {
  name: string;
  text: string;
}

export type FileRole = 'current' | 'previous';

interface DistrictState {
  files: ImportedFile[];
  previous: ImportedFile[];
  /** Problems found while reading the files here (too many, too large, unreadable). */
  readProblems: Record<FileRole, string[]>;
  districtName: string;
  /** The report's period as chosen ('2026-H1'); '' = as the files make it (see parseExports). */
  period: string;
  busy: boolean;
  error: string | null;
  result: DistrictMergeResult | null;
  /** The input the result was made from; the exports send exactly this. */
  mergedInput: DistrictInput | null;
}

const initial: DistrictState = {
  files: [],
  previous: [],
  readProblems: { current: [], previous: [] },
  districtName: '',
  period: '',
  busy: false,
  error: null,
  result: null,
  mergedInput: null,
};

export const useDistrict = create<DistrictState>()(() => initial);

/** Anything changed: the last result no longer matches the choice. */
const stale = { result: null, mergedInput: null, error: null } as const;
/** Bumped on every change of the choice, so a merge's answer to an older choice is dropped. */
let generation = 0;

/** Reads the chosen files' texts; replaces the earlier choice for that role. */
export async function chooseFiles(role: FileRole, chosen: readonly File[]): Promise<void> {
  const { files, problems } = await readTextFiles(chosen, DISTRICT_FILES_MAX, DISTRICT_FILE_MAX_CHARS);
  const { readProblems } = useDistrict.getState();
  generation += 1;
  useDistrict.setState({
    ...(role === 'current' ? { files } : { previous: files }),
    readProblems: { ...readProblems, [role]: problems },
    ...stale,
  });
}

export function setDistrictPeriod(period: string): void {
  generation += 1;
  useDistrict.setState({ period, ...stale });
}

/**
 * The quarters the chosen files say they are for, to offer the periods they can make. Only a
 * hint for the choice: the main process checks every file fully.
 */
export function quartersOf(files: readonly ImportedFile[]): string[] {
  return files.flatMap((file) => {
    try {
      type WithPeriod = { period?: { label?: unknown } } | null;
      // A masked export (district statistic with hidden counts) carries its period inside the signed body.
      const parsed = JSON.parse(file.text.replace(/^\uFEFF/, '')) as (WithPeriod & { body?: WithPeriod }) | null;
      const label = parsed?.period?.label ?? parsed?.body?.period?.label;
      return typeof label === 'string' && QUARTER_PATTERN.test(label) ? [label] : [];
    } catch {
      return [];
    }
  });
}

export function setDistrictName(districtName: string): void {
  generation += 1;
  useDistrict.setState({ districtName, ...stale });
}

/** The input of merge and exports from the current choice. */
export function districtInput(): DistrictInput | null {
  const { files, previous, districtName, period } = useDistrict.getState();
  if (files.length === 0) return null;
  const name = districtName.trim();
  return { files, ...(previous.length > 0 ? { previous } : {}), ...(name ? { districtName: name } : {}), ...(period ? { period } : {}) };
}

/** Checks and merges in the main process; the result holds either the report or the files' problems. */
export async function mergeFiles(): Promise<DistrictMergeResult | null> {
  const input = districtInput();
  if (!input || useDistrict.getState().busy) return null;
  const mine = generation;
  useDistrict.setState({ busy: true, error: null });
  const result = await call('district.merge', input);
  if (mine !== generation) {
    useDistrict.setState({ busy: false });
    return null;
  }
  if (!result.ok) {
    useDistrict.setState({ busy: false, error: result.error.message, result: null, mergedInput: null });
    return null;
  }
  useDistrict.setState({ busy: false, result: result.value, mergedInput: result.value.report ? input : null });
  return result.value;
}

export function resetDistrict(): void {
  generation += 1;
  useDistrict.setState(initial, true);
}

registerResetOnLock(resetDistrict);
