/** Demo data: the seed (command line) and the app's offer to load it into an empty store. */
export { DEMO_SETTING, demoService, demoStatus, seedDemoData, type SeedOptions, type SeedSummary } from './seedService';
