import loadHighs from 'highs';
import type { BoundModel, BoundSolver, LinearProblem } from '../../core/anonymity/bound-solver';

/** PLACEHOLDER: HiGHS (WebAssembly) as the audit's bound solver. */
export async function loadHighsBoundSolver(): Promise<BoundSolver> {
  const highs = await loadHighs();
  return {
    open(problem: LinearProblem): BoundModel {
      const model = highs.createModel();
      model.options.set({ output_flag: false });
      problem.variables.forEach((v, i) => {
        model.addVar(v.lower, v.upper === Infinity ? highs.infinity : v.upper);
        if (v.integer) model.changeColIntegrality(i, highs.constants.variableType.integer);
      });
      for (const row of problem.rows)
        model.addRow(row.lower, row.upper, {
          indices: row.terms.map(([v]) => v),
          values: row.terms.map(([, c]) => c),
        });
      return {
        maximize(objective) {
          for (let i = 0; i < problem.variables.length; i++) model.changeColCost(i, 0);
          for (const [v, c] of objective) model.changeColCost(v, -c);
          model.run();
          return -model.getObjectiveValue();
        },
        dispose: () => model.dispose(),
      };
    },
  };
}
