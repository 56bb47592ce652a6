import { createLogger, useProcessLogger } from '../../main/logger';

// Tests print only problems: a request and a job line each for thousands of requests would bury
// the failures in CI's output. A test that reads the lines passes a logger of its own to the store.
useProcessLogger(createLogger({ level: 'warn' }));
