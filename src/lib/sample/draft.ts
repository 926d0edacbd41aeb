// The mutable builder behind the sample and the generator: adds units and positions with believable
// formasi (count), bezetting (holders), kebutuhan (need) and kelas jabatan, and keeps ids unique.
import type { Assignment, Position, Structure, Team, Unit } from '../domain/structure.ts';
import { GRADE_LABEL, GRADE_RANK, type Grade, type Level, type UnitType } from '../domain/vocabulary.ts';
import { GOLONGAN, JF_CLASS, PELAKSANA_CLASS, SCHOOLING_DEGREE, type JfKind, type PelaksanaKind } from './catalog.ts';
import { personName, type Degree } from './names.ts';
import type { Random } from './random.ts';

export interface OfficialOptions {
  id?: string;
  classGrade?: number;
  /** A vacant post (lowongan): no holder. */
  vacant?: boolean;
  degree?: Degree;
  managerial?: boolean;
}

export interface StaffOptions {
  id?: string;
  /** Formasi in the box; drawn from `size` when absent. */
  count?: number;
  size?: [number, number];
  terdampak?: boolean;
  workUnder?: string;
  managerial?: boolean;
}

export interface DraftMark {
  units: number;
  positions: number;
  teams: number;
  assignments: number;
  ids: number;
}

const GRADE_SLUG: Record<Grade, string> = {
  ahli_utama: 'utama',
  ahli_madya: 'madya',
  ahli_muda: 'muda',
  ahli_pertama: 'pertama',
  penyelia: 'penyelia',
  mahir: 'mahir',
  terampil: 'terampil',
  pemula: 'pemula'
};

/** Fewer people for higher jenjang, as in any Peta Jabatan. */
const GROUP_SIZE: Record<Grade, [number, number]> = {
  ahli_utama: [1, 1],
  ahli_madya: [1, 3],
  ahli_muda: [1, 5],
  ahli_pertama: [1, 6],
  penyelia: [1, 3],
  mahir: [1, 5],
  terampil: [1, 6],
  pemula: [1, 4]
};

export class StructureDraft {
  readonly units: Unit[] = [];
  readonly positions: Position[] = [];
  readonly teams: Team[] = [];
  readonly assignments: Assignment[] = [];
  private readonly ids = new Set<string>();
  private readonly idLog: string[] = [];
  private readonly byId = new Map<string, Position>();

  constructor(readonly random: Random) {}

  /** `base`, or `base-2`, `base-3`, … when taken; unit and position ids share one namespace. */
  freshId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    this.idLog.push(id);
    return id;
  }

  /** A point to roll back to: the generator tries a block and drops it when it overshoots the size. */
  mark(): DraftMark {
    return { units: this.units.length, positions: this.positions.length, teams: this.teams.length, assignments: this.assignments.length, ids: this.idLog.length };
  }

  rollback(m: DraftMark): void {
    this.units.length = m.units;
    this.positions.length = m.positions;
    this.teams.length = m.teams;
    this.assignments.length = m.assignments;
    for (const id of this.idLog.splice(m.ids)) {
      this.ids.delete(id);
      this.byId.delete(id);
    }
  }

  position(id: string): Position | undefined {
    return this.byId.get(id);
  }

  /** Kelompok JF of a unit (optionally under one official) whose title starts with `name`, highest jenjang first. */
  boxes(unit: string, name: string, parent?: string): Position[] {
    return this.positions
      .filter((p) => p.unit === unit && p.level === 'fungsional' && p.title.startsWith(name + ' ') && (parent === undefined || p.parent === parent))
      .sort((a, b) => GRADE_RANK[b.grade!] - GRADE_RANK[a.grade!]);
  }

  /** The highest Kelompok JF of `name` in `unit`; the sample's teams are built from these. */
  box(unit: string, name: string, parent?: string): string {
    const found = this.boxes(unit, name, parent)[0];
    if (!found) throw new Error(`Tidak ada jabatan fungsional "${name}" di unit "${unit}"`);
    return found.id;
  }

  unit(id: string, name: string, type: UnitType, parent: string | null = null): string {
    const uid = this.freshId(id);
    this.units.push({ id: uid, name, type, parent });
    return uid;
  }

  official(unit: string, id: string, title: string, level: Level, parent: string | null, options: OfficialOptions = {}): string {
    const pid = this.freshId(options.id ?? id);
    const degree = options.degree ?? (level === 'pengawas' ? 'sarjana' : 'magister');
    const p: Position = {
      id: pid,
      unit,
      title,
      level,
      parent,
      count: 1,
      holders: options.vacant ? [] : [personName(this.random, degree)],
      classGrade: options.classGrade ?? OFFICIAL_CLASS[level],
      need: 1
    };
    if (options.managerial) p.managerial = true;
    return this.add(p);
  }

  /** A Kelompok JF box: `kind` at one jenjang, placed under `parent`. */
  jf(unit: string, parent: string, kind: JfKind, grade: Grade, options: StaffOptions = {}): string {
    if (!kind.grades.includes(grade)) throw new Error(`${kind.name} tidak memiliki jenjang ${GRADE_LABEL[grade]}`);
    const pid = this.freshId(options.id ?? `${parent}-${kind.key}-${GRADE_SLUG[grade]}`);
    const count = options.count ?? this.drawCount(options.size ?? GROUP_SIZE[grade]);
    const p: Position = {
      id: pid,
      unit,
      title: `${kind.name} ${GRADE_LABEL[grade]}`,
      level: 'fungsional',
      grade,
      parent,
      ...this.staffing(count, kind.degree),
      classGrade: JF_CLASS[grade]
    };
    if (options.terdampak) p.terdampak = true;
    if (options.workUnder) p.workUnder = options.workUnder;
    if (options.managerial) p.managerial = true;
    return this.add(p);
  }

  /** A JF who leads a unit kerja mandiri (Kepala Puskesmas, Kepala Sekolah, Kepala UPT fungsional). */
  jfHead(unit: string, id: string, title: string, kind: JfKind, grade: Grade, parent: string | null): string {
    if (!kind.grades.includes(grade)) throw new Error(`${kind.name} tidak memiliki jenjang ${GRADE_LABEL[grade]}`);
    return this.add({
      id: this.freshId(id),
      unit,
      title,
      level: 'fungsional',
      grade,
      parent,
      count: 1,
      holders: [personName(this.random, kind.degree)],
      classGrade: JF_CLASS[grade],
      need: 1
    });
  }

  pelaksana(unit: string, parent: string, kind: PelaksanaKind, options: StaffOptions = {}): string {
    const pid = this.freshId(options.id ?? `${parent}-pl-${kind.key}`);
    const count = options.count ?? this.drawCount(options.size ?? [1, 4]);
    const p: Position = {
      id: pid,
      unit,
      title: kind.name,
      level: 'pelaksana',
      parent,
      ...this.staffing(count, SCHOOLING_DEGREE[kind.schooling]),
      classGrade: PELAKSANA_CLASS[kind.schooling]
    };
    // Golongan matters only for single posts (Ketua Tim criterion for a Pelaksana); a box has many.
    if (count === 1 && p.holders!.length === 1 && this.random.chance(0.6)) p.golongan = this.random.pick(GOLONGAN[kind.schooling]);
    if (options.workUnder) p.workUnder = options.workUnder;
    return this.add(p);
  }

  team(id: string, name: string, owner: string, members: string[], lead: string | null, decree?: string): string {
    const team: Team = { id: this.freshId(id), name, owner, lead, members };
    if (decree) team.decree = decree;
    this.teams.push(team);
    return team.id;
  }

  assignment(a: Assignment): string {
    this.freshId(a.id);
    this.assignments.push(a);
    return a.id;
  }

  toStructure(title: string): Structure {
    return { format: 'bagan-kerja', version: 1, title, units: this.units, positions: this.positions, teams: this.teams, assignments: this.assignments };
  }

  private add(p: Position): string {
    this.positions.push(p);
    this.byId.set(p.id, p);
    return p.id;
  }

  private drawCount([min, max]: [number, number]): number {
    return this.random.int(min, max);
  }

  /** Holders ≤ count (some vacancies); kebutuhan sometimes above the formasi, so B−K can be negative. */
  private staffing(count: number, degree: Degree): Pick<Position, 'count' | 'holders' | 'need'> {
    const vacant = this.random.chance(0.3) ? this.random.int(1, Math.max(1, Math.ceil(count / 3))) : 0;
    const filled = Math.max(0, count - vacant);
    const holders = Array.from({ length: filled }, () => personName(this.random, degree));
    const roll = this.random.next();
    const need = roll < 0.25 ? count + this.random.int(1, 3) : roll < 0.35 ? Math.max(1, count - 1) : count;
    return { count, holders, need };
  }
}

/** Default kelas jabatan of a structural post; callers override for Sekda (15) and ex-eselon IIIb/IVb. */
const OFFICIAL_CLASS: Record<Level, number> = {
  jpt_pratama: 14,
  administrator: 12,
  pengawas: 9,
  fungsional: 8,
  pelaksana: 5
};
