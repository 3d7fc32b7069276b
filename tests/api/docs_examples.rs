//! Every ```graphql block in README.md and docs/*.md is a real document of today's API: each is
//! validated against the schema the code generates, so an example that stops matching (a
//! renamed field, a filter that does not exist) fails here rather than in a reader's hands.

use std::path::{Path, PathBuf};

use apollo_compiler::{ExecutableDocument, Schema};

/// The documentation files whose examples are checked.
fn documentation_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("docs/ exists")
        .map(|entry| entry.expect("a readable docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The ```graphql blocks of a Markdown text, with the line each starts on.
fn graphql_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let fence = line.trim_start();
        match current.as_mut() {
            None if fence.starts_with("```graphql") => current = Some((index + 2, String::new())),
            Some(_) if fence.starts_with("```") => blocks.extend(current.take()),
            Some((_, text)) => {
                text.push_str(line);
                text.push('\n');
            }
            None => {}
        }
    }
    assert!(current.is_none(), "a ```graphql block is never closed");
    blocks
}

#[test]
fn every_graphql_example_in_the_docs_is_valid_against_the_schema() {
    let schema = Schema::parse_and_validate(api::graphql::sdl(), "schema.graphql")
        .expect("the generated schema is valid SDL");
    let mut checked = 0;
    let mut problems = Vec::new();
    for file in documentation_files() {
        let markdown = std::fs::read_to_string(&file).expect("a readable documentation file");
        let name = file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(&file)
            .display()
            .to_string();
        for (line, block) in graphql_blocks(&markdown) {
            checked += 1;
            let source = format!("{name}:{line}");
            if let Err(errors) = ExecutableDocument::parse_and_validate(&schema, &block, &source) {
                problems.push(format!("{source}:\n{errors}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "documentation examples that do not match the schema:\n\n{}",
        problems.join("\n\n")
    );
    // The README shows sign-in, a query, a password change and an archive search; RISK.md the review.
    assert!(
        checked >= 8,
        "only {checked} graphql examples found in the docs"
    );
}

#[test]
fn blocks_are_extracted_with_their_line() {
    let markdown = "text\n```graphql\n{ viewer { email } }\n```\n```sh\nls\n```\n";
    assert_eq!(
        graphql_blocks(markdown),
        vec![(3, "{ viewer { email } }\n".to_string())]
    );
}

#[test]
fn a_wrong_field_is_caught() {
    let schema = Schema::parse_and_validate(api::graphql::sdl(), "schema.graphql")
        .expect("the generated schema is valid SDL");
    let wrong = "{ riskAlerts(filter: {assigneeId: \"x\"}) { totalCount } }";
    assert!(ExecutableDocument::parse_and_validate(&schema, wrong, "wrong.graphql").is_err());
}
