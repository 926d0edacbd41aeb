// A Dinas or Badan (Gambar 4 of Perwali Pangkal Pinang 51/2023, L414–431): Kepala (JPT Pratama),
// Sekretaris with its Sub Bagian, Kepala Bidang, Kepala Seksi under some Bidang, and Kelompok JF
// and Pelaksana under each official.
import type { UnitType } from '../domain/vocabulary.ts';
import { PELAKSANA, type JfKind } from './catalog.ts';
import type { AgencyTemplate } from './agency-templates.ts';
import type { StructureDraft } from './draft.ts';
import { gradesFor, slug } from './staffing.ts';

export interface AgencyRefs {
  unit: string;
  head: string;
  sekretaris: string;
  /** Kepala Bidang by the template's bidang key. */
  bidang: Map<string, string>;
}

/** `detail` in (0, 1.5]: share of the template's Bidang, Seksi and jenjang to draw. */
export function buildAgency(d: StructureDraft, t: AgencyTemplate, detail: number, type: UnitType = t.type): AgencyRefs {
  const r = d.random;
  const unit = d.unit(t.key, t.name, type, null);
  const headSuffix = type === 'dinas' ? 'kadis' : type === 'badan' ? 'kaban' : 'kepala';
  const head = d.official(unit, `${unit}-${headSuffix}`, `Kepala ${t.name}`, 'jpt_pratama', null);
  const sekretaris = d.official(unit, `${unit}-sek`, 'Sekretaris', 'administrator', head);

  const subbagUk = d.official(unit, `${sekretaris}-subbag-uk`, 'Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sekretaris);
  d.pelaksana(unit, subbagUk, PELAKSANA.pengadministrasi);
  if (r.chance(0.5)) d.pelaksana(unit, subbagUk, PELAKSANA.pengelolaUmum);
  if (detail >= 0.8 && r.chance(0.5)) {
    const subbagKeu = d.official(unit, `${sekretaris}-subbag-keu`, 'Kepala Sub Bagian Keuangan dan Aset', 'pengawas', sekretaris);
    d.pelaksana(unit, subbagKeu, PELAKSANA.penelaah, { size: [1, 3] });
  }
  for (const kind of t.sekretariatJf ?? []) staffGroups(d, unit, sekretaris, kind, detail);
  d.pelaksana(unit, sekretaris, PELAKSANA.pengolahData);

  const bidangCount = Math.max(1, Math.ceil(t.bidang.length * Math.min(1, detail + 0.3)));
  const bidang = new Map<string, string>();
  for (const b of t.bidang.slice(0, bidangCount)) {
    const kabid = d.official(unit, `${unit}-bid-${b.key}`, `Kepala Bidang ${b.name}`, 'administrator', head, { classGrade: 11, vacant: r.chance(0.06) });
    bidang.set(b.key, kabid);
    const seksi = (b.seksi ?? []).filter(() => r.chance(Math.min(1, 0.8 * detail)));
    const kasi = seksi.map((name) => d.official(unit, `${kabid}-seksi-${slug(name)}`, `Kepala Seksi ${name}`, 'pengawas', kabid, { vacant: r.chance(0.06) }));
    for (const kind of b.jf) {
      // Lower jenjang sometimes sit under a Kepala Seksi, who rates JF too (Pangkal Pinang L425–427).
      staffGroups(d, unit, kabid, kind, detail, kasi.length > 0 ? () => r.pick(kasi) : undefined);
    }
    const pelaksana = b.pelaksana ?? [PELAKSANA.penelaah];
    pelaksana.forEach((kind, i) => d.pelaksana(unit, kasi.length > 0 ? kasi[i % kasi.length] : kabid, kind));
  }
  return { unit, head, sekretaris, bidang };
}

/** One box per jenjang drawn; some Ahli Muda/Madya are terdampak (former Kasi/Kasubbid). */
export function staffGroups(d: StructureDraft, unit: string, parent: string, kind: JfKind, detail: number, lowerParent?: () => string): string[] {
  const r = d.random;
  return gradesFor(r, kind, detail).map((grade) => {
    const low = grade === 'ahli_pertama' || grade === 'terampil' || grade === 'pemula';
    const under = low && lowerParent && r.chance(0.3) ? lowerParent() : parent;
    const terdampak = (grade === 'ahli_muda' || grade === 'ahli_madya') && r.chance(0.15);
    return d.jf(unit, under, kind, grade, { terdampak, managerial: terdampak && r.chance(0.5) });
  });
}
