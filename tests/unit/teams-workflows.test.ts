// Every procedure of every built-in variant walked through the pure edits, as the Penugasan tab does:
// the approve path to "surat penugasan terbit", the refusal branch (reason required), the four contents
// where the variant requires them, and the paths a variant does not allow refused with their citation.
import { describe, expect, it } from 'vitest';
import { loadBuiltinVariants } from '../../src/cli/variant-files.ts';
import { addAssignment, advanceAssignmentIn } from '../../src/lib/domain/edit-teams.ts';
import { nextStatuses, statusPath } from '../../src/lib/domain/workflow.ts';
import type { Structure } from '../../src/lib/domain/structure.ts';
import type { Workflow } from '../../src/lib/domain/variant.ts';
import { Builder } from './helpers/build.ts';

const b = new Builder('dinas', 'Dinas Komunikasi dan Informatika');
const kadis = b.pos('Kepala Dinas Komunikasi dan Informatika', 'jpt_pratama', null, { id: 'kadis' });
const kabid = b.pos('Kepala Bidang Aplikasi Informatika', 'administrator', kadis, { id: 'kabid' });
b.pos('Pranata Komputer Ahli Muda', 'fungsional', kabid, { id: 'prakom', grade: 'ahli_muda' });
b.unit('dinas', 'Dinas Pekerjaan Umum', null, 'dpu');
b.pos('Kepala Dinas Pekerjaan Umum', 'jpt_pratama', null, { id: 'kadis-pu' });
const s0 = b.done();

const CONTENTS = { purpose: 'Aplikasi pemantauan jalan', competence: 'Pengembangan web', target: 'Aplikasi beroperasi', duration: '6 bulan' };
let n = 0;
const ids = (p: string) => `${p}-${++n}`;

function draft(w: Workflow, withContents = true): { s: Structure; id: string } {
  const owner = w.scope === 'intra_uo' ? 'u1' : w.scope === 'lintas_uo' ? 'dpu' : null;
  const r = addAssignment(s0, { assignee: 'prakom', owner, mode: w.mode, ...(owner === null ? { externalInstansi: 'Pemerintah Provinsi' } : {}), ...(withContents ? CONTENTS : {}) }, ids);
  if (!r.ok) throw new Error(r.reason);
  return { s: r.structure, id: r.ids[0] };
}
function step(s: Structure, v: Parameters<typeof advanceAssignmentIn>[1], id: string, to: Parameters<typeof advanceAssignmentIn>[3], reason?: string): Structure {
  const r = advanceAssignmentIn(s, v, id, to, reason);
  if (!r.ok) throw new Error(r.reason);
  return r.structure;
}

for (const v of loadBuiltinVariants())
  describe(v.id, () => {
    for (const w of v.workflows) {
      if (!w.allowed) {
        it(`${w.id}: refused with its citation`, () => {
          const { s, id } = draft(w);
          const r = advanceAssignmentIn(s, v, id, 'diajukan');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.reason).toContain(w.basis.ref);
        });
        continue;
      }
      it(`${w.id}: the approve path reaches "terbit" through the statuses its steps name`, () => {
        let { s, id } = draft(w);
        const reached: string[] = [];
        for (let guard = 0; guard < 8; guard++) {
          const a = s.assignments[0];
          const next = nextStatuses(w, a.status).find((x) => x !== 'ditolak');
          if (!next) break;
          s = step(s, v, id, next);
          reached.push(next);
        }
        expect(reached.at(-1)).toBe('terbit');
        expect(reached).toEqual(statusPath(w).path);
        const named = new Set(w.steps.map((x) => x.status).filter((x) => x && x !== 'ditolak'));
        for (const st of named) expect(reached).toContain(st);
        expect(nextStatuses(w, 'terbit')).toEqual([]);
      });

      const { canReject } = statusPath(w);
      it(`${w.id}: ${canReject ? 'a refusal needs a reason and ends the procedure' : 'no refusal branch is offered'}`, () => {
        let { s, id } = draft(w);
        const first = nextStatuses(w, 'draf')[0];
        s = step(s, v, id, first);
        if (first === 'terbit') return; // a direct assignment has no request to refuse
        if (!canReject) {
          expect(advanceAssignmentIn(s, v, id, 'ditolak', 'alasan').ok).toBe(false);
          return;
        }
        expect(advanceAssignmentIn(s, v, id, 'ditolak', ' ').ok).toBe(false);
        s = step(s, v, id, 'ditolak', 'Beban kerja unit asal penuh');
        expect(s.assignments[0]).toMatchObject({ status: 'ditolak', rejectionReason: 'Beban kerja unit asal penuh' });
        expect(nextStatuses(w, 'ditolak')).toEqual([]);
      });

      if (w.requiredContents.length > 0)
        it(`${w.id}: not submitted without ${w.requiredContents.join(', ')}`, () => {
          const { s, id } = draft(w, false);
          const r = advanceAssignmentIn(s, v, id, nextStatuses(w, 'draf')[0]);
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.reason).toMatch(/belum lengkap/);
        });
    }
  });

it('a status the procedure never reaches (set under another variant) offers no step forward, only back to draf', () => {
  // Cilegon's cross-unit penunjukan goes diajukan → terbit (Lampiran huruf B angka 1 huruf b); the sample's
  // "disetujui" comes from a variant with an approval step.
  const cilegon = loadBuiltinVariants().find((v) => v.id === 'cilegon-2023-17')!;
  const w = cilegon.workflows.find((x) => x.mode === 'penunjukan' && x.scope === 'lintas_uo')!;
  expect(statusPath(w).path).not.toContain('disetujui');
  expect(nextStatuses(w, 'disetujui')).toEqual([]);
  const { s, id } = draft(w);
  const stuck = { ...s, assignments: s.assignments.map((a) => ({ ...a, status: 'disetujui' as const })) };
  expect(advanceAssignmentIn(stuck, cilegon, id, 'diajukan').ok).toBe(false);
});
