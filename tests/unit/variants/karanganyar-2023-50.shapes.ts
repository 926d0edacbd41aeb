// Shared by the karanganyar-2023-50 tests: the variant, a runner, and the two shapes most oracle cases use.
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';
import { compute } from '../../../src/lib/domain/compute.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import { Builder, build } from '../helpers/build.ts';

export const v = loadBuiltinVariant('karanganyar-2023-50');
export const run = (s: Structure, options: Record<string, string> = {}) => compute(s, v, options);
export const finding = (r: ReturnType<typeof run>, code: string) => r.findings.filter((f) => f.code === code);

/** A JPT-led Badan (or Dinas) with one Kepala Bidang (Gambar 4/5, 14/15): the shape of T1–T3 and T10. */
export function badan(fill: (b: Builder) => void, type: 'badan' | 'dinas' = 'badan'): Structure {
  return build(type, (b) => {
    b.pos('Kepala Badan', 'jpt_pratama', null, { id: 'kepala' });
    b.pos('Kepala Bidang A', 'administrator', 'kepala', { id: 'kabidA' });
    b.pos('Kepala Seksi A1', 'pengawas', 'kabidA', { id: 'kasiA1' });
    fill(b);
  }, type === 'badan' ? 'Badan X' : 'Dinas X');
}

/** Sekretariat Daerah: Sekda → Asisten I → Kabag Pemerintahan → Kasubbag (Gambar 12–15, 17–19). */
export function setda(fill: (b: Builder) => void): Structure {
  return build('setda', (b) => {
    b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
    b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', 'sekda', { id: 'asisten' });
    b.pos('Kepala Bagian Pemerintahan', 'administrator', 'asisten', { id: 'kabag' });
    b.pos('Kepala Sub Bagian Otonomi Daerah', 'pengawas', 'kabag', { id: 'kasubbag' });
    fill(b);
  }, 'Sekretariat Daerah');
}
