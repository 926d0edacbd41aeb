// Placeholder until the layout/render module lands; replaced by the real `bagan render`.
export async function runRender(_argv: string[]): Promise<number> {
  process.stderr.write('bagan render belum tersedia pada versi ini.\n');
  return 2;
}
