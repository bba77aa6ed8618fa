//! The WASM build's allocator: talc, plus a bump arena for the duration of one `analyze()` call.
//!
//! An analysis makes hundreds of short-lived allocations per KB of text (tokens, names, strings)
//! that all die when the call returns. Inside [`Arena::begin`]…[`Arena::end`] they are carved
//! from one block of [`BLOCK`] bytes by moving a pointer; freeing them is a no-op; `end` makes the
//! whole block free again at once. An allocation that does not fit goes to talc, as does
//! everything outside a call. The caller uses the arena only for texts that fit
//! ([`Arena::fits`]: up to 1/48 of the block, about 21 KB). Natively an analysis of the GUM news
//! articles allocates 36 bytes per byte of text on average and 64 at most (pointers are half as
//! wide in WASM, so less there); longer texts use talc alone rather than overflow the block, and
//! an article that still overflows it spills its last allocations to talc. The block is allocated
//! once: memory stays flat.
//!
//! The caller guarantees that nothing allocated between `begin` and `end` outlives `end`, and
//! that no other code (the wasm-bindgen glue) allocates between `begin` and `pause`.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;

pub const BLOCK: usize = 1 << 20;

struct Bump {
    active: bool,
    /// An allocation did not fit the block since [`Arena::begin`] and came from talc.
    spilled: bool,
    base: usize,
    cur: usize,
    end: usize,
}

pub struct Arena {
    bump: UnsafeCell<Bump>,
    talc: talc::wasm::WasmDynamicTalc,
}

// SAFETY: wasm32 without the atomics feature runs one thread; nothing here is shared across threads.
unsafe impl Sync for Arena {}

impl Arena {
    pub const fn new() -> Arena {
        Arena { bump: UnsafeCell::new(Bump { active: false, spilled: false, base: 0, cur: 0, end: 0 }), talc: talc::wasm::new_wasm_dynamic_allocator() }
    }

    #[allow(clippy::mut_from_ref)]
    fn bump(&self) -> &mut Bump {
        // SAFETY: one thread, and no reference to the state outlives a single method call.
        unsafe { &mut *self.bump.get() }
    }

    /// Whether an analysis of `text_len` bytes should use the arena.
    pub fn fits(text_len: usize) -> bool {
        text_len <= BLOCK / 48
    }

    /// Starts bump allocation (allocating the block on first use).
    pub fn begin(&self) {
        let b = self.bump();
        if b.base == 0 {
            // SAFETY: a plain allocation from talc, kept for the whole session.
            let p = unsafe { self.talc.alloc(Layout::from_size_align_unchecked(BLOCK, 16)) } as usize;
            if p != 0 {
                (b.base, b.end) = (p, p + BLOCK);
            }
        }
        b.cur = b.base;
        b.active = b.base != 0;
        b.spilled = false;
    }

    /// Whether everything allocated since [`Arena::begin`] is in the block (none of it spilled
    /// to talc): what was allocated may then be forgotten rather than dropped, as
    /// [`Arena::end`] frees it all at once.
    pub fn holds_all(&self) -> bool {
        let b = self.bump();
        b.active && !b.spilled
    }

    /// Stops bump allocation; what was allocated stays valid until [`Arena::end`].
    pub fn pause(&self) {
        self.bump().active = false;
    }

    /// Frees everything allocated since [`Arena::begin`].
    pub fn end(&self) {
        let b = self.bump();
        b.active = false;
        b.cur = b.base;
    }

    #[inline]
    fn owns(&self, p: *mut u8) -> bool {
        let b = self.bump();
        (b.base..b.end).contains(&(p as usize))
    }
}

unsafe impl GlobalAlloc for Arena {
    #[inline]
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let b = self.bump();
        if b.active {
            let p = (b.cur + l.align() - 1) & !(l.align() - 1);
            if p + l.size() <= b.end {
                b.cur = p + l.size();
                return p as *mut u8;
            }
            b.spilled = true;
        }
        self.talc.alloc(l)
    }

    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if !self.owns(p) {
            self.talc.dealloc(p, l);
        }
    }

    #[inline]
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        if !self.owns(p) {
            return self.talc.realloc(p, l, new_size);
        }
        let b = self.bump();
        let a = p as usize;
        if b.active && a + l.size() == b.cur && a + new_size <= b.end {
            // the last allocation grows or shrinks in place
            b.cur = a + new_size;
            return p;
        }
        if new_size <= l.size() {
            return p;
        }
        let q = self.alloc(Layout::from_size_align_unchecked(new_size, l.align()));
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, l.size());
        }
        q
    }
}
