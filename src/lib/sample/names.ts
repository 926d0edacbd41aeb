// Fictional names of civil servants (pemangku) for the sample and generated structures. Built from
// common Indonesian given names; any resemblance to a real official is accidental.
import type { Random } from './random.ts';

const FIRST = [
  'Agus', 'Ahmad', 'Andi', 'Arif', 'Bambang', 'Budi', 'Dedi', 'Dwi', 'Eko', 'Fajar', 'Hendra', 'Heru',
  'Irfan', 'Joko', 'Kurniawan', 'Lukman', 'Muhammad', 'Nur', 'Rahmat', 'Rizki', 'Slamet', 'Teguh',
  'Wahyu', 'Yusuf', 'Ayu', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Kartika', 'Lestari', 'Maya', 'Novi',
  'Putri', 'Ratna', 'Rina', 'Sari', 'Siti', 'Sri', 'Tri', 'Wulan', 'Yuni', 'Anisa', 'Desi', 'Citra',
  'Gita', 'Hana', 'Lina', 'Mega', 'Nadia', 'Rahayu', 'Winda', 'Yoga', 'Bayu', 'Galih', 'Imam'
];

const SECOND = [
  'Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Nugroho', 'Setiawan', 'Kusuma', 'Purnomo',
  'Susanto', 'Gunawan', 'Hartono', 'Rahman', 'Firmansyah', 'Hakim', 'Permana', 'Utami', 'Wahyuni',
  'Handayani', 'Puspitasari', 'Anggraini', 'Rahmawati', 'Maharani', 'Lestari', 'Fitriani', 'Safitri',
  'Kurniasih', 'Wulandari', 'Susilowati', 'Pertiwi', 'Suryani', 'Hasanah', 'Syahputra', 'Siregar',
  'Nasution', 'Harahap', 'Simanjuntak', 'Sembiring', 'Tanjung', 'Ramadhan', 'Aditya', 'Prasetyo'
];

/** Academic titles as written after the name in a Peta Jabatan. */
export type Degree = 'none' | 'diploma' | 'sarjana' | 'magister' | 'dokter' | 'dokterGigi' | 'apoteker' | 'kesehatan' | 'ners' | 'bidan' | 'guru';

const SUFFIX: Record<Degree, readonly string[]> = {
  none: [''],
  diploma: [', A.Md.', ', A.Md.Kom.', ', A.Md.Ak.', ', A.Md.T.'],
  sarjana: [', S.E.', ', S.H.', ', S.Sos.', ', S.T.', ', S.Kom.', ', S.IP.', ', S.AP.', ', S.Ak.', ', S.P.'],
  magister: [', S.E., M.M.', ', S.H., M.H.', ', S.Sos., M.Si.', ', S.T., M.T.', ', S.STP., M.AP.', ', S.P., M.P.'],
  dokter: [', dr.', ', dr., M.Kes.', ', dr., Sp.PD.', ', dr., Sp.A.', ', dr., Sp.OG.'],
  dokterGigi: [', drg.', ', drg., M.Kes.'],
  apoteker: [', S.Farm., Apt.', ', M.Farm., Apt.'],
  kesehatan: [', S.KM.', ', A.Md.Kes.', ', S.Tr.Kes.', ', S.Gz.', ', A.Md.Gz.', ', S.KM., M.Kes.'],
  ners: [', S.Kep., Ners', ', A.Md.Kep.', ', S.Kep.'],
  bidan: [', A.Md.Keb.', ', S.Tr.Keb.', ', S.Keb., Bd.'],
  guru: [', S.Pd.', ', S.Pd., M.Pd.', ', S.Pd.SD.', ', S.Pd.I.']
};

export function personName(random: Random, degree: Degree): string {
  const suffix = random.pick(SUFFIX[degree]);
  // "dr." goes before the name in Indonesian usage.
  if (suffix.startsWith(', dr') || suffix.startsWith(', drg')) {
    const [prefix, ...rest] = suffix.slice(2).split(', ');
    return `${prefix} ${random.pick(FIRST)} ${random.pick(SECOND)}${rest.length ? ', ' + rest.join(', ') : ''}`;
  }
  return `${random.pick(FIRST)} ${random.pick(SECOND)}${suffix}`;
}
