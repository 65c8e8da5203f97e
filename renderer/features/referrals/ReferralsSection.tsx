/** Placeholder until this section is built; the case shell already shows it. */
import type { CaseSectionProps } from '../case/sectionProps';

export function ReferralsSection(_props: CaseSectionProps) {
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">Vermittlungen</h2>
    </section>
  );
}
