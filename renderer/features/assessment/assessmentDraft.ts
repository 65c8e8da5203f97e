/**
 * What the assessment form holds while it is filled in, and how it becomes the input of
 * 'assessment.create'. Pure functions: the rules themselves stay in the main process.
 */
import type { AssessmentScale, ReassessmentTemplate, ResponsibleService, Urgency } from '../../../electron/contract/areas/assessment';
import type { Input } from '../../../electron/contract';
import { ta } from '../../i18n/assessment';

export interface AreaDraft {
  lifeAreaId: string;
  name: string;
  /** Only included areas are sent. */
  included: boolean;
  /** '1'..'5', or '' while not chosen. */
  situation: string;
  resources: string;
  needs: string;
  urgency: Urgency | '';
  responsibleService: ResponsibleService | '';
}

export type AssessmentDraft = {
  date: string;
  areas: AreaDraft[];
};

type Entries = Input<'assessment.create'>['entries'];

function blankArea(area: { id: string; name: string }): AreaDraft {
  return { lifeAreaId: area.id, name: area.name, included: false, situation: '', resources: '', needs: '', urgency: '', responsibleService: 'keine' };
}

/** A first assessment: every active life area, none chosen yet. */
export function emptyDraft(scale: AssessmentScale, today: string): AssessmentDraft {
  return { date: today, areas: scale.lifeAreas.map(blankArea) };
}

/** A re-assessment: the last assessment's entries, ready to be checked and changed. */
export function draftFromTemplate(scale: AssessmentScale, template: ReassessmentTemplate, today: string): AssessmentDraft {
  return {
    date: today,
    areas: scale.lifeAreas.map((area) => {
      const entry = template.entries.find((e) => e.lifeAreaId === area.id);
      if (!entry) return blankArea(area);
      return {
        lifeAreaId: area.id,
        name: area.name,
        included: true,
        situation: String(entry.situation),
        resources: entry.resources ?? '',
        needs: entry.needs ?? '',
        urgency: entry.urgency,
        responsibleService: entry.responsibleService,
      };
    }),
  };
}

/** What still keeps the form from being sent, or null. `today` (YYYY-MM-DD): the date may not lie after it. */
export function draftProblem(draft: AssessmentDraft, today?: string): string | null {
  const t = ta.assessment.problems;
  if (draft.date === '') return t.date;
  if (today !== undefined && draft.date > today) return t.dateInFuture;
  const included = draft.areas.filter((a) => a.included);
  if (included.length === 0) return t.noArea;
  for (const area of included) {
    if (area.situation === '') return t.situation(area.name);
    if (area.urgency === '') return t.urgency(area.name);
  }
  return null;
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The entries to send: only included, complete areas. */
export function draftEntries(draft: AssessmentDraft): Entries {
  return draft.areas
    .filter((a) => a.included && a.situation !== '' && a.urgency !== '')
    .map((a) => ({
      lifeAreaId: a.lifeAreaId,
      situation: Number(a.situation),
      resources: textOrNull(a.resources),
      needs: textOrNull(a.needs),
      urgency: a.urgency as Urgency,
      responsibleService: (a.responsibleService || 'keine') as ResponsibleService,
    }));
}
