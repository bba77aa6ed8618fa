//! The WebAssembly API: conversion only. `analyze(text)` returns the Analysis as a plain object.

use wasm_bindgen::prelude::*;

#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Analyses `text` and returns the Analysis (schemaVersion 1) as a plain JS object.
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsValue> {
    let a = crate::analyze(text);
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&a, &ser).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The crate version, for the popup's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Runs the core without converting its result; returns the number of mentions. For the
/// benchmark, which separates the core's cost from the cost of building the JS object.
#[wasm_bindgen(js_name = analyzeCount)]
pub fn analyze_count(text: &str) -> usize {
    crate::analyze(text).mentions.len()
}
