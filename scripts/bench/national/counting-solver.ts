import type { BoundSolver } from '../../../core/anonymity/bound-solver';

/** The solver, counting the programs it solves and the time they take. */
export function countingSolver(inner: BoundSolver) {
  const counts = { solves: 0, ms: 0 };
  const solver: BoundSolver = {
    open(problem) {
      const model = inner.open(problem);
      return {
        maximize(objective) {
          const started = performance.now();
          try {
            return model.maximize(objective);
          } finally {
            counts.solves++;
            counts.ms += performance.now() - started;
          }
        },
        solution: () => model.solution(),
        certificate: () => model.certificate(),
        setRowBounds: (row, lower, upper) => model.setRowBounds(row, lower, upper),
        dispose: () => model.dispose(),
      };
    },
  };
  return {
    solver,
    get solves() {
      return counts.solves;
    },
    get ms() {
      return counts.ms;
    },
    reset() {
      counts.solves = 0;
      counts.ms = 0;
    },
  };
}
