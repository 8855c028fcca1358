<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AgreementWindow</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation>
            <numerusform>%Ln claim could not be placed in its article&apos;s text and is not counted.</numerusform>
            <numerusform>%Ln claims could not be placed in their article&apos;s text and are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation>
            <numerusform>%Ln claim has no reviewer name and is not counted.</numerusform>
            <numerusform>%Ln claims have no reviewer name and are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation>
            <numerusform>on %Ln article</numerusform>
            <numerusform>on %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… and %Ln more problem</numerusform>
            <numerusform>… and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleAdder</name>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation>
            <numerusform>Added %Ln article</numerusform>
            <numerusform>Added %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln further article is in the table, not drawn here.</numerusform>
            <numerusform>The %Ln further articles are in the table, not drawn here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further row(s) with fewer claims in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln further row with fewer claims is in the table, not drawn here.</numerusform>
            <numerusform>The %Ln further rows with fewer claims are in the table, not drawn here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterBlock</name>
    <message numerus="yes">
        <source>and %n more (right-click the card for all)</source>
        <translation>
            <numerusform>and %n more (right-click the card for all)</numerusform>
            <numerusform>and %n more (right-click the card for all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n article(s)</source>
        <translation>
            <numerusform>· %n article</numerusform>
            <numerusform>· %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation>
            <numerusform>“%1” is on %Ln claim. Remove the topic and take it off that claim too?

This rewrites the annotation file and cannot be undone.</numerusform>
            <numerusform>“%1” is on %Ln claims. Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation>
            <numerusform>%Ln claim · %1 of the text</numerusform>
            <numerusform>%Ln claims · %1 of the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln article shown</numerusform>
            <numerusform>%1 of %Ln articles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation>
            <numerusform>The claims of %Ln file could not all be read; its header says so and its tooltip says why.</numerusform>
            <numerusform>The claims of %Ln files could not all be read; their headers say so and their tooltips say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message numerus="yes">
        <source>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>Another program changed this claim too; %Ln changed in both places: the later version is kept, the other is in the history (marginalia history ARTICLE).</numerusform>
            <numerusform>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation>
            <numerusform>%Ln claim could not be placed in the current text (orphaned): select it in the notes, select its text and press Ctrl+R to re-attach it.</numerusform>
            <numerusform>%Ln claims could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform>
            <numerusform>%Ln moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orphaned</numerusform>
            <numerusform>%Ln orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation>
            <numerusform>%Ln placed by fuzzy match</numerusform>
            <numerusform>%Ln placed by fuzzy match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%Ln article could not be read and is left out.</numerusform>
            <numerusform>%Ln articles could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation>
            <numerusform>Exported the codebook (%Ln topic) to %1.</numerusform>
            <numerusform>Exported the codebook (%Ln topics) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation>
            <numerusform>from %Ln article</numerusform>
            <numerusform>from %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation>
            <numerusform>%1 coded %Ln character (%2 of the text)</numerusform>
            <numerusform>%1 coded %Ln characters (%2 of the text)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation>
            <numerusform>%Ln further article is in the tables, not drawn here.</numerusform>
            <numerusform>The %Ln further articles are in the tables, not drawn here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>imported</comment>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation>
            <numerusform>%Ln claim updated</numerusform>
            <numerusform>%Ln claims updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation>
            <numerusform>%Ln could not be placed in the text and is kept as an orphan to re-attach.</numerusform>
            <numerusform>%Ln could not be placed in the text and are kept as orphans to re-attach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ(s) from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</source>
        <translation>
            <numerusform>%Ln differs from a claim here that is not older: the claim here is kept, and the incoming version is in the article&apos;s history.</numerusform>
            <numerusform>%Ln differ from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation>
            <numerusform>%Ln matched no article of this folder.</numerusform>
            <numerusform>%Ln matched no article of this folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation>
            <numerusform>%Ln new claim</numerusform>
            <numerusform>%Ln new claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation>
            <numerusform>%Ln was here already.</numerusform>
            <numerusform>%Ln were here already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation>
            <numerusform>%Ln was left out:</numerusform>
            <numerusform>%Ln were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>%n claim found</numerusform>
            <numerusform>%n claims found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found so far; still reading the other articles’ claims…</source>
        <translation>
            <numerusform>%n claim found so far; still reading the other articles’ claims…</numerusform>
            <numerusform>%n claims found so far; still reading the other articles’ claims…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n claims found: type more words to narrow them.</source>
        <translation>
            <numerusform>More than %n claim found: type more words to narrow them.</numerusform>
            <numerusform>More than %n claims found: type more words to narrow them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s): each row is one fact, each column what an article says of it.</source>
        <translation>
            <numerusform>%Ln cluster: each row is one fact, each column what an article says of it.</numerusform>
            <numerusform>%Ln clusters: each row is one fact, each column what an article says of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more article(s) in the table, not drawn</source>
        <translation>
            <numerusform>%Ln more article is in the table, not drawn</numerusform>
            <numerusform>%Ln more articles are in the table, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more member(s) not in this export</source>
        <translation>
            <numerusform>%Ln more member not in this export</numerusform>
            <numerusform>%Ln more members not in this export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more topic(s) with fewer claims in the table, not drawn</source>
        <translation>
            <numerusform>%Ln more topic with fewer claims is in the table, not drawn</numerusform>
            <numerusform>%Ln more topics with fewer claims are in the table, not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</source>
        <translation>
            <numerusform>%n article searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</numerusform>
            <numerusform>%n articles searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamNotice</name>
    <message numerus="yes">
        <source>%Ln record(s) changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>%Ln record changed on both devices: the later version is kept, the other is in the history (marginalia history ARTICLE).</numerusform>
            <numerusform>%Ln records changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln conflict copy(ies) made by %1 into %2; moved to .marginalia/merged-conflicts.</source>
        <translation>
            <numerusform>Merged %Ln conflict copy made by %1 into %2; moved to .marginalia/merged-conflicts.</numerusform>
            <numerusform>Merged %Ln conflict copies made by %1 into %2; moved to .marginalia/merged-conflicts.</numerusform>
        </translation>
    </message>
</context>
</TS>
