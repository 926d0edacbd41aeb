// Kecamatan (Gambar 6, Perwali Pangkal Pinang 51/2023 L449–462: Camat, Sekretaris Kecamatan with two
// Sub Bagian (L748), Kepala Seksi) and Kelurahan (Gambar 8, L481–493: Lurah, Sekretaris Kelurahan,
// Kepala Seksi). A Kelurahan is a unit inside its Kecamatan; the Lurah is placed under the Camat.
import { JF, PELAKSANA } from './catalog.ts';
import type { StructureDraft } from './draft.ts';
import { staffGroups } from './build-agency.ts';
import { slug } from './staffing.ts';

const SEKSI_KECAMATAN: [string, string][] = [
  ['pem', 'Pemerintahan'],
  ['yanum', 'Pelayanan Umum'],
  ['trantib', 'Ketenteraman dan Ketertiban Umum'],
  ['pmd', 'Pemberdayaan Masyarakat dan Desa'],
  ['kesos', 'Kesejahteraan Sosial']
];

export interface KecamatanRefs {
  unit: string;
  camat: string;
}

export function buildKecamatan(d: StructureDraft, name: string, detail: number): KecamatanRefs {
  const r = d.random;
  const unit = d.unit(`kec-${slug(name, 3)}`, `Kecamatan ${name}`, 'kecamatan');
  const camat = d.official(unit, `${unit}-camat`, 'Camat', 'administrator', null);
  const sekcam = d.official(unit, `${unit}-sekcam`, 'Sekretaris Kecamatan', 'administrator', camat, { classGrade: 11 });
  const subbagUk = d.official(unit, `${unit}-subbag-uk`, 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekcam);
  d.pelaksana(unit, subbagUk, PELAKSANA.pengadministrasi);
  if (detail >= 0.6) {
    const subbagPk = d.official(unit, `${unit}-subbag-pk`, 'Kepala Sub Bagian Perencanaan dan Keuangan', 'pengawas', sekcam);
    d.pelaksana(unit, subbagPk, PELAKSANA.penelaah, { size: [1, 2] });
  }
  const seksiCount = Math.max(2, Math.round(SEKSI_KECAMATAN.length * Math.min(1, detail)));
  for (const [key, sname] of SEKSI_KECAMATAN.slice(0, seksiCount)) {
    const kasi = d.official(unit, `${unit}-seksi-${key}`, `Kepala Seksi ${sname}`, 'pengawas', camat, { vacant: r.chance(0.08) });
    if (key === 'trantib') {
      d.pelaksana(unit, kasi, PELAKSANA.pengelolaTrantibum);
      d.pelaksana(unit, kasi, PELAKSANA.pranataTrantibum, { size: [1, 5] });
    } else if (key === 'pmd') {
      staffGroups(d, unit, kasi, JF.psm, detail);
    } else {
      d.pelaksana(unit, kasi, key === 'pem' ? PELAKSANA.pamong : PELAKSANA.penataLayanan);
    }
  }
  return { unit, camat };
}

export function buildKelurahan(d: StructureDraft, kec: KecamatanRefs, name: string, detail: number): string {
  const r = d.random;
  const unit = d.unit(`kel-${slug(name, 3)}`, `Kelurahan ${name}`, 'kelurahan', kec.unit);
  const lurah = d.official(unit, `${unit}-lurah`, 'Lurah', 'pengawas', kec.camat);
  const sekel = d.official(unit, `${unit}-sekel`, 'Sekretaris Kelurahan', 'pengawas', lurah, { classGrade: 8, vacant: r.chance(0.1) });
  d.pelaksana(unit, sekel, PELAKSANA.pengadministrasi, { size: [1, 2] });
  const kasiPem = d.official(unit, `${unit}-seksi-pem`, 'Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban Umum', 'pengawas', lurah, { classGrade: 8 });
  d.pelaksana(unit, kasiPem, PELAKSANA.pamong, { size: [1, 2] });
  if (detail >= 0.5 || r.chance(0.5)) {
    const kasiPm = d.official(unit, `${unit}-seksi-pm`, 'Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial', 'pengawas', lurah, { classGrade: 8 });
    d.pelaksana(unit, kasiPm, PELAKSANA.penataLayanan, { size: [1, 2] });
  }
  return unit;
}
