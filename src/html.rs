//! HTML to article text for the CLI: the `<article>` element when there is one (else `<body>`),
//! without scripts, styles, navigation, headers, footers, asides and forms; block elements become
//! paragraphs; character references decoded. The extension does its own detection on the live DOM.
//! [`metadata`] reads what the page says about the article (URL, title, outlet, author, date),
//! by the same rules as the extension's `content/article.js`.

const SKIP: &[&str] = &["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe", "button", "select", "textarea", "figure"];
const BLOCK: &[&str] = &[
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "br", "tr",
    "table", "pre", "dd", "dt", "main", "figcaption", "hr",
];

fn lower_name(tag: &str) -> String {
    tag.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/' || c == '>').next().unwrap_or("").to_ascii_lowercase()
}

/// Extracts readable text from an HTML document.
pub fn to_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let scope = match (lower.find("<article"), lower.rfind("</article>")) {
        (Some(a), Some(b)) if b > a => &html[a..b],
        _ => match (lower.find("<body"), lower.rfind("</body>")) {
            (Some(a), Some(b)) if b > a => &html[a..b],
            _ => html,
        },
    };
    let mut out = String::with_capacity(scope.len() / 2);
    // the skipped elements open around the text, and how many of each kind: an end tag of a kind
    // that is not open costs nothing, so broken markup stays linear
    let mut skip_depth: Vec<usize> = Vec::new();
    let mut open_of = [0usize; SKIP.len()];
    let mut rest = scope;
    while let Some(lt) = rest.find('<') {
        let (text, after) = rest.split_at(lt);
        if skip_depth.is_empty() {
            push_text(&mut out, text);
        }
        if after.starts_with("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        // a tag the input ends inside is dropped, and so is nothing else
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = &after[1..gt];
        rest = &after[gt + 1..];
        let name = lower_name(tag);
        let closing = tag.starts_with('/');
        if let Some(kind) = SKIP.iter().position(|s| *s == name) {
            if closing {
                // the innermost open element of that kind closes, with what opened inside it
                if open_of[kind] > 0 {
                    while let Some(k) = skip_depth.pop() {
                        open_of[k] -= 1;
                        if k == kind {
                            break;
                        }
                    }
                }
            } else if !tag.ends_with('/') {
                skip_depth.push(kind);
                open_of[kind] += 1;
            }
            continue;
        }
        if skip_depth.is_empty() && BLOCK.contains(&name.as_str()) && !out.ends_with("\n\n") && !out.is_empty() {
            while out.ends_with(' ') {
                out.pop();
            }
            out.push_str("\n\n");
        }
    }
    if skip_depth.is_empty() {
        push_text(&mut out, rest);
    }
    out.trim().to_string()
}

fn push_text(out: &mut String, raw: &str) {
    let decoded = decode_entities(raw);
    for c in decoded.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Decodes the character references news pages use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(a) = rest.find('&') {
        out.push_str(&rest[..a]);
        let after = &rest[a + 1..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = if let Some(num) = name.strip_prefix('#') {
                let v = if let Some(h) = num.strip_prefix(['x', 'X']) { u32::from_str_radix(h, 16).ok() } else { num.parse().ok() };
                v.and_then(char::from_u32)
            } else {
                Some(match name {
                    "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" => '\'', "nbsp" => ' ',
                    "rsquo" => '’', "lsquo" => '‘', "ldquo" => '“', "rdquo" => '”', "mdash" => '—', "ndash" => '–',
                    "hellip" => '…', "euro" => '€', "pound" => '£', "yen" => '¥', "copy" => '©', "eacute" => 'é',
                    "shy" => '\u{ad}', "laquo" => '«', "raquo" => '»', "deg" => '°', "middot" => '·', "bull" => '•',
                    _ => return None,
                })
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a page says about its article, for the export. Every field is as the page gives it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    /// The canonical URL (`<link rel="canonical">`, else `og:url`).
    pub url: Option<String>,
    /// `og:title`, else `<title>`.
    pub title: Option<String>,
    /// `og:site_name`, else the URL's host.
    pub outlet: Option<String>,
    /// `author` / `article:author` meta, else JSON-LD `author.name`.
    pub author: Option<String>,
    /// `article:published_time` (and the other date metas), else JSON-LD `datePublished`.
    pub published: Option<String>,
    /// When the reader saw it (the caller's date).
    pub accessed: Option<String>,
    /// The page's language: `<html lang>` (a BCP 47 tag, as written).
    pub language: Option<String>,
}

impl Meta {
    /// The outlet as a reader names it: `og:site_name`, else the URL's host without "www.".
    pub fn outlet_or_host(&self) -> Option<String> {
        self.outlet.clone().or_else(|| self.url.as_deref().and_then(host))
    }
}

/// The host of an absolute http(s) URL, without a leading "www.".
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r)?;
    let h = crate::text::until_any(rest, b"/?#").rsplit('@').next()?;
    let h = h.split(':').next().unwrap_or(h);
    (!h.is_empty()).then(|| h.strip_prefix("www.").unwrap_or(h).to_ascii_lowercase())
}

/// The attributes of a tag's text (`meta property="og:title" content="…"`), names lowercased,
/// values with character references decoded.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = tag.as_bytes();
    // skip the tag name
    let mut i = b.iter().position(|c| c.is_ascii_whitespace()).unwrap_or(b.len());
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let n0 = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let name = tag[n0..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let v0 = i + 1;
                i = v0 + b[v0..].iter().position(|&c| c == q).unwrap_or(b.len() - v0);
                value = decode_entities(&tag[v0..i]);
                i += 1;
            } else {
                let v0 = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = decode_entities(&tag[v0..i]);
            }
        }
        if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

/// The string value of the first `"key": "…"` in a JSON-LD text, unescaped as far as news pages
/// need (`\"`, `\/`, `\\`).
fn json_ld_string(json: &str, key: &str) -> Option<String> {
    let at = json.find(&format!("\"{key}\""))? + key.len() + 2;
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start();
    let body = rest.strip_prefix('"')?;
    let mut out = String::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out.trim().to_string()).filter(|s| !s.is_empty()),
            '\\' => match chars.next()? {
                'n' | 't' | 'r' => out.push(' '),
                c => out.push(c),
            },
            c => out.push(c),
        }
    }
    None
}

/// The article metadata of an HTML document: canonical URL, title, outlet, author and published
/// date from the `<head>`'s meta tags and JSON-LD. Linear in the document's length.
pub fn metadata(html: &str) -> Meta {
    let mut m = Meta::default();
    let (mut og_title, mut og_url, mut title) = (None, None, None);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        let after = &rest[lt + 1..];
        let Some(gt) = after.find('>') else { break };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let name = lower_name(tag);
        match name.as_str() {
            "meta" => {
                let attrs = attributes(tag);
                let get = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_string());
                let (Some(key), Some(content)) = (get("property").or_else(|| get("name")).or_else(|| get("itemprop")), get("content")) else { continue };
                if content.is_empty() {
                    continue;
                }
                let slot = match key.to_ascii_lowercase().as_str() {
                    "og:title" => &mut og_title,
                    "og:url" => &mut og_url,
                    "og:site_name" => &mut m.outlet,
                    "author" | "article:author" | "byl" | "parsely-author" | "sailthru.author" => &mut m.author,
                    "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "date" | "dc.date" | "dc.date.issued" | "parsely-pub-date" | "sailthru.date" => &mut m.published,
                    _ => continue,
                };
                slot.get_or_insert(content);
            }
            "html" if m.language.is_none() => {
                m.language = attributes(tag).into_iter().find(|(n, _)| n == "lang").map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
            }
            "link" => {
                let attrs = attributes(tag);
                let is_canonical = attrs.iter().any(|(n, v)| n == "rel" && v.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")));
                if is_canonical && m.url.is_none() {
                    m.url = attrs.into_iter().find(|(n, _)| n == "href").map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
                }
            }
            "title" if title.is_none() => {
                let end = rest.to_ascii_lowercase().find("</title").unwrap_or(0);
                let t = decode_entities(&rest[..end]).split_whitespace().collect::<Vec<_>>().join(" ");
                title = Some(t).filter(|t| !t.is_empty());
            }
            "script" => {
                let end = rest.find("</script").or_else(|| rest.find("</SCRIPT")).unwrap_or(rest.len());
                let body = &rest[..end];
                if attributes(tag).iter().any(|(n, v)| n == "type" && v.eq_ignore_ascii_case("application/ld+json")) {
                    if m.published.is_none() {
                        m.published = json_ld_string(body, "datePublished");
                    }
                    if m.author.is_none() {
                        let after_author = body.find("\"author\"").map(|a| &body[a..]);
                        m.author = after_author.and_then(|a| json_ld_string(a, "name").or_else(|| json_ld_string(a, "author")));
                    }
                }
                rest = &rest[end..];
            }
            _ => {}
        }
    }
    m.url = m.url.or(og_url);
    m.title = og_title.or(title);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_only() {
        let h = "<html><body><nav>Home | World</nav><article><h1>Title</h1><p>He said &ldquo;yes&rdquo;.</p><script>x()</script><p>Two</p></article><footer>©</footer></body></html>";
        assert_eq!(to_text(h), "Title\n\nHe said “yes”.\n\nTwo");
    }

    #[test]
    fn input_ending_inside_a_tag() {
        // the text before the unclosed tag once, the tag dropped
        assert_eq!(to_text("<p>One two</p><p>three four <a href=\"x"), "One two\n\nthree four");
        assert_eq!(to_text("plain text <"), "plain text");
        assert_eq!(to_text("<p>ok</p><!-- never closed"), "ok");
    }

    #[test]
    fn skipped_elements_nest_and_close() {
        let h = "<article><p>A</p><aside>x<nav>y</nav>z</aside><p>B</p><aside><aside>q</aside>r</aside><p>C</p></nav><p>D</p></article>";
        assert_eq!(to_text(h), "A\n\nB\n\nC\n\nD");
        // an end tag closes the innermost open element of its kind and what opened inside it
        assert_eq!(to_text("<body><nav>a<aside>b</nav>c<p>d</p></body>"), "c\n\nd");
    }

    #[test]
    fn broken_markup_stays_linear() {
        // 100,000 unclosed <aside> with a stray </nav> after each: every end tag used to be
        // looked for through all the open ones (7–14 s for 1.5 MB); now as quick as plain markup
        let hostile = "<aside>x</nav>".repeat(100_000);
        let plain = "<p>xx</p><p>".repeat(100_000);
        let time = |h: &str| {
            let t = std::time::Instant::now();
            std::hint::black_box(to_text(h));
            t.elapsed().as_secs_f64()
        };
        // in turn, the best of three each: a busy moment slows both alike
        let (mut a, mut b) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..3 {
            a = a.min(time(&hostile));
            b = b.min(time(&plain));
        }
        assert!(a < b * 10.0 + 0.05, "broken markup {a:.3} s against plain {b:.3} s");
    }

    #[test]
    fn metadata_from_the_head() {
        let h = r#"<html><head><title>Page | Outlet</title><meta property="og:title" content="Jordan &amp; Iraq">
            <meta property="og:site_name" content="The Daily Wire Service"><link rel="canonical" href="https://example.com/a?b=1">
            <meta name="author" content="Rana Haddad"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-26T08:00:00Z","author":{"@type":"Person","name":"Someone Else"}}</script>
            </head><body><p>x</p></body></html>"#;
        let m = metadata(h);
        assert_eq!(m.url.as_deref(), Some("https://example.com/a?b=1"));
        assert_eq!(m.title.as_deref(), Some("Jordan & Iraq"));
        assert_eq!(m.outlet.as_deref(), Some("The Daily Wire Service"));
        assert_eq!(m.author.as_deref(), Some("Rana Haddad"));
        assert_eq!(m.published.as_deref(), Some("2024-10-26T08:00:00Z"));
        // JSON-LD when the metas are absent; the host when there is no site name
        let h = r#"<title> Plain   title </title><meta property="og:url" content="https://www.news.example:8080/x"><script type="application/ld+json">{"author": [{"name": "A \"B\" C"}], "datePublished": "2024-01-02"}</script>"#;
        let m = metadata(h);
        assert_eq!((m.title.as_deref(), m.author.as_deref(), m.published.as_deref()), (Some("Plain title"), Some("A \"B\" C"), Some("2024-01-02")));
        assert_eq!(m.outlet_or_host().as_deref(), Some("news.example"));
        // nothing at all, and broken markup
        assert_eq!(metadata("no markup"), Meta::default());
        assert_eq!(metadata("<meta content='x' property=og:title"), Meta::default());
        assert_eq!(metadata("<meta property=og:title content=x>").title.as_deref(), Some("x"));
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &#8217; &#x2014; &bogus; &"), "a & b ’ — &bogus; &");
    }
}
