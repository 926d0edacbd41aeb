// Figures one part of `npm run bench` measured that another prints as its baseline (same run, same
// machine): the browser's first-open layout is set beside plain ELK measured by the layout part.
export interface PlainElk {
  ms: number;
  /** ELK did not finish: `ms` is the cap, so a ratio against it is a lower bound. */
  capped: boolean;
}

/** Plain ELK (every position a node) by chart: 'opd', 'sample', 'big'. */
export const plainElkThisRun = new Map<'opd' | 'sample' | 'big', PlainElk>();
