//! The command tests' builder: a workspace changed only through the one
//! write path (`apply`), as the UI changes it. It lives here, not in
//! `model::testing`, because only the command module names commands.

use super::{apply, Command, CommandError, Outcome};
use crate::model::testing::TestEnv;
use crate::model::workspace::Workspace;

/// A workspace and the environment its commands run with; empty at first.
#[derive(Debug, Clone, Default)]
pub struct TestWorkspace {
    pub ws: Workspace,
    pub env: TestEnv,
}

impl TestWorkspace {
    /// Applies one command now, as the shell does.
    pub fn apply(&mut self, command: Command) -> Result<Outcome, CommandError> {
        apply(&mut self.ws, command, &mut self.env.env())
    }

    /// Applies one command at another time; the commands after it run at
    /// the time before again.
    pub fn apply_at(&mut self, when: &str, command: Command) -> Result<Outcome, CommandError> {
        let before = (self.env.now, self.env.today);
        self.env.at(when);
        let outcome = self.apply(command);
        (self.env.now, self.env.today) = before;
        outcome
    }

    /// Applies a command that creates a document; the new document's id.
    pub fn create(&mut self, command: Command) -> String {
        self.apply(command).unwrap().created.unwrap().id
    }
}
