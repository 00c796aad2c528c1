"""The one Letter model and what every draft shares: the blank, the kinds that call for the police or a complaint, the laws a letter may cite (analyzer/letters.py)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from knowledge import registry
from knowledge.entries import Law, load_catalog
from knowledge.sources import letter_safe

BLANK: str = registry.letters()["blank"]


@dataclass(frozen=True)
class Letter:
    id: str  # permanent: letter.lender, letter.regulator, letter.12321, letter.police
    title: str
    to: str
    body: str
    how: str = ""  # one sentence: where and how to send it (drafts from one message)
    laws: tuple[str, ...] = ()  # ids of the laws the body cites; each passed letter_safe()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "title": self.title, "to": self.to, "body": self.body}
        if self.how:
            out["how"] = self.how
        if self.laws:
            out["laws"] = list(self.laws)
        return out


# Finding categories that make a lender's own collection messages a matter for a complaint.
PROBLEM_CATEGORIES = frozenset({"unlawful_threat", "pressure", "scam"})


def police_kinds() -> frozenset[str]:
    """Finding kinds whose presence adds a police report to the drafts."""
    return frozenset(k for k, v in registry.kinds().items() if v.get("report_to_police"))


def lawful_pressure_kinds() -> frozenset[str]:
    """Finding kinds that name a step a creditor may lawfully take (kinds.toml lawful_pressure: 起诉, 上报征信, a deadline)."""
    return frozenset(k for k, v in registry.kinds().items() if v.get("lawful_pressure"))


def complaint_worthy(kinds: Iterable[str]) -> bool:
    """Whether these finding kinds give the reader something to complain of: a threat, a scam sign or pressure beyond a
    lawful step. A message (or a lender's messages in a case) whose every problem is lawful pressure gets no complaint
    and no 12321 report: its findings say the creditor may do this, and a letter asking to 责令停止违规催收 would
    contradict them."""
    table = registry.kinds()
    lawful = lawful_pressure_kinds()
    return any(table.get(k, {}).get("category") in PROBLEM_CATEGORIES and k not in lawful for k in kinds)


def _fill(template: str, **values: str) -> str:
    return template.format_map({"blank": BLANK, **values})


def _letter(tpl: dict[str, Any], values: dict[str, str], to: str | None = None, how: str | None = None,
            laws: tuple[Law, ...] = ()) -> Letter:
    body = _fill(tpl["body"], **values)
    return Letter(tpl["id"], tpl["title"], _fill(to if to is not None else tpl["to"], **values), body,
                  _fill(how if how is not None else tpl.get("how", ""), **values),
                  tuple(law.id for law in laws if "{basis}" in tpl["body"]))


def letter_laws(law_ids: Iterable[str]) -> tuple[Law, ...]:
    """The laws a letter may cite, in order, without repeats: known entries checked against the
    official text. A borrower may send what we draft, so an entry checked only against a secondary
    copy (knowledge.sources.letter_safe) never reaches a letter, wherever its id comes from."""
    laws = load_catalog().laws
    out: dict[str, Law] = {}
    for law_id in law_ids:
        law = laws.get(law_id)
        if law is not None and letter_safe(law):
            out.setdefault(law_id, law)
    return tuple(out.values())


def _basis(kinds: Iterable[str], by_kind: dict[str, list[str]] | None = None) -> tuple[tuple[Law, ...], str]:
    """The laws for these finding kinds (letters.toml message.basis, or a letter's own basis_laws such
    as the police report's) and the sentence citing them."""
    basis = registry.letters()["message"].get("basis")
    if not basis:
        return (), ""
    table = basis["laws"] if by_kind is None else by_kind
    lists = [table.get(kind, ()) for kind in kinds]
    # each kind's first law before any kind's second, so that a long message does not crowd out a kind
    ranked = (ids[i] for i in range(max(map(len, lists), default=0)) for ids in lists if i < len(ids))
    laws = letter_laws(ranked)[:basis["max_laws"]]
    if not laws:
        return (), ""
    cited = "；".join(f"《{law.name}》{law.article}" for law in laws)
    return laws, _fill(basis["sentence"], laws=cited)
