// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchWeight, parseUnicodeRange, planFaces } from './catalog';
import { embedFonts, textUsage, unicodeRange, type FontFileLoader } from './embed';
import { loadSubsetter, type Subsetter } from './harfbuzz';
import { woffToSfnt } from './woff';

const modules = resolve(__dirname, '../../../node_modules');
const loadFromDisk: FontFileLoader = async (family, fileName) =>
  new Uint8Array(readFileSync(resolve(modules, '@fontsource', family.stem, 'files', fileName)));
let subsetter: Subsetter;
beforeAll(async () => {
  subsetter = await loadSubsetter(readFileSync(resolve(modules, 'harfbuzzjs/dist/harfbuzz-subset.wasm')));
});

/** The characters a TrueType font maps, read back with fontkit (an independent parser). */
function charactersOf(ttf: Uint8Array): string {
  const font = fontkit.create(Buffer.from(ttf)) as unknown as { characterSet: number[] };
  return font.characterSet
    .filter((cp) => cp !== 0xffff)
    .map((cp) => String.fromCodePoint(cp))
    .join('');
}

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg"><title>Not drawn: Z</title>${body}</svg>`;

describe('woffToSfnt', () => {
  it('unwraps a WOFF file into a font fontkit can read', () => {
    const woff = readFileSync(
      resolve(modules, '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    );
    const sfnt = woffToSfnt(new Uint8Array(woff));
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    expect([...'Hello, 36Kr'].every((c) => charactersOf(sfnt).includes(c))).toBe(true);
  });
  it('rejects what is not a font', () =>
    expect(() => woffToSfnt(new TextEncoder().encode('<html>…'))).toThrow('not a WOFF'));
});

describe('font catalog', () => {
  it('parses unicode ranges', () =>
    expect(parseUnicodeRange('U+0000-00FF,U+0131')).toEqual([
      [0, 255],
      [305, 305],
    ]));
  it('matches weights as CSS does', () => {
    expect(matchWeight([400, 700], 600)).toBe(700);
    expect(matchWeight([400, 600, 700], 600)).toBe(600);
    expect(matchWeight([400, 700], 500)).toBe(400);
    expect(matchWeight([400, 700], 300)).toBe(400);
  });
  it('sends Latin to Noto Sans and Chinese to Noto Sans TC', () => {
    const faces = planFaces(new Map([[400, new Set(['A', '氪'].map((c) => c.codePointAt(0)!))]]));
    expect(faces.map((f) => [f.family.family, f.weight])).toEqual([
      ['Noto Sans', 400],
      ['Noto Sans TC', 400],
    ]);
  });
  it('writes compact unicode ranges', () =>
    expect(unicodeRange([0x41, 0x42, 0x43, 0x5a])).toBe('U+41-43,U+5A'));
});

describe('embedFonts', () => {
  it('counts drawn text by weight, not titles', () => {
    const doc = new DOMParser().parseFromString(
      svg('<g font-weight="700"><text>Ab</text></g><text>c<tspan font-weight="600">d</tspan></text>'),
      'image/svg+xml',
    );
    const usage = textUsage(doc);
    expect([...usage.get(700)!].map((c) => String.fromCodePoint(c))).toEqual(['A', 'b']);
    expect([...usage.get(400)!].map((c) => String.fromCodePoint(c))).toEqual(['c']);
    expect([...usage.get(600)!].map((c) => String.fromCodePoint(c))).toEqual(['d']);
  });

  it('keeps exactly the glyphs in use, Latin and Chinese alike', async () => {
    const input = svg('<text>Meta 36</text><text font-weight="700">OpenAI 氪</text>');
    const { svg: out, faces } = await embedFonts(input, subsetter, loadFromDisk);
    const rules = [
      ...out.matchAll(
        /font-family:"([^"]+)";font-style:normal;font-weight:(\d+);src:url\(data:font\/ttf;base64,([^)]+)\)/g,
      ),
    ];
    const drawn = Object.fromEntries(
      rules.map(([, family, weight, data]) => [
        `${family} ${weight}`,
        charactersOf(Uint8Array.from(atob(data!), (c) => c.charCodeAt(0))),
      ]),
    );
    expect(drawn).toEqual({
      'Noto Sans 400': ' 36Maet',
      'Noto Sans 700': ' AIOenp',
      'Noto Sans TC 700': '氪',
    });
    expect(faces).toHaveLength(3);
    // Titles are not drawn, so "Z" and "N" are in no font.
    expect(Object.values(drawn).join('')).not.toMatch(/[ZN]/);
  });

  it('leaves the document well-formed with the style first', async () => {
    const { svg: out } = await embedFonts(svg('<text>Hi</text>'), subsetter, loadFromDisk);
    const doc = new DOMParser().parseFromString(out, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.firstElementChild?.tagName).toBe('style');
  });

  it('changes nothing when there is no text', async () => {
    const input = svg('<rect width="1" height="1"/>');
    expect((await embedFonts(input, subsetter, loadFromDisk)).svg).toBe(input);
  });
});
