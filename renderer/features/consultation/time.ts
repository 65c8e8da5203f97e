/** Times of the consultation hour as German readers expect them (local time). */
import { germanDay, germanTime } from '../../i18n/dates';
import { germanDate } from '../cases/format';

/** An ISO date-time → its local time "14:05". */
export const clock = germanTime;

/** An ISO date-time → its local date "21.11.2026". */
export const localDate = germanDay;

export { germanDate };
