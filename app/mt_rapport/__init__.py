"""The semiannual MT report: a typed document (`document.py`) rendered as HTML or tagged PDF.

No database here: an assembler fills `MtRapport`; `render.render_html` / `render.render_pdf`
turn it into the document the MT reads.
"""
