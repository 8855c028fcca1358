<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;O programie Marginalia</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Zgodność…</translation>
    </message>
    <message>
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Porównaj artykuły…</translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Source</source>
        <translation>&amp;Kopiuj cytat ze źródłem</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Usuń twierdzenie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Znajdź w artykule…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Highlight Claim</source>
        <translation>&amp;Zakreśl twierdzenie</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importuj adnotacje…</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Otwórz folder…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Re-attach Claim to Selection</source>
        <translation>&amp;Zakotwicz twierdzenie w zaznaczeniu</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster…</source>
        <translation>Zmień &amp;nazwę klastra…</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Koderzy</translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation>&amp;Szukaj we wszystkich artykułach…</translation>
    </message>
    <message>
        <source>&amp;Show Claim in Text</source>
        <translation>&amp;Pokaż twierdzenie w tekście</translation>
    </message>
    <message>
        <source>&amp;Sidecar JSON</source>
        <translation>&amp;Plik adnotacji (JSON)</translation>
    </message>
    <message>
        <source>&amp;Topic of Claim</source>
        <translation>&amp;Temat twierdzenia</translation>
    </message>
    <message>
        <source>&amp;Topics (Codebook)…</source>
        <translation>&amp;Tematy (księga kodów)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Add annotations from a file another tool wrote (Ctrl+I)</source>
        <translation>Dodaj adnotacje z pliku zapisanego przez inne narzędzie (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add, rename, recolour topics (Ctrl+K)</source>
        <translation>Dodawaj tematy, zmieniaj ich nazwy i kolory (Ctrl+K)</translation>
    </message>
    <message>
        <source>Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)</source>
        <translation>Zakotwicz wybrane twierdzenie (np. osierocone) w zaznaczonym tekście (Ctrl+R)</translation>
    </message>
    <message>
        <source>Claim &amp;Span</source>
        <translation>&amp;Zakres twierdzenia</translation>
    </message>
    <message>
        <source>Claim&apos;s Cl&amp;uster</source>
        <translation>K&amp;laster twierdzenia</translation>
    </message>
    <message>
        <source>Close Reader Besi&amp;de</source>
        <translation>Zamknij &amp;czytnik obok</translation>
    </message>
    <message>
        <source>Cluster &amp;Note…</source>
        <translation>Notatka &amp;klastra…</translation>
    </message>
    <message>
        <source>Copy Quote with Source</source>
        <translation>Kopiuj cytat ze źródłem</translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote with its article and place (Ctrl+Shift+C)</source>
        <translation>Kopiuj cytat wybranego twierdzenia z artykułem i miejscem (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected claim (Delete)</source>
        <translation>Usuń wybrane twierdzenie (Delete)</translation>
    </message>
    <message>
        <source>Edit the article beside in the main reader</source>
        <translation>Edytuj artykuł z czytnika obok w głównym czytniku</translation>
    </message>
    <message>
        <source>Every article&apos;s claims side by side, topic by topic, with a chart (Ctrl+Shift+M)</source>
        <translation>Twierdzenia wszystkich artykułów obok siebie, temat po temacie, z wykresem (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export annotations in an open format (Ctrl+E)</source>
        <translation>Eksportuj adnotacje w otwartym formacie (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend Claim End by a Word</source>
        <translation>Wydłuż koniec twierdzenia o słowo</translation>
    </message>
    <message>
        <source>Extend Claim Start by a Word</source>
        <translation>Wydłuż początek twierdzenia o słowo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Znajdź &amp;następny</translation>
    </message>
    <message>
        <source>Find in &amp;Other Articles</source>
        <translation>Znajdź w &amp;innych artykułach</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Znajdź słowa w artykule (Ctrl+F)</translation>
    </message>
    <message>
        <source>Give the selected claim&apos;s cluster another label</source>
        <translation>Nadaj klastrowi wybranego twierdzenia inną nazwę</translation>
    </message>
    <message>
        <source>Go to Next &amp;Linked Claim</source>
        <translation>Następne &amp;powiązane twierdzenie</translation>
    </message>
    <message>
        <source>Go to the card&apos;s claim in the text (Enter)</source>
        <translation>Przejdź do twierdzenia z karty w tekście (Enter)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Zakreśl</translation>
    </message>
    <message>
        <source>Highlight the selected text as a claim (H)</source>
        <translation>Zakreśl zaznaczony tekst jako twierdzenie (H)</translation>
    </message>
    <message>
        <source>How far the reviewers agree, topic by topic and article by article (Ctrl+Shift+G)</source>
        <translation>Na ile zgadzają się koderzy, temat po temacie i artykuł po artykule (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>L&amp;ink to…</source>
        <translation>Po&amp;wiąż z…</translation>
    </message>
    <message>
        <source>Leave &amp;Cluster</source>
        <translation>&amp;Wyjmij z klastra</translation>
    </message>
    <message>
        <source>Link &amp;Across Readers</source>
        <translation>Powiąż &amp;między czytnikami</translation>
    </message>
    <message>
        <source>Link the claim or selection in this reader with the one in the other reader (Ctrl+Shift+L)</source>
        <translation>Powiąż twierdzenie lub zaznaczenie w tym czytniku z tym w drugim czytniku (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Link the selected claim to a claim of another article: the same fact as another outlet reports it (Ctrl+L)</source>
        <translation>Powiąż wybrane twierdzenie z twierdzeniem innego artykułu: ten sam fakt w relacji innego medium (Ctrl+L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Move to the next pane: library, text, notes (F6)</source>
        <translation>Przejdź do następnego panelu: biblioteka, tekst, notatki (F6)</translation>
    </message>
    <message>
        <source>Move to the previous pane (Shift+F6)</source>
        <translation>Przejdź do poprzedniego panelu (Shift+F6)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Następny panel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open &amp;Beside…</source>
        <translation>&amp;Otwórz obok…</translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O)</source>
        <translation>Otwórz folder z artykułami (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a second article beside this one, to compare and link them (Ctrl+\)</source>
        <translation>Otwórz drugi artykuł obok tego, by je porównać i powiązać (Ctrl+\)</translation>
    </message>
    <message>
        <source>Open the next claim of the selected claim&apos;s cluster (Ctrl+])</source>
        <translation>Otwórz następne twierdzenie z klastra wybranego twierdzenia (Ctrl+])</translation>
    </message>
    <message>
        <source>Override the detected language</source>
        <translation>Zastąp wykryty język</translation>
    </message>
    <message>
        <source>Passages of the other articles that likely report the selected claim or text (Ctrl+Shift+O)</source>
        <translation>Fragmenty innych artykułów, które prawdopodobnie relacjonują wybrane twierdzenie lub tekst (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Poprzedni panel</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>S&amp;wap Readers</source>
        <translation>&amp;Zamień czytniki</translation>
    </message>
    <message>
        <source>Search the text of every article in the folder (Ctrl+Shift+F)</source>
        <translation>Szukaj w tekście wszystkich artykułów folderu (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Set Article &amp;Language…</source>
        <translation>Ustaw &amp;język artykułu…</translation>
    </message>
    <message>
        <source>Show &amp;All Topics</source>
        <translation>Pokaż &amp;wszystkie tematy</translation>
    </message>
    <message>
        <source>Show Claims of &amp;Topics</source>
        <translation>Pokaż twierdzenia &amp;tematów</translation>
    </message>
    <message>
        <source>Show the article&apos;s annotation file (Ctrl+J)</source>
        <translation>Pokaż plik adnotacji artykułu (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the claims tagged “%1”</source>
        <translation>Pokaż twierdzenia oznaczone tematem „%1”</translation>
    </message>
    <message>
        <source>Shrink Claim End by a Word</source>
        <translation>Skróć koniec twierdzenia o słowo</translation>
    </message>
    <message>
        <source>Shrink Claim Start by a Word</source>
        <translation>Skróć początek twierdzenia o słowo</translation>
    </message>
    <message>
        <source>Take the selected claim out of its cluster</source>
        <translation>Wyjmij wybrane twierdzenie z jego klastra</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim</source>
        <translation>Dodaj lub usuń temat „%1” w wybranym twierdzeniu</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim (%2)</source>
        <translation>Dodaj lub usuń temat „%1” w wybranym twierdzeniu (%2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Write &amp;Note</source>
        <translation>Napisz &amp;notatkę</translation>
    </message>
    <message>
        <source>Write Note on the Selected Claim</source>
        <translation>Napisz notatkę do wybranego twierdzenia</translation>
    </message>
    <message>
        <source>Write a note on the selected claim (N; Enter in the text; Esc when done)</source>
        <translation>Napisz notatkę do wybranego twierdzenia (N; Enter w tekście; Esc na koniec)</translation>
    </message>
    <message>
        <source>Write the note of the selected claim&apos;s cluster</source>
        <translation>Napisz notatkę klastra wybranego twierdzenia</translation>
    </message>
</context>
<context>
    <name>AdjudicationLauncher</name>
    <message>
        <source>A&amp;djudicate…</source>
        <translation>&amp;Rozstrzyganie…</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Najpierw otwórz folder z artykułami.</translation>
    </message>
    <message>
        <source>Settle two reviewers&apos; disagreements on one article, passage by passage (Ctrl+Shift+J)</source>
        <translation>Rozstrzygnij rozbieżności między dwoma koderami w jednym artykule, fragment po fragmencie (Ctrl+Shift+J)</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>&amp;Article:</source>
        <translation>A&amp;rtykuł:</translation>
    </message>
    <message>
        <source>&amp;Edit in the Main Window</source>
        <translation>&amp;Edytuj w oknie głównym</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>Zachowaj &amp;oba</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>&amp;Następna rozbieżność</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>&amp;Poprzednia rozbieżność</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Reviewers A and B:</source>
        <translation>&amp;Koderzy A i B:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(bez kodera)</translation>
    </message>
    <message>
        <source>A&apos;s claims are underlined (solid), B&apos;s overlined (dashed).</source>
        <translation>Twierdzenia A są podkreślone (linia ciągła), twierdzenia B nadkreślone (linia przerywana).</translation>
    </message>
    <message>
        <source>Accept All A&amp;greements</source>
        <translation>Przyjmij wszystkie &amp;zgodności</translation>
    </message>
    <message>
        <source>Accept all agreements</source>
        <translation>Przyjmij wszystkie zgodności</translation>
    </message>
    <message>
        <source>Adjudicate — Marginalia</source>
        <translation>Rozstrzyganie — Marginalia</translation>
    </message>
    <message>
        <source>Adjudication status</source>
        <translation>Stan rozstrzygania</translation>
    </message>
    <message>
        <source>Agreements: %1. Disagreements left to settle: %2.</source>
        <translation>Zgodności: %1. Rozbieżności do rozstrzygnięcia: %2.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artykuł</translation>
    </message>
    <message>
        <source>Choose two different reviewers.</source>
        <translation>Wybierz dwóch różnych koderów.</translation>
    </message>
    <message>
        <source>Decisions are saved as claims of %1, recording the claims they come from.</source>
        <translation>Autor decyzji: %1. Decyzje są zapisywane jako twierdzenia z informacją, z których twierdzeń pochodzą.</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous disagreement.</source>
        <translation>F8 / Shift+F8: następna / poprzednia rozbieżność.</translation>
    </message>
    <message>
        <source>Green: the reviewers agree.</source>
        <translation>Zielony: koderzy są zgodni.</translation>
    </message>
    <message>
        <source>Hatched orange: a disagreement to settle; grey once settled.</source>
        <translation>Pomarańczowe kreskowanie: rozbieżność do rozstrzygnięcia; szare po rozstrzygnięciu.</translation>
    </message>
    <message>
        <source>Keep &amp;A</source>
        <translation>Zachowaj &amp;A</translation>
    </message>
    <message>
        <source>Keep &amp;B</source>
        <translation>Zachowaj &amp;B</translation>
    </message>
    <message>
        <source>Keep A&apos;s claim</source>
        <translation>Zachowaj twierdzenie A</translation>
    </message>
    <message>
        <source>Keep B&apos;s claim</source>
        <translation>Zachowaj twierdzenie B</translation>
    </message>
    <message>
        <source>Keep both claims</source>
        <translation>Zachowaj oba twierdzenia</translation>
    </message>
    <message>
        <source>No more disagreements that way.</source>
        <translation>Nie ma więcej rozbieżności w tym kierunku.</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Koder A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Koder B</translation>
    </message>
    <message>
        <source>Settle by editing</source>
        <translation>Rozstrzygnij przez edycję</translation>
    </message>
    <message>
        <source>That reviewer coded nothing here: choose the other, or both.</source>
        <translation>Ten koder nic tu nie zakodował: wybierz drugiego albo obu.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>you (asked once)</source>
        <translation>ty (program zapyta o nazwę jeden raz)</translation>
    </message>
</context>
<context>
    <name>AgreementLauncher</name>
    <message>
        <source>Open a folder of articles to measure agreement.</source>
        <translation>Otwórz folder z artykułami, by zmierzyć zgodność.</translation>
    </message>
    <message>
        <source>Reading the claims…</source>
        <translation>Odczytywanie twierdzeń…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Nie udało się obliczyć wskaźników: %1</translation>
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
        <translation>%1 %2 (%3) i %4.</translation>
    </message>
    <message>
        <source>%1 and %2 compared</source>
        <translation>Porównano: %1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln znak</numerusform>
            <numerusform>%Ln znaki</numerusform>
            <numerusform>%Ln znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation>
            <numerusform>%Ln twierdzenia nie udało się umieścić w tekście artykułu; nie jest liczone.</numerusform>
            <numerusform>%Ln twierdzeń nie udało się umieścić w tekście artykułów; nie są liczone.</numerusform>
            <numerusform>%Ln twierdzeń nie udało się umieścić w tekście artykułów; nie są liczone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation>
            <numerusform>%Ln twierdzenie nie ma nazwy kodera i nie jest liczone.</numerusform>
            <numerusform>%Ln twierdzenia nie mają nazwy kodera i nie są liczone.</numerusform>
            <numerusform>%Ln twierdzeń nie ma nazwy kodera i nie są liczone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln temat</numerusform>
            <numerusform>%Ln tematy</numerusform>
            <numerusform>%Ln tematów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artykuły</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Mapa cieplna</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Koderzy</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Tematy</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Agreement between Reviewers — Marginalia</source>
        <translation>Zgodność koderów — Marginalia</translation>
    </message>
    <message>
        <source>Article &amp;by Article</source>
        <translation>Artykuł &amp;po artykule</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Figures article by article</source>
        <translation>Wskaźniki artykuł po artykule</translation>
    </message>
    <message>
        <source>Figures pooled over the articles</source>
        <translation>Wskaźniki łącznie dla artykułów</translation>
    </message>
    <message>
        <source>How far the reviewers agree on where each topic applies, character by character. Choose who and what to compare; the figures follow your edits, unsaved ones included.</source>
        <translation>Na ile koderzy zgadzają się co do tego, gdzie stosuje się każdy temat, znak po znaku. Wybierz, kogo i co porównać; wskaźniki nadążają za zmianami, także niezapisanymi.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Pominięto: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>No claim in the chosen articles has a reviewer&apos;s name yet. Agreement compares the claims of two or more reviewers; each claim records who made it.</source>
        <translation>Żadne twierdzenie w wybranych artykułach nie ma jeszcze nazwy kodera. Zgodność porównuje twierdzenia dwóch lub więcej koderów; każde twierdzenie zapisuje, kto je utworzył.</translation>
    </message>
    <message>
        <source>No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.</source>
        <translation>Nie wybrano żadnego kodera: zgodność wymaga co najmniej dwóch. Zaznacz ich w polu Koderzy.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Nie policzono</translation>
    </message>
    <message>
        <source>One figure for each article and topic, as colours</source>
        <translation>Jeden wskaźnik na artykuł i temat, jako kolory</translation>
    </message>
    <message>
        <source>Only %1 is chosen: agreement needs at least two reviewers. Tick another under Reviewers.</source>
        <translation>Wybrano tylko: %1. Zgodność wymaga co najmniej dwóch koderów. Zaznacz kolejnego w polu Koderzy.</translation>
    </message>
    <message>
        <source>P&amp;ooled</source>
        <translation>Ł&amp;ącznie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again</source>
        <translation>Odczytaj ponownie twierdzenia wszystkich artykułów</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again, e.g. after another program changed them (F5)</source>
        <translation>Odczytaj ponownie twierdzenia wszystkich artykułów, np. po zmianie przez inny program (F5)</translation>
    </message>
    <message>
        <source>Reading articles… %1 of %2</source>
        <translation>Odczytywanie artykułów… %1 z %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <source>Table copied.</source>
        <translation>Skopiowano tabelę.</translation>
    </message>
    <message>
        <source>The figures of each topic in each article</source>
        <translation>Wskaźniki każdego tematu w każdym artykule</translation>
    </message>
    <message>
        <source>The figures of each topic over all the chosen articles together</source>
        <translation>Wskaźniki każdego tematu łącznie dla wszystkich wybranych artykułów</translation>
    </message>
    <message>
        <source>The figures pooled over the articles, article by article, or as a heat map</source>
        <translation>Wskaźniki łącznie dla artykułów, artykuł po artykule lub jako mapa cieplna</translation>
    </message>
    <message>
        <source>Unsaved changes are included.</source>
        <translation>Uwzględniono niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Views of the figures</source>
        <translation>Widoki wskaźników</translation>
    </message>
    <message>
        <source>What each figure says and when to rely on it</source>
        <translation>Co mówi każdy wskaźnik i kiedy mu ufać</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Co oznaczają wskaźniki</translation>
    </message>
    <message>
        <source>What the window measures</source>
        <translation>Co mierzy to okno</translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation>
            <numerusform>w %Ln artykule</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… i jeszcze %Ln problem</numerusform>
            <numerusform>… i jeszcze %Ln problemy</numerusform>
            <numerusform>… i jeszcze %Ln problemów</numerusform>
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
        <translation>Kreska oznacza, że wskaźnik wprowadzałby w błąd albo nie da się go obliczyć; wskaż ją lub przejdź do niej strzałkami, by przeczytać dlaczego. Średnia z tematów uśrednia każdy wskaźnik po tematach, które go mają.</translation>
    </message>
    <message>
        <source>Agreement beyond what each reviewer&apos;s own rate of coding would give by chance: 1 is perfect, 0 no better than chance, below 0 worse. Two reviewers only.</source>
        <translation>Zgodność ponad to, co dałby przypadek przy częstości kodowania każdego kodera: 1 to zgodność pełna, 0 nie lepiej niż przypadek, poniżej 0 gorzej. Tylko dwóch koderów.</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers: tick another one under Reviewers.</source>
        <translation>Zgodność wymaga co najmniej dwóch koderów: zaznacz jeszcze jednego w polu Koderzy.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ Cohena</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two reviewers; with more, read Krippendorff&apos;s α.</source>
        <translation>κ Cohena porównuje dokładnie dwóch koderów; przy większej liczbie czytaj α Krippendorffa.</translation>
    </message>
    <message>
        <source>Compares the passages themselves, where each begins and ends; text nobody coded counts for nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what matters is whether reviewers find the same passages (INCEpTION reports this figure).</source>
        <translation>Porównuje same fragmenty: gdzie każdy się zaczyna i kończy; tekst, którego nikt nie zakodował, się nie liczy, a fragment zaznaczony przez jednego kodera i pominięty przez drugiego liczy się w całości. Wybierz go, gdy ważne jest, czy koderzy znajdują te same fragmenty (ten wskaźnik podaje INCEpTION).</translation>
    </message>
    <message>
        <source>Each character of an article is compared: for each reviewer and topic, it is coded when one of the reviewer&apos;s claims with that topic covers it. 1 means perfect agreement.</source>
        <translation>Porównywany jest każdy znak artykułu: dla każdego kodera i tematu znak jest zakodowany, gdy obejmuje go jedno z twierdzeń kodera z tym tematem. 1 oznacza pełną zgodność.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorffa</translation>
    </message>
    <message>
        <source>Like κ, but chance is estimated from all reviewers together, so it takes any number of reviewers and corrects for small samples: the usual standard in content analysis. Rely on data from 0.800 up; draw only tentative conclusions from 0.667.</source>
        <translation>Jak κ, ale przypadek szacuje się ze wszystkich koderów łącznie, więc działa dla dowolnej ich liczby i koryguje małe próby: zwykły standard w analizie treści. Danym można ufać od 0,800; od 0,667 wyciągaj tylko wstępne wnioski.</translation>
    </message>
    <message>
        <source>No chosen reviewer tagged any text with this topic here. Percent agreement would read 100 % for agreeing that it is absent, so no figure is given.</source>
        <translation>Żaden z wybranych koderów nie oznaczył tu tekstu tym tematem. Procent zgodności wyniósłby 100% za zgodę co do jego braku, więc wskaźnik nie jest podawany.</translation>
    </message>
    <message>
        <source>No topic has this figure (each for its own reason).</source>
        <translation>Żaden temat nie ma tego wskaźnika (każdy z innego powodu).</translation>
    </message>
    <message>
        <source>No topics are chosen.</source>
        <translation>Nie wybrano żadnego tematu.</translation>
    </message>
    <message>
        <source>Nothing for chance to disagree on: every character has the same value for every reviewer (all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0.</source>
        <translation>Przypadek nie ma w czym się różnić: każdy znak ma tę samą wartość u wszystkich koderów (np. cały tekst zakodowany), więc wskaźnik skorygowany o przypadek wyniósłby 0 ÷ 0.</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Procent zgodności</translation>
    </message>
    <message>
        <source>The chosen articles have no text.</source>
        <translation>Wybrane artykuły nie mają tekstu.</translation>
    </message>
    <message>
        <source>The share of characters on which the reviewers agree whether the topic applies (with more than two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a chance-corrected figure.</source>
        <translation>Odsetek znaków, co do których koderzy zgadzają się, czy temat ma zastosowanie (przy więcej niż dwóch koderach średnia z par). Łatwy do odczytania, ale zawyża go tekst, którego nikt nie zakodował: dwóch koderów, którzy zaznaczają każdy inne 5% artykułu, i tak zgadza się co do 90% tekstu. Czytaj go obok wskaźnika skorygowanego o przypadek.</translation>
    </message>
    <message>
        <source>Unitizing α_u</source>
        <translation>α_u segmentacji</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Co oznaczają wskaźniki</translation>
    </message>
    <message>
        <source>for 2 only</source>
        <translation>tylko dla 2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>brak twierdzeń</translation>
    </message>
    <message>
        <source>no figure: %1</source>
        <translation>brak wskaźnika: %1</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>brak tekstu</translation>
    </message>
    <message>
        <source>no topics</source>
        <translation>brak tematów</translation>
    </message>
    <message>
        <source>no variation</source>
        <translation>brak zmienności</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>żaden nieokreślony</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>jeden koder</translation>
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
        <translation>Autor: %1, %2.</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Autor: %1.</translation>
    </message>
    <message>
        <source>Claim “%1”. %2 %3</source>
        <translation>Twierdzenie „%1”. %2 %3</translation>
    </message>
    <message>
        <source>Cluster “%1”, linked with: %2.</source>
        <translation>Klaster „%1”; powiązane z: %2.</translation>
    </message>
    <message>
        <source>Enter goes to the claim in the text; N writes its note.</source>
        <translation>Enter przechodzi do twierdzenia w tekście; N pisze jego notatkę.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Utworzono %1.</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Brak notatki.</translation>
    </message>
    <message>
        <source>No reviewer.</source>
        <translation>Brak kodera.</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Brak tematu.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <source>Placed: %1.</source>
        <translation>Umieszczenie: %1.</translation>
    </message>
    <message>
        <source>Topics: %1.</source>
        <translation>Tematy: %1.</translation>
    </message>
    <message>
        <source>no other claim yet</source>
        <translation>brak jeszcze innych twierdzeń</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Change claim span</source>
        <translation>Zmień zakres twierdzenia</translation>
    </message>
    <message>
        <source>Claim deleted (Ctrl+Z brings it back).</source>
        <translation>Usunięto twierdzenie (Ctrl+Z je przywróci).</translation>
    </message>
    <message>
        <source>Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, Delete to remove it.</source>
        <translation>Zakreślono twierdzenie: naciśnij 1, 2, 3…, by oznaczyć je tematem, N lub Enter, by napisać notatkę, Delete, by je usunąć.</translation>
    </message>
    <message>
        <source>Claim re-attached.</source>
        <translation>Zakotwiczono twierdzenie ponownie.</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Usuń twierdzenie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edytuj notatkę</translation>
    </message>
    <message>
        <source>Highlight claim</source>
        <translation>Zakreśl twierdzenie</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Najpierw otwórz artykuł.</translation>
    </message>
    <message>
        <source>Re-attach claim</source>
        <translation>Zakotwicz twierdzenie ponownie</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Najpierw wybierz twierdzenie (kliknij zakreślenie lub notatkę).</translation>
    </message>
    <message>
        <source>Select some text to highlight it as a claim.</source>
        <translation>Zaznacz fragment tekstu, by zakreślić go jako twierdzenie.</translation>
    </message>
    <message>
        <source>Select the claim to re-attach in the notes first.</source>
        <translation>Najpierw wybierz w notatkach twierdzenie do ponownego zakotwiczenia.</translation>
    </message>
    <message>
        <source>Select the text the claim should attach to.</source>
        <translation>Zaznacz tekst, w którym ma być zakotwiczone twierdzenie.</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Oznacz tematem „%1”</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Ten artykuł jest tylko do odczytu: nie udało się odczytać jego pliku adnotacji.</translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation>Usuń temat „%1”</translation>
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
        <translation>&amp;Dodaj artykuły…</translation>
    </message>
    <message>
        <source>Add articles to %1</source>
        <translation>Dodaj artykuły do %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation>
            <numerusform>Dodano %Ln artykuł</numerusform>
            <numerusform>Dodano %Ln artykuły</numerusform>
            <numerusform>Dodano %Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Dane artykułu…</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Artykuły (%1)</translation>
    </message>
    <message>
        <source>Copy web pages, PDFs, Word files, e-books or text files into the folder</source>
        <translation>Skopiuj do folderu strony internetowe, pliki PDF, pliki Worda, e-booki lub pliki tekstowe</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Edytuj dane artykułu</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Nie dodano niektórych plików</translation>
    </message>
    <message>
        <source>Title, outlet, author, date and address of the article</source>
        <translation>Tytuł, medium, autor, data i adres artykułu</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1, pole %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Twierdzenia</translation>
    </message>
    <message>
        <source>Claims in the article, by topic</source>
        <translation>Twierdzenia w artykule według tematów</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodowanie: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Brak problemów</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Problems with the article or its annotation file</source>
        <translation>Problemy z artykułem lub jego plikiem adnotacji</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Opublikowano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Nieznany</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artykuł</numerusform>
            <numerusform>%n artykuły</numerusform>
            <numerusform>%n artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Nie można otworzyć artykułu: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select text in both readers, then press Ctrl+Shift+L to link them.</source>
        <translation>Wybierz twierdzenie lub zaznacz tekst w obu czytnikach, potem naciśnij Ctrl+Shift+L, by je powiązać.</translation>
    </message>
    <message>
        <source>Link claims across readers</source>
        <translation>Powiąż twierdzenia między czytnikami</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Najpierw otwórz folder z artykułami.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Najpierw otwórz artykuł.</translation>
    </message>
    <message>
        <source>Open another article beside this one first (View ▸ Open Beside…, Ctrl+\).</source>
        <translation>Najpierw otwórz inny artykuł obok tego (Widok ▸ Otwórz obok…, Ctrl+\).</translation>
    </message>
    <message>
        <source>Open beside the article you are reading:</source>
        <translation>Otwórz obok czytanego artykułu:</translation>
    </message>
    <message>
        <source>Search articles to open beside</source>
        <translation>Szukaj artykułów do otwarcia obok</translation>
    </message>
    <message>
        <source>Words of a title, a file name or a language…</source>
        <translation>Słowa z tytułu, nazwy pliku lub języka…</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc cancels</source>
        <translation>↑ ↓ wybór · Enter otwiera · Esc anuluje</translation>
    </message>
</context>
<context>
    <name>BesidePane</name>
    <message>
        <source>Article beside</source>
        <translation>Artykuł obok</translation>
    </message>
    <message>
        <source>Beside (%1): %2</source>
        <translation>Obok (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Notes of the article beside</source>
        <translation>Notatki artykułu obok</translation>
    </message>
    <message>
        <source>Text of the article beside</source>
        <translation>Tekst artykułu obok</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 (not in the codebook)</source>
        <translation>%1 (spoza księgi kodów)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Brak notatki</translation>
    </message>
    <message>
        <source>No note — press N to write one</source>
        <translation>Brak notatki — naciśnij N, by ją napisać</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Brak tematu</translation>
    </message>
    <message>
        <source>No topic — press 1, 2, 3…</source>
        <translation>Brak tematu — naciśnij 1, 2, 3…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quotation, in the language&apos;s quotation marks</comment>
        <translation>„%1”</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>%1–%2 of %3 · Alt+↓ and Alt+↑ go through them</source>
        <translation>%1–%2 z %3 · Alt+↓ i Alt+↑ przewijają</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>Nie znaleziono w obecnym tekście</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%Ln further article(s) in the table, not drawn here.</source>
        <translation>
            <numerusform>Jeszcze %Ln artykuł jest w tabeli, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln artykuły są w tabeli, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln artykułów jest w tabeli, nie na wykresie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further row(s) with fewer claims in the table, not drawn here.</source>
        <translation>
            <numerusform>Jeszcze %Ln wiersz z mniejszą liczbą twierdzeń jest w tabeli, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln wiersze z mniejszą liczbą twierdzeń są w tabeli, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln wierszy z mniejszą liczbą twierdzeń jest w tabeli, nie na wykresie.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>About the chart</source>
        <translation>O wykresie</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Chart of claims per row in each article</source>
        <translation>Wykres twierdzeń z każdego wiersza w każdym artykule</translation>
    </message>
    <message>
        <source>Chart: the same counts as the table. Each bar is one row&apos;s claims in one article; colour and pattern tell the rows apart, as in the legend.</source>
        <translation>Wykres: te same liczby co w tabeli. Każdy słupek to twierdzenia jednego wiersza w jednym artykule; kolor i wzór odróżniają wiersze, jak w legendzie.</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Twierdzenia według tematów w każdym artykule</translation>
    </message>
    <message>
        <source>No articles or rows to draw: widen the filters above.</source>
        <translation>Brak artykułów lub wierszy do narysowania: poszerz filtry powyżej.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Zapisz jako &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Zapisz jako S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Zapisz wykres jako SVG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Zapisz wykres jako obraz PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (scales without blur; opens in browsers)</source>
        <translation>Zapisz wykres jako rysunek SVG (skaluje się bez rozmycia; otwiera się w przeglądarce)</translation>
    </message>
    <message>
        <source>The chart, scrolled with the arrow keys when it is larger than the pane</source>
        <translation>Wykres; przewijany strzałkami, gdy jest większy niż panel</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>twierdzenia</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 z %3)</translation>
    </message>
    <message>
        <source>%1 (all %2)</source>
        <translation>%1 (wszystkie: %2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Wybierz: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtruj</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtruj listę</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Żaden</translation>
    </message>
    <message>
        <source>Opens a list to tick what the figures compare</source>
        <translation>Otwiera listę, w której zaznaczasz, co porównują wskaźniki</translation>
    </message>
    <message>
        <source>Shows only the items whose name holds these words</source>
        <translation>Pokazuje tylko pozycje, których nazwa zawiera te słowa</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current item</source>
        <translation>Spacja zaznacza lub odznacza bieżącą pozycję</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation>Zaznacz wszystkie widoczne pozycje</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Odznacz wszystko</translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation>Odznacz wszystkie widoczne pozycje</translation>
    </message>
</context>
<context>
    <name>ClaimAnnouncer</name>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Twierdzenie %1 z %2</translation>
    </message>
    <message>
        <source>Claim %1 of %2: %3</source>
        <translation>Twierdzenie %1 z %2: %3</translation>
    </message>
    <message>
        <source>The claim being read</source>
        <translation>Czytane twierdzenie</translation>
    </message>
</context>
<context>
    <name>ClaimFocus</name>
    <message>
        <source>Select a claim first (click a highlight or a note), then press N.</source>
        <translation>Najpierw wybierz twierdzenie (kliknij zakreślenie lub notatkę), potem naciśnij N.</translation>
    </message>
    <message>
        <source>The claim&apos;s card is hidden by the topics shown (Ctrl+0 shows all).</source>
        <translation>Karta twierdzenia jest ukryta przez wybór tematów (Ctrl+0 pokazuje wszystkie).</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Ten artykuł jest tylko do odczytu: nie udało się odczytać jego pliku adnotacji.</translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>paragraph %1 (characters %2–%3)</source>
        <translation>akapit %1 (znaki %2–%3)</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>„%1” — %2</translation>
    </message>
</context>
<context>
    <name>ClaimMenus</name>
    <message>
        <source>%1 (%2): “%3”</source>
        <translation>%1 (%2): „%3”</translation>
    </message>
    <message>
        <source>Copied the quote with its source.</source>
        <translation>Skopiowano cytat ze źródłem.</translation>
    </message>
    <message>
        <source>Linked Claims in “%1”</source>
        <translation>Powiązane twierdzenia w „%1”</translation>
    </message>
    <message>
        <source>No other claim yet</source>
        <translation>Brak jeszcze innych twierdzeń</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Najpierw wybierz twierdzenie (kliknij zakreślenie lub notatkę).</translation>
    </message>
</context>
<context>
    <name>ClusterBlock</name>
    <message>
        <source>(no label)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Klaster: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Powiąż…</translation>
    </message>
    <message>
        <source>No other claim yet: Link… (Ctrl+L) adds one</source>
        <translation>Brak jeszcze innych twierdzeń: Powiąż… (Ctrl+L) dodaje twierdzenie</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (right-click the card for all)</source>
        <translation>
            <numerusform>i jeszcze %n (kliknij kartę prawym przyciskiem, by zobaczyć wszystkie)</numerusform>
            <numerusform>i jeszcze %n (kliknij kartę prawym przyciskiem, by zobaczyć wszystkie)</numerusform>
            <numerusform>i jeszcze %n (kliknij kartę prawym przyciskiem, by zobaczyć wszystkie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n article(s)</source>
        <translation>
            <numerusform>· %n artykuł</numerusform>
            <numerusform>· %n artykuły</numerusform>
            <numerusform>· %n artykułów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (kolor %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kolor…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Klawisz</translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation>Temat o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Temat musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>Dodaj nowy temat</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>Dodaj temat „%1”</translation>
    </message>
    <message>
        <source>Cannot check where “%1” is used: %2</source>
        <translation>Nie można sprawdzić, gdzie użyto „%1”: %2</translation>
    </message>
    <message>
        <source>Choose the colour of the selected topic</source>
        <translation>Wybierz kolor zaznaczonego tematu</translation>
    </message>
    <message>
        <source>Choose the key that tags a claim with the selected topic</source>
        <translation>Wybierz klawisz, który oznacza twierdzenie zaznaczonym tematem</translation>
    </message>
    <message>
        <source>Close the topics editor</source>
        <translation>Zamknij edytor tematów</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klawisz</translation>
    </message>
    <message>
        <source>Key %1 is already the shortcut of “%2”. Give that topic another key (or none) first.</source>
        <translation>Klawisz %1 jest już skrótem tematu „%2”. Najpierw przypisz temu tematowi inny klawisz (lub żaden).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nowy temat</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no key</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nie ma czego ponowić</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <source>Recolour topic “%1”</source>
        <translation>Zmień kolor tematu „%1”</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Ponów: %1</translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation>Usuń klawisz tematu „%1”</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Usuń zaznaczony temat</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Usuń temat</translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation>Usuń temat „%1”</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Zmień nazwę zaznaczonego tematu</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Zmień nazwę tematu</translation>
    </message>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Zmień nazwę tematu „%1” na „%2”</translation>
    </message>
    <message>
        <source>Set key %1 for “%2”</source>
        <translation>Przypisz klawisz %1 do „%2”</translation>
    </message>
    <message>
        <source>The topics file %1 cannot be read (%2). Fix or remove it to edit topics.</source>
        <translation>Nie można odczytać pliku tematów %1 (%2). Napraw go lub usuń, by edytować tematy.</translation>
    </message>
    <message>
        <source>The topics of the folder, with their keys; double-click one to rename it</source>
        <translation>Tematy folderu z ich klawiszami; kliknij dwukrotnie temat, by zmienić jego nazwę</translation>
    </message>
    <message>
        <source>The topics were not saved: %1</source>
        <translation>Nie zapisano tematów: %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Topic colour</source>
        <translation>Kolor tematu</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Cofnij: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation>
            <numerusform>Temat „%1” jest w %Ln twierdzeniu. Usunąć temat i zdjąć go także z tego twierdzenia?

To przepisuje plik adnotacji i nie da się tego cofnąć.</numerusform>
            <numerusform>Temat „%1” jest w %Ln twierdzeniach. Usunąć temat i zdjąć go także z tych twierdzeń?

To przepisuje pliki adnotacji i nie da się tego cofnąć.</numerusform>
            <numerusform>Temat „%1” jest w %Ln twierdzeniach. Usunąć temat i zdjąć go także z tych twierdzeń?

To przepisuje pliki adnotacji i nie da się tego cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>Nie usunięto tematu „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing to undo or redo there: that claim was removed by another step.</source>
        <translation>Nie ma tu czego cofnąć ani ponowić: to twierdzenie usunięto w innym kroku.</translation>
    </message>
</context>
<context>
    <name>CompareHeader</name>
    <message>
        <source>⚠ claims unreadable (see tooltip)</source>
        <translation>⚠ nieczytelne twierdzenia (zobacz podpowiedź)</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Claims per cluster in each article</source>
        <translation>Twierdzenia według klastrów w każdym artykule</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Twierdzenia według tematów w każdym artykule</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Klastry</translation>
    </message>
    <message>
        <source>Each column is an article and each row a cluster: one fact as several articles report it. A cell lists what that article says of it: its quotes and notes. Click a quote, or move with the arrow keys and press Enter, to open it in the main window.</source>
        <translation>Każda kolumna to artykuł, a każdy wiersz to klaster: jeden fakt w relacji kilku artykułów. Komórka wymienia, co mówi o nim dany artykuł: jego cytaty i notatki. Kliknij cytat albo przejdź do niego strzałkami i naciśnij Enter, by otworzyć go w oknie głównym.</translation>
    </message>
    <message>
        <source>Open a folder of articles to compare them.</source>
        <translation>Otwórz folder z artykułami, by je porównać.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
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
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation>
            <numerusform>%Ln twierdzenie · %1 tekstu</numerusform>
            <numerusform>%Ln twierdzenia · %1 tekstu</numerusform>
            <numerusform>%Ln twierdzeń · %1 tekstu</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>Its claims could not be read: %1</source>
        <translation>Nie udało się odczytać jego twierdzeń: %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>Brak twierdzeń</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Nieznany język</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
            <numerusform>i jeszcze %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>w %Ln artykule</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation>
            <numerusform>Widoczne: %1 z %Ln artykułu</numerusform>
            <numerusform>Widoczne: %1 z %Ln artykułów</numerusform>
            <numerusform>Widoczne: %1 z %Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 z %3</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: wszystkie</translation>
    </message>
    <message>
        <source>Articles in a language left out are not shown</source>
        <translation>Artykuły w pominiętym języku nie są pokazywane</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Zapisano wykres w %1</translation>
    </message>
    <message>
        <source>Choose which languages to show</source>
        <translation>Wybierz, które języki pokazać</translation>
    </message>
    <message>
        <source>Choose which rows to show</source>
        <translation>Wybierz, które wiersze pokazać</translation>
    </message>
    <message>
        <source>Claims by row and article</source>
        <translation>Twierdzenia według wiersza i artykułu</translation>
    </message>
    <message>
        <source>Compare Articles — Marginalia</source>
        <translation>Porównanie artykułów — Marginalia</translation>
    </message>
    <message>
        <source>Each column is an article and each row a topic. A cell lists that article&apos;s claims on the topic: how many there are, how much of the article&apos;s text they cover, and their quotes and notes. Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, to open it in the main window.</source>
        <translation>Każda kolumna to artykuł, a każdy wiersz to temat. Komórka wymienia twierdzenia artykułu na dany temat: ile ich jest, jaką część tekstu obejmują, ich cytaty i notatki. Kliknij cytat albo przejdź do niego strzałkami (Alt+↓ to następne twierdzenie w komórce) i naciśnij Enter, by otworzyć je w oknie głównym.</translation>
    </message>
    <message>
        <source>Hide the articles that have no claim in the rows shown</source>
        <translation>Ukryj artykuły bez twierdzeń w widocznych wierszach</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>Only articles with claims</source>
        <translation>Tylko artykuły z twierdzeniami</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Rows left out are neither in the table nor in the chart</source>
        <translation>Pominięte wiersze nie trafiają ani do tabeli, ani na wykres</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Pokaż wszystko</translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation>
            <numerusform>Nie udało się odczytać wszystkich twierdzeń z %Ln pliku; mówi o tym jego nagłówek, a podpowiedź wyjaśnia dlaczego.</numerusform>
            <numerusform>Nie udało się odczytać wszystkich twierdzeń z %Ln plików; mówią o tym ich nagłówki, a podpowiedzi wyjaśniają dlaczego.</numerusform>
            <numerusform>Nie udało się odczytać wszystkich twierdzeń z %Ln plików; mówią o tym ich nagłówki, a podpowiedzi wyjaśniają dlaczego.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each row of the table is</source>
        <translation>Czym jest każdy wiersz tabeli</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Co jest widoczne</translation>
    </message>
    <message>
        <source>What the comparison shows</source>
        <translation>Co pokazuje porównanie</translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message numerus="yes">
        <source>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>Inny program też zmienił te twierdzenia; %Ln zmieniło się w obu miejscach: zachowano późniejszą wersję, a drugą zapisano w historii (marginalia history ARTICLE).</numerusform>
            <numerusform>Inny program też zmienił te twierdzenia; %Ln zmieniły się w obu miejscach: z każdego zachowano późniejszą wersję, a drugą zapisano w historii (marginalia history ARTICLE).</numerusform>
            <numerusform>Inny program też zmienił te twierdzenia; %Ln zmieniło się w obu miejscach: z każdego zachowano późniejszą wersję, a drugą zapisano w historii (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed these claims; its changes are merged with yours.</source>
        <translation>Inny program zmienił te twierdzenia; jego zmiany połączono z twoimi.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk but cannot be read (%1); your claims are kept here, and it is not written over.</source>
        <translation>Plik adnotacji zmienił się na dysku, ale nie można go odczytać (%1); twoje twierdzenia są zachowane tutaj, a plik nie zostanie nadpisany.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk; taken in.</source>
        <translation>Plik adnotacji zmienił się na dysku; wczytano zmiany.</translation>
    </message>
    <message>
        <source>The article changed on disk; claims re-anchored: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation>Artykuł zmienił się na dysku; twierdzenia zakotwiczone ponownie: dokładnie %1, przesunięte %2, przybliżone %3, osierocone %4.</translation>
    </message>
    <message>
        <source>The article could not be re-read: %1</source>
        <translation>Nie udało się ponownie odczytać artykułu: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation>
            <numerusform>%Ln twierdzenia nie udało się umieścić w obecnym tekście (osierocone): wybierz je w notatkach, zaznacz jego tekst i naciśnij Ctrl+R, by zakotwiczyć je ponownie.</numerusform>
            <numerusform>%Ln twierdzeń nie udało się umieścić w obecnym tekście (osierocone): wybierz jedno w notatkach, zaznacz jego tekst i naciśnij Ctrl+R, by zakotwiczyć je ponownie.</numerusform>
            <numerusform>%Ln twierdzeń nie udało się umieścić w obecnym tekście (osierocone): wybierz jedno w notatkach, zaznacz jego tekst i naciśnij Ctrl+R, by zakotwiczyć je ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln przesunięte</numerusform>
            <numerusform>%Ln przesunięte</numerusform>
            <numerusform>%Ln przesuniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln osierocone</numerusform>
            <numerusform>%Ln osierocone</numerusform>
            <numerusform>%Ln osieroconych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation>
            <numerusform>%Ln umieszczone w przybliżeniu</numerusform>
            <numerusform>%Ln umieszczone w przybliżeniu</numerusform>
            <numerusform>%Ln umieszczonych w przybliżeniu</numerusform>
        </translation>
    </message>
    <message>
        <source>An annotation record was kept unchanged but could not be read — %1</source>
        <translation>Zapis adnotacji zachowano bez zmian, ale nie udało się go odczytać — %1</translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left as it is — %1</source>
        <translation>Tylko do odczytu: nie udało się odczytać pliku adnotacji, pozostaje bez zmian — %1</translation>
    </message>
    <message>
        <source>Read-only: the article is not to be annotated as it now reads — %1</source>
        <translation>Tylko do odczytu: artykułu w obecnej postaci nie można adnotować — %1</translation>
    </message>
    <message>
        <source>fuzzy match</source>
        <translation>przybliżone</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>przesunięte</translation>
    </message>
    <message>
        <source>orphaned — select text and re-attach</source>
        <translation>osierocone — zaznacz tekst i zakotwicz ponownie</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>%1 is %2 bytes, too large</source>
        <translation>%1 ma %2 bajtów, jest za duży</translation>
    </message>
    <message>
        <source>%1 is a file of the corpus; choose another name</source>
        <translation>%1 to plik korpusu; wybierz inną nazwę</translation>
    </message>
    <message>
        <source>%1 version: %2</source>
        <translation>wersja %1: %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, w %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>kolejka FIFO</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>dokument Word</translation>
    </message>
    <message>
        <source>a ZIP archive without project.qde, not a REFI-QDA project</source>
        <translation>archiwum ZIP bez project.qde, a nie projekt REFI-QDA</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>urządzenie</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>a link to %1, outside the corpus</source>
        <translation>dowiązanie do %1, poza korpusem</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape</source>
        <translation>samotny surogat UTF-16</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape (byte %1)</source>
        <translation>samotny surogat UTF-16 (bajt %1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>gniazdo</translation>
    </message>
    <message>
        <source>a topic named “%1” exists already</source>
        <translation>temat o nazwie „%1” już istnieje</translation>
    </message>
    <message>
        <source>a topic needs a name</source>
        <translation>temat musi mieć nazwę</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>strona internetowa</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>e-book EPUB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <source>another program has held it locked for over %1 s</source>
        <translation>inny program blokuje go od ponad %1 s</translation>
    </message>
    <message>
        <source>article “%1”: matches %2 files; give the path within the corpus</source>
        <translation>artykuł „%1”: pasuje do %2 plików; podaj ścieżkę w korpusie</translation>
    </message>
    <message>
        <source>article “%1”: not in the corpus</source>
        <translation>artykuł „%1”: nie ma go w korpusie</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>dane binarne, a nie tekst</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nie da się odczytać</translation>
    </message>
    <message>
        <source>cannot be read as %1</source>
        <translation>nie da się go odczytać jako %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nie da się odczytać: %1</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>nie da się zapisać</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>nie da się zapisać: %1</translation>
    </message>
    <message>
        <source>claim “%1” is in cluster “%2” too</source>
        <translation>twierdzenie „%1” jest też w klastrze „%2”</translation>
    </message>
    <message>
        <source>colour “%1” is not #RRGGBB</source>
        <translation>kolor „%1” nie ma postaci #RRGGBB</translation>
    </message>
    <message>
        <source>decoded as %1 now; its claims were made on it decoded as %2</source>
        <translation>teraz dekodowany jako %1; jego twierdzenia powstały na tekście dekodowanym jako %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>koniec %1 jest przed początkiem %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>oczekiwano: %1, jest: %2</translation>
    </message>
    <message>
        <source>format “%1”: unknown; choose one of %2</source>
        <translation>format „%1”: nieznany; wybierz jeden z: %2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 nie powiódł się: %2</translation>
    </message>
    <message>
        <source>git cannot be run (%1)</source>
        <translation>nie da się uruchomić git (%1)</translation>
    </message>
    <message>
        <source>git did not answer</source>
        <translation>git nie odpowiedział</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2</source>
        <translation>nieprawidłowy JSON w wierszu %1, kolumnie %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>nieprawidłowe: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <source>line %1: a concept needs an id and entries in two languages or more</source>
        <translation>wiersz %1: pojęcie wymaga identyfikatora i haseł w co najmniej dwóch językach</translation>
    </message>
    <message>
        <source>line %1: missing or repeated concept id “%2”</source>
        <translation>wiersz %1: brak identyfikatora pojęcia lub powtórzony „%2”</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (%1)</source>
        <translation>scalona, ale nie da się jej odłożyć na bok (%1)</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (its folder is gone)</source>
        <translation>scalona, ale nie da się jej odłożyć na bok (jej folder zniknął)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>negative offset %1</source>
        <translation>ujemna pozycja %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>zagnieżdżone głębiej niż %1 poziomów</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zbyt głęboko zagnieżdżone</translation>
    </message>
    <message>
        <source>nested too deeply (byte %1)</source>
        <translation>zbyt głęboko zagnieżdżone (bajt %1)</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>brak miejsca na dysku</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>no tag column in the first row: not a codebook CSV</source>
        <translation>brak kolumny etykiet w pierwszym wierszu: to nie jest księga kodów CSV</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>brak tekstu</translation>
    </message>
    <message>
        <source>no text in %1</source>
        <translation>brak tekstu w: %1</translation>
    </message>
    <message>
        <source>no text layer on any of its %1 pages (a scan without OCR)</source>
        <translation>żadna z jego stron (%1) nie ma warstwy tekstu (skan bez OCR)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>to nie JSON</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>to nie UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 (byte %1)</source>
        <translation>to nie UTF-8 (bajt %1)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (damaged); opened read-only</source>
        <translation>to nie UTF-8 w bajcie %1 (uszkodzony); otwarty tylko do odczytu</translation>
    </message>
    <message>
        <source>not UTF-8, and no other text encoding fits</source>
        <translation>to nie UTF-8 i nie pasuje żadne inne kodowanie tekstu</translation>
    </message>
    <message>
        <source>not W3C Web Annotations (no Annotation, page or collection)</source>
        <translation>to nie W3C Web Annotations (brak Annotation, strony i kolekcji)</translation>
    </message>
    <message>
        <source>not a claim</source>
        <translation>to nie twierdzenie</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>to nie plik</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>to nie folder</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>to nie zwykły plik</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>to nie zwykły plik (%1)</translation>
    </message>
    <message>
        <source>not a “%1” file</source>
        <translation>to nie plik „%1”</translation>
    </message>
    <message>
        <source>not an HTML page with any content</source>
        <translation>to nie strona HTML z jakąkolwiek treścią</translation>
    </message>
    <message>
        <source>not in a git work tree (run “git init” there, or choose a folder of a repository)</source>
        <translation>nie jest w drzewie roboczym git (uruchom tam „git init” albo wybierz folder repozytorium)</translation>
    </message>
    <message>
        <source>not valid UTF-16 at byte %1</source>
        <translation>nieprawidłowy UTF-16 w bajcie %1</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2</source>
        <translation>niepoprawnie zbudowany XML w wierszu %1, kolumnie %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>of the wrong kind</source>
        <translation>niewłaściwego rodzaju</translation>
    </message>
    <message>
        <source>offset %1 is beyond the text (%2 characters)</source>
        <translation>pozycja %1 wykracza poza tekst (znaki: %2)</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operacja niedozwolona</translation>
    </message>
    <message>
        <source>our</source>
        <translation>nasza</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>repeated id “%1”</source>
        <translation>powtórzony identyfikator „%1”</translation>
    </message>
    <message>
        <source>reviewer “%1”: has no claims in the corpus</source>
        <translation>koder „%1”: nie ma twierdzeń w korpusie</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;CodeBook&gt;</source>
        <translation>korzeń XML to &lt;%1&gt;, a nie &lt;CodeBook&gt; REFI-QDA</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>korzeń XML to &lt;%1&gt;, a nie &lt;Project&gt; REFI-QDA</translation>
    </message>
    <message>
        <source>the codebook has no topics, and a REFI-QDA codebook needs at least one</source>
        <translation>księga kodów nie ma tematów, a księga kodów REFI-QDA wymaga co najmniej jednego</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (only a link to them)</source>
        <translation>strony kolekcji nie są osadzone (jest tylko odnośnik do nich)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the e-book names no package document (META-INF/container.xml)</source>
        <translation>e-book nie wskazuje dokumentu pakietu (META-INF/container.xml)</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>plik jest zajęty</translation>
    </message>
    <message>
        <source>the language model is damaged: %1</source>
        <translation>model języków jest uszkodzony: %1</translation>
    </message>
    <message>
        <source>the language model is missing</source>
        <translation>brak modelu języków</translation>
    </message>
    <message>
        <source>the topic “%1” is on claims (%2)</source>
        <translation>temat „%1” jest przypisany do twierdzeń (%2)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>ich</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import</source>
        <translation>to wygląda na %1, czego Marginalia nie potrafi zaimportować</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import (%2)</source>
        <translation>to wygląda na %1, czego Marginalia nie potrafi zaimportować (%2)</translation>
    </message>
    <message>
        <source>too large (%1 bytes; the limit is %2)</source>
        <translation>za duży (%1 bajtów; limit to %2)</translation>
    </message>
    <message>
        <source>too large (over %1 bytes)</source>
        <translation>za duży (ponad %1 bajtów)</translation>
    </message>
    <message>
        <source>topic “%1”: not in the codebook</source>
        <translation>temat „%1”: nie ma go w księdze kodów</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>prawda lub fałsz</translation>
    </message>
    <message>
        <source>two topics share a shortcut</source>
        <translation>dwa tematy mają ten sam skrót</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>nieznana wersja formatu %1</translation>
    </message>
    <message>
        <source>unsupported offset unit “%1”</source>
        <translation>nieobsługiwana jednostka pozycji „%1”</translation>
    </message>
    <message>
        <source>written by a newer Marginalia</source>
        <translation>zapisany przez nowszą wersję programu Marginalia</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format %1; this version reads up to %2)</source>
        <translation>zapisany przez nowszą wersję programu Marginalia (format %1; ta wersja czyta do %2)</translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag</source>
        <translation>„%1” nie jest znacznikiem języka BCP 47</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time with offset</source>
        <translation>„%1” nie jest czasem ISO 8601 z przesunięciem</translation>
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
            <numerusform>%Ln artykuł</numerusform>
            <numerusform>%Ln artykuły</numerusform>
            <numerusform>%Ln artykułów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation>
            <numerusform>Nie udało się odczytać %Ln artykułu; pominięto go.</numerusform>
            <numerusform>Nie udało się odczytać %Ln artykułów; pominięto je.</numerusform>
            <numerusform>Nie udało się odczytać %Ln artykułów; pominięto je.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln temat</numerusform>
            <numerusform>%Ln tematy</numerusform>
            <numerusform>%Ln tematów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Wszystkie</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Ż&amp;aden</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(bez kodera)</translation>
    </message>
    <message>
        <source>A readable report of the claims, grouped by topic.</source>
        <translation>Czytelny raport z twierdzeń pogrupowanych według tematów.</translation>
    </message>
    <message>
        <source>A&amp;djudicated claims only</source>
        <translation>Tylko &amp;rozstrzygnięte twierdzenia</translation>
    </message>
    <message>
        <source>About the format</source>
        <translation>O formacie</translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation>Wszystkie artykuły (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Arkusz CSV</translation>
    </message>
    <message>
        <source>Check all topics</source>
        <translation>Zaznacz wszystkie tematy</translation>
    </message>
    <message>
        <source>Check at least one topic.</source>
        <translation>Zaznacz co najmniej jeden temat.</translation>
    </message>
    <message>
        <source>Check every topic</source>
        <translation>Zaznacz każdy temat</translation>
    </message>
    <message>
        <source>Choose where to write the file, then write it</source>
        <translation>Wybierz, gdzie zapisać plik, i zapisz go</translation>
    </message>
    <message>
        <source>Claims of %1 only, as the window shows them (Reviewers menu).</source>
        <translation>Tylko twierdzenia koderów: %1 — tak jak pokazuje je okno (menu Koderzy).</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Zamknij bez eksportu</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; choose another folder or name.</source>
        <translation>Nie udało się wyeksportować do %1: %2. Nic nie zapisano; wybierz inny folder lub nazwę.</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>Bieżący artykuł</translation>
    </message>
    <message>
        <source>Current article: %1</source>
        <translation>Bieżący artykuł: %1</translation>
    </message>
    <message>
        <source>Every claim, with or without a topic.</source>
        <translation>Wszystkie twierdzenia, z tematem lub bez.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Eksport adnotacji</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Podgląd eksportu</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Wynik eksportu</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Podsumowanie eksportu</translation>
    </message>
    <message>
        <source>Export the claims of every article of the folder</source>
        <translation>Eksportuj twierdzenia ze wszystkich artykułów folderu</translation>
    </message>
    <message>
        <source>Export the claims of the article open in the window</source>
        <translation>Eksportuj twierdzenia z artykułu otwartego w oknie</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Wyeksportowano %1 %2 do %3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano księgę kodów (%Ln temat) do %1.</numerusform>
            <numerusform>Wyeksportowano księgę kodów (%Ln tematy) do %1.</numerusform>
            <numerusform>Wyeksportowano księgę kodów (%Ln tematów) do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksportowanie do %1…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Raport HTML</translation>
    </message>
    <message>
        <source>It is inside the corpus folder, so the library will list it as an article.</source>
        <translation>Plik leży w folderze korpusu, więc biblioteka pokaże go jako artykuł.</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Raport Markdown</translation>
    </message>
    <message>
        <source>Nothing to export: no topic is checked.</source>
        <translation>Nie ma czego eksportować: nie zaznaczono żadnego tematu.</translation>
    </message>
    <message>
        <source>One row per claim, for a spreadsheet or a script.</source>
        <translation>Jeden wiersz na twierdzenie, do arkusza lub skryptu.</translation>
    </message>
    <message>
        <source>One self-contained page with each article&apos;s text and highlighted claims.</source>
        <translation>Jedna samodzielna strona z tekstem każdego artykułu i zakreślonymi twierdzeniami.</translation>
    </message>
    <message>
        <source>Only claims with a checked topic; articles without one are left out.</source>
        <translation>Tylko twierdzenia z zaznaczonym tematem; artykuły bez nich są pomijane.</translation>
    </message>
    <message>
        <source>Only the adjudicator&apos;s decisions: claims settled from two reviewers&apos; claims (Reviewers ▸ Adjudicate…)</source>
        <translation>Tylko decyzje arbitra: twierdzenia rozstrzygnięte na podstawie twierdzeń dwóch koderów (Koderzy ▸ Rozstrzyganie…)</translation>
    </message>
    <message>
        <source>Only the claims of the checked topics are exported; Space checks or unchecks a topic</source>
        <translation>Eksportowane są tylko twierdzenia zaznaczonych tematów; spacja zaznacza lub odznacza temat</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>Księga kodów REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Projekt REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. The preview shows its project.qde.</source>
        <translation>Teksty, kody i kodowania dla ATLAS.ti, MAXQDA, NVivo i innych narzędzi QDA. Podgląd pokazuje jego project.qde.</translation>
    </message>
    <message>
        <source>The beginning of the file as it will be written, read-only</source>
        <translation>Początek pliku w postaci, w jakiej zostanie zapisany, tylko do odczytu</translation>
    </message>
    <message>
        <source>The codebook export holds every topic.</source>
        <translation>Eksport księgi kodów zawiera wszystkie tematy.</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>Rodzaj pliku do zapisania</translation>
    </message>
    <message>
        <source>The open standard for annotations: one JSON-LD file, offsets in code points.</source>
        <translation>Otwarty standard adnotacji: jeden plik JSON-LD, pozycje w punktach kodowych.</translation>
    </message>
    <message>
        <source>The topics only, for QDA tools.</source>
        <translation>Same tematy, dla narzędzi QDA.</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Tego eksportu nie da się wykonać: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <source>Topics to export</source>
        <translation>Tematy do eksportu</translation>
    </message>
    <message>
        <source>Uncheck all topics</source>
        <translation>Odznacz wszystkie tematy</translation>
    </message>
    <message>
        <source>Uncheck every topic</source>
        <translation>Odznacz każdy temat</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Which claims are exported</source>
        <translation>Które twierdzenia są eksportowane</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation>
            <numerusform>z %Ln artykułu</numerusform>
            <numerusform>z %Ln artykułów</numerusform>
            <numerusform>z %Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
    <message>
        <source>preview cut at %1 of %2 characters; the file has everything</source>
        <translation>podgląd ucięty po %1 z %2 znaków; plik zawiera całość</translation>
    </message>
    <message>
        <source>showing %1 from the archive</source>
        <translation>pokazano %1 z archiwum</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation>
            <numerusform>%1: zakodowano %Ln znak (%2 tekstu)</numerusform>
            <numerusform>%1: zakodowano %Ln znaki (%2 tekstu)</numerusform>
            <numerusform>%1: zakodowano %Ln znaków (%2 tekstu)</numerusform>
        </translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Wszystkie tematy (średnia)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artykuł</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
</context>
<context>
    <name>FigureTablePane</name>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Kopiuj tabelę</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>O bieżącej komórce</translation>
    </message>
    <message>
        <source>Arrow keys move from figure to figure; the line under the table says what the current one means</source>
        <translation>Strzałki przechodzą między wskaźnikami; wiersz pod tabelą wyjaśnia bieżący</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into a spreadsheet or a document (Ctrl+C in the table copies the selected cells)</source>
        <translation>Kopiuj tabelę tak, jak widać, by wkleić ją do arkusza lub dokumentu (Ctrl+C w tabeli kopiuje zaznaczone komórki)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Eksportuj C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Eksportuj wskaźniki do CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file: proportions with a dot, and why each missing figure is missing</source>
        <translation>Zapisz wskaźniki w pliku CSV: proporcje z kropką dziesiętną i powód braku każdego brakującego wskaźnika</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>Bieżący wskaźnik słowami i powód, jeśli go brak</translation>
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
            <numerusform>%Ln wynik</numerusform>
            <numerusform>%Ln wyniki</numerusform>
            <numerusform>%Ln wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Zamknij pasek wyszukiwania</translation>
    </message>
    <message>
        <source>Every match is painted in the text; Enter goes to the next, Shift+Enter to the previous, Esc closes</source>
        <translation>Każdy wynik jest wyróżniony w tekście; Enter przechodzi do następnego, Shift+Enter do poprzedniego, Esc zamyka</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Znajdź w artykule</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Następny wynik</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Następny wynik (Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Poprzedni wynik</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Poprzedni wynik (Shift+Enter)</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>%1 per article and topic</source>
        <translation>%1 według artykułu i tematu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation>
            <numerusform>Jeszcze %Ln artykuł jest w tabelach, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln artykuły są w tabelach, nie na wykresie.</numerusform>
            <numerusform>Jeszcze %Ln artykułów jest w tabelach, nie na wykresie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Wskaźnik:</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>O bieżącej komórce</translation>
    </message>
    <message>
        <source>All articles (pooled)</source>
        <translation>Wszystkie artykuły (łącznie)</translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Wszystkie tematy (średnia)</translation>
    </message>
    <message>
        <source>Figure shown in the heat map</source>
        <translation>Wskaźnik na mapie cieplnej</translation>
    </message>
    <message>
        <source>Heat map of agreement per article and topic</source>
        <translation>Mapa cieplna zgodności według artykułu i tematu</translation>
    </message>
    <message>
        <source>Nothing to draw: choose at least one article and one topic.</source>
        <translation>Nie ma czego narysować: wybierz co najmniej jeden artykuł i jeden temat.</translation>
    </message>
    <message>
        <source>One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the value is written in each cell. Hatched cells have no figure.</source>
        <translation>Jeden wskaźnik na artykuł i temat: kolor przechodzi od ciemnego (0 lub mniej) do jasnego (1), a wartość jest wpisana w każdą komórkę. Zakreskowane komórki nie mają wskaźnika.</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>Bieżący wskaźnik słowami i powód, jeśli go brak</translation>
    </message>
    <message>
        <source>Which agreement figure colours the cells</source>
        <translation>Który wskaźnik zgodności koloruje komórki</translation>
    </message>
    <message>
        <source>no figure (the words in the cell say why)</source>
        <translation>brak wskaźnika (komórka mówi dlaczego)</translation>
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
        <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
        <source>White text on black, the chosen item in yellow, for low vision</source>
        <translation>Biały tekst na czarnym tle, wybrany element na żółto, dla osób słabowidzących</translation>
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
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation>
            <numerusform>%Ln twierdzenie zaktualizowane</numerusform>
            <numerusform>%Ln twierdzenia zaktualizowane</numerusform>
            <numerusform>%Ln twierdzeń zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation>
            <numerusform>%Ln nie udało się umieścić w tekście; zachowano je jako osierocone do ponownego zakotwiczenia.</numerusform>
            <numerusform>%Ln nie udało się umieścić w tekście; zachowano je jako osierocone do ponownego zakotwiczenia.</numerusform>
            <numerusform>%Ln nie udało się umieścić w tekście; zachowano je jako osierocone do ponownego zakotwiczenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ(s) from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</source>
        <translation>
            <numerusform>%Ln różni się od tutejszego twierdzenia, które nie jest starsze: zachowano tutejsze twierdzenie, a wersję importowaną zapisano w historii artykułu.</numerusform>
            <numerusform>%Ln różnią się od tutejszych twierdzeń, które nie są starsze: zachowano tutejsze twierdzenia, a wersje importowane zapisano w historii artykułów.</numerusform>
            <numerusform>%Ln różni się od tutejszych twierdzeń, które nie są starsze: zachowano tutejsze twierdzenia, a wersje importowane zapisano w historii artykułów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation>
            <numerusform>%Ln nie pasowało do żadnego artykułu z tego folderu.</numerusform>
            <numerusform>%Ln nie pasowały do żadnego artykułu z tego folderu.</numerusform>
            <numerusform>%Ln nie pasowało do żadnego artykułu z tego folderu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation>
            <numerusform>%Ln nowe twierdzenie</numerusform>
            <numerusform>%Ln nowe twierdzenia</numerusform>
            <numerusform>%Ln nowych twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation>
            <numerusform>%Ln już tu było.</numerusform>
            <numerusform>%Ln już tu były.</numerusform>
            <numerusform>%Ln już tu było.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation>
            <numerusform>%Ln pominięto:</numerusform>
            <numerusform>%Ln pominięto:</numerusform>
            <numerusform>%Ln pominięto:</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artykuły</translation>
    </message>
    <message>
        <source>Codebook CSV (Taguette)</source>
        <translation>Księga kodów CSV (Taguette)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Nie udało się zaimportować %1: %2</translation>
    </message>
    <message>
        <source>Everything Marginalia imports (%1)</source>
        <translation>Wszystko, co importuje Marginalia (%1)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>Z %1:</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Import adnotacji</translation>
    </message>
    <message>
        <source>Imported %1 and updated %2 from %3.</source>
        <translation>Zaimportowano %1 i zaktualizowano %2 z %3.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importowanie do %1…</translation>
    </message>
    <message>
        <source>New topics: %1.</source>
        <translation>Nowe tematy: %1.</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Księga kodów REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Projekt REFI-QDA</translation>
    </message>
    <message>
        <source>W3C Web Annotations or Hypothesis export</source>
        <translation>W3C Web Annotations lub eksport z Hypothesis</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>w %Ln artykule</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>nie da się odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not to be written: %2</source>
        <translation>%1 nie może być zapisany: %2</translation>
    </message>
    <message>
        <source>%1, not text</source>
        <translation>%1, a nie tekst</translation>
    </message>
    <message>
        <source>a PDF without a plain-text representation</source>
        <translation>PDF bez reprezentacji w postaci zwykłego tekstu</translation>
    </message>
    <message>
        <source>a link between annotations none of which is a claim here</source>
        <translation>powiązanie między adnotacjami, z których żadna nie jest tu twierdzeniem</translation>
    </message>
    <message>
        <source>a page note, attached to no text</source>
        <translation>notatka do strony, niezwiązana z żadnym tekstem</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>obraz</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>nagranie</translation>
    </message>
    <message>
        <source>a reply to another annotation, attached to no text</source>
        <translation>odpowiedź na inną adnotację, niezwiązana z żadnym tekstem</translation>
    </message>
    <message>
        <source>a topic of that name exists already</source>
        <translation>temat o tej nazwie już istnieje</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>wideo</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>już tu jest, bez zmian</translation>
    </message>
    <message>
        <source>already in the corpus</source>
        <translation>już jest w korpusie</translation>
    </message>
    <message>
        <source>cluster already here, unchanged</source>
        <translation>klaster już tu jest, bez zmian</translation>
    </message>
    <message>
        <source>id %1 occurs earlier in the file</source>
        <translation>identyfikator %1 występuje wcześniej w pliku</translation>
    </message>
    <message>
        <source>no quote, and the position is beyond the text</source>
        <translation>brak cytatu, a pozycja wykracza poza tekst</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>brak celu</translation>
    </message>
    <message>
        <source>no usable TextQuoteSelector or TextPositionSelector</source>
        <translation>brak użytecznego TextQuoteSelector lub TextPositionSelector</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>to nie obiekt JSON</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>to nie Annotation, AnnotationPage ani AnnotationCollection</translation>
    </message>
    <message>
        <source>not imported: it has no text</source>
        <translation>nie zaimportowano: nie ma tekstu</translation>
    </message>
    <message>
        <source>not imported: it has only rich text (richTextPath), no plain text</source>
        <translation>nie zaimportowano: ma tylko tekst sformatowany (richTextPath), bez zwykłego tekstu</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project</source>
        <translation>nie zaimportowano: jego tekstu %1 nie ma w projekcie</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project (files outside the project are not read)</source>
        <translation>nie zaimportowano: jego tekstu %1 nie ma w projekcie (pliki spoza projektu nie są czytane)</translation>
    </message>
    <message>
        <source>positions %1–%2 are not in the source&apos;s text (%3 characters)</source>
        <translation>pozycje %1–%2 wykraczają poza tekst źródła (znaki: %3)</translation>
    </message>
    <message>
        <source>the article %1 cannot be read: %2</source>
        <translation>nie da się odczytać artykułu %1: %2</translation>
    </message>
    <message>
        <source>the target is a whole resource, without a text selector</source>
        <translation>celem jest cały zasób, bez selektora tekstu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Język interfejsu</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>Marginalia will be in %1 from its next start.</source>
        <translation>Od następnego uruchomienia Marginalia będzie w języku: %1.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
    <message>
        <source>The interface stays in %1.</source>
        <translation>Interfejs pozostaje w języku: %1.</translation>
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
        <translation>arabski</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chiński</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>czeski</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>niderlandzki</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francuski</translation>
    </message>
    <message>
        <source>German</source>
        <translation>niemiecki</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>włoski</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japoński</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreański</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugalski</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>hiszpański</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turecki</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraiński</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Nieznany język</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>wietnamski</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles</source>
        <translation>Filtruj artykuły</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtruj artykuły…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Shows only the articles whose title, language, topics or other columns hold these words; Down enters the list</source>
        <translation>Pokazuje tylko artykuły, których tytuł, język, tematy lub inne kolumny zawierają te słowa; strzałka w dół przechodzi do listy</translation>
    </message>
    <message>
        <source>The articles of the folder; choosing one opens it</source>
        <translation>Artykuły folderu; wybranie artykułu otwiera go</translation>
    </message>
    <message>
        <source>Words of the title, language, topics or any column shown; accents and case are ignored</source>
        <translation>Słowa z tytułu, języka, tematów lub dowolnej widocznej kolumny; akcenty i wielkość liter są pomijane</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>Znaleziono %n twierdzenie</numerusform>
            <numerusform>Znaleziono %n twierdzenia</numerusform>
            <numerusform>Znaleziono %n twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found so far; still reading the other articles’ claims…</source>
        <translation>
            <numerusform>Dotąd znaleziono %n twierdzenie; trwa odczyt twierdzeń innych artykułów…</numerusform>
            <numerusform>Dotąd znaleziono %n twierdzenia; trwa odczyt twierdzeń innych artykułów…</numerusform>
            <numerusform>Dotąd znaleziono %n twierdzeń; trwa odczyt twierdzeń innych artykułów…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation>Twierdzenia do powiązania</translation>
    </message>
    <message>
        <source>Cluster label</source>
        <translation>Nazwa klastra</translation>
    </message>
    <message>
        <source>Cluster note</source>
        <translation>Notatka klastra</translation>
    </message>
    <message>
        <source>Edit cluster note</source>
        <translation>Edytuj notatkę klastra</translation>
    </message>
    <message>
        <source>Leave cluster</source>
        <translation>Wyjmij z klastra</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Powiąż twierdzenia</translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation>Powiąż „%1” z…</translation>
    </message>
    <message>
        <source>Linked with “%1” in the cluster “%2” (Ctrl+Z undoes it).</source>
        <translation>Powiązano z „%1” w klastrze „%2” (Ctrl+Z cofa).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n claims found: type more words to narrow them.</source>
        <translation>
            <numerusform>Znaleziono ponad %n twierdzenie: wpisz więcej słów, by zawęzić wyniki.</numerusform>
            <numerusform>Znaleziono ponad %n twierdzenia: wpisz więcej słów, by zawęzić wyniki.</numerusform>
            <numerusform>Znaleziono ponad %n twierdzeń: wpisz więcej słów, by zawęzić wyniki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new cluster: the fact these claims report</source>
        <translation>Nazwij nowy klaster: fakt, o którym mówią te twierdzenia</translation>
    </message>
    <message>
        <source>Note on the cluster “%1”</source>
        <translation>Notatka do klastra „%1”</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Zmień nazwę klastra</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Zmień nazwę klastra</translation>
    </message>
    <message>
        <source>Search claims to link to</source>
        <translation>Szukaj twierdzeń do powiązania</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note), then Link to… (Ctrl+L).</source>
        <translation>Najpierw wybierz twierdzenie (kliknij zakreślenie lub notatkę), potem Powiąż z… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select some text, or choose a claim, on both sides to link them.</source>
        <translation>Zaznacz tekst lub wybierz twierdzenie po obu stronach, by je powiązać.</translation>
    </message>
    <message>
        <source>That claim is no longer in “%1” (deleted, or its article removed).</source>
        <translation>Tego twierdzenia nie ma już w „%1” (usunięto je lub jego artykuł).</translation>
    </message>
    <message>
        <source>That claim’s annotation file cannot be read: %1</source>
        <translation>Nie można odczytać pliku adnotacji tego twierdzenia: %1</translation>
    </message>
    <message>
        <source>The chosen claim is in no cluster.</source>
        <translation>Wybrane twierdzenie nie należy do żadnego klastra.</translation>
    </message>
    <message>
        <source>The chosen claim is linked to no other claim (Ctrl+L links one).</source>
        <translation>Wybrane twierdzenie nie jest powiązane z żadnym innym twierdzeniem (Ctrl+L dodaje powiązanie).</translation>
    </message>
    <message>
        <source>The claim left the cluster “%1” (Ctrl+Z undoes it).</source>
        <translation>Twierdzenie wyjęto z klastra „%1” (Ctrl+Z cofa).</translation>
    </message>
    <message>
        <source>The clusters file cannot be read, so links cannot be changed: %1</source>
        <translation>Nie można odczytać pliku klastrów, więc nie można zmieniać powiązań: %1</translation>
    </message>
    <message>
        <source>These claims are linked already.</source>
        <translation>Te twierdzenia są już powiązane.</translation>
    </message>
    <message>
        <source>Words of a quote, a note, a cluster, an article or a language…</source>
        <translation>Słowa z cytatu, notatki, klastra, artykułu lub języka…</translation>
    </message>
    <message>
        <source>already in this cluster</source>
        <translation>już w tym klastrze</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>klaster „%1”</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>„%1”
%2</translation>
    </message>
    <message>
        <source>“%1” is read-only: its annotation file could not be read.</source>
        <translation>„%1” jest tylko do odczytu: nie udało się odczytać jego pliku adnotacji.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter links · Esc cancels. Linked claims form a cluster: one fact as several articles report it.</source>
        <translation>↑ ↓ wybór · Enter wiąże · Esc anuluje. Powiązane twierdzenia tworzą klaster: jeden fakt w relacji kilku artykułów.</translation>
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
            <numerusform>%Ln artykuł</numerusform>
            <numerusform>%Ln artykuły</numerusform>
            <numerusform>%Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>O programie Marginalia</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
        <source>Article facts</source>
        <translation>Informacje o artykule</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Język artykułu</translation>
    </message>
    <message>
        <source>BCP 47 language tag (e.g. vi, pt-BR, ar):</source>
        <translation>Znacznik języka BCP 47 (np. vi, pt-BR, ar):</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Nie można otworzyć artykułu</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>Nie można otworzyć folderu</translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving will be retried.</source>
        <translation>Nie udało się zapisać: %1. Zmiany są zachowane, zapis zostanie ponowiony.</translation>
    </message>
    <message>
        <source>Marginalia %1 — offline reading and annotation for researchers.</source>
        <translation>Marginalia %1 — czytanie i adnotowanie bez dostępu do sieci dla badaczy.</translation>
    </message>
    <message>
        <source>Not listed, not read: %1</source>
        <translation>Poza listą, nieodczytane: %1</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Nie zapisano — ponawianie</translation>
    </message>
    <message>
        <source>Only the claims of these topics are shown</source>
        <translation>Pokazywane są tylko twierdzenia tych tematów</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>Otwórz folder z artykułami</translation>
    </message>
    <message>
        <source>Problems with this article</source>
        <translation>Problemy z tym artykułem</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Odczytywanie biblioteki</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2</source>
        <translation>Odczytywanie biblioteki… %1 z %2</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Ustaw język</translation>
    </message>
    <message>
        <source>Showing claims of: %1 (Ctrl+0 shows all)</source>
        <translation>Pokazano twierdzenia tematów: %1 (Ctrl+0 pokazuje wszystkie)</translation>
    </message>
    <message>
        <source>Some changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Nie udało się zapisać niektórych zmian:
%1

Zamknąć mimo to i je utracić?</translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation>Tego twierdzenia nie ma już w artykule.</translation>
    </message>
    <message>
        <source>The article&apos;s language, its claims and how they were placed in the text</source>
        <translation>Język artykułu, jego twierdzenia i sposób ich umieszczenia w tekście</translation>
    </message>
    <message>
        <source>The reader beside is for comparing and linking: View ▸ Swap Readers brings its article here to edit it.</source>
        <translation>Czytnik obok służy do porównywania i wiązania: Widok ▸ Zamień czytniki przenosi jego artykuł tutaj do edycji.</translation>
    </message>
    <message>
        <source>The topics file could not be read and is left as it is: %1</source>
        <translation>Nie udało się odczytać pliku tematów; pozostaje bez zmian: %1</translation>
    </message>
    <message>
        <source>Topics shown</source>
        <translation>Widoczne tematy</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Whether every change is written to the annotation file</source>
        <translation>Czy każda zmiana jest zapisana w pliku adnotacji</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>&amp;Address (URL)</source>
        <translation>&amp;Adres (URL)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>O&amp;publikowano</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>Article Details — %1</source>
        <translation>Dane artykułu — %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The article&apos;s title, as the library shows it</source>
        <translation>Tytuł artykułu, tak jak pokazuje go biblioteka</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD (for example 2024-05-06).</source>
        <translation>Datę należy zapisać jako RRRR-MM-DD (na przykład 2024-05-06).</translation>
    </message>
    <message>
        <source>The date of publication, written YYYY-MM-DD</source>
        <translation>Data publikacji w postaci RRRR-MM-DD</translation>
    </message>
    <message>
        <source>The newspaper, site or agency that published the article</source>
        <translation>Gazeta, serwis lub agencja, która opublikowała artykuł</translation>
    </message>
    <message>
        <source>Where the article was published</source>
        <translation>Gdzie opublikowano artykuł</translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation>Kto napisał artykuł</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Write a note… (Esc when done)</source>
        <translation>Napisz notatkę… (Esc na koniec)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No claims in this article yet.

View ▸ Swap Readers brings it to the main reader to highlight some.</source>
        <translation>W tym artykule nie ma jeszcze twierdzeń.

Widok ▸ Zamień czytniki przenosi go do głównego czytnika, by coś zakreślić.</translation>
    </message>
    <message>
        <source>No claims shown.

Select text in the article and press H to highlight a claim, then 1, 2, 3… to tag it with topics and N or Enter to write a note.</source>
        <translation>Brak twierdzeń.

Zaznacz tekst w artykule i naciśnij H, by zakreślić twierdzenie, potem 1, 2, 3…, by oznaczyć je tematami, oraz N lub Enter, by napisać notatkę.</translation>
    </message>
    <message>
        <source>No claims with the chosen topics.

View ▸ Show Claims of Topics changes the choice.</source>
        <translation>Brak twierdzeń z wybranymi tematami.

Widok ▸ Pokaż twierdzenia tematów zmienia wybór.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>One card per claim, level with its highlight: Up and Down choose a card, Enter goes to its claim in the text, N writes its note</source>
        <translation>Jedna karta na twierdzenie, na wysokości jego zakreślenia: strzałki w górę i w dół wybierają kartę, Enter przechodzi do twierdzenia w tekście, N pisze notatkę</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages compared</source>
        <translation>Porównywane fragmenty</translation>
    </message>
</context>
<context>
    <name>PassageView</name>
    <message>
        <source>Article text with both reviewers&apos; claims</source>
        <translation>Tekst artykułu z twierdzeniami obu koderów</translation>
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
        <translation>%1: nic nie zakodowano</translation>
    </message>
    <message>
        <source>Agreement (overlapping, same topics)</source>
        <translation>Zgodność (zakresy się nakładają, te same tematy)</translation>
    </message>
    <message>
        <source>Agreement (same span, same topics)</source>
        <translation>Zgodność (ten sam zakres, te same tematy)</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Rozbieżność</translation>
    </message>
    <message>
        <source>Disagreement (coded by one reviewer only)</source>
        <translation>Rozbieżność (kodował tylko jeden koder)</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>brak tematu</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>rozstrzygnięta</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>do rozstrzygnięcia</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Dodaj do własnych kolorów</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Kolory &amp;podstawowe</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>&amp;Własne kolory</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Zielony:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Pobierz kolor z &amp;ekranu</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Czerwony:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Nasycenie:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;Jasność:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Kanał &amp;alfa:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>Niebies&amp;ki:</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Kursor w %1, %2
Naciśnij Esc, by anulować</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Barwa:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Wybierz kolor</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Odepnij</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Odpina panel od okna i przypina go z powrotem</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Przewiń w lewo</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Przewiń w prawo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiuj &amp;adres odnośnika</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Tekst artykułu</translation>
    </message>
    <message>
        <source>The article, read-only, with its claims highlighted: select text and press H to highlight a claim; Tab goes from claim to claim</source>
        <translation>Artykuł, tylko do odczytu, z zakreślonymi twierdzeniami: zaznacz tekst i naciśnij H, by zakreślić twierdzenie; Tab przechodzi między twierdzeniami</translation>
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
            <numerusform>%Ln twierdzenie</numerusform>
            <numerusform>%Ln twierdzenia</numerusform>
            <numerusform>%Ln twierdzeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s): each row is one fact, each column what an article says of it.</source>
        <translation>
            <numerusform>%Ln klaster: każdy wiersz to jeden fakt, każda kolumna to, co mówi o nim artykuł.</numerusform>
            <numerusform>%Ln klastry: każdy wiersz to jeden fakt, każda kolumna to, co mówi o nim artykuł.</numerusform>
            <numerusform>%Ln klastrów: każdy wiersz to jeden fakt, każda kolumna to, co mówi o nim artykuł.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more article(s) in the table, not drawn</source>
        <translation>
            <numerusform>Jeszcze %Ln artykuł w tabeli, nienarysowany</numerusform>
            <numerusform>Jeszcze %Ln artykuły w tabeli, nienarysowane</numerusform>
            <numerusform>Jeszcze %Ln artykułów w tabeli, nienarysowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more member(s) not in this export</source>
        <translation>
            <numerusform>Jeszcze %Ln twierdzenie klastra poza tym eksportem</numerusform>
            <numerusform>Jeszcze %Ln twierdzenia klastra poza tym eksportem</numerusform>
            <numerusform>Jeszcze %Ln twierdzeń klastra poza tym eksportem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more topic(s) with fewer claims in the table, not drawn</source>
        <translation>
            <numerusform>Jeszcze %Ln temat z mniejszą liczbą twierdzeń w tabeli, nienarysowany</numerusform>
            <numerusform>Jeszcze %Ln tematy z mniejszą liczbą twierdzeń w tabeli, nienarysowane</numerusform>
            <numerusform>Jeszcze %Ln tematów z mniejszą liczbą twierdzeń w tabeli, nienarysowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty selection)</source>
        <translation>(puste zaznaczenie)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation>W różnych mediach</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artykuł</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Twierdzenia</translation>
    </message>
    <message>
        <source>Claims per topic</source>
        <translation>Twierdzenia według tematów</translation>
    </message>
    <message>
        <source>Claims per topic per article</source>
        <translation>Twierdzenia według tematu i artykułu</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Wyeksportowano %1</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Raport Marginalia</translation>
    </message>
    <message>
        <source>No claims matched.</source>
        <translation>Żadne twierdzenie nie pasuje.</translation>
    </message>
    <message>
        <source>No claims to chart.</source>
        <translation>Brak twierdzeń do wykresu.</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Brak twierdzeń.</translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation>Nie znaleziono w tekście: „%1”</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Bez tematu</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>także: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>autor: %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>znaki %1–%2</translation>
    </message>
    <message>
        <source>claims</source>
        <comment>the unit of the chart&apos;s vertical axis</comment>
        <translation>twierdzenia</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>w %Ln artykule</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
            <numerusform>w %Ln artykułach</numerusform>
        </translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
<context>
    <name>ReviewerNameDialog</name>
    <message>
        <source>Reviewer name</source>
        <translation>Nazwa kodera</translation>
    </message>
    <message>
        <source>You can change it later in Reviewers ▸ Your Reviewer Name….</source>
        <translation>Możesz ją później zmienić w menu Koderzy ▸ Twoja nazwa kodera….</translation>
    </message>
    <message>
        <source>Your Reviewer Name</source>
        <translation>Twoja nazwa kodera</translation>
    </message>
    <message>
        <source>Your claims are saved under this name, so a team&apos;s claims can be told apart, compared and merged.</source>
        <translation>Twoje twierdzenia są zapisywane pod tą nazwą, by twierdzenia zespołu można było rozróżnić, porównać i połączyć.</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Imię i nazwisko lub inicjały</translation>
    </message>
</context>
<context>
    <name>ReviewersMenu</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ty)</translation>
    </message>
    <message>
        <source>&amp;My Claims Only (Independent Coding)</source>
        <translation>&amp;Tylko moje twierdzenia (kodowanie niezależne)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(bez kodera)</translation>
    </message>
    <message>
        <source>A&amp;ll Reviewers</source>
        <translation>&amp;Wszyscy koderzy</translation>
    </message>
    <message>
        <source>Claims of %1 only</source>
        <translation>Tylko twierdzenia koderów: %1</translation>
    </message>
    <message>
        <source>Hide the other reviewers&apos; claims, notes and counts everywhere, to code without seeing them</source>
        <translation>Ukryj wszędzie twierdzenia, notatki i liczniki innych koderów, by kodować, nie widząc ich</translation>
    </message>
    <message>
        <source>Independent coding: only your claims (%1) are shown</source>
        <translation>Kodowanie niezależne: widać tylko twoje twierdzenia (%1)</translation>
    </message>
    <message>
        <source>New claims are saved under the name %1.</source>
        <translation>Nowe twierdzenia są zapisywane pod nazwą %1.</translation>
    </message>
    <message>
        <source>Only These Reviewers:</source>
        <translation>Tylko ci koderzy:</translation>
    </message>
    <message>
        <source>Reviewers shown</source>
        <translation>Pokazani koderzy</translation>
    </message>
    <message>
        <source>Show every reviewer&apos;s claims</source>
        <translation>Pokaż twierdzenia wszystkich koderów</translation>
    </message>
    <message>
        <source>The name your new claims are saved under</source>
        <translation>Nazwa, pod którą zapisywane są twoje nowe twierdzenia</translation>
    </message>
    <message>
        <source>Your Reviewer &amp;Name…</source>
        <translation>Twoja &amp;nazwa kodera…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nikt</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artykuł</numerusform>
            <numerusform>%Ln artykuły</numerusform>
            <numerusform>%Ln artykułów</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles with the words searched for; Enter opens one</source>
        <translation>Artykuły ze szukanymi słowami; Enter otwiera wybrany</translation>
    </message>
    <message>
        <source>Indexing articles…</source>
        <translation>Indeksowanie artykułów…</translation>
    </message>
    <message>
        <source>Indexing articles… %1 of %2</source>
        <translation>Indeksowanie artykułów… %1 z %2</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>Szukaj we wszystkich artykułach</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stan wyszukiwania</translation>
    </message>
    <message>
        <source>Search the text of all articles…</source>
        <translation>Szukaj w tekście wszystkich artykułów…</translation>
    </message>
    <message>
        <source>Words to find in the text of every article of the folder; Enter opens the first article found</source>
        <translation>Słowa do znalezienia w tekście wszystkich artykułów folderu; Enter otwiera pierwszy znaleziony artykuł</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Search All Articles</source>
        <translation>Szukaj we wszystkich artykułach</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Plik adnotacji (JSON)</translation>
    </message>
</context>
<context>
    <name>SidecarView</name>
    <message>
        <source>No article is open.</source>
        <translation>Żaden artykuł nie jest otwarty.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Brak otwartego artykułu</translation>
    </message>
    <message>
        <source>Not on disk yet: saving shortly.</source>
        <translation>Jeszcze nie na dysku: zapis za chwilę.</translation>
    </message>
    <message>
        <source>Not on disk yet: the file is written with the first claim.</source>
        <translation>Jeszcze nie na dysku: plik powstanie z pierwszym twierdzeniem.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving will be retried.</source>
        <translation>Jeszcze nie zapisano: %1. Zapis zostanie ponowiony.</translation>
    </message>
    <message>
        <source>Not shown: this file cannot be read as claims, and it may hold other reviewers&apos; claims (Reviewers menu).</source>
        <translation>Nie pokazano: tego pliku nie da się odczytać jako twierdzeń, a może zawierać twierdzenia innych koderów (menu Koderzy).</translation>
    </message>
    <message>
        <source>On disk and up to date.</source>
        <translation>Na dysku, aktualny.</translation>
    </message>
    <message>
        <source>On disk, with unsaved changes: saving shortly.</source>
        <translation>Na dysku, z niezapisanymi zmianami: zapis za chwilę.</translation>
    </message>
    <message>
        <source>Only the claims of the reviewers shown are listed here; the file keeps everyone&apos;s.</source>
        <translation>Tutaj widać tylko twierdzenia pokazanych koderów; plik zachowuje twierdzenia wszystkich.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be read (%1). It is shown as it is on disk and will not be written.</source>
        <translation>Tylko do odczytu: nie można odczytać pliku (%1). Widać go tak, jak jest na dysku, i nie zostanie zapisany.</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Plik adnotacji (JSON)</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>Plik adnotacji</translation>
    </message>
    <message>
        <source>Sidecar state</source>
        <translation>Stan pliku adnotacji</translation>
    </message>
    <message>
        <source>The annotation file as it is on disk, read-only</source>
        <translation>Plik adnotacji tak, jak jest na dysku, tylko do odczytu</translation>
    </message>
    <message>
        <source>The annotation file of the open article</source>
        <translation>Plik adnotacji otwartego artykułu</translation>
    </message>
    <message>
        <source>Whether the file on disk holds every change</source>
        <translation>Czy plik na dysku zawiera każdą zmianę</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggestion</source>
        <translation>Przyjmij sugestię</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>Nie można otworzyć artykułu: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select some text first, then Find in Other Articles (Ctrl+Shift+O).</source>
        <translation>Najpierw wybierz twierdzenie lub zaznacz tekst, potem Znajdź w innych artykułach (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Find in Other Articles</source>
        <translation>Znajdź w innych artykułach</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Najpierw otwórz artykuł.</translation>
    </message>
    <message>
        <source>That article changed since it was searched; looking again.</source>
        <translation>Ten artykuł zmienił się od wyszukiwania; trwa ponowne wyszukiwanie.</translation>
    </message>
    <message>
        <source>The claim looked for is no longer there.</source>
        <translation>Szukanego twierdzenia już nie ma.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>%1
Left out, as they cannot be read: %2</source>
        <translation>%1
Pominięto, bo nie da się ich odczytać: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</source>
        <translation>
            <numerusform>Przeszukano %n artykuł. Enter pokazuje fragment w czytniku obok; Ctrl+Enter przyjmuje go jako powiązane twierdzenie.</numerusform>
            <numerusform>Przeszukano %n artykuły. Enter pokazuje fragment w czytniku obok; Ctrl+Enter przyjmuje go jako powiązane twierdzenie.</numerusform>
            <numerusform>Przeszukano %n artykułów. Enter pokazuje fragment w czytniku obok; Ctrl+Enter przyjmuje go jako powiązane twierdzenie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Przyjmij</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pod&amp;gląd</translation>
    </message>
    <message>
        <source>Choose a claim (or select text) and press Ctrl+Shift+O to find the same fact in the other articles.</source>
        <translation>Wybierz twierdzenie (lub zaznacz tekst) i naciśnij Ctrl+Shift+O, by znaleźć ten sam fakt w innych artykułach.</translation>
    </message>
    <message>
        <source>Looking in the other articles…</source>
        <translation>Przeszukiwanie innych artykułów…</translation>
    </message>
    <message>
        <source>Make the passage a claim of its article, linked with this claim (Ctrl+Enter)</source>
        <translation>Uczyń fragment twierdzeniem jego artykułu, powiązanym z tym twierdzeniem (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No other article to search.</source>
        <translation>Brak innych artykułów do przeszukania.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>Passages found in the other articles</source>
        <translation>Fragmenty znalezione w innych artykułach</translation>
    </message>
    <message>
        <source>Passages of the other articles like “%1” (%2, %3)</source>
        <translation>Fragmenty innych artykułów podobne do „%1” (%2, %3)</translation>
    </message>
    <message>
        <source>Same fact?</source>
        <translation>Ten sam fakt?</translation>
    </message>
    <message>
        <source>Show the passage in the reader beside (Enter)</source>
        <translation>Pokaż fragment w czytniku obok (Enter)</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>Nie udało się przygotować sugestii: %1</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>prawdopodobne</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>powiązane</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>możliwe</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>ocena %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>silne</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>słabe</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
</context>
<context>
    <name>TeamNotice</name>
    <message>
        <source>%1 is a conflict copy of the article %2; compare them and keep one.</source>
        <translation>%1 to kopia konfliktowa artykułu %2; porównaj je i zachowaj jeden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>%Ln rekord zmieniono na obu urządzeniach: zachowano późniejszą wersję, druga jest w historii (marginalia history ARTICLE).</numerusform>
            <numerusform>%Ln rekordy zmieniono na obu urządzeniach: zachowano późniejszą wersję każdego, druga jest w historii (marginalia history ARTICLE).</numerusform>
            <numerusform>%Ln rekordów zmieniono na obu urządzeniach: zachowano późniejszą wersję każdego, druga jest w historii (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln conflict copy(ies) made by %1 into %2; moved to .marginalia/merged-conflicts.</source>
        <translation>
            <numerusform>Połączono %Ln kopię konfliktową utworzoną przez %1 z %2; przeniesiono do .marginalia/merged-conflicts.</numerusform>
            <numerusform>Połączono %Ln kopie konfliktowe utworzone przez %1 z %2; przeniesiono do .marginalia/merged-conflicts.</numerusform>
            <numerusform>Połączono %Ln kopii konfliktowych utworzonych przez %1 z %2; przeniesiono do .marginalia/merged-conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict copy %1 was left where it is: %2</source>
        <translation>Kopię konfliktową %1 pozostawiono na miejscu: %2</translation>
    </message>
    <message>
        <source>Versions a git merge kept could not reach their history yet: %1</source>
        <translation>Wersje zachowane przez połączenie w git nie trafiły jeszcze do swojej historii: %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Enter zapisuje · Esc anuluje</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Enter zapisuje · Esc anuluje</translation>
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
