/**
 * Contract methods for the unit's details that the client documents print (Einstellungen →
 * Angaben der Stelle für Dokumente): the controller's postal address and the data protection
 * officer (Einwilligung, Art. 13 DSGVO), the phone number for clients and the usual place of
 * appointments (Terminzettel). Entered once; what is not set prints as an empty line to fill in.
 * Plain module (zod only): the renderer loads it too.
 */
import { z } from 'zod';
import { method } from '../define';
import { CLIENT_DOCUMENT_LIMITS } from './clientDocuments';

/**
 * Lengths a unit's details may have. The phone number and the place are the Terminzettel's
 * defaults, so they fit where the Terminzettel takes them from the form.
 */
export const UNIT_DETAILS_LIMITS = {
  controllerAddress: 300,
  dataProtectionOfficer: 500,
  phone: CLIENT_DOCUMENT_LIMITS.phone,
  appointmentPlace: CLIENT_DOCUMENT_LIMITS.place,
} as const;

export interface UnitDetailsView {
  /** The controller's postal address (street, postcode, town); null: not set. */
  controllerAddress: string | null;
  /** The data protection officer: name or office, and how to reach them, in one text; null: not set. */
  dataProtectionOfficer: string | null;
  /** The number clients call (Terminzettel: "Bitte rufen Sie uns vorher an"); null: not set. */
  phone: string | null;
  /** Where appointments usually are (address, room); the Terminzettel's place when its form leaves it empty. */
  appointmentPlace: string | null;
  /**
   * Read only here: who the documents name as responsible, from the statistic's settings (Träger
   * and name of the unit); null when neither is set. Shown so the unit sees what prints.
   */
  controller: string | null;
}

/** Trimmed; empty or null clears the detail (then the documents print an empty line); missing leaves it as it is. */
const detail = (max: number) => z.string().trim().max(max).nullable().optional();

export const unitDetailsPatch = z
  .object({
    controllerAddress: detail(UNIT_DETAILS_LIMITS.controllerAddress),
    dataProtectionOfficer: detail(UNIT_DETAILS_LIMITS.dataProtectionOfficer),
    // One line: it is printed inside a sentence.
    phone: z
      .string()
      .trim()
      .max(UNIT_DETAILS_LIMITS.phone)
      .regex(/^[^\r\n]*$/)
      .nullable()
      .optional(),
    appointmentPlace: detail(UNIT_DETAILS_LIMITS.appointmentPlace),
  })
  .strict();

export const unitDetailsMethods = {
  'unitDetails.get': method<UnitDetailsView>()(z.object({}).strict(), ['LOCKED']),
  'unitDetails.update': method<UnitDetailsView>()(unitDetailsPatch, ['LOCKED']),
} as const;
