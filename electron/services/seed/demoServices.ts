/**
 * The services the demo writes through: the same ones the app uses, bound to the demo's own
 * clock, and every input checked against the contract first, so demo data passes exactly the
 * rules and limits that a case manager's input passes.
 */
import { contract, type Input, type MethodName } from '../../contract';
import type { ParsedInputOf } from '../../contract/define';
import type { ServiceContext } from '../context';
import { createAssessmentServices } from '../assessment';
import { createCaseServices } from '../cases';
import { createNetworkServices } from '../network';
import { createConsultationServices } from '../consultation';

export function demoServices(ctx: ServiceContext) {
  return { ...createCaseServices(ctx), ...createAssessmentServices(ctx), ...createNetworkServices(ctx), ...createConsultationServices(ctx) };
}
export type DemoServices = ReturnType<typeof demoServices>;

/** The input as the contract parses it; throws (a bug in the demo) when it would be refused. */
export function valid<K extends MethodName>(name: K, input: Input<K>): ParsedInputOf<(typeof contract)[K]> {
  return contract[name].input.parse(input) as ParsedInputOf<(typeof contract)[K]>;
}

/**
 * Makes sure small demo sets show every variant: each list is walked in order until every value
 * was used once, then `otherwise` draws them.
 */
export class Coverage {
  private readonly used = new Map<string, number>();
  private readonly shown = new Set<string>();

  next<T>(key: string, values: readonly T[], otherwise: () => T): T {
    const count = this.used.get(key) ?? 0;
    this.used.set(key, count + 1);
    return count < values.length ? values[count]! : otherwise();
  }

  /** Whether a feature (e.g. a case conference) has not been shown yet. */
  missing(feature: string): boolean {
    return !this.shown.has(feature);
  }

  shownNow(feature: string): void {
    this.shown.add(feature);
  }
}
