/**
 * "Fallkonferenz erfassen": date, participating partners (each with an optional contact person),
 * whether the client was there, agenda, results and agreed actions (`caseConferences.create`).
 * With `conference` it corrects a recorded one (`caseConferences.update`, the earlier version is
 * kept); its agreed actions are Wiedervorlagen by then and stay as they are.
 * The releases of the chosen partners are checked as they change and again before saving; a
 * missing one blocks saving and points to Vermittlungen.
 */
import { useId, useMemo, useState } from 'react';
import type { CaseConferenceView, PartnerView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { corrections } from '../../i18n/corrections';
import { germanDay } from '../../i18n/dates';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { DraftNotice } from '../../ui/DraftNotice';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { FollowUpRowsEditor, followUpsToSend, type FollowUpDraft } from '../../ui/FollowUpRowsEditor';
import { openCase } from '../frame/navigation';
import { FormHeading } from '../../ui/sectionParts';
import { ReleaseCheckList } from './ReleaseCheckList';
import { useReleaseCheck } from './useReleaseCheck';

const t = network.conferences;
type YesNo = 'ja' | 'nein';

/** The drafts of this form: a new conference of a case, the correction of one. */
export const newConferenceDraftKey = (caseId: string) => `conference:new:${caseId}`;
export const conferenceDraftKey = (conferenceId: string) => `conference:${conferenceId}`;

export interface ConferenceFormProps {
  caseId: string;
  partners: PartnerView[];
  /** A recorded conference to correct; without it a new one is recorded. */
  conference?: CaseConferenceView;
  onSaved: (conference: CaseConferenceView) => void;
  onCancel: () => void;
}

export function ConferenceForm({ caseId, partners: activePartners, conference, onSaved, onCancel }: ConferenceFormProps) {
  const headingId = useId();
  const draft = useFormDraft(
    conference ? conferenceDraftKey(conference.id) : newConferenceDraftKey(caseId),
    {
      date: conference?.date ?? clock.today(),
      chosen: conference?.participants.map((p) => p.partnerId) ?? ([] as string[]),
      contactPersons: Object.fromEntries((conference?.participants ?? []).map((p) => [p.partnerId, p.contactPerson ?? ''])) as Record<string, string>,
      clientPresent: (conference ? (conference.clientPresent ? 'ja' : 'nein') : '') as YesNo | '',
      agenda: conference?.agenda ?? '',
      results: conference?.results ?? '',
      actions: [] as FollowUpDraft[],
    },
    { caseId },
  );
  const { date, chosen, contactPersons, clientPresent, agenda, results, actions } = draft.values;
  const setDate = (v: string) => draft.set('date', v);
  const setChosen = (v: string[]) => draft.set('chosen', v);
  const setContactPersons = (update: (all: Record<string, string>) => Record<string, string>) => draft.set('contactPersons', update(contactPersons));
  const setClientPresent = (v: YesNo | '') => draft.set('clientPresent', v);
  const setAgenda = (v: string) => draft.set('agenda', v);
  const setResults = (v: string) => draft.set('results', v);
  const setActions = (v: FollowUpDraft[]) => draft.set('actions', v);
  const [releaseMissing, setReleaseMissing] = useState(false);

  // Partners who took part stay choosable in a correction, also when no longer active.
  const partners = useMemo(() => {
    const earlier = (conference?.participants ?? [])
      .filter((p) => !activePartners.some((a) => a.id === p.partnerId))
      .map((p) => ({ id: p.partnerId, organisation: `${p.organisation} ${corrections.conference.inactivePartner}`, legalAreaLabel: p.legalAreaLabel }));
    return [...activePartners, ...earlier];
  }, [activePartners, conference]);

  // The partners in the order of the directory, so the check and the list read the same way.
  const partnerIds = useMemo(() => partners.filter((p) => chosen.includes(p.id)).map((p) => p.id), [partners, chosen]);
  const releaseCheck = useReleaseCheck(caseId, date, partnerIds);
  const toSend = followUpsToSend(actions);
  const problem = !isIsoDate(date)
    ? t.problems.date
    : partnerIds.length === 0
      ? t.problems.participants
      : clientPresent === ''
        ? t.problems.clientPresent
        : toSend === null
          ? network.followUps.rows.incomplete
          : releaseCheck.checking || releaseCheck.check === null
            ? releaseCheck.error
              ? null
              : t.problems.checking
            : !releaseCheck.check.allOk
              ? t.problems.releases
              : null;

  function choose(ids: string[]) {
    setChosen(ids);
    setReleaseMissing(false);
    form.setError(null);
  }

  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  async function save(): Promise<{ ok: true; value: CaseConferenceView } | { ok: false; error: { code?: string; message: string } }> {
    setReleaseMissing(false);
    const check = await releaseCheck.recheck();
    if (!check?.allOk) return { ok: false, error: { message: t.problems.releases } };
    const fields = {
      date,
      clientPresent: clientPresent === 'ja',
      participants: partnerIds.map((partnerId) => ({ partnerId, contactPerson: optional(contactPersons[partnerId] ?? '') })),
      agenda: optional(agenda),
      results: optional(results),
    };
    const result = conference
      ? await call('caseConferences.update', { id: conference.id, ...fields })
      : await call('caseConferences.create', { caseId, ...fields, actions: toSend ?? [] });
    if (!result.ok && result.error.code === 'CONFERENCE_RELEASE_MISSING') {
      setReleaseMissing(true);
      void releaseCheck.recheck();
    }
    return result;
  }
  const form = useSubmit(
    () => (problem || toSend === null ? null : save()),
    (saved) => {
      draft.clear();
      onSaved(saved);
    },
  );

  return (
    <div className="network-form">
      <FormHeading id={headingId}>{conference ? corrections.conference.formTitle(germanDay(conference.date)) : t.formTitle}</FormHeading>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <form className="form" onSubmit={form.submit} aria-labelledby={headingId} aria-busy={form.busy} noValidate>
        <DateField label={t.dateLabel} value={date} onChange={setDate} required />
        <ChoiceGroup
          multiple
          legend={t.participantsLegend}
          hint={partners.length === 0 ? network.common.noActivePartners : t.participantsHint}
          options={partners.map((p) => ({ value: p.id, label: `${p.organisation} (${p.legalAreaLabel})` }))}
          value={chosen}
          onChange={choose}
        />
        {releaseCheck.check ? <ReleaseCheckList caseId={caseId} check={releaseCheck.check} /> : null}
        <ErrorMessage message={releaseCheck.error} />
        {partnerIds.map((partnerId) => {
          const partner = partners.find((p) => p.id === partnerId);
          return partner ? (
            <TextField
              key={partnerId}
              label={t.contactPersonLabel(partner.organisation)}
              value={contactPersons[partnerId] ?? ''}
              onChange={(value) => setContactPersons((all) => ({ ...all, [partnerId]: value }))}
              maxLength={200}
            />
          ) : null;
        })}
        <ChoiceGroup<YesNo>
          legend={t.clientPresentLegend}
          options={[
            { value: 'ja', label: network.common.yes },
            { value: 'nein', label: network.common.no },
          ]}
          value={clientPresent}
          onChange={setClientPresent}
          inline
        />
        <TextArea label={t.agendaLabel} value={agenda} onChange={setAgenda} maxLength={5000} />
        <TextArea label={t.resultsLabel} value={results} onChange={setResults} maxLength={5000} />
        {conference ? (
          <p className="network-meta">{corrections.conference.actionsStay}</p>
        ) : (
          <FollowUpRowsEditor
            legend={t.actionsLegend}
            hint={t.actionsHint}
            prefix={t.actionPrefix}
            addLabel={t.addAction}
            rows={actions}
            onChange={setActions}
          />
        )}
        <ErrorMessage message={form.error} />
        {releaseMissing && !releaseCheck.check ? <Button onClick={() => openCase(caseId, 'referrals')}>{t.toReferrals}</Button> : null}
        <SubmitRow
          label={conference ? corrections.conference.submit : t.submit}
          busy={form.busy}
          busyLabel={network.common.busy}
          problem={problem}
          onCancel={onCancel}
          cancelLabel={network.common.cancel}
        />
      </form>
    </div>
  );
}
