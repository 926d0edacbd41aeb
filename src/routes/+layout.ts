// A static, client-only app: data lives in IndexedDB, so nothing is rendered on a server.
export const prerender = true;
export const ssr = false;
