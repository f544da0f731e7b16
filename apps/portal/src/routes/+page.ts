// A public page: server-rendered and complete without JavaScript, so it ships none (at most
// 30 kB gzip per public route; the hydrated layout alone is about 60 kB). Its forms (language,
// sign-out) are plain posts, and the sign-out message comes from the server (lib/server/flash.ts).
export const csr = false;
