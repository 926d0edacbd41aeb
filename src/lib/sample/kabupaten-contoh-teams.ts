// Tim Kerja and penugasan of the sample: teams inside one unit, across units (Bappeda with Dinas PUPR
// and Diskominfo; Dinas Kesehatan with its Puskesmas), one whose Ketua comes from outside the owner
// unit, and penugasan lintas unit, sukarela and lintas instansi (seed-000 §6.3–6.6).
import type { InspektoratRefs, SetdaRefs } from './build-secretariats.ts';
import type { StructureDraft } from './draft.ts';

interface SampleRefs {
  setda: SetdaRefs;
  inspektorat: InspektoratRefs;
}

export function addSampleTeams(d: StructureDraft, refs: SampleRefs): void {
  const { setda, inspektorat } = refs;
  const organisasi = setda.bagian.get('organisasi')!;
  const boxesIn = (unit: string, name: string, max: number) => d.boxes(unit, name).slice(0, max).map((p) => p.id);

  const rpjmdLead = 'bappeda-kaban-perencana-madya';
  d.team('tim-rpjmd', 'Tim Kerja Penyusunan RPJMD', 'bappeda', [
    rpjmdLead,
    ...boxesIn('bappeda', 'Perencana', 3).filter((id) => id !== rpjmdLead),
    d.box('dpupr', 'Penata Ruang'),
    d.box('diskominfo', 'Statistisi'),
    d.box('diskominfo', 'Pranata Komputer')
  ], rpjmdLead, 'Keputusan Kepala Badan Perencanaan Pembangunan Daerah Nomor 050/112/Bappeda/2025');

  const stuntingLead = d.box('dinkes', 'Nutrisionis');
  const puskesmasMembers = d.units
    .filter((u) => u.type === 'puskesmas')
    .flatMap((u) => [...d.boxes(u.id, 'Nutrisionis'), ...d.boxes(u.id, 'Bidan')].slice(0, 1).map((p) => p.id));
  d.team('tim-stunting', 'Tim Kerja Percepatan Penurunan Stunting', 'dinkes', [
    stuntingLead,
    d.box('dinkes', 'Tenaga Promosi Kesehatan'),
    ...puskesmasMembers
  ], stuntingLead, 'Keputusan Kepala Dinas Kesehatan Nomor 440/87/Dinkes/2025');

  d.team('tim-dbd', 'Tim Kerja Pengendalian Demam Berdarah Dengue', 'dinkes', [
    d.box('dinkes', 'Epidemiolog Kesehatan'),
    ...boxesIn('dinkes', 'Tenaga Sanitasi Lingkungan', 2)
  ], d.box('dinkes', 'Epidemiolog Kesehatan'));

  // The Ketua comes from Diskominfo while Bagian Organisasi (Setda) owns the target.
  const digitalLead = d.box('diskominfo', 'Pranata Komputer');
  d.team('tim-digital', 'Tim Kerja Transformasi Digital Pelayanan Publik', 'setda', [
    d.box('setda', 'Analis Kebijakan', organisasi),
    digitalLead,
    d.box('disdukcapil', 'Administrator Database Kependudukan')
  ], digitalLead, 'Keputusan Sekretaris Daerah Nomor 800/45/Org/2025');

  d.team('tim-perbup', 'Tim Kerja Harmonisasi Rancangan Peraturan Bupati', 'setda', [
    ...boxesIn('setda', 'Perancang Peraturan Perundang-undangan', 2),
    ...boxesIn('setda', 'Analis Hukum', 2)
  ], d.box('setda', 'Perancang Peraturan Perundang-undangan'));

  const reviu = [
    ...d.boxes(inspektorat.unit, 'Auditor').filter((p) => p.parent === inspektorat.irban[0] || p.parent === inspektorat.irban[1]).map((p) => p.id)
  ];
  d.team('tim-reviu-lkpd', 'Tim Kerja Reviu Laporan Keuangan Pemerintah Daerah', inspektorat.unit, reviu, reviu[0]);

  // A team without a Ketua yet: the PUO has not appointed one (Pangkal Pinang L337 "dapat").
  d.team('tim-sakip', 'Tim Kerja Evaluasi SAKIP', 'setda', d.boxes('setda', 'Analis Kebijakan', organisasi).map((p) => p.id), null);

  d.assignment({
    id: 'penugasan-aptika-dukcapil', assignee: d.boxes('diskominfo', 'Pranata Komputer')[1]?.id ?? digitalLead, owner: 'disdukcapil',
    mode: 'penunjukan', purpose: 'Pengembangan aplikasi layanan administrasi kependudukan daring',
    competence: 'Pengembangan aplikasi berbasis web', target: 'Aplikasi layanan daring beroperasi di seluruh kecamatan',
    duration: '6 bulan', start: '2025-07-01', end: '2025-12-31', status: 'disetujui'
  });
  d.assignment({
    id: 'penugasan-sukarela-bappeda', assignee: d.boxes('setda', 'Analis Kebijakan', organisasi).at(-1)!.id, owner: 'bappeda',
    mode: 'sukarela', purpose: 'Penyusunan kajian kelembagaan untuk RPJMD', competence: 'Analisis kebijakan kelembagaan',
    target: 'Naskah kajian kelembagaan', duration: '3 bulan', start: '2025-08-01', end: '2025-10-31', status: 'diajukan'
  });
  d.assignment({
    id: 'penugasan-lintas-instansi-epid', assignee: d.box('dinkes', 'Epidemiolog Kesehatan'), owner: null,
    externalInstansi: 'Dinas Kesehatan Provinsi Contoh', mode: 'penunjukan',
    purpose: 'Penyelidikan epidemiologi kejadian luar biasa campak tingkat provinsi', competence: 'Surveilans dan penyelidikan epidemiologi',
    target: 'Laporan penyelidikan epidemiologi dan rekomendasi penanggulangan',
    duration: '2 bulan', start: '2025-09-01', end: '2025-10-31', status: 'terbit'
  });
}
