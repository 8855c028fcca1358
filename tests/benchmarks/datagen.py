"""Benchmark data: multilingual articles, claims spread over them (by one reviewer or two), and a library."""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.article import load_article
from marginalia.core.selectors import TextPosition, quote_at
from marginalia.core.storage.sidecar import SidecarData, encode_sidecar, sidecar_path

from vocabulary import EMOJI, GRAMMARS, NOTES, PROPER_NOUNS, TOPICS

_WORD_START = re.compile(r"(?<!\S)\S")
_CREATED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)

# The long article mixes languages paragraph by paragraph; Vietnamese leads so
# its stored language ("vi") is what detection would say.
LONG_ARTICLE_MIX = {"vi": 5, "pl": 3, "en": 2}
LIBRARY_LANGUAGES = ("vi", "pl", "en", "es")
# Most articles in a real library were never annotated: only these carry a sidecar.
LIBRARY_ANNOTATED_SHARE = 0.2


@dataclass(frozen=True)
class ReadingCorpus:
    """A folder with one long, heavily annotated article and one small one to start from."""

    folder: Path
    long_article: Path
    small_article: Path
    language: str


def sentence(rng: random.Random, language: str) -> str:
    grammar = GRAMMARS[language]
    subject = rng.choice(grammar.subjects)
    opener = ""
    if rng.random() < 0.25:
        opener = rng.choice(grammar.openers)
        if subject.split()[0] not in PROPER_NOUNS:
            subject = subject[0].lower() + subject[1:]
    text = " ".join((opener + subject, rng.choice(grammar.verbs), rng.choice(grammar.objects),
                     rng.choice(grammar.tails)))
    text = text.format(year=rng.randint(2015, 2031), n=rng.randint(2, 95), q=rng.randint(1, 4))
    text += rng.choices((".", "!", "?", "…"), weights=(85, 5, 7, 3))[0]
    if rng.random() < 0.08:
        text += " " + rng.choice(EMOJI)
    return text


def paragraph(rng: random.Random, language: str) -> str:
    return " ".join(sentence(rng, language) for _ in range(rng.randint(3, 8)))


def article_text(rng: random.Random, target_bytes: int, mix: dict[str, int]) -> str:
    """A title line, then paragraphs (one per line, as the seeds have them) until `target_bytes`."""
    languages, weights = list(mix), list(mix.values())
    lines = [sentence(rng, languages[0]).rstrip(".!?… ")]
    size = len(lines[0].encode("utf-8")) + 1
    while size < target_bytes:
        line = paragraph(rng, rng.choices(languages, weights)[0])
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(lines) + "\n"


def spread_claims(rng: random.Random, text: str, count: int) -> list[Annotation]:
    """`count` claims evenly spread over `text`, each from a word start to a word end.

    Spans are mostly phrase- to sentence-long, a tenth paragraph-long, so they
    overlap the way a dense reading's do. Word boundaries here are whitespace,
    which also keeps every span off the inside of an emoji sequence.
    """
    slot = len(text) / count
    claims = []
    for i in range(count):
        lo = int(i * slot)
        match = _WORD_START.search(text, lo + rng.randrange(max(1, int(slot)))) or _WORD_START.search(text, lo)
        if match is None:
            match = _WORD_START.search(text)
        start = match.start()
        length = rng.randint(150, 600) if rng.random() < 0.1 else rng.randint(12, 140)
        end = min(len(text), start + length)
        while end < len(text) and not text[end].isspace():
            end += 1
        while end > start + 1 and text[end - 1].isspace():
            end -= 1
        position = TextPosition(start, end)
        moment = _CREATED + timedelta(seconds=7 * i)
        topics = tuple(rng.sample(TOPICS, rng.choices((0, 1, 2), weights=(1, 6, 2))[0]))
        claims.append(Annotation(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), position=position,
            quote=quote_at(text, position), topics=topics, note=rng.choice(NOTES), author="bench",
            created=moment, modified=moment,
        ))
    return claims


def write_article(path: Path, text: str, rng: random.Random, claims: int = 0, language: str = "") -> Path:
    """Write the article and, with `claims`, a sidecar as the app would have saved it."""
    path.write_bytes(text.encode("utf-8"))
    if claims:
        article = load_article(path)
        data = SidecarData(article_file=path.name, sha256=article.sha256, language=language,
                           annotations=tuple(spread_claims(rng, article.text, claims)))
        sidecar_path(path).write_bytes(encode_sidecar(data))
    return path


def build_reading_corpus(root: Path, article_bytes: int, claims: int, rng: random.Random) -> ReadingCorpus:
    folder = root / "reading"
    folder.mkdir(parents=True)
    long_article = write_article(folder / "vi-pl-en-long-article.txt",
                                 article_text(rng, article_bytes, LONG_ARTICLE_MIX), rng, claims, "vi")
    small_article = write_article(folder / "en-short-article.txt",
                                  article_text(rng, 3000, {"en": 1}), rng, 5, "en")
    write_claim_pairs(folder, rng, claims // READING_CLUSTER_SHARE)
    return ReadingCorpus(folder, long_article, small_article, "vi")


# One cluster per this many claims of the long article: its cards show a cluster block
# (label and members) as a researcher's would, so opening and adding measure them too.
READING_CLUSTER_SHARE = 5


def write_claim_pairs(folder: Path, rng: random.Random, count: int) -> None:
    """`count` clusters of two to four claims each, taken from all of `folder`'s sidecars
    (several from one article allowed: the long article holds nearly all of them)."""
    from marginalia.core.clusters import Cluster, ClusterSet, Member
    from marginalia.core.storage.clusters_file import encode_clusters
    from marginalia.core.storage.formats import CLUSTERS_FILE_NAME
    from marginalia.core.storage.sidecar_file import read_sidecar

    free = []
    for path in sorted(folder.glob("*.txt")):
        data = read_sidecar(sidecar_path(path))
        if data is not None:
            free.extend((path.name, data.language, a) for a in data.annotations)
    rng.shuffle(free)
    moment = datetime(2026, 1, 1, tzinfo=timezone.utc)
    clusters = []
    for number in range(count):
        members = []
        for _ in range(min(len(free), rng.randint(2, 4))):
            name, language, claim = free.pop()
            members.append(Member(claim.id, name, language, claim.quote.exact[:200], moment))
        if len(members) < 2:
            break
        clusters.append(Cluster(str(uuid.UUID(int=rng.getrandbits(128), version=4)), f"fact {number}",
                                tuple(members), created=moment, modified=moment))
    (folder / CLUSTERS_FILE_NAME).write_bytes(encode_clusters(ClusterSet(clusters)))


def second_reviewer(rng: random.Random, text: str, first: list[Annotation], author: str) -> list[Annotation]:
    """Another reviewer's reading of the same text: most of `first`'s claims again with
    their ends a few words off (some with other topics), the rest placed independently.
    As many claims as `first`, each with a new id."""
    elsewhere = spread_claims(rng, text, len(first))
    claims = []
    for mine, other in zip(first, elsewhere):
        if rng.random() < 0.25:
            claims.append(replace(other, author=author))
            continue
        start = min(max(0, mine.start + rng.randint(-20, 20)), len(text) - 1)
        end = min(len(text), max(start + 1, mine.end + rng.randint(-20, 20)))
        position = TextPosition(start, end)
        topics = mine.topics if rng.random() < 0.85 else tuple(rng.sample(TOPICS, 1))
        claims.append(replace(mine, id=str(uuid.UUID(int=rng.getrandbits(128), version=4)), position=position,
                              quote=quote_at(text, position), topics=topics, author=author))
    return claims


def build_agreement_corpus(root: Path, article_bytes: int, claims: int, rng: random.Random) -> Path:
    """One long article coded by two reviewers, `claims` claims each, in one sidecar."""
    folder = root / "agreement"
    folder.mkdir(parents=True)
    path = folder / "vi-pl-en-two-reviewers.txt"
    path.write_bytes(article_text(rng, article_bytes, LONG_ARTICLE_MIX).encode("utf-8"))
    article = load_article(path)
    first = [replace(a, author="ana") for a in spread_claims(rng, article.text, claims)]
    both = first + second_reviewer(rng, article.text, first, "ben")
    data = SidecarData(article_file=path.name, sha256=article.sha256, language="vi", annotations=tuple(both))
    sidecar_path(path).write_bytes(encode_sidecar(data))
    return folder


def build_library(root: Path, count: int, rng: random.Random) -> Path:
    """`count` articles of a few KB each, one language each, a fifth of them annotated.

    No manifest: a folder the user gathered has none, so languages come from
    the sidecars or from detection.
    """
    folder = root / "library"
    folder.mkdir(parents=True)
    for i in range(count):
        language = rng.choice(LIBRARY_LANGUAGES)
        text = article_text(rng, rng.randint(1500, 6000), {language: 1})
        annotated = rng.random() < LIBRARY_ANNOTATED_SHARE
        write_article(folder / f"{i:05d}-{language}.txt", text, rng,
                      rng.randint(3, 15) if annotated else 0, language)
    return folder


def build_compare_library(root: Path, count: int, claims: int, rng: random.Random) -> Path:
    """`count` articles of a few KB each, one language each, with `claims` claims in all
    spread evenly over the fifth of them that are annotated (build_library's share)."""
    folder = root / "compare"
    folder.mkdir(parents=True)
    annotated = sorted(rng.sample(range(count), max(1, round(count * LIBRARY_ANNOTATED_SHARE))))
    each, extra = divmod(claims, len(annotated))
    wanted = {i: each + (n < extra) for n, i in enumerate(annotated)}
    for i in range(count):
        language = rng.choice(LIBRARY_LANGUAGES)
        text = article_text(rng, rng.randint(1500, 6000), {language: 1})
        write_article(folder / f"{i:05d}-{language}.txt", text, rng, wanted.get(i, 0), language)
    write_clusters(folder, rng, claims // COMPARE_CLUSTER_SHARE)
    return folder


# One cluster per this many claims, of two to four claims from different articles:
# the Compare view's Clusters rows have as many rows as a researcher's corpus might.
COMPARE_CLUSTER_SHARE = 5


def write_clusters(folder: Path, rng: random.Random, count: int) -> None:
    """`count` claim clusters over the claims of `folder`'s sidecars, as the app saves them."""
    from marginalia.core.clusters import Cluster, ClusterSet, Member
    from marginalia.core.storage.clusters_file import encode_clusters
    from marginalia.core.storage.formats import CLUSTERS_FILE_NAME
    from marginalia.core.storage.sidecar_file import read_sidecar

    by_article = []
    for path in sorted(folder.glob("*.txt")):
        data = read_sidecar(sidecar_path(path))
        if data is not None:
            by_article.append([(path.name, data.language, a) for a in data.annotations])
    free = {n: list(claims) for n, claims in enumerate(by_article)}
    clusters = []
    moment = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for _ in range(count):
        articles = [n for n in rng.sample(sorted(free), min(len(free), rng.randint(2, 4))) if free[n]]
        members = []
        for n in articles:
            name, language, claim = free[n].pop(rng.randrange(len(free[n])))
            members.append(Member(claim.id, name, language, claim.quote.exact[:200], moment))
            if not free[n]:
                del free[n]
        if members:
            clusters.append(Cluster(str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                                    f"fact {len(clusters)}", tuple(members), created=moment, modified=moment))
    (folder / CLUSTERS_FILE_NAME).write_bytes(encode_clusters(ClusterSet(clusters)))


def insert_paragraph(text: str, rng: random.Random, language: str) -> tuple[str, int]:
    """`text` with a new paragraph at the paragraph boundary nearest its middle; and where."""
    at = text.find("\n", len(text) // 2) + 1 or len(text) // 2
    return text[:at] + paragraph(rng, language) + "\n" + text[at:], at
