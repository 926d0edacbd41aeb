// Generic engine mechanisms: the `hasWorkUnder` matcher, `unlessFromIs` on line rules, the team
// selectors memberWorkUnder / memberStructuralParent / leadOrOwnerHead, and the assignment checks
// assignmentWithoutEnd / assignmentOutsideTeam. The variant here is a made-up one, not a regulation.
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/domain/compute.ts';
import type { VariantInput } from '../../src/lib/domain/variant.ts';
import { testBasis as basis, testVariant } from './helpers/test-variant.ts';
import { build } from './helpers/build.ts';
import { codes, has, sourcesInto } from './helpers/lines.ts';

const staff = { levels: ['fungsional', 'pelaksana'] as ('fungsional' | 'pelaksana')[], unitHead: false };

const variant = (extra: Partial<VariantInput>) => testVariant('uji-mekanisme', extra);

describe('hasWorkUnder and unlessFromIs', () => {
  const v = variant({
    lineRules: [
      { id: 'puk', kind: 'assignment', subKind: 'operasional', label: 'puk', subject: { ...staff, hasWorkUnder: true }, from: 'workUnitHead', to: 'self', unlessFromIs: ['rater'], basis },
      { id: 'atasan', kind: 'assignment', subKind: 'operasional', label: 'atasan', subject: { ...staff, hasWorkUnder: false }, from: 'kedudukanParent', to: 'self', unlessFromIs: ['rater'], basis }
    ]
  });
  const s = build('dinas', (b) => {
    const kadis = b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid' });
    const kasi = b.pos('Kepala Seksi', 'pengawas', 'kabid', { id: 'kasi' });
    b.pos('Analis', 'fungsional', kadis, { id: 'jfw', grade: 'ahli_muda', workUnder: 'kabid' });
    b.pos('Pengadministrasi', 'pelaksana', kasi, { id: 'pel' });
  });
  const r = compute(s, v);

  it('selects by workUnder: the staff with workUnder gets the line from its work official', () => {
    expect(has(r, 'assignment', 'kabid', 'jfw', 'operasional')).toBe(true);
    expect(r.lines.find((l) => l.to === 'jfw')?.rule).toBe('puk');
  });

  it('skips the line when from is the rater (the same person would draw it twice)', () => {
    // pel: kedudukan parent = kasi = rater, so no operasional line at all.
    expect(sourcesInto(r, 'assignment', 'pel')).toEqual([]);
  });
});

describe('team selectors', () => {
  const v = variant({
    teamLineRules: [
      { id: 'lapor', kind: 'reporting', subKind: 'anggota_ke_ketua', label: 'lapor', each: 'member', from: 'member', to: 'leadOrOwnerHead', basis },
      { id: 'kerja', kind: 'reporting', subKind: 'ketua_ke_ppk', label: 'kerja', each: 'member', from: 'lead', to: 'memberWorkUnder', basis },
      { id: 'atasan', kind: 'reporting', subKind: 'ketua_ke_ppk', label: 'atasan', each: 'member', from: 'lead', to: 'memberStructuralParent', basis }
    ]
  });
  const s = build('dinas', (b) => {
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Kepala Bidang', 'administrator', 'kadis', { id: 'kabid' });
    b.pos('Kepala Seksi', 'pengawas', 'kabid', { id: 'kasi' });
    b.pos('Analis A', 'fungsional', 'kasi', { id: 'a', grade: 'ahli_muda' });
    b.pos('Analis B', 'fungsional', 'kadis', { id: 'bw', grade: 'ahli_muda', workUnder: 'kabid' });
    b.pos('Analis C', 'fungsional', 'kabid', { id: 'c', grade: 'ahli_pertama' });
    b.team('Tim Berketua', 'u1', ['a', 'bw'], 'a');
    b.team('Tim Tanpa Ketua', 'u1', ['c'], null);
  });
  const r = compute(s, v);

  it('leadOrOwnerHead: members report to the Ketua, or to the owner head when there is none', () => {
    expect(has(r, 'reporting', 'bw', 'a', 'anggota_ke_ketua')).toBe(true);
    expect(has(r, 'reporting', 'c', 'kadis', 'anggota_ke_ketua')).toBe(true);
  });

  it('memberWorkUnder and memberStructuralParent pick the member’s own officials', () => {
    expect(has(r, 'reporting', 'a', 'kabid', 'ketua_ke_ppk')).toBe(true); // bw works under kabid
    expect(has(r, 'reporting', 'a', 'kadis', 'ketua_ke_ppk')).toBe(true); // bw is placed under kadis
    // c has no lead in its team: no lines from a lead.
    expect(r.lines.filter((l) => l.team === 't2' && l.subKind === 'ketua_ke_ppk')).toEqual([]);
  });
});

describe('assignment checks', () => {
  const v = variant({
    checks: [
      { check: 'assignmentWithoutEnd', severity: 'warning', basis },
      { check: 'assignmentOutsideTeam', severity: 'warning', basis }
    ]
  });
  const s = build('dinas', (b) => {
    b.pos('Kepala Dinas', 'jpt_pratama', null, { id: 'kadis' });
    b.pos('Analis', 'fungsional', 'kadis', { id: 'a', grade: 'ahli_muda' });
    b.pos('Analis 2', 'fungsional', 'kadis', { id: 'a2', grade: 'ahli_muda' });
    const other = b.unit('badan', 'Badan Lain');
    b.pos('Kepala Badan', 'jpt_pratama', null, { id: 'kaban', unit: other });
    b.team('Tim Badan', other, ['a2'], 'a2');
    b.assignments.push(
      { id: 'x1', assignee: 'a', owner: other, mode: 'penunjukan', status: 'draf' },
      { id: 'x2', assignee: 'a2', owner: other, mode: 'penunjukan', end: '2024-12-31', status: 'draf' },
      { id: 'x3', assignee: 'a2', owner: 'u1', mode: 'sukarela', end: '2024-12-31', status: 'draf' }
    );
  });
  const r = compute(s, v);

  it('flags an assignment without an end date, and only that one', () => {
    expect(r.findings.filter((f) => f.code === 'ASSIGNMENT_WITHOUT_END').map((f) => f.positions)).toEqual([['a']]);
  });

  it('flags a cross-unit assignment outside a team of the owner unit, not one inside it or within the own unit', () => {
    expect(r.findings.filter((f) => f.code === 'ASSIGNMENT_OUTSIDE_TEAM').map((f) => f.positions)).toEqual([['a']]);
    expect(codes(r)).not.toContain('SUKARELA_CROSS_UNIT');
  });
});
