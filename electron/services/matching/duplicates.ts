/**
 * Before a new person is registered: people already recorded who are likely the same person —
 * a spelling of the name that is the same, a transliteration variant or differs by a typing error
 * (given and family name, also when the two were swapped), and the same year of birth when both
 * are known. A different year of birth rules a person out; an unknown one does not.
 */
import type { LikelyDuplicate, LikelyDuplicatesInput } from '../../contract/areas/consultation';
import { primaryDisplay, type Candidate, type Spelling } from './candidates';
import { better, compareWordLists, nameWords, worse, type Grade, type WordInfo } from './nameMatch';

const MAX_DUPLICATES = 20;

interface NameParts {
  family: WordInfo[];
  given: WordInfo[];
}

interface NameMatch {
  grade: Grade;
  swapped: boolean;
  familyOnly: boolean;
  spelling: Spelling;
}

/** One list contained in the other, either way round (Amira / Amira Fatima). */
const partsGrade = (a: WordInfo[], b: WordInfo[]): Grade | null => better(compareWordLists(a, b), compareWordLists(b, a));

function compareName(input: NameParts, spelling: Spelling): NameMatch | null {
  const family = partsGrade(input.family, spelling.family);
  if (family !== null) {
    if (input.given.length === 0 || spelling.given.length === 0) return { grade: family, swapped: false, familyOnly: true, spelling };
    const given = partsGrade(input.given, spelling.given);
    if (given !== null) return { grade: worse(family, given), swapped: false, familyOnly: false, spelling };
  }
  if (input.given.length > 0 && spelling.given.length > 0) {
    const familyAsGiven = partsGrade(input.family, spelling.given);
    const givenAsFamily = familyAsGiven && partsGrade(input.given, spelling.family);
    if (familyAsGiven && givenAsFamily) return { grade: worse(familyAsGiven, givenAsFamily), swapped: true, familyOnly: false, spelling };
  }
  return null;
}

const RANK = (m: NameMatch) => ['exact', 'variant', 'typo'].indexOf(m.grade) * 2 + (m.swapped || m.familyOnly ? 1 : 0);

/** '1991-04-03' → '03.04.1991', '1991-04' → '04.1991'. */
export function germanDate(date: string): string {
  return date.split('-').reverse().join('.');
}

function nameReason(match: NameMatch): string {
  const name = match.spelling.display;
  if (match.swapped) return `Vor- und Familienname vertauscht: ${name}`;
  const text = {
    exact: `Gleicher Name: ${name}`,
    variant: `Andere Schreibweise desselben Namens: ${name}`,
    typo: `Ähnlicher Name, vielleicht ein Tippfehler: ${name}`,
  }[match.grade];
  return match.familyOnly ? `${text} (nur der Familienname wurde verglichen)` : text;
}

/** null: the dates rule the person out; otherwise the reason to show (or none) and whether they agree. */
function compareBirth(given: string | null, stored: string | null): { reason: string; agrees: boolean } | null {
  if (!given && !stored) return { reason: 'Geburtsdatum bei beiden nicht bekannt – bitte anders prüfen', agrees: false };
  if (!given) return { reason: `Kein Geburtsdatum angegeben; erfasst ist ${germanDate(stored ?? '')}`, agrees: false };
  if (!stored) return { reason: 'Bei dieser Person ist kein Geburtsdatum erfasst', agrees: false };
  if (given.slice(0, 4) !== stored.slice(0, 4)) return null;
  if (given === stored) return { reason: `Gleiches Geburtsdatum: ${germanDate(stored)}`, agrees: true };
  if (given.length === 10 && stored.length === 10) return { reason: `Gleiches Geburtsjahr, anderer Tag: ${germanDate(stored)}`, agrees: false };
  return { reason: `Gleiches Geburtsjahr: ${stored.slice(0, 4)}`, agrees: true };
}

/** Shown as the name of a restricted person's record among the likely duplicates: that it exists, nothing about it. */
export const RESTRICTED_DUPLICATE_NAME = 'Eingeschränkter Datensatz vorhanden';
export const RESTRICTED_DUPLICATE_REASON =
  'Die Verarbeitung dieses Datensatzes ist eingeschränkt (Art. 18 DSGVO), deshalb werden keine Angaben gezeigt. Bitte legen Sie keine zweite Person an, sondern klären Sie mit der zuständigen Fallverantwortlichen oder dem zuständigen Fallverantwortlichen, ob es dieselbe Person ist.';

/**
 * A restricted person's record among the likely duplicates: no name, date of birth or case number
 * (their data may not be used), but its existence, so nobody registers the same person again.
 */
function restrictedDuplicate(personId: string, likelihood: 'hoch' | 'mittel'): LikelyDuplicate {
  return {
    personId,
    displayName: RESTRICTED_DUPLICATE_NAME,
    birthDate: null,
    openCaseId: null,
    openCaseNumber: null,
    likelihood,
    reasons: [RESTRICTED_DUPLICATE_REASON],
    restricted: true,
  };
}

export function likelyDuplicates(candidates: Candidate[], input: LikelyDuplicatesInput): LikelyDuplicate[] {
  const names = input.names.map((n) => ({ family: nameWords(n.familyName), given: nameWords(n.givenNames) }));
  const found: { duplicate: LikelyDuplicate; rank: number; order: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.personId === input.excludePersonId) continue;
    const birth = compareBirth(input.birthDate ?? null, candidate.birthDate);
    if (!birth) continue;
    let best: NameMatch | null = null;
    for (const name of names) {
      for (const spelling of candidate.spellings) {
        const match = compareName(name, spelling);
        if (match && (!best || RANK(match) < RANK(best))) best = match;
      }
    }
    if (!best) continue;
    const strongName = (best.grade === 'exact' || best.grade === 'variant') && !best.swapped && !best.familyOnly;
    const likelihood = strongName && birth.agrees ? 'hoch' : 'mittel';
    if (candidate.restricted) {
      found.push({
        rank: (likelihood === 'hoch' ? 0 : 10) + RANK(best),
        order: candidate.order,
        duplicate: restrictedDuplicate(candidate.personId, likelihood),
      });
      continue;
    }
    found.push({
      rank: (likelihood === 'hoch' ? 0 : 10) + RANK(best),
      order: candidate.order,
      duplicate: {
        personId: candidate.personId,
        displayName: primaryDisplay(candidate),
        birthDate: candidate.birthDate,
        openCaseId: candidate.openCase?.id ?? null,
        openCaseNumber: candidate.openCase?.caseNumber ?? null,
        likelihood,
        reasons: [nameReason(best), birth.reason],
        restricted: false,
      },
    });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.duplicate.displayName.localeCompare(b.duplicate.displayName, 'de') || a.order - b.order)
    .slice(0, MAX_DUPLICATES)
    .map((f) => f.duplicate);
}
