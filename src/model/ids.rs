//! Stable identifiers: one type per kind of thing, so a department's id
//! cannot be passed where an initiative's is meant; UUID v4 text made from
//! random bytes the caller supplies.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Serialize;

/// Where new ids come from. The browser passes random UUIDs, tests a counter.
pub trait IdSource {
    /// A fresh id, never returned before.
    fn next_id(&mut self) -> String;
}

/// Formats 16 random bytes as a version-4 UUID (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`).
pub fn uuid_v4_from_bytes(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// Ids `id-1`, `id-2`, … for tests and examples that need predictable output.
#[derive(Debug, Default, Clone)]
pub struct SequentialIds {
    next: u64,
}

impl IdSource for SequentialIds {
    fn next_id(&mut self) -> String {
        self.next += 1;
        format!("id-{}", self.next)
    }
}

/// An id of one kind: written in files as plain text, compared as text.
pub trait Id: Clone + Eq + Ord + fmt::Debug + From<String> {
    fn as_str(&self) -> &str;
}

macro_rules! id_types {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id as written in files.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// An empty id stands for "none" in a few places (an initiative not under an objective).
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl Id for $name {
            fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// Reads as text wherever text is expected (display, lookups by
        /// text); the other way round, text never becomes an id of a kind
        /// without saying which.
        impl std::ops::Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )*};
}

impl<T: Id> IdsOf for T {}

/// Makes an id of any kind from the source.
pub trait IdsOf: Id {
    /// A fresh id of this kind.
    fn fresh(ids: &mut dyn IdSource) -> Self {
        Self::from(ids.next_id())
    }
}

id_types! {
    /// A plan.
    PlanId;
    /// A workshop board.
    BoardId;
    /// A stakeholder map.
    MapId;
    /// A board template the user saved.
    TemplateId;
    /// A department of a plan.
    DepartmentId;
    /// An objective of a plan.
    ObjectiveId;
    /// An initiative of a plan.
    InitiativeId;
    /// A department's own objective.
    DepartmentObjectiveId;
    /// What one department needs from another.
    NeedId;
    /// An approval round.
    RoundId;
    /// One department's decision in a round.
    SignOffId;
    /// A comment or objection.
    CommentId;
    /// A decision of the log.
    DecisionId;
    /// A follow-up action of a decision.
    ActionId;
    /// An update of the log.
    UpdateId;
    /// A lesson learned.
    LessonId;
    /// An area of a board.
    AreaId;
    /// A note of a board.
    NoteId;
    /// A group of notes.
    ClusterId;
    /// A participant of a voting round or of a stakeholder assessment.
    ParticipantId;
    /// A stakeholder of a stakeholder map.
    StakeholderId;
    /// A session assessing stakeholders together.
    AssessmentId;
    /// A logged contact with a stakeholder.
    ContactId;
    /// What a comment is about: an objective or an initiative (files hold only
    /// the id, and the item may be gone, so its kind is not always known).
    SubjectId;
}

impl From<&ObjectiveId> for SubjectId {
    fn from(id: &ObjectiveId) -> Self {
        SubjectId(id.0.clone())
    }
}

impl From<&InitiativeId> for SubjectId {
    fn from(id: &InitiativeId) -> Self {
        SubjectId(id.0.clone())
    }
}

/// Old id → new id, for the ids of one kind that [`renew`] replaced.
///
/// Kept as text, filled one insert at a time: a map per id type built with
/// `collect` would compile a sort routine per type, tens of KiB of the
/// first download.
pub struct Renamed<I> {
    map: BTreeMap<String, String>,
    kind: PhantomData<fn() -> I>,
}

impl<I: Id> Renamed<I> {
    /// Each `(old, new)` pair, by old id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.map.iter().map(|(old, new)| (old.as_str(), new.as_str()))
    }
}

/// Gives each id a fresh one of its kind; returns old → new.
pub fn renew<'a, I: Id + 'a>(ids: &mut dyn IdSource, list: impl Iterator<Item = &'a mut I>) -> Renamed<I> {
    let mut map = BTreeMap::new();
    for id in list {
        let new_id = I::fresh(ids);
        map.insert(id.as_str().to_string(), new_id.as_str().to_string());
        *id = new_id;
    }
    Renamed { map, kind: PhantomData }
}

/// Points a reference at the renewed id, when its target was renewed.
pub fn follow<I: Id>(renamed: &Renamed<I>, id: &mut I) {
    if let Some(new_id) = renamed.map.get(id.as_str()) {
        *id = I::from(new_id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_a_version_4_uuid() {
        let id = uuid_v4_from_bytes([0xff; 16]);
        assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4_from_bytes([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn sequential_ids_do_not_repeat() {
        let mut ids = SequentialIds::default();
        assert_ne!(ids.next_id(), ids.next_id());
        let (a, b): (DepartmentId, DepartmentId) = (DepartmentId::fresh(&mut ids), DepartmentId::fresh(&mut ids));
        assert_ne!(a, b);
    }

    #[test]
    fn ids_are_written_as_plain_text() {
        let id = InitiativeId::from("i-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"i-1\"");
        assert_eq!(id.to_string(), "i-1");
        assert_eq!(SubjectId::from(&id).as_str(), "i-1");
    }
}
