/**
 * German texts of the case sections Assessment (with re-assessment) and Ziele/Zielvereinbarung.
 * Labels of the scale, urgencies, services, goal statuses and step responsibles come from the
 * main process ('assessment.scale'); errors arrive in German and are shown as they are.
 */
import type { ComparedField, SituationDirection } from '../../electron/contract/areas/assessment';

import { germanDay } from './dates';

/** 'jeden Monat', 'alle 6 Monate'. */
const every = (n: number) => (n === 1 ? 'jeden Monat' : `alle ${n} Monate`);

export const ta = {
  common: {
    closedNote: 'Dieser Fall ist abgeschlossen. Sie können alles ansehen, aber nichts mehr ändern.',
    busy: 'Bitte warten …',
    cancel: 'Abbrechen',
    loading: 'Wird geladen …',
    choose: 'Bitte wählen',
  },

  assessment: {
    title: 'Assessment',
    intro:
      'Im Assessment halten Sie fest, wie die Lage in den einzelnen Lebensbereichen ist: was gut läuft, was gebraucht wird, wie dringend es ist und welche Stelle zuständig ist.',
    listTitle: 'Bisherige Assessments',
    none: 'Für diesen Fall ist noch kein Assessment erfasst.',
    columns: { kind: 'Art', date: 'Datum', areas: 'Lebensbereiche', recordedBy: 'Erfasst von', actions: 'Aktion' },
    view: 'Ansehen',
    viewLabel: (kind: string, date: string) => `${kind} vom ${germanDay(date)}`,
    createFirst: 'Assessment erfassen',
    createRe: 'Re-Assessment erfassen',
    dateLabel: 'Datum des Assessments',
    dateHint: 'Das Datum des Gesprächs. Es darf nicht in der Zukunft liegen.',
    areasLegend: 'Lebensbereiche',
    areasHint: 'Erfassen Sie nur die Lebensbereiche, über die Sie gesprochen haben. Mindestens einer ist nötig.',
    reIntro: (date: string) =>
      `Die Angaben aus dem Assessment vom ${germanDay(date)} sind schon eingetragen. Bitte prüfen Sie jeden Lebensbereich und ändern Sie, was heute anders ist.`,
    include: (area: string) => `${area}: in diesem Assessment erfassen`,
    situation: 'Wie ist die Situation?',
    situationOption: (value: number, meaning: string) => `${value} – ${meaning}`,
    resources: 'Ressourcen (was gut läuft, was die Person selbst kann)',
    needs: 'Bedarfe (was gebraucht wird)',
    urgency: 'Dringlichkeit',
    responsible: 'Zuständige Stelle / Rechtskreis',
    submit: 'Assessment speichern',
    saving: 'Das Assessment wird gespeichert …',
    saved: 'Das Assessment ist gespeichert.',
    problems: {
      date: 'Bitte geben Sie das Datum ein.',
      dateInFuture: 'Das Datum liegt in der Zukunft. Bitte geben Sie den Tag des Gesprächs ein.',
      noArea: 'Bitte erfassen Sie mindestens einen Lebensbereich.',
      situation: (area: string) => `Bitte wählen Sie für „${area}“ die Situation.`,
      urgency: (area: string) => `Bitte wählen Sie für „${area}“ die Dringlichkeit.`,
    },
    detailTitle: (kind: string, date: string) => `${kind} vom ${germanDay(date)}`,
    recordedBy: (name: string) => `Erfasst von ${name}.`,
    close: 'Ansicht schließen',
    noText: '–',
    situationValue: (value: number, label: string) => `${value} von 5 – ${label}`,
  },

  comparison: {
    title: 'Was sich verändert hat',
    intro: (previous: string, current: string) => `Vergleich mit dem Assessment vom ${germanDay(previous)} und vom ${germanDay(current)}.`,
    columns: {
      area: 'Lebensbereich',
      previous: (date: string) => `Situation vorher (${germanDay(date)})`,
      current: (date: string) => `Situation jetzt (${germanDay(date)})`,
      direction: 'Situation ist …',
      others: 'Außerdem geändert',
    },
    notAssessed: 'nicht erfasst',
    directions: { better: 'besser', worse: 'schlechter', same: 'gleich' } satisfies Record<SituationDirection, string>,
    fields: {
      situation: 'Situation',
      resources: 'Ressourcen',
      needs: 'Bedarfe',
      urgency: 'Dringlichkeit',
      responsibleService: 'Zuständige Stelle',
    } satisfies Record<ComparedField, string>,
    nothingElse: 'nichts',
  },

  status: {
    title: 'Nächstes Re-Assessment',
    noAssessment: 'Das Re-Assessment wird geplant, sobald das erste Assessment erfasst ist.',
    due: (date: string) => `Fällig am ${germanDay(date)}.`,
    overdue: 'Das Re-Assessment ist überfällig.',
    notOverdue: 'Es ist noch nicht überfällig.',
    cadence: (n: number, own: boolean) => (own ? `Rhythmus: ${every(n)}, für diesen Fall festgelegt.` : `Rhythmus: ${every(n)}, wie in den Einstellungen.`),
    cadenceLabel: 'Rhythmus für diesen Fall',
    cadenceDefault: 'wie in den Einstellungen',
    cadenceMonths: every,
    cadenceSubmit: 'Rhythmus speichern',
    cadenceSaved: 'Der Rhythmus ist gespeichert.',
  },

  goals: {
    title: 'Ziele und Zielvereinbarung',
    goalsTitle: 'Ziele',
    intro: 'Ergebnisziele je Lebensbereich, mit den Schritten dorthin: wer was bis wann tut.',
    none: 'Für diesen Fall gibt es noch keine Ziele.',
    status: (label: string) => `Status: ${label}`,
    statusLabel: 'Status des Ziels',
    statusSubmit: 'Status speichern',
    statusSaved: 'Der Status ist gespeichert.',
    add: 'Ziel hinzufügen',
    addTitle: 'Ziel hinzufügen',
    lifeArea: 'Lebensbereich',
    goalTitle: 'Ziel',
    goalTitleHint: 'In einfachen Worten, so wie Sie es mit der Person besprochen haben.',
    goalSubmit: 'Ziel speichern',
    goalSaved: 'Das Ziel ist gespeichert.',
    problems: {
      lifeArea: 'Bitte wählen Sie den Lebensbereich.',
      title: 'Bitte schreiben Sie das Ziel auf.',
      description: 'Bitte beschreiben Sie den Schritt.',
      responsible: 'Bitte wählen Sie, wer den Schritt übernimmt.',
      partner: 'Bitte wählen Sie den Netzwerkpartner.',
    },
  },

  steps: {
    listLabel: (goal: string) => `Schritte zu „${goal}“`,
    none: 'Noch keine Schritte.',
    who: (label: string) => `Wer: ${label}`,
    by: (date: string) => `Bis: ${germanDay(date)}`,
    done: (date: string) => `Erledigt am ${germanDay(date)}`,
    open: 'Noch offen',
    add: 'Schritt hinzufügen',
    addLegend: (goal: string) => `Neuer Schritt zu „${goal}“`,
    editLegend: (step: string) => `Schritt ändern: ${step}`,
    description: 'Was ist zu tun?',
    responsible: 'Wer übernimmt den Schritt?',
    partner: 'Netzwerkpartner',
    noPartners: 'Es sind noch keine Netzwerkpartner eingetragen. Sie können sie unter „Netzwerk“ anlegen.',
    dueDate: 'Bis wann? (optional)',
    submit: 'Schritt speichern',
    saved: 'Der Schritt ist gespeichert.',
    markDone: 'Erledigt',
    reopen: 'Wieder öffnen',
    edit: 'Ändern',
    /** Hidden after the visible button text, so each button names its step. */
    forStep: (step: string) => `: ${step}`,
  },

  agreements: {
    title: 'Zielvereinbarung',
    intro:
      'Die Zielvereinbarung hält die Ziele mit ihren Schritten so fest, wie sie jetzt sind. Die Person und Sie unterschreiben sie. Eine unterschriebene Zielvereinbarung kann nicht mehr geändert werden: Ändern sich die Ziele später, erstellen Sie eine neue Fassung.',
    none: 'Es gibt noch keine Zielvereinbarung.',
    columns: { version: 'Fassung', date: 'Datum', goals: 'Ziele', signature: 'Unterschrift', actions: 'Aktionen' },
    version: (n: number) => `Fassung ${n}`,
    signed: (date: string) => `Unterschrieben am ${germanDay(date)}. Kann nicht mehr geändert werden.`,
    unsigned: 'Noch nicht unterschrieben.',
    superseded: 'Nicht unterschrieben. Es gibt eine neuere Fassung.',
    createDate: 'Datum der Zielvereinbarung',
    createHint: (next: number) =>
      next === 1
        ? 'Die jetzigen Ziele (ohne verworfene) werden übernommen.'
        : `Es wird Fassung ${next} erstellt, mit den Zielen, wie sie jetzt sind. Die bisherigen Fassungen bleiben unverändert.`,
    create: 'Zielvereinbarung erstellen',
    creating: 'Die Zielvereinbarung wird erstellt …',
    created: (n: number) => `Fassung ${n} der Zielvereinbarung ist erstellt.`,
    sign: 'Unterschrift erfassen',
    signLegend: (n: number) => `Unterschrift für Fassung ${n}`,
    signDate: 'Datum der Unterschrift',
    signSubmit: 'Unterschrift speichern',
    signSaved: (n: number) => `Die Unterschrift für Fassung ${n} ist gespeichert.`,
    forVersion: (n: number) => `(Fassung ${n})`,
    signedNote:
      'Unterschriebene Fassungen bleiben, wie sie sind. Wenn Sie Ziele oder Schritte danach ändern, erstellen Sie bitte eine neue Fassung und lassen Sie diese unterschreiben.',
  },
};
