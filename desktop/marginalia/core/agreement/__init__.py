"""Inter-coder agreement of reviewers' claims: percent agreement, Cohen's kappa, Krippendorff's alpha and alpha_u.

Units are the code points of each article's canonical text: for reviewer R and topic
T a code point is coded when it lies inside any of R's claims tagged T. The
computation takes plain inputs (`ArticleClaims`: a name, a text length and
(reviewer, start, end, topics) tuples) and never reads files; `corpus_agreement`
reads them from a corpus. A window reads each article once (`read_article`, or
`read_document` for one open in memory) and measures again from what it holds
(`gather_claims`, `agreement_of_claims`); `heat_map_layout` draws one figure per
article and topic for the window and for SVG.
"""

from marginalia.core.agreement.corpus_claims import (
    AgreementError, ArticleRead, CorpusAgreement, CorpusClaims, agreement_of_claims, choose_reviewers, choose_topics,
    claims_of_document, corpus_agreement, gather_claims, read_article, read_claims, read_document,
)
from marginalia.core.agreement.figures import Figures, NullReason
from marginalia.core.agreement.report import AgreementReport, measure_agreement
from marginalia.core.agreement.units import ArticleClaims, CodedClaim

__all__ = [
    "AgreementError", "AgreementReport", "ArticleClaims", "ArticleRead", "CodedClaim", "CorpusAgreement",
    "CorpusClaims", "Figures", "NullReason", "agreement_of_claims", "choose_reviewers", "choose_topics",
    "claims_of_document", "corpus_agreement", "gather_claims", "measure_agreement", "read_article", "read_claims",
    "read_document",
]
