/** The attack suite on a small unit: 150 demo cases, three years. */
import { storeAttackSuite } from './storeAttacks';

storeAttackSuite(150);
