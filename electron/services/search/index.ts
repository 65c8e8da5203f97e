/** Global search (Suche). */
import type { ServiceContext } from '../context';
import { searchService } from './searchService';

export function createSearchServices(ctx: ServiceContext) {
  return { search: searchService(ctx) };
}
