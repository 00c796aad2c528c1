"""Reading a screenshot into text, offline (no Flask): reader checks and recognises an
image, layout turns the recognised boxes into messages with sender and time.
The upload views stay in webapp/ocr_views.py."""
