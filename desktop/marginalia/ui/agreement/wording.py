"""The agreement window's words: the figures' names and meanings, why one is missing, numbers in the locale."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QObject

from marginalia.ui.wording import arg

FIGURES = ("percent", "kappa", "alpha", "alpha_u")
DASH = "–"  # an undefined figure: never 0, never blank


class AgreementWords(QObject):
    """Every sentence of the agreement window that is not the user's own text."""

    def name(self, figure: str) -> str:
        return {"percent": self.tr("Percent agreement"), "kappa": self.tr("Cohen's κ"),
                "alpha": self.tr("Krippendorff's α"), "alpha_u": self.tr("Unitizing α_u")}[figure]

    def meaning(self, figure: str) -> str:
        """One or two sentences: what the figure says and when to read it (as in the README)."""
        return {
            "percent": self.tr(
                "The share of characters on which the reviewers agree whether the topic applies (with more than "
                "two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers "
                "who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a "
                "chance-corrected figure."),
            "kappa": self.tr(
                "Agreement beyond what each reviewer's own rate of coding would give by chance: 1 is perfect, "
                "0 no better than chance, below 0 worse. Two reviewers only."),
            "alpha": self.tr(
                "Like κ, but chance is estimated from all reviewers together, so it takes any number of "
                "reviewers and corrects for small samples: the usual standard in content analysis. Rely on "
                "data from 0.800 up; draw only tentative conclusions from 0.667."),
            "alpha_u": self.tr(
                "Compares the passages themselves, where each begins and ends; text nobody coded counts for "
                "nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what "
                "matters is whether reviewers find the same passages (INCEpTION reports this figure)."),
        }[figure]

    def reason(self, code: str) -> str:
        """Why a figure is missing, in a sentence (the codes are core NullReason values)."""
        return {
            "no_text": self.tr("The chosen articles have no text."),
            "one_reviewer": self.tr("Agreement needs at least two reviewers: tick another one under Reviewers."),
            "not_two_reviewers": self.tr("Cohen's κ compares exactly two reviewers; with more, read "
                                         "Krippendorff's α."),
            "no_claims": self.tr("No chosen reviewer tagged any text with this topic here. Percent agreement would "
                                 "read 100 % for agreeing that it is absent, so no figure is given."),
            "no_expected_disagreement": self.tr(
                "Nothing for chance to disagree on: every character has the same value for every reviewer "
                "(all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0."),
            "no_topics": self.tr("No topics are chosen."),
            "undefined_for_every_topic": self.tr("No topic has this figure (each for its own reason)."),
        }.get(code, code)

    def short_reason(self, code: str) -> str:
        """A few words, to fit in a heat map cell."""
        return {
            "no_text": self.tr("no text"), "one_reviewer": self.tr("one reviewer"),
            "not_two_reviewers": self.tr("for 2 only"), "no_claims": self.tr("no claims"),
            "no_expected_disagreement": self.tr("no variation"), "no_topics": self.tr("no topics"),
            "undefined_for_every_topic": self.tr("none defined"),
        }.get(code, code)

    def number(self, figure: str, value: float) -> str:
        """`value` as the interface's locale writes it: a percentage with one decimal, a
        coefficient with three (the `agreement` command's precision)."""
        locale = QLocale()
        if figure == "percent":
            return arg(self.tr("%1 %"), locale.toString(value * 100, "f", 1))
        return locale.toString(value, "f", 3)

    def shown(self, figures, figure: str) -> str:
        """The figure as a table cell shows it: a number, or a dash."""
        value = figures.value(figure)
        return DASH if value is None else self.number(figure, value)

    def spoken(self, figures, figure: str) -> str:
        """The figure for a screen reader or the details line: its number, or that there is none and why."""
        value = figures.value(figure)
        if value is not None:
            return self.number(figure, value)
        return arg(self.tr("no figure: %1"), self.reason(str(getattr(figures, figure))))

    def explanation_html(self) -> str:
        """The key under the pooled table (fixed text, no user data)."""
        items = "".join(f"<li><b>{escape(self.name(f))}</b> — {escape(self.meaning(f))}</li>" for f in FIGURES)
        return (
            "<h3>" + escape(self.tr("What the figures mean")) + "</h3><p>" + escape(self.tr(
                "Each character of an article is compared: for each reviewer and topic, it is coded when one of "
                "the reviewer's claims with that topic covers it. 1 means perfect agreement.")) + "</p>"
            f"<ul>{items}</ul><p>" + escape(self.tr(
                "A dash means the figure would mislead or cannot be computed; point at it, or move to it with the "
                "arrow keys, to read why. The mean over topics averages each figure over the topics that have "
                "it.")) + "</p>")
