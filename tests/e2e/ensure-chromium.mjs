// The e2e suite uses Debian's chromium (playwright's own download is not available here). Installs it
// with apt-get when missing, so `npm run test:e2e` works on a fresh CI machine.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log('Chromium belum terpasang; memasang paket Debian "chromium"…');
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : '';
  execSync(`${sudo}apt-get update && ${sudo}apt-get install -y chromium`, { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) {
    console.error(`Gagal memasang chromium di ${CHROMIUM}`);
    process.exit(1);
  }
}
