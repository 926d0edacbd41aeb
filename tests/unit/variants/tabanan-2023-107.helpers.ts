// Shared fixtures of the tabanan-2023-107 tests: the oracle structures of seed-004.md §10.1, built the way
// interchange.md models them (one unit per Perangkat Daerah; Bidang/Bagian are positions).
import { compute } from '../../../src/lib/domain/compute.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';
import { Builder } from '../helpers/build.ts';
import { linesOf, sourcesInto } from '../helpers/lines.ts';

export const variant = loadBuiltinVariant('tabanan-2023-107');
export const run = (s: Structure, options: Record<string, string> = {}) => compute(s, variant, options);
export const into = (r: ReturnType<typeof run>, kind: Parameters<typeof sourcesInto>[1], to: string, subKind?: string) =>
  sourcesInto(r, kind, to, subKind).sort();
/** Receivers of a position's lines of a kind (reporting goes from the reporter to the receiver). */
export const outOf = (r: ReturnType<typeof run>, kind: Parameters<typeof sourcesInto>[1], from: string, subKind?: string) =>
  linesOf(r, kind, { subKind }).filter((l) => l.from === from).map((l) => l.to).sort();
export const errors = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity === 'error');

/** Oracle 1 (L471–L493): Sekda → Asisten → Kabag Hukum → {JF X; Kasubag Y → pelaksana Z}. */
export function setda() {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
  const asisten = b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', sekda);
  const kabag = b.pos('Kepala Bagian Hukum', 'administrator', asisten);
  const x = b.pos('Analis Hukum Ahli Muda', 'fungsional', kabag, { grade: 'ahli_muda' });
  const kasubag = b.pos('Kepala Sub Bagian Perundang-undangan', 'pengawas', kabag);
  const z = b.pos('Pengadministrasi Umum', 'pelaksana', kasubag);
  return { s: b.done(), sekda, asisten, kabag, x, kasubag, z };
}

/** Oracle 2 (L495–L551): Kadis → Kabid P2P → JF A; Sekretaris → Kasubag Umum → pelaksana B. */
export function dinkes(name = 'Dinas Kesehatan') {
  const b = new Builder('dinas', name);
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang P2P', 'administrator', kadis);
  const a = b.pos('Epidemiolog Kesehatan Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda' });
  const sekretaris = b.pos('Sekretaris', 'administrator', kadis);
  const kasubag = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekretaris);
  const pel = b.pos('Pengadministrasi Perkantoran', 'pelaksana', kasubag);
  return { s: b.done(), kadis, kabid, a, sekretaris, kasubag, b: pel };
}

/** Oracle 3 (L553–L579): Kepala BRIDA → {JF Peneliti C; Sekretaris → pelaksana D}. */
export function brida(name = 'Badan Riset dan Inovasi Daerah', type: UnitType = 'badan') {
  const b = new Builder(type, name);
  const kepala = b.pos('Kepala Badan', 'jpt_pratama');
  const c = b.pos('Peneliti Ahli Madya', 'fungsional', kepala, { grade: 'ahli_madya' });
  const sekretaris = b.pos('Sekretaris', 'administrator', kepala);
  const d = b.pos('Pengelola Keuangan', 'pelaksana', sekretaris);
  return { s: b.done(), kepala, c, sekretaris, d };
}

/** Oracle 4 (L581–L607): Camat → {JF E, pelaksana F}; with a Sekcam, pelaksana G under it. */
export function kecamatan(withSekcam = false) {
  const b = new Builder('kecamatan', 'Kecamatan Kediri');
  const camat = b.pos('Camat', 'administrator');
  const e = b.pos('Analis Kebijakan Ahli Muda', 'fungsional', camat, { grade: 'ahli_muda' });
  const f = b.pos('Pengadministrasi Perkantoran', 'pelaksana', camat);
  const sekcam = withSekcam ? b.pos('Sekretaris Kecamatan', 'administrator', camat) : 'none';
  const g = withSekcam ? b.pos('Pengelola Umum', 'pelaksana', sekcam) : 'none';
  return { s: b.done(), camat, e, f, sekcam, g };
}
