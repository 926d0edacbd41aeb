// How a regulation and a basis are cited in text: "Peraturan Bupati Karanganyar Nomor 50 Tahun 2023".
import type { Basis, Variant } from './variant.ts';

export function regulationName(v: Variant): string {
  const place = v.identity.region.replace(/^(Kabupaten|Kota)\s+/i, '');
  return `${v.identity.instrument} ${place} Nomor ${v.identity.number} Tahun ${v.identity.year}`;
}

export function citeBasis(b: Basis): string {
  return `${b.ref}${b.lines ? ` (${b.lines})` : ''}`;
}
