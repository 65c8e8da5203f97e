/**
 * The one passphrase rule, used by the setup screen (as a live hint) and enforced by the store
 * service. zxcvbn-ts with German and common dictionaries estimates how guessable a phrase is.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn score (0..4) a passphrase must reach. */
export const MIN_PASSPHRASE_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: de.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...de.dictionary, kim: ['kim', 'fallakte', 'integration', 'integrationsmanagement', 'kommunal'] },
  });
  return estimator;
}

export interface PassphraseAssessment {
  /** 0 (very weak) .. 4 (very strong). */
  score: number;
  acceptable: boolean;
  /** Plain German advice; empty when nothing is to be said. */
  hints: string[];
}

export function assessPassphrase(passphrase: string, userInputs: string[] = []): PassphraseAssessment {
  const length = [...passphrase].length;
  const result = zxcvbn().check(passphrase.slice(0, 256), userInputs);
  const hints: string[] = [];
  if (length < MIN_PASSPHRASE_LENGTH) {
    hints.push(`Noch ${MIN_PASSPHRASE_LENGTH - length} Zeichen – mindestens ${MIN_PASSPHRASE_LENGTH} sind nötig.`);
  }
  if (result.feedback.warning) hints.push(result.feedback.warning);
  hints.push(...result.feedback.suggestions);
  const score = length < MIN_PASSPHRASE_LENGTH ? Math.min(result.score, 1) : result.score;
  return { score, acceptable: length >= MIN_PASSPHRASE_LENGTH && result.score >= MIN_PASSPHRASE_SCORE, hints };
}
