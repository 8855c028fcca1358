"""The suggestion engine's parts: numbers, names, passages, position and an index kept up to date."""

from __future__ import annotations

import pytest

from marginalia.core.suggest import SuggestionIndex, Weights
from marginalia.core.suggest.names import article_names, name_key, passage_names
from marginalia.core.suggest.numbers import quantities
from marginalia.core.suggest.passages import split_passages


@pytest.mark.parametrize("text", [
    "Microsoft invested $10B in OpenAI",
    "Microsoft invested $10 billion in OpenAI",
    "Microsoft ha invertido más de 10 mil millones de dólares",
    "Microsoft ha investito 10 miliardi di dollari",
    "Microsoft zainwestował 10 mld USD",
    "Microsoft zainwestował 10 miliardów dolarów",
    "OpenAI đã lấy hơn 10 tỷ đô la Mỹ từ Microsoft",
    "khoản đầu tư 10 tỷ USD của Microsoft",
])
def test_quantities_read_one_amount_in_five_languages(text):
    """Ten billion dollars, however each language writes it, is the same amount and magnitude."""
    keys = quantities(text)
    assert {"amt:1e+10", "mag:10", "cur:usd"} <= keys


@pytest.mark.parametrize("text, key", [
    ("10.000 utenti", "n:1e+04"), ("10,000 users", "n:1e+04"), ("10 000 użytkowników", "n:1e+04"),
    ("crecimiento del 10,5 %", "pct:10.5"), ("growth of 10.5%", "pct:10.5"),
    ("20-procentową prowizję", "pct:20"), ("20 per cento", "pct:20"), ("20 phần trăm", "pct:20"),
    ("17 de agosto de 2023", "year:2023"), ("17 de agosto de 2023", "month:8"), ("17 sierpnia", "month:8"),
    ("on August 17", "month:8"), ("vào tháng 8 năm nay", "month:8"), ("il 17 agosto", "month:8"),
    ("35 triệu đô la Mỹ", "amt:3.5e+07"), ("1,5 miliardi", "amt:1.5e+09"),
    ("setkami milionów dolarów", "mag:8"), ("hàng trăm triệu đô la", "mag:8"), ("hundreds of millions", "mag:8"),
])
def test_quantities_normalise_writings(text, key):
    """Thousands groups, decimal commas, percentages, years, months and vague magnitudes get one key each."""
    assert key in quantities(text)


def test_quantities_leave_model_names_and_lower_case_may_alone():
    """A model's name is no amount, and the modal verb "may" is no month."""
    assert not any(k.startswith("amt:") for k in quantities("Mosaic ML, sviluppatori di MPT-30B"))
    assert quantities("we may see it") == set()
    assert "month:5" in quantities("in May we may see it")


@pytest.mark.parametrize("text", ["Meta's Llama 2 model", "GPT-4 and DALL-E 3", "vào tháng 3 năm nay",
                                  "17 de agosto de 2023", "sviluppatori di MPT-30B"])
def test_quantities_leave_versions_and_day_numbers_out_of_bare_numbers(text):
    """A version (Llama 2, GPT-4) or a day or month number is no bare number that any other 2 or 3 would match."""
    assert not any(k.startswith("n:") for k in quantities(text))


def test_quantities_keep_a_bare_number_that_stands_alone():
    """A count in running text is still a number."""
    assert "n:9" in quantities("OpenAI đã tăng 9 bậc") and "n:30" in quantities("it took 30 engineers")


def test_names_key_a_version_with_its_name():
    """Llama 2 and Llama 3 are different models: the number is keyed with the name before it."""
    text = "They use Llama 2 now."
    keys = passage_names(text, 0, len(text), article_names(text))
    assert f"{name_key('Llama')}+2" in keys and f"{name_key('Llama')}+3" not in keys


def test_names_keep_inflected_forms_together():
    """Polish endings and apostrophe suffixes do not make a different name."""
    assert name_key("Microsoft") == name_key("Microsoftu") == name_key("Microsoftowi")
    assert name_key("Azure’a") == name_key("Azure")
    assert name_key("Oracle’em") == name_key("Oracle")
    assert name_key("Databricks") != name_key("Microsoft")


def test_names_skip_sentence_openers_unless_capitalised_elsewhere():
    """"Shortly" opens a sentence and is not a name; "Azure" opens one and is named elsewhere."""
    text = "Shortly after, Microsoft spoke. Azure grew. They sell Azure ChatGPT to firms."
    known = article_names(text)
    first = passage_names(text, 0, 31, known)
    second = passage_names(text, 32, 44, known)
    third = passage_names(text, 45, len(text), known)
    assert name_key("Shortly") not in first and name_key("Microsoft") in first
    assert name_key("Azure") in second
    assert f"{name_key('Azure')}+{name_key('ChatGPT')}" in third  # two names side by side


def test_passages_are_trimmed_sentences_that_keep_decimals_whole():
    """Sentences end at . ! ? and line ends, not inside 10.5, and their offsets slice the text."""
    text = "First it grew by 10.5 percent in 2023. Then? It fell!\nA caption line\n  Last one here."
    spans = split_passages(text)
    pieces = [text[s:e] for s, e in spans]
    assert pieces == ["First it grew by 10.5 percent in 2023.", "Then? It fell!", "A caption line", "Last one here."]


ARTICLE_A = ("Microsoft ha invertido 10 mil millones de dólares en OpenAI. "
             "El tiempo en Madrid fue soleado durante toda la semana pasada. "
             "Databricks ofrece soluciones analíticas para grandes empresas del sector.")
ARTICLE_B = ("Pogoda w Warszawie była słoneczna przez cały zeszły tydzień. "
             "Databricks oferuje rozwiązania analityczne dla dużych firm. "
             "Microsoft zainwestował 10 mld USD w OpenAI.")


def _index(weights: Weights | None = None, window: int = 1) -> SuggestionIndex:
    index = SuggestionIndex(weights or Weights(), window) if weights else SuggestionIndex(window=window)
    index.add("a-es.txt", ARTICLE_A)
    index.add("b-pl.txt", ARTICLE_B)
    return index


def test_index_finds_the_amount_across_languages():
    """The Spanish claim about the investment finds the Polish sentence that states the same amount."""
    index = _index()
    found = index.query_span("a-es.txt", 0, ARTICLE_A.index(".") + 1, top_k=3)
    assert set(found) == {"b-pl.txt"}  # never the source itself
    best = found["b-pl.txt"][0]
    assert best.quote == "Microsoft zainwestował 10 mld USD w OpenAI."
    assert ARTICLE_B[best.start:best.end] == best.quote
    assert [s.score for s in found["b-pl.txt"]] == sorted((s.score for s in found["b-pl.txt"]), reverse=True)


def test_index_windows_never_overlap_in_one_answer():
    """With two-sentence passages, the passages offered for one article do not overlap each other."""
    index = _index(window=2)
    found = index.query("Databricks", top_k=5)["b-pl.txt"]
    spans = sorted((s.start, s.end) for s in found)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


def test_position_prefers_the_passage_at_the_same_place():
    """With nothing else to tell passages apart, the one at the claim's relative place ranks first."""
    weights = Weights(ngram=0.0, word=0.0, name=0.0, quantity=0.0, position=1.0)
    index = SuggestionIndex(weights, window=1)
    index.add("a.txt", "One sentence here. " * 10)
    index.add("b.txt", "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Kappa lambda mu.")
    early = index.query("anything", position=0.0, top_k=1)["b.txt"][0]
    late = index.query("anything", position=1.0, top_k=1)["b.txt"][0]
    assert early.quote == "Alpha beta gamma." and late.quote == "Kappa lambda mu."


def test_index_update_recomputes_a_changed_article():
    """An article whose text changed is found by its new words, no longer by its old ones."""
    index = _index()
    assert index.add("b-pl.txt", ARTICLE_B) is False  # same text: nothing to do
    changed = ARTICLE_B.replace("Databricks", "Snowflake")
    assert index.update("b-pl.txt", changed) is True
    assert "Snowflake" in index.text("b-pl.txt")
    found = index.query("Snowflake oferuje rozwiązania", top_k=1)["b-pl.txt"][0]
    assert "Snowflake" in found.quote
    old = index.query("Databricks", top_k=1)
    assert old["b-pl.txt"][0].score < found.score
    assert "Databricks" not in " ".join(s.quote for s in index.query("x", top_k=5)["b-pl.txt"])


def test_index_remove_forgets_the_article_even_after_rebuilds():
    """Removed articles are never suggested, and the survivors are still found after postings are rebuilt."""
    index = SuggestionIndex(window=1)
    for i in range(10):
        index.add(f"n{i}.txt", f"Filler number {i} sentence. Databricks item {i} with Oracle.")
    for i in range(8):
        assert index.remove(f"n{i}.txt")
    assert not index.remove("n0.txt")
    found = index.query("Databricks with Oracle", top_k=1)
    assert set(found) == {"n8.txt", "n9.txt"}
    assert all("Databricks" in hits[0].quote for hits in found.values())


def test_mutual_prefers_the_passage_whose_best_match_back_is_the_claim():
    """Of two passages the claim matches equally, the one that, scored back against the
    claim's article, matches the claim best comes first; without the bonus the earlier one does."""
    source = "Harbour cranes stopped. Harbour cranes stopped beside silos."
    target = "Harbour cranes stopped near silos. Harbour cranes stopped near tents."
    claim_end = source.index(".") + 1
    firsts = {}
    for bonus in (0.0, 0.5):
        index = SuggestionIndex(Weights(ngram=0.0, word=1.0, name=0.0, position=0.0, mutual=bonus), window=1)
        index.add("source.txt", source)
        index.add("target.txt", target)
        firsts[bonus] = index.query_span("source.txt", 0, claim_end, top_k=2)["target.txt"][0].quote
    assert firsts == {0.0: "Harbour cranes stopped near silos.", 0.5: "Harbour cranes stopped near tents."}
