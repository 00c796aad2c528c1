"""The loan-cost calculator: what a loan really costs against the legal interest lines.

cost: the annual rate and totals; lines: the legal lines and readings; input: parsing
a form or JSON body; hint: spotting loan numbers in a message; cli: `cuishou loan-cost`.
"""
