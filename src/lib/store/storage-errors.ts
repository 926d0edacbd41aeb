// IndexedDB failures in words an analyst can act on. The browser (and dexie, which wraps its errors)
// reports them by name; the user needs to know what happened to their work and what to do next.
// Pure: no dexie import, so it classifies errors from any layer (and from tests with fake errors).

export type StorageProblemKind = 'quota' | 'blocked' | 'upgrade-blocked' | 'newer-version' | 'closed' | 'unknown';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** What happened (Bahasa Indonesia). */
  message: string;
  /** What to do about it (Bahasa Indonesia). */
  action: string;
}

/** Every name and message along the error's chain (dexie puts the browser's error in `inner`). */
function chain(e: unknown): { names: string[]; text: string } {
  const names: string[] = [];
  const texts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (typeof cur === 'object') {
      const o = cur as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
      if (typeof o.name === 'string') names.push(o.name);
      if (typeof o.message === 'string') texts.push(o.message);
      cur = o.inner ?? o.cause;
    } else {
      texts.push(String(cur));
      cur = undefined;
    }
  }
  return { names, text: texts.join(' · ') };
}

const SAVE_COPY = 'Unduh salinan proyek sekarang agar pekerjaan tidak hilang';

export function describeStorageError(e: unknown): StorageProblem {
  const { names, text } = chain(e);
  const has = (...xs: string[]) => names.some((n) => xs.includes(n));
  if (has('QuotaExceededError') || /quota/i.test(text))
    return {
      kind: 'quota',
      message: 'Penyimpanan peramban penuh: perubahan terakhir belum tersimpan.',
      action: `${SAVE_COPY}, lalu kosongkan ruang (hapus proyek atau versi lama yang tidak dipakai, atau data situs lain di pengaturan peramban) dan muat ulang halaman.`
    };
  if (has('UpgradeBlockedError') || /blocked/i.test(text))
    return {
      kind: 'upgrade-blocked',
      message: 'Basis data Bagan Kerja sedang diperbarui, tetapi tab lain yang masih memakai versi lama menahannya.',
      action: 'Tutup (atau muat ulang) tab Bagan Kerja lain yang terbuka; halaman ini melanjutkan sendiri sesudahnya.'
    };
  if (has('VersionError'))
    return {
      kind: 'newer-version',
      message: 'Data di peramban ini dibuat oleh versi Bagan Kerja yang lebih baru daripada halaman ini.',
      action: 'Muat ulang halaman (Ctrl+Shift+R) agar memakai versi terbaru; bila masih gagal, tutup semua tab Bagan Kerja lalu buka lagi.'
    };
  if (has('DatabaseClosedError', 'VersionChangeError'))
    return {
      kind: 'closed',
      message: 'Sambungan ke penyimpanan peramban terputus (versi baru Bagan Kerja dibuka di tab lain, atau data situs dihapus): perubahan terakhir belum tersimpan.',
      action: `${SAVE_COPY}, lalu muat ulang halaman.`
    };
  if (has('MissingAPIError', 'SecurityError', 'InvalidStateError', 'OpenFailedError', 'NotAllowedError') || /insecure|denied|not allowed|private/i.test(text))
    return {
      kind: 'blocked',
      message: 'Peramban tidak mengizinkan Bagan Kerja menyimpan data (penyimpanan situs diblokir atau jendela penyamaran/pribadi).',
      action:
        'Izinkan penyimpanan data untuk situs ini (pengaturan peramban → Privasi → Cookie dan data situs) atau buka di jendela biasa, lalu muat ulang. Sampai itu, tidak ada yang tersimpan di peramban: unduh salinan sebelum menutup halaman.'
    };
  return {
    kind: 'unknown',
    message: `Perubahan belum tersimpan: ${text || 'kesalahan penyimpanan peramban yang tidak dikenal'}.`,
    action: `${SAVE_COPY}, lalu muat ulang halaman.`
  };
}
