/**
 * "Schweigepflichtentbindung erfassen": partner, date given, the kinds of data it covers (checkboxes:
 * only these may go on a referral sheet), scope in words, form, optional valid-until
 * (`releases.create`). Used on its own and, prefilled with the partner, when a referral needs one.
 * Print, then sign: a written release of a person and partner for whom the app printed the form
 * names the printed form signed (the unsigned ones, newest first; the only one preselected).
 * What is typed is kept as a draft (`release:new:<personId>`) until it is saved or cancelled.
 */
import { useId } from 'react';
import type { NetworkLabels, PartnerView, ReleaseDataKind, ReleaseForm as ReleaseFormValue, ReleaseView } from '../../../electron/contract/areas/network';
import { options, RELEASE_DATA_KIND_LABELS } from '../../../electron/contract/labels';
import { call } from '../../api';
import { isIsoDate, network } from '../../i18n/network';
import { printoutTexts } from '../../i18n/printouts';
import * as clock from '../../state/clock';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DateField } from '../../ui/DateField';
import { DraftNotice } from '../../ui/DraftNotice';
import { ErrorMessage } from '../../ui/Messages';
import { SelectField } from '../../ui/SelectField';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextArea } from '../../ui/TextArea';
import { FormHeading } from '../../ui/sectionParts';
import { useFormDraft } from '../../ui/useFormDraft';
import { useSubmit } from '../../ui/useSubmit';
import { chosenPrintout, PrintoutChoice, useUnsignedPrintouts } from '../../ui/PrintoutChoice';

const t = network.releases;
const dataKindOptions = options(RELEASE_DATA_KIND_LABELS);

export interface ReleaseFormProps {
  personId: string;
  partners: PartnerView[];
  labels: NetworkLabels;
  /** Prefilled partner (from a referral that needs the release). */
  partnerId?: string;
  headingLevel?: 3 | 4;
  onSaved: (release: ReleaseView) => void;
  onCancel: () => void;
}

/** The key of the draft of a new release of the person. */
export const newReleaseDraftKey = (personId: string) => `release:new:${personId}`;

export function ReleaseForm({ personId, partners, labels, partnerId: initialPartner = '', headingLevel = 4, onSaved, onCancel }: ReleaseFormProps) {
  const headingId = useId();
  const draft = useFormDraft(
    newReleaseDraftKey(personId),
    {
      partnerId: initialPartner,
      givenAt: clock.today(),
      dataKinds: [] as ReleaseDataKind[],
      scope: '',
      form: '' as ReleaseFormValue | '',
      validUntil: '',
      printoutId: '',
    },
    { personId },
  );
  const { partnerId, givenAt, dataKinds, scope, form, validUntil } = draft.values;
  // The forms printed for this person and partner that no release names yet: only a written release is signed on one.
  const written = form === 'schriftlich' && partnerId !== '';
  const printouts = useUnsignedPrintouts(written ? { personId, partnerId, document: 'schweigepflichtentbindung' } : null);
  const unsigned = printouts.printouts;
  const printoutId = chosenPrintout(unsigned, draft.values.printoutId ?? '');

  const partnerName = partners.find((p) => p.id === initialPartner)?.organisation;
  const problem =
    partnerId === ''
      ? t.problems.partner
      : !isIsoDate(givenAt)
        ? t.problems.date
        : dataKinds.length === 0
          ? t.problems.dataKinds
          : scope.trim() === ''
            ? t.problems.scope
            : form === ''
              ? t.problems.form
              : printouts.loading
                ? printoutTexts.loading
                : unsigned && unsigned.length > 0 && printoutId === ''
                  ? printoutTexts.release.problem
                  : null;

  const { busy, error, submit } = useSubmit(
    () =>
      problem || form === ''
        ? null
        : call('releases.create', {
            personId,
            partnerId,
            givenAt,
            // In the order of the list, whatever order they were ticked in.
            dataKinds: dataKindOptions.map((o) => o.value).filter((kind) => dataKinds.includes(kind)),
            scope: scope.trim(),
            form,
            validUntil: isIsoDate(validUntil) ? validUntil : null,
            ...(printoutId ? { printoutId } : {}),
          }),
    (release) => {
      draft.clear();
      onSaved(release);
    },
  );
  function cancel() {
    draft.clear();
    onCancel();
  }

  return (
    <div className="network-form">
      <FormHeading level={headingLevel} id={headingId}>
        {partnerName ? t.formTitleFor(partnerName) : t.formTitle}
      </FormHeading>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={draft.discard} />
      <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby={headingId} aria-busy={busy} noValidate>
        <SelectField
          label={t.partnerLabel}
          value={partnerId}
          onChange={(v) => draft.set('partnerId', v)}
          placeholder={t.partnerPlaceholder}
          options={partners.map((p) => ({ value: p.id, label: p.organisation }))}
          required
        />
        <DateField label={t.givenLabel} value={givenAt} onChange={(v) => draft.set('givenAt', v)} required />
        <ChoiceGroup
          legend={t.dataKindsLabel}
          hint={t.dataKindsHint}
          options={dataKindOptions}
          multiple
          value={dataKinds}
          onChange={(v) => draft.set('dataKinds', v)}
        />
        <TextArea label={t.scopeLabel} hint={t.scopeHint} value={scope} onChange={(v) => draft.set('scope', v)} maxLength={2000} />
        <ChoiceGroup legend={t.formLabel} options={labels.releaseForms} value={form} onChange={(v) => draft.set('form', v)} inline />
        {written && unsigned ? (
          <PrintoutChoice
            printouts={unsigned}
            legend={printoutTexts.release.legend}
            hint={printoutTexts.release.hint}
            value={printoutId}
            onChange={(v) => draft.set('printoutId', v)}
          />
        ) : null}
        <DateField label={t.validUntilLabel} hint={t.validUntilHint} value={validUntil} onChange={(v) => draft.set('validUntil', v)} />
        <ErrorMessage message={printouts.error ?? error} />
        <SubmitRow label={t.submit} busy={busy} busyLabel={network.common.busy} problem={problem} onCancel={cancel} cancelLabel={network.common.cancel} />
      </form>
    </div>
  );
}
