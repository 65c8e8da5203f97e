/** The attack suite on a large unit: 1,500 demo cases, three years. */
import { storeAttackSuite } from './storeAttacks';

storeAttackSuite(1500);
