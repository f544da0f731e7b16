import type { Chart } from 'chart.js';
import type { Action } from 'svelte/action';
import type { ServiceChartData } from './minutes';

export interface BarChartOptions {
  data: ServiceChartData;
  /** Series names in the reader's language. */
  names: { required: string; delivered: string; missed: string };
}

/**
 * Draws required, delivered and missed minutes per period on a <canvas> with chart.js. The
 * table beside the canvas carries the same numbers for screen readers and for anyone without
 * JavaScript; the chart is only a picture of it, so chart.js is loaded on demand in the
 * browser and a failure to load leaves the table alone.
 */
export const barChart: Action<HTMLCanvasElement, BarChartOptions> = (canvas, initial) => {
  let chart: Chart<'bar'> | undefined;
  let current = initial;
  let destroyed = false;

  function datasets(options: BarChartOptions) {
    const style = getComputedStyle(canvas);
    const color = (name: string, fallback: string) =>
      style.getPropertyValue(name).trim() || fallback;
    return [
      {
        label: options.names.required,
        data: options.data.required,
        backgroundColor: color('--color-border', '#6b7280'),
      },
      {
        label: options.names.delivered,
        data: options.data.delivered,
        backgroundColor: color('--color-primary', '#1d4ed8'),
      },
      {
        label: options.names.missed,
        data: options.data.missed,
        backgroundColor: color('--color-danger', '#b91c1c'),
      },
    ];
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
        data: { labels: current.data.labels, datasets: datasets(current) },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          // The table is the accessible version; the canvas is not focusable and has no events.
          events: [],
          animation: false,
          scales: { y: { beginAtZero: true } },
        },
      });
    })
    // Without the chart (an offline chunk, an old browser) the table still tells it all.
    .catch(() => undefined);

  return {
    update(next) {
      current = next;
      if (!chart) return;
      chart.data.labels = next.data.labels;
      chart.data.datasets = datasets(next);
      chart.update();
    },
    destroy() {
      destroyed = true;
      chart?.destroy();
    },
  };
};
