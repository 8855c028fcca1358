"""A seed corpus with claim clusters across its five languages, made through the core as the app would."""

from __future__ import annotations

from pathlib import Path

FIRST_CLUSTER = "0b5e7c1e-0000-4000-8000-000000000001"
SECOND_CLUSTER = "0b5e7c1e-0000-4000-8000-000000000002"


def cluster_seeds(folder: Path, label: str = "Microsoft and OpenAI", note: str = "") -> Path:
    """Two claims in every article (see annotate_two_claims), then two clusters: the
    first claim of every article in FIRST_CLUSTER (labelled `label`), the second
    claims of the English and Spanish articles in SECOND_CLUSTER."""
    from marginalia.core.clusters import CreateCluster, member_of
    from marginalia.core.corpus import Corpus

    from support import annotate_two_claims

    annotate_two_claims(folder)
    corpus = Corpus(folder)
    firsts, seconds = [], []
    for path in corpus.article_paths():
        document = corpus.open(path)
        name = corpus.relative_name(path)
        claims = document.ordered()
        firsts.append(member_of(claims[0], name, document.language))
        if name.startswith(("en-", "es-")):
            seconds.append(member_of(claims[1], name, document.language))
    store = corpus.cluster_store
    store.apply(CreateCluster(label, tuple(firsts), note=note, author="ana", cluster_id=FIRST_CLUSTER))
    store.apply(CreateCluster("Second", tuple(seconds), cluster_id=SECOND_CLUSTER))
    return folder
