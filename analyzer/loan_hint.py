"""Kept only for analyzer/pipeline.py, which another branch is editing; the code lives in
analyzer/loan/hint.py. Delete once pipeline.py imports analyzer.loan.hint."""
from analyzer.loan.hint import amount_value, loan_hint

__all__ = ["amount_value", "loan_hint"]
