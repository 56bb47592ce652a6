/** total = Σ parts + something the attacker may know (respondents attached to the parent itself). */
export interface SumRelation {
  total: string;
  parts: string[];
}
