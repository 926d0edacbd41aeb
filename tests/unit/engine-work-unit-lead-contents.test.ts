// Generic engine checks: workUnitHeadUnderRater (the Pimpinan Unit Kerja sits directly under the PPK),
// teamLeadNotPengawas (a Pengawas in the owner unit should lead the team) and assignmentMissingContents
// (a permohonan lacks what its workflow requires). The variant here is a made-up one, not a regulation.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import type { VariantInput } from '../../src/lib/domain/variant.ts';
import { testBasis as basis, testVariant } from './helpers/test-variant.ts';
import { Builder, build } from './helpers/build.ts';
import { codes } from './helpers/lines.ts';


const variant = (extra: Partial<VariantInput>) => testVariant('uji-mekanisme-lain', extra);

describe('workUnitHeadUnderRater', () => {
  const v = variant({ checks: [{ check: 'workUnitHeadUnderRater', severity: 'error', basis }] });
  const structure = (workUnder: string) =>
    build('dinas', (b) => {
      b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
      b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid' });
      b.pos('Kepala Seksi', 'pengawas', 'kabid', { id: 'kasi' });
      b.pos('Analis', 'fungsional', 'kadis', { id: 'jf', grade: 'ahli_madya', workUnder });
    });

  it('accepts an official directly under the rater', () => {
    expect(codes(compute(structure('kabid'), v))).not.toContain('WORK_UNIT_HEAD_NOT_UNDER_RATER');
  });

  it('accepts the rater itself', () => {
    expect(codes(compute(structure('kadis'), v))).not.toContain('WORK_UNIT_HEAD_NOT_UNDER_RATER');
  });

  it('reports an official two levels below the rater, naming staff, work official and rater', () => {
    const f = compute(structure('kasi'), v).findings.find((x) => x.code === 'WORK_UNIT_HEAD_NOT_UNDER_RATER');
    expect(f?.severity).toBe('error');
    expect(f?.positions).toEqual(['jf', 'kasi', 'kadis']);
  });
});

describe('teamLeadNotPengawas', () => {
  const v = variant({ checks: [{ check: 'teamLeadNotPengawas', severity: 'warning', basis }] });
  const structure = (withKasi: boolean, lead: 'jf' | 'kasi' = 'jf') => {
    const b = new Builder('dinas', 'Dinas');
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Kepala Seksi', 'pengawas', 'kadis', { id: 'kasi' });
    const other = b.unit('dinas', 'Bidang Lain', 'u1');
    b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid', unit: other });
    b.pos('Analis', 'fungsional', 'kabid', { id: 'jf', grade: 'ahli_muda', unit: other });
    b.team('Tim A', withKasi ? 'u1' : other, ['jf', 'kasi'], lead);
    return b.done();
  };

  it('warns when the owner unit has a Pengawas and the Ketua is not one', () => {
    const f = compute(structure(true), v).findings.find((x) => x.code === 'TEAM_LEAD_NOT_PENGAWAS');
    expect(f?.positions).toEqual(['jf', 'kasi']);
  });

  it('is silent when the Ketua is the Pengawas', () => {
    expect(codes(compute(structure(true, 'kasi'), v))).not.toContain('TEAM_LEAD_NOT_PENGAWAS');
  });

  it('is silent when the owner unit has no Pengawas', () => {
    expect(codes(compute(structure(false), v))).not.toContain('TEAM_LEAD_NOT_PENGAWAS');
  });
});

describe('assignmentMissingContents', () => {
  const flow = (scope: 'intra_uo' | 'lintas_uo', requiredContents: string[]) => ({
    id: `f-${scope}`,
    label: scope,
    mode: 'penunjukan' as const,
    scope,
    requiredContents,
    basis
  });
  const v = variant({
    checks: [{ check: 'assignmentMissingContents', severity: 'error', basis }],
    workflows: [flow('intra_uo', []), flow('lintas_uo', ['purpose', 'competence', 'target', 'duration'])]
  });
  const structure = (owner: 'u1' | 'u2', duration?: string) => {
    const b = new Builder('dinas', 'Dinas A');
    b.pos('Kepala Dinas A', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Analis', 'fungsional', 'kadis', { id: 'jf', grade: 'ahli_muda' });
    b.unit('dinas', 'Dinas B');
    b.pos('Kepala Dinas B', 'jpt_pratama', null, { id: 'kadisb' });
    b.assignments.push({ id: 'a1', assignee: 'jf', owner, mode: 'penunjukan', purpose: 'p', competence: 'k', target: 't', duration, status: 'diajukan' });
    return b.done();
  };

  it('names each missing content of a cross-unit request', () => {
    const f = compute(structure('u2'), v).findings.find((x) => x.code === 'ASSIGNMENT_MISSING_CONTENTS');
    expect(f?.positions).toEqual(['jf']);
    expect(f?.message).toContain('durasi pelibatan');
    expect(f?.message).not.toContain('maksud dan tujuan');
  });

  it('is silent when every required content is there', () => {
    expect(codes(compute(structure('u2', '3 bulan'), v))).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
  });

  it('uses the workflow of the scope: nothing is required inside the unit here', () => {
    expect(codes(compute(structure('u1'), v))).not.toContain('ASSIGNMENT_MISSING_CONTENTS');
  });
});
