//! HTML to article text for the CLI: the `<article>` element when there is one (else `<body>`),
//! without scripts, styles, navigation, headers, footers, asides and forms; block elements become
//! paragraphs; character references decoded. The extension does its own detection on the live DOM.

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
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &#8217; &#x2014; &bogus; &"), "a & b ’ — &bogus; &");
    }
}
