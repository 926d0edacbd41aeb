// Prefill of the lampiran title block from the chosen variant's identity. The figures go into the
// lampiran of that regulation (e.g. Perbup Tabanan 107/2023, whose Lampiran carries the kedudukan
// patterns), so its heading, number, year, subject and signer are the natural starting values; the
// analyst edits them for a new or amended regulation.
import type { Variant } from '../../domain/variant.ts';
import type { Lampiran } from '../../render/figure-parts.ts';

type Identity = Variant['identity'];

/** "Kabupaten Tabanan" → { office: "BUPATI", place: "TABANAN" }; "Kota Pangkal Pinang" → WALI KOTA. */
function headOf(identity: Identity): { office: string; place: string } {
  const region = identity.region.trim();
  const kota = /^kota\s+/i.exec(region);
  const kab = /^kabupaten\s+/i.exec(region);
  const place = region.slice((kota ?? kab)?.[0].length ?? 0).toUpperCase();
  if (kota || identity.instrument === 'Peraturan Wali Kota') return { office: 'WALI KOTA', place };
  return { office: 'BUPATI', place };
}

/**
 * Signer as written in the variants: "Juliyatmono, Bupati Karanganyar", "I Komang Gede Sanjaya (Bupati
 * Tabanan)", "Helldy Agustian, Wali Kota Cilegon (diundangkan oleh …)": the name is what comes first.
 */
export function signerName(signer: string | undefined): string {
  if (!signer) return '';
  const name = signer.split(/[,(]/)[0].trim();
  return /^(bupati|wali\s*kota)\b/i.test(name) ? '' : name;
}

export function lampiranFromIdentity(identity: Identity): Lampiran {
  const { office, place } = headOf(identity);
  return {
    regulation: `PERATURAN ${office} ${place}`.trim(),
    number: identity.instrument === 'Rancangan' ? '' : identity.number,
    year: String(identity.year),
    about: identity.title.toUpperCase(),
    signerOffice: `${office} ${place}`.trim(),
    signerName: signerName(identity.signer).toUpperCase()
  };
}

/** "Gambar 1 Bagan Sistem Kerja Dinas Kesehatan". */
export function defaultCaption(figureNumber: number, subject: string): string {
  return `Gambar ${figureNumber} Bagan Sistem Kerja ${subject}`.trim();
}
