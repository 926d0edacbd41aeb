// Tells other tabs of this browser that a project was saved, so a tab showing the same project reloads
// it (and says so) instead of later overwriting it with stale data.
export interface SavedMessage {
  type: 'saved' | 'deleted';
  projectId: string;
  revision: number;
  tab: string;
}

export class TabSync {
  readonly tab = Math.random().toString(36).slice(2);
  private channel: BroadcastChannel | null;

  constructor(onMessage: (m: SavedMessage) => void, name = 'bagan-kerja') {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
    if (this.channel)
      this.channel.onmessage = (e: MessageEvent<SavedMessage>) => {
        if (e.data && e.data.tab !== this.tab) onMessage(e.data);
      };
  }

  announce(type: SavedMessage['type'], projectId: string, revision: number): void {
    this.channel?.postMessage({ type, projectId, revision, tab: this.tab } satisfies SavedMessage);
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}

/** Asks the browser not to evict our data under storage pressure; the answer is shown to the user. */
export async function requestPersistence(): Promise<boolean | null> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}
