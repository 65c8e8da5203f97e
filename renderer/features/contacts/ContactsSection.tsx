/** Placeholder until this section is built; the case shell already shows it. */
import type { CaseSectionProps } from '../case/sectionProps';

export function ContactsSection(_props: CaseSectionProps) {
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">Kontakte</h2>
    </section>
  );
}
