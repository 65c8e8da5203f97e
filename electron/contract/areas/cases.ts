/** Contract methods for people (Klient:innen), households, target groups, locations and life areas (configuration), intake (Zugangssteuerung, Erstberatung), consent, cases, closure and reopening, the case view and timeline. */
import { z } from 'zod';
import { method } from '../define';

export const caseMethods = {} as const;
