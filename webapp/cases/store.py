"""Saved cases in an embedded SQLite file (sqlite-utils). A case is written only when the
volunteer saves it, and only in redacted form; deleting removes its rows and VACUUMs,
with secure_delete on, so its text is gone from the file.

The file: `--db` or the app's `CASES_DB` config, else `CUISHOU_CASES_DB`, else
`cases.db` in the one data directory, knowledge.store.data_home()
(`~/.local/share/cuishou-checker/`, beside the knowledge base); a file already saved at the
old place, `~/.local/share/cuishou/cases.db`, keeps being used.
"""
from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from knowledge.store import data_home

from analyzer.case.model import Case, CaseMessage, ImportIssue

ENV_VAR = "CUISHOU_CASES_DB"


def default_path(configured: str | os.PathLike[str] | None = None) -> Path:
    if configured:  # an explicit --db or app config wins
        return Path(configured)
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    path = data_home() / "cases.db"
    # Cases saved before the data directories were merged stay where they are.
    legacy = path.parent.parent / "cuishou" / "cases.db"
    return legacy if not path.exists() and legacy.exists() else path


def _private_file(path: Path) -> None:
    """Case data is 0600 in a 0700 directory: created so (SQLite's journal copies the file's
    mode), and the app's own data directory (which the knowledge base may have made 0755
    first) and an existing file of ours are tightened. A directory given with --db is only
    created 0700, never chmod-ed: it may be shared."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    home = data_home()
    own_dirs = {home.resolve(), (home.parent / "cuishou").resolve()}  # the current place and the old one
    parent = path.parent.resolve()
    if parent in own_dirs and parent.stat().st_uid == os.getuid():
        parent.chmod(0o700)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    if path.stat().st_uid == os.getuid():
        path.chmod(0o600)


class CaseNotFoundError(LookupError):
    """No saved case has this id."""


# No 0/O, 1/I/L: read aloud or copied by hand without mistakes.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_case_code() -> str:
    """A short random code (e.g. K7Q-F2M), never masked, to tell saved cases apart; it says
    nothing about the borrower."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


@dataclass(frozen=True)
class CaseListing:
    id: int
    code: str
    title: str
    created_at: str
    message_count: int
    notes: str


class CaseStore:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        _private_file(self.path)
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("PRAGMA secure_delete = ON")
        self.db.execute("PRAGMA journal_mode = DELETE")  # no WAL file keeping old pages
        self.db.execute("PRAGMA foreign_keys = ON")
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        if "cases" not in self.db.table_names():
            self.db["cases"].create({"id": int, "title": str, "notes": str, "created_at": str, "updated_at": str,
                                     "source_format": str, "message_count": int, "guides": str, "issues": str},
                                    pk="id")
        if "messages" not in self.db.table_names():
            self.db["messages"].create({"case_id": int, "seq": int, "line": int, "direction": str, "sender": str,
                                        "received_at": str, "text": str, "analysis": str},
                                       pk=("case_id", "seq"), foreign_keys=[("case_id", "cases", "id")])
        if "settings" not in self.db.table_names():
            self.db["settings"].create({"key": str, "value": str}, pk="key")
        # Added later: files saved by an earlier version get the columns (empty) on open.
        for table, column in (("cases", "code"), ("cases", "roles"), ("messages", "contact")):
            if column not in self.db[table].columns_dict:
                self.db[table].add_column(column, str)

    def close(self) -> None:
        self.db.close()

    # -- cases ---------------------------------------------------------------
    def save(self, case: Case) -> int:
        """Store a case (already redacted by the caller) and return its id."""
        if not case.redacted:
            raise ValueError("case must be redacted before saving")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.db.conn:
            table = self.db["cases"]
            table.insert({"title": case.title, "notes": case.notes, "created_at": now, "updated_at": now,
                          "code": case.code or new_case_code(), "roles": json.dumps(case.roles, ensure_ascii=False),
                          "source_format": case.source_format, "message_count": len(case.messages),
                          "guides": json.dumps(case.guides, ensure_ascii=False),
                          "issues": json.dumps([i.to_dict() for i in case.issues], ensure_ascii=False)})
            case_id = int(table.last_pk)
            self.db["messages"].insert_all(
                ({"case_id": case_id, "seq": m.seq, "line": m.line, "direction": m.direction, "sender": m.sender,
                  "received_at": m.received_at, "text": m.text, "contact": m.contact,
                  "analysis": json.dumps(m.analysis, ensure_ascii=False) if m.analysis is not None else None}
                 for m in case.messages), batch_size=1000)
        return case_id

    def list(self) -> list[CaseListing]:
        rows = self.db.query("select id, coalesce(code, '') as code, title, created_at, message_count, notes "
                             "from cases order by id desc")
        return [CaseListing(**r) for r in rows]

    def open(self, case_id: int) -> Case:
        try:
            row = self.db["cases"].get(case_id)
        except sqlite_utils.db.NotFoundError as exc:
            raise CaseNotFoundError(case_id) from exc
        # Plain tuples rather than sqlite-utils' dict rows: a 10,000-message case opens in a third less time.
        loads = json.loads
        messages = tuple(
            CaseMessage(seq=seq, line=line, text=text, sender=sender, received_at=received_at, direction=direction,
                        analysis=loads(analysis) if analysis else None, contact=contact)
            for seq, line, text, sender, received_at, direction, analysis, contact in self.db.execute(
                "select seq, line, text, sender, received_at, direction, analysis, contact "
                "from messages where case_id = ? order by seq", [case_id]))
        issues = tuple(ImportIssue(**i) for i in json.loads(row["issues"] or "[]"))
        return Case(id=row["id"], title=row["title"], notes=row["notes"] or "", created_at=row["created_at"],
                    source_format=row["source_format"] or "", messages=messages,
                    guides=json.loads(row["guides"] or "{}"), issues=issues, redacted=True,
                    code=row.get("code") or "", roles=json.loads(row.get("roles") or "{}"))

    def update_notes(self, case_id: int, notes: str) -> None:
        self._require(case_id)
        self.db["cases"].update(case_id, {"notes": notes,
                                          "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})

    def update_roles(self, case_id: int, roles: dict[str, str]) -> None:
        """The volunteer's marks (number key -> role), replacing the previous ones."""
        self._require(case_id)
        self.db["cases"].update(case_id, {"roles": json.dumps(roles, ensure_ascii=False),
                                          "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})

    def delete(self, case_id: int) -> None:
        """Remove the case and its messages, then VACUUM so nothing remains in the file."""
        self._require(case_id)
        with self.db.conn:
            self.db.execute("delete from messages where case_id = ?", [case_id])
            self.db.execute("delete from cases where id = ?", [case_id])
        self.db.execute("VACUUM")

    def _require(self, case_id: int) -> None:
        if not self.db.execute("select 1 from cases where id = ?", [case_id]).fetchone():
            raise CaseNotFoundError(case_id)

    # -- passphrase ----------------------------------------------------------
    def passphrase_hash(self) -> str | None:
        row = self.db.execute("select value from settings where key = 'passphrase_hash'").fetchone()
        return row[0] if row else None

    def set_passphrase(self, passphrase: str) -> None:
        from werkzeug.security import generate_password_hash

        if len(passphrase) < 8:
            raise ValueError("口令至少 8 个字符。")
        self.db["settings"].upsert({"key": "passphrase_hash", "value": generate_password_hash(passphrase)}, pk="key")

    def check_passphrase(self, passphrase: str) -> bool:
        from werkzeug.security import check_password_hash

        stored = self.passphrase_hash()
        return bool(stored) and check_password_hash(stored, passphrase)  # type: ignore[arg-type]

    def info(self) -> dict[str, Any]:
        return {"path": str(self.path), "cases": self.db["cases"].count}
