//! `newsmark`: the extraction core on the command line, for batch monitoring.

use clap::{Parser, ValueEnum};
use newsmark::export::{self, Format};
use newsmark::html::{self, Meta};
use newsmark::watch::{self, Watchlist};
use newsmark::{analyze_with_options, Analysis, Options, QuoteKind};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

/// Marks who is speaking and what they said, organizations and figures in news text.
///
/// FILE may be - for standard input. Files ending in .html/.htm (or with --html) are reduced to
/// their article text first, and their metadata (URL, title, outlet, author, date) is read for
/// the exports.
#[derive(Parser)]
#[command(name = "newsmark", version, about, max_term_width = 100)]
struct Cli {
    /// Text or HTML files (- for standard input)
    #[arg(value_name = "FILE")]
    files: Vec<String>,
    /// What to write for each file
    #[arg(long, short = 'f', value_enum, default_value_t = Out::Summary)]
    format: Out,
    /// The Analysis as JSON (same as --format json)
    #[arg(long, conflicts_with = "format")]
    json: bool,
    /// One {"id","text"} per line in, one Analysis (or with --format annotations, one
    /// {"id","annotations"}) per line out
    #[arg(long)]
    jsonl: bool,
    /// Read the input as HTML whatever its name
    #[arg(long)]
    html: bool,
    /// The article's URL, for the exports (overrides the page's own)
    #[arg(long)]
    url: Option<String>,
    /// The article's title, for the exports (overrides the page's own)
    #[arg(long)]
    title: Option<String>,
    /// The outlet that published it (overrides the page's own; default: the URL's host)
    #[arg(long)]
    outlet: Option<String>,
    /// The article's author (overrides the page's own)
    #[arg(long)]
    author: Option<String>,
    /// When it was published (overrides the page's own)
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// The date the article was read, for the exports (default: today, UTC)
    #[arg(long, value_name = "DATE")]
    accessed: Option<String>,
    /// Start CSV with a byte order mark, for spreadsheets that need one to read UTF-8
    #[arg(long)]
    bom: bool,
    /// The text's language (a BCP 47 tag such as fr or en-GB; default: the HTML page's lang, else
    /// told from the text). Text that is not English gets its figures only
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,
    /// A watchlist file (one name a line, /a pattern/ between slashes, [Group #colour] headers):
    /// its hits are added to every output
    #[arg(long, value_name = "FILE")]
    watch: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Out {
    /// Speakers and their quotes, organizations, people, places, figures
    Summary,
    /// The Analysis (schemaVersion 1)
    Json,
    /// A report section: who said what, organizations, figures
    Markdown,
    /// One row per quote (RFC 4180)
    Csv,
    /// One row per distinct figure (RFC 4180)
    CsvFigures,
    /// W3C Web Annotations with text-quote selectors, one line a document
    Annotations,
}

impl Out {
    fn export(self) -> Option<Format> {
        Some(match self {
            Out::Markdown => Format::Markdown,
            Out::Csv => Format::Csv,
            Out::CsvFigures => Format::CsvFigures,
            Out::Annotations => Format::Annotations,
            Out::Summary | Out::Json => return None,
        })
    }
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    if cli.json {
        cli.format = Out::Json;
    }
    let watch = match cli.watch.as_deref().map(load_watchlist) {
        None => Watchlist::default(),
        Some(Ok(w)) => w,
        Some(Err(e)) => {
            eprintln!("newsmark: --watch {}: {e}", cli.watch.as_deref().unwrap_or_default());
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let ok = if cli.jsonl {
        if cli.files.len() > 1 {
            eprintln!("newsmark: --jsonl reads one input (a file or standard input)");
            return ExitCode::from(2);
        }
        if !matches!(cli.format, Out::Json | Out::Summary | Out::Annotations) {
            eprintln!("newsmark: --jsonl writes the Analysis or --format annotations, one line a document");
            return ExitCode::from(2);
        }
        jsonl(cli.files.first().map(String::as_str).unwrap_or("-"), cli.html, cli.format == Out::Annotations, &watch, cli.lang.as_deref(), &mut out)
    } else {
        if cli.files.is_empty() {
            eprintln!("newsmark: no input (give a FILE, or - for standard input; --help for more)");
            return ExitCode::from(2);
        }
        let mut ok = true;
        for f in &cli.files {
            match read_input(f, cli.html) {
                Ok((text, mut meta)) => {
                    for (slot, given) in [(&mut meta.url, &cli.url), (&mut meta.title, &cli.title), (&mut meta.outlet, &cli.outlet), (&mut meta.author, &cli.author), (&mut meta.published, &cli.published)] {
                        if given.is_some() {
                            slot.clone_from(given);
                        }
                    }
                    meta.accessed = Some(cli.accessed.clone().unwrap_or_else(today));
                    if let Err(e) = write_one(&mut out, &cli, f, &text, &meta, &watch) {
                        if e.kind() == io::ErrorKind::BrokenPipe {
                            return ExitCode::SUCCESS;
                        }
                        eprintln!("newsmark: writing output: {e}");
                        return ExitCode::FAILURE;
                    }
                }
                Err(e) => {
                    eprintln!("newsmark: {f}: {e}");
                    ok = false;
                }
            }
        }
        ok
    };
    let _ = out.flush();
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Reads and compiles a watchlist file; the items it refuses are reported (and left out), the
/// others kept.
fn load_watchlist(path: &str) -> Result<Watchlist, String> {
    let file = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let items = watch::parse_list(&file);
    let (list, problems) = Watchlist::new(items);
    for p in problems {
        eprintln!("newsmark: --watch {path}: item {} (“{}”) left out: {}", p.item + 1, list.items()[p.item].text, p.message);
    }
    Ok(list)
}

fn write_one(out: &mut impl Write, cli: &Cli, name: &str, text: &str, meta: &Meta, watch: &Watchlist) -> io::Result<()> {
    let language = cli.lang.as_deref().or(meta.language.as_deref());
    let a = analyze_with_options(text, &Options { language, watchlist: Some(watch) });
    match (cli.format, cli.format.export()) {
        (Out::Json, _) => {
            serde_json::to_writer_pretty(&mut *out, &a)?;
            writeln!(out)
        }
        (_, Some(format)) => {
            if cli.bom && matches!(format, Format::Csv | Format::CsvFigures) {
                out.write_all("\u{feff}".as_bytes())?;
            }
            let s = export::render(format, text, &a, meta);
            out.write_all(s.as_bytes())?;
            if format == Format::Annotations {
                writeln!(out)?;
            }
            Ok(())
        }
        _ => {
            if cli.files.len() > 1 {
                writeln!(out, "== {name}")?;
            }
            write_summary(out, text, &a)
        }
    }
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock (days to a civil date, after Howard
/// Hinnant's algorithm).
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The text to analyse and what the input says about it (HTML's metadata).
fn read_input(path: &str, force_html: bool) -> Result<(String, Meta), String> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    } else {
        bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))?;
    let lower = path.to_ascii_lowercase();
    Ok(if force_html || lower.ends_with(".html") || lower.ends_with(".htm") { (html::to_text(&text), html::metadata(&text)) } else { (text, Meta::default()) })
}

fn jsonl(path: &str, force_html: bool, annotations: bool, watch: &Watchlist, lang: Option<&str>, out: &mut impl Write) -> bool {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                eprintln!("newsmark: {path}: {e}");
                return false;
            }
        }
    };
    let mut ok = true;
    for (n, line) in reader.split(b'\n').enumerate() {
        let lineno = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("newsmark: {path}: line {lineno}: {e}");
                return false;
            }
        };
        let v = match newsmark::jsonl::analyze_line(&line, force_html, annotations, watch, lang) {
            Ok(Some(v)) => v,
            Ok(None) => continue,
            Err(e) => {
                eprintln!("newsmark: {path}: line {lineno}: {e}");
                ok = false;
                continue;
            }
        };
        if let Err(e) = serde_json::to_writer(&mut *out, &v).map_err(io::Error::from).and_then(|_| writeln!(out)) {
            if e.kind() != io::ErrorKind::BrokenPipe {
                eprintln!("newsmark: writing output: {e}");
            }
            return false;
        }
    }
    ok
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn write_summary(out: &mut impl Write, text: &str, a: &Analysis) -> io::Result<()> {
    let s = &a.summary;
    // the Analysis' offsets are UTF-16 units: the text is converted once, not once a quote
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16_slice = |start: usize, end: usize| String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())]);
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let quote = |out: &mut dyn Write, qi: usize| -> io::Result<()> {
        let q = &a.quotes[qi];
        let parts: Vec<String> = match &q.fragments {
            Some(f) => f.iter().map(|[a, b]| utf16_slice(*a, *b)).collect(),
            None => vec![utf16_slice(q.start, q.end)],
        };
        let mut content = one_line(&parts.join(" … "));
        if content.chars().count() > 160 {
            content = content.chars().take(157).collect::<String>() + "…";
        }
        let verb = q.cue.as_ref().map_or(String::new(), |c| format!(" ({})", c.text));
        let (o, c) = if q.kind == QuoteKind::Direct { ("“", "”") } else { ("", "") };
        let label = if q.kind == QuoteKind::Direct { "said" } else { "reported" };
        writeln!(out, "    {label}{verb}: {o}{content}{c}")
    };
    if !s.watch.is_empty() {
        writeln!(out, "Watched ({})", plural(s.watch.len(), "item", "items"))?;
        for w in &s.watch {
            let group = if w.group.is_empty() { String::new() } else { format!(" [{}]", w.group) };
            let what = if w.pattern { format!("/{}/", w.text) } else { w.text.clone() };
            writeln!(out, "  {what}{group}: {}", plural(w.hits, "hit", "hits"))?;
            for &qi in &w.quotes {
                quote(out, qi)?;
            }
            if !w.figures.is_empty() {
                let figs: Vec<String> = w.figures.iter().map(|&m| one_line(&utf16_slice(a.mentions[m].start, a.mentions[m].end))).collect();
                writeln!(out, "    figures: {}", figs.join(", "))?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "Speakers ({}, {})", plural(s.speakers.len(), "speaker", "speakers"), plural(a.quotes.len(), "statement", "statements"))?;
    if s.speakers.is_empty() {
        writeln!(out, "  (none found)")?;
    }
    for sp in &s.speakers {
        match &sp.role {
            Some(r) => writeln!(out, "  {} — {}", sp.name, r)?,
            None => writeln!(out, "  {}", sp.name)?,
        }
        for &qi in &sp.quotes {
            quote(out, qi)?;
        }
    }
    if !s.unattributed.is_empty() {
        writeln!(out, "  Unattributed")?;
        for &qi in &s.unattributed {
            quote(out, qi)?;
        }
    }
    let names = |ids: &[usize]| ids.iter().map(|&id| a.entities[id].name.as_str()).collect::<Vec<_>>().join(", ");
    writeln!(out, "Organizations\n  {}", if s.organizations.is_empty() { "(none found)".into() } else { names(&s.organizations) })?;
    if !s.people.is_empty() {
        writeln!(out, "Other people\n  {}", names(&s.people))?;
    }
    if !s.places.is_empty() {
        writeln!(out, "Places\n  {}", names(&s.places))?;
    }
    writeln!(out, "Figures")?;
    if s.figures.is_empty() {
        writeln!(out, "  (none found)")?;
    }
    for g in &s.figures {
        let m = &a.mentions[g.mentions[0]];
        let Some(f) = &m.figure else { continue };
        let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let mut label = one_line(&m.text);
        if let Some(c) = &f.counts {
            label = format!("{label} {}", one_line(c));
        }
        let times = if g.mentions.len() > 1 { format!("  ×{}", g.mentions.len()) } else { String::new() };
        writeln!(out, "  {kind:<9} {label}{times}")?;
    }
    // figures about the same thing, and those a careful reader would question
    let related: Vec<_> = s.groups.iter().filter(|g| g.figures.len() > 1).collect();
    if !related.is_empty() {
        writeln!(out, "Figures about the same thing")?;
    }
    for g in related {
        let values: Vec<String> = g.figures.iter().map(|&f| one_line(&a.mentions[s.figures[f].mentions[0]].text)).collect();
        let flag = if g.disagree { "  (the values disagree)" } else { "" };
        writeln!(out, "  {}: {}{flag}", g.what, values.join(" · "))?;
    }
    Ok(())
}
