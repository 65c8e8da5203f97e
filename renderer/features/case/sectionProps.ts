/** What every section of the case screen gets from the case shell. */
export interface CaseSectionProps {
  caseId: string;
  personId: string;
  /** A closed case is read-only: sections show, but offer no changes. */
  closed: boolean;
  /** Tells the shell that something changed (phase, due items and timeline are reloaded). */
  onChanged: () => void;
}
