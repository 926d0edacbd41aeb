// Sekretariat Daerah, Sekretariat DPRD and Inspektorat, after Gambar 1–3 of Perwali Pangkal Pinang
// 51/2023 (L356–412): Sekda → Asisten → Kepala Bagian → Kepala Sub Bagian where the Setda kept them;
// Sekretaris DPRD → Kepala Bagian; Inspektur → Sekretaris and Inspektur Pembantu → Auditor and P2UPD.
import { JF, PELAKSANA, type JfKind, type PelaksanaKind } from './catalog.ts';
import type { StructureDraft } from './draft.ts';
import { staffGroups } from './build-agency.ts';
import { ROMAN } from './staffing.ts';

interface BagianSpec {
  key: string;
  name: string;
  jf: JfKind[];
  pelaksana: PelaksanaKind[];
  /** Sub Bagian the Setda still has (not every Bagian was simplified the same way). */
  subbag?: string[];
}

const ASISTEN: { key: string; name: string; bagian: BagianSpec[] }[] = [
  {
    key: 'as1', name: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
    bagian: [
      { key: 'tapem', name: 'Tata Pemerintahan', jf: [JF.ak], pelaksana: [PELAKSANA.penataPemerintahan, PELAKSANA.kewilayahan] },
      { key: 'kesra', name: 'Kesejahteraan Rakyat', jf: [JF.ak], pelaksana: [PELAKSANA.penelaah] },
      { key: 'hukum', name: 'Hukum', jf: [JF.perancang, JF.hukum], pelaksana: [PELAKSANA.pengolahData], subbag: ['Dokumentasi dan Informasi Hukum'] }
    ]
  },
  {
    key: 'as2', name: 'Asisten Perekonomian dan Pembangunan',
    bagian: [
      { key: 'perekonomian', name: 'Perekonomian dan Sumber Daya Alam', jf: [JF.ak], pelaksana: [PELAKSANA.penelaah] },
      { key: 'adpem', name: 'Administrasi Pembangunan', jf: [JF.ak, JF.perencana], pelaksana: [PELAKSANA.pengolahData] },
      { key: 'pbj', name: 'Pengadaan Barang dan Jasa', jf: [JF.pbj], pelaksana: [PELAKSANA.penelaah], subbag: ['Pengelolaan Layanan Pengadaan Secara Elektronik'] }
    ]
  },
  {
    key: 'as3', name: 'Asisten Administrasi Umum',
    bagian: [
      { key: 'umum', name: 'Umum', jf: [JF.arsiparis], pelaksana: [PELAKSANA.pengadministrasi], subbag: ['Tata Usaha Pimpinan', 'Rumah Tangga'] },
      { key: 'organisasi', name: 'Organisasi', jf: [JF.ak, JF.sdm], pelaksana: [PELAKSANA.penelaah] },
      { key: 'renkeu', name: 'Perencanaan dan Keuangan', jf: [JF.perencana], pelaksana: [PELAKSANA.pengolahData], subbag: ['Keuangan'] }
    ]
  }
];

export interface SetdaRefs {
  unit: string;
  sekda: string;
  asisten: string[];
  /** Kepala Bagian by key (tapem, hukum, organisasi, …). */
  bagian: Map<string, string>;
}

export function buildSetda(d: StructureDraft, detail: number): SetdaRefs {
  const unit = d.unit('setda', 'Sekretariat Daerah', 'setda');
  const sekda = d.official(unit, 'setda-sekda', 'Sekretaris Daerah', 'jpt_pratama', null, { classGrade: 15 });
  const asisten: string[] = [];
  const bagian = new Map<string, string>();
  for (const a of ASISTEN) {
    const as = d.official(unit, `setda-${a.key}`, a.name, 'jpt_pratama', sekda);
    asisten.push(as);
    const count = Math.max(2, Math.round(a.bagian.length * Math.min(1, detail + 0.4)));
    for (const b of a.bagian.slice(0, count)) {
      const kabag = d.official(unit, `setda-bag-${b.key}`, `Kepala Bagian ${b.name}`, 'administrator', as);
      bagian.set(b.key, kabag);
      for (const kind of b.jf) staffGroups(d, unit, kabag, kind, detail);
      for (const kind of b.pelaksana) d.pelaksana(unit, kabag, kind);
      // Pangkal Pinang L371–373: a Kepala Sub Bagian of the Setda assigns and rates Pelaksana only.
      (b.subbag ?? []).forEach((name, i) => {
        const kasubbag = d.official(unit, `${kabag}-subbag-${i + 1}`, `Kepala Sub Bagian ${name}`, 'pengawas', kabag);
        d.pelaksana(unit, kasubbag, i % 2 === 0 ? PELAKSANA.pengadministrasi : PELAKSANA.pengelolaUmum);
      });
    }
  }
  return { unit, sekda, asisten, bagian };
}

export interface SetwanRefs {
  unit: string;
  sekwan: string;
  bagian: Map<string, string>;
}

export function buildSetwan(d: StructureDraft, detail: number): SetwanRefs {
  const unit = d.unit('setwan', 'Sekretariat DPRD', 'setwan');
  const sekwan = d.official(unit, 'setwan-sekwan', 'Sekretaris DPRD', 'jpt_pratama', null);
  const bagian = new Map<string, string>();
  const umum = d.official(unit, 'setwan-bag-umum', 'Kepala Bagian Umum', 'administrator', sekwan);
  bagian.set('umum', umum);
  const subbag = d.official(unit, 'setwan-bag-umum-subbag-uk', 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', umum);
  d.pelaksana(unit, subbag, PELAKSANA.pengadministrasi, { size: [2, 5] });
  d.pelaksana(unit, subbag, PELAKSANA.pengelolaUmum, { size: [2, 6] });
  staffGroups(d, unit, umum, JF.humas, detail);
  staffGroups(d, unit, umum, JF.arsiparis, detail);
  const sidang = d.official(unit, 'setwan-bag-sidang', 'Kepala Bagian Persidangan dan Perundang-undangan', 'administrator', sekwan);
  bagian.set('sidang', sidang);
  staffGroups(d, unit, sidang, JF.perisalah, detail);
  staffGroups(d, unit, sidang, JF.perancang, detail);
  d.pelaksana(unit, sidang, PELAKSANA.penelaah);
  const keuangan = d.official(unit, 'setwan-bag-keuangan', 'Kepala Bagian Keuangan', 'administrator', sekwan);
  bagian.set('keuangan', keuangan);
  d.pelaksana(unit, keuangan, PELAKSANA.penelaah);
  d.pelaksana(unit, keuangan, PELAKSANA.pengolahData);
  if (detail >= 0.8) staffGroups(d, unit, keuangan, JF.perencana, detail);
  return { unit, sekwan, bagian };
}

export interface InspektoratRefs {
  unit: string;
  inspektur: string;
  sekretaris: string;
  irban: string[];
}

/** Every jenjang of Auditor and P2UPD appears: Ahli Utama under the Inspektur, the rest under the Irban. */
export function buildInspektorat(d: StructureDraft, detail: number): InspektoratRefs {
  const unit = d.unit('inspektorat', 'Inspektorat', 'inspektorat');
  const inspektur = d.official(unit, 'inspektorat-inspektur', 'Inspektur', 'jpt_pratama', null);
  const sekretaris = d.official(unit, 'inspektorat-sek', 'Sekretaris', 'administrator', inspektur);
  const subbag = d.official(unit, 'inspektorat-sek-subbag-auk', 'Kepala Sub Bagian Administrasi Umum dan Keuangan', 'pengawas', sekretaris);
  d.pelaksana(unit, subbag, PELAKSANA.pengadministrasi);
  d.pelaksana(unit, subbag, PELAKSANA.penelaah);
  staffGroups(d, unit, sekretaris, JF.perencana, detail);
  d.jf(unit, inspektur, JF.auditor, 'ahli_utama', { count: 1 });
  d.jf(unit, inspektur, JF.p2upd, 'ahli_utama', { count: 1 });
  const irbanCount = detail < 0.5 ? 2 : 4;
  const irban: string[] = [];
  for (let i = 0; i < irbanCount; i++) {
    const id = d.official(unit, `inspektorat-irban-${i + 1}`, `Inspektur Pembantu Wilayah ${ROMAN[i]}`, 'administrator', inspektur);
    irban.push(id);
    for (const grade of ['ahli_madya', 'ahli_muda', 'ahli_pertama'] as const) {
      d.jf(unit, id, JF.auditor, grade);
      d.jf(unit, id, JF.p2upd, grade);
    }
    // Auditor keterampilan (Terampil–Penyelia), spread over the Irban.
    d.jf(unit, id, JF.auditor, (['penyelia', 'mahir', 'terampil'] as const)[i % 3]);
  }
  return { unit, inspektur, sekretaris, irban };
}
