// Perbup Tabanan 107/2023 "Sistem Kerja Perangkat Daerah": the oracle cases 1–6 of
// ../shared/design/seed-004.md §10.1, checked against the seed text (cited by line, "Lnnn").
// Procedures and oracles 7–9: -procedures.test.ts; coverage, roles and options: -coverage.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { defaultOptionValues, type Basis } from '../../../src/lib/domain/variant.ts';
import { indexStructure } from '../../../src/lib/domain/structure-index.ts';
import { reviewActor, reviewFor, reworkLoop, walkReview } from '../../../src/lib/domain/results-review.ts';
import { describe, expect, it } from 'vitest';
import { Builder, build } from '../helpers/build.ts';
import { codes, has, linesOf } from '../helpers/lines.ts';
import { brida, dinkes, into, kecamatan, outOf, run, setda, variant } from './tabanan-2023-107.helpers.ts';

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
      ...variant.resultsReviews.flatMap((r) => [r.basis, ...r.steps.map((s) => s.basis)]),
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
      ...variant.workflows, ...variant.workflows.flatMap((w) => w.steps),
      ...variant.resultsReviews, ...variant.resultsReviews.flatMap((r) => r.steps)
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
    expect(r.roles.get(o.z)).toMatchObject({ rater: o.kasubag });
  });
  it('A Setda: perjanjian kinerja Sekda → Asisten → Kepala Bagian; the Kepala Bagian sets the expectations of X and Z (L479, L481)', () => {
    expect(has(r, 'performance', o.sekda, o.asisten, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.asisten, o.kabag, 'perjanjian_kinerja')).toBe(true);
    expect(has(r, 'performance', o.kabag, o.x, 'ekspektasi')).toBe(true);
    expect(has(r, 'performance', o.kabag, o.z, 'ekspektasi')).toBe(true);
    expect(r.roles.get(o.z)!.performanceOwner).toBe(o.kabag);
    expect(has(r, 'performance', o.sekda, o.kabag, 'perjanjian_kinerja')).toBe(false);
  });
  it('A Setda: results climb Kepala Bagian → Asisten → Sekda (L487, L491–L493)', () => {
    expect(outOf(r, 'reporting', o.x, 'hasil')).toEqual([o.kabag]);
    expect(outOf(r, 'reporting', o.z, 'hasil')).toEqual([o.kabag]);
    expect(has(r, 'reporting', o.kabag, o.asisten, 'hasil')).toBe(true);
    expect(has(r, 'reporting', o.asisten, o.sekda, 'hasil')).toBe(true);
    expect(has(r, 'reporting', o.kabag, o.sekda, 'hasil')).toBe(false);
  });
  it('A Setda: the only finding flags Z, whose PPK (Kasubag) is not his PUO (Kabag) (L471–L473)', () => {
    expect(r.findings.map((f) => [f.code, f.severity, f.positions])).toEqual([['SETDA_PPK_NOT_PUO', 'info', [o.z, o.kasubag]]]);
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
  it('D Kecamatan: results that miss the target go back to the individual or team for rework; the Camat reviews and accepts (L603, L607)', () => {
    const review = reviewFor(variant, indexStructure(o.s), o.s.units[0].id, defaultOptionValues(variant))!;
    expect(review.id).toBe('evaluasi-pola-d');
    expect(reworkLoop(review)).toEqual({ step: 'kembalikan', returnTo: 'laksanakan' });
    expect(walkReview(review, ['tidak_sesuai', 'tidak_sesuai', 'sesuai']).filter((id) => id === 'kembalikan')).toHaveLength(2);
    expect(walkReview(review, ['tidak_sesuai', 'sesuai']).at(-1)).toBe('terima');
    const accept = review.steps.find((st) => st.closes)!;
    expect(accept.basis.lines).toBe('L607');
    for (const staff of [o.e, o.f]) expect(reviewActor(accept.actor, staff, r)).toBe(o.camat);
  });
  it('D Kecamatan: the rework loop is for the Kecamatan pattern only; a Dinas (pattern B) has none in this variant', () => {
    const d = dinkes();
    expect(reviewFor(variant, indexStructure(d.s), d.s.units[0].id, defaultOptionValues(variant))).toBeUndefined();
  });
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
    expect(r.roles.get(kapus)!.roles).toContain('kepala-puskesmas');
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
