<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Informazioni su Marginalia</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accordo…</translation>
    </message>
    <message>
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Confronta articoli…</translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Source</source>
        <translation>&amp;Copia citazione con la fonte</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Elimina affermazione</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Trova nell’articolo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Highlight Claim</source>
        <translation>&amp;Evidenzia affermazione</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importa annotazioni…</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Apri cartella…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Re-attach Claim to Selection</source>
        <translation>&amp;Riancora affermazione alla selezione</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster…</source>
        <translation>&amp;Rinomina gruppo…</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Revisori</translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation>Cerca in &amp;tutti gli articoli…</translation>
    </message>
    <message>
        <source>&amp;Show Claim in Text</source>
        <translation>&amp;Mostra affermazione nel testo</translation>
    </message>
    <message>
        <source>&amp;Sidecar JSON</source>
        <translation>&amp;File delle annotazioni (JSON)</translation>
    </message>
    <message>
        <source>&amp;Topic of Claim</source>
        <translation>&amp;Tema dell’affermazione</translation>
    </message>
    <message>
        <source>&amp;Topics (Codebook)…</source>
        <translation>&amp;Temi (libro dei codici)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Add annotations from a file another tool wrote (Ctrl+I)</source>
        <translation>Aggiungi annotazioni da un file scritto da un altro programma (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add, rename, recolour topics (Ctrl+K)</source>
        <translation>Aggiungi, rinomina e ricolora i temi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)</source>
        <translation>Ancora l’affermazione scelta (ad es. un’orfana) al testo selezionato (Ctrl+R)</translation>
    </message>
    <message>
        <source>Claim &amp;Span</source>
        <translation>&amp;Estensione dell’affermazione</translation>
    </message>
    <message>
        <source>Claim&apos;s Cl&amp;uster</source>
        <translation>Gr&amp;uppo dell’affermazione</translation>
    </message>
    <message>
        <source>Close Reader Besi&amp;de</source>
        <translation>Chiu&amp;di il lettore affiancato</translation>
    </message>
    <message>
        <source>Cluster &amp;Note…</source>
        <translation>&amp;Nota del gruppo…</translation>
    </message>
    <message>
        <source>Copy Quote with Source</source>
        <translation>Copia citazione con la fonte</translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote with its article and place (Ctrl+Shift+C)</source>
        <translation>Copia la citazione dell’affermazione scelta con il suo articolo e la sua posizione (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected claim (Delete)</source>
        <translation>Elimina l’affermazione scelta (Canc)</translation>
    </message>
    <message>
        <source>Edit the article beside in the main reader</source>
        <translation>Modifica l’articolo affiancato nel lettore principale</translation>
    </message>
    <message>
        <source>Every article&apos;s claims side by side, topic by topic, with a chart (Ctrl+Shift+M)</source>
        <translation>Le affermazioni di ogni articolo affiancate, tema per tema, con un grafico (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export annotations in an open format (Ctrl+E)</source>
        <translation>Esporta le annotazioni in un formato aperto (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend Claim End by a Word</source>
        <translation>Estendi la fine dell’affermazione di una parola</translation>
    </message>
    <message>
        <source>Extend Claim Start by a Word</source>
        <translation>Estendi l’inizio dell’affermazione di una parola</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <source>Find in &amp;Other Articles</source>
        <translation>Trova negli altri artic&amp;oli</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Trova parole nell’articolo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Give the selected claim&apos;s cluster another label</source>
        <translation>Dai un altro nome al gruppo dell’affermazione scelta</translation>
    </message>
    <message>
        <source>Go to Next &amp;Linked Claim</source>
        <translation>Vai all’affermazione collegata &amp;successiva</translation>
    </message>
    <message>
        <source>Go to the card&apos;s claim in the text (Enter)</source>
        <translation>Vai all’affermazione della scheda nel testo (Invio)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Evidenzia</translation>
    </message>
    <message>
        <source>Highlight the selected text as a claim (H)</source>
        <translation>Evidenzia il testo selezionato come affermazione (H)</translation>
    </message>
    <message>
        <source>How far the reviewers agree, topic by topic and article by article (Ctrl+Shift+G)</source>
        <translation>Quanto concordano i revisori, tema per tema e articolo per articolo (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>L&amp;ink to…</source>
        <translation>Colle&amp;ga a…</translation>
    </message>
    <message>
        <source>Leave &amp;Cluster</source>
        <translation>&amp;Togli dal gruppo</translation>
    </message>
    <message>
        <source>Link &amp;Across Readers</source>
        <translation>Collega &amp;fra i lettori</translation>
    </message>
    <message>
        <source>Link the claim or selection in this reader with the one in the other reader (Ctrl+Shift+L)</source>
        <translation>Collega l’affermazione o la selezione di questo lettore con quella dell’altro lettore (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Link the selected claim to a claim of another article: the same fact as another outlet reports it (Ctrl+L)</source>
        <translation>Collega l’affermazione scelta a un’affermazione di un altro articolo: lo stesso fatto come lo riporta un’altra testata (Ctrl+L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Move to the next pane: library, text, notes (F6)</source>
        <translation>Passa al riquadro successivo: biblioteca, testo, note (F6)</translation>
    </message>
    <message>
        <source>Move to the previous pane (Shift+F6)</source>
        <translation>Passa al riquadro precedente (Shift+F6)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Riquadro successivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open &amp;Beside…</source>
        <translation>Apri &amp;affiancato…</translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O)</source>
        <translation>Apri una cartella di articoli (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a second article beside this one, to compare and link them (Ctrl+\)</source>
        <translation>Apri un secondo articolo accanto a questo, per confrontarli e collegarli (Ctrl+\)</translation>
    </message>
    <message>
        <source>Open the next claim of the selected claim&apos;s cluster (Ctrl+])</source>
        <translation>Apri l’affermazione successiva del gruppo dell’affermazione scelta (Ctrl+])</translation>
    </message>
    <message>
        <source>Override the detected language</source>
        <translation>Sostituisci la lingua rilevata</translation>
    </message>
    <message>
        <source>Passages of the other articles that likely report the selected claim or text (Ctrl+Shift+O)</source>
        <translation>Passaggi degli altri articoli che probabilmente riportano l’affermazione o il testo scelti (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Riquadro &amp;precedente</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>S&amp;wap Readers</source>
        <translation>&amp;Scambia i lettori</translation>
    </message>
    <message>
        <source>Search the text of every article in the folder (Ctrl+Shift+F)</source>
        <translation>Cerca nel testo di tutti gli articoli della cartella (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Set Article &amp;Language…</source>
        <translation>Imposta la &amp;lingua dell’articolo…</translation>
    </message>
    <message>
        <source>Show &amp;All Topics</source>
        <translation>Mostra &amp;tutti i temi</translation>
    </message>
    <message>
        <source>Show Claims of &amp;Topics</source>
        <translation>Mostra affermazioni dei &amp;temi</translation>
    </message>
    <message>
        <source>Show the article&apos;s annotation file (Ctrl+J)</source>
        <translation>Mostra il file delle annotazioni dell’articolo (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the claims tagged “%1”</source>
        <translation>Mostra le affermazioni con il tema «%1»</translation>
    </message>
    <message>
        <source>Shrink Claim End by a Word</source>
        <translation>Accorcia la fine dell’affermazione di una parola</translation>
    </message>
    <message>
        <source>Shrink Claim Start by a Word</source>
        <translation>Accorcia l’inizio dell’affermazione di una parola</translation>
    </message>
    <message>
        <source>Take the selected claim out of its cluster</source>
        <translation>Togli l’affermazione scelta dal suo gruppo</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim</source>
        <translation>Aggiungi o togli il tema «%1» all’affermazione scelta</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim (%2)</source>
        <translation>Aggiungi o togli il tema «%1» all’affermazione scelta (%2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Write &amp;Note</source>
        <translation>Scrivi &amp;nota</translation>
    </message>
    <message>
        <source>Write Note on the Selected Claim</source>
        <translation>Scrivi una nota sull’affermazione scelta</translation>
    </message>
    <message>
        <source>Write a note on the selected claim (N; Enter in the text; Esc when done)</source>
        <translation>Scrivi una nota sull’affermazione scelta (N; Invio nel testo; Esc per finire)</translation>
    </message>
    <message>
        <source>Write the note of the selected claim&apos;s cluster</source>
        <translation>Scrivi la nota del gruppo dell’affermazione scelta</translation>
    </message>
</context>
<context>
    <name>AdjudicationLauncher</name>
    <message>
        <source>A&amp;djudicate…</source>
        <translation>A&amp;rbitrato…</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Apri prima una cartella di articoli.</translation>
    </message>
    <message>
        <source>Settle two reviewers&apos; disagreements on one article, passage by passage (Ctrl+Shift+J)</source>
        <translation>Risolvi i disaccordi tra due revisori su un articolo, passaggio per passaggio (Ctrl+Shift+J)</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>&amp;Article:</source>
        <translation>A&amp;rticolo:</translation>
    </message>
    <message>
        <source>&amp;Edit in the Main Window</source>
        <translation>&amp;Modifica nella finestra principale</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Mantieni &amp;entrambe</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>Disaccordo &amp;successivo</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>Disaccordo &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Reviewers A and B:</source>
        <translation>Re&amp;visori A e B:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(senza revisore)</translation>
    </message>
    <message>
        <source>A&apos;s claims are underlined (solid), B&apos;s overlined (dashed).</source>
        <translation>Le affermazioni di A sono sottolineate (linea continua), quelle di B sopralineate (linea tratteggiata).</translation>
    </message>
    <message>
        <source>Accept All A&amp;greements</source>
        <translation>Accetta &amp;tutti gli accordi</translation>
    </message>
    <message>
        <source>Accept all agreements</source>
        <translation>Accetta tutti gli accordi</translation>
    </message>
    <message>
        <source>Adjudicate — Marginalia</source>
        <translation>Arbitrato — Marginalia</translation>
    </message>
    <message>
        <source>Adjudication status</source>
        <translation>Stato dell’arbitrato</translation>
    </message>
    <message>
        <source>Agreements: %1. Disagreements left to settle: %2.</source>
        <translation>Accordi: %1. Disaccordi da risolvere: %2.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Choose two different reviewers.</source>
        <translation>Scegli due revisori diversi.</translation>
    </message>
    <message>
        <source>Decisions are saved as claims of %1, recording the claims they come from.</source>
        <translation>Autore delle decisioni: %1. Sono salvate come affermazioni che registrano le affermazioni da cui derivano.</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous disagreement.</source>
        <translation>F8 / Shift+F8: disaccordo successivo / precedente.</translation>
    </message>
    <message>
        <source>Green: the reviewers agree.</source>
        <translation>Verde: i revisori concordano.</translation>
    </message>
    <message>
        <source>Hatched orange: a disagreement to settle; grey once settled.</source>
        <translation>Arancione tratteggiato: un disaccordo da risolvere; grigio una volta risolto.</translation>
    </message>
    <message>
        <source>Keep &amp;A</source>
        <translation>Mantieni &amp;A</translation>
    </message>
    <message>
        <source>Keep &amp;B</source>
        <translation>Mantieni &amp;B</translation>
    </message>
    <message>
        <source>Keep A&apos;s claim</source>
        <translation>Mantieni l’affermazione di A</translation>
    </message>
    <message>
        <source>Keep B&apos;s claim</source>
        <translation>Mantieni l’affermazione di B</translation>
    </message>
    <message>
        <source>Keep both claims</source>
        <translation>Mantieni entrambe le affermazioni</translation>
    </message>
    <message>
        <source>No more disagreements that way.</source>
        <translation>Nessun altro disaccordo in quella direzione.</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Revisore A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Revisore B</translation>
    </message>
    <message>
        <source>Settle by editing</source>
        <translation>Risolvi modificando</translation>
    </message>
    <message>
        <source>That reviewer coded nothing here: choose the other, or both.</source>
        <translation>Quel revisore qui non ha codificato nulla: scegli l’altro, o entrambi.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>you (asked once)</source>
        <translation>tu (il nome ti viene chiesto una sola volta)</translation>
    </message>
</context>
<context>
    <name>AgreementLauncher</name>
    <message>
        <source>Open a folder of articles to measure agreement.</source>
        <translation>Apri una cartella di articoli per misurare l’accordo.</translation>
    </message>
    <message>
        <source>Reading the claims…</source>
        <translation>Lettura delle affermazioni…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Impossibile calcolare gli indici: %1</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3) and %4.</source>
        <translation>%1 %2 (%3) e %4.</translation>
    </message>
    <message>
        <source>%1 and %2 compared</source>
        <translation>Confronto tra %1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carattere</numerusform>
            <numerusform>%Ln caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation>
            <numerusform>%Ln affermazione non è stata collocata nel testo del suo articolo e non è contata.</numerusform>
            <numerusform>%Ln affermazioni non sono state collocate nel testo del loro articolo e non sono contate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation>
            <numerusform>%Ln affermazione non ha il nome di un revisore e non è contata.</numerusform>
            <numerusform>%Ln affermazioni non hanno il nome di un revisore e non sono contate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articoli</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Mappa di calore</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Revisori</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temi</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Agreement between Reviewers — Marginalia</source>
        <translation>Accordo tra revisori — Marginalia</translation>
    </message>
    <message>
        <source>Article &amp;by Article</source>
        <translation>Articolo &amp;per articolo</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>Figures article by article</source>
        <translation>Indici articolo per articolo</translation>
    </message>
    <message>
        <source>Figures pooled over the articles</source>
        <translation>Indici complessivi sugli articoli</translation>
    </message>
    <message>
        <source>How far the reviewers agree on where each topic applies, character by character. Choose who and what to compare; the figures follow your edits, unsaved ones included.</source>
        <translation>Quanto i revisori concordano su dove si applica ciascun tema, carattere per carattere. Scegli chi e che cosa confrontare; gli indici seguono le tue modifiche, anche quelle non salvate.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Escluso: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>No claim in the chosen articles has a reviewer&apos;s name yet. Agreement compares the claims of two or more reviewers; each claim records who made it.</source>
        <translation>Nessuna affermazione degli articoli scelti ha ancora il nome di un revisore. L’accordo confronta le affermazioni di due o più revisori; ogni affermazione registra chi l’ha fatta.</translation>
    </message>
    <message>
        <source>No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.</source>
        <translation>Nessun revisore scelto: l’accordo ne richiede almeno due. Spuntali in Revisori.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non contato</translation>
    </message>
    <message>
        <source>One figure for each article and topic, as colours</source>
        <translation>Un indice per articolo e tema, a colori</translation>
    </message>
    <message>
        <source>Only %1 is chosen: agreement needs at least two reviewers. Tick another under Reviewers.</source>
        <translation>È scelto solo %1: l’accordo richiede almeno due revisori. Spuntane un altro in Revisori.</translation>
    </message>
    <message>
        <source>P&amp;ooled</source>
        <translation>&amp;Complessivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again</source>
        <translation>Rileggi le affermazioni di tutti gli articoli</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again, e.g. after another program changed them (F5)</source>
        <translation>Rileggi le affermazioni di tutti gli articoli, ad es. dopo che un altro programma le ha cambiate (F5)</translation>
    </message>
    <message>
        <source>Reading articles… %1 of %2</source>
        <translation>Lettura degli articoli… %1 di %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <source>Table copied.</source>
        <translation>Tabella copiata.</translation>
    </message>
    <message>
        <source>The figures of each topic in each article</source>
        <translation>Gli indici di ogni tema in ciascun articolo</translation>
    </message>
    <message>
        <source>The figures of each topic over all the chosen articles together</source>
        <translation>Gli indici di ogni tema su tutti gli articoli scelti insieme</translation>
    </message>
    <message>
        <source>The figures pooled over the articles, article by article, or as a heat map</source>
        <translation>Gli indici complessivi sugli articoli, articolo per articolo o come mappa di calore</translation>
    </message>
    <message>
        <source>Unsaved changes are included.</source>
        <translation>Le modifiche non salvate sono incluse.</translation>
    </message>
    <message>
        <source>Views of the figures</source>
        <translation>Viste degli indici</translation>
    </message>
    <message>
        <source>What each figure says and when to rely on it</source>
        <translation>Che cosa dice ogni indice e quando fidarsene</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Che cosa significano gli indici</translation>
    </message>
    <message>
        <source>What the window measures</source>
        <translation>Che cosa misura la finestra</translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation>
            <numerusform>su %Ln articolo</numerusform>
            <numerusform>su %Ln articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… e %Ln altro problema</numerusform>
            <numerusform>… e altri %Ln problemi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A dash means the figure would mislead or cannot be computed; point at it, or move to it with the arrow keys, to read why. The mean over topics averages each figure over the topics that have it.</source>
        <translation>Un trattino indica che l’indice sarebbe fuorviante o non si può calcolare; puntalo, o raggiungilo con i tasti freccia, per leggerne il motivo. La media dei temi calcola ogni indice sui temi che lo hanno.</translation>
    </message>
    <message>
        <source>Agreement beyond what each reviewer&apos;s own rate of coding would give by chance: 1 is perfect, 0 no better than chance, below 0 worse. Two reviewers only.</source>
        <translation>L’accordo oltre quello che darebbe il caso data la frequenza con cui codifica ciascun revisore: 1 è perfetto, 0 non meglio del caso, sotto 0 peggio. Solo due revisori.</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers: tick another one under Reviewers.</source>
        <translation>L’accordo richiede almeno due revisori: spuntane un altro in Revisori.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ di Cohen</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two reviewers; with more, read Krippendorff&apos;s α.</source>
        <translation>La κ di Cohen confronta esattamente due revisori; con più revisori, leggi l’α di Krippendorff.</translation>
    </message>
    <message>
        <source>Compares the passages themselves, where each begins and ends; text nobody coded counts for nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what matters is whether reviewers find the same passages (INCEpTION reports this figure).</source>
        <translation>Confronta i passaggi stessi, dove ciascuno inizia e finisce; il testo che nessuno ha codificato non conta, e un passaggio segnato da un revisore e mancato da un altro conta per intero. Preferiscilo quando conta se i revisori trovano gli stessi passaggi (INCEpTION riporta questo indice).</translation>
    </message>
    <message>
        <source>Each character of an article is compared: for each reviewer and topic, it is coded when one of the reviewer&apos;s claims with that topic covers it. 1 means perfect agreement.</source>
        <translation>Si confronta ogni carattere di un articolo: per ogni revisore e tema, è codificato quando lo copre una delle affermazioni del revisore con quel tema. 1 significa accordo perfetto.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α di Krippendorff</translation>
    </message>
    <message>
        <source>Like κ, but chance is estimated from all reviewers together, so it takes any number of reviewers and corrects for small samples: the usual standard in content analysis. Rely on data from 0.800 up; draw only tentative conclusions from 0.667.</source>
        <translation>Come κ, ma il caso è stimato da tutti i revisori insieme, quindi ammette qualsiasi numero di revisori e corregge per i campioni piccoli: lo standard abituale nell’analisi del contenuto. Fidati dei dati da 0,800 in su; da 0,667 trai solo conclusioni provvisorie.</translation>
    </message>
    <message>
        <source>No chosen reviewer tagged any text with this topic here. Percent agreement would read 100 % for agreeing that it is absent, so no figure is given.</source>
        <translation>Nessun revisore scelto ha assegnato questo tema a del testo qui. La percentuale di accordo darebbe 100% per l’accordo sulla sua assenza, quindi non si dà alcun indice.</translation>
    </message>
    <message>
        <source>No topic has this figure (each for its own reason).</source>
        <translation>Nessun tema ha questo indice (ciascuno per un suo motivo).</translation>
    </message>
    <message>
        <source>No topics are chosen.</source>
        <translation>Nessun tema scelto.</translation>
    </message>
    <message>
        <source>Nothing for chance to disagree on: every character has the same value for every reviewer (all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0.</source>
        <translation>Non c’è nulla su cui il caso possa discordare: ogni carattere ha lo stesso valore per tutti i revisori (tutto il testo codificato, ad esempio), quindi un indice corretto per il caso sarebbe 0 ÷ 0.</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Percentuale di accordo</translation>
    </message>
    <message>
        <source>The chosen articles have no text.</source>
        <translation>Gli articoli scelti non hanno testo.</translation>
    </message>
    <message>
        <source>The share of characters on which the reviewers agree whether the topic applies (with more than two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a chance-corrected figure.</source>
        <translation>La quota di caratteri su cui i revisori concordano se il tema si applica (con più di due revisori, la media sulle coppie). Facile da leggere, ma il testo che nessuno ha codificato lo alza: due revisori che segnano ciascuno un 5% diverso di un articolo concordano comunque sul 90%. Leggilo accanto a un indice corretto per il caso.</translation>
    </message>
    <message>
        <source>Unitizing α_u</source>
        <translation>α_u di unitizzazione</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Che cosa significano gli indici</translation>
    </message>
    <message>
        <source>for 2 only</source>
        <translation>solo per 2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>nessuna affermazione</translation>
    </message>
    <message>
        <source>no figure: %1</source>
        <translation>nessun indice: %1</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <source>no topics</source>
        <translation>nessun tema</translation>
    </message>
    <message>
        <source>no variation</source>
        <translation>nessuna variazione</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>nessuno definito</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>un revisore</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>By %1, %2.</source>
        <translation>Di %1, %2.</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Di %1.</translation>
    </message>
    <message>
        <source>Claim “%1”. %2 %3</source>
        <translation>Affermazione «%1». %2 %3</translation>
    </message>
    <message>
        <source>Cluster “%1”, linked with: %2.</source>
        <translation>Gruppo «%1»; collegata con: %2.</translation>
    </message>
    <message>
        <source>Enter goes to the claim in the text; N writes its note.</source>
        <translation>Invio porta all’affermazione nel testo; N ne scrive la nota.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Creata il %1.</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Nessuna nota.</translation>
    </message>
    <message>
        <source>No reviewer.</source>
        <translation>Nessun revisore.</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Nessun tema.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Placed: %1.</source>
        <translation>Posizione: %1.</translation>
    </message>
    <message>
        <source>Topics: %1.</source>
        <translation>Temi: %1.</translation>
    </message>
    <message>
        <source>no other claim yet</source>
        <translation>ancora nessun’altra affermazione</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Change claim span</source>
        <translation>Cambia l’estensione dell’affermazione</translation>
    </message>
    <message>
        <source>Claim deleted (Ctrl+Z brings it back).</source>
        <translation>Affermazione eliminata (Ctrl+Z la ripristina).</translation>
    </message>
    <message>
        <source>Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, Delete to remove it.</source>
        <translation>Affermazione evidenziata: premi 1, 2, 3… per assegnarle un tema, N o Invio per scriverne la nota, Canc per eliminarla.</translation>
    </message>
    <message>
        <source>Claim re-attached.</source>
        <translation>Affermazione riancorata.</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Elimina affermazione</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Highlight claim</source>
        <translation>Evidenzia affermazione</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Apri prima un articolo.</translation>
    </message>
    <message>
        <source>Re-attach claim</source>
        <translation>Riancora affermazione</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Scegli prima un’affermazione (fai clic su un’evidenziazione o su una nota).</translation>
    </message>
    <message>
        <source>Select some text to highlight it as a claim.</source>
        <translation>Seleziona del testo per evidenziarlo come affermazione.</translation>
    </message>
    <message>
        <source>Select the claim to re-attach in the notes first.</source>
        <translation>Scegli prima nelle note l’affermazione da riancorare.</translation>
    </message>
    <message>
        <source>Select the text the claim should attach to.</source>
        <translation>Seleziona il testo a cui ancorare l’affermazione.</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Assegna «%1»</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Questo articolo è in sola lettura: il suo file delle annotazioni non è leggibile.</translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation>Togli «%1»</translation>
    </message>
</context>
<context>
    <name>ArticleAdder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Add Articles…</source>
        <translation>&amp;Aggiungi articoli…</translation>
    </message>
    <message>
        <source>Add articles to %1</source>
        <translation>Aggiungi articoli a %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo aggiunto</numerusform>
            <numerusform>%Ln articoli aggiunti</numerusform>
        </translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Dettagli dell’articolo…</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articoli (%1)</translation>
    </message>
    <message>
        <source>Copy web pages, PDFs, Word files, e-books or text files into the folder</source>
        <translation>Copia nella cartella pagine web, PDF, file Word, e-book o file di testo</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifica i dettagli dell’articolo</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Alcuni file non sono stati aggiunti</translation>
    </message>
    <message>
        <source>Title, outlet, author, date and address of the article</source>
        <translation>Titolo, testata, autore, data e indirizzo dell’articolo</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, campo %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Claims in the article, by topic</source>
        <translation>Affermazioni dell’articolo, per tema</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codifica: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nessun problema</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Testata</translation>
    </message>
    <message>
        <source>Problems with the article or its annotation file</source>
        <translation>Problemi dell’articolo o del suo file delle annotazioni</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Sconosciuta</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Impossibile aprire l’articolo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select text in both readers, then press Ctrl+Shift+L to link them.</source>
        <translation>Scegli un’affermazione o seleziona del testo in entrambi i lettori, poi premi Ctrl+Shift+L per collegarli.</translation>
    </message>
    <message>
        <source>Link claims across readers</source>
        <translation>Collega affermazioni tra i lettori</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Apri prima una cartella di articoli.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Apri prima un articolo.</translation>
    </message>
    <message>
        <source>Open another article beside this one first (View ▸ Open Beside…, Ctrl+\).</source>
        <translation>Apri prima un altro articolo accanto a questo (Visualizza ▸ Apri affiancato…, Ctrl+\).</translation>
    </message>
    <message>
        <source>Open beside the article you are reading:</source>
        <translation>Apri accanto all’articolo che stai leggendo:</translation>
    </message>
    <message>
        <source>Search articles to open beside</source>
        <translation>Cerca articoli da aprire affiancati</translation>
    </message>
    <message>
        <source>Words of a title, a file name or a language…</source>
        <translation>Parole di un titolo, un nome di file o una lingua…</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc cancels</source>
        <translation>↑ ↓ scegli · Invio apre · Esc annulla</translation>
    </message>
</context>
<context>
    <name>BesidePane</name>
    <message>
        <source>Article beside</source>
        <translation>Articolo affiancato</translation>
    </message>
    <message>
        <source>Beside (%1): %2</source>
        <translation>Affiancato (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Notes of the article beside</source>
        <translation>Note dell’articolo affiancato</translation>
    </message>
    <message>
        <source>Text of the article beside</source>
        <translation>Testo dell’articolo affiancato</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 (not in the codebook)</source>
        <translation>%1 (non è nel libro dei codici)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Nessuna nota</translation>
    </message>
    <message>
        <source>No note — press N to write one</source>
        <translation>Nessuna nota: premi N per scriverla</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Nessun tema</translation>
    </message>
    <message>
        <source>No topic — press 1, 2, 3…</source>
        <translation>Nessun tema: premi 1, 2, 3…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation, in the language&apos;s quotation marks</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>%1–%2 of %3 · Alt+↓ and Alt+↑ go through them</source>
        <translation>%1–%2 di %3 · Alt+↓ e Alt+↑ per scorrerle</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>Non trovata nel testo attuale</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln altro articolo è nella tabella, non nel grafico.</numerusform>
            <numerusform>Gli altri %Ln articoli sono nella tabella, non nel grafico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further row(s) with fewer claims in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln altra riga, con meno affermazioni, è nella tabella, non nel grafico.</numerusform>
            <numerusform>Le altre %Ln righe, con meno affermazioni, sono nella tabella, non nel grafico.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(senza tema)</translation>
    </message>
    <message>
        <source>About the chart</source>
        <translation>Informazioni sul grafico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <source>Chart of claims per row in each article</source>
        <translation>Grafico delle affermazioni di ogni riga in ciascun articolo</translation>
    </message>
    <message>
        <source>Chart: the same counts as the table. Each bar is one row&apos;s claims in one article; colour and pattern tell the rows apart, as in the legend.</source>
        <translation>Grafico: gli stessi conteggi della tabella. Ogni barra sono le affermazioni di una riga in un articolo; colore e motivo distinguono le righe, come nella legenda.</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Affermazioni per tema in ciascun articolo</translation>
    </message>
    <message>
        <source>No articles or rows to draw: widen the filters above.</source>
        <translation>Nessun articolo o riga da disegnare: allarga i filtri in alto.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Salva come &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Salva come S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Salva il grafico come PNG</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Salva il grafico come SVG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Salva il grafico come immagine PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (scales without blur; opens in browsers)</source>
        <translation>Salva il grafico come disegno SVG (si ingrandisce senza sfocare; si apre nei browser)</translation>
    </message>
    <message>
        <source>The chart, scrolled with the arrow keys when it is larger than the pane</source>
        <translation>Il grafico; si scorre con i tasti freccia quando è più grande del riquadro</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affermazioni</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 su %3)</translation>
    </message>
    <message>
        <source>%1 (all %2)</source>
        <translation>%1 (tutti e %2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Scegli: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtra</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtra l’elenco</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Opens a list to tick what the figures compare</source>
        <translation>Apre un elenco per spuntare che cosa confrontano gli indici</translation>
    </message>
    <message>
        <source>Shows only the items whose name holds these words</source>
        <translation>Mostra solo gli elementi il cui nome contiene queste parole</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current item</source>
        <translation>Spazio spunta o toglie la spunta all’elemento corrente</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Spunta tutto</translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation>Spunta tutti gli elementi mostrati</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Togli tutte le spunte</translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation>Togli la spunta a tutti gli elementi mostrati</translation>
    </message>
</context>
<context>
    <name>ClaimAnnouncer</name>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Affermazione %1 di %2</translation>
    </message>
    <message>
        <source>Claim %1 of %2: %3</source>
        <translation>Affermazione %1 di %2: %3</translation>
    </message>
    <message>
        <source>The claim being read</source>
        <translation>L’affermazione in lettura</translation>
    </message>
</context>
<context>
    <name>ClaimFocus</name>
    <message>
        <source>Select a claim first (click a highlight or a note), then press N.</source>
        <translation>Scegli prima un’affermazione (fai clic su un’evidenziazione o su una nota), poi premi N.</translation>
    </message>
    <message>
        <source>The claim&apos;s card is hidden by the topics shown (Ctrl+0 shows all).</source>
        <translation>La scheda dell’affermazione è nascosta dai temi mostrati (Ctrl+0 li mostra tutti).</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Questo articolo è in sola lettura: il suo file delle annotazioni non è leggibile.</translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>paragraph %1 (characters %2–%3)</source>
        <translation>paragrafo %1 (caratteri %2–%3)</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«%1» — %2</translation>
    </message>
</context>
<context>
    <name>ClaimMenus</name>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2): «%3»</translation>
    </message>
    <message>
        <source>Copied the quote with its source.</source>
        <translation>Citazione copiata con la fonte.</translation>
    </message>
    <message>
        <source>Linked Claims in “%1”</source>
        <translation>Affermazioni collegate in «%1»</translation>
    </message>
    <message>
        <source>No other claim yet</source>
        <translation>Ancora nessun’altra affermazione</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Scegli prima un’affermazione (fai clic su un’evidenziazione o su una nota).</translation>
    </message>
</context>
<context>
    <name>ClusterBlock</name>
    <message>
        <source>(no label)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Gruppo: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Collega…</translation>
    </message>
    <message>
        <source>No other claim yet: Link… (Ctrl+L) adds one</source>
        <translation>Ancora nessun’altra affermazione: Collega… (Ctrl+L) ne aggiunge una</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (right-click the card for all)</source>
        <translation>
            <numerusform>e altre %n (clic destro sulla scheda per vederle tutte)</numerusform>
            <numerusform>e altre %n (clic destro sulla scheda per vederle tutte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n article(s)</source>
        <translation>
            <numerusform>· %n articolo</numerusform>
            <numerusform>· %n articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (colore %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colore…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rinomina…</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Tasto</translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation>Esiste già un tema chiamato «%1».</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Un tema ha bisogno di un nome.</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>Aggiungi un nuovo tema</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>Aggiungi il tema «%1»</translation>
    </message>
    <message>
        <source>Cannot check where “%1” is used: %2</source>
        <translation>Impossibile verificare dove è usato «%1»: %2</translation>
    </message>
    <message>
        <source>Choose the colour of the selected topic</source>
        <translation>Scegli il colore del tema selezionato</translation>
    </message>
    <message>
        <source>Choose the key that tags a claim with the selected topic</source>
        <translation>Scegli il tasto che assegna il tema selezionato a un’affermazione</translation>
    </message>
    <message>
        <source>Close the topics editor</source>
        <translation>Chiudi l’editor dei temi</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <source>Key %1 is already the shortcut of “%2”. Give that topic another key (or none) first.</source>
        <translation>Il tasto %1 è già la scorciatoia di «%2». Assegna prima a quel tema un altro tasto (o nessuno).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nuovo tema</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no key</comment>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niente da ripetere</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Recolour topic “%1”</source>
        <translation>Ricolora il tema «%1»</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ripeti: %1</translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation>Togli il tasto di «%1»</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Rimuovi il tema selezionato</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Rimuovi tema</translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation>Rimuovi il tema «%1»</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Rinomina il tema selezionato</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Rinomina tema</translation>
    </message>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Rinomina il tema «%1» in «%2»</translation>
    </message>
    <message>
        <source>Set key %1 for “%2”</source>
        <translation>Assegna il tasto %1 a «%2»</translation>
    </message>
    <message>
        <source>The topics file %1 cannot be read (%2). Fix or remove it to edit topics.</source>
        <translation>Il file dei temi %1 non è leggibile (%2). Correggilo o rimuovilo per modificare i temi.</translation>
    </message>
    <message>
        <source>The topics of the folder, with their keys; double-click one to rename it</source>
        <translation>I temi della cartella, con i loro tasti; fai doppio clic su uno per rinominarlo</translation>
    </message>
    <message>
        <source>The topics were not saved: %1</source>
        <translation>I temi non sono stati salvati: %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic colour</source>
        <translation>Colore del tema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation>
            <numerusform>«%1» è su %Ln affermazione. Rimuovere il tema e toglierlo anche da quell’affermazione?

L’operazione riscrive il file delle annotazioni e non si può annullare.</numerusform>
            <numerusform>«%1» è su %Ln affermazioni. Rimuovere il tema e toglierlo anche da quelle affermazioni?

L’operazione riscrive i file delle annotazioni e non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>«%1» non è stato rimosso: %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing to undo or redo there: that claim was removed by another step.</source>
        <translation>Niente da annullare o ripetere lì: quell’affermazione è stata rimossa da un altro passaggio.</translation>
    </message>
</context>
<context>
    <name>CompareHeader</name>
    <message>
        <source>⚠ claims unreadable (see tooltip)</source>
        <translation>⚠ affermazioni illeggibili (vedi il suggerimento)</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Claims per cluster in each article</source>
        <translation>Affermazioni per gruppo in ciascun articolo</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Affermazioni per tema in ciascun articolo</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Gruppi</translation>
    </message>
    <message>
        <source>Each column is an article and each row a cluster: one fact as several articles report it. A cell lists what that article says of it: its quotes and notes. Click a quote, or move with the arrow keys and press Enter, to open it in the main window.</source>
        <translation>Ogni colonna è un articolo e ogni riga un gruppo: un fatto come lo riportano più articoli. Una cella elenca che cosa ne dice quell’articolo: le sue citazioni e note. Fai clic su una citazione, o spostati con i tasti freccia e premi Invio, per aprirla nella finestra principale.</translation>
    </message>
    <message>
        <source>Open a folder of articles to compare them.</source>
        <translation>Apri una cartella di articoli per confrontarli.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation>
            <numerusform>%Ln affermazione · %1 del testo</numerusform>
            <numerusform>%Ln affermazioni · %1 del testo</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(senza tema)</translation>
    </message>
    <message>
        <source>Its claims could not be read: %1</source>
        <translation>Impossibile leggere le sue affermazioni: %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>Nessuna affermazione</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Lingua sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e altre %Ln</numerusform>
            <numerusform>e altre %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln articolo</numerusform>
            <numerusform>in %Ln articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation>
            <numerusform>%1 di %Ln articolo mostrati</numerusform>
            <numerusform>%1 di %Ln articoli mostrati</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 su %3</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: tutte</translation>
    </message>
    <message>
        <source>Articles in a language left out are not shown</source>
        <translation>Gli articoli in una lingua esclusa non sono mostrati</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Grafico salvato in %1</translation>
    </message>
    <message>
        <source>Choose which languages to show</source>
        <translation>Scegli quali lingue mostrare</translation>
    </message>
    <message>
        <source>Choose which rows to show</source>
        <translation>Scegli quali righe mostrare</translation>
    </message>
    <message>
        <source>Claims by row and article</source>
        <translation>Affermazioni per riga e articolo</translation>
    </message>
    <message>
        <source>Compare Articles — Marginalia</source>
        <translation>Confronta articoli — Marginalia</translation>
    </message>
    <message>
        <source>Each column is an article and each row a topic. A cell lists that article&apos;s claims on the topic: how many there are, how much of the article&apos;s text they cover, and their quotes and notes. Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, to open it in the main window.</source>
        <translation>Ogni colonna è un articolo e ogni riga un tema. Una cella elenca le affermazioni di quell’articolo sul tema: quante sono, quanta parte del testo coprono, e le loro citazioni e note. Fai clic su una citazione, o spostati con i tasti freccia (Alt+↓ per l’affermazione seguente di una cella) e premi Invio, per aprirla nella finestra principale.</translation>
    </message>
    <message>
        <source>Hide the articles that have no claim in the rows shown</source>
        <translation>Nascondi gli articoli senza affermazioni nelle righe mostrate</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Only articles with claims</source>
        <translation>Solo articoli con affermazioni</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Rows left out are neither in the table nor in the chart</source>
        <translation>Le righe escluse non sono né nella tabella né nel grafico</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostra tutto</translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation>
            <numerusform>Non è stato possibile leggere tutte le affermazioni di %Ln file; la sua intestazione lo indica e il suggerimento spiega perché.</numerusform>
            <numerusform>Non è stato possibile leggere tutte le affermazioni di %Ln file; le loro intestazioni lo indicano e i suggerimenti spiegano perché.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each row of the table is</source>
        <translation>Che cosa è ogni riga della tabella</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Che cosa è mostrato</translation>
    </message>
    <message>
        <source>What the comparison shows</source>
        <translation>Che cosa mostra il confronto</translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message numerus="yes">
        <source>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>Anche un altro programma ha cambiato queste affermazioni; %Ln è cambiata in entrambi i posti: si tiene la versione più recente, l’altra è nella cronologia (marginalia history ARTICLE).</numerusform>
            <numerusform>Anche un altro programma ha cambiato queste affermazioni; %Ln sono cambiate in entrambi i posti: di ciascuna si tiene la versione più recente, l’altra è nella cronologia (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed these claims; its changes are merged with yours.</source>
        <translation>Un altro programma ha cambiato queste affermazioni; le sue modifiche sono unite alle tue.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk but cannot be read (%1); your claims are kept here, and it is not written over.</source>
        <translation>Il file delle annotazioni è cambiato sul disco ma non è leggibile (%1); le tue affermazioni restano qui e il file non viene sovrascritto.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk; taken in.</source>
        <translation>Il file delle annotazioni è cambiato sul disco; modifiche acquisite.</translation>
    </message>
    <message>
        <source>The article changed on disk; claims re-anchored: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation>L’articolo è cambiato sul disco; affermazioni riancorate: %1 esatte, %2 spostate, %3 per somiglianza, %4 orfane.</translation>
    </message>
    <message>
        <source>The article could not be re-read: %1</source>
        <translation>Impossibile rileggere l’articolo: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation>
            <numerusform>%Ln affermazione non è stata collocata nel testo attuale (orfana): selezionala nelle note, seleziona il suo testo e premi Ctrl+R per riancorarla.</numerusform>
            <numerusform>%Ln affermazioni non sono state collocate nel testo attuale (orfane): selezionane una nelle note, seleziona il suo testo e premi Ctrl+R per riancorarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln spostata</numerusform>
            <numerusform>%Ln spostate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln orfana</numerusform>
            <numerusform>%Ln orfane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation>
            <numerusform>%Ln collocata per somiglianza</numerusform>
            <numerusform>%Ln collocate per somiglianza</numerusform>
        </translation>
    </message>
    <message>
        <source>An annotation record was kept unchanged but could not be read — %1</source>
        <translation>Un record di annotazione è stato conservato invariato ma non è leggibile — %1</translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left as it is — %1</source>
        <translation>Sola lettura: il file delle annotazioni non è leggibile e resta com’è — %1</translation>
    </message>
    <message>
        <source>Read-only: the article is not to be annotated as it now reads — %1</source>
        <translation>Sola lettura: l’articolo, così com’è ora, non si può annotare — %1</translation>
    </message>
    <message>
        <source>fuzzy match</source>
        <translation>per somiglianza</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>spostata</translation>
    </message>
    <message>
        <source>orphaned — select text and re-attach</source>
        <translation>orfana: seleziona del testo e riancorala</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large</source>
        <translation>%1 occupa %2 byte, troppo grande</translation>
    </message>
    <message>
        <source>%1 is a file of the corpus; choose another name</source>
        <translation>%1 è un file del corpus; scegliere un altro nome</translation>
    </message>
    <message>
        <source>%1 version: %2</source>
        <translation>versione %1: %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, in %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento Word</translation>
    </message>
    <message>
        <source>a ZIP archive without project.qde, not a REFI-QDA project</source>
        <translation>un archivio ZIP senza project.qde, non un progetto REFI-QDA</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>a link to %1, outside the corpus</source>
        <translation>un collegamento a %1, fuori dal corpus</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape</source>
        <translation>un surrogato UTF-16 isolato</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape (byte %1)</source>
        <translation>un surrogato UTF-16 isolato (byte %1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte del percorso non è una cartella</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a topic named “%1” exists already</source>
        <translation>esiste già un tema chiamato «%1»</translation>
    </message>
    <message>
        <source>a topic needs a name</source>
        <translation>un tema ha bisogno di un nome</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una pagina web</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>un e-book EPUB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>another program has held it locked for over %1 s</source>
        <translation>un altro programma lo tiene bloccato da oltre %1 s</translation>
    </message>
    <message>
        <source>article “%1”: matches %2 files; give the path within the corpus</source>
        <translation>articolo «%1»: corrisponde a %2 file; indicare il percorso nel corpus</translation>
    </message>
    <message>
        <source>article “%1”: not in the corpus</source>
        <translation>articolo «%1»: non è nel corpus</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>dati binari, non testo</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>non si può leggere</translation>
    </message>
    <message>
        <source>cannot be read as %1</source>
        <translation>non si può leggere come %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non si può leggere: %1</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>non si può scrivere</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>non si può scrivere: %1</translation>
    </message>
    <message>
        <source>claim “%1” is in cluster “%2” too</source>
        <translation>l&apos;affermazione «%1» è anche nel gruppo «%2»</translation>
    </message>
    <message>
        <source>colour “%1” is not #RRGGBB</source>
        <translation>il colore «%1» non è nella forma #RRGGBB</translation>
    </message>
    <message>
        <source>decoded as %1 now; its claims were made on it decoded as %2</source>
        <translation>ora si decodifica come %1; le sue affermazioni sono state fatte sul testo decodificato come %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>la fine %1 è prima dell&apos;inizio %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>atteso %1, trovato %2</translation>
    </message>
    <message>
        <source>format “%1”: unknown; choose one of %2</source>
        <translation>formato «%1»: sconosciuto; sceglierne uno tra %2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 non è riuscito: %2</translation>
    </message>
    <message>
        <source>git cannot be run (%1)</source>
        <translation>non si può eseguire git (%1)</translation>
    </message>
    <message>
        <source>git did not answer</source>
        <translation>git non ha risposto</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2</source>
        <translation>JSON non valido alla riga %1, colonna %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>non valido: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>line %1: a concept needs an id and entries in two languages or more</source>
        <translation>riga %1: un concetto ha bisogno di un identificatore e di voci in due lingue o più</translation>
    </message>
    <message>
        <source>line %1: missing or repeated concept id “%2”</source>
        <translation>riga %1: identificatore di concetto mancante o ripetuto «%2»</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (%1)</source>
        <translation>unita, ma non si può spostare da parte (%1)</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (its folder is gone)</source>
        <translation>unita, ma non si può spostare da parte (la sua cartella non c&apos;è più)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>negative offset %1</source>
        <translation>posizione negativa %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>annidato per più di %1 livelli</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>annidato troppo in profondità</translation>
    </message>
    <message>
        <source>nested too deeply (byte %1)</source>
        <translation>annidato troppo in profondità (byte %1)</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>spazio su disco esaurito</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <source>no tag column in the first row: not a codebook CSV</source>
        <translation>nessuna colonna di etichette nella prima riga: non è un libro dei codici CSV</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>nessun testo</translation>
    </message>
    <message>
        <source>no text in %1</source>
        <translation>nessun testo in %1</translation>
    </message>
    <message>
        <source>no text layer on any of its %1 pages (a scan without OCR)</source>
        <translation>nessuna delle sue %1 pagine ha un livello di testo (una scansione senza OCR)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>non è JSON</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>non è UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 (byte %1)</source>
        <translation>non è UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (damaged); opened read-only</source>
        <translation>non è UTF-8 al byte %1 (danneggiato); aperto in sola lettura</translation>
    </message>
    <message>
        <source>not UTF-8, and no other text encoding fits</source>
        <translation>non è UTF-8 e nessun&apos;altra codifica di testo è adatta</translation>
    </message>
    <message>
        <source>not W3C Web Annotations (no Annotation, page or collection)</source>
        <translation>non sono W3C Web Annotations (nessuna Annotation, pagina o raccolta)</translation>
    </message>
    <message>
        <source>not a claim</source>
        <translation>non è un&apos;affermazione</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>non è un file</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>non è una cartella</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>non è un file normale (%1)</translation>
    </message>
    <message>
        <source>not a “%1” file</source>
        <translation>non è un file «%1»</translation>
    </message>
    <message>
        <source>not an HTML page with any content</source>
        <translation>non è una pagina HTML con contenuto</translation>
    </message>
    <message>
        <source>not in a git work tree (run “git init” there, or choose a folder of a repository)</source>
        <translation>non è in un albero di lavoro git (eseguire «git init» lì o scegliere una cartella di un repository)</translation>
    </message>
    <message>
        <source>not valid UTF-16 at byte %1</source>
        <translation>UTF-16 non valido al byte %1</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2</source>
        <translation>XML non ben formato alla riga %1, colonna %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nullo</translation>
    </message>
    <message>
        <source>of the wrong kind</source>
        <translation>di un tipo sbagliato</translation>
    </message>
    <message>
        <source>offset %1 is beyond the text (%2 characters)</source>
        <translation>la posizione %1 è oltre il testo (%2 caratteri)</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operazione non consentita</translation>
    </message>
    <message>
        <source>our</source>
        <translation>nostra</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>repeated id “%1”</source>
        <translation>identificatore ripetuto «%1»</translation>
    </message>
    <message>
        <source>reviewer “%1”: has no claims in the corpus</source>
        <translation>revisore «%1»: non ha affermazioni nel corpus</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;CodeBook&gt;</source>
        <translation>la radice XML è &lt;%1&gt;, non un &lt;CodeBook&gt; REFI-QDA</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>la radice XML è &lt;%1&gt;, non un &lt;Project&gt; REFI-QDA</translation>
    </message>
    <message>
        <source>the codebook has no topics, and a REFI-QDA codebook needs at least one</source>
        <translation>il libro dei codici non ha temi, e un libro dei codici REFI-QDA ne richiede almeno uno</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (only a link to them)</source>
        <translation>le pagine della raccolta non sono incluse (solo un collegamento)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>il disco è di sola lettura</translation>
    </message>
    <message>
        <source>the e-book names no package document (META-INF/container.xml)</source>
        <translation>l&apos;e-book non indica alcun documento di pacchetto (META-INF/container.xml)</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>il file è occupato</translation>
    </message>
    <message>
        <source>the language model is damaged: %1</source>
        <translation>il modello delle lingue è danneggiato: %1</translation>
    </message>
    <message>
        <source>the language model is missing</source>
        <translation>manca il modello delle lingue</translation>
    </message>
    <message>
        <source>the topic “%1” is on claims (%2)</source>
        <translation>il tema «%1» è su delle affermazioni (%2)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>loro</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import</source>
        <translation>sembra %1, che Marginalia non può importare</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import (%2)</source>
        <translation>sembra %1, che Marginalia non può importare (%2)</translation>
    </message>
    <message>
        <source>too large (%1 bytes; the limit is %2)</source>
        <translation>troppo grande (%1 byte; il limite è %2)</translation>
    </message>
    <message>
        <source>too large (over %1 bytes)</source>
        <translation>troppo grande (oltre %1 byte)</translation>
    </message>
    <message>
        <source>topic “%1”: not in the codebook</source>
        <translation>tema «%1»: non è nel libro dei codici</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vero o falso</translation>
    </message>
    <message>
        <source>two topics share a shortcut</source>
        <translation>due temi condividono una scorciatoia</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>versione di formato sconosciuta %1</translation>
    </message>
    <message>
        <source>unsupported offset unit “%1”</source>
        <translation>unità di posizione non supportata «%1»</translation>
    </message>
    <message>
        <source>written by a newer Marginalia</source>
        <translation>scritto da un Marginalia più recente</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format %1; this version reads up to %2)</source>
        <translation>scritto da un Marginalia più recente (formato %1; questa versione legge fino al %2)</translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag</source>
        <translation>«%1» non è un&apos;etichetta di lingua BCP 47</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time with offset</source>
        <translation>«%1» non è un orario ISO 8601 con fuso</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%Ln articolo non è leggibile ed è escluso.</numerusform>
            <numerusform>%Ln articoli non sono leggibili e sono esclusi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tutti</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nessuno</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(senza revisore)</translation>
    </message>
    <message>
        <source>A readable report of the claims, grouped by topic.</source>
        <translation>Un resoconto leggibile delle affermazioni, raggruppate per tema.</translation>
    </message>
    <message>
        <source>A&amp;djudicated claims only</source>
        <translation>Solo affermazioni &amp;arbitrate</translation>
    </message>
    <message>
        <source>About the format</source>
        <translation>Informazioni sul formato</translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation>Tutti gli articoli (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Foglio di calcolo CSV</translation>
    </message>
    <message>
        <source>Check all topics</source>
        <translation>Seleziona tutti i temi</translation>
    </message>
    <message>
        <source>Check at least one topic.</source>
        <translation>Seleziona almeno un tema.</translation>
    </message>
    <message>
        <source>Check every topic</source>
        <translation>Seleziona ogni tema</translation>
    </message>
    <message>
        <source>Choose where to write the file, then write it</source>
        <translation>Scegli dove scrivere il file e scrivilo</translation>
    </message>
    <message>
        <source>Claims of %1 only, as the window shows them (Reviewers menu).</source>
        <translation>Solo le affermazioni di %1, come le mostra la finestra (menu Revisori).</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Chiudi senza esportare</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; choose another folder or name.</source>
        <translation>Impossibile esportare in %1: %2. Non è stato scritto nulla; scegli un’altra cartella o un altro nome.</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>Articolo corrente</translation>
    </message>
    <message>
        <source>Current article: %1</source>
        <translation>Articolo corrente: %1</translation>
    </message>
    <message>
        <source>Every claim, with or without a topic.</source>
        <translation>Tutte le affermazioni, con o senza tema.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Esporta annotazioni</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Anteprima dell’esportazione</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Esito dell’esportazione</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Riepilogo dell’esportazione</translation>
    </message>
    <message>
        <source>Export the claims of every article of the folder</source>
        <translation>Esporta le affermazioni di tutti gli articoli della cartella</translation>
    </message>
    <message>
        <source>Export the claims of the article open in the window</source>
        <translation>Esporta le affermazioni dell’articolo aperto nella finestra</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Esportate %1 %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation>
            <numerusform>Libro dei codici (%Ln tema) esportato in %1.</numerusform>
            <numerusform>Libro dei codici (%Ln temi) esportato in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Resoconto HTML</translation>
    </message>
    <message>
        <source>It is inside the corpus folder, so the library will list it as an article.</source>
        <translation>Si trova nella cartella del corpus, quindi la biblioteca lo elencherà come articolo.</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Resoconto Markdown</translation>
    </message>
    <message>
        <source>Nothing to export: no topic is checked.</source>
        <translation>Niente da esportare: nessun tema è selezionato.</translation>
    </message>
    <message>
        <source>One row per claim, for a spreadsheet or a script.</source>
        <translation>Una riga per affermazione, per un foglio di calcolo o uno script.</translation>
    </message>
    <message>
        <source>One self-contained page with each article&apos;s text and highlighted claims.</source>
        <translation>Una pagina autonoma con il testo di ogni articolo e le affermazioni evidenziate.</translation>
    </message>
    <message>
        <source>Only claims with a checked topic; articles without one are left out.</source>
        <translation>Solo le affermazioni con un tema selezionato; gli articoli senza sono esclusi.</translation>
    </message>
    <message>
        <source>Only the adjudicator&apos;s decisions: claims settled from two reviewers&apos; claims (Reviewers ▸ Adjudicate…)</source>
        <translation>Solo le decisioni dell’arbitro: affermazioni risolte a partire dalle affermazioni di due revisori (Revisori ▸ Arbitrato…)</translation>
    </message>
    <message>
        <source>Only the claims of the checked topics are exported; Space checks or unchecks a topic</source>
        <translation>Sono esportate solo le affermazioni dei temi selezionati; Spazio seleziona o deseleziona un tema</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>Libro dei codici REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Progetto REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. The preview shows its project.qde.</source>
        <translation>Testi, codici e codifiche per ATLAS.ti, MAXQDA, NVivo e altri strumenti QDA. L’anteprima mostra il suo project.qde.</translation>
    </message>
    <message>
        <source>The beginning of the file as it will be written, read-only</source>
        <translation>L’inizio del file come verrà scritto, in sola lettura</translation>
    </message>
    <message>
        <source>The codebook export holds every topic.</source>
        <translation>L’esportazione del libro dei codici contiene tutti i temi.</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>Il tipo di file da scrivere</translation>
    </message>
    <message>
        <source>The open standard for annotations: one JSON-LD file, offsets in code points.</source>
        <translation>Lo standard aperto per le annotazioni: un file JSON-LD, con posizioni in punti di codice.</translation>
    </message>
    <message>
        <source>The topics only, for QDA tools.</source>
        <translation>Solo i temi, per strumenti QDA.</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Questa esportazione non si può fare: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>Topics to export</source>
        <translation>Temi da esportare</translation>
    </message>
    <message>
        <source>Uncheck all topics</source>
        <translation>Deseleziona tutti i temi</translation>
    </message>
    <message>
        <source>Uncheck every topic</source>
        <translation>Deseleziona ogni tema</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Which claims are exported</source>
        <translation>Quali affermazioni sono esportate</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation>
            <numerusform>da %Ln articolo</numerusform>
            <numerusform>da %Ln articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>preview cut at %1 of %2 characters; the file has everything</source>
        <translation>anteprima troncata a %1 di %2 caratteri; il file contiene tutto</translation>
    </message>
    <message>
        <source>showing %1 from the archive</source>
        <translation>mostra %1 dall’archivio</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation>
            <numerusform>%1 ha codificato %Ln carattere (%2 del testo)</numerusform>
            <numerusform>%1 ha codificato %Ln caratteri (%2 del testo)</numerusform>
        </translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Tutti i temi (media)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>FigureTablePane</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copia tabella</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Informazioni sulla cella corrente</translation>
    </message>
    <message>
        <source>Arrow keys move from figure to figure; the line under the table says what the current one means</source>
        <translation>I tasti freccia passano da un indice all’altro; la riga sotto la tabella spiega quello corrente</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into a spreadsheet or a document (Ctrl+C in the table copies the selected cells)</source>
        <translation>Copia la tabella così com’è, da incollare in un foglio di calcolo o in un documento (Ctrl+C nella tabella copia le celle selezionate)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Esporta C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Esporta gli indici come CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file: proportions with a dot, and why each missing figure is missing</source>
        <translation>Salva gli indici in un file CSV: proporzioni con il punto decimale, e perché manca ogni indice mancante</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>L’indice corrente a parole, e perché manca se manca</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln corrispondenza</numerusform>
            <numerusform>%Ln corrispondenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Chiudi la barra di ricerca</translation>
    </message>
    <message>
        <source>Every match is painted in the text; Enter goes to the next, Shift+Enter to the previous, Esc closes</source>
        <translation>Ogni corrispondenza è evidenziata nel testo; Invio va alla successiva, Shift+Invio alla precedente, Esc chiude</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Trova nell’articolo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Corrispondenze</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Corrispondenza successiva</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Corrispondenza successiva (Invio)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Corrispondenza precedente</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Corrispondenza precedente (Shift+Invio)</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>%1 per article and topic</source>
        <translation>%1 per articolo e tema</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation>
            <numerusform>%Ln altro articolo è nelle tabelle, non nel grafico.</numerusform>
            <numerusform>Gli altri %Ln articoli sono nelle tabelle, non nel grafico.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Indice:</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Informazioni sulla cella corrente</translation>
    </message>
    <message>
        <source>All articles (pooled)</source>
        <translation>Tutti gli articoli (complessivo)</translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Tutti i temi (media)</translation>
    </message>
    <message>
        <source>Figure shown in the heat map</source>
        <translation>Indice mostrato nella mappa di calore</translation>
    </message>
    <message>
        <source>Heat map of agreement per article and topic</source>
        <translation>Mappa di calore dell’accordo per articolo e tema</translation>
    </message>
    <message>
        <source>Nothing to draw: choose at least one article and one topic.</source>
        <translation>Niente da disegnare: scegli almeno un articolo e un tema.</translation>
    </message>
    <message>
        <source>One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the value is written in each cell. Hatched cells have no figure.</source>
        <translation>Un indice per articolo e tema: il colore va da scuro (0 o meno) a chiaro (1) e il valore è scritto in ogni cella. Le celle tratteggiate non hanno indice.</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>L’indice corrente a parole, e perché manca se manca</translation>
    </message>
    <message>
        <source>Which agreement figure colours the cells</source>
        <translation>Quale indice di accordo colora le celle</translation>
    </message>
    <message>
        <source>no figure (the words in the cell say why)</source>
        <translation>nessun indice (la cella dice perché)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
</context>
<context>
    <name>HighContrast</name>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <source>White text on black, the chosen item in yellow, for low vision</source>
        <translation>Testo bianco su nero e l’elemento scelto in giallo, per l’ipovisione</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>  • %1 (%2)</source>
        <translation>  • %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>imported</comment>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation>
            <numerusform>%Ln affermazione aggiornata</numerusform>
            <numerusform>%Ln affermazioni aggiornate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation>
            <numerusform>%Ln non è stata collocata nel testo ed è conservata come orfana da riancorare.</numerusform>
            <numerusform>%Ln non sono state collocate nel testo e sono conservate come orfane da riancorare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ(s) from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</source>
        <translation>
            <numerusform>%Ln differisce da un’affermazione presente qui che non è più vecchia: si tiene l’affermazione presente e la versione importata è nella cronologia dell’articolo.</numerusform>
            <numerusform>%Ln differiscono da affermazioni presenti qui che non sono più vecchie: si tengono le affermazioni presenti e le versioni importate sono nella cronologia degli articoli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation>
            <numerusform>%Ln non corrispondeva a nessun articolo di questa cartella.</numerusform>
            <numerusform>%Ln non corrispondevano a nessun articolo di questa cartella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation>
            <numerusform>%Ln nuova affermazione</numerusform>
            <numerusform>%Ln nuove affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation>
            <numerusform>%Ln era già presente.</numerusform>
            <numerusform>%Ln erano già presenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation>
            <numerusform>%Ln è stata esclusa:</numerusform>
            <numerusform>%Ln sono state escluse:</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Codebook CSV (Taguette)</source>
        <translation>Libro dei codici CSV (Taguette)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossibile importare %1: %2</translation>
    </message>
    <message>
        <source>Everything Marginalia imports (%1)</source>
        <translation>Tutto ciò che Marginalia importa (%1)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Da %1:</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importa annotazioni</translation>
    </message>
    <message>
        <source>Imported %1 and updated %2 from %3.</source>
        <translation>Importate %1 e aggiornate %2 da %3.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importazione in %1…</translation>
    </message>
    <message>
        <source>New topics: %1.</source>
        <translation>Nuovi temi: %1.</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Libro dei codici REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Progetto REFI-QDA</translation>
    </message>
    <message>
        <source>W3C Web Annotations or Hypothesis export</source>
        <translation>W3C Web Annotations o esportazione di Hypothesis</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln articolo</numerusform>
            <numerusform>in %Ln articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>non si può leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not to be written: %2</source>
        <translation>%1 non va scritto: %2</translation>
    </message>
    <message>
        <source>%1, not text</source>
        <translation>%1, non testo</translation>
    </message>
    <message>
        <source>a PDF without a plain-text representation</source>
        <translation>un PDF senza rappresentazione in testo semplice</translation>
    </message>
    <message>
        <source>a link between annotations none of which is a claim here</source>
        <translation>un collegamento tra annotazioni, nessuna delle quali è qui un&apos;affermazione</translation>
    </message>
    <message>
        <source>a page note, attached to no text</source>
        <translation>una nota di pagina, non legata ad alcun testo</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>una registrazione</translation>
    </message>
    <message>
        <source>a reply to another annotation, attached to no text</source>
        <translation>una risposta a un&apos;altra annotazione, non legata ad alcun testo</translation>
    </message>
    <message>
        <source>a topic of that name exists already</source>
        <translation>esiste già un tema con quel nome</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un video</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>già presente, invariata</translation>
    </message>
    <message>
        <source>already in the corpus</source>
        <translation>già nel corpus</translation>
    </message>
    <message>
        <source>cluster already here, unchanged</source>
        <translation>gruppo già presente, invariato</translation>
    </message>
    <message>
        <source>id %1 occurs earlier in the file</source>
        <translation>l&apos;identificatore %1 compare prima nel file</translation>
    </message>
    <message>
        <source>no quote, and the position is beyond the text</source>
        <translation>nessuna citazione, e la posizione è oltre il testo</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>nessun target</translation>
    </message>
    <message>
        <source>no usable TextQuoteSelector or TextPositionSelector</source>
        <translation>nessun TextQuoteSelector o TextPositionSelector utilizzabile</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>non è una Annotation, AnnotationPage o AnnotationCollection</translation>
    </message>
    <message>
        <source>not imported: it has no text</source>
        <translation>non importato: non ha testo</translation>
    </message>
    <message>
        <source>not imported: it has only rich text (richTextPath), no plain text</source>
        <translation>non importato: ha solo testo formattato (richTextPath), non testo semplice</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project</source>
        <translation>non importato: il suo testo %1 non è nel progetto</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project (files outside the project are not read)</source>
        <translation>non importato: il suo testo %1 non è nel progetto (i file fuori dal progetto non vengono letti)</translation>
    </message>
    <message>
        <source>positions %1–%2 are not in the source&apos;s text (%3 characters)</source>
        <translation>le posizioni %1–%2 non sono nel testo della fonte (%3 caratteri)</translation>
    </message>
    <message>
        <source>the article %1 cannot be read: %2</source>
        <translation>non si può leggere l&apos;articolo %1: %2</translation>
    </message>
    <message>
        <source>the target is a whole resource, without a text selector</source>
        <translation>il target è una risorsa intera, senza selettore di testo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Lingua dell’interfaccia</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <source>Marginalia will be in %1 from its next start.</source>
        <translation>Marginalia sarà in %1 dal prossimo avvio.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>The interface stays in %1.</source>
        <translation>L’interfaccia resta in %1.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabo</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>cinese</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>ceco</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>olandese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>tedesco</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>giapponese</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polacco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portoghese</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spagnolo</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraino</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Lingua sconosciuta</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Filtra articoli</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtra articoli…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Shows only the articles whose title, language, topics or other columns hold these words; Down enters the list</source>
        <translation>Mostra solo gli articoli il cui titolo, lingua, temi o altre colonne contengono queste parole; Giù entra nell’elenco</translation>
    </message>
    <message>
        <source>The articles of the folder; choosing one opens it</source>
        <translation>Gli articoli della cartella; sceglierne uno lo apre</translation>
    </message>
    <message>
        <source>Words of the title, language, topics or any column shown; accents and case are ignored</source>
        <translation>Parole del titolo, della lingua, dei temi o di qualsiasi colonna visibile; accenti e maiuscole sono ignorati</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>%n affermazione trovata</numerusform>
            <numerusform>%n affermazioni trovate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found so far; still reading the other articles’ claims…</source>
        <translation>
            <numerusform>%n affermazione trovata finora; lettura delle affermazioni degli altri articoli in corso…</numerusform>
            <numerusform>%n affermazioni trovate finora; lettura delle affermazioni degli altri articoli in corso…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation>Affermazioni a cui collegare</translation>
    </message>
    <message>
        <source>Cluster label</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <source>Cluster note</source>
        <translation>Nota del gruppo</translation>
    </message>
    <message>
        <source>Edit cluster note</source>
        <translation>Modifica nota del gruppo</translation>
    </message>
    <message>
        <source>Leave cluster</source>
        <translation>Togli dal gruppo</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Collega affermazioni</translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation>Collega «%1» a…</translation>
    </message>
    <message>
        <source>Linked with “%1” in the cluster “%2” (Ctrl+Z undoes it).</source>
        <translation>Collegata con «%1» nel gruppo «%2» (Ctrl+Z annulla).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n claims found: type more words to narrow them.</source>
        <translation>
            <numerusform>Trovate più di %n affermazione: scrivi altre parole per restringere la ricerca.</numerusform>
            <numerusform>Trovate più di %n affermazioni: scrivi altre parole per restringere la ricerca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new cluster: the fact these claims report</source>
        <translation>Dai un nome al nuovo gruppo: il fatto che riportano queste affermazioni</translation>
    </message>
    <message>
        <source>Note on the cluster “%1”</source>
        <translation>Nota sul gruppo «%1»</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Rinomina gruppo</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Rinomina il gruppo</translation>
    </message>
    <message>
        <source>Search claims to link to</source>
        <translation>Cerca affermazioni a cui collegare</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note), then Link to… (Ctrl+L).</source>
        <translation>Scegli prima un’affermazione (fai clic su un’evidenziazione o su una nota), poi Collega a… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select some text, or choose a claim, on both sides to link them.</source>
        <translation>Seleziona del testo, o scegli un’affermazione, su entrambi i lati per collegarli.</translation>
    </message>
    <message>
        <source>That claim is no longer in “%1” (deleted, or its article removed).</source>
        <translation>Quell’affermazione non è più in «%1» (eliminata, o il suo articolo è stato rimosso).</translation>
    </message>
    <message>
        <source>That claim’s annotation file cannot be read: %1</source>
        <translation>Il file delle annotazioni di quell’affermazione non è leggibile: %1</translation>
    </message>
    <message>
        <source>The chosen claim is in no cluster.</source>
        <translation>L’affermazione scelta non è in nessun gruppo.</translation>
    </message>
    <message>
        <source>The chosen claim is linked to no other claim (Ctrl+L links one).</source>
        <translation>L’affermazione scelta non è collegata a nessun’altra affermazione (Ctrl+L ne collega una).</translation>
    </message>
    <message>
        <source>The claim left the cluster “%1” (Ctrl+Z undoes it).</source>
        <translation>L’affermazione è uscita dal gruppo «%1» (Ctrl+Z annulla).</translation>
    </message>
    <message>
        <source>The clusters file cannot be read, so links cannot be changed: %1</source>
        <translation>Il file dei gruppi non è leggibile, quindi i collegamenti non si possono cambiare: %1</translation>
    </message>
    <message>
        <source>These claims are linked already.</source>
        <translation>Queste affermazioni sono già collegate.</translation>
    </message>
    <message>
        <source>Words of a quote, a note, a cluster, an article or a language…</source>
        <translation>Parole di una citazione, una nota, un gruppo, un articolo o una lingua…</translation>
    </message>
    <message>
        <source>already in this cluster</source>
        <translation>già in questo gruppo</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>gruppo «%1»</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>«%1»
%2</translation>
    </message>
    <message>
        <source>“%1” is read-only: its annotation file could not be read.</source>
        <translation>«%1» è in sola lettura: il suo file delle annotazioni non è leggibile.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter links · Esc cancels. Linked claims form a cluster: one fact as several articles report it.</source>
        <translation>↑ ↓ scegli · Invio collega · Esc annulla. Le affermazioni collegate formano un gruppo: un fatto come lo riportano più articoli.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Informazioni su Marginalia</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche salvate</translation>
    </message>
    <message>
        <source>Article facts</source>
        <translation>Dati dell’articolo</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Lingua dell’articolo</translation>
    </message>
    <message>
        <source>BCP 47 language tag (e.g. vi, pt-BR, ar):</source>
        <translation>Codice di lingua BCP 47 (ad es. vi, pt-BR, ar):</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Impossibile aprire l’articolo</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>Impossibile aprire la cartella</translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving will be retried.</source>
        <translation>Salvataggio non riuscito: %1. Le modifiche sono conservate e il salvataggio verrà ritentato.</translation>
    </message>
    <message>
        <source>Marginalia %1 — offline reading and annotation for researchers.</source>
        <translation>Marginalia %1: lettura e annotazione offline per chi fa ricerca.</translation>
    </message>
    <message>
        <source>Not listed, not read: %1</source>
        <translation>Non elencati né letti: %1</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Non salvato: nuovo tentativo</translation>
    </message>
    <message>
        <source>Only the claims of these topics are shown</source>
        <translation>Sono mostrate solo le affermazioni di questi temi</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recente</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>Apri una cartella di articoli</translation>
    </message>
    <message>
        <source>Problems with this article</source>
        <translation>Problemi di questo articolo</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Lettura della biblioteca</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2</source>
        <translation>Lettura della biblioteca… %1 di %2</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Imposta lingua</translation>
    </message>
    <message>
        <source>Showing claims of: %1 (Ctrl+0 shows all)</source>
        <translation>Affermazioni mostrate di: %1 (Ctrl+0 le mostra tutte)</translation>
    </message>
    <message>
        <source>Some changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Alcune modifiche non sono state salvate:
%1

Chiudere comunque e perderle?</translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation>Quell’affermazione non è più nell’articolo.</translation>
    </message>
    <message>
        <source>The article&apos;s language, its claims and how they were placed in the text</source>
        <translation>La lingua dell’articolo, le sue affermazioni e come sono state collocate nel testo</translation>
    </message>
    <message>
        <source>The reader beside is for comparing and linking: View ▸ Swap Readers brings its article here to edit it.</source>
        <translation>Il lettore affiancato serve a confrontare e collegare: Visualizza ▸ Scambia i lettori porta qui il suo articolo per modificarlo.</translation>
    </message>
    <message>
        <source>The topics file could not be read and is left as it is: %1</source>
        <translation>Il file dei temi non è leggibile e resta com’è: %1</translation>
    </message>
    <message>
        <source>Topics shown</source>
        <translation>Temi mostrati</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Whether every change is written to the annotation file</source>
        <translation>Se ogni modifica è scritta nel file delle annotazioni</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>&amp;Address (URL)</source>
        <translation>&amp;Indirizzo (URL)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>A&amp;utore</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Testata</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Pubblicato</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <source>Article Details — %1</source>
        <translation>Dettagli dell’articolo — %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The article&apos;s title, as the library shows it</source>
        <translation>Il titolo dell’articolo, come lo mostra la biblioteca</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD (for example 2024-05-06).</source>
        <translation>La data va scritta come AAAA-MM-GG (ad esempio 2024-05-06).</translation>
    </message>
    <message>
        <source>The date of publication, written YYYY-MM-DD</source>
        <translation>La data di pubblicazione, scritta AAAA-MM-GG</translation>
    </message>
    <message>
        <source>The newspaper, site or agency that published the article</source>
        <translation>Il giornale, il sito o l’agenzia che ha pubblicato l’articolo</translation>
    </message>
    <message>
        <source>Where the article was published</source>
        <translation>Dove è stato pubblicato l’articolo</translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation>Chi ha scritto l’articolo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note… (Esc when done)</source>
        <translation>Scrivi una nota… (Esc per finire)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No claims in this article yet.

View ▸ Swap Readers brings it to the main reader to highlight some.</source>
        <translation>Ancora nessuna affermazione in questo articolo.

Visualizza ▸ Scambia i lettori lo porta nel lettore principale per evidenziarne qualcuna.</translation>
    </message>
    <message>
        <source>No claims shown.

Select text in the article and press H to highlight a claim, then 1, 2, 3… to tag it with topics and N or Enter to write a note.</source>
        <translation>Nessuna affermazione mostrata.

Seleziona del testo nell’articolo e premi H per evidenziare un’affermazione, poi 1, 2, 3… per assegnarle dei temi e N o Invio per scrivere una nota.</translation>
    </message>
    <message>
        <source>No claims with the chosen topics.

View ▸ Show Claims of Topics changes the choice.</source>
        <translation>Nessuna affermazione con i temi scelti.

Visualizza ▸ Mostra affermazioni dei temi cambia la scelta.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>One card per claim, level with its highlight: Up and Down choose a card, Enter goes to its claim in the text, N writes its note</source>
        <translation>Una scheda per affermazione, all’altezza della sua evidenziazione: Su e Giù scelgono una scheda, Invio porta alla sua affermazione nel testo, N ne scrive la nota</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages compared</source>
        <translation>Passaggi confrontati</translation>
    </message>
</context>
<context>
    <name>PassageView</name>
    <message>
        <source>Article text with both reviewers&apos; claims</source>
        <translation>Testo dell’articolo con le affermazioni di entrambi i revisori</translation>
    </message>
</context>
<context>
    <name>PassageWords</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nothing coded</source>
        <translation>%1: niente di codificato</translation>
    </message>
    <message>
        <source>Agreement (overlapping, same topics)</source>
        <translation>Accordo (sovrapposizione, stessi temi)</translation>
    </message>
    <message>
        <source>Agreement (same span, same topics)</source>
        <translation>Accordo (stesso tratto, stessi temi)</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Disaccordo</translation>
    </message>
    <message>
        <source>Disagreement (coded by one reviewer only)</source>
        <translation>Disaccordo (codificato da un solo revisore)</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>nessun tema</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>da risolvere</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Aggiungi ai colori personalizzati</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Colori di &amp;base</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Colori &amp;personalizzati</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Verde:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Preleva un colore dallo schermo</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Rosso:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Saturazione:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Canale a&amp;lfa:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>&amp;Blu:</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Cursore in %1, %2
Premi Esc per annullare</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Tonalità:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Scegli colore</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Sgancia</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Sgancia il riquadro dalla finestra e lo riaggancia</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I&amp;ncolla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Nascondi dettagli…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Mostra dettagli…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sì</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scorri a sinistra</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scorri a destra</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I&amp;ncolla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copia l’indirizzo del co&amp;llegamento</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Testo dell’articolo</translation>
    </message>
    <message>
        <source>The article, read-only, with its claims highlighted: select text and press H to highlight a claim; Tab goes from claim to claim</source>
        <translation>L’articolo, in sola lettura, con le affermazioni evidenziate: seleziona del testo e premi H per evidenziare un’affermazione; Tab passa da un’affermazione all’altra</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>%1 %2</source>
        <comment>claims in articles</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln affermazione</numerusform>
            <numerusform>%Ln affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s): each row is one fact, each column what an article says of it.</source>
        <translation>
            <numerusform>%Ln gruppo: ogni riga è un fatto, ogni colonna ciò che ne dice un articolo.</numerusform>
            <numerusform>%Ln gruppi: ogni riga è un fatto, ogni colonna ciò che ne dice un articolo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more article(s) in the table, not drawn</source>
        <translation>
            <numerusform>%Ln altro articolo nella tabella, non disegnato</numerusform>
            <numerusform>%Ln altri articoli nella tabella, non disegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more member(s) not in this export</source>
        <translation>
            <numerusform>%Ln altra affermazione del gruppo non è in questa esportazione</numerusform>
            <numerusform>%Ln altre affermazioni del gruppo non sono in questa esportazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more topic(s) with fewer claims in the table, not drawn</source>
        <translation>
            <numerusform>%Ln altro tema con meno affermazioni nella tabella, non disegnato</numerusform>
            <numerusform>%Ln altri temi con meno affermazioni nella tabella, non disegnati</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty selection)</source>
        <translation>(selezione vuota)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation>Tra le testate</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Claims per topic</source>
        <translation>Affermazioni per tema</translation>
    </message>
    <message>
        <source>Claims per topic per article</source>
        <translation>Affermazioni per tema e articolo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Esportato il %1</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Resoconto di Marginalia</translation>
    </message>
    <message>
        <source>No claims matched.</source>
        <translation>Nessuna affermazione corrisponde.</translation>
    </message>
    <message>
        <source>No claims to chart.</source>
        <translation>Nessuna affermazione da rappresentare nel grafico.</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Nessuna affermazione.</translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation>Non trovata nel testo: «%1»</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Senza tema</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>anche: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caratteri %1–%2</translation>
    </message>
    <message>
        <source>claims</source>
        <comment>the unit of the chart&apos;s vertical axis</comment>
        <translation>affermazioni</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln articolo</numerusform>
            <numerusform>in %Ln articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>ReviewerNameDialog</name>
    <message>
        <source>Reviewer name</source>
        <translation>Nome di revisore</translation>
    </message>
    <message>
        <source>You can change it later in Reviewers ▸ Your Reviewer Name….</source>
        <translation>Puoi cambiarlo più tardi in Revisori ▸ Il tuo nome di revisore….</translation>
    </message>
    <message>
        <source>Your Reviewer Name</source>
        <translation>Il tuo nome di revisore</translation>
    </message>
    <message>
        <source>Your claims are saved under this name, so a team&apos;s claims can be told apart, compared and merged.</source>
        <translation>Le tue affermazioni sono salvate con questo nome, così le affermazioni di un team si possono distinguere, confrontare e unire.</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Il tuo nome o le tue iniziali</translation>
    </message>
</context>
<context>
    <name>ReviewersMenu</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tu)</translation>
    </message>
    <message>
        <source>&amp;My Claims Only (Independent Coding)</source>
        <translation>&amp;Solo le mie affermazioni (codifica indipendente)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(senza revisore)</translation>
    </message>
    <message>
        <source>A&amp;ll Reviewers</source>
        <translation>&amp;Tutti i revisori</translation>
    </message>
    <message>
        <source>Claims of %1 only</source>
        <translation>Solo affermazioni di %1</translation>
    </message>
    <message>
        <source>Hide the other reviewers&apos; claims, notes and counts everywhere, to code without seeing them</source>
        <translation>Nascondi ovunque affermazioni, note e conteggi degli altri revisori, per codificare senza vederli</translation>
    </message>
    <message>
        <source>Independent coding: only your claims (%1) are shown</source>
        <translation>Codifica indipendente: sono mostrate solo le tue affermazioni (%1)</translation>
    </message>
    <message>
        <source>New claims are saved under the name %1.</source>
        <translation>Le nuove affermazioni sono salvate con il nome %1.</translation>
    </message>
    <message>
        <source>Only These Reviewers:</source>
        <translation>Solo questi revisori:</translation>
    </message>
    <message>
        <source>Reviewers shown</source>
        <translation>Revisori mostrati</translation>
    </message>
    <message>
        <source>Show every reviewer&apos;s claims</source>
        <translation>Mostra le affermazioni di tutti i revisori</translation>
    </message>
    <message>
        <source>The name your new claims are saved under</source>
        <translation>Il nome con cui sono salvate le tue nuove affermazioni</translation>
    </message>
    <message>
        <source>Your Reviewer &amp;Name…</source>
        <translation>Il tuo &amp;nome di revisore…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles with the words searched for; Enter opens one</source>
        <translation>Articoli con le parole cercate; Invio ne apre uno</translation>
    </message>
    <message>
        <source>Indexing articles…</source>
        <translation>Indicizzazione degli articoli…</translation>
    </message>
    <message>
        <source>Indexing articles… %1 of %2</source>
        <translation>Indicizzazione degli articoli… %1 di %2</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>Cerca in tutti gli articoli</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stato della ricerca</translation>
    </message>
    <message>
        <source>Search the text of all articles…</source>
        <translation>Cerca nel testo di tutti gli articoli…</translation>
    </message>
    <message>
        <source>Words to find in the text of every article of the folder; Enter opens the first article found</source>
        <translation>Parole da cercare nel testo di tutti gli articoli della cartella; Invio apre il primo articolo trovato</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Search All Articles</source>
        <translation>Cerca in tutti gli articoli</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>File delle annotazioni (JSON)</translation>
    </message>
</context>
<context>
    <name>SidecarView</name>
    <message>
        <source>No article is open.</source>
        <translation>Nessun articolo aperto.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Nessun articolo aperto</translation>
    </message>
    <message>
        <source>Not on disk yet: saving shortly.</source>
        <translation>Non ancora sul disco: salvataggio tra poco.</translation>
    </message>
    <message>
        <source>Not on disk yet: the file is written with the first claim.</source>
        <translation>Non ancora sul disco: il file viene scritto con la prima affermazione.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving will be retried.</source>
        <translation>Non ancora salvato: %1. Il salvataggio verrà ritentato.</translation>
    </message>
    <message>
        <source>Not shown: this file cannot be read as claims, and it may hold other reviewers&apos; claims (Reviewers menu).</source>
        <translation>Non mostrato: questo file non si può leggere come affermazioni e può contenere affermazioni di altri revisori (menu Revisori).</translation>
    </message>
    <message>
        <source>On disk and up to date.</source>
        <translation>Sul disco e aggiornato.</translation>
    </message>
    <message>
        <source>On disk, with unsaved changes: saving shortly.</source>
        <translation>Sul disco, con modifiche non salvate: salvataggio tra poco.</translation>
    </message>
    <message>
        <source>Only the claims of the reviewers shown are listed here; the file keeps everyone&apos;s.</source>
        <translation>Qui sono elencate solo le affermazioni dei revisori mostrati; il file conserva quelle di tutti.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be read (%1). It is shown as it is on disk and will not be written.</source>
        <translation>Sola lettura: il file non è leggibile (%1). È mostrato com’è sul disco e non verrà scritto.</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>File delle annotazioni (JSON)</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>File delle annotazioni</translation>
    </message>
    <message>
        <source>Sidecar state</source>
        <translation>Stato del file delle annotazioni</translation>
    </message>
    <message>
        <source>The annotation file as it is on disk, read-only</source>
        <translation>Il file delle annotazioni com’è sul disco, in sola lettura</translation>
    </message>
    <message>
        <source>The annotation file of the open article</source>
        <translation>Il file delle annotazioni dell’articolo aperto</translation>
    </message>
    <message>
        <source>Whether the file on disk holds every change</source>
        <translation>Se il file sul disco contiene ogni modifica</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggestion</source>
        <translation>Accetta suggerimento</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Impossibile aprire l’articolo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select some text first, then Find in Other Articles (Ctrl+Shift+O).</source>
        <translation>Scegli prima un’affermazione o seleziona del testo, poi Trova negli altri articoli (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Find in Other Articles</source>
        <translation>Trova negli altri articoli</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Apri prima un articolo.</translation>
    </message>
    <message>
        <source>That article changed since it was searched; looking again.</source>
        <translation>Quell’articolo è cambiato dopo la ricerca; nuova ricerca in corso.</translation>
    </message>
    <message>
        <source>The claim looked for is no longer there.</source>
        <translation>L’affermazione cercata non c’è più.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>%1
Left out, as they cannot be read: %2</source>
        <translation>%1
Esclusi perché non leggibili: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</source>
        <translation>
            <numerusform>%n articolo esaminato. Invio mostra un passaggio nel lettore affiancato; Ctrl+Invio lo accetta come affermazione collegata.</numerusform>
            <numerusform>%n articoli esaminati. Invio mostra un passaggio nel lettore affiancato; Ctrl+Invio lo accetta come affermazione collegata.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Ante&amp;prima</translation>
    </message>
    <message>
        <source>Choose a claim (or select text) and press Ctrl+Shift+O to find the same fact in the other articles.</source>
        <translation>Scegli un’affermazione (o seleziona del testo) e premi Ctrl+Shift+O per trovare lo stesso fatto negli altri articoli.</translation>
    </message>
    <message>
        <source>Looking in the other articles…</source>
        <translation>Ricerca negli altri articoli…</translation>
    </message>
    <message>
        <source>Make the passage a claim of its article, linked with this claim (Ctrl+Enter)</source>
        <translation>Rendi il passaggio un’affermazione del suo articolo, collegata a questa affermazione (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>No other article to search.</source>
        <translation>Nessun altro articolo in cui cercare.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Passages found in the other articles</source>
        <translation>Passaggi trovati negli altri articoli</translation>
    </message>
    <message>
        <source>Passages of the other articles like “%1” (%2, %3)</source>
        <translation>Passaggi degli altri articoli simili a «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>Same fact?</source>
        <translation>Stesso fatto?</translation>
    </message>
    <message>
        <source>Show the passage in the reader beside (Enter)</source>
        <translation>Mostra il passaggio nel lettore affiancato (Invio)</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>Impossibile fare suggerimenti: %1</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probabile</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possibile</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>punteggio %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>debole</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>TeamNotice</name>
    <message>
        <source>%1 is a conflict copy of the article %2; compare them and keep one.</source>
        <translation>%1 è una copia in conflitto dell&apos;articolo %2; confrontali e tienine uno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>%Ln record è cambiato su entrambi i dispositivi: si tiene la versione più recente, l&apos;altra è nella cronologia (marginalia history ARTICLE).</numerusform>
            <numerusform>%Ln record sono cambiati su entrambi i dispositivi: di ciascuno si tiene la versione più recente, l&apos;altra è nella cronologia (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln conflict copy(ies) made by %1 into %2; moved to .marginalia/merged-conflicts.</source>
        <translation>
            <numerusform>Unita %Ln copia in conflitto fatta da %1 in %2; spostata in .marginalia/merged-conflicts.</numerusform>
            <numerusform>Unite %Ln copie in conflitto fatte da %1 in %2; spostate in .marginalia/merged-conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict copy %1 was left where it is: %2</source>
        <translation>La copia in conflitto %1 è stata lasciata dov&apos;è: %2</translation>
    </message>
    <message>
        <source>Versions a git merge kept could not reach their history yet: %1</source>
        <translation>Le versioni conservate da un&apos;unione di git non sono ancora potute entrare nella loro cronologia: %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Invio salva · Esc annulla</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Invio salva · Esc annulla</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&lt;%1%</source>
        <translation>&lt;%1%</translation>
    </message>
    <message>
        <source>&gt;%1%</source>
        <translation>&gt;%1%</translation>
    </message>
</context>
</TS>
