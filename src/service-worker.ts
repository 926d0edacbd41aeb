/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after the first visit: the whole static app (build output, static files, prerendered pages)
// is cached at install; every request is same-origin (the app makes no other), answered cache-first,
// and an unknown path (a client-side route) gets the app shell.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `bagan-kerja-${version}`;
const ASSETS = [...new Set([...build, ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => sw.skipWaiting())
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })()
  );
});

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(url.pathname);
      if (hit) return hit;
      try {
        return await fetch(event.request);
      } catch {
        // Offline on a client-side route: serve the app shell; the router takes it from there.
        const shell = (await cache.match('/index.html')) ?? (await cache.match('/'));
        if (shell && event.request.mode === 'navigate') return shell;
        return new Response('Luring: berkas tidak tersedia di cache', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
    })()
  );
});
