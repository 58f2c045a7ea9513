"""PDF documents: the CE summary and the audit pack.

Every number and sentence printed here comes from the ``CycleProgress`` passed in
(the one selector result the dashboard also shows); this module formats, it never
applies a rule, and it names no program: words such as a body's name or an
approval label come from the rules data. Layout is ReportLab platypus with the
Bitstream Vera fonts that ship inside the reportlab package (no system dependency;
accents such as é, ñ, ü render and extract). Certificates are merged with pypdf.

The package, from the bottom up: ``fonts`` (the embedded fonts), ``text`` (cleaning,
escaping, numbers, dates, fitting and wrapping), ``theme`` (colours, styles, page
furniture), ``flowables``, ``textops`` and ``table`` (the activity list's table and its
text), ``document`` (names and properties), ``activities`` (the numbered rows and the
activity list), ``summary``, ``certificates`` (reading the files) and ``pack`` (the audit
pack).

Public API::

    summary_pdf(progress=..., holder_name=..., generated_at=...) -> bytes
    audit_pack_pdf(progress=..., holder_name=..., generated_at=...) -> bytes
    pdf_filename(progress=..., generated_at=..., audit_pack=False) -> str
    CONTENT_TYPE == "application/pdf"
"""

from reportlab import rl_config

from credentials.pdf.document import CONTENT_TYPE, pdf_filename
from credentials.pdf.pack import audit_pack_pdf
from credentials.pdf.summary import summary_pdf

# Compressed streams are written as binary, not also encoded as ASCII85 text (ReportLab's default,
# made for 7-bit channels): a quarter smaller and quicker to write. Set for the process, before any
# document (the summary, the audit pack's canvas, its images) is made.
rl_config.useA85 = 0

__all__ = ["CONTENT_TYPE", "audit_pack_pdf", "pdf_filename", "summary_pdf"]
