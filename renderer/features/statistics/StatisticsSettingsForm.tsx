/**
 * The statistic's settings on the Statistik page: the unit (name, Träger, municipality), k and the
 * perturbation. The perturbation is on by default; switching it off weakens the protection, so
 * the form warns while "Ausgeschaltet" is chosen and asks before it saves that choice.
 */
import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { STATISTICS_LIMITS, type StatisticsSettings } from '../../../electron/contract/areas/statistics';
import { call } from '../../api';
import { statisticsTexts as t } from '../../i18n/statistics';
import { Button } from '../../ui/Button';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { SETTINGS_SECTION_ID } from './PreviewSummary';
import { settingsSaved } from './statisticsStore';

const limits = STATISTICS_LIMITS.threshold;

function parseThreshold(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= limits.min && n <= limits.max ? n : null;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

export function StatisticsSettingsForm({ settings }: { settings: StatisticsSettings }) {
  const [unitName, setUnitName] = useState(settings.unit.name ?? '');
  const [traeger, setTraeger] = useState(settings.unit.traeger ?? '');
  const [municipality, setMunicipality] = useState(settings.unit.municipality ?? '');
  const [threshold, setThreshold] = useState(String(settings.threshold));
  const [perturbation, setPerturbation] = useState<'on' | 'off'>(settings.perturbation ? 'on' : 'off');
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  /** Asking whether to save with the perturbation switched off. */
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const choices = useRef<HTMLDivElement>(null);
  const wasConfirming = useRef(false);

  // The question takes the focus; "Eingeschaltet lassen" gives it back to the choice it restored.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) choices.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const k = parseThreshold(threshold);
  const nameMissing = unitName.trim() === '';
  const switchingOff = settings.perturbation && perturbation === 'off';

  const send = useSubmit(
    () =>
      k === null
        ? null
        : call('statistics.updateSettings', {
            unitName: unitName.trim(),
            traeger: optional(traeger),
            municipality: optional(municipality),
            threshold: k,
            perturbation: perturbation === 'on',
          }),
    (stored) => {
      setConfirming(false);
      setSaved(true);
      void settingsSaved(stored);
    },
    () => setConfirming(false),
  );
  const { busy, error } = send;

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    setSaved(false);
    if (busy || nameMissing || k === null) return;
    if (switchingOff) {
      setConfirming(true);
      return;
    }
    void send.submit();
  }

  function keepOn() {
    setPerturbation('on');
    setConfirming(false);
  }

  return (
    <section className="panel stats-settings" aria-labelledby={SETTINGS_SECTION_ID}>
      <h2 id={SETTINGS_SECTION_ID} tabIndex={-1}>
        {t.settingsTitle}
      </h2>
      <p>{t.settingsIntro}</p>
      <form className="form" onSubmit={submit} aria-busy={busy} noValidate>
        <TextField
          label={t.unitNameLabel}
          hint={t.unitNameHint}
          value={unitName}
          onChange={setUnitName}
          maxLength={STATISTICS_LIMITS.unitName}
          required
          error={touched && nameMissing ? t.unitNameMissing : null}
        />
        <TextField label={t.traegerLabel} hint={t.traegerHint} value={traeger} onChange={setTraeger} maxLength={STATISTICS_LIMITS.traeger} />
        <TextField
          label={t.municipalityLabel}
          hint={t.municipalityHint}
          value={municipality}
          onChange={setMunicipality}
          maxLength={STATISTICS_LIMITS.municipality}
        />
        <TextField
          label={t.thresholdFieldLabel}
          hint={t.thresholdHint(limits.min, limits.max, limits.default)}
          type="number"
          inputMode="numeric"
          min={limits.min}
          max={limits.max}
          step={1}
          value={threshold}
          onChange={setThreshold}
          error={touched && k === null ? t.thresholdInvalid(limits.min, limits.max) : null}
          inputClassName="input-short"
        />
        <div ref={choices}>
          <ChoiceGroup
            legend={t.perturbationLegend}
            hint={t.perturbationHint}
            inline
            options={[
              { value: 'on', label: t.perturbationOptions.on },
              { value: 'off', label: t.perturbationOptions.off },
            ]}
            value={perturbation}
            onChange={(value) => {
              setPerturbation(value);
              setConfirming(false);
            }}
          />
        </div>
        {perturbation === 'off' ? (
          <div className="notice notice-warning stats-perturbation-warning">
            <p className="notice-strong">{t.perturbationWarningTitle}</p>
            <p>{t.perturbationWarning}</p>
          </div>
        ) : null}
        <ErrorMessage message={error} />
        {confirming && k !== null ? (
          <div className="notice notice-warning stats-confirm" role="group" aria-label={t.perturbationConfirmQuestion}>
            <p className="notice-strong">{t.perturbationConfirmQuestion}</p>
            <p>{t.perturbationConfirmText}</p>
            <div className="submit-actions">
              <button type="button" className="button button-primary" ref={confirmButton} disabled={busy} onClick={() => void send.submit()}>
                {t.perturbationConfirm}
              </button>
              <Button onClick={keepOn} disabled={busy}>
                {t.perturbationKeep}
              </Button>
            </div>
            <StatusMessage>{busy ? <span className="busy">{t.saveBusy}</span> : null}</StatusMessage>
          </div>
        ) : (
          <SubmitRow label={t.saveSettings} busy={busy} busyLabel={t.saveBusy} />
        )}
        <StatusMessage>{saved ? t.saved : null}</StatusMessage>
      </form>
    </section>
  );
}
