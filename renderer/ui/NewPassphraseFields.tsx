/**
 * Choosing a new passphrase: field, live strength check, repeat field. Used by setup, recovery
 * and the passphrase change. The hook owns the two values; `clear` forgets them after submit.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../electron/contract/passphrasePolicy';
import { de } from '../i18n/de';
import { StrengthMeter } from './StrengthMeter';
import { TextField } from './TextField';

const t = de.passphrase;

export interface NewPassphrase {
  next: string;
  repeat: string;
  setNext: (value: string) => void;
  setRepeat: (value: string) => void;
  assessment: PassphraseAssessment | null;
  /** Why the passphrase cannot be used yet, or null when it can. */
  problem: string | null;
  clear: () => void;
}

type StrengthCheck = typeof import('../../electron/contract/passphrasePolicy').assessPassphrase;

/**
 * The strength check brings about 600 KB of dictionaries (three quarters of the app's code): it is
 * loaded when a passphrase is chosen, not with the app. Once loaded it stays for the session.
 */
let loadedCheck: StrengthCheck | null = null;
function useStrengthCheck(): StrengthCheck | null {
  const [check, setCheck] = useState<StrengthCheck | null>(() => loadedCheck);
  useEffect(() => {
    if (check) return;
    let mounted = true;
    void import('../../electron/contract/passphrasePolicy').then((policy) => {
      loadedCheck = policy.assessPassphrase;
      if (mounted) setCheck(() => policy.assessPassphrase);
    });
    return () => {
      mounted = false;
    };
  }, [check]);
  return check;
}

/** `userInputs` (e.g. the person's name) count as easy to guess. */
export function useNewPassphrase(userInputs: readonly string[] = []): NewPassphrase {
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const check = useStrengthCheck();
  const inputsKey = userInputs.join('\n');
  const assessment = useMemo(() => (next === '' || !check ? null : check(next, inputsKey === '' ? [] : inputsKey.split('\n'))), [next, inputsKey, check]);
  let problem: string | null = null;
  if (next === '') problem = t.problems.empty;
  else if (!assessment) problem = t.problems.checking;
  else if (!assessment.acceptable) problem = t.problems.weak;
  else if (repeat === '') problem = t.problems.repeat;
  else if (repeat !== next) problem = t.problems.mismatch;
  return {
    next,
    repeat,
    setNext,
    setRepeat,
    assessment,
    problem,
    clear: () => {
      setNext('');
      setRepeat('');
    },
  };
}

/** The repeat field complains only once it can no longer become equal by typing on. */
function visibleMismatch(next: string, repeat: string): boolean {
  return repeat !== '' && repeat !== next && !(repeat.length < next.length && next.startsWith(repeat));
}

export interface NewPassphraseFieldsProps {
  state: NewPassphrase;
  label?: string;
  repeatLabel?: string;
  autoFocus?: boolean;
}

export function NewPassphraseFields({ state, label = t.label, repeatLabel = t.repeatLabel, autoFocus }: NewPassphraseFieldsProps) {
  const strengthId = useId();
  return (
    <>
      <TextField
        label={label}
        secret
        value={state.next}
        onChange={state.setNext}
        hint={t.newHint}
        describedBy={[strengthId]}
        autoComplete="new-password"
        maxLength={1024}
        autoFocus={autoFocus}
      />
      <StrengthMeter id={strengthId} assessment={state.assessment} />
      <TextField
        label={repeatLabel}
        secret
        value={state.repeat}
        onChange={state.setRepeat}
        error={visibleMismatch(state.next, state.repeat) ? t.mismatch : null}
        autoComplete="new-password"
        maxLength={1024}
      />
    </>
  );
}
