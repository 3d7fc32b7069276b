//! Limits on the shape of a GraphQL document, checked before anything expensive runs.
//!
//! async-graphql's own limits come too late or do not cover everything: its parser recurses
//! into nested values (`[[[[…]]]]`, `{not: {not: …}}`) before any limit applies, so a 3 KB
//! literal overflows the worker's stack; and its depth and complexity checks expand every
//! fragment spread, so 25 fragments that each spread the next twice cost 2²⁵ visits. Here:
//!
//! 1. before parsing, a linear scan of the text bounds bracket nesting (strings and comments
//!    skipped), so the recursive parser never sees a deep literal;
//! 2. after parsing, before validation, one walk with each fragment summarised once bounds the
//!    number of fields after fragment expansion and the selection depth, with a separate
//!    allowance for introspection (`__schema`, `__type`), whose standard query nests `ofType`
//!    further than any application query needs.
//!
//! Both run inside the schema (an extension's `prepare_request`), so every transport (HTTP and
//! WebSocket) gets them.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextPrepareRequest,
};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ErrorExtensionValues, Request, ServerError, ServerResult};

use crate::error::ErrorCode;

/// Bounds on a document's shape; see the module documentation.
#[derive(Debug, Clone, Copy)]
pub struct DocumentLimits {
    /// Deepest nesting of `{`, `[` and `(` in the document text.
    pub max_nesting: usize,
    /// Most fields a document may select once every fragment spread is inlined.
    pub max_expanded_fields: u64,
    /// Deepest field nesting of application queries (a root field has depth 1).
    pub max_depth: u32,
    /// Deepest field nesting under `__schema` and `__type`.
    pub max_introspection_depth: u32,
    /// Most list-valued introspection fields (`types`, `fields`, `args`, …) on one path: the
    /// standard introspection query needs three (`types { fields { args } }`); more multiplies
    /// the answer by the schema's size once per level.
    pub max_introspection_lists: u32,
}

impl DocumentLimits {
    pub fn new(max_depth: u32) -> Self {
        DocumentLimits {
            max_nesting: 64,
            max_expanded_fields: 5_000,
            max_depth,
            max_introspection_depth: 24,
            max_introspection_lists: 3,
        }
    }
}

impl ExtensionFactory for DocumentLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentGuard { limits: *self })
    }
}

struct DocumentGuard {
    limits: DocumentLimits,
}

#[async_trait::async_trait]
impl Extension for DocumentGuard {
    /// Runs before async-graphql parses: its parse step also checks recursion depth by
    /// expanding every fragment spread, which is the exponential walk this guard prevents. So
    /// the document is parsed here, checked, and handed on already parsed.
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        check_nesting(&request.query, self.limits.max_nesting).map_err(refused)?;
        // A syntax error is left to async-graphql's own parse, which reports it in its usual form.
        if let Ok(document) = async_graphql::parser::parse_query(&request.query) {
            check_shape(&document, &self.limits).map_err(refused)?;
            request.set_parsed_query(document);
        }
        next.run(ctx, request).await
    }
}

fn refused(message: String) -> ServerError {
    let mut extensions = ErrorExtensionValues::default();
    extensions.set("code", ErrorCode::BadUserInput.as_str());
    let mut error = ServerError::new(message, None);
    error.extensions = Some(extensions);
    error
}

/// Rejects text whose brackets nest deeper than `max`, without parsing it. Brackets inside
/// strings, block strings and comments do not count; unbalanced closers are left to the parser.
pub fn check_nesting(text: &str, max: usize) -> Result<(), String> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'#' => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    index += 1;
                }
            }
            b'"' if bytes[index..].starts_with(b"\"\"\"") => {
                index += 3;
                while index < bytes.len() && !bytes[index..].starts_with(b"\"\"\"") {
                    // `\"""` is an escaped delimiter inside a block string.
                    index += if bytes[index..].starts_with(b"\\\"\"\"") {
                        4
                    } else {
                        1
                    };
                }
                index += 2;
            }
            b'"' => {
                index += 1;
                while index < bytes.len() && bytes[index] != b'"' && bytes[index] != b'\n' {
                    index += if bytes[index] == b'\\' { 2 } else { 1 };
                }
            }
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > max {
                    return Err(format!(
                        "the document nests brackets more than {max} deep; flatten the value or the selection"
                    ));
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        index += 1;
    }
    Ok(())
}

/// Fields that list parts of the schema; each one on a path multiplies the answer's size.
const INTROSPECTION_LISTS: &[&str] = &[
    "types",
    "fields",
    "inputFields",
    "interfaces",
    "possibleTypes",
    "enumValues",
    "args",
    "directives",
];

/// Most fragment spreads and selection sets the walk descends through on one path. The parser
/// bounds selection nesting, but a chain of fragments each spreading the next is unbounded.
const MAX_WALK_DEPTH: u32 = 128;

/// What a selection set amounts to once its fragments are inlined.
#[derive(Debug, Clone, Copy, Default)]
struct Summary {
    fields: u64,
    depth: u32,
    introspection_lists: u32,
}

impl Summary {
    fn merge(&mut self, other: Summary) {
        self.fields = self.fields.saturating_add(other.fields);
        self.depth = self.depth.max(other.depth);
        self.introspection_lists = self.introspection_lists.max(other.introspection_lists);
    }
}

/// Checks expanded size and depth. Undefined or cyclic fragments count as empty here;
/// validation, which runs next, reports them properly.
pub fn check_shape(document: &ExecutableDocument, limits: &DocumentLimits) -> Result<(), String> {
    let mut walker = Walker {
        document,
        limits,
        summaries: HashMap::new(),
        root_visits: 0,
    };
    let mut total = 0u64;
    for (_, operation) in document.operations.iter() {
        let mut roots = Vec::new();
        walker.root_fields(
            &operation.node.selection_set.node,
            0,
            &mut roots,
            &mut Vec::new(),
        )?;
        for (name, summary) in roots {
            let is_introspection = name == "__schema" || name == "__type";
            let depth = summary.depth + 1;
            if is_introspection {
                if depth > limits.max_introspection_depth {
                    return Err(format!(
                        "introspection is nested too deep: {depth} levels, at most {} allowed",
                        limits.max_introspection_depth
                    ));
                }
                if summary.introspection_lists > limits.max_introspection_lists {
                    return Err(format!(
                        "introspection nests {} lists of the schema, at most {} allowed; use the standard introspection query",
                        summary.introspection_lists, limits.max_introspection_lists
                    ));
                }
            } else if depth > limits.max_depth {
                return Err(format!(
                    "query is nested too deep: {depth} levels, at most {} allowed; ask for less at a time",
                    limits.max_depth
                ));
            }
            total = total.saturating_add(summary.fields + 1);
        }
        if total > limits.max_expanded_fields {
            return Err(too_many_fields(limits));
        }
    }
    Ok(())
}

fn too_many_fields(limits: &DocumentLimits) -> String {
    format!(
        "the document selects more than {} fields once its fragments are inlined; split it into smaller queries",
        limits.max_expanded_fields
    )
}

struct Walker<'a> {
    document: &'a ExecutableDocument,
    limits: &'a DocumentLimits,
    /// Each fragment's summary, computed once; `None` while it is being computed (a cycle).
    summaries: HashMap<&'a str, Option<Summary>>,
    /// Selections visited at the root, where fragments are followed, not summarised.
    root_visits: u64,
}

impl<'a> Walker<'a> {
    /// The operation's root fields with the summary of what each selects, looking through
    /// fragments at the root (so `{ ...F } fragment F on Query { __schema { … } }` is still
    /// introspection).
    fn root_fields(
        &mut self,
        set: &'a SelectionSet,
        walk_depth: u32,
        roots: &mut Vec<(&'a str, Summary)>,
        spread_path: &mut Vec<&'a str>,
    ) -> Result<(), String> {
        if walk_depth > MAX_WALK_DEPTH {
            return Err(fragments_too_deep());
        }
        for item in &set.items {
            // Spreads that lead to nothing still cost a visit: bound them like fields.
            self.root_visits += 1;
            if self.root_visits > self.limits.max_expanded_fields {
                return Err(too_many_fields(self.limits));
            }
            match &item.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let summary = self.summarize(&field.selection_set.node, walk_depth + 1)?;
                    roots.push((field.name.node.as_str(), summary));
                }
                Selection::InlineFragment(fragment) => {
                    let set = &fragment.node.selection_set.node;
                    self.root_fields(set, walk_depth + 1, roots, spread_path)?;
                }
                Selection::FragmentSpread(spread) => {
                    let name = spread.node.fragment_name.node.as_str();
                    // A cycle: validation rejects it; do not follow it round.
                    if spread_path.contains(&name) {
                        continue;
                    }
                    if let Some(fragment) = self.document.fragments.get(name) {
                        spread_path.push(name);
                        let set = &fragment.node.selection_set.node;
                        self.root_fields(set, walk_depth + 1, roots, spread_path)?;
                        spread_path.pop();
                    }
                }
            }
            if roots.len() as u64 > self.limits.max_expanded_fields {
                return Err(too_many_fields(self.limits));
            }
        }
        Ok(())
    }

    fn summarize(&mut self, set: &'a SelectionSet, walk_depth: u32) -> Result<Summary, String> {
        if walk_depth > MAX_WALK_DEPTH {
            return Err(fragments_too_deep());
        }
        let mut summary = Summary::default();
        for item in &set.items {
            let part = match &item.node {
                Selection::Field(field) => {
                    let field = &field.node;
                    let children = self.summarize(&field.selection_set.node, walk_depth + 1)?;
                    let is_list = INTROSPECTION_LISTS.contains(&field.name.node.as_str());
                    Summary {
                        fields: children.fields.saturating_add(1),
                        depth: children.depth + 1,
                        introspection_lists: children.introspection_lists + u32::from(is_list),
                    }
                }
                Selection::InlineFragment(fragment) => {
                    self.summarize(&fragment.node.selection_set.node, walk_depth + 1)?
                }
                Selection::FragmentSpread(spread) => {
                    self.fragment(spread.node.fragment_name.node.as_str(), walk_depth + 1)?
                }
            };
            summary.merge(part);
            if summary.fields > self.limits.max_expanded_fields {
                return Err(too_many_fields(self.limits));
            }
        }
        Ok(summary)
    }

    fn fragment(&mut self, name: &'a str, walk_depth: u32) -> Result<Summary, String> {
        match self.summaries.get(name) {
            Some(Some(summary)) => return Ok(*summary),
            // A cycle: validation rejects it; count nothing here.
            Some(None) => return Ok(Summary::default()),
            None => {}
        }
        let Some(fragment) = self.document.fragments.get(name) else {
            return Ok(Summary::default());
        };
        self.summaries.insert(name, None);
        let summary = self.summarize(&fragment.node.selection_set.node, walk_depth)?;
        self.summaries.insert(name, Some(summary));
        Ok(summary)
    }
}

fn fragments_too_deep() -> String {
    format!("fragments and selections nest more than {MAX_WALK_DEPTH} deep; inline some fragments")
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shape(query: &str) -> Result<(), String> {
        let document = async_graphql::parser::parse_query(query).map_err(|e| e.to_string())?;
        check_shape(&document, &DocumentLimits::new(12))
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let deep = "[".repeat(100);
        assert!(check_nesting(&format!("{{ a(x: \"{deep}\") }}"), 64).is_ok());
        assert!(
            check_nesting(&format!("{{ a(x: \"\"\"{deep}\\\"\"\"{deep}\"\"\") }}"), 64).is_ok()
        );
        assert!(check_nesting(&format!("# {deep}\n{{ a }}"), 64).is_ok());
        assert!(check_nesting(&format!("{{ a(x: {deep}1) }}"), 64).is_err());
        assert!(check_nesting(&format!("{{ a(x: \"\\\"\" y: {deep}) }}"), 64).is_err());
    }

    #[test]
    fn fragment_fan_out_is_counted_without_expanding_it() {
        let mut query = String::from("query { ...F0 }\n");
        for level in 0..25 {
            query.push_str(&format!(
                "fragment F{level} on Query {{ ...F{next} ...F{next} }}\n",
                next = level + 1
            ));
        }
        query.push_str("fragment F25 on Query { __typename }\n");
        let error = shape(&query).unwrap_err();
        assert!(error.contains("fields"), "{error}");
    }

    #[test]
    fn fan_out_at_the_root_into_nothing_is_bounded_too() {
        let mut query = String::from("query { ...F0 }\n");
        for level in 0..30 {
            query.push_str(&format!(
                "fragment F{level} on Query {{ ...F{next} ...F{next} }}\n",
                next = level + 1
            ));
        }
        query.push_str("fragment F30 on Query { ...Missing }\n");
        assert!(shape(&query).unwrap_err().contains("fields"));
    }

    #[test]
    fn long_fragment_chains_are_refused_not_recursed() {
        let mut query = String::from("query { ...F0 }\n");
        for level in 0..10_000 {
            query.push_str(&format!(
                "fragment F{level} on Query {{ ...F{} }}\n",
                level + 1
            ));
        }
        assert!(shape(&query).unwrap_err().contains("nest"));
    }

    #[test]
    fn the_standard_introspection_query_passes_but_deep_application_queries_do_not() {
        let mut type_ref = String::from("kind name");
        for _ in 0..9 {
            type_ref = format!("kind name ofType {{ {type_ref} }}");
        }
        let introspection = format!(
            "query {{ __schema {{ types {{ name fields {{ name args {{ name type {{ {type_ref} }} }} type {{ {type_ref} }} }} }} }} }}"
        );
        shape(&introspection).unwrap();
        let mut nested = String::from("id");
        for _ in 0..20 {
            nested = format!("parent {{ {nested} }}");
        }
        assert!(
            shape(&format!("{{ departments {{ {nested} }} }}"))
                .unwrap_err()
                .contains("nested too deep")
        );
        let walk =
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
        assert!(shape(walk).unwrap_err().contains("lists"));
    }

    #[test]
    fn cycles_and_unknown_fragments_are_left_to_validation() {
        shape("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }").unwrap();
        shape("query { ...Missing }").unwrap();
    }

    proptest! {
        #[test]
        fn nesting_scan_never_panics(text in "\\PC{0,200}") {
            let _ = check_nesting(&text, 8);
        }

        #[test]
        fn balanced_depth_is_measured_exactly(depth in 1usize..100) {
            let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            prop_assert_eq!(check_nesting(&text, 64).is_ok(), depth <= 64);
        }
    }
}
