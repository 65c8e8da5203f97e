/** The information's sections of the network: contacts, referrals, case conferences, follow-ups, the consultation hour, and the recipients of the person's data. */
import { CONTACT_PLACE_LABELS, CONTACT_TYPE_LABELS, FOLLOW_UP_SOURCE_LABELS, REFERRAL_STATUS_LABELS, STRUCTURAL_GAP_LABELS } from '../../contract/labels';
import type { Lookups } from './lookups';
import { b, byKey, label, s, sn, type Row } from './rows';

interface ReleaseSummary {
  id: string;
  partner: { id: string } | null;
  givenAt: string;
  scope: string;
  validUntil: string | null;
  revokedAt: string | null;
}

export function networkSections(l: Lookups, releases: ReleaseSummary[], releaseRows: Map<string, Row>) {
  const { rows, caseRef, partner, lifeArea, location, session, sessionOfContact, partnerIds } = l;
  // ---- Contacts, referrals, conferences, follow-ups ----
  const topics = byKey(rows('contact_topics'), (r) => s(r, 'contact_id'));
  const contacts = rows('contacts')
    .slice()
    .sort((x, y) => s(x, 'at').localeCompare(s(y, 'at')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      at: s(row, 'at'),
      durationMinutes: Number(row.duration_minutes),
      place: s(row, 'place'),
      placeLabel: label(CONTACT_PLACE_LABELS, s(row, 'place')),
      location: location(sn(row, 'location_id')),
      type: s(row, 'type'),
      typeLabel: label(CONTACT_TYPE_LABELS, s(row, 'type')),
      interpreterUsed: b(row, 'interpreter_used'),
      interpreterLanguage: sn(row, 'interpreter_language'),
      note: sn(row, 'note'),
      topics: (topics.get(s(row, 'id')) ?? []).map((t) => lifeArea(s(t, 'life_area_id'))),
      consultationSession: session(sessionOfContact.get(s(row, 'id')) ?? null),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
    }));

  const history = byKey(rows('referral_status_history'), (r) => s(r, 'referral_id'));
  const referrals = rows('referrals')
    .slice()
    .sort((x, y) => s(x, 'date').localeCompare(s(y, 'date')))
    .map((row) => {
      const releaseId = sn(row, 'release_id');
      const release = releaseId === null ? undefined : releaseRows.get(releaseId);
      return {
        id: s(row, 'id'),
        ...caseRef(row),
        partner: partner(s(row, 'partner_id')),
        lifeArea: lifeArea(s(row, 'life_area_id')),
        reason: s(row, 'reason'),
        date: s(row, 'date'),
        /** true: personal data went to the partner, under the release named here. */
        dataTransfer: b(row, 'data_transfer'),
        release:
          releaseId === null
            ? null
            : {
                id: releaseId,
                givenAt: release ? s(release, 'given_at') : null,
                scope: release ? s(release, 'scope') : null,
                validUntil: release ? sn(release, 'valid_until') : null,
              },
        status: s(row, 'status'),
        statusLabel: label(REFERRAL_STATUS_LABELS, s(row, 'status')),
        outcome: sn(row, 'outcome'),
        structuralGap: sn(row, 'structural_gap'),
        structuralGapLabel: label(STRUCTURAL_GAP_LABELS, sn(row, 'structural_gap')),
        recordedBy: s(row, 'recorded_by'),
        createdAt: s(row, 'created_at'),
        statusHistory: (history.get(s(row, 'id')) ?? [])
          .slice()
          .sort((x, y) => s(x, 'at').localeCompare(s(y, 'at')))
          .map((h) => ({
            id: s(h, 'id'),
            status: s(h, 'status'),
            statusLabel: label(REFERRAL_STATUS_LABELS, s(h, 'status')),
            at: s(h, 'at'),
            note: sn(h, 'note'),
            by: s(h, 'by'),
          })),
      };
    });

  const participants = byKey(rows('case_conference_participants'), (r) => s(r, 'conference_id'));
  const caseConferences = rows('case_conferences')
    .slice()
    .sort((x, y) => s(x, 'date').localeCompare(s(y, 'date')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      date: s(row, 'date'),
      clientPresent: b(row, 'client_present'),
      agenda: sn(row, 'agenda'),
      results: sn(row, 'results'),
      participants: (participants.get(s(row, 'id')) ?? []).map((p) => ({ partner: partner(s(p, 'partner_id')), contactPerson: sn(p, 'contact_person') })),
      recordedBy: s(row, 'recorded_by'),
      createdAt: s(row, 'created_at'),
    }));

  const followUps = rows('follow_ups')
    .slice()
    .sort((x, y) => s(x, 'due_date').localeCompare(s(y, 'due_date')))
    .map((row) => ({
      id: s(row, 'id'),
      ...caseRef(row),
      dueDate: s(row, 'due_date'),
      title: s(row, 'title'),
      source: s(row, 'source'),
      sourceLabel: label(FOLLOW_UP_SOURCE_LABELS, s(row, 'source')),
      sourceId: sn(row, 'source_id'),
      doneAt: sn(row, 'done_at'),
      createdAt: s(row, 'created_at'),
    }));

  const consultation = {
    registeredIn: rows('consultation_session_persons').map((r) => session(s(r, 'session_id'))),
    waitingList: rows('consultation_queue').map((r) => ({
      id: s(r, 'id'),
      session: session(s(r, 'session_id')),
      label: s(r, 'label'),
      arrivedAt: s(r, 'arrived_at'),
    })),
  };

  // ---- Recipients (Art. 15 Abs. 1 Buchst. c DSGVO) ----
  const recipients = [...partnerIds]
    .map((id) => ({
      partner: partner(id),
      releases: releases
        .filter((r) => r.partner?.id === id)
        .map((r) => ({ id: r.id, givenAt: r.givenAt, scope: r.scope, validUntil: r.validUntil, revokedAt: r.revokedAt })),
      referrals: referrals
        .filter((r) => r.partner?.id === id)
        .map((r) => ({ id: r.id, date: r.date, dataTransfer: r.dataTransfer, releaseId: r.release?.id ?? null })),
      caseConferences: caseConferences.filter((c) => c.participants.some((p) => p.partner?.id === id)).map((c) => ({ id: c.id, date: c.date })),
    }))
    .filter((r) => r.releases.length + r.referrals.length + r.caseConferences.length > 0)
    .sort((x, y) => (x.partner?.organisation ?? '').localeCompare(y.partner?.organisation ?? '', 'de'));

  return { contacts, referrals, caseConferences, followUps, consultation, recipients };
}
