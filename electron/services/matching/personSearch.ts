/**
 * Finding a person as one types: every word of the query must match something of the person —
 * a word of any spelling of the name (exactly, as a transliteration variant, as the beginning of
 * the word while typing, with a typing error, or as a part of it), a case number, or the date of birth.
 */
import type { MatchedBy, PersonHit } from '../../contract/areas/consultation';
import { primaryDisplay, type Candidate, type Spelling } from './candidates';
import { compareWords, wordInfo, type WordInfo } from './nameMatch';
import { soundKey, words } from './normalize';

/** Scores of one query word against one word of a name, best first. */
export const WORD_SCORE = { exact: 1, variant: 0.9, prefix: 0.8, keyPrefix: 0.75, typo: 0.7, part: 0.6 } as const;
/** A hit through a spelling that is not the primary one ranks just below the same hit on the primary one. */
const OTHER_SPELLING = 0.98;

type NumberToken = { kind: 'number'; raw: string; date: string | null };
type NameToken = { kind: 'name'; word: WordInfo };
type Token = NumberToken | NameToken;

/** '03.04.1991' → '1991-04-03', '4.1991' → '1991-04', '1991' or '1991-04-03' as they are. */
function dateOf(raw: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (german) return `${german[3]}-${german[2]?.padStart(2, '0')}-${german[1]?.padStart(2, '0')}`;
  const monthYear = /^(\d{1,2})\.(\d{4})$/.exec(raw);
  if (monthYear) return `${monthYear[2]}-${monthYear[1]?.padStart(2, '0')}`;
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw) ? raw : null;
}

export function parseQuery(query: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of query.split(/[\s,;]+/).filter(Boolean)) {
    if (/^[\d.\-/]+$/.test(raw)) {
      if (/\d/.test(raw)) tokens.push({ kind: 'number', raw, date: dateOf(raw) });
      continue;
    }
    for (const word of words(raw)) tokens.push({ kind: 'name', word: wordInfo(word, /[\u0600-\u06ff]/.test(raw)) });
  }
  return tokens;
}

function caseNumberScore(raw: string, caseNumbers: string[]): number {
  let best = 0;
  for (const number of caseNumbers) {
    if (number === raw) best = Math.max(best, 1);
    else if (number.startsWith(raw)) best = Math.max(best, 0.85);
    else if (raw.replace(/\D/g, '').length >= 3 && number.includes(raw)) best = Math.max(best, 0.7);
  }
  return best;
}

function birthDateScore(date: string | null, birthDate: string | null): number {
  if (!date || !birthDate) return 0;
  if (date === birthDate) return 1;
  if (birthDate.startsWith(date)) return 0.9; // '1991' finds 1991-04-03
  if (date.startsWith(birthDate)) return 0.7; // '03.04.1991' finds a person of whom only 1991 is known
  return 0;
}

function wordScore(query: WordInfo, word: WordInfo): number {
  const grade = compareWords(query, word);
  if (grade === 'exact') return WORD_SCORE.exact;
  if (grade === 'variant') return WORD_SCORE.variant;
  if (word.folded.startsWith(query.folded)) return WORD_SCORE.prefix;
  if (query.folded.length >= 3) {
    // The last symbol may be a half-typed cluster (Schewt… for Schewtsch…): it need not match.
    const typedKey = soundKey(query.folded);
    const typedStem = typedKey.length >= 4 ? typedKey.slice(0, -1) : typedKey;
    if (word.keys.some((k) => k.startsWith(typedStem))) return WORD_SCORE.keyPrefix;
  }
  if (grade === 'typo') return WORD_SCORE.typo;
  if (query.folded.length >= 3 && word.folded.includes(query.folded)) return WORD_SCORE.part;
  return 0;
}

/** The words of a spelling, plus each name part written together (Abdul Rahman → abdulrahman). */
function spellingWords(spelling: Spelling): WordInfo[] {
  if (!spelling.searchWords) {
    const all = [...spelling.family, ...spelling.given];
    for (const part of [spelling.family, spelling.given]) {
      if (part.length > 1) all.push(wordInfo(part.map((w) => w.folded).join('')));
    }
    spelling.searchWords = all;
  }
  return spelling.searchWords;
}

/**
 * Word scores of one query: per query word, by name word. Names repeat a lot and the prepared
 * candidates share one object per distinct name part, so a common name is compared once per
 * query word and looked up by identity after that (no key to build for each of the many persons).
 */
type ScoreMemo = Map<WordInfo, number>[];

function memoScore(memo: Map<WordInfo, number>, query: WordInfo, word: WordInfo): number {
  let score = memo.get(word);
  if (score === undefined) {
    score = wordScore(query, word);
    memo.set(word, score);
  }
  return score;
}

/** How well the query words match one spelling (0 when one of them matches nothing). */
function spellingScore(nameTokens: NameToken[], spelling: Spelling, memo: ScoreMemo): number {
  const spellingWordList = spellingWords(spelling);
  let total = 0;
  for (let i = 0; i < nameTokens.length; i++) {
    const query = nameTokens[i]!.word;
    const scores = memo[i]!;
    let best = 0;
    for (const word of spellingWordList) {
      const score = memoScore(scores, query, word);
      if (score > best) best = score;
    }
    if (best === 0) return 0;
    total += best;
  }
  return total / nameTokens.length;
}

interface PreparedQuery {
  tokens: Token[];
  numberTokens: NumberToken[];
  nameTokens: NameToken[];
  memo: ScoreMemo;
}

function prepareQuery(tokens: Token[]): PreparedQuery {
  const nameTokens = tokens.filter((t): t is NameToken => t.kind === 'name');
  return {
    tokens,
    numberTokens: tokens.filter((t): t is NumberToken => t.kind === 'number'),
    nameTokens,
    memo: nameTokens.map(() => new Map()),
  };
}

/** The hit of one candidate, or null; the query prepared once for all candidates. */
function scorePrepared(query: PreparedQuery, candidate: Candidate): PersonHit | null {
  const { tokens, numberTokens, nameTokens, memo } = query;
  let numberTotal = 0;
  // What matched, in the order first matched; made only for number tokens (most queries are names).
  let matchedBy: MatchedBy[] | null = null;
  for (const token of numberTokens) {
    const byCase = caseNumberScore(token.raw, candidate.caseNumbers);
    const byBirth = birthDateScore(token.date, candidate.birthDate);
    if (byCase === 0 && byBirth === 0) return null;
    const kind: MatchedBy = byCase >= byBirth ? 'caseNumber' : 'birthDate';
    matchedBy ??= [];
    if (!matchedBy.includes(kind)) matchedBy.push(kind);
    numberTotal += Math.max(byCase, byBirth);
  }
  let nameScore = 0;
  let matchedSpelling: Spelling | undefined;
  if (nameTokens.length > 0) {
    for (const spelling of candidate.spellings) {
      const score = spellingScore(nameTokens, spelling, memo) * (spelling.primary ? 1 : OTHER_SPELLING);
      if (score > nameScore) {
        nameScore = score;
        matchedSpelling = spelling;
      }
    }
    if (nameScore === 0) return null;
  }
  matchedBy ??= [];
  if (nameTokens.length > 0) matchedBy.push('name');
  const score = (nameScore * nameTokens.length + numberTotal) / tokens.length;
  return {
    personId: candidate.personId,
    displayName: primaryDisplay(candidate),
    matchedSpelling: matchedSpelling && !matchedSpelling.primary ? matchedSpelling.display : null,
    matchedBy,
    birthDate: candidate.birthDate,
    openCaseId: candidate.openCase?.id ?? null,
    openCaseNumber: candidate.openCase?.caseNumber ?? null,
    incomplete: candidate.incomplete,
    score: Math.round(score * 1000) / 1000,
  };
}

export function scoreCandidate(tokens: Token[], candidate: Candidate): PersonHit | null {
  return scorePrepared(prepareQuery(tokens), candidate);
}

/** localeCompare(…, 'de') without a collator made for each comparison: a prefix matches thousands. */
const byName = new Intl.Collator('de').compare;

/**
 * The best hits for a query, best first (ties by name, then in the order the persons were
 * recorded: the same list whatever order the candidates are kept in).
 */
export function searchPersons(candidates: Candidate[], query: string, limit: number): PersonHit[] {
  const tokens = parseQuery(query);
  if (tokens.length === 0) return [];
  const hits: { hit: PersonHit; order: number }[] = [];
  const prepared = prepareQuery(tokens);
  for (const candidate of candidates) {
    const hit = scorePrepared(prepared, candidate);
    if (hit) hits.push({ hit, order: candidate.order });
  }
  return hits
    .sort((a, b) => b.hit.score - a.hit.score || byName(a.hit.displayName, b.hit.displayName) || a.order - b.order)
    .slice(0, limit)
    .map((h) => h.hit);
}
