//! The `scrm` binary: everything lives in the workspace crates; this only delegates.

fn main() -> std::process::ExitCode {
    api::cli::main()
}

// Imports allocate and free millions of short-lived buffers on several threads.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
