/** Contract methods for network partners, releases (Schweigepflichtentbindungen), referrals with status history, contacts (monitoring), follow-ups (Wiedervorlagen), case conferences. */
import { z } from 'zod';
import { method } from '../define';

export const networkMethods = {} as const;
