<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-attach Claim to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Claim in Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sidecar JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic of Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics (Codebook)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotations from a file another tool wrote (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour topics (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Quote with Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote with its article and place (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected claim (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article&apos;s claims side by side, topic by topic, with a chart (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export annotations in an open format (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Claim End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Claim Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the card&apos;s claim in the text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text as a claim (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the reviewers agree, topic by topic and article by article (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next pane: library, text, notes (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the previous pane (Shift+F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the detected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every article in the folder (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Article &amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Claims of &amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the article&apos;s annotation file (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the claims tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Claim End by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Claim Start by a Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Note on the Selected Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected claim (N; Enter in the text; Esc when done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementLauncher</name>
    <message>
        <source>Open a folder of articles to measure agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3) and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between Reviewers — Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;by Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures article by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures pooled over the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the reviewers agree on where each topic applies, character by character. Choose who and what to compare; the figures follow your edits, unsaved ones included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim in the chosen articles has a reviewer&apos;s name yet. Agreement compares the claims of two or more reviewers; each claim records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure for each article and topic, as colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is chosen: agreement needs at least two reviewers. Tick another under Reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again, e.g. after another program changed them (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading articles… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of each topic in each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of each topic over all the chosen articles together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures pooled over the articles, article by article, or as a heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each figure says and when to rely on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the window measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dash means the figure would mislead or cannot be computed; point at it, or move to it with the arrow keys, to read why. The mean over topics averages each figure over the topics that have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement beyond what each reviewer&apos;s own rate of coding would give by chance: 1 is perfect, 0 no better than chance, below 0 worse. Two reviewers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers: tick another one under Reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two reviewers; with more, read Krippendorff&apos;s α.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the passages themselves, where each begins and ends; text nobody coded counts for nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what matters is whether reviewers find the same passages (INCEpTION reports this figure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each character of an article is compared: for each reviewer and topic, it is coded when one of the reviewer&apos;s claims with that topic covers it. 1 means perfect agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like κ, but chance is estimated from all reviewers together, so it takes any number of reviewers and corrects for small samples: the usual standard in content analysis. Rely on data from 0.800 up; draw only tentative conclusions from 0.667.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chosen reviewer tagged any text with this topic here. Percent agreement would read 100 % for agreeing that it is absent, so no figure is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic has this figure (each for its own reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for chance to disagree on: every character has the same value for every reviewer (all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen articles have no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of characters on which the reviewers agree whether the topic applies (with more than two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a chance-corrected figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitizing α_u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <source>By %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim “%1”. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter goes to the claim in the text; N writes its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Change claim span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim deleted (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim re-attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text to highlight it as a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the claim to re-attach in the notes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text the claim should attach to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleAdder</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy web pages, PDFs, Word files, e-books or text files into the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, outlet, author, date and address of the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in the article, by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the article or its annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 (not in the codebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note — press N to write one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic — press 1, 2, 3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation, in the language&apos;s quotation marks</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>%1–%2 of %3 · Alt+↓ and Alt+↑ go through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the table, not drawn here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of claims per row in each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: the same counts as the table. Each bar is one row&apos;s claims in one article; colour and pattern tell the rows apart, as in the legend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles or rows to draw: widen the filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (scales without blur; opens in browsers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart, scrolled with the arrow keys when it is larger than the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a list to tick what the figures compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the items whose name holds these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimFocus</name>
    <message>
        <source>Select a claim first (click a highlight or a note), then press N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s card is hidden by the topics shown (Ctrl+0 shows all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>paragraph %1 (characters %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimMenus</name>
    <message>
        <source>Copied the quote with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>%1 (colour %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check where “%1” is used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key that tags a claim with the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the topics editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 is already the shortcut of “%2”. Give that topic another key (or none) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set key %1 for “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics file %1 cannot be read (%2). Fix or remove it to edit topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics of the folder, with their keys; double-click one to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareHeader</name>
    <message>
        <source>⚠ claims unreadable (see tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Claims per topic in each article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of articles to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its claims could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in a language left out are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which languages to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which rows to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by row and article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Articles — Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column is an article and each row a topic. A cell lists that article&apos;s claims on the topic: how many there are, how much of the article&apos;s text they cover, and their quotes and notes. Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, to open it in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the articles that have no claim in the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only articles with claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out are neither in the table nor in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What each row of the table is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the comparison shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskWatcher</name>
    <message>
        <source>The annotation file changed on disk but cannot be read (%1); your claims are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file changed on disk; merged with your unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file changed on disk; reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed on disk; claims re-anchored: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article could not be re-read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An annotation record was kept unchanged but could not be read — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left as it is — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzy match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned — select text and re-attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 (*%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A readable report of the claims, grouped by topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the file, then write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; choose another folder or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every claim, with or without a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the claims of every article of the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the claims of the article open in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is inside the corpus folder, so the library will list it as an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no topic is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per claim, for a spreadsheet or a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained page with each article&apos;s text and highlighted claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims with a checked topic; articles without one are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims of the checked topics are exported; Space checks or unchecks a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. The preview shows its project.qde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beginning of the file as it will be written, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook export holds every topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open standard for annotations: one JSON-LD file, offsets in code points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics only, for QDA tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which claims are exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>preview cut at %1 of %2 characters; the file has everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 from the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTablePane</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move from figure to figure; the line under the table says what the current one means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into a spreadsheet or a document (Ctrl+C in the table copies the selected cells)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as a CSV file: proportions with a dot, and why each missing figure is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every match is painted in the text; Enter goes to the next, Shift+Enter to the previous, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>%1 per article and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure shown in the heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map of agreement per article and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw: choose at least one article and one topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the value is written in each cell. Hatched cells have no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which agreement figure colours the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure (the words in the cell say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>  • %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>imported</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook CSV (Taguette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Marginalia imports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and updated %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topics: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations or Hypothesis export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia will be in %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface stays in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the articles whose title, language, topics or other columns hold these words; Down enters the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles of the folder; choosing one opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the title, language, topics or any column shown; accents and case are ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCP 47 language tag (e.g. vi, pt-BR, ar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia %1 — offline reading and annotation for researchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the claims of these topics are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing claims of: %1 (Ctrl+0 shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s language, its claims and how they were placed in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics file could not be read and is left as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every change is written to the annotation file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>&amp;Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article Details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s title, as the library shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD (for example 2024-05-06).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of publication, written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newspaper, site or agency that published the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the article was published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note… (Esc when done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No claims shown.

Select text in the article and press H to highlight a claim, then 1, 2, 3… to tag it with topics and N or Enter to write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims with the chosen topics.

View ▸ Show Claims of Topics changes the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One card per claim, level with its highlight: Up and Down choose a card, Enter goes to its claim in the text, N writes its note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, read-only, with its claims highlighted: select text and press H to highlight a claim; Tab goes from claim to claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>%1 %2</source>
        <comment>claims in articles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Articles with the words searched for; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing articles… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of all articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in the text of every article of the folder; Enter opens the first article found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Search All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidecarView</name>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on disk yet: saving shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on disk yet: the file is written with the first claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On disk, with unsaved changes: saving shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the file cannot be read (%1). It is shown as it is on disk and will not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file as it is on disk, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation file of the open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the file on disk holds every change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt;%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
