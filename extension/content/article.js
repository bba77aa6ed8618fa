/* Finds the article on a live news page: the story's body and headline, without navigation,
 * rails, comments or footers. A small port of the idea behind Readability's scoring (paragraph
 * text and commas count for their parent, links count against), applied to the live DOM without
 * cloning it, so that offsets map straight back to the page's own text nodes. */
(() => {
  'use strict';
  const NM = (globalThis.Newsmark = globalThis.Newsmark || {});

  const NOISE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG']);
  const NOISE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'menu', 'menubar']);
  const NOISE_WORDS = new Set(['comment', 'comments', 'related', 'share', 'sharing', 'social', 'promo', 'newsletter',
    'advert', 'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'sidebar', 'cookie', 'cookies', 'consent',
    'subscribe', 'subscription', 'recirc', 'popular', 'trending', 'footer', 'nav', 'navbar', 'menu', 'breadcrumb',
    'breadcrumbs', 'outbrain', 'taboola', 'paywall', 'most', 'signup', 'toolbar', 'masthead', 'rail', 'widget']);

  // parts of class names that mark noise even inside a longer name ("jp-relatedposts")
  const NOISE_PARTS = ['related', 'comment', 'sidebar', 'advert', 'sponsor', 'outbrain', 'taboola', 'recirc',
    'newsletter', 'promo', 'cookie', 'subscribe', 'social', 'sharing', 'paywall', 'trending', 'mostread', 'most-read'];

  function classText(el) {
    return ((typeof el.className === 'string' ? el.className : '') + ' ' + (el.id || '')).toLowerCase();
  }

  function words(el) {
    return classText(el).split(/[^a-z0-9]+/).filter(Boolean);
  }

  // noise whatever its size: other stories, galleries of them, comment threads
  const ALWAYS_NOISE_PARTS = ['related', 'outbrain', 'taboola', 'gallery', 'carousel', 'slideshow', 'widget', 'recirc'];

  function alwaysNoise(el) {
    const c = classText(el);
    return ALWAYS_NOISE_PARTS.some((p) => c.includes(p)) || words(el).some((w) => w === 'comments' || w === 'comment');
  }

  function noiseClass(el) {
    const c = classText(el);
    return NOISE_PARTS.some((p) => c.includes(p)) || words(el).some((w) => NOISE_WORDS.has(w));
  }

  function linkDensity(el) {
    const total = el.textContent.length || 1;
    let links = 0;
    for (const a of el.querySelectorAll('a')) links += a.textContent.length;
    return links / total;
  }

  /** Elements that are never the story: navigation, asides, footers, forms, by tag or role. */
  function structuralNoise(el) {
    if (NOISE_TAGS.has(el.tagName)) return true;
    const role = el.getAttribute('role');
    return !!(role && NOISE_ROLES.has(role));
  }

  // what a page says about the story rather than the story: bylines, time stamps, credits,
  // author notes, tag lists, and posts embedded from elsewhere (tweets, Instagram, TikTok)
  const ABOUT_WORDS = new Set(['byline', 'bylines', 'byl', 'author', 'authors', 'contributor', 'contributors',
    'timestamp', 'timestamps', 'published', 'updated', 'pubdate', 'credit', 'credits', 'copyright', 'bio', 'tags',
    'topics', 'keywords', 'meta', 'tweet', 'embed', 'oembed', 'instagram', 'tiktok']);
  const ABOUT_PARTS = ['byline', 'twitter-tweet', 'instagram-media', 'tiktok-embed', 'fb-post', 'social-embed', 'author-bio',
    'photo-credit', 'image-credit'];
  const ABOUT_ATTRS = (el) => el.getAttribute('rel') === 'author' || /\bauthor\b|\bdate(Published|Modified)\b/.test(el.getAttribute('itemprop') || '');

  function aboutTheStory(el) {
    if (el.tagName === 'ADDRESS' || ABOUT_ATTRS(el)) return true;
    if (el.tagName === 'TIME') return timeStamp(el);
    if (!(el.className || el.id)) return false;
    const c = classText(el);
    return (ABOUT_PARTS.some((p) => c.includes(p)) || words(el).some((w) => ABOUT_WORDS.has(w))) && !el.querySelector('h1');
  }

  /** A <time> that stands alone or after "Updated" is the page's stamp; one inside a sentence
   * ("the vote on <time>Tuesday</time>") is the story's. */
  function timeStamp(el) {
    const around = el.parentElement && shortText(el.parentElement, 160);
    if (around == null) return false;
    const rest = around.replace(el.textContent.replace(/\s+/g, ' ').trim(), ' ');
    return /^[\s\p{P}|]*((last\s+)?(updated|published|posted|modified)(\s+(on|at))?)?[\s\p{P}|]*$/iu.test(rest);
  }

  /** The first `max` characters of an element's text, or null when it has more: a block's
   * lead-in is read without reading the whole block (this runs on every block of the story). */
  function shortText(el, max) {
    let out = '';
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      out += n.nodeValue;
      if (out.length > max * 2) return null;
    }
    out = out.replace(/\s+/g, ' ').trim();
    return out.length > max ? null : out;
  }

  // lead-ins of the short lines that pages put between a story's paragraphs
  const BYLINE = /^(By|BY)\s+\p{Lu}/u; // and no sentence after it: see byline()
  const STAMP = /^(last\s+)?(updated|published|posted|modified|first published)\b(\s+(on|at))?\s*:?\s+\S/i;
  const PROMO = /^(read more|read next|more|related|see also|also read|also see|recommended|watch|listen|sign up|subscribe|follow us|click here|photo|image|credit|video|advertisement)\b\s*[:|—–-]/i;
  const RAIL_HEADING = /^(most (read|popular|viewed|shared|watched)|more (on this( story)?|from [\p{L} ]+|stories|news|to read)|related( (stories|articles|topics|coverage|content|links))?|top stories|recommended( for you)?|trending( now)?|you may also like|read (more|next)|editor'?s picks|share (this|the) (article|story)|topics|tags)$/iu;
  const BLOCKS = new Set(['P', 'DIV', 'SPAN', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'FIGCAPTION']);

  /** A short block whose words say it is not the story: "By Jane Roe", "Updated: 4 March",
   * "Read more: …", "Photo: STR/AFP", a heading such as "Most read". Its case matters: "By the
   * end of the year …" is the story. */
  function lineAbout(el) {
    if (!BLOCKS.has(el.tagName)) return false;
    const t = shortText(el, 160);
    if (!t) return false;
    if (/^H[2-6]$/.test(el.tagName)) return RAIL_HEADING.test(t.replace(/[:.]$/, ''));
    return byline(t) || STAMP.test(t) || PROMO.test(t);
  }

  /** "By Jane Roe and J. Smith, Reuters", not "By Tuesday, officials had left." */
  const byline = (t) => t.length <= 100 && BYLINE.test(t) && !/\p{Ll}{2}[.!?]$/u.test(t) && !/,\s+\p{Ll}/u.test(t);

  /** Elements inside the article that are not part of the story. Cheap tests first: this runs
   * on every element of the article while its text is collected. `storyChars` is the length of
   * the article's text: a class or id that says "related", "comments", "sidebar"… marks noise
   * unless the element holds most of the story (layouts name their main column
   * "…-sidebar-right-…" too). */
  NM.isNoise = function isNoise(el, storyChars = 0) {
    if (structuralNoise(el)) return true;
    if ((el.className || el.id) && noiseClass(el) && (alwaysNoise(el) || paragraphChars(el) < Math.max(400, storyChars * 0.5))) return true;
    if (aboutTheStory(el) && paragraphChars(el) < Math.max(400, storyChars * 0.5)) return true;
    if (lineAbout(el)) return true;
    // link lists (menus, "related" rails) inside the body
    if ((el.tagName === 'UL' || el.tagName === 'OL') && el.childElementCount > 1 && linkDensity(el) > 0.6) return true;
    return false;
  };

  /** Characters of paragraph text under an element: the story's own measure. */
  function paragraphChars(el) {
    let n = 0;
    for (const p of el.getElementsByTagName('p')) n += p.textContent.length;
    return n;
  }

  /** An element's parent, across the boundary of an open shadow root (to its host). */
  const parentOf = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;

  /** Elements matching `selector` under `root`, also inside the open shadow roots below it (a
   * page may hold its whole story in a web component). Closed shadow roots are out of reach and
   * left alone. */
  function deepAll(root, selector) {
    const out = [...root.querySelectorAll(selector)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
    return out;
  }

  function insideNoise(el, stop) {
    for (let e = el; e && e !== stop; e = parentOf(e)) if (structuralNoise(e)) return true;
    return false;
  }

  function paragraphScore(p) {
    const t = p.textContent.trim();
    if (t.length < 25) return 0;
    return 1 + (t.match(/,/g) || []).length + Math.min(Math.floor(t.length / 100), 3);
  }

  /** Returns { roots, exclude } for Newsmark.collect, or null when the page has no article. */
  NM.findArticle = function findArticle(doc = document) {
    const body = doc.body;
    if (!body) return null;
    const scores = new Map();
    const subtree = new Map(); // all paragraph score below an element
    const add = (el, s) => { if (el && el !== doc.documentElement) scores.set(el, (scores.get(el) || 0) + s); };
    for (const p of deepAll(body, 'p, pre, td, blockquote')) {
      if (insideNoise(p, body)) continue;
      const s = paragraphScore(p);
      if (!s) continue;
      const parent = parentOf(p);
      add(parent, s);
      add(parent && parentOf(parent), s / 2);
      for (let e = parent; e && e !== body; e = parentOf(e)) subtree.set(e, (subtree.get(e) || 0) + s);
    }
    // link density only for the strongest candidates (it walks the subtree)
    const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 8);
    let best = null, bestScore = 0;
    for (const [el, s] of top) {
      const adj = s * (1 - linkDensity(el));
      if (adj > bestScore) { best = el; bestScore = adj; }
    }
    // prefer a semantic container that holds the winner and little else
    const semantic = doc.querySelector('[itemprop~="articleBody"]') || (best && best.closest('article, [role="article"]'));
    if (semantic && best && semantic.contains(best) && semantic.textContent.length < best.textContent.length * 2.5) best = semantic;
    if (!best || bestScore < 3) return null;
    // a story split over several containers (sections, "supplemental" blocks): climb while the
    // parent holds much more of the story's paragraphs and is not a link farm
    // parent holds much more of the story's paragraphs and is not a link farm; wrappers that add
    // nothing are passed through
    for (let a = parentOf(best); a && a !== body; a = parentOf(a)) {
      const here = subtree.get(a) || 0, cur = subtree.get(best) || 0;
      if (here >= cur * 1.4) {
        if (linkDensity(a) >= 0.3) break;
        best = a;
      } else if (here > cur * 1.05) {
        break;
      }
    }
    // a sibling that continues the story (split bodies) joins it
    const roots = [best];
    if (best.parentElement) {
      for (const sib of best.parentElement.children) {
        if (sib === best) continue;
        const s = scores.get(sib) || 0;
        if (s >= Math.max(3, bestScore * 0.2) && !NM.isNoise(sib) && linkDensity(sib) < 0.25) roots.push(sib);
      }
      roots.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    }
    // the headline, when it sits outside the body
    const h1 = doc.querySelector('article h1, main h1, h1');
    if (h1 && !roots.some((r) => r.contains(h1)) && (h1.compareDocumentPosition(roots[0]) & Node.DOCUMENT_POSITION_FOLLOWING)) roots.unshift(h1);
    const storyChars = roots.reduce((n, r) => n + paragraphChars(r), 0);
    return { roots, exclude: (el) => NM.isNoise(el, storyChars) };
  };

  /** The language the page gives for `el`'s text: the nearest `lang` attribute (the story's own,
   * else the page's), or null. The core tells the language from the text when there is none, and
   * overrules a page that calls a French story English. */
  NM.languageOf = function languageOf(el) {
    const withLang = el && el.closest && el.closest('[lang]');
    return (withLang && withLang.getAttribute('lang').trim()) || null;
  };

  /* The article's metadata, by the same rules as the core's reading of HTML (src/html.rs,
   * `metadata`), so that an export from the page and one from the CLI on the saved page agree:
   * the first non-empty value of each meta in document order; canonical link, else og:url;
   * og:title, else <title>; JSON-LD's datePublished and author name when no meta gives them. */
  const META_SLOTS = {
    'og:title': 'ogTitle', 'og:url': 'ogUrl', 'og:site_name': 'outlet',
    author: 'author', 'article:author': 'author', byl: 'author', 'parsely-author': 'author', 'sailthru.author': 'author',
    'article:published_time': 'published', datepublished: 'published', pubdate: 'published', publishdate: 'published',
    date: 'published', 'dc.date': 'published', 'dc.date.issued': 'published', 'parsely-pub-date': 'published', 'sailthru.date': 'published',
  };
  const jsonLdString = (body, key) => {
    const m = body.match(new RegExp('"' + key + '"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"'));
    if (!m) return null;
    try { return JSON.parse('"' + m[1] + '"').trim() || null; } catch (_) { return null; }
  };
  NM.pageMeta = function pageMeta(doc = document) {
    const found = {};
    for (const el of doc.querySelectorAll('meta[content]')) {
      const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').trim().toLowerCase();
      const content = el.getAttribute('content').trim();
      const slot = META_SLOTS[key];
      if (slot && content && !found[slot]) found[slot] = content;
    }
    for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
      const body = s.textContent || '';
      if (!found.published) found.published = jsonLdString(body, 'datePublished');
      if (!found.author) {
        const a = body.indexOf('"author"');
        if (a >= 0) found.author = jsonLdString(body.slice(a), 'name') || jsonLdString(body.slice(a), 'author');
      }
    }
    const canonical = [...doc.querySelectorAll('link[rel][href]')].find((l) => l.getAttribute('rel').split(/\s+/).some((r) => r.toLowerCase() === 'canonical'));
    const title = (doc.querySelector('title')?.textContent || '').split(/\s+/).filter(Boolean).join(' ');
    return {
      url: (canonical && canonical.href) || found.ogUrl || doc.location?.href || null,
      title: found.ogTitle || title || null,
      outlet: found.outlet || null,
      author: found.author || null,
      published: found.published || null,
      accessed: new Date().toISOString().slice(0, 10),
    };
  };
})();
