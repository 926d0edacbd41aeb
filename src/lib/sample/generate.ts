// generateKabupaten({ positions, seed }): a seeded, deterministic kabupaten of about `positions`
// position records (100 to 20,000), with the sample's conventions and every unit type from 1,000 up.
// Used by `npm run bench`, property tests and the layout/render speed tests.
import type { Structure } from '../domain/structure.ts';
import { MORE_AGENCIES, SAMPLE_AGENCIES, SATPOL_PP, type AgencyTemplate } from './agency-templates.ts';
import { buildAgency, type AgencyRefs } from './build-agency.ts';
import { buildInspektorat, buildSetda, buildSetwan } from './build-secretariats.ts';
import { buildPuskesmas, buildRsud, buildSekolah, buildUpt } from './build-services.ts';
import { buildKecamatan, buildKelurahan } from './build-wilayah.ts';
import { PELAKSANA } from './catalog.ts';
import { StructureDraft } from './draft.ts';
import { addGeneratedTeams } from './generate-teams.ts';
import { PlaceNames } from './places.ts';
import { forkRandom } from './random.ts';
import { slug } from './staffing.ts';
import { UPT_TEMPLATES } from './upt-templates.ts';

export interface GenerateOptions {
  /** Wanted number of position records; the result is within ±5% (exact once the core fits). */
  positions: number;
  seed: number;
}

type Block = () => void;

const MAX_KECAMATAN = 50;
const MAX_PUSKESMAS = 120;
const MAX_UPT = 60;

/** After the core, a kabupaten grows by these, in this rhythm (schools are the most numerous). */
const RHYTHM = ['kecamatan', 'sekolah', 'puskesmas', 'agency', 'sekolah', 'upt', 'sekolah', 'kecamatan', 'puskesmas', 'sekolah'] as const;

export function generateKabupaten({ positions, seed }: GenerateOptions): Structure {
  const target = Math.max(1, Math.floor(positions));
  const d = new StructureDraft(forkRandom(seed, 'structure'));
  const r = d.random;
  const places = new PlaceNames(forkRandom(seed, 'places'));
  const kabupaten = places.take();
  // Small kabupaten get leaner Perangkat Daerah; from ~1,500 records every unit is drawn in full.
  const detail = Math.min(1, Math.max(0.3, target / 1500));

  const agencies = new Map<string, AgencyRefs>();
  const agencyQueue: AgencyTemplate[] = [...SAMPLE_AGENCIES, ...MORE_AGENCIES];
  const kecamatan: string[] = [];
  const counters = { sd: 0, smp: 0, pkm: 0, kec: 0, upt: 0 };

  const agencyBlock = (key?: string): Block | undefined => {
    const i = key ? agencyQueue.findIndex((t) => t.key === key) : 0;
    if (i < 0 || agencyQueue.length === 0) return undefined;
    const [t] = agencyQueue.splice(i, 1);
    return () => void agencies.set(t.key, buildAgency(d, t, detail));
  };
  const dinkes = () => agencies.get('dinkes');
  const disdik = () => agencies.get('disdikbud');
  const kecamatanBlock: Block = () => {
    const name = places.take();
    const kec = buildKecamatan(d, name, detail);
    kecamatan.push(name);
    counters.kec++;
    // Every fifth Kecamatan is a town with many Kelurahan; rural ones have few or none (only Desa).
    const kelurahan = counters.kec === 1 ? r.int(1, 3) : counters.kec % 5 === 0 ? r.int(8, 12) : r.int(0, 3);
    for (let i = 0; i < kelurahan; i++) buildKelurahan(d, kec, places.take(), detail);
  };
  const puskesmasBlock: Block = () => {
    const parent = dinkes();
    if (!parent) return;
    const n = ++counters.pkm;
    const place = kecamatan[n - 1] ?? places.take();
    buildPuskesmas(d, `pkm-${slug(place, 3)}`, `UPTD Puskesmas ${place}`, parent.unit, parent.head, detail, n % 4 === 1);
  };
  const sekolahBlock: Block = () => {
    const parent = disdik();
    if (!parent) return;
    const smp = (counters.sd + counters.smp) % 4 === 3;
    const n = smp ? ++counters.smp : ++counters.sd;
    const name = `${smp ? 'SMP' : 'SD'} Negeri ${n} ${kabupaten}`;
    buildSekolah(d, `${smp ? 'smpn' : 'sdn'}-${n}`, name, parent.unit, parent.head, smp || r.chance(0.2));
  };
  const uptBlock = (): Block | undefined => {
    const usable = UPT_TEMPLATES.filter((t) => agencies.has(t.parent) && (t.repeat || !d.units.some((u) => u.name === t.spec('', '').name)));
    if (usable.length === 0) return undefined;
    const t = usable[counters.upt++ % usable.length];
    const parent = agencies.get(t.parent)!;
    return () => void buildUpt(d, t.spec(places.take(), `upt-${counters.upt}`), parent.unit, parent.head, detail);
  };

  const core: (Block | undefined)[] = [
    () => void buildSetda(d, detail),
    agencyBlock('dinkes'),
    puskesmasBlock,
    agencyBlock('disdikbud'),
    sekolahBlock,
    kecamatanBlock,
    () => uptBlock()?.(),
    () => void buildInspektorat(d, detail),
    () => void buildSetwan(d, detail),
    () => {
      const parent = dinkes();
      if (parent) buildRsud(d, 'rsud', `Rumah Sakit Umum Daerah Kabupaten ${kabupaten}`, parent.unit, parent.head, detail);
    },
    agencyBlock('bappeda'),
    () => void buildAgency(d, SATPOL_PP, detail)
  ];

  let failures = 0;
  const attempt = (block: Block | undefined): void => {
    // A block that cannot grow (no parent left, nothing usable) counts as a failure too, or a small
    // target whose first blocks were rolled back would loop for ever.
    if (!block) return void failures++;
    const mark = d.mark();
    block();
    if (d.positions.length > target && mark.positions > 0) {
      d.rollback(mark);
      for (const [key, a] of agencies) if (!d.units.some((u) => u.id === a.unit)) agencies.delete(key);
      failures++;
    } else if (d.positions.length === mark.positions) failures++;
    else failures = 0;
  };
  for (const block of core) attempt(block);
  for (let step = 0; failures < RHYTHM.length && d.positions.length < target; step++) {
    const kind = grownKind(RHYTHM[step % RHYTHM.length], counters);
    attempt(kind === 'kecamatan' ? kecamatanBlock : kind === 'sekolah' ? sekolahBlock : kind === 'puskesmas' ? puskesmasBlock : kind === 'agency' ? agencyBlock() : uptBlock());
  }
  pad(d, target);
  addGeneratedTeams(d, agencies);
  return d.toStructure(`Pemerintah Kabupaten ${kabupaten}`);
}

/** Past the size of the largest real kabupaten (about 40 Kecamatan, 100 Puskesmas) only schools grow. */
function grownKind(kind: (typeof RHYTHM)[number], counters: { kec: number; pkm: number; upt: number }): (typeof RHYTHM)[number] {
  const full = (kind === 'kecamatan' && counters.kec >= MAX_KECAMATAN) || (kind === 'puskesmas' && counters.pkm >= MAX_PUSKESMAS) || (kind === 'upt' && counters.upt >= MAX_UPT);
  return full ? 'sekolah' : kind;
}

/** Fills the last few records with Pelaksana boxes under existing officials, for an exact size. */
function pad(d: StructureDraft, target: number): void {
  const officials = d.positions.filter((p) => p.level === 'administrator' || p.level === 'pengawas');
  const kinds = [PELAKSANA.pengadministrasi, PELAKSANA.pengolahData, PELAKSANA.penelaah, PELAKSANA.operatorLayanan];
  while (d.positions.length < target && officials.length > 0) {
    const parent = d.random.pick(officials);
    d.pelaksana(parent.unit, parent.id, d.random.pick(kinds));
  }
}
