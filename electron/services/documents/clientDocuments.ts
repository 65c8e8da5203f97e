/**
 * The client documents as PDFs (Einwilligung, Schweigepflichtentbindung, Terminzettel), in German
 * or bilingual in the client's language: read what the store has, build the model, print it with
 * renderPaper. File names carry no personal data (document, language, day). Each file is
 * recorded in the audit log, as the other papers with personal data are.
 *
 * A character no shipped font has (in a name, a place, a purpose) refuses the paper with the typed
 * TEXT_UNPRINTABLE (renderPaper), so the screen can say so.
 *
 * Print, then sign: the Einwilligung and the Schweigepflichtentbindung are signed on paper after
 * printing, so each print is recorded (printForSigning) with the code in its footer; recording
 * the release later names the printout signed. The Terminzettel is signed by nobody: not recorded.
 */
import type { DocumentFile } from '../../contract/areas/documents';
import type { DocumentLanguage } from '../../contract/areas/documentTexts';
import type { ReleaseDataKind } from '../../contract/areas/network';
import { KimError } from '../../contract/errors';
import { today, type ServiceContext } from '../context';
import { requirePartner } from '../network/partners';
import { type AppointmentSlipData, buildAppointmentSlip } from './appointmentSlip';
import { clientTexts, formPerson, unitDetails } from './clientDocumentParts';
import { buildConsentForm } from './consentForm';
import type { DocumentModel } from './model';
import { printForSigning } from './printouts';
import { buildReleaseForm } from './releaseForm';
import { renderPaper } from './renderPaper';

export interface ConsentFormInput {
  personId: string;
  language: DocumentLanguage;
}

export interface ReleaseFormInput {
  personId: string;
  partnerId: string;
  language: DocumentLanguage;
  purpose?: string | null | undefined;
  dataKinds?: ReleaseDataKind[] | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
}

export type AppointmentSlipInput = Omit<AppointmentSlipData, 'texts' | 'person' | 'unit'> & { personId: string; language: DocumentLanguage };

/** "Einwilligung_ar_2026-11-23.pdf": the document, the language and the day; never a name. */
const fileName = (document: string, language: DocumentLanguage, now: Date): string => `${document}_${language}_${today(now)}.pdf`;

export function createClientDocumentServices(ctx: ServiceContext) {
  const consentModel = (input: ConsentFormInput): DocumentModel =>
    buildConsentForm({ texts: clientTexts(ctx, input.language), person: formPerson(ctx, input.personId), unit: unitDetails(ctx) }, ctx.now());

  const releaseModel = (input: ReleaseFormInput): DocumentModel => {
    const person = formPerson(ctx, input.personId);
    const partner = requirePartner(ctx, input.partnerId);
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) throw new KimError('RELEASE_VALID_UNTIL_BEFORE_GIVEN');
    return buildReleaseForm(
      {
        texts: clientTexts(ctx, input.language),
        person,
        unit: unitDetails(ctx),
        partner: { organisation: partner.organisation, contactName: partner.contactName },
        purpose: input.purpose,
        dataKinds: input.dataKinds,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
      },
      ctx.now(),
    );
  };

  const appointmentModel = (input: AppointmentSlipInput): DocumentModel =>
    buildAppointmentSlip({ ...input, texts: clientTexts(ctx, input.language), person: formPerson(ctx, input.personId), unit: unitDetails(ctx) }, ctx.now());

  return {
    clientDocuments: {
      consentModel,
      releaseModel,
      appointmentModel,
      async consent(input: ConsentFormInput): Promise<DocumentFile> {
        const bytes = await printForSigning(ctx, { document: 'einwilligung', personId: input.personId, language: input.language }, (code) =>
          renderPaper({ ...consentModel(input), printout: code }),
        );
        ctx.store.audit('person.consent_form_printed', 'person', input.personId);
        return { fileName: fileName('Einwilligung', input.language, ctx.now()), bytes };
      },
      async release(input: ReleaseFormInput): Promise<DocumentFile> {
        const bytes = await printForSigning(
          ctx,
          { document: 'schweigepflichtentbindung', personId: input.personId, partnerId: input.partnerId, language: input.language },
          (code) => renderPaper({ ...releaseModel(input), printout: code }),
        );
        ctx.store.audit('person.release_form_printed', 'person', input.personId);
        return { fileName: fileName('Schweigepflichtentbindung', input.language, ctx.now()), bytes };
      },
      async appointment(input: AppointmentSlipInput): Promise<DocumentFile> {
        const bytes = await renderPaper(appointmentModel(input));
        ctx.store.audit('person.appointment_slip_printed', 'person', input.personId);
        return { fileName: fileName('Terminzettel', input.language, ctx.now()), bytes };
      },
    },
  };
}
