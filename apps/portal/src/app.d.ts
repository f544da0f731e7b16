// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** Set when a form post came from an address the portal does not serve: its own origin. */
      formRefused?: string;
    }
  }
}

export {};
