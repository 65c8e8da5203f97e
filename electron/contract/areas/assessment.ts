/** Contract methods for assessment, re-assessment (cadence, due/overdue, changes), goals with steps, agreements (versioned, signed) and their PDF. */
import { z } from 'zod';
import { method } from '../define';

export const assessmentMethods = {} as const;
