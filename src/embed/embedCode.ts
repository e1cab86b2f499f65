/**
 * Embedding a chart in someone else's page, the way Datawrapper and Flourish do: an `<iframe>` of the app's
 * chrome-less view (`?embed=<chart id>` or `?embed=all` for the linked panels), plus a few lines of script for the
 * host page that size each such iframe to its content. The embedded page posts its height whenever it changes
 * (its width follows the host's, so its charts reflow); one message shape serves any number of iframes on a page,
 * each matched by the window that sent it. Nothing is requested from any other server. Pure: no DOM.
 */
import { takeParam } from '../state/url';

/** The `type` of the size message an embedded view posts to its host page. */
export const SIZE_MESSAGE = 'ai-talent-flows:size';

/** The message an embedded view posts to its host: its content's height in CSS pixels. */
export interface SizeMessage {
  type: typeof SIZE_MESSAGE;
  /** The document's full height, in CSS px, rounded up. */
  height: number;
  /** Which embed it is (a chart id or `all`), for hosts that log it. */
  embed: string;
}

/** True when `data` (a `message` event's) is a size message. */
export function isSizeMessage(data: unknown): data is SizeMessage {
  const d = data as Partial<SizeMessage> | null;
  return (
    !!d &&
    d.type === SIZE_MESSAGE &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0
  );
}

/**
 * The host page's script: on a size message, the iframe whose window sent it takes that height. Guarded so that
 * pasting the code twice (two charts in one article) installs the listener once.
 */
export const HOST_SCRIPT = [
  '(function(){if(window.__aiTalentFlowsEmbeds)return;window.__aiTalentFlowsEmbeds=1;',
  'addEventListener("message",function(e){var d=e.data;',
  `if(!d||d.type!=="${SIZE_MESSAGE}"||typeof d.height!=="number")return;`,
  'var f=document.querySelectorAll("iframe[data-ai-talent-flows]");',
  'for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px";',
  '});})();',
].join('');

/**
 * The embed code for `src` (the chrome-less view's absolute URL): an iframe as wide as its column, first sized at
 * `initialHeight` px until the view reports its own height, titled `title` for screen readers, then the host
 * script.
 */
export function embedCode(src: string, title: string, initialHeight = 480): string {
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" data-ai-talent-flows loading="lazy"`,
    `  style="width:100%;height:${initialHeight}px;border:0;display:block"></iframe>`,
    `<script>${HOST_SCRIPT}</script>`,
  ].join('\n');
}

/**
 * The chrome-less view's URL for `embed` (a chart id or `all`), keeping the view the reader built: `search` is the
 * explorer's current query string (filter, options, language, theme), minus anything about presenting.
 */
export function embedUrl(base: string, embed: string, search: string): string {
  const rest = viewParams(search);
  return `${base}?${[`embed=${encodeURIComponent(embed)}`, ...(rest ? [rest] : [])].join('&')}`;
}

/**
 * The view's part of a query string: everything but presenting, slides and embedding, kept as the app wrote it
 * (`company=google,openai`, not re-encoded). Without `?`; '' when nothing is left.
 */
export function viewParams(search: string): string {
  return ['present', 'step', 'deck', 'embed']
    .reduce((rest, name) => takeParam(rest, name).rest, search)
    .replace(/^\?/, '');
}
