"""Guidance for a report: which guides apply, what to do, what to reply.

Built once from the knowledge base's data files and held in memory, so that
advising costs no database query per message: every answer is a handful of
dictionary look-ups, and answers are cached by (verdict, kinds, lender kind,
relevant facts). The returned dicts are shared between reports: treat them as
read-only.

Selection, all driven by the data files:
- guides: every guide whose `verdicts` contains the verdict or whose `kinds`
  meet the report's finding kinds (and whose `lender_kinds`, if set, contain the
  lender's kind, and whose `debts`, if set, contain the kind of debt), less those
  a chosen guide `replaces`, ordered scam → safety → rights → negotiation, the verdict's
  own guide first within its group, then by `order`.
- channels: those whose `for_verdicts`/`for_kinds` match, plus those the chosen
  guides name. Complaint channels (those with `for_lender_kinds`) are offered
  only for unlawful_threat/aggressive reports, and only when the lender's kind
  fits (both when the kind is unknown); pcg55: none of them, and each line in its person's wording
  (Channel.when_person / not_handled_person), when the debt is owed to a person or a payee (PERSON_DEBTS).
- replies: those whose `verdicts` contain the verdict and, if `kinds` is set,
  share a kind with the report (and whose `debts`, if set, contain the kind of debt), less those a chosen
  reply `replaces`. A scam gets none: never answer a scammer. A reader
  who is not the borrower gets only reply.not_the_borrower.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.entries import PERSON_DEBTS, PRIORITIES, Catalog, Channel, Guide, load_catalog
from knowledge.sources import CAVEAT, needs_caveat

# Facts the analyzer extracts that call for a guide even without a finding: a message that speaks of
# a debt sold to another company, of enforcement (执行/失信/限高), or of arbitration, 支付令, 赋强公证 or
# 诉前调解 gets the guide that says what is real about it and how to check.
FACT_GUIDES = {
    "case_number": "guide.verify_court_case",
    "debt_transfer": "guide.debt_assignment",
    "enforcement": "guide.enforcement_risks",
    "legal_process": "guide.legal_process_types",
}
COMPLAINT_VERDICTS = ("unlawful_threat", "aggressive")
# fixes20: a reader who is not the borrower (a relative, a contact, a colleague) gets only the reply written for them;
# the others speak as the borrower (我目前有困难，但愿意协商) and copying them would claim the debt. The page and the API
# both show the report's replies, so they agree.
THIRD_PARTY_REPLY = "reply.not_the_borrower"
# Channels that only check a court's case: a notice from an arbitration body (legal_check.stage "arbitration") is not
# offered them — its summary already says 12368 knows nothing of an arbitration case.
COURT_ONLY_CHANNELS = frozenset({"channel.12368", "channel.court_online_service", "channel.zxgk"})
UNSURE_LENDER_KINDS = (None, "unknown", "collection_agency")
_CACHE_LIMIT = 4096


@dataclass(frozen=True)
class Advice:
    guidance: tuple[dict[str, Any], ...] = ()
    actions: dict[str, Any] = field(default_factory=dict)
    replies: tuple[dict[str, Any], ...] = ()


def citation(law: Any) -> dict[str, str | None]:
    """A law as cited under a guide: where to read it (publication, official_url, the checked copy in
    source) and caveat "未核对原文" when its text was checked only against a secondary source."""
    return {"law_id": law.id, "law": law.name, "article": law.article, "old_article": law.old_article,
            "source": law.source, "reviewed_on": law.reviewed_on, "status": law.status,
            "publication": law.publication, "official_url": law.official_url or None,
            "caveat": CAVEAT if needs_caveat(law) else None}


def channel_dict(ch: Channel) -> dict[str, str]:
    return {"id": ch.id, "name": ch.name, "number": ch.number, "address": ch.address, "runs": ch.runs,
            "handles": ch.handles, "not_handled": ch.not_handled, "when": ch.when,
            "source": ch.source, "status": ch.status}


def guide_dict(g: Guide, catalog: Catalog) -> dict[str, Any]:
    return {"id": g.id, "title": g.title, "summary": g.summary, "steps": list(g.steps),
            "priority": g.priority, "citations": [citation(catalog.laws[i]) for i in g.laws],
            "channels": list(g.channels)}


class Advisor:
    """Chooses guides, actions and replies for one analysed message."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._guides = {gid: guide_dict(g, catalog) for gid, g in catalog.guides.items()}
        self._by_verdict: dict[str, list[str]] = {}
        self._by_kind: dict[str, list[str]] = {}
        for g in catalog.guides.values():
            for v in g.verdicts:
                self._by_verdict.setdefault(v, []).append(g.id)
            for k in g.kinds:
                self._by_kind.setdefault(k, []).append(g.id)
        self._channel_order = {cid: n for n, cid in enumerate(catalog.channels)}
        self._channels = {cid: channel_dict(ch) for cid, ch in catalog.channels.items()}
        # pcg55: a friend's, a relative's, a landlord's debt: "想起诉催收方侵权时" reads "对方威胁、侵权怎么办时"
        self._channels_person = {cid: {**self._channels[cid], "when": ch.when_person or ch.when,
                                       "not_handled": ch.not_handled_person or ch.not_handled}
                                 for cid, ch in catalog.channels.items()}
        self._cache: dict[tuple[Any, ...], Advice] = {}

    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Advisor":
        return cls(load_catalog(data_dir) if data_dir else load_catalog())

    def advise(self, *, verdict: str, kinds: list[str], lender_kind: str | None,
               facts: list[dict[str, Any]], extra_guides: tuple[str, ...] = (), debt: str | None = None,
               third_party: bool = False, legal_stage: str = "") -> Advice:
        """extra_guides: guide ids the analyzer asks for (e.g. guide.third_party_reader); ids not in
        the knowledge base are skipped. debt: the kind of debt the message is about ("card"), if known.
        third_party: the reader is not the borrower (reader.role "third_party").
        legal_stage: legal_check.stage; "arbitration" drops the court-only channels."""
        fact_guides = tuple(sorted({FACT_GUIDES[f["kind"]] for f in facts if f.get("kind") in FACT_GUIDES}
                                   | set(extra_guides)))
        arbitration = legal_stage == "arbitration"
        key = (verdict, tuple(sorted(set(kinds))), lender_kind, fact_guides, debt, third_party, arbitration)
        advice = self._cache.get(key)
        if advice is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            advice = self._cache[key] = self._compute(verdict, key[1], lender_kind, fact_guides, debt, third_party,
                                                             arbitration)
        return advice

    # -- building one answer ----------------------------------------------------
    def _select_guides(self, verdict: str, kinds: tuple[str, ...], lender_kind: str | None,
                       extra: tuple[str, ...], debt: str | None = None) -> list[Guide]:
        guides = self._catalog.guides
        ids: list[str] = [*self._by_verdict.get(verdict, ())]
        for k in kinds:
            ids += self._by_kind.get(k, ())
        ids += [g for g in extra if g in guides]
        ids = [g for g in ids if (not guides[g].lender_kinds or lender_kind in guides[g].lender_kinds)
               and (not guides[g].debts or debt in guides[g].debts)]
        replaced = {r for g in ids for r in guides[g].replaces}
        seen: dict[str, int] = {}
        for gid in ids:
            if gid in replaced:
                continue
            seen.setdefault(gid, len(seen))
        chosen = [guides[g] for g in seen]
        own = f"guide.verdict.{verdict}"
        return sorted(chosen, key=lambda g: (PRIORITIES.index(g.priority), g.id != own, g.order, seen[g.id]))

    def _channel_fits(self, ch: Channel, verdict: str, lender_kind: str | None) -> bool:
        if not ch.for_lender_kinds:
            return True
        if verdict not in COMPLAINT_VERDICTS:
            return False
        return lender_kind in UNSURE_LENDER_KINDS or lender_kind in ch.for_lender_kinds

    def _select_channels(self, verdict: str, kinds: tuple[str, ...], lender_kind: str | None,
                         guides: list[Guide], debt: str | None = None) -> list[dict[str, str]]:
        wanted: set[str] = set()
        for ch in self._catalog.channels.values():
            if verdict in ch.for_verdicts or any(k in ch.for_kinds for k in kinds):
                wanted.add(ch.id)
            if verdict in COMPLAINT_VERDICTS and lender_kind in ch.for_lender_kinds:
                wanted.add(ch.id)
        for g in guides:
            wanted.update(g.channels)
        fitting = [c for c in wanted if self._channel_fits(self._catalog.channels[c], verdict, lender_kind)]
        person = debt in PERSON_DEBTS or (debt == "private_unsure" and verdict == "reminder")
        if person:  # pcg55: no lender's regulator (12378, 地方金融管理局) for a debt owed to a person or a payee
            fitting = [c for c in fitting if not self._catalog.channels[c].for_lender_kinds]
        table = self._channels_person if person else self._channels
        return [table[c] for c in sorted(fitting, key=self._channel_order.__getitem__)]

    def _compute(self, verdict: str, kinds: tuple[str, ...], lender_kind: str | None,
                 extra: tuple[str, ...], debt: str | None = None, third_party: bool = False,
                 arbitration: bool = False) -> Advice:
        guides = self._select_guides(verdict, kinds, lender_kind, extra, debt)
        evidence: dict[str, None] = {}
        for g in guides:
            evidence.update(dict.fromkeys(g.evidence))
        fitting = [r for r in self._catalog.replies.values()
                   if verdict in r.verdicts and (not r.kinds or any(k in r.kinds for k in kinds))
                   and (not r.debts or debt in r.debts)]
        replaced = {i for r in fitting for i in r.replaces}  # pcg54: a friend's ask-back, a bill (Reply.debts)
        replies = tuple({"id": r.id, "title": r.title, "text": r.text} for r in fitting if r.id not in replaced)
        if third_party and verdict != "scam":  # never answer a scammer, whoever reads it
            own = self._catalog.replies.get(THIRD_PARTY_REPLY)
            replies = ({"id": own.id, "title": own.title, "text": own.text},) if own is not None else ()
        channels = self._select_channels(verdict, kinds, lender_kind, guides, debt)
        if arbitration:
            channels = [c for c in channels if c["id"] not in COURT_ONLY_CHANNELS]
        actions = {"evidence_checklist": list(evidence), "channels": channels}
        return Advice(guidance=tuple(self._guides[g.id] for g in guides), actions=actions, replies=replies)
