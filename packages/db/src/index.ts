export * from './client';
export * from './counters';
export * from './embedded';
export * from './migrate';
export * as schema from './schema';
