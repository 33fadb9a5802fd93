//! What a drop-down's value names: an id, or none for its empty option.

/// The id a drop-down chose, or none for its empty first option.
pub fn chosen<I: From<String>>(value: String) -> Option<I> {
    Some(value).filter(|v| !v.is_empty()).map(I::from)
}
