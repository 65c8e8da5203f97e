/** Lebensbereiche of the assessment: order (up/down), rename, use or stop using, add. */
import { useState } from 'react';
import type { LifeAreaView } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { cases } from '../../i18n/cases';
import { Button } from '../../ui/Button';
import { ErrorMessage, StatusMessage } from '../../ui/Messages';
import { SubmitRow } from '../../ui/SubmitRow';
import { TextField } from '../../ui/TextField';
import { useSubmit } from '../../ui/useSubmit';
import { LoadFailure, SrOnly, usePendingFocus } from '../cases/parts';
import { useLoad } from '../../state/useLoad';

const t = cases.config.lifeAreas;
const c = cases.config;
type Action = 'up' | 'down' | 'rename' | 'active';
const buttonId = (area: { id: string }, action: Action) => `life-area-${action}-${area.id}`;

function RenameForm({ area, onRenamed, onCancel }: { area: LifeAreaView; onRenamed: (a: LifeAreaView) => void; onCancel: () => void }) {
  const [name, setName] = useState(area.name);
  const { busy, error, submit } = useSubmit(
    () => (name.trim() === '' ? null : call('lifeAreas.rename', { lifeAreaId: area.id, name: name.trim() })),
    onRenamed,
  );

  return (
    <form className="form inline-form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.renameLabel(area.name)} value={name} onChange={setName} maxLength={100} autoComplete="off" autoFocus />
      <ErrorMessage message={error} />
      <SubmitRow
        label={t.renameSubmit}
        busy={busy}
        busyLabel={cases.intake.busy}
        problem={name.trim() === '' ? t.missingName : null}
        onCancel={onCancel}
        cancelLabel={cases.cancel}
      />
    </form>
  );
}

function AddForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const { busy, error, submit } = useSubmit(
    () => (name.trim() === '' ? null : call('lifeAreas.add', { name: name.trim() })),
    () => {
      setName('');
      onAdded();
    },
  );

  return (
    <form className="form config-form" onSubmit={submit} aria-busy={busy} noValidate>
      <TextField label={t.newLabel} value={name} onChange={setName} maxLength={100} autoComplete="off" />
      <ErrorMessage message={error} />
      <SubmitRow label={t.add} busy={busy} busyLabel={cases.intake.busy} problem={name.trim() === '' ? t.missingName : null} />
    </form>
  );
}

export function LifeAreasSettings() {
  const areas = useLoad(() => call('lifeAreas.list', { includeInactive: true }), []);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const focusNext = usePendingFocus(areas.data);
  const list = [...(areas.data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);

  async function run<T>(action: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, message: string, focusId: string) {
    setNotice(null);
    setError(null);
    const result = await action;
    if (!result.ok) return setError(result.error.message);
    setNotice(message);
    focusNext(focusId);
    areas.reload();
  }

  function move(index: number, by: -1 | 1) {
    const ids = list.map((a) => a.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    const target = index + by;
    ids.splice(target, 0, moved);
    // At the top or bottom the button in that direction is disabled: the other one takes the focus.
    const direction: Action = (by === -1 && target === 0) || (by === 1 && target === ids.length - 1) ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    void run(call('lifeAreas.reorder', { lifeAreaIds: ids }), t.moved, buttonId({ id: moved }, direction));
  }

  return (
    <section className="panel" aria-labelledby="config-life-areas">
      <h2 id="config-life-areas">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <LoadFailure message={areas.error ? c.loadFailed(t.what, areas.error) : null} />
      {areas.data && list.length === 0 ? <p>{t.empty}</p> : null}
      {list.length > 0 ? (
        <ol className="life-areas">
          {list.map((area, index) => (
            <li key={area.id} className={area.active ? 'life-area' : 'life-area life-area-inactive'}>
              <span className="life-area-name">
                {area.name}
                {area.active ? null : ` (${c.inactive})`}
              </span>
              {renaming === area.id ? (
                <RenameForm
                  area={area}
                  onRenamed={() => {
                    setRenaming(null);
                    setNotice(t.renamed);
                    focusNext(buttonId(area, 'rename'));
                    areas.reload();
                  }}
                  onCancel={() => {
                    setRenaming(null);
                    focusNext(buttonId(area, 'rename'), false);
                  }}
                />
              ) : (
                <span className="row-actions">
                  <Button variant="link" id={buttonId(area, 'up')} disabled={index === 0} onClick={() => move(index, -1)}>
                    {t.up}
                    <SrOnly>: {area.name}</SrOnly>
                  </Button>
                  <Button variant="link" id={buttonId(area, 'down')} disabled={index === list.length - 1} onClick={() => move(index, 1)}>
                    {t.down}
                    <SrOnly>: {area.name}</SrOnly>
                  </Button>
                  <Button
                    variant="link"
                    id={buttonId(area, 'rename')}
                    onClick={() => {
                      setNotice(null);
                      setRenaming(area.id);
                    }}
                  >
                    {t.rename}
                    <SrOnly>: {area.name}</SrOnly>
                  </Button>
                  <Button
                    variant="link"
                    id={buttonId(area, 'active')}
                    onClick={() =>
                      void run(
                        call('lifeAreas.setActive', { lifeAreaId: area.id, active: !area.active }),
                        area.active ? t.deactivated : t.activated,
                        buttonId(area, 'active'),
                      )
                    }
                  >
                    {area.active ? t.deactivate : t.activate}
                    <SrOnly>: {area.name}</SrOnly>
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage>{notice}</StatusMessage>
      <AddForm
        onAdded={() => {
          setNotice(t.added);
          areas.reload();
        }}
      />
    </section>
  );
}
