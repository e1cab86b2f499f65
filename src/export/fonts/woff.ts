/**
 * WOFF 1.0 → SFNT (TrueType/OpenType) so harfbuzz can read the app's self-hosted fonts, which ship as WOFF.
 * WOFF 1.0 is the SFNT's tables, each zlib-compressed when that made it smaller (W3C WOFF 1.0, §3–5); decoding is
 * re-laying the tables out behind an SFNT header, with fflate doing the inflating. No browser-ready, maintained
 * library does this step alone, and it is a few dozen lines.
 */
import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/**
 * Decodes a WOFF 1.0 file into the SFNT it wraps. A buffer that is already an SFNT is returned unchanged.
 * @throws Error when the data is neither WOFF 1.0 nor SFNT, or a table does not inflate to its stated size.
 */
export function woffToSfnt(data: Uint8Array): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const signature = view.getUint32(0);
  if (
    signature === 0x00010000 ||
    signature === 0x4f54544f /* OTTO */ ||
    signature === 0x74727565 /* true */
  ) {
    return data;
  }
  if (signature !== WOFF_SIGNATURE)
    throw new Error(`not a WOFF 1.0 font (signature 0x${signature.toString(16)})`);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    return {
      tag: view.getUint32(at),
      offset: view.getUint32(at + 4),
      compLength: view.getUint32(at + 8),
      origLength: view.getUint32(at + 12),
      checksum: view.getUint32(at + 16),
    };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + 16 * numTables;
  const total = tables.reduce((sum, t) => sum + pad4(t.origLength), headerLength);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  // The SFNT header's binary-search fields, from the table count.
  const power = 2 ** Math.floor(Math.log2(numTables));
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, numTables * 16 - power * 16);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const stored = data.subarray(table.offset, table.offset + table.compLength);
    const bytes = table.compLength < table.origLength ? unzlibSync(stored) : stored;
    if (bytes.length !== table.origLength) {
      throw new Error(`WOFF table ${i} inflates to ${bytes.length} bytes, not ${table.origLength}`);
    }
    const entry = 12 + i * 16;
    outView.setUint32(entry, table.tag);
    outView.setUint32(entry + 4, table.checksum);
    outView.setUint32(entry + 8, offset);
    outView.setUint32(entry + 12, table.origLength);
    out.set(bytes, offset);
    offset += pad4(table.origLength);
  });
  return out;
}
