//! Merges yield to the import: tantivy's merge threads run at a lower scheduling priority.
//!
//! An import keeps both cores busy with its own pipeline (parse, seal, scan, insert, index).
//! tantivy merges segments on threads of its own, which at equal priority take a core from the
//! pipeline for the length of a merge, in bursts (docs/BENCHMARKS.md, issue 18). At a lower
//! priority they run in the time the pipeline leaves idle and when it waits, and they still run
//! at full speed when nothing else does (a server between imports, the end of an import).

/// The niceness given to merge threads: 0 is normal, 19 the lowest. At 10 a merge thread gets
/// about a tenth of a core that a normal thread also wants.
#[cfg(target_os = "linux")]
const MERGE_NICENESS: i32 = 10;

/// The prefix of the names tantivy gives its merge threads (`merge_thread_0`, …).
#[cfg(target_os = "linux")]
const MERGE_THREAD_PREFIX: &str = "merge_thread_";

/// Lowers the priority of every tantivy merge thread of this process (again for those already
/// lowered, which changes nothing). Best effort: a thread that has gone, or a system that
/// refuses, leaves merges at normal priority, which is only slower.
#[cfg(target_os = "linux")]
pub(super) fn lower_merge_threads() {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return;
    };
    for task in tasks.flatten() {
        let Ok(name) = std::fs::read_to_string(task.path().join("comm")) else {
            continue;
        };
        if !name.starts_with(MERGE_THREAD_PREFIX) {
            continue;
        }
        let thread = task
            .file_name()
            .to_str()
            .and_then(|id| id.parse::<i32>().ok())
            .and_then(rustix::process::Pid::from_raw);
        let Some(thread) = thread else {
            continue;
        };
        // On Linux, PRIO_PROCESS with a thread id sets that thread's niceness only.
        if let Err(error) = rustix::process::setpriority_process(Some(thread), MERGE_NICENESS) {
            tracing::debug!(%error, "cannot lower a merge thread's priority");
        }
    }
}

/// Elsewhere merges keep their priority.
#[cfg(not(target_os = "linux"))]
pub(super) fn lower_merge_threads() {}
