//! Memos whose machinery is compiled once per value type. `Memo::new` is
//! generic over its closure, so every `read(|p| …)` of a component would
//! otherwise carry its own copy of the memo's code: tens of KiB over the
//! app's chunks. Boxing the closure first leaves one copy per type shown.

use leptos::prelude::*;

/// A memo of what `read` returns, re-run when what it reads changes.
pub fn memo<T>(read: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    boxed(Box::new(read))
}

fn boxed<T>(read: Box<dyn Fn() -> T + Send + Sync>) -> Memo<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    Memo::new(move |_| read())
}
