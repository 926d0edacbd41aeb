// Drafts, in Bahasa Indonesia, of the surat permohonan pelibatan and the surat penugasan for an
// assignment, filled from the structure and the variant's procedure, for the analyst to copy and edit.
import type { Assignment, Structure } from './structure.ts';
import type { OptionValues, Variant } from './variant.ts';
import { regulationName } from './citation.ts';
import { headOfUnit, indexStructure } from './structure-index.ts';
import { CONTENT_LABEL, variantScopeOf, workflowFor } from './workflow.ts';

const blank = (v: string | undefined, what: string) => (v && v.trim() ? v.trim() : `[${what}]`);

/** `options`: the variant options the analyst chose (they decide, e.g., whether the penugasan is across Unit Organisasi). */
export function draftPermohonanPelibatan(structure: Structure, variant: Variant, a: Assignment, options: OptionValues = {}): string {
  const index = indexStructure(structure);
  const staff = index.positions.get(a.assignee);
  const homeUnit = staff ? index.units.get(staff.unit) : undefined;
  const homeHead = staff ? headOfUnit(index, staff.unit) : undefined;
  const ownerUnit = a.owner ? index.units.get(a.owner) : undefined;
  const ownerHead = a.owner ? headOfUnit(index, a.owner) : undefined;
  const choice = workflowFor(variant, a.mode, variantScopeOf(structure, variant, a, options, index));
  const basis = choice.ok ? choice.workflow.basis : choice.basis;
  const to = a.owner === null ? blank(homeHead?.title, 'Pimpinan Unit Organisasi') : blank(homeHead?.title, 'Pimpinan Unit Organisasi asal');
  const from = ownerHead?.title ?? (a.externalInstansi ? `Pimpinan ${a.externalInstansi}` : '[Pimpinan Unit Organisasi pemilik kinerja]');
  return [
    `Yth. ${to}`,
    `${homeUnit?.name ?? ''}`,
    '',
    'Perihal: Permohonan Pelibatan Pejabat Fungsional/Pelaksana',
    '',
    `Dalam rangka pencapaian target kinerja ${ownerUnit?.name ?? a.externalInstansi ?? '[unit pemilik kinerja]'}, dengan ini kami mengajukan permohonan pelibatan ${staff?.title ?? '[jabatan]'}${staff?.holders?.length ? ` (${staff.holders.join(', ')})` : ''} dengan keterangan sebagai berikut:`,
    `1. Maksud dan tujuan: ${blank(a.purpose, CONTENT_LABEL.purpose)}`,
    `2. Kompetensi yang dibutuhkan: ${blank(a.competence, CONTENT_LABEL.competence)}`,
    `3. Ekspektasi target kinerja: ${blank(a.target, CONTENT_LABEL.target)}`,
    `4. Durasi pelibatan: ${blank(a.duration, CONTENT_LABEL.duration)}${a.start || a.end ? ` (${a.start ?? '…'} s.d. ${a.end ?? '…'})` : ''}`,
    '',
    `Permohonan ini disampaikan sesuai ${basis.ref} ${regulationName(variant)}.`,
    'Demikian permohonan ini kami sampaikan; atas perhatian dan kerja samanya kami ucapkan terima kasih.',
    '',
    from,
    '',
    '[nama dan tanda tangan]'
  ].join('\n');
}

export function draftSuratPenugasan(structure: Structure, variant: Variant, a: Assignment, options: OptionValues = {}): string {
  const index = indexStructure(structure);
  const staff = index.positions.get(a.assignee);
  const ownerUnit = a.owner ? index.units.get(a.owner) : undefined;
  const ownerHead = a.owner ? headOfUnit(index, a.owner) : undefined;
  const choice = workflowFor(variant, a.mode, variantScopeOf(structure, variant, a, options, index));
  const issuing = choice.ok ? choice.workflow.steps.find((s) => s.status === 'terbit' || /surat (perintah )?tugas|surat penugasan/i.test(s.document ?? '')) : undefined;
  const basis = issuing?.basis ?? (choice.ok ? choice.workflow.basis : choice.basis);
  return [
    'SURAT PENUGASAN',
    'Nomor: [nomor surat]',
    '',
    `Dasar: ${regulationName(variant)} tentang ${variant.identity.title}, ${basis.ref}.`,
    '',
    'MENUGASKAN:',
    `Kepada : ${staff?.holders?.[0] ?? '[nama]'}`,
    `Jabatan: ${staff?.title ?? '[jabatan]'}`,
    `Untuk  : ${blank(a.target, 'target kinerja')} pada ${ownerUnit?.name ?? a.externalInstansi ?? '[unit pemilik kinerja]'}${a.purpose ? `, dalam rangka ${a.purpose.trim()}` : ''}.`,
    `Waktu  : ${blank(a.duration, 'durasi')}${a.start || a.end ? ` (${a.start ?? '…'} s.d. ${a.end ?? '…'})` : ''}.`,
    '',
    'Penugasan ini merupakan tugas tambahan di luar target kinerja pada unit asal, dilaksanakan dengan penuh tanggung jawab dan dilaporkan hasilnya.',
    '',
    `${ownerHead?.title ?? '[pejabat yang menugaskan]'}`,
    '',
    '[nama dan tanda tangan]'
  ].join('\n');
}
