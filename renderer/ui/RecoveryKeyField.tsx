/** The recovery key as typed: groups of letters and digits, no spelling help, the same field wherever it is asked for. */
import type { Ref } from 'react';
import { RECOVERY_KEY_MAX } from '../../electron/contract/limits';
import { de } from '../i18n/de';
import { TextField } from './TextField';

export function RecoveryKeyField(props: { value: string; onChange: (value: string) => void; inputRef?: Ref<HTMLInputElement>; autoFocus?: boolean }) {
  return (
    <TextField
      label={de.recover.keyLabel}
      hint={de.recover.keyHint}
      inputClassName="input-code"
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      maxLength={RECOVERY_KEY_MAX}
      {...props}
    />
  );
}
