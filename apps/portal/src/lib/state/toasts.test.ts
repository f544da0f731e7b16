import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from './toasts.svelte';

describe(Toasts.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows toasts in order', () => {
    const toasts = new Toasts();
    toasts.show('You are signed in.', { tone: 'success' });
    toasts.show('Saved.');

    expect(toasts.items.map((toast) => [toast.message, toast.tone])).toEqual([
      ['You are signed in.', 'success'],
      ['Saved.', 'info'],
    ]);
  });

  it('lets a toast go by itself after its duration', () => {
    const toasts = new Toasts();
    toasts.show('Saved.', { durationMs: 1000 });

    vi.advanceTimersByTime(999);
    expect(toasts.items).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(toasts.items).toHaveLength(0);
  });

  it('keeps an error until it is dismissed', () => {
    const toasts = new Toasts();
    const id = toasts.show('Not saved.', { tone: 'error' });

    vi.advanceTimersByTime(60_000);
    expect(toasts.items).toHaveLength(1);

    toasts.dismiss(id);
    expect(toasts.items).toHaveLength(0);
  });

  it('dismisses one toast and leaves the others', () => {
    const toasts = new Toasts();
    const first = toasts.show('One');
    toasts.show('Two');

    toasts.dismiss(first);

    expect(toasts.items.map((toast) => toast.message)).toEqual(['Two']);
  });
});
