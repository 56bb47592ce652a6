export * from './organisation';
export * from './surveys';
export * from './indicators';
export * from './staff';
export * from './tokens';
export * from './actions';
export * from './contracts';
export * from './initiatives';
