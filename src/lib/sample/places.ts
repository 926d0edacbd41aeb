// Fictional place names for Kecamatan, Kelurahan, Puskesmas and kabupaten, composed from common
// Indonesian toponym parts, so a generated kabupaten of any size never runs out of names.
import type { Random } from './random.ts';

const HEAD = [
  'Suka', 'Mekar', 'Tanjung', 'Sido', 'Karang', 'Pasir', 'Sumber', 'Banjar', 'Cipta', 'Tegal', 'Bukit',
  'Rawa', 'Muara', 'Kali', 'Jati', 'Margo', 'Wono', 'Sri', 'Air', 'Batu', 'Padang', 'Lubuk', 'Sungai', 'Teluk'
];
const TAIL = [
  'maju', 'sari', 'jaya', 'rejo', 'asri', 'mulya', 'makmur', 'harjo', 'agung', 'indah', 'baru', 'luhur',
  'raya', 'tengah', 'utama', 'permai', 'mekar', 'damai', 'lestari', 'sejahtera'
];

/** Prefixes that read as separate words ("Tanjung Sari", not "Tanjungsari"). */
const SEPARATE = new Set(['Tanjung', 'Pasir', 'Bukit', 'Muara', 'Air', 'Batu', 'Padang', 'Lubuk', 'Sungai', 'Teluk', 'Rawa', 'Kali']);

function compose(head: string, tail: string): string {
  return SEPARATE.has(head) ? `${head} ${tail[0].toUpperCase()}${tail.slice(1)}` : `${head}${tail}`;
}

/** Hands out distinct names in a seeded order; after all combinations, adds "II", "III", …. */
export class PlaceNames {
  private readonly all: string[];
  private next = 0;

  constructor(random: Random, taken: readonly string[] = []) {
    const names = HEAD.flatMap((h) => TAIL.map((t) => compose(h, t))).filter((n) => !taken.includes(n));
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [names[i], names[j]] = [names[j], names[i]];
    }
    this.all = names;
  }

  take(): string {
    const round = Math.floor(this.next / this.all.length);
    const name = this.all[this.next % this.all.length];
    this.next++;
    return round === 0 ? name : `${name} ${round + 1}`;
  }
}
