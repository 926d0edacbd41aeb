// Perbup Tabanan 107/2023 "Sistem Kerja Perangkat Daerah": the oracle cases of
// ../shared/design/seed-004.md §10.1, checked against the seed text (cited by line, "Lnnn").
// Structures follow interchange.md: one unit per Perangkat Daerah (Bidang/Bagian are positions), nested
// units for UPTD/Puskesmas/RSUD/Kelurahan; a Bidang is its own unit only where a team must be owned by it.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/lib/domain/compute.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { Basis } from '../../../src/lib/domain/variant.ts';
import type { UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { loadBuiltinVariant } from '../../../src/cli/variant-files.ts';
import { advanceAssignment, resolveActor, workflowFor } from '../../../src/lib/domain/workflow.ts';
import { Builder, build } from '../helpers/build.ts';
import { readStructureText } from '../../../src/lib/io/read-structure.ts';
import { codes, has, linesOf, sourcesInto } from '../helpers/lines.ts';

const variant = loadBuiltinVariant('tabanan-2023-107');
const run = (s: Structure, options: Record<string, string> = {}) => compute(s, variant, options);
const into = (r: ReturnType<typeof run>, kind: Parameters<typeof sourcesInto>[1], to: string, subKind?: string) =>
  sourcesInto(r, kind, to, subKind).sort();
/** Receivers of a position's lines of a kind (reporting goes from the reporter to the receiver). */
const outOf = (r: ReturnType<typeof run>, kind: Parameters<typeof sourcesInto>[1], from: string, subKind?: string) =>
  linesOf(r, kind, { subKind }).filter((l) => l.from === from).map((l) => l.to).sort();
const errors = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.severity === 'error');

/** Oracle 1 (L471–L493): Sekda → Asisten → Kabag Hukum → {JF X; Kasubag Y → pelaksana Z}. */
function setda() {
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
function dinkes(name = 'Dinas Kesehatan') {
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
function brida(name = 'Badan Riset dan Inovasi Daerah', type: UnitType = 'badan') {
  const b = new Builder(type, name);
  const kepala = b.pos('Kepala Badan', 'jpt_pratama');
  const c = b.pos('Peneliti Ahli Madya', 'fungsional', kepala, { grade: 'ahli_madya' });
  const sekretaris = b.pos('Sekretaris', 'administrator', kepala);
  const d = b.pos('Pengelola Keuangan', 'pelaksana', sekretaris);
  return { s: b.done(), kepala, c, sekretaris, d };
}

/** Oracle 4 (L581–L607): Camat → {JF E, pelaksana F}; with a Sekcam, pelaksana G under it. */
function kecamatan(withSekcam = false) {
  const b = new Builder('kecamatan', 'Kecamatan Kediri');
  const camat = b.pos('Camat', 'administrator');
  const e = b.pos('Analis Kebijakan Ahli Muda', 'fungsional', camat, { grade: 'ahli_muda' });
  const f = b.pos('Pengadministrasi Perkantoran', 'pelaksana', camat);
  const sekcam = withSekcam ? b.pos('Sekretaris Kecamatan', 'administrator', camat) : 'none';
  const g = withSekcam ? b.pos('Pengelola Umum', 'pelaksana', sekcam) : 'none';
  return { s: b.done(), camat, e, f, sekcam, g };
}

describe('Perbup Tabanan 107/2023: the variant file', () => {
  it('names its seed and every basis cites it', () => {
    expect(variant.identity).toMatchObject({ region: 'Kabupaten Tabanan', province: 'Bali', number: '107', year: 2023, sourceFile: '004_061da618499b6039.txt' });
    const bases: Basis[] = [
      ...variant.raterRules.map((r) => r.basis),
      ...variant.lineRules.map((r) => r.basis),
      ...variant.teamLineRules.map((r) => r.basis),
      ...variant.checks.map((c) => c.basis),
      ...variant.options.flatMap((o) => o.choices.flatMap((c) => c.basis)),
      ...variant.workflows.flatMap((w) => [w.basis, ...w.steps.map((s) => s.basis)]),
      ...Object.values(variant.coverage).map((c) => c!.basis),
      variant.fallback.basis
    ];
    for (const basis of bases) expect(basis.source).toBe('004_061da618499b6039.txt');
  });

  const seedFile = new URL('../../../../shared/seeds/004_061da618499b6039.txt', import.meta.url);
  it.skipIf(!existsSync(seedFile))('every quote is verbatim in the seed lines it cites', () => {
    const seed = readFileSync(seedFile, 'utf8').split('\n');
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const textOf = (lines: string) =>
      norm(
        lines
          .split(',')
          .map((piece) => {
            const m = piece.trim().match(/^L(\d+)(?:–L(\d+))?$/);
            if (!m) throw new Error(`lines "${lines}"`);
            return seed.slice(Number(m[1]) - 1, Number(m[2] ?? m[1])).join(' ');
          })
          .join(' ')
      );
    const all = [
      ...variant.raterRules, ...variant.lineRules, ...variant.teamLineRules, ...variant.checks,
      ...variant.workflows, ...variant.workflows.flatMap((w) => w.steps)
    ].map((r) => r.basis);
    for (const basis of all) {
      expect(basis.lines, basis.ref).toBeDefined();
      const text = textOf(basis.lines!);
      for (const fragment of basis.quote.split(' … ')) expect(text, `${basis.lines}: ${fragment}`).toContain(norm(fragment));
    }
  });
});

describe('Oracle 1 — Sekretariat Daerah (Lampiran huruf A)', () => {
  const o = setda();
  const r = run(o.s);

  it('A Setda: the Kepala Bagian rates the JF placed under him (L471)', () => {
    expect(into(r, 'rating', o.x)).toEqual([o.kabag]);
  });
  it('A Setda: the Kepala Sub Bagian rates the pelaksana placed under him, not the Kepala Bagian (L471–L473)', () => {
    expect(into(r, 'rating', o.z)).toEqual([o.kasubag]);
    expect(has(r, 'rating', o.kabag, o.z)).toBe(false);
  });
  it('A Setda: both report their individual tasks to the Kepala Bagian as Pimpinan Unit Organisasi (L471, Pasal 9(2) L156)', () => {
    expect(outOf(r, 'reporting', o.x, 'pertanggungjawaban')).toEqual([o.kabag]);
    expect(outOf(r, 'reporting', o.z, 'pertanggungjawaban')).toEqual([o.kabag]);
    expect(r.roles[o.z]).toMatchObject({ rater: o.kasubag });
  });
  it('A Setda: perjanjian kinerja Sekda → Asisten → Kepala Bagian; the Kepala Bagian sets the expectations of X and Z (L479, L481)', () => {
    expect(has(r, 'performance', o.sekda, o.asisten, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.asisten, o.kabag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.kabag, o.x, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', o.kabag, o.z, 'ekspektasi')).toBe(true);
    expect(r.roles[o.z].performanceOwner).toBe(o.kabag);
    expect(has(r, 'performance', o.sekda, o.kabag, 'perjanjian_kinerja')).toBe(false);
  });
  it('A Setda: results climb Kepala Bagian → Asisten → Sekda (L487, L491–L493)', () => {
    expect(outOf(r, 'reporting', o.x, 'hasil')).toEqual([o.kabag]);
    expect(outOf(r, 'reporting', o.z, 'hasil')).toEqual([o.kabag]);
    expect(has(r, 'reporting', o.kabag, o.asisten, 'hasil')).toBe(true);
    expect(has(r, 'reporting', o.asisten, o.sekda, 'hasil')).toBe(true);
    expect(has(r, 'reporting', o.kabag, o.sekda, 'hasil')).toBe(false);
  });
  it('A Setda: the placement of the oracle draws no finding', () => {
    expect(r.findings).toEqual([]);
  });
  it('A Setda: a JF placed directly under an Asisten is rated by him but warned (L471)', () => {
    const s = build('setda', (b) => {
      const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
      const asisten = b.pos('Asisten Administrasi Umum', 'jpt_pratama', sekda);
      b.pos('Analis Kebijakan Ahli Madya', 'fungsional', asisten, { grade: 'ahli_madya', id: 'jf' });
    });
    const r2 = run(s);
    expect(into(r2, 'rating', 'jf')).toEqual(['p2']);
    expect(r2.findings.find((f) => f.code === 'SETDA_STAFF_ABOVE_KABAG')?.positions).toEqual(['jf', 'p2']);
  });
});

describe('Oracle 2 — Dinas Kesehatan (Lampiran huruf B)', () => {
  const o = dinkes();
  const r = run(o.s);

  it('B Dinas: the Kepala Bidang rates JF A; the Kasubag rates pelaksana B (L499)', () => {
    expect(into(r, 'rating', o.a)).toEqual([o.kabid]);
    expect(into(r, 'rating', o.b)).toEqual([o.kasubag]);
  });
  it('B Dinas: perjanjian kinerja Kadis → Kabid; the Kabid gives A its expectations (L535, L537)', () => {
    expect(has(r, 'performance', o.kadis, o.kabid, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.kadis, o.sekretaris, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.kabid, o.a, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', o.kadis, o.a, 'ekspektasi')).toBe(false);
  });
  it('B Dinas: the Administrator, not the Pengawas, gives the expectations of staff under a Pengawas (L537)', () => {
    const ekspektasi = linesOf(r, 'performance', { subKind: 'ekspektasi' }).filter((l) => l.to === o.b);
    expect(ekspektasi.filter((l) => !l.optional).map((l) => l.from)).toEqual([o.sekretaris]);
    expect(ekspektasi.find((l) => l.from === o.kasubag)?.optional).toBe(true);
  });
  it('B Dinas: by default the Kabid is the Pimpinan Unit Organisasi who decides on a Ketua Tim (L541, L378)', () => {
    expect(outOf(r, 'reporting', o.a, 'pertanggungjawaban')).toEqual([o.kabid]);
    expect(outOf(r, 'reporting', o.b, 'pertanggungjawaban')).toEqual([o.sekretaris]);
  });
  it('B Dinas: with puo_pola_b=jpt the Kepala Dinas is the Pimpinan Unit Organisasi (L495, L547)', () => {
    const r2 = run(o.s, { puo_pola_b: 'jpt' });
    expect(outOf(r2, 'reporting', o.a, 'pertanggungjawaban')).toEqual([o.kadis]);
    expect(outOf(r2, 'reporting', o.b, 'pertanggungjawaban')).toEqual([o.kadis]);
    expect(into(r2, 'rating', o.a)).toEqual([o.kabid]);
  });
  it('B Dinas: results go A → Kabid → Kadis by default (evaluation stage, L551)', () => {
    expect(outOf(r, 'reporting', o.a, 'hasil')).toEqual([o.kabid]);
    expect(has(r, 'reporting', o.kabid, o.kadis, 'hasil')).toBe(true);
    expect(has(r, 'reporting', o.a, o.kadis, 'hasil')).toBe(false);
  });
  it('B Dinas: with hasil_pola_b=langsung_jpt results go straight to the Kadis (implementation stage, L547)', () => {
    const r2 = run(o.s, { hasil_pola_b: 'langsung_jpt' });
    expect(outOf(r2, 'reporting', o.a, 'hasil')).toEqual([o.kadis]);
    expect(outOf(r2, 'reporting', o.b, 'hasil')).toEqual([o.kadis]);
    expect(has(r2, 'reporting', o.kabid, o.kadis, 'hasil')).toBe(false);
  });
  it('B Dinas: a JF placed directly under the Kepala Dinas is warned (L499)', () => {
    const s = build('dinas', (b) => {
      const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
      b.pos('Perencana Ahli Madya', 'fungsional', kadis, { grade: 'ahli_madya', id: 'jf' });
    }, 'Dinas Pertanian');
    const r2 = run(s);
    expect(into(r2, 'rating', 'jf')).toEqual(['p1']);
    expect(codes(r2)).toContain('PATTERN_B_STAFF_UNDER_JPT');
  });
});

describe('Oracle 3 — BRIDA (Lampiran huruf C)', () => {
  const o = brida();
  const r = run(o.s);

  it('C BRIDA: the JPT Pratama rates JF C; the Sekretaris rates pelaksana D (L557)', () => {
    expect(into(r, 'rating', o.c)).toEqual([o.kepala]);
    expect(into(r, 'rating', o.d)).toEqual([o.sekretaris]);
  });
  it('C BRIDA: staff directly under the JPT Pratama draw no pattern-B warning (L557)', () => {
    expect(r.findings).toEqual([]);
    expect(codes(run(dinkes('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu').s))).not.toContain('PATTERN_B_STAFF_UNDER_JPT');
  });
  it('C BRIDA: C reports its results to the JPT; the Sekretaris reviews D\'s results, then the JPT (L575, L579)', () => {
    expect(outOf(r, 'reporting', o.c, 'hasil')).toEqual([o.kepala]);
    expect(outOf(r, 'reporting', o.d, 'hasil')).toEqual([o.sekretaris]);
    expect(has(r, 'reporting', o.sekretaris, o.kepala, 'hasil')).toBe(true);
  });
  it('C BRIDA: the pattern-B results option does not apply to BRIDA (L579)', () => {
    const r2 = run(o.s, { hasil_pola_b: 'langsung_jpt' });
    expect(outOf(r2, 'reporting', o.d, 'hasil')).toEqual([o.sekretaris]);
    expect(has(r2, 'reporting', o.sekretaris, o.kepala, 'hasil')).toBe(true);
  });
  it('C BRIDA: the Sekretaris is PUO of Sekretariat staff by default; the JPT with puo_sekretariat_pola_c=jpt (L557, L567)', () => {
    expect(outOf(r, 'reporting', o.c, 'pertanggungjawaban')).toEqual([o.kepala]);
    expect(outOf(r, 'reporting', o.d, 'pertanggungjawaban')).toEqual([o.sekretaris]);
    const r2 = run(o.s, { puo_sekretariat_pola_c: 'jpt' });
    expect(outOf(r2, 'reporting', o.d, 'pertanggungjawaban')).toEqual([o.kepala]);
    expect(into(r2, 'rating', o.d)).toEqual([o.sekretaris]);
  });
  it('C vs B: the same tree in a pattern-B Badan warns about JF C under the JPT (L499)', () => {
    const r2 = run(brida('Badan Perencanaan Pembangunan Daerah').s);
    expect(r2.findings.find((f) => f.code === 'PATTERN_B_STAFF_UNDER_JPT')?.positions).toEqual(['p2', 'p1']);
  });
});

describe('Oracle 4 — Kecamatan (Lampiran huruf D)', () => {
  const o = kecamatan();
  const r = run(o.s);

  it('D Kecamatan: the Camat rates and leads JF E and pelaksana F (L585)', () => {
    for (const staff of [o.e, o.f]) {
      expect(into(r, 'rating', staff)).toEqual([o.camat]);
      expect(outOf(r, 'reporting', staff, 'pertanggungjawaban')).toEqual([o.camat]);
      expect(outOf(r, 'reporting', staff, 'hasil')).toEqual([o.camat]);
      expect(into(r, 'performance', staff, 'ekspektasi')).toEqual([o.camat]);
    }
    expect(r.findings).toEqual([]);
  });
  it.todo('D Kecamatan: results that miss the target are returned for rework (L607) — the engine has no evaluation-loop mechanism');
  it('D Kecamatan: staff drawn under a Sekretaris Kecamatan are rated by the Camat, with a warning (L585)', () => {
    const k = kecamatan(true);
    const r2 = run(k.s);
    expect(into(r2, 'rating', k.g)).toEqual([k.camat]);
    expect(outOf(r2, 'reporting', k.g, 'pertanggungjawaban')).toEqual([k.camat]);
    const f = r2.findings.find((x) => x.code === 'KECAMATAN_STAFF_UNDER_SUB_OFFICIAL');
    expect(f).toMatchObject({ severity: 'warning', positions: [k.g, k.sekcam] });
  });
  it('D Kecamatan: with ppk_kecamatan=atasan_langsung the Sekcam rates them, noted as info (Pasal 1 angka 17, L70–L72)', () => {
    const k = kecamatan(true);
    const r2 = run(k.s, { ppk_kecamatan: 'atasan_langsung' });
    expect(into(r2, 'rating', k.g)).toEqual([k.sekcam]);
    expect(outOf(r2, 'reporting', k.g, 'pertanggungjawaban')).toEqual([k.camat]);
    expect(r2.findings.find((x) => x.code === 'KECAMATAN_STAFF_UNDER_SUB_OFFICIAL')?.severity).toBe('info');
  });
});

describe('Oracle 5 — RSUD (Lampiran huruf B and E)', () => {
  it('E RSUD Singasana: the Direktur rates, leads and receives the results (L613, L631)', () => {
    const s = build('rsud', (b) => {
      const direktur = b.pos('Direktur', 'administrator', null, { id: 'dir' });
      b.pos('Dokter Ahli Muda', 'fungsional', direktur, { grade: 'ahli_muda', id: 'dokter' });
      b.pos('Pengadministrasi Umum', 'pelaksana', direktur, { id: 'pel' });
    }, 'Rumah Sakit Umum Daerah Singasana');
    const r = run(s);
    for (const staff of ['dokter', 'pel']) {
      expect(into(r, 'rating', staff)).toEqual(['dir']);
      expect(outOf(r, 'reporting', staff, 'pertanggungjawaban')).toEqual(['dir']);
      expect(outOf(r, 'reporting', staff, 'hasil')).toEqual(['dir']);
    }
    expect(r.findings).toEqual([]);
  });
  it('B RSUD Tabanan: a Wakil Direktur (Administrator) rates the staff under him; results go Wadir → Direktur (L499, L529, L551)', () => {
    const s = build('rsud', (b) => {
      const direktur = b.pos('Direktur', 'jpt_pratama', null, { id: 'dir' });
      const wadir = b.pos('Wakil Direktur Pelayanan', 'administrator', direktur, { id: 'wadir' });
      b.pos('Perawat Ahli Muda', 'fungsional', wadir, { grade: 'ahli_muda', id: 'perawat' });
    }, 'Rumah Sakit Umum Daerah Tabanan');
    const r = run(s);
    expect(into(r, 'rating', 'perawat')).toEqual(['wadir']);
    expect(outOf(r, 'reporting', 'perawat', 'hasil')).toEqual(['wadir']);
    expect(has(r, 'reporting', 'wadir', 'dir', 'hasil')).toBe(true);
    expect(has(r, 'performance', 'dir', 'wadir', 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'rating', 'dir', 'perawat')).toBe(false);
  });
});

describe('Oracle 6 — UPTD and Puskesmas (Lampiran huruf F and G)', () => {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  b.unit('upt', 'UPTD Laboratorium Kesehatan', 'u1');
  const kauptd = b.pos('Kepala UPTD Laboratorium Kesehatan', 'pengawas', kadis);
  const pranata = b.pos('Pranata Laboratorium Kesehatan Terampil', 'fungsional', kauptd, { grade: 'terampil' });
  b.unit('puskesmas', 'UPTD Puskesmas Tabanan I', 'u1');
  const kapus = b.pos('Kepala Puskesmas Tabanan I', 'fungsional', kadis, { grade: 'ahli_madya' });
  const bidan = b.pos('Bidan Ahli Pertama', 'fungsional', kapus, { grade: 'ahli_pertama' });
  const pel = b.pos('Pengadministrasi Umum', 'pelaksana', kapus);
  const s = b.done();
  const r = run(s);

  it('F UPTD: the Kepala UPTD (Pengawas) rates and leads its staff (L641)', () => {
    expect(into(r, 'rating', pranata)).toEqual([kauptd]);
    expect(outOf(r, 'reporting', pranata, 'pertanggungjawaban')).toEqual([kauptd]);
    expect(outOf(r, 'reporting', pranata, 'hasil')).toEqual([kauptd]);
  });
  it('G Puskesmas: the Kepala Puskesmas (a JF) rates and leads its staff, and is no rater below the minimum (L670, L70–L72)', () => {
    for (const staff of [bidan, pel]) {
      expect(into(r, 'rating', staff)).toEqual([kapus]);
      expect(outOf(r, 'reporting', staff, 'pertanggungjawaban')).toEqual([kapus]);
    }
    expect(codes(r)).not.toContain('RATER_BELOW_MIN');
    expect(r.roles[kapus].roles).toContain('kepala-puskesmas');
  });
  it('F/G: by default no perjanjian kinerja, results or PUO line joins the UPTD or Puskesmas to the Dinas (the text is silent)', () => {
    const up = r.lines.filter((l) => [kauptd, kapus].includes(l.to) || [kauptd, kapus].includes(l.from)).filter((l) => l.from === kadis || l.to === kadis);
    expect(up.map((l) => `${l.kind}/${l.subKind} ${l.from}>${l.to}`)).toEqual([`rating/ppk ${kadis}>${kapus}`]);
    expect(r.findings).toEqual([]);
  });
  it('G Puskesmas: the Kepala Puskesmas, a Pejabat Fungsional, is rated by his atasan langsung (Pasal 1 angka 17, L70–L72)', () => {
    expect(into(r, 'rating', kapus)).toEqual([kadis]);
    expect(into(r, 'rating', kauptd)).toEqual([]);
  });
  it('F/G: with induk_unit=kepala_induk the Kepala Dinas agrees the perjanjian kinerja of both heads (Pasal 5(4) L124)', () => {
    const r2 = run(s, { induk_unit: 'kepala_induk' });
    expect(has(r2, 'performance', kadis, kauptd, 'perjanjian_kinerja')).toBe(true);
    expect(has(r2, 'performance', kadis, kapus, 'perjanjian_kinerja')).toBe(true);
  });
  it('F UPTD: staff under a Kasubag TU are rated by the Kepala UPTD by default, by the Kasubag with ppk_upt=atasan_langsung', () => {
    const s2 = build('upt', (b2) => {
      const ka = b2.pos('Kepala UPTD Pengelolaan Sampah', 'pengawas', null, { id: 'ka' });
      const tu = b2.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', ka, { id: 'tu' });
      b2.pos('Pengadministrasi Umum', 'pelaksana', tu, { id: 'pel' });
    });
    expect(into(run(s2), 'rating', 'pel')).toEqual(['ka']);
    expect(codes(run(s2))).toContain('UPTD_STAFF_UNDER_SUB_OFFICIAL');
    expect(into(run(s2, { ppk_upt: 'atasan_langsung' }), 'rating', 'pel')).toEqual(['tu']);
  });
});

describe('Oracle 7 — penunjukan lintas Unit Organisasi (Gambar 2, L300–L308)', () => {
  const b = new Builder('dinas', 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Pemukiman dan Pertanahan');
  const kadisPu = b.pos('Kepala Dinas', 'jpt_pratama');
  const bidangPu = b.unit('dinas', 'Bidang Bina Marga', 'u1');
  const kabidPu = b.pos('Kepala Bidang Bina Marga', 'administrator', kadisPu);
  const ketua = b.pos('Teknik Jalan dan Jembatan Ahli Muda', 'fungsional', kabidPu, { grade: 'ahli_muda' });
  b.unit('dinas', 'Dinas Komunikasi dan Informatika');
  const kadisKominfo = b.pos('Kepala Dinas', 'jpt_pratama');
  b.unit('dinas', 'Bidang Aplikasi Informatika', 'u3');
  const kabidX = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadisKominfo);
  const pranata = b.pos('Pranata Komputer Ahli Pertama', 'fungsional', kabidX, { grade: 'ahli_pertama' });
  b.team('Tim Sistem Informasi Jalan', bidangPu, [ketua, pranata], ketua, 'tim');
  const s = b.done();
  const r = run(s);

  it('7: the rating of the borrowed JF stays with the Kabid X (L266)', () => {
    expect(into(r, 'rating', pranata)).toEqual([kabidX]);
  });
  it('7: the Kabid X, as target PPK, issues the surat penugasan (L304, L278)', () => {
    expect(into(r, 'assignment', pranata, 'formal')).toEqual([kabidX]);
  });
  it('7: the Ketua Tim reports the member\'s results to the Kabid X and to the Kabid PU (L450, Pasal 9(4) L159)', () => {
    expect(has(r, 'reporting', ketua, kabidX, 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'reporting', ketua, kabidPu, 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', pranata, ketua, 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'assignment', kabidPu, pranata, 'tim')).toBe(true);
  });
  it('7: the request goes to the Kabid X (target PPK), who answers, approves or refuses with reasons (Gambar 2)', () => {
    const flow = variant.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_uo')!;
    expect(flow.allowed).toBe(true);
    expect(flow.steps[0]).toMatchObject({ actor: 'owner_puo', to: 'home_ppk', status: 'diajukan' });
    expect(flow.steps.find((x) => x.branch === 'approve')).toMatchObject({ actor: 'home_ppk', to: 'staff', status: 'terbit' });
    expect(flow.steps.find((x) => x.branch === 'reject')).toMatchObject({ actor: 'home_ppk', to: 'owner_puo', status: 'ditolak' });
    expect(flow.requiredContents).toEqual(['purpose', 'competence', 'target', 'duration']);
  });
  it('7: a permohonan pelibatan lacking the four contents is an error (L335–L340)', () => {
    const s2 = structuredClone(s);
    s2.assignments.push({ id: 'a1', assignee: pranata, owner: bidangPu, mode: 'penunjukan', status: 'diajukan', purpose: 'Sistem informasi jalan', end: '2024-12-31' });
    const f = run(s2).findings.find((x) => x.code === 'ASSIGNMENT_MISSING_CONTENTS');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('durasi pelibatan');
  });
  it('7: between Perangkat Daerah is lintas Unit Organisasi under batas_instansi=pemda; sukarela there is refused under perangkat_daerah (L345)', () => {
    const s2 = structuredClone(s);
    s2.assignments.push({ id: 'a1', assignee: pranata, owner: bidangPu, mode: 'sukarela', status: 'diajukan', end: '2024-12-31' });
    expect(errors(run(s2))).toEqual([]);
    expect(errors(run(s2, { batas_instansi: 'perangkat_daerah' })).map((f) => f.code)).toEqual(['SUKARELA_CROSS_UNIT']);
  });
});

describe('Assignment procedures (Gambar 1–5, L287–L366)', () => {
  const b = new Builder('dinas', 'Dinas Pertanian');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const owner = b.unit('dinas', 'Bidang Tanaman Pangan', 'u1');
  const kabidOwner = b.pos('Kepala Bidang Tanaman Pangan', 'administrator', kadis);
  b.unit('dinas', 'Bidang Penyuluhan', 'u1');
  const kabidHome = b.pos('Kepala Bidang Penyuluhan', 'administrator', kadis);
  const kasi = b.pos('Kepala Seksi Kelembagaan', 'pengawas', kabidHome);
  const penyuluh = b.pos('Penyuluh Pertanian Ahli Muda', 'fungsional', kasi, { grade: 'ahli_muda' });
  const s = b.done();
  const r = run(s);
  const rater = (id: string) => r.roles[id]?.rater ?? null;
  const request = { id: 'a1', assignee: penyuluh, owner, mode: 'penunjukan' as const, status: 'draf' as const, purpose: 'Gerakan tanam', competence: 'Penyuluhan', target: '10 kelompok tani', duration: '6 bulan', end: '2024-12-31' };

  it('Gambar 2: the owner PUO asks the PPK where the JF sits (the Kasi), who issues or refuses with reasons (L302–L305)', () => {
    const w = workflowFor(variant, 'penunjukan', 'lintas_uo');
    if (!w.ok) throw new Error(w.message);
    const first = w.workflow.steps[0];
    expect(resolveActor(first.actor, s, request, rater).position).toBe(kabidOwner);
    expect(resolveActor(first.to!, s, request, rater).position).toBe(kasi);
    const submitted = advanceAssignment(s, variant, request, 'diajukan');
    expect(submitted.ok).toBe(true);
    if (!submitted.ok) return;
    expect(advanceAssignment(s, variant, submitted.assignment, 'ditolak').ok).toBe(false);
    expect(advanceAssignment(s, variant, submitted.assignment, 'ditolak', 'Sedang bertugas pada kegiatan lain').ok).toBe(true);
    expect(advanceAssignment(s, variant, submitted.assignment, 'terbit').ok).toBe(true);
  });
  it('Gambar 2: a permohonan without its four contents cannot be submitted (L335–L340)', () => {
    const res = advanceAssignment(s, variant, { ...request, duration: undefined }, 'diajukan');
    expect(res.ok).toBe(false);
  });
  it('Gambar 3: across instansi the request passes both Pejabat yang Berwenang before the letter (L319–L329)', () => {
    const w = workflowFor(variant, 'penunjukan', 'lintas_instansi');
    if (!w.ok) throw new Error(w.message);
    const approve = w.workflow.steps.filter((x) => x.branch !== 'reject').map((x) => x.actor);
    expect(approve.slice(0, 3)).toEqual(['owner_puo', 'pyb_pemohon', 'pyb_dituju']);
    expect(w.workflow.steps.at(-2)).toMatchObject({ actor: 'home_puo', status: 'terbit' });
  });
  it('Gambar 4: a sukarela within the UO is asked orally, without a letter, and approved by the PUO (L352–L354)', () => {
    const w = workflowFor(variant, 'sukarela', 'intra_uo');
    if (!w.ok) throw new Error(w.message);
    expect(w.workflow.steps[0]).toMatchObject({ actor: 'staff', to: 'puo' });
    expect(w.workflow.steps[0].document).toBeUndefined();
    expect(w.workflow.steps.find((x) => x.branch === 'approve')?.actor).toBe('puo');
  });
  it('Gambar 5: a sukarela across UOs goes to the target PUO first, then the own PPK drafts the letter (L361–L364)', () => {
    const w = workflowFor(variant, 'sukarela', 'lintas_uo');
    if (!w.ok) throw new Error(w.message);
    expect(w.workflow.steps.map((x) => x.to).filter(Boolean).slice(0, 2)).toEqual(['owner_puo', 'home_ppk']);
    expect(w.workflow.steps.find((x) => x.status === 'terbit')?.actor).toBe('home_ppk');
    expect(w.workflow.requiredContents).toEqual([]);
  });
  it('8: pengajuan sukarela lintas instansi has no procedure (L345)', () => {
    const w = workflowFor(variant, 'sukarela', 'lintas_instansi');
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.basis.lines).toBe('L345');
  });
});

describe('Oracles 8 and 9 — sukarela and Ketua Tim', () => {
  it('8: pengajuan sukarela to another instansi is refused (L345)', () => {
    const b = new Builder('dinas', 'Dinas Pariwisata');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang Destinasi', 'administrator', kadis);
    const jf = b.pos('Adyatama Kepariwisataan Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda' });
    b.assignments.push({ id: 'a1', assignee: jf, owner: null, externalInstansi: 'Pemerintah Provinsi Bali', mode: 'sukarela', status: 'diajukan', end: '2024-12-31' });
    const r = run(b.done());
    expect(r.findings.find((f) => f.code === 'SUKARELA_CROSS_INSTANSI')).toMatchObject({ severity: 'error', positions: [jf] });
    expect(variant.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_instansi')?.allowed).toBe(false);
  });

  const team = (leadLevel: 'pelaksana' | 'pengawas') => {
    const b = new Builder('dinas', 'Dinas Sosial');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    const kabid = b.pos('Kepala Bidang Rehabilitasi Sosial', 'administrator', kadis, { id: 'kabid' });
    const lead = leadLevel === 'pelaksana' ? b.pos('Pengolah Data', 'pelaksana', kabid, { id: 'lead' }) : b.pos('Kepala Seksi Rehabilitasi', 'pengawas', kabid, { id: 'lead' });
    const jf = b.pos('Pekerja Sosial Ahli Pertama', 'fungsional', kabid, { grade: 'ahli_pertama', id: 'jf' });
    b.team('Tim Data Terpadu', b.current, [lead, jf], lead, 'tim');
    return run(b.done());
  };
  it('9: a Pelaksana may be Ketua Tim: no finding; the member reports to him (L378, L140)', () => {
    const r = team('pelaksana');
    expect(r.findings).toEqual([]);
    expect(has(r, 'reporting', 'jf', 'lead', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'lead', 'kadis', 'ketua_ke_pemilik')).toBe(true);
    expect(has(r, 'reporting', 'lead', 'kabid', 'ketua_ke_ppk')).toBe(true);
    expect(has(r, 'assignment', 'kadis', 'lead', 'tim')).toBe(true);
  });
  it('9: a structural official as Ketua Tim is warned: the text names JF or Pelaksana (L378)', () => {
    expect(team('pengawas').findings.find((f) => f.code === 'TEAM_LEAD_STRUCTURAL')?.severity).toBe('warning');
  });
});

describe('Coverage: one rater per JF/Pelaksana; uncovered types', () => {
  const heads: Record<string, [string, 'jpt_pratama' | 'administrator' | 'pengawas' | 'fungsional', string]> = {
    setda: ['Sekretariat Daerah', 'jpt_pratama', 'Sekretaris Daerah'],
    setwan: ['Sekretariat DPRD', 'jpt_pratama', 'Sekretaris DPRD'],
    inspektorat: ['Inspektorat', 'jpt_pratama', 'Inspektur'],
    dinas: ['Dinas Perhubungan', 'jpt_pratama', 'Kepala Dinas'],
    badan: ['Badan Keuangan Daerah', 'jpt_pratama', 'Kepala Badan'],
    rsud: ['Rumah Sakit Umum Daerah Tabanan', 'jpt_pratama', 'Direktur'],
    kecamatan: ['Kecamatan Marga', 'administrator', 'Camat'],
    upt: ['UPTD Pengujian Kendaraan', 'pengawas', 'Kepala UPTD'],
    puskesmas: ['UPTD Puskesmas Marga', 'fungsional', 'Kepala Puskesmas'],
    lainnya: ['Satuan Polisi Pamong Praja', 'jpt_pratama', 'Kepala Satuan']
  };

  it('the variant covers exactly the types the text names; Kelurahan and Sekolah fall back', () => {
    expect(Object.keys(variant.coverage).sort()).toEqual(Object.keys(heads).sort());
  });

  for (const [type, [name, level, title]] of Object.entries(heads)) {
    it(`${type}: each JF/Pelaksana has exactly one rating line`, () => {
      const s = build(type as UnitType, (b) => {
        const head = b.pos(title, level, null, level === 'fungsional' ? { grade: 'ahli_madya' } : {});
        const mid = level === 'jpt_pratama' ? b.pos('Kepala Bagian Umum', 'administrator', head) : head;
        const low = level === 'jpt_pratama' || level === 'administrator' ? b.pos('Kepala Sub Bagian Keuangan', 'pengawas', mid) : mid;
        b.pos('Analis Ahli Muda', 'fungsional', mid, { grade: 'ahli_muda', id: 's1' });
        b.pos('Pengadministrasi', 'pelaksana', low, { id: 's2' });
        b.pos('Arsiparis Terampil', 'fungsional', head, { grade: 'terampil', id: 's3' });
      }, name);
      const r = run(s);
      for (const id of ['s1', 's2', 's3']) expect(sourcesInto(r, 'rating', id), id).toHaveLength(1);
      expect(codes(r)).not.toContain('UNIT_TYPE_NOT_COVERED');
      expect(codes(r)).not.toContain('NO_RATER');
    });
  }

  it('Kelurahan (not in the text): info finding; the Lurah leads, staff under a Kasi are rated by the Kasi', () => {
    const b = new Builder('kecamatan', 'Kecamatan Tabanan');
    const camat = b.pos('Camat', 'administrator');
    b.unit('kelurahan', 'Kelurahan Dauh Peken', 'u1');
    const lurah = b.pos('Lurah Dauh Peken', 'pengawas', camat);
    const kasi = b.pos('Kepala Seksi Pemerintahan', 'pengawas', lurah);
    const pel = b.pos('Pengadministrasi Umum', 'pelaksana', kasi);
    const jf = b.pos('Analis Kebijakan Ahli Pertama', 'fungsional', lurah, { grade: 'ahli_pertama' });
    const r = run(b.done());
    expect(r.findings.find((f) => f.code === 'UNIT_TYPE_NOT_COVERED')).toMatchObject({ severity: 'info', positions: [lurah] });
    expect(into(r, 'rating', pel)).toEqual([kasi]);
    expect(into(r, 'rating', jf)).toEqual([lurah]);
    expect(outOf(r, 'reporting', pel, 'pertanggungjawaban')).toEqual([lurah]);
    expect(outOf(r, 'reporting', jf, 'hasil')).toEqual([lurah]);
    expect(r.roles[lurah].roles).toContain('lurah');
  });

  it('Sekolah (not in the text): info finding; the Kepala Sekolah (JF) rates and leads like pattern G', () => {
    const b = new Builder('dinas', 'Dinas Pendidikan');
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    b.unit('sekolah', 'SMP Negeri 1 Tabanan', 'u1');
    const kepsek = b.pos('Kepala Sekolah SMP Negeri 1 Tabanan', 'fungsional', kadis, { grade: 'ahli_madya' });
    const guru = b.pos('Guru Ahli Muda', 'fungsional', kepsek, { grade: 'ahli_muda', count: 30 });
    const r = run(b.done());
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['UNIT_TYPE_NOT_COVERED', 'info']]);
    expect(into(r, 'rating', guru)).toEqual([kepsek]);
    expect(outOf(r, 'reporting', guru, 'pertanggungjawaban')).toEqual([kepsek]);
  });
});

describe('The built-in sample Kabupaten Contoh under every option value', () => {
  const sampleFile = new URL('../../../models/samples/kabupaten-contoh.json', import.meta.url);
  it.skipIf(!existsSync(sampleFile))('each JF/Pelaksana has one rater, one PUO, one issuer of its penugasan and one receiver of its results', () => {
    const read = readStructureText(readFileSync(sampleFile, 'utf8'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const s = read.value;
    const staff = s.positions.filter((p) => (p.level === 'fungsional' || p.level === 'pelaksana') && s.positions.some((q) => q.id === p.parent && q.unit === p.unit));
    expect(staff.length).toBeGreaterThan(100);
    const settings = [{}, ...variant.options.flatMap((o) => o.choices.filter((c) => c.value !== o.default).map((c) => ({ [o.key]: c.value })))];
    for (const options of settings) {
      const r = run(s, options);
      const count = (kind: Parameters<typeof linesOf>[1], subKind: string, end: 'from' | 'to') => {
        const n = new Map<string, number>();
        for (const l of linesOf(r, kind, { subKind }).filter((x) => !x.optional && x.team === undefined)) n.set(l[end], (n.get(l[end]) ?? 0) + 1);
        return n;
      };
      const rating = count('rating', 'ppk', 'to');
      const puo = count('reporting', 'pertanggungjawaban', 'from');
      const formal = count('assignment', 'formal', 'to');
      const hasil = count('reporting', 'hasil', 'from');
      for (const p of staff) {
        const where = `${JSON.stringify(options)} ${p.id}`;
        expect([rating.get(p.id), puo.get(p.id), formal.get(p.id), hasil.get(p.id)], where).toEqual([1, 1, 1, 1]);
      }
      expect(errors(r).filter((f) => f.code !== 'ASSIGNMENT_MISSING_CONTENTS' && f.code !== 'SUKARELA_CROSS_UNIT'), JSON.stringify(options)).toEqual([]);
    }
  });
});

describe('Roles: the text\'s named positions, by title or by place', () => {
  const b = new Builder('setda', 'Sekretariat Daerah');
  const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama', null, { id: 'sekda' });
  const asisten = b.pos('Asisten Pemerintahan dan Kesejahteraan Rakyat', 'jpt_pratama', sekda, { id: 'asisten' });
  const kabag = b.pos('Kepala Bagian Organisasi', 'administrator', asisten, { id: 'kabag' });
  b.pos('Kasubbag Kelembagaan', 'pengawas', kabag, { id: 'kasubbag' });
  b.unit('dinas', 'Dinas Pekerjaan Umum');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
  const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sekretaris' });
  b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sek, { id: 'kasubag' });
  const kabid = b.pos('Kepala Bidang Bina Marga', 'administrator', kadis, { id: 'kabid' });
  b.pos('Kabid Cipta Karya', 'administrator', kadis, { id: 'kabid2' });
  b.pos('Kepala Seksi Jalan', 'pengawas', kabid, { id: 'kasi' });
  b.pos('Kasi Jembatan', 'pengawas', kabid, { id: 'kasi2' });
  b.unit('upt', 'UPTD Peralatan', 'u2');
  const kauptd = b.pos('Kepala UPTD Peralatan', 'pengawas', kadis, { id: 'kauptd' });
  b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kauptd, { id: 'tu' });
  b.unit('inspektorat', 'Inspektorat Daerah');
  const inspektur = b.pos('Inspektur', 'jpt_pratama', null, { id: 'inspektur' });
  b.pos('Inspektur Pembantu Wilayah I', 'administrator', inspektur, { id: 'irban' });
  b.unit('kecamatan', 'Kecamatan Kediri');
  const camat = b.pos('Camat Kediri', 'administrator', null, { id: 'camat' });
  b.pos('Sekretaris Kecamatan', 'administrator', camat, { id: 'sekcam' });
  b.pos('Sekcam', 'administrator', camat, { id: 'sekcam2' });
  b.unit('kelurahan', 'Kelurahan Delod Peken', 'u5');
  const lurah = b.pos('Lurah Delod Peken', 'pengawas', camat, { id: 'lurah' });
  b.pos('Sekretaris Kelurahan', 'pengawas', lurah, { id: 'sekkel' });
  b.unit('rsud', 'Rumah Sakit Umum Daerah Tabanan');
  const dir = b.pos('Direktur', 'jpt_pratama', null, { id: 'direktur' });
  b.pos('Wakil Direktur Pelayanan', 'administrator', dir, { id: 'wadir' });
  b.unit('puskesmas', 'UPTD Puskesmas Kediri I', 'u2');
  b.pos('Kepala Puskesmas Kediri I', 'fungsional', kadis, { id: 'kapus', grade: 'ahli_madya' });
  b.unit('sekolah', 'SMP Negeri 2 Tabanan', 'u2');
  b.pos('Kepala Sekolah SMP Negeri 2 Tabanan', 'fungsional', kadis, { id: 'kepsek', grade: 'ahli_madya' });
  const r = run(b.done());
  const expected: Record<string, string> = {
    sekda: 'sekda', asisten: 'asisten', kabag: 'kabag', kasubbag: 'kasubag', kasubag: 'kasubag', tu: 'kasubag',
    kadis: 'pimpinan-jpt', sekretaris: 'sekretaris', kabid: 'kabid', kabid2: 'kabid', kasi: 'kasi', kasi2: 'kasi',
    kauptd: 'kepala-uptd', irban: 'irban', camat: 'camat', sekcam: 'sekcam', sekcam2: 'sekcam', lurah: 'lurah',
    direktur: 'direktur-rsud', wadir: 'wadir', kapus: 'kepala-puskesmas', kepsek: 'kepala-sekolah'
  };
  for (const [id, roleId] of Object.entries(expected))
    it(`${id} has role ${roleId}`, () => expect(r.roles[id].roles).toContain(roleId));
  it('the Sekretaris Kelurahan is no Lurah, the Sekretaris Kecamatan no Sekretaris Dinas', () => {
    expect(r.roles.sekkel.roles).not.toContain('lurah');
    expect(r.roles.sekcam.roles).not.toContain('sekretaris');
    expect(r.roles.kasubag.roles).not.toContain('kabag');
  });
});

describe('Puskesmas with a Kepala Sub Bagian Tata Usaha (pattern G, L670)', () => {
  const s = build('puskesmas', (b) => {
    const kapus = b.pos('Kepala Puskesmas', 'fungsional', null, { grade: 'ahli_madya', id: 'kapus' });
    const tu = b.pos('Kepala Sub Bagian Tata Usaha', 'pengawas', kapus, { id: 'tu' });
    b.pos('Pengadministrasi Perkantoran', 'pelaksana', tu, { id: 'pel' });
  }, 'UPTD Puskesmas Penebel I');
  it('G Puskesmas: the Kepala Puskesmas rates staff drawn under the Kasubag TU by default, noted as info', () => {
    const r = run(s);
    expect(into(r, 'rating', 'pel')).toEqual(['kapus']);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['UPTD_STAFF_UNDER_SUB_OFFICIAL', 'info']]);
  });
  it('G Puskesmas: with ppk_upt=atasan_langsung the Kasubag TU rates them; the Kepala Puskesmas stays PUO', () => {
    const r = run(s, { ppk_upt: 'atasan_langsung' });
    expect(into(r, 'rating', 'pel')).toEqual(['tu']);
    expect(outOf(r, 'reporting', 'pel', 'pertanggungjawaban')).toEqual(['kapus']);
  });
});

describe('Options change only what they name', () => {
  it('penerbit_penugasan: the Kasubag (PPK) issues Z\'s penugasan by default; the Kabag (PUO) with =puo (L278 vs L294)', () => {
    const o = setda();
    expect(into(run(o.s), 'assignment', o.z, 'formal')).toEqual([o.kasubag]);
    expect(into(run(o.s, { penerbit_penugasan: 'puo' }), 'assignment', o.z, 'formal')).toEqual([o.kabag]);
    expect(into(run(o.s, { penerbit_penugasan: 'puo' }), 'assignment', o.x, 'formal')).toEqual([o.kabag]);
  });
  it('penilaian_pejabat: officials get no rating line by default; with =atasan_langsung each from its atasan langsung (L266 vs L70–L72)', () => {
    const o = setda();
    expect(linesOf(run(o.s), 'rating', { subKind: 'atasan_langsung' })).toEqual([]);
    const r = run(o.s, { penilaian_pejabat: 'atasan_langsung' });
    expect(into(r, 'rating', o.asisten)).toEqual([o.sekda]);
    expect(into(r, 'rating', o.kabag)).toEqual([o.asisten]);
    expect(into(r, 'rating', o.kasubag)).toEqual([o.kabag]);
    expect(into(r, 'rating', o.sekda)).toEqual([]);
  });
  it.todo('a PPK below Pengawas by delegation ("pejabat lain yang diberi pendelegasian kewenangan", L70–L72) — the structure has no delegation field');
  it('every option value still gives each JF/Pelaksana of oracles 1–4 exactly one rater and one Pimpinan Unit Organisasi', () => {
    const cases = [setda(), dinkes(), brida(), kecamatan(true)];
    for (const option of variant.options)
      for (const choice of option.choices)
        for (const c of cases) {
          const r = run(c.s, { [option.key]: choice.value });
          for (const p of c.s.positions.filter((x) => x.level === 'fungsional' || x.level === 'pelaksana')) {
            expect(sourcesInto(r, 'rating', p.id), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
            expect(outOf(r, 'reporting', p.id, 'pertanggungjawaban'), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
            expect(sourcesInto(r, 'assignment', p.id, 'formal'), `${option.key}=${choice.value} ${p.title}`).toHaveLength(1);
          }
        }
  });
});
