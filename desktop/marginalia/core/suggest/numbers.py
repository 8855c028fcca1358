"""Numbers, amounts, percentages, years and months, normalised across the five languages' writings."""

from __future__ import annotations

import math
import re

from marginalia.core.suggest.fold import fold_word

# Scale words after a number, folded (no diacritics, lower case), by value. The
# long-scale words (Spanish "billón", Polish "bilion": 10^12) differ in spelling
# from the English short-scale "billion" (10^9), so one table serves every language.
SCALES = {
    "k": 3, "thousand": 3, "thousands": 3, "mil": 3, "mila": 3, "tys": 3, "tysiac": 3, "tysiace": 3,
    "tysiecy": 3, "nghin": 3, "ngan": 3,
    "m": 6, "mn": 6, "mln": 6, "million": 6, "millions": 6, "millon": 6, "millones": 6, "milione": 6,
    "milioni": 6, "milion": 6, "miliony": 6, "milionow": 6, "milionami": 6, "trieu": 6,
    "b": 9, "bn": 9, "billion": 9, "billions": 9, "mld": 9, "mlrd": 9, "miliardo": 9, "miliardi": 9,
    "miliard": 9, "miliardy": 9, "miliardow": 9, "ty": 9, "millardo": 9, "millardos": 9,
    "t": 12, "tn": 12, "trillion": 12, "billon": 12, "billones": 12, "bilion": 12, "biliony": 12,
    "bilionow": 12, "bilione": 12, "bilioni": 12, "nghin ty": 12,
}
# "mil millones" (Spanish for 10^9) is a thousand millions: scales multiply.
CURRENCIES = {
    "$": "usd", "us$": "usd", "usd": "usd", "dollar": "usd", "dollars": "usd", "dolar": "usd", "dolares": "usd",
    "dollaro": "usd", "dollari": "usd", "dolarow": "usd", "dolary": "usd", "dolarach": "usd", "do": "usd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur", "euri": "eur", "zl": "pln", "pln": "pln",
    "zlotych": "pln", "zlote": "pln", "zloty": "pln", "£": "gbp", "gbp": "gbp", "vnd": "vnd", "dong": "vnd",
}
PERCENT_WORDS = ("%", "percent", "per cent", "por ciento", "per cento", "procent", "phan tram")
MONTHS = {
    1: "january jan enero gennaio styczen stycznia styczniu",
    2: "february feb febrero febbraio luty lutego lutym",
    3: "march marzo marzec marca marcu",
    4: "april apr abril aprile kwiecien kwietnia kwietniu",
    5: "may mayo maggio maj maja maju",
    6: "june jun junio giugno czerwiec czerwca czerwcu",
    7: "july jul julio luglio lipiec lipca lipcu",
    8: "august aug agosto sierpien sierpnia sierpniu",
    9: "september sep sept septiembre setiembre settembre wrzesien wrzesnia wrzesniu",
    10: "october oct octubre ottobre pazdziernik pazdziernika pazdzierniku",
    11: "november nov noviembre novembre listopad listopada listopadzie",
    12: "december dec diciembre dicembre grudzien grudnia grudniu",
}
_MONTH_OF = {word: month for month, words in MONTHS.items() for word in words.split()}
# English month names that are also common words count only when capitalised.
_CAPITALISED_ONLY = {"may", "march", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "jan", "feb", "apr"}
# Hundreds, dozens: "setkami milionów", "hàng trăm triệu", "hundreds of millions" are amounts
# whose order of magnitude is known although the number is not written.
_HUNDREDS = ("hundreds", "centinaia", "cientos", "centenares", "setki", "setek", "setkami", "hang tram", "tram")

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])|(?<![\w.,])(\d+)(?=[-\w])")
_TOKEN = re.compile(r"\$|€|£|%|\w+")


def _value(whole: str, fraction: str | None) -> float:
    digits = re.sub(r"\D", "", whole)
    if fraction and len(fraction) == 3 and re.fullmatch(r"\d{1,3}", whole):
        # "10.000" / "10,000": a group of three digits is a thousands group in every
        # one of the five languages' writings; "10,5" and "10.5" are decimals.
        return float(digits + fraction)
    return float(digits + ("." + fraction if fraction else ""))


def _rounded(value: float) -> str:
    return f"{value:.3g}"


def _words_after(text: str, end: int, count: int) -> list[str]:
    return [fold_word(w) for w in _TOKEN.findall(text[end:end + 40])[:count]]


def _words_before(text: str, start: int, count: int) -> list[str]:
    return [fold_word(w) for w in _TOKEN.findall(text[max(0, start - 30):start])[-count:]]


def _part_of_name_or_date(text: str, start: int, before: list[str], after: list[str]) -> bool:
    """Whether a bare number is a model's or product's version (Llama 2, GPT-4, which
    names.passage_names keys with the name) or a day or month number (tháng 3, 17 de agosto,
    which the month key holds): as a bare number it would match any other 2 or 3."""
    if text[start - 1:start] == "-" and text[start - 2:start - 1].isalpha():
        return True  # GPT-4, MPT-30B
    if before and (before[-1] == "thang" or before[-1] in _MONTH_OF):
        return True
    if any(word in _MONTH_OF and word not in _CAPITALISED_ONLY for word in after[:2]):
        return True
    head = text[max(0, start - 30):start].rstrip(" \u00a0")
    if len(head) < len(text[max(0, start - 30):start]):
        word = re.search(r"[\w\-]+$", head)
        return bool(word) and word.group()[:1].isupper()
    return False


def quantities(text: str) -> set[str]:
    """Feature keys for what `text` counts or dates: "n:35" (a bare number), "amt:1e+10"
    and "mag:10" (an amount and its order of magnitude), "cur:usd", "pct:20", "year:2023",
    "month:8"."""
    keys: set[str] = set()
    for match in _NUMBER.finditer(text):
        whole, fraction = match.group(1) or match.group(3), match.group(2)
        value = _value(whole, fraction)
        after = _words_after(text, match.end(), 4)
        before = _words_before(text, match.start(), 2)
        exponent, used = 0, 0
        if match.group(3) and text[match.start() - 1:match.start()] == "-":
            after = []  # "MPT-30B", "GPT-4": a model's name, not thirty billion
        while used < len(after) and after[used] in SCALES:  # "mil millones", "nghìn tỷ"
            exponent += SCALES[after[used]]
            used += 1
        if not exponent and used < len(after) and after[used].startswith("procent"):
            keys.add(f"pct:{_rounded(value)}")  # "20-procentową", "20 procent"
            continue
        rest = " ".join(after[used:used + 2])
        if text[match.end():match.end() + 2].lstrip().startswith("%") or rest.startswith(PERCENT_WORDS):
            keys.add(f"pct:{_rounded(value)}")
            continue
        currency = next((CURRENCIES[w] for w in (*before[-1:], *after[used:used + 2]) if w in CURRENCIES), None)
        if currency:
            keys.add(f"cur:{currency}")
        if exponent or currency:
            amount = value * 10 ** exponent
            keys.add(f"amt:{_rounded(amount)}")
            if amount >= 1:
                keys.add(f"mag:{int(math.log10(amount))}")
        elif fraction is None and len(whole) == 4 and 1900 <= value <= 2099:
            keys.add(f"year:{int(value)}")
        elif not _part_of_name_or_date(text, match.start(), before, after):
            keys.add(f"n:{_rounded(value)}")
    words = [fold_word(w) for w in _TOKEN.findall(text)]
    raw = _TOKEN.findall(text)
    for i, word in enumerate(words):
        month = _MONTH_OF.get(word)
        if month and (word not in _CAPITALISED_ONLY or raw[i][:1].isupper()):
            keys.add(f"month:{month}")
        if word == "thang" and i + 1 < len(words) and words[i + 1].isdigit() and 1 <= int(words[i + 1]) <= 12:
            keys.add(f"month:{int(words[i + 1])}")  # Vietnamese "tháng 3": month three
        if word in _HUNDREDS or (word == "tram" and i and words[i - 1] == "hang"):
            scale = next((SCALES[w] for w in words[i + 1:i + 3] if w in SCALES and SCALES[w] >= 3), 0)
            if scale:
                keys.add(f"mag:{scale + 2}")
    return keys
