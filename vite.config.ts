import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  server: { fs: { allow: ['models'] } },
  // The spreadsheet import worker loads exceljs/papaparse lazily (code splitting): an ES module worker.
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup/line-equality.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 30000
  }
});
