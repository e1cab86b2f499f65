/**
 * Font subsetting with HarfBuzz's own subsetter (harfbuzzjs' `harfbuzz-subset.wasm`), driven through its C API:
 * the output keeps exactly the requested characters' glyphs (plus what their layout needs) and the tables a
 * renderer needs, cmap and kerning included, without hinting.
 */

interface HarfbuzzSubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, lengthPointer: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

/** Reads the font bytes into HarfBuzz's memory as it sees fit (HB_MEMORY_MODE_WRITABLE). */
const MEMORY_MODE_WRITABLE = 2;
const FLAG_NO_HINTING = 0x1;

/** Subsets SFNT fonts; create one with {@link loadSubsetter}. */
export interface Subsetter {
  /**
   * A copy of `font` (SFNT bytes) holding only the glyphs for `codepoints`.
   * @throws Error when HarfBuzz cannot read the font or subset it.
   */
  subset(font: Uint8Array, codepoints: Iterable<number>): Uint8Array;
}

/** Instantiates the subsetter from the bytes of `harfbuzz-subset.wasm`. */
export async function loadSubsetter(wasm: BufferSource): Promise<Subsetter> {
  const { instance } = await WebAssembly.instantiate(wasm, {});
  const hb = instance.exports as unknown as HarfbuzzSubsetExports;
  hb._initialize();
  return {
    subset(font, codepoints) {
      const pointer = hb.malloc(font.byteLength);
      new Uint8Array(hb.memory.buffer, pointer, font.byteLength).set(font);
      const blob = hb.hb_blob_create(pointer, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
      const face = hb.hb_face_create(blob, 0);
      hb.hb_blob_destroy(blob);
      const input = hb.hb_subset_input_create_or_fail();
      try {
        if (!input) throw new Error('HarfBuzz could not create a subset input');
        const set = hb.hb_subset_input_unicode_set(input);
        for (const codepoint of codepoints) hb.hb_set_add(set, codepoint);
        hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | FLAG_NO_HINTING);
        const subsetFace = hb.hb_subset_or_fail(face, input);
        if (!subsetFace) throw new Error('HarfBuzz could not subset the font');
        const result = hb.hb_face_reference_blob(subsetFace);
        const length = hb.hb_blob_get_length(result);
        const data = hb.hb_blob_get_data(result, 0);
        // Copy out before freeing: the wasm memory may be reused or grown.
        const bytes = new Uint8Array(hb.memory.buffer, data, length).slice();
        hb.hb_blob_destroy(result);
        hb.hb_face_destroy(subsetFace);
        if (!length) throw new Error('HarfBuzz produced an empty font');
        return bytes;
      } finally {
        if (input) hb.hb_subset_input_destroy(input);
        hb.hb_face_destroy(face);
        hb.free(pointer);
      }
    },
  };
}
