/**
 * Print, then sign: the choice of the printout a signature was given on, newest first, each named
 * as its footer names it ("Ausdruck 7KQ3M9 · Arabisch · 23.11.2026 10:30"). Without printouts
 * there is nothing to choose (a paper the app did not print): the caller may show a hint.
 */
import type { PrintoutView } from '../../electron/contract/areas/printouts';
import { printoutTexts } from '../i18n/printouts';
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
