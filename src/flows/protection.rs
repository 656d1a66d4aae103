//! Privileged accounts, which sspr never resets or unlocks (self-service or helpdesk),
//! whatever the directory's permissions would allow: protected accounts (adminCount=1, and
//! the domain's Administrator and krbtgt by RID), members of every group AdminSDHolder
//! protects and of any the operator adds (`sspr.protected_groups`), nested membership
//! included, helpdesk staff (a helpdesk member cannot reset another), and the service account
//! itself. Those are reset in person by a directory administrator with their own tools.
//!
//! The groups are matched by SID in the account's tokenGroups, not by adminCount: AD sets
//! adminCount only when SDProp next runs (up to an hour later on Windows; never on Samba).

use tokio::sync::OnceCell;

use super::Services;
use crate::writeback::acl::Sid;
use crate::writeback::{DirectoryUser, WritebackError};

/// Why an account is privileged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Privilege {
    /// adminCount=1: AD protects it (AdminSDHolder).
    Protected,
    /// It is the account sspr itself binds as.
    ServiceAccount,
    /// A member of the helpdesk group.
    Helpdesk,
    /// A member of this protected group (as configured).
    Group(String),
}

impl Privilege {
    /// For the audit detail and the helpdesk's diagnosis.
    pub fn describe(&self) -> String {
        match self {
            Self::Protected => "a protected account (adminCount=1)".into(),
            Self::ServiceAccount => "the portal's own service account".into(),
            Self::Helpdesk => "a member of the helpdesk group".into(),
            Self::Group(g) => format!("a member of the protected group {g}"),
        }
    }
}

/// The SIDs that make an account privileged, looked up once.
#[derive(Debug)]
pub struct PrivilegedSids {
    groups: Vec<(Sid, String)>,
    helpdesk: Option<Sid>,
    service: Sid,
}

/// The lazily resolved [`PrivilegedSids`], shared by every clone of [`Services`].
pub type PrivilegedCache = OnceCell<PrivilegedSids>;

impl Services {
    async fn privileged_sids(&self) -> Result<&PrivilegedSids, WritebackError> {
        self.privileged
            .get_or_try_init(|| async {
                let mut names: Vec<String> = crate::writeback::WELL_KNOWN_GROUPS
                    .iter()
                    .map(|(n, _)| (*n).to_string())
                    .collect();
                names.extend(self.config.sspr.protected_groups.iter().cloned());
                let groups = self.directory.resolve_groups(&names).await?;
                let helpdesk_dn = &self.config.sspr.helpdesk_group_dn;
                let helpdesk = if helpdesk_dn.is_empty() {
                    None
                } else {
                    self.directory
                        .resolve_groups(std::slice::from_ref(helpdesk_dn))
                        .await?
                        .into_iter()
                        .next()
                        .map(|(sid, _)| sid)
                };
                let service = self
                    .directory
                    .sid_of(&self.config.directory.bind_dn)
                    .await?;
                Ok(PrivilegedSids {
                    groups,
                    helpdesk,
                    service,
                })
            })
            .await
    }

    /// Whether (and why) `user` is an account sspr must not reset or unlock.
    pub async fn privilege(
        &self,
        user: &DirectoryUser,
    ) -> Result<Option<Privilege>, WritebackError> {
        let own_rid = user
            .sid
            .as_deref()
            .and_then(|s| Sid::parse(s).ok())
            .and_then(|s| s.rid());
        if user.admin_count
            || own_rid.is_some_and(|r| crate::writeback::PROTECTED_ACCOUNT_RIDS.contains(&r))
        {
            return Ok(Some(Privilege::Protected));
        }
        let sids = self.privileged_sids().await?;
        if user
            .sid
            .as_deref()
            .is_some_and(|s| s == sids.service.to_string())
        {
            return Ok(Some(Privilege::ServiceAccount));
        }
        // The token holds every group through any nesting, the primary group and the
        // built-in ones, as the DC computes it.
        let token = self.directory.token_of_user(user).await?;
        if sids.helpdesk.as_ref().is_some_and(|h| token.contains(h)) {
            return Ok(Some(Privilege::Helpdesk));
        }
        Ok(sids
            .groups
            .iter()
            .find(|(sid, _)| token.contains(sid))
            .map(|(_, name)| Privilege::Group(name.clone())))
    }
}
