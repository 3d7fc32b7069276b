//! What a scan reports.

/// One place in the message that broke a rule. Offsets are `char` indices into the original
/// text (not bytes), `[start, end)`, covering exactly what the person typed — separators,
/// full-width and traditional forms included — so a highlight shows the evasion itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MatchSpan {
    pub start: usize,
    pub end: usize,
    /// The original substring `[start, end)`.
    pub text: String,
}

/// A rule that fired on a message, with every place it fired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskHit {
    pub rule_code: String,
    /// In text order, none contained in another.
    pub matches: Vec<MatchSpan>,
}
