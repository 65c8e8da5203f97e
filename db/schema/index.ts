export { settings } from './settings';
export { keyWraps } from './keyWraps';
export { auditLog } from './auditLog';
