"""Inter-coder agreement of reviewers' claims: percent agreement, Cohen's kappa, Krippendorff's alpha and alpha_u.

Units are the code points of each article's canonical text: for reviewer R and topic
T a code point is coded when it lies inside any of R's claims tagged T. The
computation takes plain inputs (`ArticleClaims`: a name, a text length and
(reviewer, start, end, topics) tuples) and never reads files; `corpus_agreement`
reads them from a corpus.
"""

from marginalia.core.agreement.corpus_claims import (
    AgreementError, CorpusAgreement, CorpusClaims, choose_reviewers, choose_topics, claims_of_document,
    corpus_agreement, read_claims,
)
from marginalia.core.agreement.figures import Figures, NullReason
from marginalia.core.agreement.report import AgreementReport, measure_agreement
from marginalia.core.agreement.units import ArticleClaims, CodedClaim

__all__ = [
    "AgreementError", "AgreementReport", "ArticleClaims", "CodedClaim", "CorpusAgreement", "CorpusClaims",
    "Figures", "NullReason", "choose_reviewers", "choose_topics", "claims_of_document", "corpus_agreement",
    "measure_agreement", "read_claims",
]
