// The generic mechanisms of the engine, on a small fixture variant (tests/fixtures/variants/minimal.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { readStructureText } from '../../src/lib/io/read-structure.ts';
import { readVariantText } from '../../src/lib/io/read-variant.ts';
import { resolveOptions } from '../../src/lib/domain/options.ts';
import { codes, has, sourcesInto } from './helpers/lines.ts';
import { build } from './helpers/build.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');
const vr = readVariantText(fixture('variants/minimal.json'));
if (!vr.ok) throw new Error(JSON.stringify(vr.problems));
const variant = vr.value;
const sr = readStructureText(fixture('structures/dinas-kecil.json'));
if (!sr.ok) throw new Error(JSON.stringify(sr.problems));
const structure = sr.value;

describe('generic engine mechanisms', () => {
  const r = compute(structure, variant);

  it('the kedudukan parent rates by default', () => {
    expect(sourcesInto(r, 'rating', 'jf-a')).toEqual(['kabid']);
    expect(sourcesInto(r, 'rating', 'pel-c')).toEqual(['kasubag']);
  });

  it('a skip rule climbs to the next official and leaves its finding', () => {
    expect(sourcesInto(r, 'rating', 'jf-b')).toEqual(['kabid']);
    const f = r.findings.find((x) => x.code === 'JF_UNDER_SUBBAG');
    expect(f?.positions).toEqual(['jf-b', 'kasubag']);
    expect(f?.message).toBe('"Perencana Ahli Pertama" di bawah "Kepala Sub Bagian Umum": dinilai oleh atasan berikutnya');
    expect(f?.basis.ref).toBe('Pasal 5');
  });

  it('a refuse rule leaves the staff without a rater, with its error', () => {
    expect(sourcesInto(r, 'rating', 'jf-d')).toEqual([]);
    expect(r.roles.get('jf-d')!.rater).toBeNull();
    expect(r.findings.find((x) => x.code === 'HEAD_NOT_RATER')?.severity).toBe('error');
  });

  it('options switch rules: with kadis-rates=yes the Kepala Dinas rates the JF under it', () => {
    const r2 = compute(structure, variant, { 'kadis-rates': 'yes' });
    expect(sourcesInto(r2, 'rating', 'jf-d')).toEqual(['kadis']);
    expect(codes(r2)).not.toContain('HEAD_NOT_RATER');
  });

  it('performance lines follow the structural parent; optional lines are flagged', () => {
    expect(has(r, 'performance', 'kadis', 'kabid')).toBe(true);
    expect(has(r, 'performance', 'kabid', 'kasubag')).toBe(true);
    expect(r.lines.find((l) => l.rule === 'report' && l.from === 'jf-a')?.optional).toBe(true);
  });

  it('team lines: members report to the Ketua, not the Ketua to itself', () => {
    const team = r.lines.filter((l) => l.team === 'tim');
    expect(team.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['jf-b>jf-a', 'pel-c>jf-a']);
  });

  it('roles: unit head, rater, performance owner, variant roles', () => {
    expect(r.roles.get('jf-b')).toMatchObject({ unitHead: 'kadis', rater: 'kabid', workUnitHead: 'kabid' });
    expect(r.roles.get('kasubag')).toMatchObject({ performanceOwner: 'kabid', roles: ['kasubag'] });
  });

  it('unit coverage: an uncovered unit type gets an info finding with the fallback basis', () => {
    const s = build('kelurahan', (b) => {
      const lurah = b.pos('Lurah', 'pengawas');
      b.pos('Pengadministrasi', 'pelaksana', lurah);
    });
    const f = compute(s, variant).findings.find((x) => x.code === 'UNIT_TYPE_NOT_COVERED');
    expect(f?.severity).toBe('info');
    expect(f?.message).toMatch(/tidak mengatur Kelurahan/);
    expect(f?.basis.ref).toBe('Pasal 2');
  });

  it('checks: staff under staff, unit with two heads, sukarela across instansi', () => {
    const s = build('dinas', (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      b.pos('Kepala Dinas Kedua', 'jpt_pratama');
      const jf = b.pos('Analis', 'fungsional', k, { grade: 'ahli_muda' });
      b.pos('Pengadministrasi', 'pelaksana', jf);
      b.assignments.push({ id: 'a', assignee: jf, owner: null, externalInstansi: 'Kementerian X', mode: 'sukarela', status: 'diajukan' });
    });
    const c = codes(compute(s, variant, { 'kadis-rates': 'yes' }));
    expect(c).toEqual(expect.arrayContaining(['STAFF_UNDER_STAFF', 'UNIT_MULTIPLE_HEADS', 'SUKARELA_CROSS_INSTANSI']));
  });

  it('unknown options are reported, not guessed', () => {
    expect(resolveOptions(variant, { nope: 'x' }).problems[0].message).toMatch(/Opsi "nope" tidak dikenal/);
    expect(resolveOptions(variant, { 'kadis-rates': 'maybe' }).problems[0].message).toMatch(/Pilihan: no, yes/);
  });
});

describe('variant files are validated before use', () => {
  const base = () => JSON.parse(fixture('variants/minimal.json'));
  const problems = (v: unknown) => {
    const r = readVariantText(JSON.stringify(v));
    return r.ok ? [] : r.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  };

  it('refuses a rule without a basis quote', () => {
    const v = base();
    delete v.lineRules[0].basis.quote;
    expect(problems(v)).toContain('lineRules.0.basis.quote: Wajib diisi (teks)');
  });

  it('refuses references to roles or options that do not exist', () => {
    const v = base();
    v.raterRules[1].candidate.roles = ['kasi'];
    v.lineRules[0].when = { 'no-such-option': 'x' };
    expect(problems(v)).toEqual(expect.arrayContaining(['raterRules.1.candidate.roles.0: Peran "kasi" tidak didefinisikan di roles', 'lineRules.0.when.no-such-option: Opsi "no-such-option" tidak didefinisikan di options']));
  });

  it('refuses an option whose default is not one of its choices', () => {
    const v = base();
    v.options[0].default = 'perhaps';
    expect(problems(v)).toContain('options.0.default: Nilai bawaan harus salah satu pilihan');
  });

  it('refuses an unknown selector or effect (a variant cannot smuggle code)', () => {
    const v = base();
    v.lineRules[0].from = 'eval(alert(1))';
    v.raterRules[0].effect = 'run';
    expect(problems(v).length).toBe(2);
  });
});
