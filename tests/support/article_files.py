"""Articles in the formats people save, written by code so every test knows what they hold.

Each writer returns the paragraphs a reader should get back (the main text), so
tests compare extraction against what was put in, not against a stored answer.
"""

from __future__ import annotations

import zipfile
from html import escape
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

PARAGRAPHS = [
    "Microsoft y OpenAI revisan su acuerdo de computación en la nube, según fuentes cercanas.",
    "La relación entre ambas empresas parece cada vez más tensa a medida que Microsoft planea "
    "nuevas ofertas en Azure para clientes empresariales.",
    "Analistas en Varsovia y Hanói dicen que la privacidad de los datos será la clave: «nadie quiere "
    "depender de un único proveedor», resume una investigadora.",
    "Nỗi lo ẩn giấu đã xuất hiện: sức mạnh tính toán là trung tâm, và cạnh tranh tiềm tàng giữa hai bên.",
]
TITLE = "Microsoft y OpenAI, una alianza en revisión"
OUTLET = "Diario de Prueba"
AUTHOR = "Ana Pérez"
PUBLISHED = "2024-05-06"
URL = "https://diario.example/tecnologia/2024/05/06/microsoft-openai-alianza"

BOILERPLATE = ["Suscríbete a nuestro boletín", "Publicidad", "Lo más leído: diez trucos para tu móvil",
               "Comentario de lector123: ¡Qué vergüenza!", "Aviso legal · Política de cookies"]


def news_page() -> str:
    """A news article page as outlets serve it: navigation, ads, related links, comments,
    and metadata in <meta> tags and JSON-LD."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>{escape(TITLE)} | {escape(OUTLET)}</title>
<meta property="og:title" content="{escape(TITLE)}">
<meta property="og:site_name" content="{escape(OUTLET)}">
<meta property="og:url" content="{URL}">
<link rel="canonical" href="{URL}">
<meta name="author" content="{escape(AUTHOR)}">
<meta property="article:published_time" content="{PUBLISHED}T08:30:00+02:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{TITLE}", "datePublished": "{PUBLISHED}T08:30:00+02:00",
 "author": {{"@type": "Person", "name": "{AUTHOR}"}},
 "publisher": {{"@type": "Organization", "name": "{OUTLET}"}}}}</script>
<style>.ad {{ color: red }}</style></head>
<body>
<header><nav><ul><li><a href="/">Portada</a></li><li><a href="/tecnologia">Tecnología</a></li>
<li><a href="/economia">Economía</a></li></ul></nav>
<div class="ad banner">{BOILERPLATE[1]}</div></header>
<main><article>
<h1>{escape(TITLE)}</h1>
<p class="byline">Por {escape(AUTHOR)} · 6 de mayo de 2024</p>
{body}
</article>
<aside class="related"><h2>{BOILERPLATE[2]}</h2><ul>
<li><a href="/a">Cinco aplicaciones para ahorrar batería</a></li>
<li><a href="/b">El tiempo para el fin de semana</a></li></ul></aside>
<section id="comments" class="comments"><h2>Comentarios</h2>
<div class="comment"><p>{BOILERPLATE[3]}</p></div></section>
<div class="newsletter">{BOILERPLATE[0]}</div>
</main>
<footer><p>{BOILERPLATE[4]}</p></footer>
<script>window.ads = [1, 2, 3];</script>
</body></html>
"""


def write_news_page(path: Path) -> list[str]:
    path.write_text(news_page(), encoding="utf-8")
    return PARAGRAPHS


def write_pdf(path: Path, pages: list[list[str]] | None = None, *, scanned: bool = False) -> list[list[str]]:
    """A PDF with a real text layer, one list of paragraphs per page (the default: two
    paragraphs on each of two pages), and Info metadata. `scanned` draws each page as
    a picture instead, as a scanner without OCR does: no text layer at all."""
    from fpdf import FPDF

    pages = pages or [PARAGRAPHS[:2], PARAGRAPHS[2:]]
    pdf = FPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 5, 6, 8, 30,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for paragraphs in pages:
        pdf.add_page()
        if scanned:
            # Grey bars where lines of print would be: ink without any text.
            for line in range(24):
                pdf.set_fill_color(60, 60, 60)
                pdf.rect(20, 25 + line * 9, 150 - (line % 4) * 20, 4, style="F")
            continue
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(6)
    pdf.output(str(path))
    return pages


def write_docx(path: Path) -> list[str]:
    """A Word document with a heading, the paragraphs, a table row and core properties."""
    import datetime

    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Azure"
    table.rows[0].cells[1].text = "nube"
    props = document.core_properties
    props.title, props.author, props.identifier = TITLE, AUTHOR, URL
    props.created = datetime.datetime(2024, 5, 6, 8, 30)
    document.save(str(path))
    return [TITLE, *PARAGRAPHS, "Azure nube"]


def write_epub(path: Path) -> list[str]:
    """A minimal EPUB 3: container, package document with Dublin Core metadata, two chapters
    and a navigation document (which is not part of the text)."""
    chapters = [[TITLE, *PARAGRAPHS[:2]], PARAGRAPHS[2:]]
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:12345678-1234-4234-8234-123456789abc</dc:identifier>
<dc:title>{escape(TITLE)}</dc:title><dc:creator>{escape(AUTHOR)}</dc:creator>
<dc:publisher>{escape(OUTLET)}</dc:publisher><dc:date>{PUBLISHED}</dc:date>
<dc:source>{URL}</dc:source><dc:language>es</dc:language></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>"""

    def chapter(blocks: list[str], heading: bool) -> str:
        inner = "".join(f"<h1>{escape(b)}</h1>" if heading and i == 0 else f"<p>{escape(b)}</p>"
                        for i, b in enumerate(blocks))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                f"<head><title>x</title></head><body>{inner}</body></html>")

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>""")
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/nav.xhtml", chapter(["Contents", "Chapter one"], False))
        archive.writestr("OEBPS/text/one.xhtml", chapter(chapters[0], True))
        archive.writestr("OEBPS/text/two.xhtml", chapter(chapters[1], False))
    return [TITLE, *PARAGRAPHS]
