import type { Chart } from 'chart.js';
import type { Action } from 'svelte/action';

/** One series of bars: its name in the reader's language, its numbers, and its color token. */
export interface BarSeries {
  label: string;
  data: number[];
  /** A CSS custom property of the design tokens (`--color-primary`), with a fallback. */
  color: string;
  fallback: string;
}

export interface BarChartOptions {
  labels: string[];
  series: BarSeries[];
  /** Series stacked in one bar per label (parts of a whole) rather than side by side. */
  stacked?: boolean;
}

/**
 * Draws bars on a <canvas> with chart.js. Every chart stands beside a table that carries the
 * same numbers for screen readers and for anyone without JavaScript; the chart is only a
 * picture of it, so chart.js is loaded on demand in the browser and a failure to load leaves
 * the table alone.
 */
export const barChart: Action<HTMLCanvasElement, BarChartOptions> = (canvas, initial) => {
  let chart: Chart<'bar'> | undefined;
  let current = initial;
  let destroyed = false;

  function datasets(options: BarChartOptions) {
    const style = getComputedStyle(canvas);
    return options.series.map((series) => ({
      label: series.label,
      data: series.data,
      backgroundColor: style.getPropertyValue(series.color).trim() || series.fallback,
    }));
  }

  void import('chart.js')
    .then((lib) => {
      if (destroyed) return;
      // Only the parts a bar chart needs, so the lazily loaded chunk stays small.
      lib.Chart.register(
        lib.BarController,
        lib.BarElement,
        lib.CategoryScale,
        lib.LinearScale,
        lib.Legend,
      );
      chart = new lib.Chart(canvas, {
        type: 'bar',
        data: { labels: current.labels, datasets: datasets(current) },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          // The table is the accessible version; the canvas is not focusable and has no events.
          events: [],
          animation: false,
          scales: {
            x: { stacked: current.stacked === true },
            y: { beginAtZero: true, stacked: current.stacked === true },
          },
        },
      });
    })
    // Without the chart (an offline chunk, an old browser) the table still tells it all.
    .catch(() => undefined);

  return {
    update(next) {
      current = next;
      if (!chart) return;
      chart.data.labels = next.labels;
      chart.data.datasets = datasets(next);
      chart.update();
    },
    destroy() {
      destroyed = true;
      chart?.destroy();
    },
  };
};
