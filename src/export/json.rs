//! A small JSON writer for the annotation export: the WASM build has no `serde_json` (it would
//! cost the size budget), and the CLI must write the same bytes as the extension.

pub(super) struct Json {
    pub out: String,
    /// Whether the next value in the current object or array needs a comma before it.
    comma: bool,
}

impl Json {
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn new() -> Json {
        Json { out: String::new(), comma: false }
    }
    fn sep(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn open(&mut self, c: char) {
        self.sep();
        self.out.push(c);
        self.comma = false;
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn close(&mut self, c: char) {
        self.out.push(c);
        self.comma = true;
    }
    /// An object key; the value follows.
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn key(&mut self, k: &str) {
        self.sep();
        string(&mut self.out, k);
        self.out.push(':');
        self.comma = false;
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn str(&mut self, s: &str) {
        self.sep();
        string(&mut self.out, s);
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn num(&mut self, x: f64) {
        self.sep();
        self.out.push_str(&super::number(x));
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn int(&mut self, x: usize) {
        self.sep();
        self.out.push_str(&x.to_string());
    }
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.out.push_str(if b { "true" } else { "false" });
    }
    /// `"k": "v"`, or nothing when `v` is absent.
    #[inline(never)] // one copy of each, not one per call: the WASM build counts its bytes
    pub fn field(&mut self, k: &str, v: Option<&str>) {
        if let Some(v) = v {
            self.key(k);
            self.str(v);
        }
    }
}

#[inline(never)]
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // JSON forbids raw control characters; U+2028/9 break older JS parsers
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
