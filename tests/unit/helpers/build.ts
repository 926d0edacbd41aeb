// A tiny builder for hand-made structures in tests, so oracle cases read like the regulation's figures:
//   const s = build('dinas', (b) => { const kadis = b.pos('Kepala Dinas', 'jpt_pratama'); b.pos('Analis', 'fungsional', kadis, { grade: 'ahli_muda' }); });
import { StructureSchema, type Position, type Structure, type Unit } from '../../../src/lib/domain/structure.ts';
import type { Grade, Level, UnitType } from '../../../src/lib/domain/vocabulary.ts';
import { checkIntegrity } from '../../../src/lib/domain/integrity.ts';

type Extra = Partial<Omit<Position, 'id' | 'unit' | 'title' | 'level' | 'parent'>> & { id?: string; unit?: string; grade?: Grade };

export class Builder {
  units: Unit[] = [];
  positions: Position[] = [];
  teams: Structure['teams'] = [];
  assignments: Structure['assignments'] = [];
  current: string;
  private n = 0;

  constructor(type: UnitType, name = 'Unit Uji') {
    this.current = this.unit(type, name, null);
  }

  unit(type: UnitType, name: string, parent: string | null = null, id?: string): string {
    const uid = id ?? `u${this.units.length + 1}`;
    this.units.push({ id: uid, name, type, parent });
    this.current = uid;
    return uid;
  }

  /** Adds a position in the current unit (or extra.unit) and returns its id. */
  pos(title: string, level: Level, parent: string | null = null, extra: Extra = {}): string {
    const id = extra.id ?? `p${++this.n}`;
    const { id: _ignored, unit, ...rest } = extra;
    this.positions.push({ id, unit: unit ?? this.current, title, level, parent, ...rest } as Position);
    return id;
  }

  team(name: string, owner: string, members: string[], lead: string | null = null, id?: string): string {
    const tid = id ?? `t${this.teams.length + 1}`;
    this.teams.push({ id: tid, name, owner, members, lead });
    return tid;
  }

  done(): Structure {
    const s = StructureSchema.parse({ format: 'bagan-kerja', version: 1, title: 'Uji', units: this.units, positions: this.positions, teams: this.teams, assignments: this.assignments });
    const problems = checkIntegrity(s);
    if (problems.length) throw new Error(`Struktur uji tidak sah: ${JSON.stringify(problems)}`);
    return s;
  }
}

export function build(type: UnitType, fill: (b: Builder) => void, name?: string): Structure {
  const b = new Builder(type, name);
  fill(b);
  return b.done();
}
