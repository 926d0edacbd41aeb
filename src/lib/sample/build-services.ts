// Service units: the RSUD (Gambar 5, Perwali Pangkal Pinang 51/2023 L433–447, led by an
// Administrator), UPTD (Gambar 7, L464–479: a Pengawas with a Sub Bagian Tata Usaha, or a JF), and
// Puskesmas and Sekolah led by a JF with tugas tambahan (Gambar 9, L495–506).
import type { Grade } from '../domain/vocabulary.ts';
import { JF, PELAKSANA, type JfKind, type PelaksanaKind } from './catalog.ts';
import type { StructureDraft } from './draft.ts';
import { staffGroups } from './build-agency.ts';

export interface RsudRefs {
  unit: string;
  direktur: string;
}

/** A kelas C RSUD: a UPT of the Dinas Kesehatan whose Direktur is placed under the Kepala Dinas. */
export function buildRsud(d: StructureDraft, id: string, name: string, dinkesUnit: string, kadis: string, detail: number): RsudRefs {
  const r = d.random;
  const unit = d.unit(id, name, 'rsud', dinkesUnit);
  const direktur = d.official(unit, `${unit}-direktur`, 'Direktur', 'administrator', kadis, { degree: 'dokter' });
  const wadir = d.official(unit, `${unit}-wadir`, 'Wakil Direktur Pelayanan', 'administrator', direktur, { classGrade: 11, degree: 'dokter' });
  const tu = d.official(unit, `${unit}-bag-tu`, 'Kepala Bagian Tata Usaha', 'administrator', direktur, { classGrade: 11 });
  const subbagUk = d.official(unit, `${tu}-subbag-uk`, 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', tu);
  d.pelaksana(unit, subbagUk, PELAKSANA.pengadministrasi, { size: [2, 6] });
  d.pelaksana(unit, subbagUk, PELAKSANA.pengelolaUmum, { size: [2, 8] });
  const subbagKeu = d.official(unit, `${tu}-subbag-keu`, 'Kepala Sub Bagian Keuangan dan Perencanaan', 'pengawas', tu);
  d.pelaksana(unit, subbagKeu, PELAKSANA.penelaah, { size: [1, 4] });
  staffGroups(d, unit, tu, JF.perencana, detail);

  const bidang: [string, string, [string, string, JfKind[], number][]][] = [
    ['yanmed', 'Pelayanan Medik', [
      ['rajal', 'Pelayanan Medik Rawat Jalan', [JF.dokter, JF.dokterGigi], 4],
      ['ranap', 'Pelayanan Medik Rawat Inap dan Gawat Darurat', [JF.dokter], 6]
    ]],
    ['keperawatan', 'Keperawatan', [
      ['asuhan', 'Asuhan Keperawatan dan Kebidanan', [JF.perawat, JF.bidan], 14],
      ['mutu', 'Mutu dan Etika Keperawatan', [JF.perawat], 4]
    ]],
    ['penunjang', 'Penunjang Medik dan Nonmedik', [
      ['medik', 'Penunjang Medik', [JF.apoteker, JF.asistenApoteker, JF.radiografer, JF.laboran, JF.nutrisionis, JF.fisioterapis], 4],
      ['nonmedik', 'Penunjang Nonmedik', [JF.perekamMedis], 5]
    ]]
  ];
  for (const [key, bname, seksi] of bidang) {
    const degree = key === 'yanmed' ? 'dokter' : key === 'keperawatan' ? 'ners' : 'kesehatan';
    const kabid = d.official(unit, `${unit}-bid-${key}`, `Kepala Bidang ${bname}`, 'administrator', wadir, { classGrade: 11, degree });
    for (const [skey, sname, kinds, size] of seksi) {
      const kasi = d.official(unit, `${kabid}-seksi-${skey}`, `Kepala Seksi ${sname}`, 'pengawas', kabid, { degree });
      // Pangkal Pinang L444–446: in the RSUD the Kepala Seksi rates JF too, so the big groups sit here.
      for (const kind of kinds) {
        for (const grade of gradesOf(d, kind, detail)) d.jf(unit, r.chance(0.2) ? kabid : kasi, kind, grade, { size: [1, size] });
      }
    }
    d.pelaksana(unit, kabid, key === 'penunjang' ? PELAKSANA.operatorKesehatan : PELAKSANA.pengelolaKesehatan, { size: [1, 5] });
  }
  return { unit, direktur };
}

/** Hospital JF come in most jenjang below Ahli Utama. */
function gradesOf(d: StructureDraft, kind: JfKind, detail: number): Grade[] {
  const picked = kind.grades.filter((g) => g !== 'ahli_utama' && d.random.chance(Math.min(1, 0.7 * detail + 0.1)));
  return picked.length ? picked : [kind.grades[0]];
}

export interface UptSpec {
  id: string;
  name: string;
  /** A Pengawas-led UPTD has a Sub Bagian Tata Usaha; a JF-led one is a unit kerja mandiri. */
  head: { level: 'pengawas'; title: string } | { level: 'fungsional'; title: string; kind: JfKind; grade: Grade };
  jf: JfKind[];
  pelaksana: PelaksanaKind[];
}

export function buildUpt(d: StructureDraft, spec: UptSpec, parentUnit: string, parentHead: string, detail: number): string {
  const unit = d.unit(spec.id, spec.name, 'upt', parentUnit);
  if (spec.head.level === 'pengawas') {
    const kepala = d.official(unit, `${unit}-kepala`, spec.head.title, 'pengawas', parentHead, { classGrade: 9 });
    const tu = d.official(unit, `${unit}-subbag-tu`, 'Kepala Sub Bagian Tata Usaha', 'pengawas', kepala, { classGrade: 8 });
    d.pelaksana(unit, tu, PELAKSANA.pengadministrasi);
    for (const kind of spec.jf) staffGroups(d, unit, kepala, kind, detail);
    spec.pelaksana.forEach((kind, i) => d.pelaksana(unit, i % 2 === 0 ? kepala : tu, kind, { size: [1, 6] }));
  } else {
    const kepala = d.jfHead(unit, `${unit}-kepala`, spec.head.title, spec.head.kind, spec.head.grade, parentHead);
    for (const kind of spec.jf) staffGroups(d, unit, kepala, kind, detail);
    for (const kind of spec.pelaksana) d.pelaksana(unit, kepala, kind);
  }
  return unit;
}

const PUSKESMAS_STAFF: [JfKind, number][] = [
  [JF.dokter, 2], [JF.dokterGigi, 1], [JF.perawat, 6], [JF.bidan, 6], [JF.sanitasi, 2], [JF.nutrisionis, 2],
  [JF.promkes, 2], [JF.laboran, 2], [JF.asistenApoteker, 2], [JF.apoteker, 1], [JF.perekamMedis, 2], [JF.epidemiolog, 1]
];

/**
 * The Kepala Puskesmas is a JF (a Dokter or Administrator Kesehatan) placed under the Kepala Dinas,
 * with `unit` = the Puskesmas, so it heads that unit (interchange.md: "the head of a unit is its
 * position whose parent … lies outside the unit").
 */
export function buildPuskesmas(d: StructureDraft, id: string, name: string, dinkesUnit: string, kadis: string, detail: number, withTu = false): { unit: string; kepala: string } {
  const r = d.random;
  const unit = d.unit(id, name, 'puskesmas', dinkesUnit);
  const [kind, grade] = r.pick([[JF.dokter, 'ahli_madya'], [JF.dokter, 'ahli_muda'], [JF.adminkes, 'ahli_muda'], [JF.dokterGigi, 'ahli_madya']] as const);
  const kepala = d.jfHead(unit, `${unit}-kapus`, 'Kepala Puskesmas', kind, grade, kadis);
  const tu = withTu ? d.official(unit, `${unit}-subbag-tu`, 'Kepala Sub Bagian Tata Usaha', 'pengawas', kepala, { classGrade: 8 }) : kepala;
  for (const [staff, size] of PUSKESMAS_STAFF) {
    if (!r.chance(Math.min(1, 0.55 * detail + 0.15))) continue;
    const grades = staff.grades.filter((g) => g !== 'ahli_utama' && g !== 'ahli_madya' && g !== 'penyelia');
    const picked = grades.filter(() => r.chance(0.45));
    for (const g of picked.length ? picked : [grades[grades.length - 1]]) d.jf(unit, kepala, staff, g, { size: [1, size] });
  }
  d.pelaksana(unit, tu, PELAKSANA.pengadministrasi);
  if (r.chance(0.6)) d.pelaksana(unit, tu, PELAKSANA.operatorKesehatan);
  return { unit, kepala };
}

/** A sekolah negeri: the Kepala Sekolah is a Guru with tugas tambahan, placed under the Kepala Dinas. */
export function buildSekolah(d: StructureDraft, id: string, name: string, disdikUnit: string, kadis: string, large: boolean): { unit: string; kepala: string } {
  const r = d.random;
  const unit = d.unit(id, name, 'sekolah', disdikUnit);
  const kepala = d.jfHead(unit, `${unit}-kepsek`, 'Kepala Sekolah', JF.guru, r.chance(0.6) ? 'ahli_madya' : 'ahli_muda', kadis);
  d.jf(unit, kepala, JF.guru, 'ahli_muda', { size: large ? [4, 12] : [2, 6] });
  d.jf(unit, kepala, JF.guru, 'ahli_pertama', { size: large ? [3, 10] : [1, 5] });
  if (r.chance(0.4)) d.jf(unit, kepala, JF.guru, 'ahli_madya', { size: [1, 3] });
  d.pelaksana(unit, kepala, PELAKSANA.pengadministrasi, { size: [1, 2] });
  if (large || r.chance(0.5)) d.pelaksana(unit, kepala, PELAKSANA.pengelolaUmum, { size: [1, 2] });
  return { unit, kepala };
}
