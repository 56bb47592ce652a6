import loadHighs from 'highs';
import type { BoundModel, BoundSolver, LinearProblem } from '../../core/anonymity/bound-solver';
import { provedRows } from '../../core/anonymity/dual-certificate';

type Highs = Awaited<ReturnType<typeof loadHighs>>;

const INTEGRAL = 1e-6;

/**
 * HiGHS (WebAssembly, single-threaded) as the anonymity audit's bound solver. Each maximisation
 * first solves the linear relaxation by simplex, from the last basis; when its optimum is whole
 * wherever the program asks for whole numbers, that optimum is the integer one too (a
 * relaxation's maximum is never below the integer maximum, and this point is an integer
 * solution), and the relaxation's duals prove it (certificate). Only otherwise does HiGHS branch
 * and bound. The columns are declared continuous and made whole only for that: declared whole,
 * HiGHS runs its MIP solver on every program whatever `solver` says. Loaded once per process.
 */
export async function loadHighsBoundSolver(): Promise<BoundSolver> {
  const highs = await loadHighs();
  return { open: (problem) => openModel(highs, problem) };
}

function openModel(highs: Highs, problem: LinearProblem): BoundModel {
  const { variableType, modelStatus } = highs.constants;
  const finite = (x: number) => (x === Infinity ? highs.infinity : x === -Infinity ? -highs.infinity : x);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of problem.rows) {
    for (const [v, c] of row.terms) {
      indices.push(v);
      values.push(c);
    }
    starts.push(indices.length);
  }
  // One call with the whole sparse matrix: adding rows one by one costs more than solving.
  const model = highs.createModel({
    numCols: problem.variables.length,
    numRows: problem.rows.length,
    colCost: new Float64Array(problem.variables.length),
    colLower: problem.variables.map((v) => finite(v.lower)),
    colUpper: problem.variables.map((v) => finite(v.upper)),
    rowLower: problem.rows.map((r) => finite(r.lower)),
    rowUpper: problem.rows.map((r) => finite(r.upper)),
    matrix: {
      format: 'csr',
      numRows: problem.rows.length,
      numCols: problem.variables.length,
      starts: new Int32Array(starts),
      indices: new Int32Array(indices),
      values: new Float64Array(values),
    },
    // Continuous: with whole-number columns HiGHS runs its MIP solver whatever `solver` says, so
    // the relaxation is its own program, and the columns turn whole only for branch and bound.
    integrality: problem.variables.map(() => variableType.continuous),
  });
  model.options.set({ output_flag: false, solver: 'simplex' });
  const integers = problem.variables.flatMap((v, i) => (v.integer ? [i] : []));
  let costs = new Map<number, number>();
  let point: ArrayLike<number> = new Float64Array(problem.variables.length);
  // The proof of the last maximum: the relaxation's duals, checked when asked for (certificate).
  let proof: { duals: Float64Array; objective: [number, number][]; maximum: number } | null = null;
  const rowBounds = {
    lower: Float64Array.from(problem.rows, (r) => r.lower),
    upper: Float64Array.from(problem.rows, (r) => r.upper),
  };
  const solve = (): number => {
    model.run();
    const status = model.getModelStatus();
    if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible) return Infinity;
    if (status !== modelStatus.optimal)
      throw new Error(`the attacker's program has no solution (HiGHS status ${status})`);
    return -model.getObjectiveValue();
  };
  return {
    maximize(objective) {
      for (const v of costs.keys()) model.changeColCost(v, 0);
      costs = new Map(objective.map(([v, c]) => [v, c]));
      // HiGHS minimises: maximise Σ c·x as minimising −Σ c·x.
      for (const [v, c] of costs) model.changeColCost(v, -c);
      proof = null;
      const relaxed = solve();
      if (relaxed === Infinity) return relaxed;
      const solution = model.getSolution();
      point = solution.colValue;
      if (integers.every((i) => Math.abs(point[i]! - Math.round(point[i]!)) < INTEGRAL)) {
        // The relaxation's duals prove its maximum, and so the integer one it equals.
        proof = { duals: solution.rowDual, objective, maximum: relaxed };
        return relaxed;
      }
      const selection = { kind: 'set', indices: Int32Array.from(integers) } as const;
      model.changeColsIntegrality(selection, new Int32Array(integers.length).fill(variableType.integer));
      model.options.set({ solver: 'choose' });
      try {
        const whole = solve();
        if (whole !== Infinity) point = model.getSolution().colValue;
        return whole;
      } finally {
        model.changeColsIntegrality(selection, new Int32Array(integers.length).fill(variableType.continuous));
        model.options.set({ solver: 'simplex' });
      }
    },
    solution: () => point,
    certificate: () => proof && provedRows(problem, rowBounds, proof.objective, proof.duals, proof.maximum),
    setRowBounds: (row, lower, upper) => {
      rowBounds.lower[row] = lower;
      rowBounds.upper[row] = upper;
      model.changeRowBounds(row, finite(lower), finite(upper));
    },
    dispose: () => model.dispose(),
  };
}
