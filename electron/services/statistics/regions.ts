/**
 * Regions of origin: nationalities (ISO 3166 alpha-2) grouped so that no single country with few
 * people can be singled out. The grouping follows the world regions of the United Nations
 * (M49), merged where KIM's clients come from few countries. A fixed table: every export of every
 * unit uses the same rows, so the district can add them up.
 */

export interface Region {
  key: string;
  label: string;
  countries: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { key: 'naher-osten', label: 'Naher Osten', countries: ['SY', 'IQ', 'LB', 'JO', 'PS', 'IL', 'SA', 'YE', 'OM', 'AE', 'QA', 'BH', 'KW'] },
  { key: 'westasien', label: 'Westasien (Türkei, Kaukasus)', countries: ['TR', 'GE', 'AM', 'AZ', 'CY'] },
  {
    key: 'mittel-und-suedasien',
    label: 'Mittel- und Südasien (u. a. Afghanistan, Iran)',
    countries: ['AF', 'IR', 'PK', 'IN', 'BD', 'LK', 'NP', 'BT', 'MV', 'KZ', 'KG', 'TJ', 'TM', 'UZ'],
  },
  {
    key: 'ost-und-suedostasien',
    label: 'Ost- und Südostasien',
    countries: ['CN', 'JP', 'KR', 'KP', 'MN', 'TW', 'HK', 'MO', 'VN', 'TH', 'LA', 'KH', 'MM', 'MY', 'SG', 'ID', 'PH', 'BN', 'TL'],
  },
  { key: 'osteuropa-eu', label: 'Osteuropa (EU-Staaten)', countries: ['PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'LT', 'LV', 'EE'] },
  { key: 'osteuropa', label: 'Osteuropa (außerhalb der EU)', countries: ['UA', 'RU', 'BY', 'MD'] },
  { key: 'suedosteuropa', label: 'Südosteuropa (Westbalkan)', countries: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] },
  {
    key: 'uebriges-europa',
    label: 'Übriges Europa',
    countries: [
      'AT',
      'BE',
      'CH',
      'DK',
      'ES',
      'FI',
      'FR',
      'GB',
      'GR',
      'HR',
      'IE',
      'IS',
      'IT',
      'LI',
      'LU',
      'MT',
      'NL',
      'NO',
      'PT',
      'SE',
      'SI',
      'AD',
      'MC',
      'SM',
      'VA',
    ],
  },
  { key: 'nordafrika', label: 'Nordafrika', countries: ['EG', 'LY', 'TN', 'DZ', 'MA', 'EH', 'SD'] },
  {
    key: 'ostafrika',
    label: 'Ostafrika (u. a. Eritrea, Somalia)',
    countries: ['ER', 'ET', 'SO', 'DJ', 'KE', 'UG', 'TZ', 'RW', 'BI', 'SS', 'MG', 'MW', 'MZ', 'ZM', 'ZW', 'MU', 'KM', 'SC'],
  },
  { key: 'westafrika', label: 'Westafrika', countries: ['NG', 'GH', 'GN', 'SN', 'GM', 'GW', 'SL', 'LR', 'CI', 'ML', 'BF', 'NE', 'TG', 'BJ', 'MR', 'CV'] },
  {
    key: 'zentral-und-suedafrika',
    label: 'Zentral- und Südafrika',
    countries: ['CM', 'CF', 'TD', 'CG', 'CD', 'GA', 'GQ', 'ST', 'AO', 'ZA', 'NA', 'BW', 'LS', 'SZ'],
  },
  {
    key: 'amerika',
    label: 'Amerika',
    countries: [
      'US',
      'CA',
      'MX',
      'GT',
      'BZ',
      'SV',
      'HN',
      'NI',
      'CR',
      'PA',
      'CU',
      'DO',
      'HT',
      'JM',
      'TT',
      'BS',
      'BB',
      'CO',
      'VE',
      'EC',
      'PE',
      'BO',
      'BR',
      'PY',
      'UY',
      'AR',
      'CL',
      'GY',
      'SR',
    ],
  },
  { key: 'ozeanien', label: 'Ozeanien', countries: ['AU', 'NZ', 'PG', 'FJ', 'SB', 'VU', 'WS', 'TO', 'KI', 'FM', 'MH', 'PW', 'NR', 'TV'] },
];

/** Rows beside the regions: German nationality only, any other code (incl. stateless), nothing recorded. */
export const GERMAN = { key: 'deutschland', label: 'Nur deutsche Staatsangehörigkeit' } as const;
export const OTHER_REGION = { key: 'sonstige', label: 'Staatenlos, ungeklärt oder sonstige' } as const;
export const UNKNOWN_REGION = { key: 'unbekannt', label: 'Nicht erfasst' } as const;

export const REGION_LINES = [...REGIONS.map(({ key, label }) => ({ key, label })), GERMAN, OTHER_REGION, UNKNOWN_REGION];

const regionByCountry = new Map<string, string>(REGIONS.flatMap((r) => r.countries.map((c) => [c, r.key] as const)));

/** The region of the first nationality other than German (origin, not citizenship), else GERMAN / UNKNOWN. */
export function regionOf(nationalities: readonly string[]): string {
  if (nationalities.length === 0) return UNKNOWN_REGION.key;
  const foreign = nationalities.find((code) => code !== 'DE');
  if (foreign === undefined) return GERMAN.key;
  return regionByCountry.get(foreign) ?? OTHER_REGION.key;
}
