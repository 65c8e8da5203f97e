/** The live passphrase check: a labelled meter (score 0..4) and the policy's German hints. */
import { useId } from 'react';
import type { PassphraseAssessment } from '../../electron/contract/passphrasePolicy';
import { de } from '../i18n/de';

const t = de.passphrase;

export function strengthWord(assessment: PassphraseAssessment | null): string {
  if (!assessment) return t.strengthEmpty;
  return t.strengthWords[Math.max(0, Math.min(4, assessment.score))] ?? t.strengthEmpty;
}

/** `id` lands on the wrapper, so a field can point aria-describedby at the whole check. */
export function StrengthMeter({ id, assessment }: { id: string; assessment: PassphraseAssessment | null }) {
  const meterId = useId();
  const word = strengthWord(assessment);
  const score = assessment?.score ?? 0;
  const level = !assessment ? 'none' : assessment.acceptable ? 'good' : score >= 2 ? 'fair' : 'weak';
  return (
    <div className={`strength strength-${level}`} id={id}>
      <div className="strength-row">
        <label htmlFor={meterId} className="strength-label">
          {t.strengthLabel}:
        </label>{' '}
        <span className="strength-word" aria-live="polite">
          {word}
        </span>
      </div>
      <meter id={meterId} className="strength-meter" min={0} max={4} low={2} high={3} optimum={4} value={score} aria-valuetext={word} />
      {assessment && assessment.hints.length > 0 ? (
        <ul className="strength-hints">
          {assessment.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
