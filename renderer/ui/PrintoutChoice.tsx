/**
 * Print, then sign: the choice of the printout a signature was given on, newest first, each named
 * as its footer names it ("Ausdruck 7KQ3M9 · Arabisch · 23.11.2026 10:30"). Without printouts
 * there is nothing to choose (a paper the app did not print): the caller may show a hint.
 */
import type { Input } from '../../electron/contract';
import type { PrintoutView } from '../../electron/contract/areas/printouts';
import { call } from '../api';
import { printoutTexts } from '../i18n/printouts';
import { useLoad } from '../state/useLoad';
import { ChoiceGroup } from './ChoiceGroup';

export interface PrintoutChoiceProps {
  printouts: readonly PrintoutView[];
  legend: string;
  hint: string;
  value: string;
  onChange: (printoutId: string) => void;
}

export function PrintoutChoice({ printouts, legend, hint, value, onChange }: PrintoutChoiceProps) {
  if (printouts.length === 0) return null;
  return (
    <ChoiceGroup
      legend={legend}
      hint={hint}
      options={printouts.map((p) => ({ value: p.id, label: printoutTexts.option(p.code, p.languageName, p.printedAt) }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** The printout chosen: the one picked, or the only one there is (preselected). */
export function chosenPrintout(printouts: readonly PrintoutView[] | null, picked: string): string {
  if (!printouts) return '';
  if (picked !== '' && printouts.some((p) => p.id === picked)) return picked;
  return printouts.length === 1 ? (printouts[0]?.id ?? '') : '';
}

const unsigned = (p: PrintoutView) => p.signedAgreementId === null && p.releaseId === null && p.consentId === null;

/**
 * The printouts of a paper that no signature names yet: what a written signature may name. A null
 * filter (nothing signed on paper: an oral signature, no partner chosen yet) loads nothing.
 */
export function useUnsignedPrintouts(filter: Input<'printouts.list'> | null): { printouts: PrintoutView[] | null; loading: boolean; error: string | null } {
  const key = filter === null ? null : JSON.stringify(filter);
  const state = useLoad<PrintoutView[]>(async () => {
    if (filter === null) return { ok: true, value: [] };
    const result = await call('printouts.list', filter);
    return result.ok ? { ok: true, value: result.value.filter(unsigned) } : result;
  }, [key]);
  if (filter === null) return { printouts: [], loading: false, error: null };
  return { printouts: state.data, loading: state.loading, error: state.error };
}
