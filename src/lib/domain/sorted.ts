/** First index in ascending `sorted` (or its stretch [lo, hi)) whose value is not below `value` (binary search; hi when none). */
export function lowerBound(sorted: readonly number[], value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
