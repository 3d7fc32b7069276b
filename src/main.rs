//! The `scrm` binary: everything lives in the workspace crates; this only delegates.

fn main() -> std::process::ExitCode {
    api::cli::main()
}
