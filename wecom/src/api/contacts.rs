//! The corp's address book: departments and members (`department/list`, `user/list`).

use serde::Deserialize;

use crate::{Credentials, WecomClient, WecomError};

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Department {
    pub id: u64,
    #[serde(default)]
    pub name: String,
    /// 0 for the root department.
    #[serde(default)]
    pub parentid: u64,
    #[serde(default)]
    pub order: u64,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Member {
    pub userid: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub department: Vec<u64>,
    #[serde(default)]
    pub main_department: Option<u64>,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub biz_mail: String,
    /// 1 active, 2 disabled, 4 not yet activated, 5 left the corp.
    #[serde(default)]
    pub status: i32,
}

impl Member {
    /// The member's department for scrm: the main one, else the first listed.
    pub fn primary_department(&self) -> Option<u64> {
        self.main_department
            .filter(|id| *id != 0)
            .or_else(|| self.department.first().copied())
    }

    /// Disabled members and those who left keep their history but may not sign in.
    pub fn is_active(&self) -> bool {
        self.status == 1 || self.status == 4
    }
}

#[derive(Deserialize)]
struct DepartmentList {
    #[serde(default)]
    department: Vec<Department>,
}

#[derive(Deserialize)]
struct UserList {
    #[serde(default)]
    userlist: Vec<Member>,
}

impl WecomClient {
    /// Every department the app may see (`department/list` without an id lists the tree).
    pub async fn department_list(
        &self,
        credentials: &Credentials,
    ) -> Result<Vec<Department>, WecomError> {
        let answer: DepartmentList = self
            .get(credentials, "/cgi-bin/department/list", &[])
            .await?;
        Ok(answer.department)
    }

    /// The members of one department (not of its children).
    pub async fn user_list(
        &self,
        credentials: &Credentials,
        department_id: u64,
    ) -> Result<Vec<Member>, WecomError> {
        let answer: UserList = self
            .get(
                credentials,
                "/cgi-bin/user/list",
                &[("department_id", department_id.to_string())],
            )
            .await?;
        Ok(answer.userlist)
    }
}
