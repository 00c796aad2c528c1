"""Case mode for legal-aid volunteers in the web app: store (SQLite via sqlite-utils),
jobs (background imports), export (HTML/CSV/JSON), chart (SVG timeline), views (Flask
blueprint) and cli (`cuishou case`). Importing, analysing, summarising and redacting a
case need no Flask and live in analyzer/case/.
"""
