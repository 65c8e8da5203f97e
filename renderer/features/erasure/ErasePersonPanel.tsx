/**
 * "Person löschen" in a case's Abschluss section: erasure on request (Art. 17 DSGVO) before the
 * period ends, with the person's other cases. Always with a reason of the case manager's own.
 * Afterwards the case is gone: the app goes to the case list and says what was erased there.
 */
import { useState } from 'react';
import { navigate } from '../frame/navigation';
import { Disclosure } from '../../ui/Disclosure';
import { useSession } from '../../state/session';
import { EraseForm } from './DueErasures';
import { erasureTexts as t } from '../../i18n/erasure';

export function ErasePersonPanel({ caseId, caseNumber }: { caseId: string; caseNumber: string }) {
  const [open, setOpen] = useState(false);
  return (
    <Disclosure label={t.personSummary} className="erase-person" open={open} onToggle={setOpen}>
      <p>{t.personLead}</p>
      <EraseForm
        entry={{ caseId, caseNumber }}
        defaultReason=""
        onDone={(message) => {
          navigate('cases');
          useSession.setState({ notice: message });
        }}
      />
    </Disclosure>
  );
}
