/**
 * Measuring and printing for `npm run bench`: medians and percentiles of repeated runs, and one line
 * per figure with its target and verdict, so every section reports the same way.
 */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; `values` need not be sorted. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('bench: percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Milliseconds one call takes, from a monotonic clock. */
export async function timeMs(run: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** The figure a target compares, with the comparison: '>=' means value must be at least target. */
  target?: { op: '>=' | '<='; value: number };
  /** Free text shown after the figure: the reference it is compared with, the ratio. */
  detail?: string;
}

export function passes(figure: Figure): boolean | null {
  if (!figure.target) return null;
  return figure.target.op === '>=' ? figure.value >= figure.target.value : figure.value <= figure.target.value;
}

function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatFigure(figure: Figure): string {
  const verdict = passes(figure);
  const target = figure.target ? `target ${figure.target.op} ${formatNumber(figure.target.value)} ${figure.unit}` : '';
  const mark = verdict === null ? '  ' : verdict ? 'ok' : 'MISSED';
  const parts = [`${formatNumber(figure.value)} ${figure.unit}`.padStart(16), mark.padEnd(6), figure.name.padEnd(52), target.padEnd(26), figure.detail ?? ''];
  return parts.join(' ').trimEnd();
}

/** Resident set size of this process in MB. */
export function rssMb(): number {
  return process.memoryUsage.rss() / (1024 * 1024);
}

/** One numbered part of the bench: runs its measurements and returns the figures to print. */
export interface BenchSection {
  name: string;
  title: string;
  run(progress: (line: string) => void): Promise<Figure[]>;
}
