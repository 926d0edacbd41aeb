// The service worker precaches the whole app when it installs, and chromium then compiles every cached
// script on another thread (~34 ms CPU, measured) while fetching ~1.5 MB. Registered at the load event
// (SvelteKit's default), that install ran during the user's first opening of a chart and, on a 2-core
// office PC, took the CPU from its layout (first open of one OPD: ~59 ms with it, ~39 ms without).
// It is registered after the first chart has been drawn, or once the page has been idle for a while,
// whichever comes first; offline use still starts from the first visit.
import { dev } from '$app/environment';
import { base } from '$app/paths';

/** Idle time on a page without a chart before the worker is registered anyway. */
const IDLE_MS = 3000;

let registered = false;

function register(): void {
  if (registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registered = true;
  // Dev serves the worker as an ES module; the build emits a classic script.
  navigator.serviceWorker.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' }).catch(() => {
    // No offline copy (private window, blocked): the app works online as before.
  });
}

/** When the app starts: registers after IDLE_MS, in an idle period, unless a chart did it first. */
export function registerServiceWorkerWhenIdle(): void {
  if (typeof window === 'undefined') return;
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: IDLE_MS }) : register()), IDLE_MS);
}

/** After a chart's first frame: its layout is done, the install no longer competes with it. */
export function registerServiceWorkerAfterChart(): void {
  if (registered || typeof requestAnimationFrame === 'undefined') return;
  requestAnimationFrame(() => setTimeout(register, 0));
}
