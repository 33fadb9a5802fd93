//! The one mechanism every entity of a document shares (a department, an
//! initiative, a comment, a note, …): found by its id, edited with its
//! `updated_at` stamped in the same step (a missed stamp is an edit lost
//! when copies of a plan are merged), removed with what its undo needs, and
//! put back at its place.

use super::time::Timestamp;

/// A thing with a stable id and the time it last changed.
pub trait Entity {
    type Id: Clone + PartialEq + Send + Sync + 'static;

    fn id(&self) -> &Self::Id;

    /// Marks it as changed at `now`.
    fn touch(&mut self, now: Timestamp);
}

/// An entity taken out of its list, with its place, for the undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed<E> {
    pub item: E,
    pub at: usize,
}

/// Where the entity with this id is in the list.
pub fn position<E: Entity>(list: &[E], id: &E::Id) -> Option<usize> {
    list.iter().position(|e| e.id() == id)
}

/// The entity with this id.
pub fn find<'a, E: Entity>(list: &'a [E], id: &E::Id) -> Option<&'a E> {
    list.iter().find(|e| e.id() == id)
}

/// Whether an entity with this id is in the list.
pub fn contains<E: Entity>(list: &[E], id: &E::Id) -> bool {
    list.iter().any(|e| e.id() == id)
}

/// Runs `change` on the entity with this id and, when it succeeds, stamps
/// it with `now`; `missing` is the error when there is no such entity.
pub fn edit<E: Entity, T, X>(
    list: &mut [E],
    id: &E::Id,
    now: Timestamp,
    missing: X,
    change: impl FnOnce(&mut E) -> Result<T, X>,
) -> Result<T, X> {
    let item = list.iter_mut().find(|e| e.id() == id).ok_or(missing)?;
    let done = change(item)?;
    item.touch(now);
    Ok(done)
}

/// Takes the entity with this id out of the list.
pub fn remove<E: Entity>(list: &mut Vec<E>, id: &E::Id) -> Option<Removed<E>> {
    let at = position(list, id)?;
    Some(Removed { item: list.remove(at), at })
}

/// Puts a removed entity back at its place (or at the end, if the list got
/// shorter since), unless one with its id is there already. Says whether it did.
pub fn restore<E: Entity>(list: &mut Vec<E>, removed: Removed<E>) -> bool {
    if contains(list, removed.item.id()) {
        return false;
    }
    let at = removed.at.min(list.len());
    list.insert(at, removed.item);
    true
}

/// Implements [`Entity`] for structs with `id` and `updated_at` fields.
macro_rules! entities {
    ($($entity:ty => $id:ty),* $(,)?) => {$(
        impl $crate::model::entity::Entity for $entity {
            type Id = $id;

            fn id(&self) -> &$id {
                &self.id
            }

            fn touch(&mut self, now: $crate::model::time::Timestamp) {
                self.updated_at = now;
            }
        }
    )*};
}

pub(crate) use entities;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{at, now};

    #[derive(Debug, Clone, PartialEq)]
    struct Thing {
        id: String,
        text: String,
        updated_at: Timestamp,
    }

    entities!(Thing => String);

    fn things() -> Vec<Thing> {
        ["a", "b", "c"].map(|id| Thing { id: id.into(), text: id.to_uppercase(), updated_at: now() }).to_vec()
    }

    #[test]
    fn an_edit_stamps_the_time_and_a_refused_one_does_not() {
        let mut list = things();
        let later = at("2026-11-23T08:00:00Z");
        edit(&mut list, &"b".to_string(), later, "gone", |t| Ok::<_, &str>(t.text = "Bee".into())).unwrap();
        assert_eq!((list[1].text.as_str(), list[1].updated_at), ("Bee", later));
        assert_eq!(edit(&mut list, &"c".to_string(), later, "gone", |_| Err::<(), _>("refused")), Err("refused"));
        assert_eq!(list[2].updated_at, now());
        assert_eq!(edit(&mut list, &"z".to_string(), later, "gone", |_| Ok(())), Err("gone"));
    }

    #[test]
    fn removed_entities_come_back_at_their_place_once() {
        let mut list = things();
        let removed = remove(&mut list, &"b".to_string()).unwrap();
        assert_eq!((removed.at, list.len()), (1, 2));
        assert!(restore(&mut list, removed.clone()));
        assert_eq!(list, things());
        assert!(!restore(&mut list, removed), "never twice");
        list.truncate(1);
        assert!(restore(&mut list, Removed { item: things()[2].clone(), at: 2 }));
        assert_eq!(list.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["a", "c"], "at the end when the list got shorter");
        assert_eq!(remove(&mut list, &"z".to_string()), None);
    }
}
