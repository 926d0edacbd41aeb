// Hand-made structures for the layout and render tests, shaped like SOTK figures: a Dinas with its
// Sekretariat, Bidang, Seksi and JF/Pelaksana; a Kecamatan with many Kelurahan (wide fan-out).
import { Builder } from '../helpers/build.ts';
import type { Structure } from '../../../src/lib/domain/structure.ts';
import type { Scene, SceneNode, BoxNode, Rect, Point } from '../../../src/lib/layout/scene.ts';
import { isBox } from '../../../src/lib/layout/scene.ts';
import { segmentCrossesRect } from '../../../src/lib/layout/geometry.ts';

export function dinasWithPuskesmas(puskesmas = 8, extra: (b: Builder) => void = () => {}): Structure {
  const b = new Builder('dinas', 'Dinas Kesehatan');
  const dinas = b.current;
  const kadis = b.pos('Kepala Dinas Kesehatan', 'jpt_pratama', null, { id: 'kadis' });
  b.pos('Epidemiolog Kesehatan Ahli Madya', 'fungsional', kadis, { id: 'epid-madya', grade: 'ahli_madya', count: 2 });
  const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sek' });
  const kasubag = b.pos('Kepala Sub Bagian Umum dan Kepegawaian', 'pengawas', sek, { id: 'kasubag-uk' });
  b.pos('Pengadministrasi Perkantoran', 'pelaksana', kasubag, { id: 'adm', count: 3 });
  b.pos('Kepala Sub Bagian Keuangan dan Aset', 'pengawas', sek, { id: 'kasubag-keu' });
  b.pos('Perencana Ahli Muda', 'fungsional', sek, { id: 'perencana', grade: 'ahli_muda', count: 2 });
  for (const [id, name] of [
    ['kesmas', 'Kesehatan Masyarakat'],
    ['p2p', 'Pencegahan dan Pengendalian Penyakit'],
    ['yankes', 'Pelayanan dan Sumber Daya Kesehatan']
  ]) {
    const kabid = b.pos(`Kepala Bidang ${name}`, 'administrator', kadis, { id: `kabid-${id}` });
    const kasi = b.pos(`Kepala Seksi ${name}`, 'pengawas', kabid, { id: `kasi-${id}` });
    b.pos('Nutrisionis Ahli Muda', 'fungsional', kabid, { id: `nutri-${id}`, grade: 'ahli_muda', count: 3 });
    b.pos('Bidan Terampil', 'fungsional', kabid, { id: `bidan-${id}`, grade: 'terampil', count: 4 });
    b.pos('Pengelola Layanan Kesehatan', 'pelaksana', kasi, { id: `pl-${id}`, count: 2 });
  }
  for (let i = 1; i <= puskesmas; i++) {
    b.unit('puskesmas', `UPTD Puskesmas Desa ${i}`, dinas, `pkm-${i}`);
    const kapus = b.pos('Kepala Puskesmas', 'fungsional', kadis, { id: `kapus-${i}`, grade: 'ahli_madya' });
    b.pos('Dokter Ahli Pertama', 'fungsional', kapus, { id: `dokter-${i}`, grade: 'ahli_pertama', count: 2 });
    b.pos('Perawat Terampil', 'fungsional', kapus, { id: `perawat-${i}`, grade: 'terampil', count: 5 });
  }
  extra(b);
  return b.done();
}

export function kecamatan(kelurahan = 12): Structure {
  const b = new Builder('kecamatan', 'Kecamatan Sukamaju');
  const kec = b.current;
  const camat = b.pos('Camat', 'administrator', null, { id: 'camat' });
  const sekcam = b.pos('Sekretaris Kecamatan', 'pengawas', camat, { id: 'sekcam' });
  b.pos('Pengadministrasi Perkantoran', 'pelaksana', sekcam, { id: 'kec-adm', count: 2 });
  for (const s of ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Pemberdayaan Masyarakat']) b.pos(`Kepala Seksi ${s}`, 'pengawas', camat);
  for (let i = 1; i <= kelurahan; i++) {
    b.unit('kelurahan', `Kelurahan Mekar ${i}`, kec, `kel-${i}`);
    const lurah = b.pos('Lurah', 'pengawas', camat, { id: `lurah-${i}` });
    const seklur = b.pos('Sekretaris Kelurahan', 'pengawas', lurah, { id: `seklur-${i}` });
    b.pos('Pengadministrasi Perkantoran', 'pelaksana', seklur, { id: `kel-adm-${i}`, count: 2 });
    b.pos('Kepala Seksi Pemerintahan', 'pengawas', lurah, { id: `kasi-pem-${i}` });
    b.pos('Kepala Seksi Pemberdayaan Masyarakat', 'pengawas', lurah, { id: `kasi-pm-${i}` });
  }
  return b.done();
}

/** Two top-level units side by side, to check that one does not move when the other changes. */
export function twoAgencies(extraBappeda = 0): Structure {
  const b = new Builder('dinas', 'Dinas Pendidikan');
  const kadis = b.pos('Kepala Dinas Pendidikan', 'jpt_pratama', null, { id: 'kadis-dik' });
  const sek = b.pos('Sekretaris', 'administrator', kadis, { id: 'sek-dik' });
  b.pos('Kepala Sub Bagian Umum', 'pengawas', sek, { id: 'kasubag-dik' });
  for (let i = 1; i <= 3; i++) {
    const kabid = b.pos(`Kepala Bidang Pendidikan ${i}`, 'administrator', kadis, { id: `kabid-dik-${i}` });
    b.pos('Pengembang Teknologi Pembelajaran Ahli Muda', 'fungsional', kabid, { id: `ptp-${i}`, grade: 'ahli_muda', count: 2 });
  }
  b.unit('badan', 'Badan Perencanaan Pembangunan Daerah', null, 'bappeda');
  const kaban = b.pos('Kepala Badan', 'jpt_pratama', null, { id: 'kaban' });
  for (let i = 1; i <= 2 + extraBappeda; i++) {
    const kabid = b.pos(`Kepala Bidang Perencanaan ${i}`, 'administrator', kaban, { id: `kabid-bap-${i}` });
    b.pos('Perencana Ahli Muda', 'fungsional', kabid, { id: `perencana-${i}`, grade: 'ahli_muda', count: 1 });
  }
  return b.done();
}

export function boxes(scene: Scene): BoxNode[] {
  return scene.nodes.filter(isBox);
}

export function segments(points: readonly Point[]): [Point, Point][] {
  const out: [Point, Point][] = [];
  for (let i = 1; i < points.length; i++) out.push([points[i - 1], points[i]]);
  return out;
}

export function isOrthogonal(points: readonly Point[]): boolean {
  return segments(points).every(([a, b]) => Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01);
}

/** Boxes whose interior an edge passes through. */
export function boxesCrossed<T extends Rect>(points: readonly Point[], all: readonly T[]): T[] {
  return all.filter((r) => segments(points).some(([a, b]) => segmentCrossesRect(a, b, r)));
}

export function nodeOf(scene: Scene, positionId: string): SceneNode | undefined {
  const place = scene.places[positionId];
  return place && scene.nodes.find((n) => n.id === place.nodeId);
}
