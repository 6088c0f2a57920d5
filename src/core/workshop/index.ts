export * from './activities';
export * from './agenda';
export * from './areas';
export * from './keys';
export * from './kickoff';
export * from './metrics';
export * from './principles';
export * from './templates';
