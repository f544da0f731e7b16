// A public page: complete without JavaScript, so it ships none (docs/performance.md).
export const csr = false;
