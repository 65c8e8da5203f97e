/**
 * German names of the audit log's actions and record kinds, for the Protokoll screen and its PDF.
 * The log stores the codes (`case.updated`, `store`); people read the phrases. A code without a
 * label (a store from an older or newer version) is shown as the code itself.
 * tests/services/audit/auditLabels.test.ts checks that every action the code writes has a label.
 * Plain module: no zod, no Node imports (the renderer imports it).
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  // Fallakte (store, keys)
  'store.created': 'Fallakte angelegt',
  'store.unlocked': 'Fallakte entsperrt',
  'store.unlocked_with_recovery_key': 'Fallakte mit Wiederherstellungsschlüssel entsperrt',
  'store.locked': 'Fallakte gesperrt',
  'store.restored_from_backup': 'Fallakte aus Sicherung wiederhergestellt',
  'passphrase.changed': 'Passphrase geändert',
  'recovery_key.confirmed': 'Wiederherstellungsschlüssel bestätigt',
  'recovery_key.renewed': 'Wiederherstellungsschlüssel erneuert',
  'data_key.exported': 'Datenschlüssel ausgegeben',
  'data_key.rotated': 'Datenschlüssel gewechselt',
  'backup.created': 'Sicherung erstellt',
  'settings.updated': 'Einstellungen geändert',
  'document_texts.review_confirmed': 'Übersetzung der Dokumenttexte bestätigt',
  'document_texts.replaced': 'Text eines Dokuments durch eigene Fassung ersetzt',
  'document_texts.replacement_cleared': 'Eigene Fassung eines Dokumenttexts entfernt',
  'demo_data.marked': 'Als Demo-Daten gekennzeichnet',
  'demo_data.removed': 'Demodaten entfernt',
  'store.emptied': 'Fallakte geleert (neu begonnen)',
  // Personen und Fälle
  'person.created': 'Person angelegt',
  'person.updated': 'Person geändert',
  'person.household_linked': 'Person einem Haushalt zugeordnet',
  'person.household_unlinked': 'Person aus Haushalt gelöst',
  'person.erased': 'Person gelöscht',
  'case.opened': 'Fall eröffnet',
  'case.updated': 'Fall geändert',
  'case.phase_changed': 'Phase des Falls geändert',
  'case.reassessment_cadence_changed': 'Rhythmus der Re-Assessments geändert',
  'case.closed': 'Fall abgeschlossen',
  'case.reopened': 'Fall wiedereröffnet',
  'case.target_groups_corrected': 'Zielgruppen des Falls berichtigt',
  'case.case_manager_assigned': 'Fall an andere Fallmanagerin oder anderen Fallmanager übergeben (Vertretung)',
  'case_manager.added': 'Fallmanager:in ins Team aufgenommen',
  'case_manager.deactivated': 'Fallmanager:in nicht mehr im Team',
  'case_manager.reactivated': 'Fallmanager:in wieder im Team',
  'case.erased': 'Fall gelöscht',
  'case.handed_over': 'Fall an ein anderes Gerät übergeben',
  'case.taken_over': 'Fall von einem anderen Gerät übernommen',
  'person.taken_over': 'Person von einem anderen Gerät übernommen',
  'handover.sent': 'Übergabepaket erstellt',
  'handover.confirmed': 'Übernahme durch das andere Gerät bestätigt',
  'handover.imported': 'Übergabepaket übernommen',
  'retention.held': 'Löschfrist verlängert',
  'intake.recorded': 'Erstgespräch erfasst',
  'consent.recorded': 'Einwilligung erfasst',
  'consent.withdrawn': 'Einwilligung widerrufen',
  'case.restricted': 'Verarbeitung des Falls eingeschränkt',
  'case.restriction_lifted': 'Einschränkung der Verarbeitung aufgehoben',
  'information.exported': 'Auskunft nach Art. 15 DSGVO erstellt',
  // Assessment und Zielvereinbarung
  'assessment.created': 'Assessment erfasst',
  'reassessment.created': 'Re-Assessment erfasst',
  'goal.created': 'Ziel angelegt',
  'goal.updated': 'Ziel geändert',
  'goal.outcome_recorded': 'Zielerreichung erfasst',
  'goal_step.added': 'Schritt angelegt',
  'goal_step.updated': 'Schritt geändert',
  'goal_step.completed': 'Schritt erledigt',
  'goal_step.reopened': 'Schritt wieder offen',
  'agreement.created': 'Zielvereinbarung angelegt',
  'agreement.signed': 'Zielvereinbarung unterschrieben',
  'agreement.printed': 'Zielvereinbarung gedruckt',
  'case.file_printed': 'Verlauf des Falls als PDF gespeichert',
  'consultation_session.summary_printed': 'Zusammenfassung der Sprechstunde als PDF gespeichert',
  'today.printed': 'Heute-Liste als PDF gespeichert',
  'person.consent_form_printed': 'Einwilligung als PDF gespeichert',
  'person.release_form_printed': 'Schweigepflichtentbindung als PDF gespeichert',
  'person.appointment_slip_printed': 'Terminzettel als PDF gespeichert',
  'referral_sheet.printed': 'Übergabebogen für einen Netzwerkpartner als PDF gespeichert',
  // Netzwerk
  'partner.created': 'Partnerstelle angelegt',
  'partner.updated': 'Partnerstelle geändert',
  'partner.deactivated': 'Partnerstelle deaktiviert',
  'partner.reactivated': 'Partnerstelle wieder aktiviert',
  'referral.created': 'Vermittlung angelegt',
  'referral.status_changed': 'Stand der Vermittlung geändert',
  'referral.outcome_recorded': 'Ergebnis der Vermittlung erfasst',
  'release.created': 'Schweigepflichtentbindung erfasst',
  'release.revoked': 'Schweigepflichtentbindung widerrufen',
  'contact.created': 'Kontakt erfasst',
  'follow_up.created': 'Wiedervorlage angelegt',
  'follow_up.done': 'Wiedervorlage erledigt',
  'contact.updated': 'Kontakt berichtigt',
  'follow_up.postponed': 'Wiedervorlage verschoben',
  'case_conference.created': 'Fallkonferenz erfasst',
  'case_conference.updated': 'Fallkonferenz berichtigt',
  // Sprechstunde
  'consultation_session.started': 'Sprechstunde begonnen',
  'consultation_session.recorded_afterwards': 'Sprechstunde nachgetragen',
  'consultation_session.ended': 'Sprechstunde beendet',
  'consultation_session.contact_logged': 'Kontakt in der Sprechstunde erfasst',
  'consultation_session.person_registered': 'Person in der Sprechstunde angelegt',
  'queue_entry.added': 'Auf die Warteliste gesetzt',
  'queue_entry.removed': 'Von der Warteliste genommen',
  'queue_entry.person_set': 'Wartelisteneintrag einer Person zugeordnet',
  'short_advice.recorded': 'Kurzberatung erfasst',
  // Einstellungen der Beratungsstelle
  'target_group.created': 'Zielgruppe angelegt',
  'target_group.updated': 'Zielgruppe geändert',
  'target_group.ended': 'Zielgruppe beendet',
  'location.created': 'Ort angelegt',
  'location.updated': 'Ort geändert',
  'location.deactivated': 'Ort deaktiviert',
  'location.reactivated': 'Ort wieder aktiviert',
  'life_area.created': 'Lebensbereich angelegt',
  'life_area.renamed': 'Lebensbereich umbenannt',
  'life_area.activated': 'Lebensbereich aktiviert',
  'life_area.deactivated': 'Lebensbereich deaktiviert',
  'life_areas.reordered': 'Reihenfolge der Lebensbereiche geändert',
  // Statistik
  'statistics.unit_created': 'Statistik-Kennung angelegt',
  'statistics.settings_updated': 'Einstellungen der Statistik geändert',
  'statistics.perturbation_on': 'Überlagerung der Statistik eingeschaltet',
  'statistics.perturbation_off': 'Überlagerung der Statistik ausgeschaltet',
  'statistics.published': 'Statistik veröffentlicht',
  'statistics.exported': 'Statistik ausgegeben',
  'statistics.unit_key_created': 'Stellenschlüssel für die Kreisstatistik angelegt',
  'statistics.unit_key_exported': 'Stellenschlüssel für die Kreisstatistik ausgegeben',
  'statistics.roster_imported': 'Bezirksliste übernommen',
  'statistics.published_masked': 'Statistik mit verdeckten Zahlen für die Kreissumme veröffentlicht',
  'statistics.exported_masked': 'Statistik mit verdeckten Zahlen für die Kreissumme ausgegeben',
  'printout.recorded': 'Ausdruck zum Unterschreiben erfasst',
  'unit_details.updated': 'Angaben der Stelle für Dokumente geändert',
};

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  store: 'Fallakte',
  settings: 'Einstellungen',
  document_texts: 'Texte der Dokumente',
  person: 'Person',
  case: 'Fall',
  handover: 'Übergabe',
  intake: 'Erstgespräch',
  consent: 'Einwilligung',
  assessment: 'Assessment',
  goal: 'Ziel',
  goal_step: 'Schritt',
  agreement: 'Zielvereinbarung',
  partner: 'Partnerstelle',
  referral: 'Vermittlung',
  release: 'Schweigepflichtentbindung',
  contact: 'Kontakt',
  follow_up: 'Wiedervorlage',
  case_conference: 'Fallkonferenz',
  case_manager: 'Fallmanager:in',
  consultation_session: 'Sprechstunde',
  queue_entry: 'Wartelisteneintrag',
  short_advice: 'Kurzberatung',
  target_group: 'Zielgruppe',
  location: 'Ort',
  life_area: 'Lebensbereich',
  statistics: 'Statistik',
  printout: 'Ausdruck',
};

const own = (labels: Readonly<Record<string, string>>, code: string): string | undefined => (Object.hasOwn(labels, code) ? labels[code] : undefined);

/** The German phrase of an action; an unknown code stays as it is. */
export function auditActionLabel(action: string): string {
  return own(AUDIT_ACTION_LABELS, action) ?? action;
}

/** The German name of a record kind; an unknown code stays as it is. */
export function auditEntityLabel(entity: string): string {
  return own(AUDIT_ENTITY_LABELS, entity) ?? entity;
}

/** `store.locked` keeps why in the record's id (LockReason in contract/index.ts). */
const LOCK_REASONS: Readonly<Record<string, string>> = {
  manual: 'von Hand',
  idle: 'nach Untätigkeit',
  suspend: 'Ruhezustand des Rechners',
  'screen-lock': 'Bildschirmsperre',
  renderer: 'nach einem Fehler der Anzeige',
};

/** The record of an entry: its kind in German and, when there is one, its id. */
export function auditRecordText(entity: string, entityId: string | null): string {
  const kind = auditEntityLabel(entity);
  if (!entityId) return kind;
  const reason = entity === 'store' ? own(LOCK_REASONS, entityId) : undefined;
  return reason ? `${kind} (${reason})` : `${kind} ${entityId}`;
}

/** Choices for a filter: German label, code as value, sorted by label. */
export function auditChoices(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
}
