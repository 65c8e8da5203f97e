import type { unitDetailsMethods } from '../../../electron/contract/areas/unitDetails';

/** Malformed inputs for each method of the unit's details for documents: every method must be listed (the contract test checks). */
export const unitDetailsMalformed: Record<keyof typeof unitDetailsMethods, unknown[]> = {
  'unitDetails.get': [{ phone: '02581 54-0' }],
  'unitDetails.update': [
    // The controller's name is the statistic's setting, read only here.
    { controller: 'Kreis Warendorf' },
    { phone: '02581 54-0', extra: true },
    { controllerAddress: 5 },
    { controllerAddress: ['Waldenburger Str. 2'] },
    { controllerAddress: 'x'.repeat(301) },
    { dataProtectionOfficer: 'x'.repeat(501) },
    { dataProtectionOfficer: { name: 'Frau Kaya' } },
    { phone: '1'.repeat(61) },
    { phone: '02581 54-0\n02581 54-1' },
    { phone: 2581540 },
    { appointmentPlace: 'x'.repeat(301) },
    { appointmentPlace: true },
  ],
};
