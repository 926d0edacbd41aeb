// The built-in sample "Pemerintah Kabupaten Contoh": a whole, fictional kabupaten with every unit
// type, written to models/samples/kabupaten-contoh.json by scripts/make-sample.ts. Deterministic:
// the same code always gives the same file (tests/unit/sample.test.ts compares them).
import type { Structure } from '../domain/structure.ts';
import { SAMPLE_AGENCIES, SATPOL_PP } from './agency-templates.ts';
import { buildAgency, type AgencyRefs } from './build-agency.ts';
import { buildInspektorat, buildSetda, buildSetwan } from './build-secretariats.ts';
import { buildPuskesmas, buildRsud, buildSekolah, buildUpt } from './build-services.ts';
import { buildKecamatan, buildKelurahan } from './build-wilayah.ts';
import { JF, PELAKSANA } from './catalog.ts';
import { StructureDraft } from './draft.ts';
import { seededRandom } from './random.ts';
import { addSampleTeams } from './kabupaten-contoh-teams.ts';

export const SAMPLE_TITLE = 'Pemerintah Kabupaten Contoh';
const SEED = 20260101;

const PUSKESMAS: [string, string][] = [
  ['pkm-kota', 'Kota Contoh'], ['pkm-sukamaju', 'Sukamaju'], ['pkm-tanjung-harapan', 'Tanjung Harapan'],
  ['pkm-mekarsari', 'Mekarsari'], ['pkm-karangrejo', 'Karangrejo'], ['pkm-sumberjaya', 'Sumberjaya'], ['pkm-pasir-putih', 'Pasir Putih']
];

const SEKOLAH: [string, string, boolean][] = [
  ['sdn-1-contoh', 'SD Negeri 1 Contoh', false], ['sdn-2-contoh', 'SD Negeri 2 Contoh', false],
  ['sdn-1-sukamaju', 'SD Negeri 1 Sukamaju', false], ['smpn-1-contoh', 'SMP Negeri 1 Contoh', true],
  ['smpn-2-contoh', 'SMP Negeri 2 Contoh', true], ['smpn-1-mekarsari', 'SMP Negeri 1 Mekarsari', false]
];

/** The Kecamatan of the kabupaten seat has many Kelurahan: a wide fan-out for the layout. */
const KECAMATAN: [string, string[]][] = [
  ['Kota Contoh', ['Pasar Lama', 'Kampung Baru', 'Sidomulyo', 'Tanjung Sari', 'Bukit Indah', 'Sukajadi', 'Talang Jaya', 'Air Mancur', 'Karang Anyar']],
  ['Sukamaju', ['Sukamaju Utara', 'Sukamaju Selatan']],
  ['Tanjung Harapan', []],
  ['Mekarsari', []]
];

export function buildKabupatenContoh(): Structure {
  const d = new StructureDraft(seededRandom(SEED));
  const setda = buildSetda(d, 1);
  // A JF Ahli Utama directly under an Asisten: a placement most variants do not cover (seed-000 §4.1).
  d.jf(setda.unit, setda.asisten[0], JF.ak, 'ahli_utama', { id: 'setda-as1-ak-utama', count: 1 });
  buildSetwan(d, 1);
  const inspektorat = buildInspektorat(d, 1);

  const agency = new Map<string, AgencyRefs>();
  for (const t of SAMPLE_AGENCIES) agency.set(t.key, buildAgency(d, t, 1));
  const dinkes = agency.get('dinkes')!;
  const disdik = agency.get('disdikbud')!;
  const bappeda = agency.get('bappeda')!;

  // Perencana placed under the Kepala Badan but working in a Bidang (Karanganyar G14-PEN, Cilegon P2).
  d.jf(bappeda.unit, bappeda.head, JF.perencana, 'ahli_madya', { id: 'bappeda-kaban-perencana-madya', count: 2, workUnder: bappeda.bidang.get('ppe') });
  d.jf(bappeda.unit, bappeda.head, JF.perencana, 'ahli_utama', { id: 'bappeda-kaban-perencana-utama', count: 1 });

  buildRsud(d, 'rsud', 'Rumah Sakit Umum Daerah Kabupaten Contoh', dinkes.unit, dinkes.head, 1);
  PUSKESMAS.forEach(([id, name], i) => buildPuskesmas(d, id, `UPTD Puskesmas ${name}`, dinkes.unit, dinkes.head, 1, i === 0));
  SEKOLAH.forEach(([id, name, large]) => buildSekolah(d, id, name, disdik.unit, disdik.head, large));

  const dpupr = agency.get('dpupr')!;
  buildUpt(d, {
    id: 'upt-peralatan', name: 'UPTD Peralatan dan Perbengkelan',
    head: { level: 'pengawas', title: 'Kepala UPTD Peralatan dan Perbengkelan' },
    jf: [JF.jalanTerampil], pelaksana: [PELAKSANA.operatorAlatBerat, PELAKSANA.teknisiSarpras]
  }, dpupr.unit, dpupr.head, 1);
  buildUpt(d, {
    id: 'upt-labkesda', name: 'UPTD Laboratorium Kesehatan Daerah',
    head: { level: 'fungsional', title: 'Kepala UPTD Laboratorium Kesehatan Daerah', kind: JF.laboran, grade: 'ahli_madya' },
    jf: [JF.laboran, JF.epidemiolog], pelaksana: [PELAKSANA.operatorLab]
  }, dinkes.unit, dinkes.head, 1);
  const distan = agency.get('distan')!;
  buildUpt(d, {
    id: 'upt-bpp-sukamaju', name: 'UPTD Balai Penyuluhan Pertanian Sukamaju',
    head: { level: 'pengawas', title: 'Kepala UPTD Balai Penyuluhan Pertanian Sukamaju' },
    jf: [JF.penyuluhPertanian, JF.popt], pelaksana: [PELAKSANA.pengolahData]
  }, distan.unit, distan.head, 1);

  for (const [name, kelurahan] of KECAMATAN) {
    const kec = buildKecamatan(d, name, 1);
    for (const kel of kelurahan) buildKelurahan(d, kec, kel, 1);
  }

  const satpol = buildAgency(d, SATPOL_PP, 1);
  // Every jenjang of the keterampilan ladder, down to Pemula, is on the fire service's Peta Jabatan.
  for (const grade of ['penyelia', 'mahir', 'terampil', 'pemula'] as const) {
    if (!d.position(`${satpol.bidang.get('damkar')}-damkar-${grade}`))
      d.jf(satpol.unit, satpol.bidang.get('damkar')!, JF.damkar, grade, { size: [2, 8] });
  }

  addSampleTeams(d, { setda, inspektorat });
  return d.toStructure(SAMPLE_TITLE);
}
