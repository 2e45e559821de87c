/**
 * How many rounds fit: the benchmark runs up to `max` rounds but starts a new one only if it should end
 * within the time budget (judged from the slowest round so far), and always runs at least `min`. Pure.
 */
export interface RoundPlan {
  /** Rounds done so far. */
  done: number;
  min: number;
  max: number;
  /** Time since the benchmark started, ms. */
  elapsedMs: number;
  /** Total time allowed, ms. */
  budgetMs: number;
  /** Durations of the rounds done so far, ms. */
  roundMs: readonly number[];
}

export function shouldStartRound(plan: RoundPlan): boolean {
  if (plan.done >= plan.max) return false;
  if (plan.done < plan.min) return true;
  const slowest = Math.max(0, ...plan.roundMs);
  return plan.elapsedMs + slowest <= plan.budgetMs;
}
