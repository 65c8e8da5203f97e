/**
 * The unit's part in the district statistic with hidden counts: its key (fingerprint only; the
 * private halves never leave the main process), the roster it has imported, and a roster file
 * being checked before import. Dropped on lock like the rest of the Statistik page.
 */
import { create } from 'zustand';
import { DISTRICT_FILE_MAX_CHARS } from '../../../electron/contract/areas/district';
import type { ImportedRoster, RosterCheck, UnitKeyInfo } from '../../../electron/contract/areas/statisticsRoster';
import { call } from '../../api';
import { lockEpoch, registerResetOnLock } from '../../state/session';
import { readTextFiles } from '../../ui/readTextFiles';
import { loadPreview, useStatistics } from './statisticsStore';

/** A roster file read and checked by the main process, not yet imported. */
export interface CheckedRoster {
  fileName: string;
  text: string;
  check: RosterCheck;
}

interface RosterState {
  unitKey: UnitKeyInfo | null;
  roster: ImportedRoster | null;
  loaded: boolean;
  loadError: string | null;
  /** The chosen file's name, while it is checked and after. */
  fileName: string | null;
  checking: boolean;
  checkError: string | null;
  checked: CheckedRoster | null;
  /** Said after an import (the check's view is gone then). */
  notice: string | null;
}

const initial: RosterState = {
  unitKey: null,
  roster: null,
  loaded: false,
  loadError: null,
  fileName: null,
  checking: false,
  checkError: null,
  checked: null,
  notice: null,
};

export const useRoster = create<RosterState>()(() => initial);

/** The unit's key (made on first ask) and its imported roster. */
export async function loadRoster(): Promise<void> {
  const epoch = lockEpoch();
  const [unitKey, roster] = await Promise.all([call('statistics.unitKey', {}), call('statistics.roster', {})]);
  if (epoch !== lockEpoch()) return;
  const failed = !unitKey.ok ? unitKey.error : !roster.ok ? roster.error : null;
  useRoster.setState({
    unitKey: unitKey.ok ? unitKey.value : null,
    roster: roster.ok ? roster.value : null,
    loaded: true,
    loadError: failed?.message ?? null,
  });
}

/** Reads the chosen roster file and has the main process check it (nothing is imported yet). */
export async function checkRosterFile(file: File): Promise<void> {
  const epoch = lockEpoch();
  useRoster.setState({ fileName: file.name, checking: true, checkError: null, checked: null, notice: null });
  const { files, problems } = await readTextFiles([file], 1, DISTRICT_FILE_MAX_CHARS);
  const text = files[0]?.text;
  if (text === undefined) {
    useRoster.setState({ checking: false, checkError: problems[0] ?? null });
    return;
  }
  const result = await call('statistics.checkRoster', { text });
  if (epoch !== lockEpoch() || useRoster.getState().fileName !== file.name) return;
  useRoster.setState(
    result.ok ? { checking: false, checked: { fileName: file.name, text, check: result.value } } : { checking: false, checkError: result.error.message },
  );
}

/** Forgets the checked file without importing it. */
export function dropCheckedRoster(): void {
  useRoster.setState({ fileName: null, checked: null, checkError: null, checking: false });
}

/**
 * After an import: the roster is shown as imported and the preview is made again, since the
 * quarter's export now goes against it (districtExport).
 */
export async function rosterImported(roster: ImportedRoster, notice: string): Promise<void> {
  useRoster.setState({ roster, checked: null, fileName: null, checkError: null, notice });
  const { period } = useStatistics.getState();
  if (period) await loadPreview(period);
}

registerResetOnLock(() => useRoster.setState(initial, true));
