// Builds the Analysis (schemaVersion 1) as a plain object from what src/wasm.rs packs: `ints`
// (integers, field by field; 0xFFFFFFFF is an absent optional; a string is its UTF-16 length),
// `nums` (figure values) and `strs` (the strings, end to end). Texts of mentions, cues and
// speakers are slices of `text`, the caller's string. Keys come in the contract's order, so the
// object serialises exactly as the CLI's JSON.
const NONE = 0xffffffff;
const MENTION = ['person', 'organization', 'place', 'figure'];
const FIGURE = ['money', 'percent', 'count', 'quantity', 'date', 'time', 'duration', 'ordinal'];
const QUOTE = ['direct', 'indirect'];

export function decode(ints, nums, strs, text) {
  let i = 0, n = 0, s = 0;
  const int = () => ints[i++];
  const opt = () => { const x = ints[i++]; return x === NONE ? null : x; };
  const str = () => { const len = ints[i++]; if (len === NONE) return null; const x = strs.slice(s, s + len); s += len; return x; };
  const list = () => { const len = ints[i++]; const out = new Array(len); for (let k = 0; k < len; k++) out[k] = ints[i++]; return out; };

  const schemaVersion = int();
  const language = str();
  const figuresOnly = int() === 1;
  const mentions = new Array(int());
  for (let k = 0; k < mentions.length; k++) {
    const start = int(), end = int();
    const m = { start, end, text: text.slice(start, end), kind: MENTION[int()] };
    const entity = opt();
    if (entity !== null) m.entity = entity;
    if (int()) {
      const f = { kind: FIGURE[int()] };
      const b = int(); // which of value, low, high are in `nums` (in that order), approx, bound, minor
      if (b & 1) f.value = nums[n++];
      if (b & 2) f.low = nums[n++];
      if (b & 4) f.high = nums[n++];
      const unit = str();
      if (unit !== null) f.unit = unit;
      if (b & 8) f.approx = true;
      if (b & 16) f.bound = 'min';
      else if (b & 32) f.bound = 'max';
      const iso = str();
      if (iso !== null) f.iso = iso;
      const counts = str();
      if (counts !== null) f.counts = counts;
      if (b & 64) f.minor = true;
      m.figure = f;
    }
    const confidence = opt();
    if (confidence !== null) m.confidence = confidence / 100;
    mentions[k] = m;
  }
  const entities = new Array(int());
  for (let k = 0; k < entities.length; k++) {
    const kind = MENTION[int()];
    const name = str();
    const aliases = new Array(int());
    for (let a = 0; a < aliases.length; a++) aliases[a] = str();
    const role = str();
    entities[k] = { id: k, kind, name, aliases, role, mentions: list() };
  }
  const quotes = new Array(int());
  for (let k = 0; k < quotes.length; k++) {
    const start = int(), end = int(), kind = QUOTE[int()];
    let cue = null, speaker = null;
    if (int()) { const a = int(), b = int(); cue = { start: a, end: b, text: text.slice(a, b) }; }
    if (int()) {
      const a = int(), b = int();
      speaker = { start: a, end: b, text: text.slice(a, b), entity: opt(), name: str() };
    }
    const q = { start, end, kind, cue, speaker };
    const nf = int();
    if (nf !== NONE) {
      const fragments = new Array(nf);
      for (let f = 0; f < nf; f++) fragments[f] = [int(), int()];
      q.fragments = fragments;
    }
    if (int()) q.relayed = true;
    const confidence = opt();
    if (confidence !== null) q.confidence = confidence / 100;
    quotes[k] = q;
  }
  const speakers = new Array(int());
  for (let k = 0; k < speakers.length; k++) {
    const entity = opt(), name = str(), role = str();
    speakers[k] = { entity, name, role, quotes: list() };
  }
  const organizations = list(), people = list(), places = list();
  const figures = new Array(int());
  for (let k = 0; k < figures.length; k++) figures[k] = { mentions: list() };
  const summary = { speakers, organizations, people, places, figures, unattributed: list() };
  const ng = int();
  if (ng) {
    summary.groups = new Array(ng);
    for (let k = 0; k < ng; k++) {
      const what = str(), kind = FIGURE[int()], figs = list();
      summary.groups[k] = { what, kind, figures: figs, disagree: int() === 1 };
    }
  }
  const nw = int();
  if (nw) {
    summary.watch = new Array(nw);
    for (let k = 0; k < nw; k++) {
      const item = int(), text = str(), pattern = int() === 1, group = str(), color = str();
      summary.watch[k] = { item, text, pattern, group, color, hits: int(), entities: list(), quotes: list(), figures: list() };
    }
  }
  const a = figuresOnly ? { schemaVersion, language, figuresOnly, mentions, entities, quotes, summary } : { schemaVersion, language, mentions, entities, quotes, summary };
  const nh = int();
  if (nh) {
    a.watch = new Array(nh);
    for (let k = 0; k < nh; k++) a.watch[k] = { item: int(), start: int(), end: int() };
  }
  return a;
}

const encoder = new TextEncoder();

export function utf16_len(text) {
  return typeof text === 'string' ? text.length : -1;
}

export function encode_into(text, buf) {
  return encoder.encodeInto(text, buf).written;
}
