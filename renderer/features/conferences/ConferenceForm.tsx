/**
 * "Fallkonferenz erfassen": date, participating partners (each with an optional contact person),
 * whether the client was there, agenda, results and agreed actions (`caseConferences.create`).
 * The releases of the chosen partners are checked as they change and again before saving; a
 * missing one blocks saving and points to Vermittlungen.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { CaseConferenceView, PartnerView } from '../../../electron/contract/areas/network';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import * as clock from '../../state/clock';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { FollowUpRowsEditor, followUpsToSend, type FollowUpDraft } from '../contacts/FollowUpRowsEditor';
import { openCase } from '../frame/navigation';
import { FormHeading } from '../../ui/sectionParts';
import { ReleaseCheckList } from './ReleaseCheckList';
import { useReleaseCheck } from './useReleaseCheck';

const t = network.conferences;
type YesNo = 'ja' | 'nein';

export interface ConferenceFormProps {
  caseId: string;
  partners: PartnerView[];
  onSaved: (conference: CaseConferenceView) => void;
  onCancel: () => void;
}

export function ConferenceForm({ caseId, partners, onSaved, onCancel }: ConferenceFormProps) {
  const headingId = useId();
  const [date, setDate] = useState(clock.today());
  const [chosen, setChosen] = useState<string[]>([]);
  const [contactPersons, setContactPersons] = useState<Record<string, string>>({});
  const [clientPresent, setClientPresent] = useState<YesNo | ''>('');
  const [agenda, setAgenda] = useState('');
  const [results, setResults] = useState('');
  const [actions, setActions] = useState<FollowUpDraft[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [releaseMissing, setReleaseMissing] = useState(false);

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
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || problem || toSend === null) return;
    setBusy(true);
    setError(null);
    setReleaseMissing(false);
    const check = await releaseCheck.recheck();
    if (!check?.allOk) {
      setBusy(false);
      return;
    }
    const optional = (text: string) => (text.trim() === '' ? null : text.trim());
    const result = await call('caseConferences.create', {
      caseId,
      date,
      clientPresent: clientPresent === 'ja',
      participants: partnerIds.map((partnerId) => ({ partnerId, contactPerson: optional(contactPersons[partnerId] ?? '') })),
      agenda: optional(agenda),
      results: optional(results),
      actions: toSend,
    });
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    setError(result.error.message);
    if (result.error.code === 'CONFERENCE_RELEASE_MISSING') {
      setReleaseMissing(true);
      void releaseCheck.recheck();
    }
  }

  return (
    <div className="network-form">
      <FormHeading id={headingId}>{t.formTitle}</FormHeading>
      <form className="form" onSubmit={submit} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <TextField label={t.dateLabel} type="date" value={date} onChange={setDate} max={clock.today()} required />
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
        <FollowUpRowsEditor legend={t.actionsLegend} hint={t.actionsHint} prefix={t.actionPrefix} addLabel={t.addAction} rows={actions} onChange={setActions} />
        <ErrorMessage message={error} />
        {releaseMissing && !releaseCheck.check ? <Button onClick={() => openCase(caseId, 'referrals')}>{t.toReferrals}</Button> : null}
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={onCancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
