//! Who sent a message, as far as risk rules care.

/// The side of the conversation a message comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SenderKind {
    /// An employee of the tenant (a WeCom member).
    Staff,
    /// An external contact: a customer.
    Customer,
}

impl SenderKind {
    /// Classifies a WeCom user id by its prefix: WeCom gives external contacts ids that start
    /// with `wm` or `wo`. Member ids are chosen by the company; one that happens to start with
    /// those letters is misread as a customer, so callers that know the member directory should
    /// prefer it.
    pub fn of_wecom_id(id: &str) -> SenderKind {
        if id.starts_with("wm") || id.starts_with("wo") {
            SenderKind::Customer
        } else {
            SenderKind::Staff
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn external_ids_are_customers() {
        assert_eq!(
            SenderKind::of_wecom_id("wmmunffssfzbqz"),
            SenderKind::Customer
        );
        assert_eq!(SenderKind::of_wecom_id("woAbc"), SenderKind::Customer);
        assert_eq!(SenderKind::of_wecom_id("zhangwei021"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id("wangfang015"), SenderKind::Staff);
        assert_eq!(SenderKind::of_wecom_id(""), SenderKind::Staff);
    }
}
