/**
 * The earlier versions of a corrected record, folded: "Frühere Fassungen (2)", and inside each
 * version with the day it was replaced, who changed it, and what it said (the feature renders
 * the stored values the way its card shows them). Nothing when the record was never corrected.
 */
import type { ReactNode } from 'react';
import type { VersionedRecord } from '../../electron/contract/areas/forms';
import { germanDateTime } from '../i18n/dates';
import { forms } from '../i18n/forms';
import { call } from '../api';
import { useLoad } from '../state/useLoad';

export interface VersionHistoryProps {
  kind: VersionedRecord;
  recordId: string;
  /** What the record said in an earlier version, as the feature shows the record. */
  render: (before: Record<string, unknown>) => ReactNode;
  /** Change it after a correction to load the versions again (e.g. the record's updatedAt). */
  reloadKey?: string | number;
}

export function VersionHistory({ kind, recordId, render, reloadKey }: VersionHistoryProps) {
  const versions = useLoad(() => call('versions.list', { kind, recordId }), [kind, recordId, reloadKey]);
  const list = versions.data ?? [];
  if (list.length === 0) return null;
  return (
    <details className="version-history">
      <summary>{forms.versions.summary(list.length)}</summary>
      <ol className="version-list">
        {[...list].reverse().map((v) => (
          <li key={v.version}>
            <p className="version-meta">{forms.versions.entry(germanDateTime(v.changedAt), v.changedBy)}</p>
            {render(v.before)}
          </li>
        ))}
      </ol>
    </details>
  );
}
