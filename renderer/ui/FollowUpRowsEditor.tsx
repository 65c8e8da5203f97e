/**
 * Rows of "what is to be done, by when" inside a form: the Wiedervorlagen of a contact and the
 * agreed actions of a case conference. Rows left completely empty are ignored. The day is the
 * app's German date field (TT.MM.JJJJ).
 */
import { useEffect, useId, useRef } from 'react';
import { isIsoDate, network } from '../i18n/network';
import { Button } from './Button';
import { DateField } from './DateField';
import { TextField } from './TextField';
import './networkSections.css';

const t = network.followUps.rows;

export interface FollowUpDraft {
  key: number;
  title: string;
  dueDate: string;
}

let nextKey = 1;
export const emptyFollowUp = (): FollowUpDraft => ({ key: nextKey++, title: '', dueDate: '' });

/** The rows to send, or null when a row is half filled in. */
export function followUpsToSend(rows: readonly FollowUpDraft[]): { title: string; dueDate: string }[] | null {
  const filled = rows.filter((r) => r.title.trim() !== '' || r.dueDate !== '');
  if (filled.some((r) => r.title.trim() === '' || !isIsoDate(r.dueDate))) return null;
  return filled.map((r) => ({ title: r.title.trim(), dueDate: r.dueDate }));
}

export interface FollowUpRowsEditorProps {
  legend: string;
  hint?: string;
  /** Names each row: "Wiedervorlage 1", "Schritt 2". */
  prefix: string;
  addLabel: string;
  rows: FollowUpDraft[];
  onChange: (rows: FollowUpDraft[]) => void;
  /** At most this many rows. */
  max?: number;
}

export function FollowUpRowsEditor({ legend, hint, prefix, addLabel, rows, onChange, max = 20 }: FollowUpRowsEditorProps) {
  const hintId = useId();
  const container = useRef<HTMLFieldSetElement>(null);
  const focusRow = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // A new row gets focus on its first field; after removing one, focus goes to the add button.
  useEffect(() => {
    if (focusRow.current === null) return;
    const index = focusRow.current;
    focusRow.current = null;
    if (index < 0) addButton.current?.focus();
    else container.current?.querySelectorAll('.network-row')[index]?.querySelector('input')?.focus();
  }, [rows.length]);

  function update(key: number, patch: Partial<FollowUpDraft>) {
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  }

  return (
    <fieldset className="field network-choice-block" ref={container} aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="network-rows">
        {rows.map((row, i) => (
          <div className="network-row" key={row.key}>
            <TextField label={t.rowTitle(prefix, i + 1)} value={row.title} onChange={(title) => update(row.key, { title })} maxLength={200} />
            <DateField label={t.rowDue(prefix, i + 1)} value={row.dueDate} onChange={(dueDate) => update(row.key, { dueDate })} />
            <Button
              variant="link"
              onClick={() => {
                focusRow.current = -1;
                onChange(rows.filter((r) => r.key !== row.key));
              }}
            >
              {t.remove(prefix, i + 1)}
            </Button>
          </div>
        ))}
      </div>
      {rows.length < max ? (
        <div className="network-actions">
          <button
            type="button"
            className="button button-quiet"
            ref={addButton}
            onClick={() => {
              focusRow.current = rows.length;
              onChange([...rows, emptyFollowUp()]);
            }}
          >
            {addLabel}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
