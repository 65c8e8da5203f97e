/**
 * One life area in the assessment form: whether it is assessed this time and, if so, the
 * situation on the 1..5 scale (each step with its written meaning), resources, needs, urgency
 * and the responsible service.
 */
import type { AssessmentScale } from '../../../electron/contract/areas/assessment';
import { ta } from '../../i18n/assessment';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import type { AreaDraft } from './assessmentDraft';

const t = ta.assessment;

export interface LifeAreaFieldsetProps {
  area: AreaDraft;
  scale: AssessmentScale;
  onChange: (area: AreaDraft) => void;
}

export function LifeAreaFieldset({ area, scale, onChange }: LifeAreaFieldsetProps) {
  const set = (patch: Partial<AreaDraft>) => onChange({ ...area, ...patch });
  const situations = scale.situations.map((s) => ({ value: String(s.value), label: t.situationOption(s.value, s.meaning) }));
  return (
    <fieldset className={area.included ? 'as-life-area as-life-area-included' : 'as-life-area'}>
      <legend className="as-life-area-name">{area.name}</legend>
      <label className="choice">
        <input type="checkbox" checked={area.included} onChange={(event) => set({ included: event.target.checked })} />
        <span>{t.include(area.name)}</span>
      </label>
      {area.included ? (
        <div className="as-life-area-fields">
          <ChoiceGroup legend={t.situation} options={situations} value={area.situation} onChange={(situation) => set({ situation })} />
          <TextArea label={t.resources} value={area.resources} onChange={(resources) => set({ resources })} maxLength={4000} />
          <TextArea label={t.needs} value={area.needs} onChange={(needs) => set({ needs })} maxLength={4000} />
          <SelectField
            label={t.urgency}
            value={area.urgency}
            options={scale.urgencies}
            placeholder={ta.common.choose}
            required
            onChange={(urgency) => set({ urgency })}
          />
          <SelectField
            label={t.responsible}
            value={area.responsibleService}
            options={scale.responsibleServices}
            onChange={(responsibleService) => set({ responsibleService })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
