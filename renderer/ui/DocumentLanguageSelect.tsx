/**
 * The language a person's document prints in beside German (Einwilligung, Terminzettel,
 * Schweigepflichtentbindung, Zielvereinbarung): one select, preset to the first of the person's
 * languages the text catalogue has. An unreviewed translation is said in the option and below.
 */
import type { DocumentLanguage, DocumentLanguageInfo } from '../../electron/contract/areas/documentTexts';
import { documentLanguageTexts as t } from '../i18n/documentLanguage';
import { SelectField } from './SelectField';

/**
 * Person languages are ISO 639 codes (2 or 3 letters); a few name a language the catalogue has
 * under another code: Dari and Iranian Persian print in Persian, Kurdish (unspecified) in
 * Kurmancî, the Kurdish most clients in Germany speak.
 */
const CATALOGUE_ALIASES: Readonly<Record<string, DocumentLanguage>> = { prs: 'fa', pes: 'fa', ku: 'kmr' };

/** The first of the person's languages the catalogue has; else German in Leichte Sprache. */
export function defaultDocumentLanguage(personLanguages: readonly string[], catalogue: readonly DocumentLanguageInfo[]): DocumentLanguage {
  const known = new Set<string>(catalogue.map((l) => l.code));
  for (const code of personLanguages) {
    const mapped = CATALOGUE_ALIASES[code] ?? code;
    if (known.has(mapped)) return mapped as DocumentLanguage;
  }
  return 'de-x-leicht';
}

export function DocumentLanguageSelect({
  languages,
  value,
  onChange,
  label = t.label,
}: {
  languages: readonly DocumentLanguageInfo[];
  value: DocumentLanguage;
  onChange: (language: DocumentLanguage) => void;
  label?: string;
}) {
  const current = languages.find((l) => l.code === value);
  const unconfirmed = current !== undefined && current.review.state !== 'geprueft';
  return (
    <SelectField
      label={label}
      hint={unconfirmed ? t.unconfirmedNote(current.name) : t.hint}
      value={value}
      options={languages.map((l) => ({ value: l.code, label: t.option(l.name, l.review.state === 'geprueft') }))}
      onChange={(v) => {
        if (v !== '') onChange(v);
      }}
    />
  );
}
