import { getContext, setContext } from 'svelte';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

export interface ShowOptions {
  tone?: ToastTone;
  /** How long before it goes by itself; errors stay until dismissed (WCAG 2.2.1). */
  durationMs?: number;
}

const DEFAULT_DURATION_MS = 8000;

/**
 * Short messages announced politely to screen readers by the Toast region. One queue per app
 * instance, provided through context so no state is shared between server requests.
 */
export class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  // Bookkeeping for timeouts, never rendered, so it need not be reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, { tone = 'info', durationMs }: ShowOptions = {}): number {
    const id = this.#nextId++;
    this.items.push({ id, message, tone });
    const duration = durationMs ?? (tone === 'error' ? undefined : DEFAULT_DURATION_MS);
    if (duration !== undefined) {
      this.#timers.set(
        id,
        setTimeout(() => this.dismiss(id), duration),
      );
    }
    return id;
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  clear(): void {
    for (const id of [...this.#timers.keys()]) this.dismiss(id);
    this.items = [];
  }
}

const KEY = Symbol('toasts');

/** Creates the app's toast queue; call once, in the root layout. */
export function provideToasts(): Toasts {
  return setContext(KEY, new Toasts());
}

/** The toast queue the root layout provided. */
export function useToasts(): Toasts {
  const toasts = getContext<Toasts | undefined>(KEY);
  if (!toasts) throw new Error('useToasts() needs provideToasts() in the root layout');
  return toasts;
}
