"""Curated data (lenders, rules, laws, guidance, channels) and its loader.

Never imports analyzer or flask.
"""
from knowledge.errors import DataError

__all__ = ["DataError"]
