// The checks of checks-procedures.ts and the structure fields they read, each on a made-up variant:
// request form, atasan-langsung acknowledgement, Ketua eligibility, Pelaksana-Ketua requirements, teams
// across instansi; the Unit Organisasi readings of assignment-scope.ts; date and delegation matchers;
// integrity of the new structure fields and of results reviews in a variant.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { checkVariantIntegrity } from '../../src/lib/domain/variant-integrity.ts';
import { assignmentScope } from '../../src/lib/domain/assignment-scope.ts';
import { indexStructure } from '../../src/lib/domain/structure-index.ts';
import { StructureSchema } from '../../src/lib/domain/structure.ts';
import { walkReview } from '../../src/lib/domain/results-review.ts';
import { Builder } from './helpers/build.ts';
import { testBasis, testVariant } from './helpers/test-variant.ts';

const ppkLine = { id: 'ppk', kind: 'rating' as const, subKind: 'ppk', label: 'PPK', subject: { levels: ['fungsional' as const, 'pelaksana' as const] }, from: 'rater' as const, to: 'self' as const, basis: testBasis };
const codesOf = (v: ReturnType<typeof testVariant>, s: ReturnType<Builder['done']>) => compute(s, v).findings.map((f) => f.code);

function dinas() {
  const b = new Builder('dinas', 'Dinas Uji');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang', 'administrator', kadis);
  const kasi = b.pos('Kepala Seksi', 'pengawas', kabid);
  const jf = b.pos('Analis Ahli Muda', 'fungsional', kabid, { grade: 'ahli_muda' });
  const pel = b.pos('Pengadministrasi', 'pelaksana', kasi);
  return { b, kadis, kabid, kasi, jf, pel };
}

describe('assignment request checks', () => {
  const flow = (extra: object) => ({ id: 'w', label: 'Sukarela dalam unit', mode: 'sukarela' as const, scope: 'intra_uo' as const, basis: testBasis, ...extra });

  it('assignmentRequestForm: a request in another form than the workflow names; none when the form is unrecorded or right', () => {
    const v = testVariant('uji-bentuk', { lineRules: [ppkLine], workflows: [flow({ requestForm: { form: 'tertulis', basis: testBasis } })], checks: [{ check: 'assignmentRequestForm', severity: 'warning', basis: testBasis }] });
    for (const [form, expected] of [['lisan', ['ASSIGNMENT_REQUEST_FORM']], ['tertulis', []], [undefined, []]] as const) {
      const d = dinas();
      d.b.assignments.push({ id: 'a', assignee: d.jf, owner: 'u1', mode: 'sukarela', status: 'draf', ...(form ? { requestForm: form } : {}) });
      expect(codesOf(v, d.b.done()).filter((c) => c === 'ASSIGNMENT_REQUEST_FORM')).toEqual(expected);
    }
  });

  it('assignmentAcknowledgement: missing, or signed by someone other than the nearest official', () => {
    const v = testVariant('uji-mengetahui', { lineRules: [ppkLine], workflows: [flow({ acknowledgement: { label: 'Mengetahui', basis: testBasis } })], checks: [{ check: 'assignmentAcknowledgement', severity: 'warning', basis: testBasis }] });
    const d = dinas();
    d.b.assignments.push({ id: 'a', assignee: d.pel, owner: 'u1', mode: 'sukarela', status: 'draf' });
    d.b.assignments.push({ id: 'b', assignee: d.pel, owner: 'u1', mode: 'sukarela', status: 'draf', acknowledgedBy: d.kasi });
    d.b.assignments.push({ id: 'c', assignee: d.pel, owner: 'u1', mode: 'sukarela', status: 'draf', acknowledgedBy: d.kabid });
    const found = compute(d.b.done(), v).findings;
    expect(found.map((f) => [f.code, ...f.positions])).toEqual([['ASSIGNMENT_NOT_ACKNOWLEDGED', d.pel], ['ASSIGNMENT_ACKNOWLEDGED_BY_OTHER', d.pel, d.kabid, d.kasi]]);
  });

  it('Unit Organisasi readings: by unit, by Perangkat Daerah, by the span of the official owning the target', () => {
    const d = dinas();
    const bidang = d.b.unit('dinas', 'Bidang Uji', 'u1');
    const x = d.b.pos('Analis Bidang', 'pelaksana', d.kabid, { unit: bidang });
    d.b.assignments.push({ id: 'a', assignee: x, owner: 'u1', mode: 'penunjukan', status: 'draf' });
    d.b.assignments.push({ id: 'b', assignee: d.pel, owner: 'u1', ownerPosition: d.kabid, mode: 'penunjukan', status: 'draf' });
    d.b.assignments.push({ id: 'c', assignee: d.jf, owner: 'u1', ownerPosition: d.kasi, mode: 'penunjukan', status: 'draf' });
    const s = d.b.done();
    const index = indexStructure(s);
    const [a, b, c] = s.assignments;
    // Another unit under the same head: lintas by unit (and by span: a unit leads its own UO), one PD.
    expect([assignmentScope(index, a, 'unit'), assignmentScope(index, a, 'perangkat_daerah'), assignmentScope(index, a, 'rentang_pimpinan')]).toEqual(['lintas_uo', 'intra_uo', 'lintas_uo']);
    expect(assignmentScope(index, b, 'rentang_pimpinan')).toBe('intra_uo');
    expect(assignmentScope(index, c, 'rentang_pimpinan')).toBe('lintas_uo');
    expect(assignmentScope(index, { ...a, owner: null, externalInstansi: 'Provinsi' }, 'perangkat_daerah')).toBe('lintas_instansi');
  });
});

describe('Ketua Tim checks', () => {
  it('teamLeadEligible: a structural lead outside the allowed matchers; JF, Pelaksana and allowed officials pass', () => {
    const v = testVariant('uji-ketua', { lineRules: [ppkLine], checks: [{ check: 'teamLeadEligible', severity: 'warning', basis: testBasis, allowed: [{ levels: ['pengawas'] }] }] });
    for (const [lead, expected] of [['kabid', ['TEAM_LEAD_NOT_ELIGIBLE']], ['kasi', []], ['jf', []]] as const) {
      const d = dinas();
      d.b.team('Tim', 'u1', [d[lead], d.pel], d[lead]);
      expect(codesOf(v, d.b.done()).filter((c) => c.startsWith('TEAM_LEAD'))).toEqual(expected);
    }
  });

  it('ketuaPelaksanaRequirements: each unmet requirement is named; unrecorded ones are an info; a JF lead is not checked', () => {
    const v = testVariant('uji-syarat', { lineRules: [ppkLine], checks: [{ check: 'ketuaPelaksanaRequirements', severity: 'error', basis: testBasis, minPendidikan: 's1', minGolongan: 'III/b', experience: true }] });
    const lead = (extra: object, jfLead = false) => {
      const d = dinas();
      Object.assign(d.b.positions.find((p) => p.id === d.pel)!, extra);
      d.b.team('Tim', 'u1', [d.jf, d.pel], jfLead ? d.jf : d.pel);
      return compute(d.b.done(), v).findings.map((f) => [f.severity, f.code, f.message]);
    };
    expect(lead({ pendidikan: 's2', golongan: 'IV/a', pengalamanRelevan: true })).toEqual([]);
    const bad = lead({ pendidikan: 'sma', golongan: 'II/d', pengalamanRelevan: false });
    expect(bad).toHaveLength(1);
    expect(bad[0][2]).toMatch(/S-1 \(tercatat SMA\/SMK\); golongan minimal III\/b \(tercatat II\/d\); pengalaman/);
    expect(lead({ golongan: 'III/c' }).map((f) => [f[0], f[1]])).toEqual([['info', 'KETUA_PELAKSANA_BELUM_TERCATAT']]);
    expect(lead({}, true)).toEqual([]);
  });

  it('teamAcrossInstansi: a member from a unit of another instansi; by Perangkat Daerah also another top unit', () => {
    const mk = (by: 'pemda' | 'perangkat_daerah') =>
      testVariant('uji-instansi', { lineRules: [ppkLine], instansiScope: [{ by, basis: testBasis }], teams: { ketuaCriteria: [], formedAcrossInstansi: { label: 'Keputusan Kepala Daerah', basis: testBasis } }, checks: [{ check: 'teamAcrossInstansi', severity: 'info', basis: testBasis }] });
    const d = dinas();
    d.b.unit('badan', 'Badan Lain', null, 'lain');
    const other = d.b.pos('Kepala Badan Lain', 'jpt_pratama');
    d.b.unit('lainnya', 'Kementerian Uji', null, 'pusat');
    d.b.units.at(-1)!.instansi = 'Kementerian Uji';
    const pusat = d.b.pos('Analis Pusat', 'pelaksana');
    d.b.team('Tim Lintas', 'u1', [d.jf, other, pusat], d.jf);
    const s = d.b.done();
    const at = (by: 'pemda' | 'perangkat_daerah') => compute(s, mk(by)).findings.filter((f) => f.code === 'TEAM_LINTAS_INSTANSI').map((f) => f.positions);
    expect(at('pemda')).toEqual([[pusat]]);
    expect(at('perangkat_daerah')).toEqual([[other, pusat]]);
    expect(compute(s, mk('pemda')).findings.find((f) => f.code === 'TEAM_LINTAS_INSTANSI')!.message).toMatch(/Keputusan Kepala Daerah/);
  });
});

describe('matchers on the new position fields', () => {
  it('existsOnOrAfter: a node ended before the date does not match; undated and later nodes do', () => {
    const v = testVariant('uji-tanggal', { lineRules: [ppkLine], checks: [{ check: 'placement', severity: 'error', basis: testBasis, code: 'DICABUT', message: '{0} dicabut', staff: { titleIncludes: ['koordinator'], existsOnOrAfter: '2024-04-01' }, parent: {} }] });
    const at = (extra: object) => {
      const d = dinas();
      d.b.pos('Subkoordinator Uji', 'pengawas', d.kabid, extra);
      return codesOf(v, d.b.done()).filter((c) => c === 'DICABUT').length;
    };
    expect([at({}), at({ effectiveUntil: '2024-03-31' }), at({ effectiveUntil: '2024-04-01' }), at({ effectiveFrom: '2024-06-01' })]).toEqual([1, 0, 1, 1]);
  });

  it('delegatedPpk: a rater rule may allow a delegated JF as PPK; without delegation it is skipped', () => {
    const v = testVariant('uji-delegasi', { lineRules: [ppkLine], raterRules: [{ id: 'delegasi', candidate: { delegatedPpk: true }, effect: 'allow', basis: testBasis }] });
    const rater = (delegated: boolean) => {
      const d = dinas();
      const senior = d.b.pos('Analis Ahli Madya', 'fungsional', d.kabid, { grade: 'ahli_madya', delegatedPpk: delegated });
      const junior = d.b.pos('Analis Ahli Pertama', 'fungsional', senior, { grade: 'ahli_pertama' });
      return { r: compute(d.b.done(), v).roles.get(junior)!.rater, senior, kabid: d.kabid };
    };
    expect(rater(true).r).toBe(rater(true).senior);
    expect(rater(false).r).toBe(rater(false).kabid);
  });
});

describe('integrity of the new fields', () => {
  const base = { format: 'bagan-kerja', version: 1, units: [{ id: 'u', name: 'U', type: 'dinas' }, { id: 'v', name: 'V', type: 'badan' }] };
  const problems = (positions: object[], assignments: object[] = []) => checkIntegrity(StructureSchema.parse({ ...base, positions, assignments })).map((p) => [p.path.join('.'), p.message]);

  it('coordinator, acknowledgedBy and ownerPosition must name positions; ownerPosition must be in the owner unit; dates in order', () => {
    const got = problems(
      [
        { id: 'a', unit: 'u', title: 'Kepala', level: 'jpt_pratama' },
        { id: 'b', unit: 'u', title: 'Staf', level: 'pelaksana', parent: 'a', coordinator: 'x', effectiveFrom: '2024-05-01', effectiveUntil: '2024-01-01' },
        { id: 'c', unit: 'v', title: 'Kepala V', level: 'jpt_pratama', coordinator: 'c' }
      ],
      [
        { id: 's1', assignee: 'b', owner: 'v', mode: 'penunjukan', ownerPosition: 'a', acknowledgedBy: 'zz' },
        { id: 's2', assignee: 'b', owner: 'v', mode: 'penunjukan', ownerPosition: 'nope' }
      ]
    );
    expect(got.map((g) => g[0])).toEqual(['positions.1.coordinator', 'positions.1.effectiveUntil', 'positions.2.coordinator', 'assignments.0.acknowledgedBy', 'assignments.0.ownerPosition', 'assignments.1.ownerPosition']);
    expect(got[1][1]).toMatch(/lebih awal/);
    expect(got[4][1]).toMatch(/tidak berada di unit pemilik kinerja "v"/);
  });

  it('a malformed date or an unknown pendidikan is refused by the schema', () => {
    const parse = (p: object) => StructureSchema.safeParse({ ...base, positions: [{ id: 'a', unit: 'u', title: 'A', level: 'pelaksana', ...p }] }).success;
    expect(parse({ effectiveFrom: '2024-04-01', pendidikan: 'd4' })).toBe(true);
    expect(parse({ effectiveFrom: '1 April 2024' })).toBe(false);
    expect(parse({ pendidikan: 'sarjana' })).toBe(false);
  });

  it('a results review whose rework returns to a later or unknown step is refused; a good loop walks back and ends', () => {
    const review = (returnTo: string) => ({
      id: 'r', label: 'Evaluasi', basis: testBasis,
      steps: [
        { id: 'kerja', actor: 'staff', action: 'bekerja', basis: testBasis },
        { id: 'balik', actor: 'puo', action: 'kembalikan', outcome: 'tidak_sesuai' as const, returnTo, basis: testBasis },
        { id: 'terima', actor: 'puo', action: 'terima', outcome: 'sesuai' as const, closes: true, basis: testBasis }
      ]
    });
    expect(checkVariantIntegrity(testVariant('uji-evaluasi', { resultsReviews: [review('kerja')] }))).toEqual([]);
    expect(checkVariantIntegrity(testVariant('uji-evaluasi', { resultsReviews: [review('terima')] })).map((p) => p.path.join('.'))).toEqual(['resultsReviews.0.steps.1.returnTo']);
    const v = testVariant('uji-evaluasi', { resultsReviews: [review('kerja')] });
    expect(walkReview(v.resultsReviews[0], ['tidak_sesuai'])).toEqual(['kerja', 'balik', 'kerja', 'terima']);
  });
});
