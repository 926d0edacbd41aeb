// Web Worker entry: spreadsheet reading and conversion off the page's main thread.
import { SpreadsheetJobs, type JobRequest } from './spreadsheet-jobs.ts';

const jobs = new SpreadsheetJobs();
self.onmessage = async (e: MessageEvent<JobRequest>) => {
  self.postMessage(await jobs.handle(e.data));
};
