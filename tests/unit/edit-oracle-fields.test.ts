// Editing the optional fields the oracle cases need (Inspector and penugasan editor go through these).
import { describe, expect, it } from 'vitest';
import { updatePosition } from '../../src/lib/domain/edit.ts';
import { advanceAssignmentIn, updateAssignment } from '../../src/lib/domain/edit-teams.ts';
import { loadBuiltinVariant } from '../../src/cli/variant-files.ts';
import { variantScopeOf } from '../../src/lib/domain/workflow.ts';
import { draftPermohonanPelibatan } from '../../src/lib/domain/letters.ts';
import { Builder } from './helpers/build.ts';

function dinas() {
  const b = new Builder('dinas', 'Dinas Uji');
  const kadis = b.pos('Kepala Dinas', 'jpt_pratama');
  const kabid = b.pos('Kepala Bidang', 'administrator', kadis);
  const pel = b.pos('Pengadministrasi', 'pelaksana', kabid);
  return { b, kadis, kabid, pel };
}

describe('position fields', () => {
  it('pendidikan, pengalaman, delegation, coordinator and dates are set and cleared', () => {
    const d = dinas();
    const s = d.b.done();
    const r = updatePosition(s, d.pel, { pendidikan: 's1', pengalamanRelevan: false, delegatedPpk: true, coordinator: d.kabid, effectiveFrom: '2024-01-02' });
    expect(r.ok).toBe(true);
    const p = r.ok ? r.structure.positions.find((x) => x.id === d.pel)! : undefined;
    expect(p).toMatchObject({ pendidikan: 's1', pengalamanRelevan: false, delegatedPpk: true, coordinator: d.kabid, effectiveFrom: '2024-01-02' });
    const cleared = r.ok ? updatePosition(r.structure, d.pel, { pendidikan: undefined, coordinator: undefined }) : r;
    expect(cleared.ok && cleared.structure.positions.find((x) => x.id === d.pel)!.pendidikan).toBeUndefined();
  });

  it('a position cannot coordinate itself, and cannot end before it begins', () => {
    const d = dinas();
    const s = d.b.done();
    const self = updatePosition(s, d.pel, { coordinator: d.pel });
    expect(self.ok && self.structure.positions.find((x) => x.id === d.pel)!.coordinator).toBeUndefined();
    const r = updatePosition(s, d.pel, { effectiveFrom: '2024-05-01', effectiveUntil: '2024-04-30' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/lebih awal/);
  });
});

describe('assignment fields', () => {
  const variant = loadBuiltinVariant('pangkalpinang-2023-51');

  it('the request form is edited on a draf, and an oral request within a UO cannot be issued under Pangkal Pinang', () => {
    const d = dinas();
    d.b.assignments.push({ id: 'a', assignee: d.pel, owner: 'u1', mode: 'sukarela', status: 'draf' });
    const s = d.b.done();
    const oral = updateAssignment(s, 'a', { requestForm: 'lisan' });
    expect(oral.ok).toBe(true);
    if (!oral.ok) return;
    const submitted = advanceAssignmentIn(oral.structure, variant, 'a', 'diajukan');
    expect(submitted.ok).toBe(false);
    if (!submitted.ok) expect(submitted.reason).toMatch(/lisan.*tertulis.*Pasal 11 ayat \(2\) huruf a/);
    const written = updateAssignment(s, 'a', { requestForm: 'tertulis' });
    expect(written.ok && advanceAssignmentIn(written.structure, variant, 'a', 'diajukan').ok).toBe(true);
  });

  it('the options passed decide the Unit Organisasi of the procedure (Pangkal Pinang unit_organisasi)', () => {
    const d = dinas();
    const kabid2 = d.b.pos('Kepala Bidang Lain', 'administrator', d.kadis);
    d.b.assignments.push({ id: 'a', assignee: d.pel, owner: 'u1', ownerPosition: kabid2, mode: 'penunjukan', status: 'draf', end: '2024-12-31' });
    const s = d.b.done();
    // Within the Dinas (default) the penunjukan needs no permohonan contents; across Bidang it does.
    expect(advanceAssignmentIn(s, variant, 'a', 'terbit').ok).toBe(true);
    const strict = advanceAssignmentIn(s, variant, 'a', 'diajukan', undefined, { unit_organisasi: 'pejabat_struktural' });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.reason).toMatch(/belum lengkap/);
  });

  it('letters and flows read the Unit Organisasi as the variant does: Sambas two Bagian are lintas unit by default, one PD under perangkat_daerah', () => {
    const sambas = loadBuiltinVariant('sambas-2024-18');
    const b = new Builder('setda', 'Sekretariat Daerah');
    const setda = b.current;
    const sekda = b.pos('Sekretaris Daerah', 'jpt_pratama');
    const org = b.unit('setda', 'Bagian Organisasi', setda);
    b.pos('Kepala Bagian Organisasi', 'administrator', sekda);
    b.unit('setda', 'Bagian Hukum', setda);
    const kabag = b.pos('Kepala Bagian Hukum', 'administrator', sekda);
    const jf = b.pos('Perancang Ahli Muda', 'fungsional', kabag, { grade: 'ahli_muda' });
    b.assignments.push({ id: 'a', assignee: jf, owner: org, mode: 'penunjukan', status: 'draf' });
    const s = b.done();
    expect(variantScopeOf(s, sambas, s.assignments[0])).toBe('lintas_uo');
    expect(variantScopeOf(s, sambas, s.assignments[0], { cakupan_unit_organisasi: 'perangkat_daerah' })).toBe('intra_uo');
    const lintas = sambas.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'lintas_uo')!;
    expect(draftPermohonanPelibatan(s, sambas, s.assignments[0])).toContain(lintas.basis.ref);
    // The analyst's option reaches the letter: one Perangkat Daerah makes it a penunjukan within it.
    const intra = sambas.workflows.find((w) => w.mode === 'penunjukan' && w.scope === 'intra_uo')!;
    expect(intra.basis.ref).not.toBe(lintas.basis.ref);
    const onePd = draftPermohonanPelibatan(s, sambas, s.assignments[0], { cakupan_unit_organisasi: 'perangkat_daerah' });
    expect(onePd).toContain(intra.basis.ref);
    expect(onePd).not.toContain(lintas.basis.ref);
  });
});
