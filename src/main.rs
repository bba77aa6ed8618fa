//! `newsmark`: the extraction core on the command line, for batch monitoring.

use newsmark::{analyze, html, Analysis, MentionKind, QuoteKind};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage: newsmark [--json] [--html] FILE...     summary (or the Analysis as JSON) of each file
       newsmark --jsonl [FILE]                one {\"id\",\"text\"} per line in, one Analysis per line out
FILE may be - for standard input. Files ending in .html/.htm (or with --html) are reduced to
their article text first. Options: --json, --jsonl, --html, --help, --version.";

#[derive(PartialEq)]
enum Mode {
    Summary,
    Json,
    Jsonl,
}

fn main() -> ExitCode {
    let mut mode = Mode::Summary;
    let mut force_html = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => mode = Mode::Json,
            "--jsonl" => mode = Mode::Jsonl,
            "--html" => force_html = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("newsmark {}", env!("CARGO_PKG_VERSION"));
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => {
                eprintln!("newsmark: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(a),
        }
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let ok = if mode == Mode::Jsonl {
        if files.len() > 1 {
            eprintln!("newsmark: --jsonl reads one input (a file or standard input)");
            return ExitCode::from(2);
        }
        jsonl(files.first().map(String::as_str).unwrap_or("-"), force_html, &mut out)
    } else {
        if files.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        let mut ok = true;
        for f in &files {
            match read_text(f, force_html) {
                Ok(text) => {
                    let a = analyze(&text);
                    let r = if mode == Mode::Json {
                        serde_json::to_writer_pretty(&mut out, &a).map_err(io::Error::from).and_then(|_| writeln!(out))
                    } else {
                        if files.len() > 1 {
                            let _ = writeln!(out, "== {f}");
                        }
                        write_summary(&mut out, &text, &a)
                    };
                    if let Err(e) = r {
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

fn read_text(path: &str, force_html: bool) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    } else {
        bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    }
    let text = String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))?;
    let lower = path.to_ascii_lowercase();
    Ok(if force_html || lower.ends_with(".html") || lower.ends_with(".htm") { html::to_text(&text) } else { text })
}

fn jsonl(path: &str, force_html: bool, out: &mut impl Write) -> bool {
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
        let v = match newsmark::jsonl::analyze_line(&line, force_html) {
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

fn write_summary(out: &mut impl Write, text: &str, a: &Analysis) -> io::Result<()> {
    let s = &a.summary;
    // the Analysis' offsets are UTF-16 units: the text is converted once, not once a quote
    let units: Vec<u16> = text.encode_utf16().collect();
    let utf16_slice = |start: usize, end: usize| String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())]);
    writeln!(out, "Speakers")?;
    if s.speakers.is_empty() {
        writeln!(out, "  (none found)")?;
    }
    for sp in &s.speakers {
        match &sp.role {
            Some(r) => writeln!(out, "  {} — {}", sp.name, r)?,
            None => writeln!(out, "  {}", sp.name)?,
        }
        for &qi in &sp.quotes {
            let q = &a.quotes[qi];
            let parts: Vec<String> = match &q.fragments {
                Some(f) => f.iter().map(|[a, b]| utf16_slice(*a, *b)).collect(),
                None => vec![utf16_slice(q.start, q.end)],
            };
            let mut content = parts.join(" … ").split_whitespace().collect::<Vec<_>>().join(" ");
            if content.chars().count() > 160 {
                content = content.chars().take(157).collect::<String>() + "…";
            }
            let verb = q.cue.as_ref().map_or(String::new(), |c| format!(" ({})", c.text));
            let (o, c) = if q.kind == QuoteKind::Direct { ("“", "”") } else { ("", "") };
            let label = if q.kind == QuoteKind::Direct { "said" } else { "reported" };
            writeln!(out, "    {label}{verb}: {o}{content}{c}")?;
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
    for &mi in &s.figures {
        let m = &a.mentions[mi];
        if m.kind != MentionKind::Figure {
            continue;
        }
        let f = m.figure.as_ref().expect("figure mention");
        let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        writeln!(out, "  {:<9} {}", kind, m.text)?;
    }
    Ok(())
}
