/** Placeholder until this section is built; the case shell already shows it. */
import type { CaseSectionProps } from '../case/sectionProps';

export function GoalsSection(_props: CaseSectionProps) {
  return (
    <section aria-labelledby="section-title">
      <h2 id="section-title">Ziele und Zielvereinbarung</h2>
    </section>
  );
}
