// The built-in sample "Kabupaten Contoh" and the structure generator: the committed JSON is exactly
// what the builder produces, both are valid structure files, and they follow the Peta Jabatan
// conventions of the regulations (seed-000 §4: who heads which unit, what sits under whom) and the
// national reference lists (JF names and jenjang ranges, Pelaksana nomenclature).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position, Structure } from '../../src/lib/domain/structure.ts';
import { GRADE_LABEL, GRADE_RANK, GRADES, UNIT_TYPES, isKeahlian, type Grade } from '../../src/lib/domain/vocabulary.ts';
import { readStructure, readStructureText } from '../../src/lib/io/read-structure.ts';
import { buildKabupatenContoh, SAMPLE_TITLE } from '../../src/lib/sample/kabupaten-contoh.ts';
import { generateKabupaten } from '../../src/lib/sample/generate.ts';
import { sampleJson } from '../../src/lib/sample/sample-json.ts';

const samplePath = new URL('../../models/samples/kabupaten-contoh.json', import.meta.url);
const referenceDir = new URL('../../../shared/reference/', import.meta.url);
const hasReference = existsSync(new URL('kamus-jf.json', referenceDir));

const sample = buildKabupatenContoh();

/** Heads of a unit: positions whose parent is null or outside the unit (interchange.md). */
function headsOf(s: Structure, unit: string): Position[] {
  const byId = new Map(s.positions.map((p) => [p.id, p]));
  return s.positions.filter((p) => p.unit === unit && (p.parent === null || byId.get(p.parent)?.unit !== unit));
}

function unitOf(s: Structure, positionId: string): string | undefined {
  return s.positions.find((p) => p.id === positionId)?.unit;
}

/** Problems shared by the sample and every generated structure. */
function conventionProblems(s: Structure): string[] {
  const problems: string[] = [];
  const byId = new Map(s.positions.map((p) => [p.id, p]));
  const units = new Map(s.units.map((u) => [u.id, u]));
  const heads = new Map<string, Position[]>();
  for (const p of s.positions) {
    if (p.parent === null || byId.get(p.parent)?.unit !== p.unit) heads.set(p.unit, [...(heads.get(p.unit) ?? []), p]);
    if (p.level === 'fungsional' && !p.grade) problems.push(`${p.id}: JF tanpa jenjang`);
    if ((p.holders?.length ?? 0) > (p.count ?? 1)) problems.push(`${p.id}: pemangku melebihi count`);
    if (p.classGrade === undefined || p.need === undefined) problems.push(`${p.id}: tanpa kelas jabatan atau kebutuhan`);
    // A Kelompok JF box is titled "<nama JF> <jenjang>", and the jenjang in the title is its grade.
    const label = GRADES.find((g) => p.title.endsWith(' ' + GRADE_LABEL[g]));
    if (p.level === 'fungsional' && label && label !== p.grade) problems.push(`${p.id}: judul "${p.title}" tidak cocok dengan jenjang ${p.grade}`);
    if (p.level !== 'fungsional' && label) problems.push(`${p.id}: judul berjenjang JF tetapi level ${p.level}`);
  }
  for (const u of s.units) {
    const unitHeads = heads.get(u.id) ?? [];
    if (unitHeads.length !== 1) {
      problems.push(`${u.id}: ${unitHeads.length} pimpinan unit`);
      continue;
    }
    const head = unitHeads[0];
    // Seed-000 Gambar 9 (L503): Puskesmas and Sekolah are led by a JF; their head sits under the Kepala Dinas.
    if ((u.type === 'puskesmas' || u.type === 'sekolah') && head.level !== 'fungsional') problems.push(`${u.id}: dipimpin ${head.level}, bukan JF`);
    if (u.parent !== null) {
      const parentHead = heads.get(u.parent)?.[0];
      const placedUnder = head.parent === null ? undefined : byId.get(head.parent);
      if (!placedUnder || (placedUnder.id !== parentHead?.id && placedUnder.unit !== u.parent)) problems.push(`${u.id}: pimpinan tidak berkedudukan di unit induk ${u.parent}`);
    } else if (head.parent !== null) problems.push(`${u.id}: unit puncak dengan pimpinan di bawah ${head.parent}`);
    if (u.type === 'kelurahan' && units.get(u.parent ?? '')?.type !== 'kecamatan') problems.push(`${u.id}: kelurahan di luar kecamatan`);
  }
  return problems;
}

describe('sample Kabupaten Contoh', () => {
  it('the committed JSON is exactly what buildKabupatenContoh() produces (regenerate with npx tsx scripts/make-sample.ts)', () => {
    expect(readFileSync(samplePath, 'utf8')).toBe(sampleJson(sample));
  });

  it('is deterministic', () => {
    expect(buildKabupatenContoh()).toEqual(sample);
  });

  it('reads as a valid structure file', () => {
    const read = readStructureText(readFileSync(samplePath, 'utf8'));
    expect(read.ok ? [] : read.problems).toEqual([]);
  });

  it('is a whole Pemerintah Kabupaten Contoh: every unit type, at least 400 position records', () => {
    expect(sample.title).toBe(SAMPLE_TITLE);
    expect(SAMPLE_TITLE).toBe('Pemerintah Kabupaten Contoh');
    expect(new Set(sample.units.map((u) => u.type))).toEqual(new Set(UNIT_TYPES));
    expect(sample.positions.length).toBeGreaterThanOrEqual(400);
  });

  it('follows the Peta Jabatan conventions (jenjang, holders ≤ count, one head per unit, JF-led Puskesmas and Sekolah)', () => {
    expect(conventionProblems(sample)).toEqual([]);
  });

  it('has JF boxes of every jenjang, keahlian and keterampilan', () => {
    const grades = new Set(sample.positions.map((p) => p.grade).filter(Boolean));
    expect(grades).toEqual(new Set(GRADES));
  });

  it('has vacancies, shortages against kebutuhan (B−K < 0), terdampak JF and Pelaksana with golongan', () => {
    const staff = sample.positions.filter((p) => p.level === 'fungsional' || p.level === 'pelaksana');
    expect(staff.some((p) => (p.holders?.length ?? 0) < (p.count ?? 1))).toBe(true);
    expect(staff.some((p) => (p.holders?.length ?? 0) - (p.need ?? 0) < 0)).toBe(true);
    expect(staff.some((p) => (p.holders?.length ?? 0) - (p.need ?? 0) > 0)).toBe(true);
    expect(sample.positions.some((p) => p.terdampak && p.level === 'fungsional')).toBe(true);
    expect(sample.positions.some((p) => p.golongan && p.level === 'pelaksana')).toBe(true);
    expect(sample.positions.some((p) => p.workUnder !== undefined)).toBe(true);
  });

  it('Setda: Sekretaris Daerah, three Asisten with two or three Bagian each, and some Kepala Sub Bagian', () => {
    const setda = sample.positions.filter((p) => p.unit === 'setda');
    const sekda = setda.find((p) => p.title === 'Sekretaris Daerah')!;
    const asisten = setda.filter((p) => p.parent === sekda.id && p.title.startsWith('Asisten '));
    expect(asisten.map((p) => p.title)).toEqual(['Asisten Pemerintahan dan Kesejahteraan Rakyat', 'Asisten Perekonomian dan Pembangunan', 'Asisten Administrasi Umum']);
    for (const a of asisten) {
      const bagian = setda.filter((p) => p.parent === a.id && p.title.startsWith('Kepala Bagian '));
      expect(bagian.length).toBeGreaterThanOrEqual(2);
      expect(bagian.length).toBeLessThanOrEqual(3);
      expect(bagian.every((p) => p.level === 'administrator')).toBe(true);
    }
    expect(setda.some((p) => p.title.startsWith('Kepala Sub Bagian ') && p.level === 'pengawas')).toBe(true);
  });

  it('Inspektorat: four Inspektur Pembantu and Auditor and P2UPD of every jenjang they have', () => {
    const insp = sample.positions.filter((p) => p.unit === 'inspektorat');
    expect(insp.filter((p) => p.title.startsWith('Inspektur Pembantu Wilayah ')).length).toBe(4);
    const gradesOf = (name: string) => new Set(insp.filter((p) => p.title.startsWith(name + ' ')).map((p) => p.grade));
    expect(gradesOf('Auditor')).toEqual(new Set<Grade>(['ahli_utama', 'ahli_madya', 'ahli_muda', 'ahli_pertama', 'penyelia', 'mahir', 'terampil']));
    expect(gradesOf('Pengawas Penyelenggaraan Urusan Pemerintahan Daerah')).toEqual(new Set<Grade>(['ahli_utama', 'ahli_madya', 'ahli_muda', 'ahli_pertama']));
  });

  it('has a Kecamatan with 8+ Kelurahan, 6+ Puskesmas under the Dinas Kesehatan, and UPT led by a Pengawas and by a JF', () => {
    const kelurahanPer = new Map<string, number>();
    for (const u of sample.units) if (u.type === 'kelurahan') kelurahanPer.set(u.parent!, (kelurahanPer.get(u.parent!) ?? 0) + 1);
    expect(Math.max(...kelurahanPer.values())).toBeGreaterThanOrEqual(8);
    const puskesmas = sample.units.filter((u) => u.type === 'puskesmas');
    expect(puskesmas.length).toBeGreaterThanOrEqual(6);
    for (const u of puskesmas) expect(headsOf(sample, u.id)[0].parent).toBe('dinkes-kadis');
    const uptHeads = sample.units.filter((u) => u.type === 'upt').map((u) => ({ u, head: headsOf(sample, u.id)[0] }));
    const pengawasLed = uptHeads.find((x) => x.head.level === 'pengawas');
    expect(pengawasLed).toBeDefined();
    expect(sample.positions.some((p) => p.unit === pengawasLed!.u.id && p.title === 'Kepala Sub Bagian Tata Usaha')).toBe(true);
    expect(uptHeads.some((x) => x.head.level === 'fungsional')).toBe(true);
  });

  it('Tim Kerja: within a unit, Bappeda with Dinas PUPR and Diskominfo, Dinas Kesehatan with Puskesmas, a Ketua from outside the owner', () => {
    const memberUnits = (t: Structure['teams'][number]) => new Set(t.members.map((m) => unitOf(sample, m)));
    expect(sample.teams.some((t) => memberUnits(t).size === 1 && memberUnits(t).has(t.owner))).toBe(true);
    expect(sample.teams.some((t) => t.owner === 'bappeda' && memberUnits(t).has('dpupr') && memberUnits(t).has('diskominfo'))).toBe(true);
    const pkm = new Set(sample.units.filter((u) => u.type === 'puskesmas').map((u) => u.id));
    expect(sample.teams.some((t) => t.owner === 'dinkes' && t.members.some((m) => pkm.has(unitOf(sample, m)!)))).toBe(true);
    expect(sample.teams.some((t) => t.lead && unitOf(sample, t.lead) !== t.owner)).toBe(true);
  });

  it('penugasan: lintas unit (penunjukan), sukarela, and lintas instansi with owner null and the instansi named', () => {
    const a = sample.assignments;
    expect(a.some((x) => x.mode === 'penunjukan' && x.owner !== null && unitOf(sample, x.assignee) !== x.owner)).toBe(true);
    expect(a.some((x) => x.mode === 'sukarela')).toBe(true);
    expect(a.some((x) => x.owner === null && (x.externalInstansi ?? '').length > 0)).toBe(true);
  });
});

/** Kamus JF: name → allowed grade ranges (jenjang awal … puncak), tolerant of the list's typos. */
function jfRanges(): Map<string, [number, number][]> {
  const word: Record<string, Grade> = {
    'ahli pertama': 'ahli_pertama', 'ahli muda': 'ahli_muda', 'ahli madya': 'ahli_madya', 'ahli media': 'ahli_madya', 'ahli utama': 'ahli_utama',
    pemula: 'pemula', 'pelaksana pemula': 'pemula', terampil: 'terampil', pelaksana: 'terampil', mahir: 'mahir', penyelia: 'penyelia'
  };
  const kamus = JSON.parse(readFileSync(new URL('kamus-jf.json', referenceDir), 'utf8')) as { nama_jabatan: string; jenjang_awal: string; jenjang_puncak: string }[];
  const ranges = new Map<string, [number, number][]>();
  for (const k of kamus) {
    const lo = word[k.jenjang_awal.trim().toLowerCase()];
    const hi = word[k.jenjang_puncak.trim().toLowerCase()];
    if (!lo || !hi) continue;
    const name = k.nama_jabatan.trim().toLowerCase();
    ranges.set(name, [...(ranges.get(name) ?? []), [GRADE_RANK[lo], GRADE_RANK[hi]]]);
  }
  return ranges;
}

function pelaksanaNames(): Set<string> {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'nomenklatur' && typeof x === 'string') names.add(x.trim().toLowerCase());
        else walk(x);
      }
  };
  for (const f of ['jab_pelaksana_klerek.json', 'jab_pelaksana_operator.json', 'jab_pelaksana_teknisi.json'])
    walk(JSON.parse(readFileSync(new URL(f, referenceDir), 'utf8')));
  return names;
}

function referenceProblems(s: Structure): string[] {
  const ranges = jfRanges();
  const pelaksana = pelaksanaNames();
  const problems = new Set<string>();
  for (const p of s.positions) {
    if (p.level === 'pelaksana' && !pelaksana.has(p.title.toLowerCase())) problems.add(`Pelaksana tidak dikenal: ${p.title}`);
    if (p.level !== 'fungsional' || !p.grade || !p.title.endsWith(' ' + GRADE_LABEL[p.grade])) continue;
    const name = p.title.slice(0, -GRADE_LABEL[p.grade].length - 1).toLowerCase();
    const rank = GRADE_RANK[p.grade];
    const allowed = (ranges.get(name) ?? []).some(([lo, hi]) => isKeahlian(p.grade!) === lo >= 5 && rank >= lo && rank <= hi);
    if (!allowed) problems.add(`JF tidak ada di kamus pada jenjang itu: ${p.title}`);
  }
  return [...problems];
}

describe.skipIf(!hasReference)('names against the national reference lists (../shared/reference)', () => {
  it('every JF title of the sample is a JF of the kamus at a jenjang within its awal–puncak, every Pelaksana title is in KepmenPANRB 11/2024', () => {
    expect(referenceProblems(sample)).toEqual([]);
  });

  it('the same holds for a generated kabupaten', () => {
    expect(referenceProblems(generateKabupaten({ positions: 6000, seed: 11 }))).toEqual([]);
  });
});

describe('generateKabupaten', () => {
  it('is deterministic for a seed', () => {
    expect(generateKabupaten({ positions: 1500, seed: 42 })).toEqual(generateKabupaten({ positions: 1500, seed: 42 }));
  });

  it('differs between seeds', () => {
    const a = generateKabupaten({ positions: 1500, seed: 1 });
    const b = generateKabupaten({ positions: 1500, seed: 2 });
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(a.title).not.toBe(b.title);
  });

  it.each([50, 100, 250, 300, 1000, 3000, 10000, 20000])('gives %i position records, give or take 5 percent', (n) => {
    for (const seed of [1, 2]) {
      const count = generateKabupaten({ positions: n, seed }).positions.length;
      expect(Math.abs(count - n)).toBeLessThanOrEqual(n * 0.05);
    }
  });

  it.each([
    [100, 5], [400, 6], [1000, 7], [5000, 8], [20000, 9]
  ])('%i records (seed %i) read as a valid structure file that follows the conventions', (n, seed) => {
    const s = generateKabupaten({ positions: n, seed });
    const read = readStructure(JSON.parse(JSON.stringify(s)));
    expect(read.ok ? [] : read.problems.slice(0, 5)).toEqual([]);
    expect(conventionProblems(s)).toEqual([]);
  });

  it.each([1000, 2500, 20000])('covers every unit type at %i records', (n) => {
    for (const seed of [3, 4]) {
      const s = generateKabupaten({ positions: n, seed });
      expect(new Set(s.units.map((u) => u.type))).toEqual(new Set(UNIT_TYPES));
    }
  });

  it('grows the many-of-a-kind units (Kecamatan, Kelurahan, Puskesmas, Sekolah) with the size', () => {
    const count = (s: Structure, type: string) => s.units.filter((u) => u.type === type).length;
    const small = generateKabupaten({ positions: 1000, seed: 9 });
    const large = generateKabupaten({ positions: 10000, seed: 9 });
    for (const type of ['kecamatan', 'kelurahan', 'puskesmas', 'sekolah', 'dinas']) expect(count(large, type)).toBeGreaterThan(count(small, type));
  });

  it('has Tim Kerja across units and the three kinds of penugasan', () => {
    const s = generateKabupaten({ positions: 2000, seed: 12 });
    expect(s.teams.some((t) => new Set(t.members.map((m) => unitOf(s, m))).size > 1)).toBe(true);
    expect(s.assignments.map((a) => a.mode).sort()).toEqual(['penunjukan', 'penunjukan', 'sukarela']);
    expect(s.assignments.some((a) => a.owner === null && a.externalInstansi)).toBe(true);
  });
});
