// Pure edits of Tim Kerja and penugasan (src/lib/domain/edit-teams.ts).
import { describe, expect, it } from 'vitest';
import { build } from './helpers/build.ts';
import {
  addAssignment,
  addTeam,
  addTeamMembers,
  advanceAssignmentIn,
  removeAssignment,
  removeTeam,
  removeTeamMember,
  reopenAssignment,
  setTeamLead,
  updateAssignment,
  updateTeam
} from '../../src/lib/domain/edit-teams.ts';
import type { EditResult } from '../../src/lib/domain/edit.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import { StructureSchema } from '../../src/lib/domain/structure.ts';
import { checkIntegrity } from '../../src/lib/domain/integrity.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';

// Two Dinas: a JF and a Pelaksana in Diskominfo, a Kepala Bidang in Dinas PU.
const s0 = build('dinas', (b) => {
  const kadis = b.pos('Kepala Dinas Komunikasi dan Informatika', 'jpt_pratama', null, { id: 'kadis-kominfo' });
  b.pos('Pranata Komputer Ahli Muda', 'fungsional', kadis, { id: 'prakom', grade: 'ahli_muda' });
  b.pos('Pengelola Data', 'pelaksana', kadis, { id: 'pelaksana' });
  b.unit('dinas', 'Dinas Pekerjaan Umum', null, 'dpu');
  const kadisPu = b.pos('Kepala Dinas Pekerjaan Umum', 'jpt_pratama', null, { id: 'kadis-pu' });
  b.pos('Kepala Bidang Bina Marga', 'administrator', kadisPu, { id: 'kabid' });
}, 'Dinas Komunikasi dan Informatika');

let n = 0;
const ids = (prefix: string) => `${prefix}-${++n}`;
function ok(r: EditResult): Structure {
  if (!r.ok) throw new Error(r.reason);
  expect(StructureSchema.safeParse(r.structure).success).toBe(true);
  expect(checkIntegrity(r.structure)).toEqual([]);
  return r.structure;
}

describe('teams', () => {
  it('creates a cross-unit team with owner, decree and a Ketua that is a member; the input is not mutated', () => {
    const before = JSON.stringify(s0);
    const r = addTeam(s0, { name: ' Tim SPBE ', owner: 'dpu', decree: 'Keputusan Kepala Dinas PU Nomor 1/2025', members: ['prakom', 'kabid', 'prakom'], lead: 'prakom' }, ids);
    const s = ok(r);
    expect(JSON.stringify(s0)).toBe(before);
    const t = s.teams.at(-1)!;
    expect(t).toMatchObject({ name: 'Tim SPBE', owner: 'dpu', decree: 'Keputusan Kepala Dinas PU Nomor 1/2025', members: ['prakom', 'kabid'], lead: 'prakom' });
    expect(r.ok && r.ids).toEqual([t.id]);
  });

  it('refuses an unknown owner, drops a Ketua that is not a member', () => {
    expect(addTeam(s0, { name: 'X', owner: 'nope' }, ids).ok).toBe(false);
    const s = ok(addTeam(s0, { name: 'X', owner: 'dpu', members: ['kabid'], lead: 'prakom' }, ids));
    expect(s.teams[0].lead).toBeNull();
  });

  it('a position can be in several teams', () => {
    let s = ok(addTeam(s0, { name: 'A', owner: 'dpu', members: ['prakom'] }, ids));
    s = ok(addTeam(s, { name: 'B', owner: 'u1', members: ['prakom'] }, ids));
    expect(s.teams.filter((t) => t.members.includes('prakom'))).toHaveLength(2);
  });

  it('adds members once, refuses duplicates and unknown positions', () => {
    const s = ok(addTeam(s0, { name: 'A', owner: 'dpu', members: ['kabid'] }, ids));
    const id = s.teams[0].id;
    const r = addTeamMembers(s, id, ['prakom', 'kabid', 'pelaksana']);
    expect(r.ok && r.ids).toEqual(['prakom', 'pelaksana']);
    expect(ok(r).teams[0].members).toEqual(['kabid', 'prakom', 'pelaksana']);
    expect(addTeamMembers(s, id, ['kabid']).ok).toBe(false);
    expect(addTeamMembers(s, id, ['ghost']).ok).toBe(false);
  });

  it('removing the Ketua from the members leaves the team without a Ketua', () => {
    let s = ok(addTeam(s0, { name: 'A', owner: 'dpu', members: ['kabid', 'prakom'], lead: 'prakom' }, ids));
    const id = s.teams[0].id;
    s = ok(removeTeamMember(s, id, 'prakom'));
    expect(s.teams[0]).toMatchObject({ members: ['kabid'], lead: null });
    expect(removeTeamMember(s, id, 'prakom').ok).toBe(false);
  });

  it('the Ketua must be a member', () => {
    const s = ok(addTeam(s0, { name: 'A', owner: 'dpu', members: ['kabid'] }, ids));
    const id = s.teams[0].id;
    expect(setTeamLead(s, id, 'prakom').ok).toBe(false);
    expect(ok(setTeamLead(s, id, 'kabid')).teams[0].lead).toBe('kabid');
    expect(ok(setTeamLead(s, id, null)).teams[0].lead).toBeNull();
  });

  it('updates name, owner and decree; an empty decree clears it; removes the team', () => {
    let s = ok(addTeam(s0, { name: 'A', owner: 'dpu', decree: 'Kep 1' }, ids));
    const id = s.teams[0].id;
    s = ok(updateTeam(s, id, { name: 'Tim B', owner: 'u1', decree: '  ' }));
    expect(s.teams[0]).toMatchObject({ name: 'Tim B', owner: 'u1' });
    expect(s.teams[0].decree).toBeUndefined();
    expect(updateTeam(s, id, { owner: 'nope' }).ok).toBe(false);
    expect(ok(updateTeam(s, id, { name: '' })).teams[0].name).toBe('Tim B');
    expect(ok(removeTeam(s, id)).teams).toEqual([]);
    expect(removeTeam(s, 'nope').ok).toBe(false);
  });
});

describe('assignments', () => {
  const draft = { assignee: 'prakom', owner: 'dpu', mode: 'penunjukan' as const, purpose: 'Aplikasi pemantauan jalan', competence: 'Pengembangan web', target: 'Aplikasi beroperasi', duration: '6 bulan' };

  it('adds a draf penugasan of a JF to another unit; only JF/Pelaksana can be assigned', () => {
    const s = ok(addAssignment(s0, draft, ids));
    expect(s.assignments[0]).toMatchObject({ ...draft, status: 'draf' });
    expect(addAssignment(s0, { ...draft, assignee: 'kabid' }, ids).ok).toBe(false);
    expect(ok(addAssignment(s0, { ...draft, assignee: 'pelaksana' }, ids)).assignments).toHaveLength(1);
  });

  it('lintas instansi needs the instansi named; an owner unit drops a stale instansi', () => {
    expect(addAssignment(s0, { ...draft, owner: null }, ids).ok).toBe(false);
    const s = ok(addAssignment(s0, { ...draft, owner: null, externalInstansi: 'Dinas Kominfo Provinsi' }, ids));
    const id = s.assignments[0].id;
    const back = ok(updateAssignment(s, id, { owner: 'dpu' }));
    expect(back.assignments[0].externalInstansi).toBeUndefined();
  });

  it('walks a cross-unit penunjukan through its Cilegon procedure to surat penugasan terbit', () => {
    const cilegon = loadBuiltinVariant('cilegon-2023-17');
    let s = ok(addAssignment(s0, draft, ids));
    const id = s.assignments[0].id;
    s = ok(advanceAssignmentIn(s, cilegon, id, 'diajukan'));
    expect(updateAssignment(s, id, { purpose: 'lain' }).ok).toBe(false);
    let status = s.assignments[0].status;
    for (let guard = 0; status !== 'terbit' && guard < 5; guard++) {
      const w = cilegon.workflows.find((x) => x.mode === 'penunjukan' && x.scope === 'lintas_uo')!;
      const path = w.steps.map((st) => st.status).filter((x) => x && x !== 'ditolak');
      const next = path[path.indexOf(status) + 1] ?? 'terbit';
      s = ok(advanceAssignmentIn(s, cilegon, id, next!));
      status = s.assignments[0].status;
    }
    expect(status).toBe('terbit');
    expect(advanceAssignmentIn(s, cilegon, id, 'ditolak', 'x').ok).toBe(false);
  });

  it('refuses to submit an incomplete permohonan, a refusal without reason, and sukarela across instansi in Karanganyar with the Pasal', () => {
    const kra = loadBuiltinVariant('karanganyar-2023-50');
    let s = ok(addAssignment(s0, { assignee: 'prakom', owner: 'dpu', mode: 'penunjukan' }, ids));
    const r = advanceAssignmentIn(s, kra, s.assignments[0].id, 'diajukan');
    expect(!r.ok && r.reason).toMatch(/belum lengkap.*maksud dan tujuan/);

    s = ok(addAssignment(s0, draft, ids));
    const id = s.assignments[0].id;
    s = ok(advanceAssignmentIn(s, kra, id, 'diajukan'));
    const noReason = advanceAssignmentIn(s, kra, id, 'ditolak', '  ');
    expect(!noReason.ok && noReason.reason).toMatch(/alasan/);
    s = ok(advanceAssignmentIn(s, kra, id, 'ditolak', 'Beban kerja unit asal penuh'));
    expect(s.assignments[0]).toMatchObject({ status: 'ditolak', rejectionReason: 'Beban kerja unit asal penuh' });
    s = ok(reopenAssignment(s, id));
    expect(s.assignments[0].status).toBe('draf');
    expect(s.assignments[0].rejectionReason).toBeUndefined();

    const ext = ok(addAssignment(s0, { ...draft, mode: 'sukarela', owner: null, externalInstansi: 'Pemprov' }, ids));
    const refused = advanceAssignmentIn(ext, kra, ext.assignments[0].id, 'diajukan');
    const rule = kra.workflows.find((w) => w.mode === 'sukarela' && w.scope === 'lintas_instansi')!;
    expect(!refused.ok && refused.reason).toContain(rule.basis.ref);
    expect(ok(removeAssignment(ext, ext.assignments[0].id)).assignments).toEqual([]);
  });
});
