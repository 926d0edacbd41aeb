// Page side of the spreadsheet jobs: a Web Worker when the browser can start one, the same code on the
// page otherwise. Only the newest request of a kind matters to the dialog; older answers still resolve.
import { SpreadsheetJobs, type JobRequest, type JobResponse, type RunOptions, type RunOutcome, type SheetSummary } from './spreadsheet-jobs.ts';

type Pending = (r: JobResponse) => void;
type Unsent = JobRequest extends infer R ? (R extends JobRequest ? Omit<R, 'id'> : never) : never;

export class SpreadsheetClient {
  private worker: Worker | null = null;
  private local: SpreadsheetJobs | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    try {
      this.worker = new Worker(new URL('./spreadsheet-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<JobResponse>) => this.settle(e.data);
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.fallBack();
    }
  }

  private settle(r: JobResponse): void {
    const p = this.pending.get(r.id);
    this.pending.delete(r.id);
    p?.(r);
  }

  /** The worker failed to load: answer what is pending (and everything after) on the page. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    this.local ??= new SpreadsheetJobs();
    for (const [id] of this.pending) this.settle({ id, kind: 'error', message: 'Pemroses latar belakang gagal dimuat; pilih berkas sekali lagi' });
  }

  private send(req: Unsent, transfer: Transferable[] = []): Promise<JobResponse> {
    const id = this.next++;
    const full = { ...req, id } as JobRequest;
    return new Promise((resolve) => {
      if (this.worker) {
        this.pending.set(id, resolve);
        this.worker.postMessage(full, transfer);
      } else void this.local!.handle(full).then(resolve);
    });
  }

  async read(data: ArrayBuffer, fileName: string): Promise<SheetSummary[]> {
    const r = await this.send({ kind: 'read', data, fileName }, this.worker ? [data] : []);
    if (r.kind === 'error') throw new Error(r.message);
    if (r.kind !== 'read') throw new Error('Jawaban tak terduga');
    return r.sheets;
  }

  async run(opts: RunOptions): Promise<RunOutcome> {
    const r = await this.send({ kind: 'run', ...opts });
    if (r.kind === 'error') throw new Error(r.message);
    if (r.kind !== 'run') throw new Error('Jawaban tak terduga');
    return r.outcome;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
