/** Σ coefficient · variable + constant, over the attacker system's free variables. */
export interface LinearExpression {
  terms: Map<number, number>;
  constant: number;
}

export const constantExpression = (value: number): LinearExpression => ({
  terms: new Map(),
  constant: value,
});

export const variableExpression = (index: number): LinearExpression => ({
  terms: new Map([[index, 1]]),
  constant: 0,
});

/** a + factor · b, as a new expression. */
export function addExpressions(a: LinearExpression, b: LinearExpression, factor = 1): LinearExpression {
  const terms = new Map(a.terms);
  for (const [index, coefficient] of b.terms) {
    const sum = (terms.get(index) ?? 0) + factor * coefficient;
    if (sum === 0) terms.delete(index);
    else terms.set(index, sum);
  }
  return { terms, constant: a.constant + factor * b.constant };
}

export function sumExpressions(list: LinearExpression[], factor = 1): LinearExpression {
  return list.reduce((total, e) => addExpressions(total, e, factor), constantExpression(0));
}
