"""Phrase lists for generated prose in four languages, with the diacritics real articles have."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Grammar:
    """Sentence parts that combine freely: subject + verb + object + tail.

    Subjects are grammatically singular so every verb fits every subject; tails
    carry {year}, {n} and {q} so that two sentences built from the same parts
    still differ in their numbers, as prose does.
    """

    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    openers: tuple[str, ...]


PROPER_NOUNS = ("Microsoft", "OpenAI")

GRAMMARS: dict[str, Grammar] = {
    "vi": Grammar(
        subjects=("Microsoft", "OpenAI", "Ban lãnh đạo", "Nhóm nghiên cứu ở Hà Nội", "Mỗi khách hàng doanh nghiệp",
                  "Cơ quan quản lý châu Âu", "Một nhà cung cấp đối thủ", "Đội ngũ phát triển GPT",
                  "Một nhà đầu tư lớn", "Không ai ở Azure", "Giám đốc công nghệ", "Một kỹ sư ở Đà Nẵng"),
        verbs=("lo ngại về", "đang đầu tư vào", "âm thầm xem xét lại", "muốn kiểm soát nhiều hơn",
               "công khai chỉ trích", "đang mở rộng", "cần thêm", "đánh giá thấp", "đang đàm phán về",
               "liên tục vận động về", "tiết lộ kế hoạch về", "đặt câu hỏi về"),
        objects=("sức mạnh tính toán", "quyền riêng tư của dữ liệu người dùng", "chi phí đào tạo mô hình",
                 "thị trường điện toán đám mây", "các trung tâm dữ liệu mới", "quan hệ đối tác chiến lược",
                 "sự cạnh tranh tiềm tàng", "giấy phép sử dụng công nghệ", "quyền truy cập GPU",
                 "giá năng lượng", "trọng số của mô hình", "quyền phân phối độc quyền"),
        tails=("trong năm {year}", "theo một tài liệu nội bộ", "khiến nhiều người bất ngờ",
               "với ngân sách khoảng {n} tỷ đô la", "dù chưa có xác nhận chính thức", "sau {n} tháng đàm phán",
               "như The Information đưa tin", "trước khi kết thúc quý {q}",
               "trong khi các đối thủ theo dõi sát sao", "bất chấp chi phí tăng {n}%"),
        openers=("Theo các chuyên gia, ", "Tuy nhiên, ", "Trên thực tế, ", "Đáng chú ý, ", "Năm {year}, "),
    ),
    "pl": Grammar(
        subjects=("Microsoft", "OpenAI", "Zarząd spółki", "Zespół badawczy z Łodzi", "Każdy klient korporacyjny",
                  "Europejski regulator", "Konkurencyjny dostawca chmury", "Zespół twórców GPT", "Duży inwestor",
                  "Nikt w Azure", "Dyrektor ds. technologii", "Inżynier z Gdańska"),
        verbs=("martwi się o", "inwestuje w", "po cichu analizuje", "chce mocniej kontrolować", "otwarcie krytykuje",
               "rozbudowuje", "ogranicza", "wycenia na nowo", "negocjuje", "kwestionuje", "zabezpiecza",
               "przejmuje"),
        objects=("moc obliczeniową", "prywatność danych użytkowników", "koszty trenowania modeli",
                 "rynek usług chmurowych", "nowe centra danych", "strategiczne partnerstwo", "potencjalną konkurencję",
                 "licencje na technologię", "dostęp do procesorów GPU", "ceny energii", "wagi modelu",
                 "wyłączne prawa dystrybucji"),
        tails=("w {year} roku", "według wewnętrznego dokumentu", "ku zaskoczeniu wielu osób",
               "z budżetem około {n} mld dolarów", "choć nikt tego oficjalnie nie potwierdził",
               "po {n} miesiącach negocjacji", "jak podał The Information", "przed końcem {q}. kwartału",
               "podczas gdy konkurenci uważnie się przyglądają", "mimo wzrostu kosztów o {n}%"),
        openers=("Zdaniem ekspertów ", "Jednak ", "W praktyce ", "Co ciekawe, ", "W {year} roku "),
    ),
    "en": Grammar(
        subjects=("Microsoft", "OpenAI", "The board", "A research team in Warsaw", "Every enterprise customer",
                  "The European regulator", "A rival cloud vendor", "The GPT team", "One large investor",
                  "Nobody at Azure", "The chief technology officer", "An engineer in Hanoi"),
        verbs=("worries about", "is investing in", "is quietly rethinking", "wants more control over",
               "openly criticises", "is expanding", "needs more", "underestimates", "is negotiating over",
               "keeps lobbying on", "reveals plans for", "questions"),
        objects=("compute capacity", "the privacy of user data", "the cost of training models", "the cloud market",
                 "new data centres", "the strategic partnership", "potential competition",
                 "licences for the technology", "access to GPUs", "energy prices", "the model weights",
                 "exclusive distribution rights"),
        tails=("in {year}", "according to an internal memo", "to the surprise of many",
               "with a budget of about {n} billion dollars", "although nothing has been confirmed",
               "after {n} months of negotiation", "as The Information reported", "before the end of Q{q}",
               "while competitors watch closely", "despite costs rising {n}%"),
        openers=("According to analysts, ", "However, ", "In practice, ", "Notably, ", "In {year}, "),
    ),
    "es": Grammar(
        subjects=("Microsoft", "OpenAI", "La junta directiva", "Un equipo de investigación en Sevilla",
                  "Cada cliente empresarial", "El regulador europeo", "Un proveedor rival", "El equipo de GPT",
                  "Un gran inversor", "Nadie en Azure", "El director de tecnología", "Una ingeniera de Bogotá"),
        verbs=("se preocupa por", "invierte en", "replantea en silencio", "quiere más control sobre",
               "critica abiertamente", "amplía", "necesita más", "subestima", "negocia", "presiona sobre",
               "revela planes para", "cuestiona"),
        objects=("la capacidad de cómputo", "la privacidad de los datos", "el coste de entrenar modelos",
                 "el mercado de la nube", "nuevos centros de datos", "la alianza estratégica",
                 "la competencia potencial", "las licencias de la tecnología", "el acceso a las GPU",
                 "el precio de la energía", "los pesos del modelo", "los derechos de distribución exclusivos"),
        tails=("en {year}", "según un documento interno", "para sorpresa de muchos",
               "con un presupuesto de unos {n} mil millones de dólares", "aunque nada se ha confirmado",
               "tras {n} meses de negociación", "según informó The Information", "antes del final del trimestre {q}",
               "mientras la competencia observa", "a pesar de un aumento de costes del {n}%"),
        openers=("Según los analistas, ", "Sin embargo, ", "En la práctica, ", "Curiosamente, ", "En {year}, "),
    ),
}

# Emoji as articles carry them: astral code points, a ZWJ sequence, flags and a
# BMP symbol with a variation selector, so UTF-16 and code-point offsets diverge.
EMOJI = ("🤝", "🚀", "💡", "🔒", "📈", "⚡", "👩‍💻", "🇻🇳", "🇵🇱", "🧠", "☁️", "👩‍👩‍👧")

TOPICS = ("compute", "privacy", "competition")

NOTES = (
    "", "", "", "key claim", "check the source", "compare with the Azure memo", "cần kiểm chứng",
    "số liệu đáng ngờ", "ważne: koszty energii", "sprawdzić w raporcie", "¿fuente?", "cita textual",
    "follow up 🔍", "contradicts §2", "dữ liệu cá nhân!", "prywatność 🔒", "cf. Q3 numbers",
)

# Searched for by the corpus-search baseline: a phrase of one language only, so
# it hits some articles and not others.
SEARCH_PHRASE = "quyền riêng tư"
