// Every generic check the variant format offers, switched on by a small variant, on a structure that
// breaks it once and a structure that does not.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { CheckSchema, VariantSchema, type Check } from '../../src/lib/domain/variant.ts';
import { build } from './helpers/build.ts';

const basis = { source: 'uji.txt', ref: 'Pasal 99', quote: 'Kutipan uji untuk pemeriksaan generik.' };
const variantWith = (checks: unknown[]) =>
  VariantSchema.parse({
    format: 'bagan-kerja-variant', version: 1, id: 'uji-checks',
    identity: { region: 'Kabupaten Uji', province: 'Uji', instrument: 'Rancangan', number: '1', year: 2024, title: 'Uji', sourceFile: 'uji.txt' },
    summary: 'Uji pemeriksaan.', coverage: { dinas: { pattern: 'Dinas', basis } }, fallback: { note: 'Umum.', basis },
    raterRules: [], lineRules: [{ id: 'r', kind: 'rating', subKind: 'ppk', label: 'PPK', subject: { levels: ['fungsional', 'pelaksana'] }, from: 'rater', to: 'self', basis }],
    checks: checks.map((c) => ({ severity: 'warning', basis, ...(c as object) }))
  });
const codesFor = (check: unknown, s: ReturnType<typeof build>) => compute(s, variantWith([check])).findings.filter((f) => f.rule === (check as Check).check || f.rule === 'placement').map((f) => f.code);

const clean = () =>
  build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
    const kabid = b.pos('Kepala Bidang', 'administrator', kadis);
    const jf = b.pos('Analis Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda' });
    const pel = b.pos('Pengadministrasi', 'pelaksana', kabid);
    b.team('Tim Baik', 'u1', [jf, pel], jf);
  });

describe('generic checks', () => {
  const cases: [string, Record<string, unknown>, (b: Parameters<Parameters<typeof build>[1]>[0]) => void, string][] = [
    ['raterMinLevel', { check: 'raterMinLevel', minLevel: 'pengawas' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      b.unit('upt', 'UPT Uji', 'u1', 'upt');
      const head = b.pos('Kepala UPT', 'fungsional', k, { grade: 'ahli_muda', unit: 'upt' });
      b.pos('Pengadministrasi', 'pelaksana', head, { unit: 'upt' });
    }, 'RATER_BELOW_MIN'],
    ['maxLevels', { check: 'maxLevels', max: 2 }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      const a = b.pos('Kepala Bidang', 'administrator', k);
      b.pos('Kepala Seksi', 'pengawas', a);
    }, 'TOO_MANY_LEVELS'],
    ['placement', { check: 'placement', code: 'JENJANG_SALAH', message: '{0} di bawah {1}', staff: { grades: ['ahli_pertama'] }, parent: { levels: ['jpt_pratama'] } }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      b.pos('Analis Ahli Pertama', 'fungsional', k, { grade: 'ahli_pertama' });
    }, 'JENJANG_SALAH'],
    ['teamLeadOutsideOwner', { check: 'teamLeadOutsideOwner' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      b.unit('badan', 'Badan Lain');
      const kb = b.pos('Kepala Badan', 'jpt_pratama');
      const jf = b.pos('Analis', 'fungsional', kb, { grade: 'ahli_muda' });
      b.team('Tim', 'u1', [jf, k], jf);
    }, 'TEAM_LEAD_OUTSIDE_OWNER'],
    ['teamLeadNotStaff', { check: 'teamLeadNotStaff' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      const a = b.pos('Kepala Bidang', 'administrator', k);
      b.team('Tim', 'u1', [a], a);
    }, 'TEAM_LEAD_STRUCTURAL'],
    ['teamStructuralMember', { check: 'teamStructuralMember' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      const a = b.pos('Kepala Bidang', 'administrator', k);
      const jf = b.pos('Analis', 'fungsional', a, { grade: 'ahli_muda' });
      b.team('Tim', 'u1', [jf, a], jf);
    }, 'TEAM_STRUCTURAL_MEMBER'],
    ['teamWithoutLead', { check: 'teamWithoutLead' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      const jf = b.pos('Analis', 'fungsional', k, { grade: 'ahli_muda' });
      b.team('Tim', 'u1', [jf]);
    }, 'TEAM_WITHOUT_LEAD'],
    ['sukarelaCrossUnit', { check: 'sukarelaCrossUnit' }, (b) => {
      const k = b.pos('Kepala Dinas', 'jpt_pratama');
      const jf = b.pos('Analis', 'fungsional', k, { grade: 'ahli_muda' });
      b.unit('badan', 'Badan Lain');
      b.pos('Kepala Badan', 'jpt_pratama');
      b.assignments.push({ id: 'a', assignee: jf, owner: 'u2', mode: 'sukarela', status: 'draf' });
    }, 'SUKARELA_CROSS_UNIT'],
    ['unitHead (none)', { check: 'unitHead' }, (b) => {
      b.pos('Kepala Dinas', 'jpt_pratama');
      b.unit('upt', 'UPT Kosong', 'u1');
    }, 'UNIT_WITHOUT_HEAD']
  ];

  for (const [name, check, fill, code] of cases) {
    it(`${name}: fires on a structure that breaks it, and not on a clean one`, () => {
      expect(codesFor(check, build('dinas', fill))).toContain(code);
      expect(codesFor(check, clean())).not.toContain(code);
    });
  }

  it('the checks listed here and in the other engine tests cover every check kind of the format', () => {
    const kinds = (CheckSchema as unknown as { options: { shape: { check: { value: string } } }[] }).options.map((o) => o.shape.check.value).sort();
    const testedHere = cases.map(([, c]) => c.check as string);
    const testedElsewhere = ['noRater', 'staffUnderStaff', 'sukarelaCrossInstansi', 'unitHead', 'assignmentMissingContents', 'assignmentOutsideTeam', 'assignmentWithoutEnd', 'teamLeadNotPengawas', 'workUnitHeadUnderRater',
      // engine-procedure-checks.test.ts
      'assignmentRequestForm', 'assignmentAcknowledgement', 'teamLeadEligible', 'ketuaPelaksanaRequirements', 'teamAcrossInstansi'];
    expect([...new Set([...testedHere, ...testedElsewhere])].sort()).toEqual(kinds);
  });
});
