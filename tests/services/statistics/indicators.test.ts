/**
 * Indicator correctness on a small hand-built dataset whose numbers are known: the raw counts
 * before anonymisation, and the published document at k = 3 (without perturbation, so the
 * numbers can be read off). Also: no share tables, goals as flows that add up over quarters,
 * and the timing of every table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountTableDoc, MeasureTableDoc, StatisticsDocument } from '../../../electron/contract/statisticsDocument';
import { writeSetting } from '../../../db/queries/settings';
import { prepareStatistics, rawIndicators } from '../../../electron/services/statistics/document';
import type { RawCountTable, RawHoursTable, RawMeasureTable, RawTable } from '../../../electron/services/statistics/tally';
import { clockedStore, contact, entry, openCase } from './helpers';

type Store = Awaited<ReturnType<typeof clockedStore>>;

/**
 * Today is 2026-05-10; the period is 2026-Q1.
 * A: opened 2026-01-10 (Sprechstunde, Zielgruppe), woman *1990-05-01, SY/ar, Nordheim, Duldung;
 *    assessment after 10 days, agreement signed after 22 days, two goals agreed 2026-01-20 (the
 *    language goal reached 2026-03-15, the stay goal "in Arbeit" from 2026-04-20),
 *    a referral to the Jobcenter that failed for lack of places; two contacts.
 * B: opened 2026-02-01 (ABH, Zielgruppe), man *2000, AF/fa, Nordheim, Gestattung; assessment
 *    after 10 days; a work goal agreed 2026-02-11, given up 2026-04-25; one contact; a referral
 *    to a language course still open.
 * C: opened 2026-03-01 (Sprechstunde, Zielgruppe) at the town hall of Südwalde, woman *1960-01,
 *    UA/uk, living in Nordheim; assessment after 4 days; one contact; a case conference.
 * D: opened 2025-06-01 (Jobcenter), closed 2026-02-20 (Wegzug), living in Ostbach (no location there).
 * E: opened 2025-05-01 (Sozialamt), divers *1970-07-01, ER/ti; assessment 2025-05-05, overdue; one phone call.
 * F: opened and closed (goals reached) in 2025; G: opened 2026-04-05, after the period.
 * Three short advices on 2026-02-10: two on housing in Arabic with an interpreter, one on work in German.
 */
async function knownDataset(): Promise<Store> {
  const s = await clockedStore('2025-05-01');
  const gu = s.locations.create({ name: 'GU Waldweg', kind: 'gu', municipality: 'Nordheim' });
  const rathaus = s.locations.create({ name: 'Rathaus Südwalde', kind: 'rathaus', municipality: 'Südwalde' });
  const group = s.targetGroups.create({ name: 'Geduldete über 27 Jahre', validFrom: '2025-01-01' });
  const jobcenter = s.partners.create({
    organisation: 'Jobcenter Kreis',
    legalArea: 'sgb2',
    municipality: null,
    contactName: 'Frau Jobcenter',
    phone: null,
    email: null,
  });
  const course = s.partners.create({ organisation: 'Sprachschule', legalArea: 'sprache', municipality: null, contactName: null, phone: null, email: null });

  const e = openCase(
    s,
    '2025-05-01',
    { birthDate: '1970-07-01', gender: 'divers', nationalities: ['ER'], languages: ['ti'], municipality: 'Nordheim', residenceStatus: 'aufenthaltserlaubnis' },
    { accessRoute: 'sozialamt' },
  );
  s.at('2025-05-05');
  s.assessments.create({ caseId: e.caseId, date: '2025-05-05', entries: [entry('wohnen')] });
  const d = openCase(
    s,
    '2025-06-01',
    { birthDate: '1985-03-15', gender: 'maennlich', nationalities: ['IQ'], languages: ['ku'], municipality: 'Ostbach' },
    { accessRoute: 'jobcenter' },
  );
  s.at('2025-06-10');
  s.assessments.create({ caseId: d.caseId, date: '2025-06-10', entries: [entry('wohnen')] });
  const f = openCase(s, '2025-09-01', { birthDate: '1995', gender: 'weiblich', nationalities: ['SY'], languages: ['ar'] });
  s.at('2025-12-01');
  s.cases.close({ caseId: f.caseId, reason: 'ziele_erreicht' });

  const a = openCase(
    s,
    '2026-01-10',
    { birthDate: '1990-05-01', gender: 'weiblich', nationalities: ['SY'], languages: ['ar'], municipality: 'Nordheim', residenceStatus: 'duldung' },
    { targetGroupIds: [group.id], locationId: gu.id },
  );
  contact(s, '2026-01-10', a, { place: 'sprechstunde', locationId: gu.id, durationMinutes: 60, interpreterUsed: true, interpreterLanguage: 'Arabisch' });
  s.at('2026-01-20');
  s.assessments.create({ caseId: a.caseId, date: '2026-01-20', entries: [entry('aufenthalt'), entry('sprache')] });
  const stay = s.goals.create({ caseId: a.caseId, lifeAreaId: 'aufenthalt', title: 'Aufenthalt sichern' });
  const language = s.goals.create({ caseId: a.caseId, lifeAreaId: 'sprache', title: 'B1 schaffen' });
  s.at('2026-01-25');
  const agreement = s.agreements.create({ caseId: a.caseId, date: '2026-01-25' });
  s.at('2026-02-01');
  s.agreements.sign({ agreementId: agreement.id, signedAt: '2026-02-01' });
  s.at('2026-02-05');
  const failing = s.referrals.create({
    caseId: a.caseId,
    partnerId: jobcenter.id,
    lifeAreaId: 'arbeit',
    reason: 'Arbeitssuche',
    date: '2026-02-05',
    dataTransfer: false,
  });

  const b = openCase(
    s,
    '2026-02-01',
    { birthDate: '2000', gender: 'maennlich', nationalities: ['AF'], languages: ['fa'], municipality: 'Nordheim', residenceStatus: 'gestattung' },
    { accessRoute: 'abh', targetGroupIds: [group.id], locationId: gu.id },
  );
  contact(s, '2026-02-01', b, { place: 'sprechstunde', locationId: gu.id, durationMinutes: 30, interpreterUsed: true, interpreterLanguage: 'Dari' });
  s.at('2026-02-11');
  s.assessments.create({ caseId: b.caseId, date: '2026-02-11', entries: [entry('sprache')] });
  const work = s.goals.create({ caseId: b.caseId, lifeAreaId: 'arbeit', title: 'Arbeit finden' });

  s.at('2026-02-10');
  const session = s.consultation.sessions.start({ locationId: gu.id });
  s.consultation.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: 'ar', interpreterUsed: true });
  s.consultation.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'wohnen', language: 'ar', interpreterUsed: true });
  s.consultation.shortAdvice.record({ sessionId: session.id, lifeAreaId: 'arbeit', language: null, interpreterUsed: false });
  s.consultation.sessions.end({ sessionId: session.id });

  contact(s, '2026-02-15', a, { place: 'wohnung', type: 'hausbesuch', durationMinutes: 90 });
  s.at('2026-02-20');
  s.cases.close({ caseId: d.caseId, reason: 'wegzug' });

  const c = openCase(
    s,
    '2026-03-01',
    { birthDate: '1960-01', gender: 'weiblich', nationalities: ['UA'], languages: ['uk'], municipality: 'nordheim ', residenceStatus: 'aufenthaltserlaubnis' },
    { targetGroupIds: [group.id], locationId: rathaus.id },
  );
  contact(s, '2026-03-01', c, { place: 'sprechstunde', locationId: rathaus.id, durationMinutes: 45 });
  s.at('2026-03-01');
  s.referrals.setStatus({ id: failing.id, status: 'abgelehnt', note: null, structuralGap: 'kein_platz', outcome: 'Keine Plätze frei' });
  s.at('2026-03-05');
  s.assessments.create({ caseId: c.caseId, date: '2026-03-05', entries: [entry('gesundheit')] });
  s.releases.create({ personId: c.personId, partnerId: course.id, givenAt: '2026-03-05', scope: 'Sprachkurs', dataKinds: ['anlass'], form: 'schriftlich' });
  s.at('2026-03-10');
  contact(s, '2026-03-10', e, { place: 'telefon', type: 'telefonat', durationMinutes: 20 });
  s.referrals.create({
    caseId: b.caseId,
    partnerId: course.id,
    lifeAreaId: 'sprache',
    reason: 'Kurs',
    date: '2026-03-10',
    dataTransfer: false,
    status: 'vermittelt',
  });
  s.at('2026-03-15');
  s.goals.update({ goalId: language.id, status: 'erreicht' });
  s.at('2026-03-20');
  s.caseConferences.create({
    caseId: c.caseId,
    date: '2026-03-20',
    clientPresent: true,
    participants: [{ partnerId: course.id, contactPerson: null }],
    agenda: 'Kurs',
    results: 'Platz ab April',
    actions: [],
  });

  openCase(s, '2026-04-05', { birthDate: '2001-02-02', gender: 'weiblich', nationalities: ['TR'], languages: ['tr'] });
  s.at('2026-04-20');
  s.goals.update({ goalId: stay.id, status: 'in_arbeit' });
  s.at('2026-04-25');
  s.goals.update({ goalId: work.id, status: 'verworfen' });
  s.at('2026-05-10');
  s.statistics.updateSettings({ unitName: 'KIM Nordheim', threshold: 3, perturbation: false });
  // A fixed secret: the order of secondary suppression is drawn from it.
  writeSetting(s.store.session().db, 'statistics.cellKeySecret', 'geheim', s.clock.now);
  return s;
}

let s: Store;
let raw: RawTable[];
let doc: StatisticsDocument;
const rawOf = (period: string) => rawIndicators(prepareStatistics({ store: s.store, now: () => s.clock.now }, period).input);

beforeAll(async () => {
  s = await knownDataset();
  raw = rawOf('2026-Q1');
  doc = s.statistics.preview({ period: '2026-Q1' }).document;
}, 60_000);

function rawTable(id: string): RawCountTable | RawHoursTable | RawMeasureTable {
  const t = raw.find((r) => r.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** The raw counts of a table as { row: { column: n } }, zeros left out. */
function counts(id: string): Record<string, Record<string, number>> {
  const t = rawTable(id);
  if (t.kind === 'measures') throw new Error(`${id} is a measure table`);
  const values = t.kind === 'counts' ? t.counts : t.minutes;
  const out: Record<string, Record<string, number>> = {};
  t.rows.forEach((row, i) =>
    t.columns.forEach((column, j) => {
      const v = values[i]![j]!;
      if (v !== 0) (out[row.key] ??= {})[column.key] = v;
    }),
  );
  return out;
}

/** One-column tables as { row: n }. */
const single = (id: string) => Object.fromEntries(Object.entries(counts(id)).map(([row, cols]) => [row, cols.anzahl]));

const published = (id: string) => doc.tables.find((t) => t.id === id) as CountTableDoc;
const measures = (id: string) => Object.fromEntries((doc.tables.find((t) => t.id === id) as MeasureTableDoc).rows.map((r) => [r.key, r.value]));

describe('indicators on a known dataset (2026-Q1, today 2026-05-10)', () => {
  it('counts cases opened, running at the end and closed, by every dimension', () => {
    expect(single('faelle-neu-geschlecht')).toEqual({ weiblich: 2, maennlich: 1 });
    expect(single('faelle-laufend-geschlecht')).toEqual({ weiblich: 2, maennlich: 1, divers: 1 });
    expect(single('faelle-abgeschlossen-geschlecht')).toEqual({ maennlich: 1 });
    expect(single('faelle-neu-zielgruppe')).toEqual({ 'zielgruppe-geduldete-ueber-27-jahre': 3 });
    expect(single('faelle-laufend-zielgruppe')).toEqual({ 'zielgruppe-geduldete-ueber-27-jahre': 3, 'keine-zielgruppe': 1 });
    // Municipalities are rows only where a location is; "nordheim " as typed still counts for Nordheim.
    expect(rawTable('faelle-neu-gemeinde').rows.map((r) => r.key)).toEqual(['gemeinde-nordheim', 'gemeinde-suedwalde', 'andere-gemeinde', 'unbekannt']);
    expect(single('faelle-neu-gemeinde')).toEqual({ 'gemeinde-nordheim': 3 });
    expect(single('faelle-abgeschlossen-gemeinde')).toEqual({ 'andere-gemeinde': 1 });
    // Ages on 2026-03-31: A 35, B 25 (year only: from 1 July), C 66, E 55.
    expect(single('faelle-laufend-altersgruppe')).toEqual({ '27-44': 1, '18-26': 1, '65-und-aelter': 1, '45-64': 1 });
    expect(single('faelle-laufend-aufenthaltsstatus')).toEqual({ duldung: 1, gestattung: 1, aufenthaltserlaubnis: 2 });
    expect(single('faelle-abgeschlossen-aufenthaltsstatus')).toEqual({ unbekannt: 1 });
    expect(single('faelle-laufend-herkunftsregion')).toEqual({ 'naher-osten': 1, 'mittel-und-suedasien': 1, osteuropa: 1, ostafrika: 1 });
    expect(single('faelle-neu-zugangsweg')).toEqual({ sprechstunde: 2, abh: 1 });
    expect(single('faelle-laufend-zugangsweg')).toEqual({ sprechstunde: 2, abh: 1, sozialamt: 1 });
  });

  it('counts contacts and their hours by type and place, and by language group and interpreter', () => {
    expect(counts('kontakte-art-ort')).toEqual({ beratung: { gu: 2, rathaus: 1 }, hausbesuch: { aufsuchend: 1 }, telefonat: { telefon: 1 } });
    expect(counts('kontakte-stunden-art-ort')).toEqual({ beratung: { gu: 90, rathaus: 45 }, hausbesuch: { aufsuchend: 90 }, telefonat: { telefon: 20 } });
    expect(counts('kontakte-sprache')).toEqual({
      arabisch: { 'mit-sprachmittlung': 1, 'ohne-sprachmittlung': 1 },
      'persisch-paschtu': { 'mit-sprachmittlung': 1 },
      slawisch: { 'ohne-sprachmittlung': 1 },
      ostafrikanisch: { 'ohne-sprachmittlung': 1 },
    });
  });

  it('counts short advice by topic and language group', () => {
    expect(counts('kurzberatung-thema')).toEqual({ wohnen: { 'mit-sprachmittlung': 2 }, arbeit: { 'ohne-sprachmittlung': 1 } });
    expect(counts('kurzberatung-sprache')).toEqual({ arabisch: { 'mit-sprachmittlung': 2 }, deutsch: { 'ohne-sprachmittlung': 1 } });
  });

  it('counts the cycle: assessments, overdue re-assessments, agreements, goals, durations, conferences', () => {
    expect(single('zyklus-assessments')).toEqual({ erst: 3 });
    expect(single('zyklus-reassessment-stand')).toEqual({ 'nicht-ueberfaellig': 3, ueberfaellig: 1 });
    expect(single('zyklus-zielvereinbarungen')).toEqual({ erste: 1 });
    // Goals as flows: agreed in the quarter, and settled in it (the stay goal is still being worked on).
    expect(single('zyklus-ziele-neu')).toEqual({ aufenthalt: 1, sprache: 1, arbeit: 1 });
    expect(counts('zyklus-ziele-ergebnis')).toEqual({ sprache: { erreicht: 1 } });
    const durations = rawTable('zyklus-dauer') as RawMeasureTable;
    expect(durations.rows.map((r) => [r.key, r.value, r.basis])).toEqual([
      ['tage-bis-assessment', 10, 3],
      ['tage-bis-zielvereinbarung', 22, 1],
    ]);
    // Three cases and one: below 2k = 6, so neither median is published.
    expect(measures('zyklus-dauer')).toEqual({ 'tage-bis-assessment': null, 'tage-bis-zielvereinbarung': null });
    expect(single('zyklus-fallkonferenzen')).toEqual({ 'mit-klientin': 1 });
  });

  it('counts referrals by legal area and status at the end, structural gaps and closures', () => {
    expect(counts('vermittlungen-rechtskreis')).toEqual({ sgb2: { abgelehnt: 1 }, sprache: { laufend: 1 } });
    expect(counts('vermittlungen-strukturelle-luecken')).toEqual({ arbeit: { kein_platz: 1 } });
    expect(single('abschluss-grund')).toEqual({ wegzug: 1 });
    // Closed cases by reason: the same cases as the closed-case tables, so one shared total.
    expect((rawTable('abschluss-grund') as RawCountTable).unitOfCount).toBe('Fälle');
  });

  it('publishes at k = 3: counts of 3 and more survive, smaller ones and their partners are hidden', () => {
    const neu = published('faelle-neu-zielgruppe');
    expect(neu.cells[neu.rows.findIndex((r) => r.key === 'zielgruppe-geduldete-ueber-27-jahre')]).toEqual([3]);
    expect(published('faelle-neu-gemeinde').cells).toEqual([[3], [0], [0], [0]]);
    expect(published('faelle-neu-geschlecht').cells).toEqual([[null], [null], [0], [0]]);
    expect(published('faelle-neu-geschlecht').total).toBe(3);
    expect(published('zyklus-assessments').cells).toEqual([[3], [0]]);
    const overdue = published('zyklus-reassessment-stand');
    expect(overdue.cells).toEqual([[null], [null]]); // 3 and 1: the 3 is hidden so the 1 cannot be recovered from the total
    expect(overdue.total).toBe(4);
    expect(published('kontakte-art-ort').total).toBe(5);
    expect(published('kontakte-stunden-art-ort').total).toBe(4); // 245 minutes
    expect(doc.threshold).toBe(3);
    expect(doc.period).toEqual({ label: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(doc.unit.name).toBe('KIM Nordheim');
    expect(doc.perturbation).toBeNull();
  });

  it('takes a running quarter up to today', () => {
    const preview = s.statistics.preview({ period: '2026-Q2' });
    expect(preview.asOf).toBe('2026-05-10');
    expect(preview.state).toBe('laufend');
    const q2 = rawOf('2026-Q2').find((t) => t.id === 'faelle-neu-geschlecht') as RawCountTable;
    expect(q2.counts.flat().reduce((a, b) => a + b, 0)).toBe(1); // G
  });

  it('publishes no shares: no share tables, every measure a median in days', () => {
    const ids = doc.tables.map((t) => t.id);
    expect(ids).not.toContain('kontakte-anteil-sprachmittlung');
    expect(ids).not.toContain('zyklus-ziele-anteil-erreicht');
    expect(raw.map((t) => t.id)).not.toContain('kontakte-anteil-sprachmittlung');
    const measureRows = doc.tables.filter((t): t is MeasureTableDoc => t.kind === 'measures').flatMap((t) => t.rows);
    expect(measureRows.length).toBeGreaterThan(0);
    expect(measureRows.every((r) => r.unitOfMeasure === 'Tage' && r.label.includes('Median'))).toBe(true);
  });

  it('counts goals as flows: each goal agreed in one quarter and settled in one, so quarters add up', () => {
    const q2 = rawOf('2026-Q2');
    const of = (tables: RawTable[], id: string) => {
      const t = tables.find((r) => r.id === id) as RawCountTable;
      const out: Record<string, number> = {};
      t.rows.forEach((row, i) =>
        t.columns.forEach((column, j) => {
          const v = t.counts[i]![j]!;
          if (v !== 0) out[t.columns.length > 1 ? `${row.key}/${column.key}` : row.key] = v;
        }),
      );
      return out;
    };
    expect(of(q2, 'zyklus-ziele-neu')).toEqual({});
    expect(of(q2, 'zyklus-ziele-ergebnis')).toEqual({ 'arbeit/verworfen': 1 });
    // Over both quarters: three goals agreed, two settled (the stay goal is open), each once.
    const agreed = [raw, q2].map((t) => Object.values(of(t, 'zyklus-ziele-neu')).reduce((a, b) => a + b, 0));
    const settled = [raw, q2].map((t) => Object.values(of(t, 'zyklus-ziele-ergebnis')).reduce((a, b) => a + b, 0));
    expect(agreed).toEqual([3, 0]);
    expect(settled).toEqual([1, 1]);
    expect((rawTable('zyklus-ziele-ergebnis') as RawCountTable).columns.map((c) => c.key)).toEqual([
      'erreicht',
      'teilweise_erreicht',
      'nicht_erreicht',
      'verworfen',
    ]);
  });

  it('marks each table of contacts, short advice, the cycle, referrals and closures as a flow, except the re-assessment state', () => {
    const mine = doc.tables.filter((t): t is CountTableDoc => t.kind === 'counts' && !t.id.startsWith('faelle-'));
    expect(Object.fromEntries(mine.map((t) => [t.id, t.timing]))).toEqual({
      'kontakte-art-ort': 'zeitraum',
      'kontakte-stunden-art-ort': 'zeitraum',
      'kontakte-sprache': 'zeitraum',
      'kurzberatung-thema': 'zeitraum',
      'kurzberatung-sprache': 'zeitraum',
      'zyklus-assessments': 'zeitraum',
      'zyklus-reassessment-stand': 'stichtag',
      'zyklus-zielvereinbarungen': 'zeitraum',
      'zyklus-ziele-neu': 'zeitraum',
      'zyklus-ziele-ergebnis': 'zeitraum',
      'zyklus-fallkonferenzen': 'zeitraum',
      'vermittlungen-rechtskreis': 'zeitraum',
      'vermittlungen-strukturelle-luecken': 'zeitraum',
      'abschluss-grund': 'zeitraum',
    });
  });
});
