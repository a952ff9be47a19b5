/** R2: a problem with a scorecard: the dimension and what is missing. */
export interface NarrativeProblem {
  dimension: string;
  message: string;
}

/**
 * R2 (000): any dimension scored below the bar must carry a written narrative.
 * Returns one problem per dimension that lacks one; an empty list means the scorecard stands.
 */
export function missingNarratives(
  scores: Record<string, number>,
  narratives: Record<string, string | undefined>,
  below: number,
  /** How a dimension reads to a person (the rubric's label); the id where none is given. */
  label: (dimension: string) => string = (d) => d,
): NarrativeProblem[] {
  return Object.entries(scores)
    .filter(([dim, score]) => score < below && !narratives[dim]?.trim())
    .map(([dim, score]) => ({
      dimension: dim,
      message: `R2: ${label(dim)} is scored ${score}, below ${below}, and needs a written narrative`,
    }));
}
