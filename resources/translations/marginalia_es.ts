<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Acerca de Marginalia</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Concordancia…</translation>
    </message>
    <message>
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Comparar artículos…</translation>
    </message>
    <message>
        <source>&amp;Copy Quote with Source</source>
        <translation>&amp;Copiar cita con su fuente</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Eliminar afirmación</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Highlight Claim</source>
        <translation>&amp;Resaltar afirmación</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importar anotaciones…</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Re-attach Claim to Selection</source>
        <translation>&amp;Reanclar afirmación a la selección</translation>
    </message>
    <message>
        <source>&amp;Rename Cluster…</source>
        <translation>&amp;Renombrar grupo…</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Revisores</translation>
    </message>
    <message>
        <source>&amp;Search All Articles…</source>
        <translation>Buscar en &amp;todos los artículos…</translation>
    </message>
    <message>
        <source>&amp;Show Claim in Text</source>
        <translation>&amp;Mostrar afirmación en el texto</translation>
    </message>
    <message>
        <source>&amp;Sidecar JSON</source>
        <translation>&amp;Archivo de anotaciones (JSON)</translation>
    </message>
    <message>
        <source>&amp;Topic of Claim</source>
        <translation>&amp;Tema de la afirmación</translation>
    </message>
    <message>
        <source>&amp;Topics (Codebook)…</source>
        <translation>&amp;Temas (libro de códigos)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Add annotations from a file another tool wrote (Ctrl+I)</source>
        <translation>Añadir anotaciones de un archivo escrito por otra herramienta (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add, rename, recolour topics (Ctrl+K)</source>
        <translation>Añadir, renombrar y cambiar el color de los temas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)</source>
        <translation>Anclar la afirmación elegida (p. ej., una huérfana) al texto seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <source>Claim &amp;Span</source>
        <translation>&amp;Extensión de la afirmación</translation>
    </message>
    <message>
        <source>Claim&apos;s Cl&amp;uster</source>
        <translation>&amp;Grupo de la afirmación</translation>
    </message>
    <message>
        <source>Close Reader Besi&amp;de</source>
        <translation>Cerrar el &amp;visor lateral</translation>
    </message>
    <message>
        <source>Cluster &amp;Note…</source>
        <translation>&amp;Nota del grupo…</translation>
    </message>
    <message>
        <source>Copy Quote with Source</source>
        <translation>Copiar cita con su fuente</translation>
    </message>
    <message>
        <source>Copy the selected claim&apos;s quote with its article and place (Ctrl+Shift+C)</source>
        <translation>Copiar la cita de la afirmación elegida con su artículo y su lugar (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected claim (Delete)</source>
        <translation>Eliminar la afirmación elegida (Supr)</translation>
    </message>
    <message>
        <source>Edit the article beside in the main reader</source>
        <translation>Editar el artículo del visor lateral en el visor principal</translation>
    </message>
    <message>
        <source>Every article&apos;s claims side by side, topic by topic, with a chart (Ctrl+Shift+M)</source>
        <translation>Las afirmaciones de cada artículo lado a lado, tema por tema, con un gráfico (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Export annotations in an open format (Ctrl+E)</source>
        <translation>Exportar las anotaciones en un formato abierto (Ctrl+E)</translation>
    </message>
    <message>
        <source>Extend Claim End by a Word</source>
        <translation>Alargar el final de la afirmación una palabra</translation>
    </message>
    <message>
        <source>Extend Claim Start by a Word</source>
        <translation>Alargar el inicio de la afirmación una palabra</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find in &amp;Other Articles</source>
        <translation>Buscar en &amp;otros artículos</translation>
    </message>
    <message>
        <source>Find words in the article (Ctrl+F)</source>
        <translation>Buscar palabras en el artículo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Give the selected claim&apos;s cluster another label</source>
        <translation>Dar otro nombre al grupo de la afirmación elegida</translation>
    </message>
    <message>
        <source>Go to Next &amp;Linked Claim</source>
        <translation>Ir a la siguiente afirmación &amp;vinculada</translation>
    </message>
    <message>
        <source>Go to the card&apos;s claim in the text (Enter)</source>
        <translation>Ir a la afirmación de la tarjeta en el texto (Intro)</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Highlight the selected text as a claim (H)</source>
        <translation>Resaltar el texto seleccionado como afirmación (H)</translation>
    </message>
    <message>
        <source>How far the reviewers agree, topic by topic and article by article (Ctrl+Shift+G)</source>
        <translation>Hasta qué punto coinciden los revisores, tema por tema y artículo por artículo (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>L&amp;ink to…</source>
        <translation>&amp;Vincular con…</translation>
    </message>
    <message>
        <source>Leave &amp;Cluster</source>
        <translation>&amp;Sacar del grupo</translation>
    </message>
    <message>
        <source>Link &amp;Across Readers</source>
        <translation>Vincular entre &amp;ambos visores</translation>
    </message>
    <message>
        <source>Link the claim or selection in this reader with the one in the other reader (Ctrl+Shift+L)</source>
        <translation>Vincular la afirmación o la selección de este visor con la del otro visor (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Link the selected claim to a claim of another article: the same fact as another outlet reports it (Ctrl+L)</source>
        <translation>Vincular la afirmación elegida con una afirmación de otro artículo: el mismo hecho tal como lo cuenta otro medio (Ctrl+L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Move to the next pane: library, text, notes (F6)</source>
        <translation>Pasar al panel siguiente: biblioteca, texto, notas (F6)</translation>
    </message>
    <message>
        <source>Move to the previous pane (Shift+F6)</source>
        <translation>Pasar al panel anterior (Shift+F6)</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp;Beside…</source>
        <translation>Abrir al &amp;lado…</translation>
    </message>
    <message>
        <source>Open a folder of articles (Ctrl+O)</source>
        <translation>Abrir una carpeta de artículos (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a second article beside this one, to compare and link them (Ctrl+\)</source>
        <translation>Abrir un segundo artículo al lado de este, para compararlos y vincularlos (Ctrl+\)</translation>
    </message>
    <message>
        <source>Open the next claim of the selected claim&apos;s cluster (Ctrl+])</source>
        <translation>Abrir la siguiente afirmación del grupo de la afirmación elegida (Ctrl+])</translation>
    </message>
    <message>
        <source>Override the detected language</source>
        <translation>Sustituir el idioma detectado</translation>
    </message>
    <message>
        <source>Passages of the other articles that likely report the selected claim or text (Ctrl+Shift+O)</source>
        <translation>Fragmentos de los otros artículos que probablemente cuentan la afirmación o el texto elegidos (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>S&amp;wap Readers</source>
        <translation>Intercam&amp;biar visores</translation>
    </message>
    <message>
        <source>Search the text of every article in the folder (Ctrl+Shift+F)</source>
        <translation>Buscar en el texto de todos los artículos de la carpeta (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Set Article &amp;Language…</source>
        <translation>Establecer el &amp;idioma del artículo…</translation>
    </message>
    <message>
        <source>Show &amp;All Topics</source>
        <translation>Mostrar &amp;todos los temas</translation>
    </message>
    <message>
        <source>Show Claims of &amp;Topics</source>
        <translation>Mostrar afirmaciones de &amp;temas</translation>
    </message>
    <message>
        <source>Show the article&apos;s annotation file (Ctrl+J)</source>
        <translation>Mostrar el archivo de anotaciones del artículo (Ctrl+J)</translation>
    </message>
    <message>
        <source>Show the claims tagged “%1”</source>
        <translation>Mostrar las afirmaciones etiquetadas «%1»</translation>
    </message>
    <message>
        <source>Shrink Claim End by a Word</source>
        <translation>Acortar el final de la afirmación una palabra</translation>
    </message>
    <message>
        <source>Shrink Claim Start by a Word</source>
        <translation>Acortar el inicio de la afirmación una palabra</translation>
    </message>
    <message>
        <source>Take the selected claim out of its cluster</source>
        <translation>Sacar la afirmación elegida de su grupo</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim</source>
        <translation>Poner o quitar el tema «%1» en la afirmación elegida</translation>
    </message>
    <message>
        <source>Toggle topic “%1” on the selected claim (%2)</source>
        <translation>Poner o quitar el tema «%1» en la afirmación elegida (%2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Write &amp;Note</source>
        <translation>Escribir &amp;nota</translation>
    </message>
    <message>
        <source>Write Note on the Selected Claim</source>
        <translation>Escribir una nota sobre la afirmación elegida</translation>
    </message>
    <message>
        <source>Write a note on the selected claim (N; Enter in the text; Esc when done)</source>
        <translation>Escribir una nota sobre la afirmación elegida (N; Intro en el texto; Esc al terminar)</translation>
    </message>
    <message>
        <source>Write the note of the selected claim&apos;s cluster</source>
        <translation>Escribir la nota del grupo de la afirmación elegida</translation>
    </message>
</context>
<context>
    <name>AdjudicationLauncher</name>
    <message>
        <source>A&amp;djudicate…</source>
        <translation>&amp;Arbitrar…</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Abra antes una carpeta de artículos.</translation>
    </message>
    <message>
        <source>Settle two reviewers&apos; disagreements on one article, passage by passage (Ctrl+Shift+J)</source>
        <translation>Resolver las discrepancias entre dos revisores en un artículo, fragmento por fragmento (Ctrl+Shift+J)</translation>
    </message>
</context>
<context>
    <name>AdjudicationWindow</name>
    <message>
        <source>&amp;Article:</source>
        <translation>A&amp;rtículo:</translation>
    </message>
    <message>
        <source>&amp;Edit in the Main Window</source>
        <translation>&amp;Editar en la ventana principal</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <source>&amp;Next Disagreement</source>
        <translation>Discrepancia &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Disagreement</source>
        <translation>Discrepancia a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Reviewers A and B:</source>
        <translation>Re&amp;visores A y B:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(sin revisor)</translation>
    </message>
    <message>
        <source>A&apos;s claims are underlined (solid), B&apos;s overlined (dashed).</source>
        <translation>Las afirmaciones de A van subrayadas (línea continua) y las de B, con una línea encima (discontinua).</translation>
    </message>
    <message>
        <source>Accept All A&amp;greements</source>
        <translation>Aceptar &amp;todas las concordancias</translation>
    </message>
    <message>
        <source>Accept all agreements</source>
        <translation>Aceptar todas las concordancias</translation>
    </message>
    <message>
        <source>Adjudicate — Marginalia</source>
        <translation>Arbitraje — Marginalia</translation>
    </message>
    <message>
        <source>Adjudication status</source>
        <translation>Estado del arbitraje</translation>
    </message>
    <message>
        <source>Agreements: %1. Disagreements left to settle: %2.</source>
        <translation>Concordancias: %1. Discrepancias por resolver: %2.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Choose two different reviewers.</source>
        <translation>Elija dos revisores distintos.</translation>
    </message>
    <message>
        <source>Decisions are saved as claims of %1, recording the claims they come from.</source>
        <translation>Las decisiones se guardan como afirmaciones de %1 y registran las afirmaciones de las que proceden.</translation>
    </message>
    <message>
        <source>F8 / Shift+F8: next / previous disagreement.</source>
        <translation>F8 / Shift+F8: discrepancia siguiente / anterior.</translation>
    </message>
    <message>
        <source>Green: the reviewers agree.</source>
        <translation>Verde: los revisores coinciden.</translation>
    </message>
    <message>
        <source>Hatched orange: a disagreement to settle; grey once settled.</source>
        <translation>Naranja rayado: una discrepancia por resolver; gris una vez resuelta.</translation>
    </message>
    <message>
        <source>Keep &amp;A</source>
        <translation>Conservar &amp;A</translation>
    </message>
    <message>
        <source>Keep &amp;B</source>
        <translation>Conservar &amp;B</translation>
    </message>
    <message>
        <source>Keep A&apos;s claim</source>
        <translation>Conservar la afirmación de A</translation>
    </message>
    <message>
        <source>Keep B&apos;s claim</source>
        <translation>Conservar la afirmación de B</translation>
    </message>
    <message>
        <source>Keep both claims</source>
        <translation>Conservar ambas afirmaciones</translation>
    </message>
    <message>
        <source>No more disagreements that way.</source>
        <translation>No hay más discrepancias en esa dirección.</translation>
    </message>
    <message>
        <source>Reviewer A</source>
        <translation>Revisor A</translation>
    </message>
    <message>
        <source>Reviewer B</source>
        <translation>Revisor B</translation>
    </message>
    <message>
        <source>Settle by editing</source>
        <translation>Resolver editando</translation>
    </message>
    <message>
        <source>That reviewer coded nothing here: choose the other, or both.</source>
        <translation>Ese revisor no codificó nada aquí: elija el otro, o ambos.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>you (asked once)</source>
        <translation>usted (se le pedirá el nombre una vez)</translation>
    </message>
</context>
<context>
    <name>AgreementLauncher</name>
    <message>
        <source>Open a folder of articles to measure agreement.</source>
        <translation>Abra una carpeta de artículos para medir la concordancia.</translation>
    </message>
    <message>
        <source>Reading the claims…</source>
        <translation>Leyendo las afirmaciones…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>No se pudieron calcular los índices: %1</translation>
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
        <translation>%1 %2 (%3) y %4.</translation>
    </message>
    <message>
        <source>%1 and %2 compared</source>
        <translation>Se comparan %1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the article&apos;s text and are not counted.</source>
        <translation>
            <numerusform>%Ln afirmación no se pudo ubicar en el texto de su artículo y no se cuenta.</numerusform>
            <numerusform>%Ln afirmaciones no se pudieron ubicar en el texto de su artículo y no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) have no reviewer name and are not counted.</source>
        <translation>
            <numerusform>%Ln afirmación no tiene nombre de revisor y no se cuenta.</numerusform>
            <numerusform>%Ln afirmaciones no tienen nombre de revisor y no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Mapa de calor</translation>
    </message>
    <message>
        <source>&amp;Reviewers</source>
        <translation>&amp;Revisores</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Agreement between Reviewers — Marginalia</source>
        <translation>Concordancia entre revisores — Marginalia</translation>
    </message>
    <message>
        <source>Article &amp;by Article</source>
        <translation>Artículo &amp;por artículo</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparado</translation>
    </message>
    <message>
        <source>Figures article by article</source>
        <translation>Índices artículo por artículo</translation>
    </message>
    <message>
        <source>Figures pooled over the articles</source>
        <translation>Índices del conjunto de artículos</translation>
    </message>
    <message>
        <source>How far the reviewers agree on where each topic applies, character by character. Choose who and what to compare; the figures follow your edits, unsaved ones included.</source>
        <translation>Hasta qué punto coinciden los revisores en dónde se aplica cada tema, carácter a carácter. Elija a quién y qué comparar; los índices siguen sus cambios, incluidos los no guardados.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Excluido: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No claim in the chosen articles has a reviewer&apos;s name yet. Agreement compares the claims of two or more reviewers; each claim records who made it.</source>
        <translation>Ninguna afirmación de los artículos elegidos tiene aún nombre de revisor. La concordancia compara las afirmaciones de dos o más revisores; cada afirmación registra quién la hizo.</translation>
    </message>
    <message>
        <source>No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.</source>
        <translation>No hay ningún revisor elegido: la concordancia necesita al menos dos. Márquelos en Revisores.</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No contabilizado</translation>
    </message>
    <message>
        <source>One figure for each article and topic, as colours</source>
        <translation>Un índice por artículo y tema, en colores</translation>
    </message>
    <message>
        <source>Only %1 is chosen: agreement needs at least two reviewers. Tick another under Reviewers.</source>
        <translation>Solo se eligió a %1: la concordancia necesita al menos dos revisores. Marque otro en Revisores.</translation>
    </message>
    <message>
        <source>P&amp;ooled</source>
        <translation>En &amp;conjunto</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again</source>
        <translation>Volver a leer las afirmaciones de todos los artículos</translation>
    </message>
    <message>
        <source>Read every article&apos;s claims again, e.g. after another program changed them (F5)</source>
        <translation>Volver a leer las afirmaciones de todos los artículos, p. ej., después de que otro programa las cambie (F5)</translation>
    </message>
    <message>
        <source>Reading articles… %1 of %2</source>
        <translation>Leyendo artículos… %1 de %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Table copied.</source>
        <translation>Tabla copiada.</translation>
    </message>
    <message>
        <source>The figures of each topic in each article</source>
        <translation>Los índices de cada tema en cada artículo</translation>
    </message>
    <message>
        <source>The figures of each topic over all the chosen articles together</source>
        <translation>Los índices de cada tema sobre el conjunto de los artículos elegidos</translation>
    </message>
    <message>
        <source>The figures pooled over the articles, article by article, or as a heat map</source>
        <translation>Los índices del conjunto de artículos, artículo por artículo o como mapa de calor</translation>
    </message>
    <message>
        <source>Unsaved changes are included.</source>
        <translation>Se incluyen los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Views of the figures</source>
        <translation>Vistas de los índices</translation>
    </message>
    <message>
        <source>What each figure says and when to rely on it</source>
        <translation>Qué dice cada índice y cuándo fiarse de él</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Qué significan los índices</translation>
    </message>
    <message>
        <source>What the window measures</source>
        <translation>Qué mide la ventana</translation>
    </message>
    <message numerus="yes">
        <source>on %Ln article(s)</source>
        <translation>
            <numerusform>en %Ln artículo</numerusform>
            <numerusform>en %Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problem(s)</source>
        <translation>
            <numerusform>… y %Ln problema más</numerusform>
            <numerusform>… y %Ln problemas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementWords</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>A dash means the figure would mislead or cannot be computed; point at it, or move to it with the arrow keys, to read why. The mean over topics averages each figure over the topics that have it.</source>
        <translation>Un guion indica que el índice induciría a error o no se puede calcular; señálelo, o llegue a él con las flechas, para leer por qué. La media de los temas promedia cada índice sobre los temas que lo tienen.</translation>
    </message>
    <message>
        <source>Agreement beyond what each reviewer&apos;s own rate of coding would give by chance: 1 is perfect, 0 no better than chance, below 0 worse. Two reviewers only.</source>
        <translation>La concordancia que va más allá de lo que daría el azar según la frecuencia con que codifica cada revisor: 1 es perfecta, 0 no mejor que el azar, por debajo de 0 peor. Solo dos revisores.</translation>
    </message>
    <message>
        <source>Agreement needs at least two reviewers: tick another one under Reviewers.</source>
        <translation>La concordancia necesita al menos dos revisores: marque otro en Revisores.</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ compares exactly two reviewers; with more, read Krippendorff&apos;s α.</source>
        <translation>La κ de Cohen compara exactamente dos revisores; con más, lea la α de Krippendorff.</translation>
    </message>
    <message>
        <source>Compares the passages themselves, where each begins and ends; text nobody coded counts for nothing, and a passage one reviewer marked and another missed counts fully. Prefer it when what matters is whether reviewers find the same passages (INCEpTION reports this figure).</source>
        <translation>Compara los propios fragmentos, dónde empieza y termina cada uno; el texto que nadie codificó no cuenta, y un fragmento que un revisor marcó y otro no cuenta por entero. Prefiéralo cuando importa si los revisores encuentran los mismos fragmentos (INCEpTION da este índice).</translation>
    </message>
    <message>
        <source>Each character of an article is compared: for each reviewer and topic, it is coded when one of the reviewer&apos;s claims with that topic covers it. 1 means perfect agreement.</source>
        <translation>Se compara cada carácter de un artículo: para cada revisor y tema, está codificado cuando lo cubre una de las afirmaciones del revisor con ese tema. 1 significa concordancia perfecta.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Like κ, but chance is estimated from all reviewers together, so it takes any number of reviewers and corrects for small samples: the usual standard in content analysis. Rely on data from 0.800 up; draw only tentative conclusions from 0.667.</source>
        <translation>Como κ, pero el azar se estima a partir de todos los revisores juntos, así que admite cualquier número de revisores y corrige las muestras pequeñas: el estándar habitual en el análisis de contenido. Confíe en los datos a partir de 0,800; a partir de 0,667 saque solo conclusiones provisionales.</translation>
    </message>
    <message>
        <source>No chosen reviewer tagged any text with this topic here. Percent agreement would read 100 % for agreeing that it is absent, so no figure is given.</source>
        <translation>Ningún revisor elegido etiquetó texto con este tema aquí. El porcentaje de concordancia daría 100&#xa0;% por coincidir en que no está, así que no se da ningún índice.</translation>
    </message>
    <message>
        <source>No topic has this figure (each for its own reason).</source>
        <translation>Ningún tema tiene este índice (cada uno por su propio motivo).</translation>
    </message>
    <message>
        <source>No topics are chosen.</source>
        <translation>No hay ningún tema elegido.</translation>
    </message>
    <message>
        <source>Nothing for chance to disagree on: every character has the same value for every reviewer (all of the text coded, say), so a chance-corrected figure would be 0 ÷ 0.</source>
        <translation>No hay nada en lo que el azar pueda discrepar: cada carácter tiene el mismo valor para todos los revisores (todo el texto codificado, por ejemplo), así que un índice corregido por azar sería 0 ÷ 0.</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Porcentaje de concordancia</translation>
    </message>
    <message>
        <source>The chosen articles have no text.</source>
        <translation>Los artículos elegidos no tienen texto.</translation>
    </message>
    <message>
        <source>The share of characters on which the reviewers agree whether the topic applies (with more than two reviewers, the mean over pairs). Easy to read, but text nobody coded raises it: two reviewers who each mark a different 5 % of an article still agree on 90 % of it. Read it beside a chance-corrected figure.</source>
        <translation>La proporción de caracteres en los que los revisores coinciden sobre si el tema se aplica (con más de dos revisores, la media por parejas). Fácil de leer, pero el texto que nadie codificó lo eleva: dos revisores que marcan cada uno un 5&#xa0;% distinto de un artículo aún coinciden en el 90&#xa0;% de él. Léalo junto a un índice corregido por azar.</translation>
    </message>
    <message>
        <source>Unitizing α_u</source>
        <translation>α_u de unidades</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Qué significan los índices</translation>
    </message>
    <message>
        <source>for 2 only</source>
        <translation>solo para 2</translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>sin afirmaciones</translation>
    </message>
    <message>
        <source>no figure: %1</source>
        <translation>sin índice: %1</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>sin texto</translation>
    </message>
    <message>
        <source>no topics</source>
        <translation>sin temas</translation>
    </message>
    <message>
        <source>no variation</source>
        <translation>sin variación</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>ninguno definido</translation>
    </message>
    <message>
        <source>one reviewer</source>
        <translation>un revisor</translation>
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
        <translation>De %1, %2.</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>De %1.</translation>
    </message>
    <message>
        <source>Claim “%1”. %2 %3</source>
        <translation>Afirmación «%1». %2 %3</translation>
    </message>
    <message>
        <source>Cluster “%1”, linked with: %2.</source>
        <translation>Grupo «%1»; vinculada con: %2.</translation>
    </message>
    <message>
        <source>Enter goes to the claim in the text; N writes its note.</source>
        <translation>Intro lleva a la afirmación en el texto; N escribe su nota.</translation>
    </message>
    <message>
        <source>Made %1.</source>
        <translation>Creada el %1.</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <source>No reviewer.</source>
        <translation>Sin revisor.</translation>
    </message>
    <message>
        <source>No topic.</source>
        <translation>Sin tema.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Placed: %1.</source>
        <translation>Ubicación: %1.</translation>
    </message>
    <message>
        <source>Topics: %1.</source>
        <translation>Temas: %1.</translation>
    </message>
    <message>
        <source>no other claim yet</source>
        <translation>ninguna otra afirmación todavía</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Change claim span</source>
        <translation>Cambiar la extensión de la afirmación</translation>
    </message>
    <message>
        <source>Claim deleted (Ctrl+Z brings it back).</source>
        <translation>Afirmación eliminada (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, Delete to remove it.</source>
        <translation>Afirmación resaltada: pulse 1, 2, 3… para etiquetarla, N o Intro para escribir su nota, Supr para eliminarla.</translation>
    </message>
    <message>
        <source>Claim re-attached.</source>
        <translation>Afirmación reanclada.</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Eliminar afirmación</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Highlight claim</source>
        <translation>Resaltar afirmación</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra antes un artículo.</translation>
    </message>
    <message>
        <source>Re-attach claim</source>
        <translation>Reanclar afirmación</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Elija antes una afirmación (haga clic en un resaltado o en una nota).</translation>
    </message>
    <message>
        <source>Select some text to highlight it as a claim.</source>
        <translation>Seleccione algo de texto para resaltarlo como afirmación.</translation>
    </message>
    <message>
        <source>Select the claim to re-attach in the notes first.</source>
        <translation>Elija antes en las notas la afirmación que quiere reanclar.</translation>
    </message>
    <message>
        <source>Select the text the claim should attach to.</source>
        <translation>Seleccione el texto al que debe anclarse la afirmación.</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Etiquetar «%1»</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Este artículo es de solo lectura: su archivo de anotaciones no se pudo leer.</translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
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
        <translation>&amp;Añadir artículos…</translation>
    </message>
    <message>
        <source>Add articles to %1</source>
        <translation>Añadir artículos a %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo añadido</numerusform>
            <numerusform>%Ln artículos añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Datos del artículo…</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Artículos (%1)</translation>
    </message>
    <message>
        <source>Copy web pages, PDFs, Word files, e-books or text files into the folder</source>
        <translation>Copiar páginas web, PDF, archivos de Word, libros electrónicos o archivos de texto a la carpeta</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Editar los datos del artículo</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
        <source>Title, outlet, author, date and address of the article</source>
        <translation>Título, medio, autor, fecha y dirección del artículo</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
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
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Claims in the article, by topic</source>
        <translation>Afirmaciones del artículo, por tema</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codificación: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Problems with the article or its annotation file</source>
        <translation>Problemas del artículo o de su archivo de anotaciones</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>language</comment>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>No se puede abrir el artículo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select text in both readers, then press Ctrl+Shift+L to link them.</source>
        <translation>Elija una afirmación o seleccione texto en ambos visores y pulse Ctrl+Shift+L para vincularlos.</translation>
    </message>
    <message>
        <source>Link claims across readers</source>
        <translation>Vincular afirmaciones entre visores</translation>
    </message>
    <message>
        <source>Open a folder of articles first.</source>
        <translation>Abra antes una carpeta de artículos.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra antes un artículo.</translation>
    </message>
    <message>
        <source>Open another article beside this one first (View ▸ Open Beside…, Ctrl+\).</source>
        <translation>Abra antes otro artículo al lado de este (Ver ▸ Abrir al lado…, Ctrl+\).</translation>
    </message>
    <message>
        <source>Open beside the article you are reading:</source>
        <translation>Abrir al lado del artículo que está leyendo:</translation>
    </message>
    <message>
        <source>Search articles to open beside</source>
        <translation>Buscar artículos para abrir al lado</translation>
    </message>
    <message>
        <source>Words of a title, a file name or a language…</source>
        <translation>Palabras de un título, un nombre de archivo o un idioma…</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc cancels</source>
        <translation>↑ ↓ eligen · Intro abre · Esc cancela</translation>
    </message>
</context>
<context>
    <name>BesidePane</name>
    <message>
        <source>Article beside</source>
        <translation>Artículo del visor lateral</translation>
    </message>
    <message>
        <source>Beside (%1): %2</source>
        <translation>Al lado (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Notes of the article beside</source>
        <translation>Notas del artículo del visor lateral</translation>
    </message>
    <message>
        <source>Text of the article beside</source>
        <translation>Texto del artículo del visor lateral</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 (not in the codebook)</source>
        <translation>%1 (no está en el libro de códigos)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <source>No note — press N to write one</source>
        <translation>Sin nota: pulse N para escribirla</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>No topic — press 1, 2, 3…</source>
        <translation>Sin tema: pulse 1, 2, 3…</translation>
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
        <translation>%1–%2 de %3 · Alt+↓ y Alt+↑ para recorrerlas</translation>
    </message>
    <message>
        <source>Not found in the current text</source>
        <translation>No se encuentra en el texto actual</translation>
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
            <numerusform>%Ln artículo más está en la tabla, no en el gráfico.</numerusform>
            <numerusform>Los %Ln artículos restantes están en la tabla, no en el gráfico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln further row(s) with fewer claims in the table, not drawn here.</source>
        <translation>
            <numerusform>%Ln fila más, con menos afirmaciones, está en la tabla, no en el gráfico.</numerusform>
            <numerusform>Las %Ln filas restantes, con menos afirmaciones, están en la tabla, no en el gráfico.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <source>About the chart</source>
        <translation>Acerca del gráfico</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Chart of claims per row in each article</source>
        <translation>Gráfico de las afirmaciones de cada fila en cada artículo</translation>
    </message>
    <message>
        <source>Chart: the same counts as the table. Each bar is one row&apos;s claims in one article; colour and pattern tell the rows apart, as in the legend.</source>
        <translation>Gráfico: los mismos recuentos que la tabla. Cada barra son las afirmaciones de una fila en un artículo; el color y la trama distinguen las filas, como en la leyenda.</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Afirmaciones por tema en cada artículo</translation>
    </message>
    <message>
        <source>No articles or rows to draw: widen the filters above.</source>
        <translation>No hay artículos ni filas que dibujar: amplíe los filtros de arriba.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Guardar como S&amp;VG…</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Guardar el gráfico como SVG</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing (scales without blur; opens in browsers)</source>
        <translation>Guardar el gráfico como dibujo SVG (se amplía sin perder nitidez; se abre en los navegadores)</translation>
    </message>
    <message>
        <source>The chart, scrolled with the arrow keys when it is larger than the pane</source>
        <translation>El gráfico; se desplaza con las flechas cuando es mayor que el panel</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>afirmaciones</translation>
    </message>
</context>
<context>
    <name>ChecklistButton</name>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 (all %2)</source>
        <translation>%1 (los %2)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Opens a list to tick what the figures compare</source>
        <translation>Abre una lista para marcar qué comparan los índices</translation>
    </message>
    <message>
        <source>Shows only the items whose name holds these words</source>
        <translation>Muestra solo los elementos cuyo nombre contiene estas palabras</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current item</source>
        <translation>Espacio marca o desmarca el elemento actual</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Tick every item shown</source>
        <translation>Marcar todos los elementos mostrados</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Untick every item shown</source>
        <translation>Desmarcar todos los elementos mostrados</translation>
    </message>
</context>
<context>
    <name>ClaimAnnouncer</name>
    <message>
        <source>Claim %1 of %2</source>
        <translation>Afirmación %1 de %2</translation>
    </message>
    <message>
        <source>Claim %1 of %2: %3</source>
        <translation>Afirmación %1 de %2: %3</translation>
    </message>
    <message>
        <source>The claim being read</source>
        <translation>La afirmación que se está leyendo</translation>
    </message>
</context>
<context>
    <name>ClaimFocus</name>
    <message>
        <source>Select a claim first (click a highlight or a note), then press N.</source>
        <translation>Elija antes una afirmación (haga clic en un resaltado o en una nota) y pulse N.</translation>
    </message>
    <message>
        <source>The claim&apos;s card is hidden by the topics shown (Ctrl+0 shows all).</source>
        <translation>La tarjeta de la afirmación está oculta por los temas mostrados (Ctrl+0 los muestra todos).</translation>
    </message>
    <message>
        <source>This article is read-only: its annotation file could not be read.</source>
        <translation>Este artículo es de solo lectura: su archivo de anotaciones no se pudo leer.</translation>
    </message>
</context>
<context>
    <name>ClaimMenu</name>
    <message>
        <source>paragraph %1 (characters %2–%3)</source>
        <translation>párrafo %1 (caracteres %2–%3)</translation>
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
        <translation>Cita copiada con su fuente.</translation>
    </message>
    <message>
        <source>Linked Claims in “%1”</source>
        <translation>Afirmaciones vinculadas en «%1»</translation>
    </message>
    <message>
        <source>No other claim yet</source>
        <translation>Todavía no hay otra afirmación</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note).</source>
        <translation>Elija antes una afirmación (haga clic en un resaltado o en una nota).</translation>
    </message>
</context>
<context>
    <name>ClusterBlock</name>
    <message>
        <source>(no label)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Vincular…</translation>
    </message>
    <message>
        <source>No other claim yet: Link… (Ctrl+L) adds one</source>
        <translation>Todavía no hay otra afirmación: Vincular… (Ctrl+L) añade una</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (right-click the card for all)</source>
        <translation>
            <numerusform>y %n más (clic derecho en la tarjeta para verlas todas)</numerusform>
            <numerusform>y %n más (clic derecho en la tarjeta para verlas todas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n article(s)</source>
        <translation>
            <numerusform>· %n artículo</numerusform>
            <numerusform>· %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>%1 (colour %2)</source>
        <translation>%1 (color %2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Tecla</translation>
    </message>
    <message>
        <source>A topic named “%1” exists already.</source>
        <translation>Ya existe un tema llamado «%1».</translation>
    </message>
    <message>
        <source>A topic needs a name.</source>
        <translation>Un tema necesita un nombre.</translation>
    </message>
    <message>
        <source>Add a new topic</source>
        <translation>Añadir un tema nuevo</translation>
    </message>
    <message>
        <source>Add topic “%1”</source>
        <translation>Añadir el tema «%1»</translation>
    </message>
    <message>
        <source>Cannot check where “%1” is used: %2</source>
        <translation>No se puede comprobar dónde se usa «%1»: %2</translation>
    </message>
    <message>
        <source>Choose the colour of the selected topic</source>
        <translation>Elegir el color del tema seleccionado</translation>
    </message>
    <message>
        <source>Choose the key that tags a claim with the selected topic</source>
        <translation>Elegir la tecla que etiqueta una afirmación con el tema seleccionado</translation>
    </message>
    <message>
        <source>Close the topics editor</source>
        <translation>Cerrar el editor de temas</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Key %1 is already the shortcut of “%2”. Give that topic another key (or none) first.</source>
        <translation>La tecla %1 ya es el atajo de «%2». Asigne antes otra tecla (o ninguna) a ese tema.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Tema nuevo</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no key</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Recolour topic “%1”</source>
        <translation>Cambiar el color del tema «%1»</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Remove the key of “%1”</source>
        <translation>Quitar la tecla de «%1»</translation>
    </message>
    <message>
        <source>Remove the selected topic</source>
        <translation>Quitar el tema seleccionado</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Quitar tema</translation>
    </message>
    <message>
        <source>Remove topic “%1”</source>
        <translation>Quitar el tema «%1»</translation>
    </message>
    <message>
        <source>Rename the selected topic</source>
        <translation>Renombrar el tema seleccionado</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Renombrar tema</translation>
    </message>
    <message>
        <source>Rename topic “%1” to “%2”</source>
        <translation>Renombrar el tema «%1» como «%2»</translation>
    </message>
    <message>
        <source>Set key %1 for “%2”</source>
        <translation>Asignar la tecla %1 a «%2»</translation>
    </message>
    <message>
        <source>The topics file %1 cannot be read (%2). Fix or remove it to edit topics.</source>
        <translation>El archivo de temas %1 no se puede leer (%2). Repárelo o elimínelo para editar los temas.</translation>
    </message>
    <message>
        <source>The topics of the folder, with their keys; double-click one to rename it</source>
        <translation>Los temas de la carpeta, con sus teclas; haga doble clic en uno para renombrarlo</translation>
    </message>
    <message>
        <source>The topics were not saved: %1</source>
        <translation>Los temas no se guardaron: %1</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Topic colour</source>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?

This rewrites the annotation files and cannot be undone.</source>
        <translation>
            <numerusform>«%1» está en %Ln afirmación. ¿Quitar el tema y quitárselo también a esa afirmación?

Esto reescribe el archivo de anotaciones y no se puede deshacer.</numerusform>
            <numerusform>«%1» está en %Ln afirmaciones. ¿Quitar el tema y quitárselo también a esas afirmaciones?

Esto reescribe los archivos de anotaciones y no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not removed: %2</source>
        <translation>«%1» no se quitó: %2</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Nothing to undo or redo there: that claim was removed by another step.</source>
        <translation>No hay nada que deshacer ni rehacer ahí: esa afirmación se eliminó en otro paso.</translation>
    </message>
</context>
<context>
    <name>CompareHeader</name>
    <message>
        <source>⚠ claims unreadable (see tooltip)</source>
        <translation>⚠ afirmaciones ilegibles (vea la descripción emergente)</translation>
    </message>
</context>
<context>
    <name>CompareLauncher</name>
    <message>
        <source>Claims per cluster in each article</source>
        <translation>Afirmaciones por grupo en cada artículo</translation>
    </message>
    <message>
        <source>Claims per topic in each article</source>
        <translation>Afirmaciones por tema en cada artículo</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Each column is an article and each row a cluster: one fact as several articles report it. A cell lists what that article says of it: its quotes and notes. Click a quote, or move with the arrow keys and press Enter, to open it in the main window.</source>
        <translation>Cada columna es un artículo y cada fila un grupo: un mismo hecho tal como lo cuentan varios artículos. Una celda enumera lo que ese artículo dice de él: sus citas y notas. Haga clic en una cita, o muévase con las flechas y pulse Intro, para abrirla en la ventana principal.</translation>
    </message>
    <message>
        <source>Open a folder of articles to compare them.</source>
        <translation>Abra una carpeta de artículos para compararlos.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
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
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) · %1 of the text</source>
        <translation>
            <numerusform>%Ln afirmación · %1 del texto</numerusform>
            <numerusform>%Ln afirmaciones · %1 del texto</numerusform>
        </translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <source>Its claims could not be read: %1</source>
        <translation>No se pudieron leer sus afirmaciones: %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>Sin afirmaciones</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconocido</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>en %Ln artículo</numerusform>
            <numerusform>en %Ln artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%1 of %Ln article(s) shown</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln artículo</numerusform>
            <numerusform>Se muestran %1 de %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: todas</translation>
    </message>
    <message>
        <source>Articles in a language left out are not shown</source>
        <translation>No se muestran los artículos de un idioma excluido</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>Choose which languages to show</source>
        <translation>Elegir qué idiomas mostrar</translation>
    </message>
    <message>
        <source>Choose which rows to show</source>
        <translation>Elegir qué filas mostrar</translation>
    </message>
    <message>
        <source>Claims by row and article</source>
        <translation>Afirmaciones por fila y artículo</translation>
    </message>
    <message>
        <source>Compare Articles — Marginalia</source>
        <translation>Comparar artículos — Marginalia</translation>
    </message>
    <message>
        <source>Each column is an article and each row a topic. A cell lists that article&apos;s claims on the topic: how many there are, how much of the article&apos;s text they cover, and their quotes and notes. Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, to open it in the main window.</source>
        <translation>Cada columna es un artículo y cada fila un tema. Una celda enumera las afirmaciones de ese artículo sobre el tema: cuántas hay, cuánto texto del artículo cubren, y sus citas y notas. Haga clic en una cita, o muévase con las flechas (Alt+↓ para la siguiente afirmación de una celda) y pulse Intro, para abrirla en la ventana principal.</translation>
    </message>
    <message>
        <source>Hide the articles that have no claim in the rows shown</source>
        <translation>Ocultar los artículos sin afirmaciones en las filas mostradas</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Only articles with claims</source>
        <translation>Solo artículos con afirmaciones</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows left out are neither in the table nor in the chart</source>
        <translation>Las filas excluidas no aparecen ni en la tabla ni en el gráfico</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message numerus="yes">
        <source>The claims of %Ln file(s) could not all be read; the header of each says so and its tooltip says why.</source>
        <translation>
            <numerusform>No se pudieron leer todas las afirmaciones de %Ln archivo; su encabezado lo indica y su descripción emergente explica por qué.</numerusform>
            <numerusform>No se pudieron leer todas las afirmaciones de %Ln archivos; sus encabezados lo indican y sus descripciones emergentes explican por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each row of the table is</source>
        <translation>Qué es cada fila de la tabla</translation>
    </message>
    <message>
        <source>What is shown</source>
        <translation>Qué se muestra</translation>
    </message>
    <message>
        <source>What the comparison shows</source>
        <translation>Qué muestra la comparación</translation>
    </message>
</context>
<context>
    <name>CorpusSession</name>
    <message numerus="yes">
        <source>Another program changed these claims too; %Ln changed in both places: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>Otro programa también cambió estas afirmaciones; %Ln cambió en ambos lados: se conserva la versión más reciente y la otra queda en el historial (marginalia history ARTICLE).</numerusform>
            <numerusform>Otro programa también cambió estas afirmaciones; %Ln cambiaron en ambos lados: de cada una se conserva la versión más reciente y la otra queda en el historial (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program changed these claims; its changes are merged with yours.</source>
        <translation>Otro programa cambió estas afirmaciones; sus cambios se combinan con los de usted.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk but cannot be read (%1); your claims are kept here, and it is not written over.</source>
        <translation>El archivo de anotaciones cambió en el disco pero no se puede leer (%1); sus afirmaciones se conservan aquí y el archivo no se sobrescribe.</translation>
    </message>
    <message>
        <source>The annotation file changed on disk; taken in.</source>
        <translation>El archivo de anotaciones cambió en el disco; se han incorporado los cambios.</translation>
    </message>
    <message>
        <source>The article changed on disk; claims re-anchored: %1 exact, %2 moved, %3 fuzzy, %4 orphaned.</source>
        <translation>El artículo cambió en el disco; afirmaciones reancladas: %1 exactas, %2 desplazadas, %3 por aproximación, %4 huérfanas.</translation>
    </message>
    <message>
        <source>The article could not be re-read: %1</source>
        <translation>No se pudo volver a leer el artículo: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) could not be placed in the current text (orphaned): select one in the notes, select its text and press Ctrl+R to re-attach it.</source>
        <translation>
            <numerusform>%Ln afirmación no se pudo ubicar en el texto actual (huérfana): selecciónela en las notas, seleccione su texto y pulse Ctrl+R para reanclarla.</numerusform>
            <numerusform>%Ln afirmaciones no se pudieron ubicar en el texto actual (huérfanas): seleccione una en las notas, seleccione su texto y pulse Ctrl+R para reanclarla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln desplazada</numerusform>
            <numerusform>%Ln desplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphaned</source>
        <translation>
            <numerusform>%Ln huérfana</numerusform>
            <numerusform>%Ln huérfanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln placed by fuzzy match</source>
        <translation>
            <numerusform>%Ln ubicada por aproximación</numerusform>
            <numerusform>%Ln ubicadas por aproximación</numerusform>
        </translation>
    </message>
    <message>
        <source>An annotation record was kept unchanged but could not be read — %1</source>
        <translation>Un registro de anotación se conservó sin cambios pero no se pudo leer — %1</translation>
    </message>
    <message>
        <source>Read-only: the annotation file could not be read and is left as it is — %1</source>
        <translation>Solo lectura: el archivo de anotaciones no se pudo leer y se deja como está — %1</translation>
    </message>
    <message>
        <source>Read-only: the article is not to be annotated as it now reads — %1</source>
        <translation>Solo lectura: el artículo, tal como está ahora, no se puede anotar — %1</translation>
    </message>
    <message>
        <source>fuzzy match</source>
        <translation>por aproximación</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazada</translation>
    </message>
    <message>
        <source>orphaned — select text and re-attach</source>
        <translation>huérfana: seleccione texto y reánclela</translation>
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
        <translation>%1 ocupa %2 bytes, demasiado grande</translation>
    </message>
    <message>
        <source>%1 is a file of the corpus; choose another name</source>
        <translation>%1 es un archivo del corpus; elija otro nombre</translation>
    </message>
    <message>
        <source>%1 version: %2</source>
        <translation>versión %1: %2</translation>
    </message>
    <message>
        <source>%1, at %2: %3</source>
        <translation>%1, en %2: %3</translation>
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
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>a ZIP archive without project.qde, not a REFI-QDA project</source>
        <translation>un archivo ZIP sin project.qde, no un proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a link to %1, outside the corpus</source>
        <translation>un enlace a %1, fuera del corpus</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape</source>
        <translation>un sustituto UTF-16 suelto</translation>
    </message>
    <message>
        <source>a lone UTF-16 surrogate escape (byte %1)</source>
        <translation>un sustituto UTF-16 suelto (byte %1)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a topic named “%1” exists already</source>
        <translation>ya existe un tema llamado «%1»</translation>
    </message>
    <message>
        <source>a topic needs a name</source>
        <translation>un tema necesita un nombre</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>an EPUB e-book</source>
        <translation>un libro electrónico EPUB</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>another program has held it locked for over %1 s</source>
        <translation>otro programa lo mantiene bloqueado desde hace más de %1 s</translation>
    </message>
    <message>
        <source>article “%1”: matches %2 files; give the path within the corpus</source>
        <translation>artículo «%1»: coincide con %2 archivos; indique la ruta dentro del corpus</translation>
    </message>
    <message>
        <source>article “%1”: not in the corpus</source>
        <translation>artículo «%1»: no está en el corpus</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>datos binarios, no texto</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>cannot be read as %1</source>
        <translation>no se puede leer como %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>no se puede escribir</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>claim “%1” is in cluster “%2” too</source>
        <translation>la afirmación «%1» también está en el grupo «%2»</translation>
    </message>
    <message>
        <source>colour “%1” is not #RRGGBB</source>
        <translation>el color «%1» no tiene la forma #RRGGBB</translation>
    </message>
    <message>
        <source>decoded as %1 now; its claims were made on it decoded as %2</source>
        <translation>ahora se descodifica como %1; sus afirmaciones se hicieron sobre el texto descodificado como %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <translation>el final %1 está antes del inicio %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1 y hay %2</translation>
    </message>
    <message>
        <source>format “%1”: unknown; choose one of %2</source>
        <translation>formato «%1»: desconocido; elija uno de %2</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 falló: %2</translation>
    </message>
    <message>
        <source>git cannot be run (%1)</source>
        <translation>no se puede ejecutar git (%1)</translation>
    </message>
    <message>
        <source>git did not answer</source>
        <translation>git no respondió</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2</source>
        <translation>JSON no válido en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>no válido: %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>line %1: a concept needs an id and entries in two languages or more</source>
        <translation>línea %1: un concepto necesita un identificador y entradas en dos idiomas o más</translation>
    </message>
    <message>
        <source>line %1: missing or repeated concept id “%2”</source>
        <translation>línea %1: identificador de concepto ausente o repetido «%2»</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (%1)</source>
        <translation>combinada, pero no se puede apartar (%1)</translation>
    </message>
    <message>
        <source>merged, but cannot be moved aside (its folder is gone)</source>
        <translation>combinada, pero no se puede apartar (su carpeta ya no existe)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>negative offset %1</source>
        <translation>posición negativa %1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>anidado más de %1 niveles</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>nested too deeply (byte %1)</source>
        <translation>anidado a demasiada profundidad (byte %1)</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>no tag column in the first row: not a codebook CSV</source>
        <translation>no hay columna de etiquetas en la primera fila: no es un libro de códigos CSV</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>no hay texto</translation>
    </message>
    <message>
        <source>no text in %1</source>
        <translation>no hay texto en %1</translation>
    </message>
    <message>
        <source>no text layer on any of its %1 pages (a scan without OCR)</source>
        <translation>ninguna de sus %1 páginas tiene capa de texto (un escaneo sin OCR)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>not UTF-8</source>
        <translation>no es UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8 (byte %1)</source>
        <translation>no es UTF-8 (byte %1)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (damaged); opened read-only</source>
        <translation>no es UTF-8 en el byte %1 (dañado); abierto solo para lectura</translation>
    </message>
    <message>
        <source>not UTF-8, and no other text encoding fits</source>
        <translation>no es UTF-8 y no encaja ninguna otra codificación de texto</translation>
    </message>
    <message>
        <source>not W3C Web Annotations (no Annotation, page or collection)</source>
        <translation>no son W3C Web Annotations (ninguna Annotation, página ni colección)</translation>
    </message>
    <message>
        <source>not a claim</source>
        <translation>no es una afirmación</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not a regular file (%1)</source>
        <translation>no es un archivo normal (%1)</translation>
    </message>
    <message>
        <source>not a “%1” file</source>
        <translation>no es un archivo «%1»</translation>
    </message>
    <message>
        <source>not an HTML page with any content</source>
        <translation>no es una página HTML con contenido</translation>
    </message>
    <message>
        <source>not in a git work tree (run “git init” there, or choose a folder of a repository)</source>
        <translation>no está en un árbol de trabajo de git (ejecute «git init» allí o elija una carpeta de un repositorio)</translation>
    </message>
    <message>
        <source>not valid UTF-16 at byte %1</source>
        <translation>UTF-16 no válido en el byte %1</translation>
    </message>
    <message>
        <source>not well-formed XML at line %1, column %2</source>
        <translation>XML mal formado en la línea %1, columna %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <source>of the wrong kind</source>
        <translation>de un tipo incorrecto</translation>
    </message>
    <message>
        <source>offset %1 is beyond the text (%2 characters)</source>
        <translation>la posición %1 queda fuera del texto (%2 caracteres)</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>our</source>
        <translation>nuestra</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>repeated id “%1”</source>
        <translation>identificador repetido «%1»</translation>
    </message>
    <message>
        <source>reviewer “%1”: has no claims in the corpus</source>
        <translation>revisor «%1»: no tiene afirmaciones en el corpus</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;CodeBook&gt;</source>
        <translation>la raíz XML es &lt;%1&gt;, no un &lt;CodeBook&gt; de REFI-QDA</translation>
    </message>
    <message>
        <source>the XML root is &lt;%1&gt;, not a REFI-QDA &lt;Project&gt;</source>
        <translation>la raíz XML es &lt;%1&gt;, no un &lt;Project&gt; de REFI-QDA</translation>
    </message>
    <message>
        <source>the codebook has no topics, and a REFI-QDA codebook needs at least one</source>
        <translation>el libro de códigos no tiene temas, y un libro de códigos REFI-QDA necesita al menos uno</translation>
    </message>
    <message>
        <source>the collection&apos;s pages are not embedded (only a link to them)</source>
        <translation>las páginas de la colección no están incluidas (solo un enlace a ellas)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the e-book names no package document (META-INF/container.xml)</source>
        <translation>el libro electrónico no indica ningún documento de paquete (META-INF/container.xml)</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>el archivo está ocupado</translation>
    </message>
    <message>
        <source>the language model is damaged: %1</source>
        <translation>el modelo de idiomas está dañado: %1</translation>
    </message>
    <message>
        <source>the language model is missing</source>
        <translation>falta el modelo de idiomas</translation>
    </message>
    <message>
        <source>the topic “%1” is on claims (%2)</source>
        <translation>el tema «%1» está en afirmaciones (%2)</translation>
    </message>
    <message>
        <source>their</source>
        <translation>suya</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import</source>
        <translation>parece %1, que Marginalia no puede importar</translation>
    </message>
    <message>
        <source>this looks like %1, which Marginalia cannot import (%2)</source>
        <translation>parece %1, que Marginalia no puede importar (%2)</translation>
    </message>
    <message>
        <source>too large (%1 bytes; the limit is %2)</source>
        <translation>demasiado grande (%1 bytes; el límite es %2)</translation>
    </message>
    <message>
        <source>too large (over %1 bytes)</source>
        <translation>demasiado grande (más de %1 bytes)</translation>
    </message>
    <message>
        <source>topic “%1”: not in the codebook</source>
        <translation>tema «%1»: no está en el libro de códigos</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>two topics share a shortcut</source>
        <translation>dos temas comparten un atajo</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>versión de formato desconocida %1</translation>
    </message>
    <message>
        <source>unsupported offset unit “%1”</source>
        <translation>unidad de posición no admitida «%1»</translation>
    </message>
    <message>
        <source>written by a newer Marginalia</source>
        <translation>escrito por un Marginalia más reciente</translation>
    </message>
    <message>
        <source>written by a newer Marginalia (format %1; this version reads up to %2)</source>
        <translation>escrito por un Marginalia más reciente (formato %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag</source>
        <translation>«%1» no es una etiqueta de idioma BCP 47</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time with offset</source>
        <translation>«%1» no es una hora ISO 8601 con desfase</translation>
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
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%Ln artículo no se pudo leer y queda fuera.</numerusform>
            <numerusform>%Ln artículos no se pudieron leer y quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <comment>exported</comment>
        <translation>
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ninguno</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(sin revisor)</translation>
    </message>
    <message>
        <source>A readable report of the claims, grouped by topic.</source>
        <translation>Un informe legible de las afirmaciones, agrupadas por tema.</translation>
    </message>
    <message>
        <source>A&amp;djudicated claims only</source>
        <translation>Solo afirmaciones &amp;arbitradas</translation>
    </message>
    <message>
        <source>About the format</source>
        <translation>Acerca del formato</translation>
    </message>
    <message>
        <source>All articles (%1)</source>
        <translation>Todos los artículos (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>Check all topics</source>
        <translation>Marcar todos los temas</translation>
    </message>
    <message>
        <source>Check at least one topic.</source>
        <translation>Marque al menos un tema.</translation>
    </message>
    <message>
        <source>Check every topic</source>
        <translation>Marcar todos los temas</translation>
    </message>
    <message>
        <source>Choose where to write the file, then write it</source>
        <translation>Elegir dónde escribir el archivo y escribirlo</translation>
    </message>
    <message>
        <source>Claims of %1 only, as the window shows them (Reviewers menu).</source>
        <translation>Solo las afirmaciones de %1, como las muestra la ventana (menú Revisores).</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Cerrar sin exportar</translation>
    </message>
    <message>
        <source>Could not export to %1: %2. Nothing was written; choose another folder or name.</source>
        <translation>No se pudo exportar a %1: %2. No se escribió nada; elija otra carpeta u otro nombre.</translation>
    </message>
    <message>
        <source>Current article</source>
        <translation>Artículo actual</translation>
    </message>
    <message>
        <source>Current article: %1</source>
        <translation>Artículo actual: %1</translation>
    </message>
    <message>
        <source>Every claim, with or without a topic.</source>
        <translation>Todas las afirmaciones, con o sin tema.</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vista previa de la exportación</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Resumen de la exportación</translation>
    </message>
    <message>
        <source>Export the claims of every article of the folder</source>
        <translation>Exportar las afirmaciones de todos los artículos de la carpeta</translation>
    </message>
    <message>
        <source>Export the claims of the article open in the window</source>
        <translation>Exportar las afirmaciones del artículo abierto en la ventana</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3.</source>
        <translation>Se exportaron %1 %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the codebook (%Ln topic(s)) to %1.</source>
        <translation>
            <numerusform>Se exportó el libro de códigos (%Ln tema) a %1.</numerusform>
            <numerusform>Se exportó el libro de códigos (%Ln temas) a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <source>It is inside the corpus folder, so the library will list it as an article.</source>
        <translation>Está dentro de la carpeta del corpus, así que la biblioteca lo mostrará como un artículo.</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Informe Markdown</translation>
    </message>
    <message>
        <source>Nothing to export: no topic is checked.</source>
        <translation>Nada que exportar: no hay ningún tema marcado.</translation>
    </message>
    <message>
        <source>One row per claim, for a spreadsheet or a script.</source>
        <translation>Una fila por afirmación, para una hoja de cálculo o un script.</translation>
    </message>
    <message>
        <source>One self-contained page with each article&apos;s text and highlighted claims.</source>
        <translation>Una página autónoma con el texto de cada artículo y sus afirmaciones resaltadas.</translation>
    </message>
    <message>
        <source>Only claims with a checked topic; articles without one are left out.</source>
        <translation>Solo las afirmaciones con un tema marcado; los artículos sin ninguna quedan fuera.</translation>
    </message>
    <message>
        <source>Only the adjudicator&apos;s decisions: claims settled from two reviewers&apos; claims (Reviewers ▸ Adjudicate…)</source>
        <translation>Solo las decisiones del árbitro: afirmaciones resueltas a partir de las afirmaciones de dos revisores (Revisores ▸ Arbitrar…)</translation>
    </message>
    <message>
        <source>Only the claims of the checked topics are exported; Space checks or unchecks a topic</source>
        <translation>Solo se exportan las afirmaciones de los temas marcados; Espacio marca o desmarca un tema</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)</source>
        <translation>Libro de códigos REFI-QDA (.qdc)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Proyecto REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. The preview shows its project.qde.</source>
        <translation>Textos, códigos y codificaciones para ATLAS.ti, MAXQDA, NVivo y otras herramientas QDA. La vista previa muestra su project.qde.</translation>
    </message>
    <message>
        <source>The beginning of the file as it will be written, read-only</source>
        <translation>El comienzo del archivo tal como se escribirá, de solo lectura</translation>
    </message>
    <message>
        <source>The codebook export holds every topic.</source>
        <translation>La exportación del libro de códigos contiene todos los temas.</translation>
    </message>
    <message>
        <source>The kind of file to write</source>
        <translation>El tipo de archivo que se escribirá</translation>
    </message>
    <message>
        <source>The open standard for annotations: one JSON-LD file, offsets in code points.</source>
        <translation>El estándar abierto para anotaciones: un archivo JSON-LD, con posiciones en puntos de código.</translation>
    </message>
    <message>
        <source>The topics only, for QDA tools.</source>
        <translation>Solo los temas, para herramientas QDA.</translation>
    </message>
    <message>
        <source>This export cannot be made: %1</source>
        <translation>Esta exportación no se puede hacer: %1</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topics to export</source>
        <translation>Temas que se exportan</translation>
    </message>
    <message>
        <source>Uncheck all topics</source>
        <translation>Desmarcar todos los temas</translation>
    </message>
    <message>
        <source>Uncheck every topic</source>
        <translation>Desmarcar todos los temas</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Which claims are exported</source>
        <translation>Qué afirmaciones se exportan</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln article(s)</source>
        <translation>
            <numerusform>de %Ln artículo</numerusform>
            <numerusform>de %Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>preview cut at %1 of %2 characters; the file has everything</source>
        <translation>vista previa cortada en %1 de %2 caracteres; el archivo lo tiene todo</translation>
    </message>
    <message>
        <source>showing %1 from the archive</source>
        <translation>se muestra %1 del archivo comprimido</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message numerus="yes">
        <source>%1 coded %Ln character(s) (%2 of the text)</source>
        <translation>
            <numerusform>%1 codificó %Ln carácter (%2 del texto)</numerusform>
            <numerusform>%1 codificó %Ln caracteres (%2 del texto)</numerusform>
        </translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Todos los temas (media)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
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
        <translation>&amp;Copiar tabla</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Acerca de la celda actual</translation>
    </message>
    <message>
        <source>Arrow keys move from figure to figure; the line under the table says what the current one means</source>
        <translation>Las flechas pasan de un índice a otro; la línea bajo la tabla explica el actual</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>Copy the table as shown, to paste into a spreadsheet or a document (Ctrl+C in the table copies the selected cells)</source>
        <translation>Copiar la tabla tal como se ve, para pegarla en una hoja de cálculo o un documento (Ctrl+C en la tabla copia las celdas seleccionadas)</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Exportar los índices como CSV</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file: proportions with a dot, and why each missing figure is missing</source>
        <translation>Guardar los índices en un archivo CSV: proporciones con punto decimal, y por qué falta cada índice que falta</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>El índice actual en palabras, y por qué falta si falta</translation>
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
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Every match is painted in the text; Enter goes to the next, Shift+Enter to the previous, Esc closes</source>
        <translation>Cada coincidencia se marca en el texto; Intro va a la siguiente, Shift+Intro a la anterior, Esc cierra</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Intro)</translation>
    </message>
</context>
<context>
    <name>HeatMapPanel</name>
    <message>
        <source>%1 per article and topic</source>
        <translation>%1 por artículo y tema</translation>
    </message>
    <message numerus="yes">
        <source>%Ln further article(s) in the tables, not drawn here.</source>
        <translation>
            <numerusform>%Ln artículo más está en las tablas, no en el gráfico.</numerusform>
            <numerusform>Los %Ln artículos restantes están en las tablas, no en el gráfico.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>Í&amp;ndice:</translation>
    </message>
    <message>
        <source>About the current cell</source>
        <translation>Acerca de la celda actual</translation>
    </message>
    <message>
        <source>All articles (pooled)</source>
        <translation>Todos los artículos (en conjunto)</translation>
    </message>
    <message>
        <source>All topics (mean)</source>
        <translation>Todos los temas (media)</translation>
    </message>
    <message>
        <source>Figure shown in the heat map</source>
        <translation>Índice que muestra el mapa de calor</translation>
    </message>
    <message>
        <source>Heat map of agreement per article and topic</source>
        <translation>Mapa de calor de la concordancia por artículo y tema</translation>
    </message>
    <message>
        <source>Nothing to draw: choose at least one article and one topic.</source>
        <translation>Nada que dibujar: elija al menos un artículo y un tema.</translation>
    </message>
    <message>
        <source>One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the value is written in each cell. Hatched cells have no figure.</source>
        <translation>Un índice por artículo y tema: el color va de oscuro (0 o menos) a claro (1), y el valor está escrito en cada celda. Las celdas rayadas no tienen índice.</translation>
    </message>
    <message>
        <source>The current figure in words, and why it is missing if it is</source>
        <translation>El índice actual en palabras, y por qué falta si falta</translation>
    </message>
    <message>
        <source>Which agreement figure colours the cells</source>
        <translation>Qué índice de concordancia colorea las celdas</translation>
    </message>
    <message>
        <source>no figure (the words in the cell say why)</source>
        <translation>sin índice (la celda dice por qué)</translation>
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
        <translation>A&amp;lto contraste</translation>
    </message>
    <message>
        <source>White text on black, the chosen item in yellow, for low vision</source>
        <translation>Texto blanco sobre negro y lo elegido en amarillo, para la baja visión</translation>
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
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) updated</source>
        <translation>
            <numerusform>%Ln afirmación actualizada</numerusform>
            <numerusform>%Ln afirmaciones actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be placed in the text and are kept as orphans to re-attach.</source>
        <translation>
            <numerusform>%Ln no se pudo ubicar en el texto y se conserva como huérfana para reanclarla.</numerusform>
            <numerusform>%Ln no se pudieron ubicar en el texto y se conservan como huérfanas para reanclarlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ(s) from claims here that are not older: the claims here are kept, and the incoming versions are in the articles&apos; history.</source>
        <translation>
            <numerusform>%Ln difiere de una afirmación de aquí que no es más antigua: se conserva la afirmación de aquí y la versión importada queda en el historial del artículo.</numerusform>
            <numerusform>%Ln difieren de afirmaciones de aquí que no son más antiguas: se conservan las afirmaciones de aquí y las versiones importadas quedan en el historial de los artículos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched no article of this folder.</source>
        <translation>
            <numerusform>%Ln no correspondía a ningún artículo de esta carpeta.</numerusform>
            <numerusform>%Ln no correspondían a ningún artículo de esta carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new claim(s)</source>
        <translation>
            <numerusform>%Ln afirmación nueva</numerusform>
            <numerusform>%Ln afirmaciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were here already.</source>
        <translation>
            <numerusform>%Ln ya estaba aquí.</numerusform>
            <numerusform>%Ln ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were left out:</source>
        <translation>
            <numerusform>%Ln quedó fuera:</numerusform>
            <numerusform>%Ln quedaron fuera:</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Codebook CSV (Taguette)</source>
        <translation>Libro de códigos CSV (Taguette)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <source>Everything Marginalia imports (%1)</source>
        <translation>Todo lo que importa Marginalia (%1)</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Imported %1 and updated %2 from %3.</source>
        <translation>Se importaron %1 y se actualizaron %2 desde %3.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importando en %1…</translation>
    </message>
    <message>
        <source>New topics: %1.</source>
        <translation>Temas nuevos: %1.</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>W3C Web Annotations or Hypothesis export</source>
        <translation>W3C Web Annotations o exportación de Hypothesis</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>en %Ln artículo</numerusform>
            <numerusform>en %Ln artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not to be written: %2</source>
        <translation>%1 no debe escribirse: %2</translation>
    </message>
    <message>
        <source>%1, not text</source>
        <translation>%1, no texto</translation>
    </message>
    <message>
        <source>a PDF without a plain-text representation</source>
        <translation>un PDF sin representación en texto plano</translation>
    </message>
    <message>
        <source>a link between annotations none of which is a claim here</source>
        <translation>un enlace entre anotaciones, ninguna de las cuales es aquí una afirmación</translation>
    </message>
    <message>
        <source>a page note, attached to no text</source>
        <translation>una nota de página, sin texto al que se refiera</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a recording</source>
        <translation>una grabación</translation>
    </message>
    <message>
        <source>a reply to another annotation, attached to no text</source>
        <translation>una respuesta a otra anotación, sin texto al que se refiera</translation>
    </message>
    <message>
        <source>a topic of that name exists already</source>
        <translation>ya existe un tema con ese nombre</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>ya estaba aquí, sin cambios</translation>
    </message>
    <message>
        <source>already in the corpus</source>
        <translation>ya está en el corpus</translation>
    </message>
    <message>
        <source>cluster already here, unchanged</source>
        <translation>grupo ya presente, sin cambios</translation>
    </message>
    <message>
        <source>id %1 occurs earlier in the file</source>
        <translation>el identificador %1 ya aparece antes en el archivo</translation>
    </message>
    <message>
        <source>no quote, and the position is beyond the text</source>
        <translation>sin cita, y la posición queda fuera del texto</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin destino</translation>
    </message>
    <message>
        <source>no usable TextQuoteSelector or TextPositionSelector</source>
        <translation>ningún TextQuoteSelector ni TextPositionSelector utilizable</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not an Annotation, AnnotationPage or AnnotationCollection</source>
        <translation>no es una Annotation, AnnotationPage ni AnnotationCollection</translation>
    </message>
    <message>
        <source>not imported: it has no text</source>
        <translation>no importado: no tiene texto</translation>
    </message>
    <message>
        <source>not imported: it has only rich text (richTextPath), no plain text</source>
        <translation>no importado: solo tiene texto enriquecido (richTextPath), no texto plano</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project</source>
        <translation>no importado: su texto %1 no está en el proyecto</translation>
    </message>
    <message>
        <source>not imported: its text %1 is not in the project (files outside the project are not read)</source>
        <translation>no importado: su texto %1 no está en el proyecto (no se leen archivos de fuera del proyecto)</translation>
    </message>
    <message>
        <source>positions %1–%2 are not in the source&apos;s text (%3 characters)</source>
        <translation>las posiciones %1–%2 no están en el texto de la fuente (%3 caracteres)</translation>
    </message>
    <message>
        <source>the article %1 cannot be read: %2</source>
        <translation>no se puede leer el artículo %1: %2</translation>
    </message>
    <message>
        <source>the target is a whole resource, without a text selector</source>
        <translation>el destino es un recurso entero, sin selector de texto</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Marginalia will be in %1 from its next start.</source>
        <translation>Marginalia estará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The interface stays in %1.</source>
        <translation>La interfaz sigue en %1.</translation>
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
        <translation>árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>checo</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconocido</translation>
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
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <source>Filter articles…</source>
        <translation>Filtrar artículos…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Shows only the articles whose title, language, topics or other columns hold these words; Down enters the list</source>
        <translation>Muestra solo los artículos cuyo título, idioma, temas u otras columnas contienen estas palabras; Abajo entra en la lista</translation>
    </message>
    <message>
        <source>The articles of the folder; choosing one opens it</source>
        <translation>Los artículos de la carpeta; elegir uno lo abre</translation>
    </message>
    <message>
        <source>Words of the title, language, topics or any column shown; accents and case are ignored</source>
        <translation>Palabras del título, el idioma, los temas o cualquier columna visible; se ignoran los acentos y las mayúsculas</translation>
    </message>
</context>
<context>
    <name>Linking</name>
    <message numerus="yes">
        <source>%n claim(s) found</source>
        <translation>
            <numerusform>%n afirmación encontrada</numerusform>
            <numerusform>%n afirmaciones encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) found so far; still reading the other articles’ claims…</source>
        <translation>
            <numerusform>%n afirmación encontrada hasta ahora; aún se están leyendo las afirmaciones de los otros artículos…</numerusform>
            <numerusform>%n afirmaciones encontradas hasta ahora; aún se están leyendo las afirmaciones de los otros artículos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims to link to</source>
        <translation>Afirmaciones con las que vincular</translation>
    </message>
    <message>
        <source>Cluster label</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Cluster note</source>
        <translation>Nota del grupo</translation>
    </message>
    <message>
        <source>Edit cluster note</source>
        <translation>Editar nota del grupo</translation>
    </message>
    <message>
        <source>Leave cluster</source>
        <translation>Sacar del grupo</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Vincular afirmaciones</translation>
    </message>
    <message>
        <source>Link “%1” to…</source>
        <translation>Vincular «%1» con…</translation>
    </message>
    <message>
        <source>Linked with “%1” in the cluster “%2” (Ctrl+Z undoes it).</source>
        <translation>Vinculada con «%1» en el grupo «%2» (Ctrl+Z lo deshace).</translation>
    </message>
    <message numerus="yes">
        <source>More than %n claims found: type more words to narrow them.</source>
        <translation>
            <numerusform>Más de %n afirmación encontrada: escriba más palabras para acotar la búsqueda.</numerusform>
            <numerusform>Más de %n afirmaciones encontradas: escriba más palabras para acotar la búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the new cluster: the fact these claims report</source>
        <translation>Ponga nombre al nuevo grupo: el hecho que cuentan estas afirmaciones</translation>
    </message>
    <message>
        <source>Note on the cluster “%1”</source>
        <translation>Nota sobre el grupo «%1»</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Renombrar grupo</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Renombrar el grupo</translation>
    </message>
    <message>
        <source>Search claims to link to</source>
        <translation>Buscar afirmaciones con las que vincular</translation>
    </message>
    <message>
        <source>Select a claim first (click a highlight or a note), then Link to… (Ctrl+L).</source>
        <translation>Elija antes una afirmación (haga clic en un resaltado o en una nota) y luego Vincular con… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Select some text, or choose a claim, on both sides to link them.</source>
        <translation>Seleccione texto o elija una afirmación en ambos lados para vincularlos.</translation>
    </message>
    <message>
        <source>That claim is no longer in “%1” (deleted, or its article removed).</source>
        <translation>Esa afirmación ya no está en «%1» (se eliminó, o se quitó su artículo).</translation>
    </message>
    <message>
        <source>That claim’s annotation file cannot be read: %1</source>
        <translation>No se puede leer el archivo de anotaciones de esa afirmación: %1</translation>
    </message>
    <message>
        <source>The chosen claim is in no cluster.</source>
        <translation>La afirmación elegida no está en ningún grupo.</translation>
    </message>
    <message>
        <source>The chosen claim is linked to no other claim (Ctrl+L links one).</source>
        <translation>La afirmación elegida no está vinculada con ninguna otra afirmación (Ctrl+L vincula una).</translation>
    </message>
    <message>
        <source>The claim left the cluster “%1” (Ctrl+Z undoes it).</source>
        <translation>La afirmación salió del grupo «%1» (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>The clusters file cannot be read, so links cannot be changed: %1</source>
        <translation>El archivo de grupos no se puede leer, así que no se pueden cambiar los vínculos: %1</translation>
    </message>
    <message>
        <source>These claims are linked already.</source>
        <translation>Estas afirmaciones ya están vinculadas.</translation>
    </message>
    <message>
        <source>Words of a quote, a note, a cluster, an article or a language…</source>
        <translation>Palabras de una cita, una nota, un grupo, un artículo o un idioma…</translation>
    </message>
    <message>
        <source>already in this cluster</source>
        <translation>ya en este grupo</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>grupo «%1»</translation>
    </message>
    <message>
        <source>“%1”
%2</source>
        <translation>«%1»
%2</translation>
    </message>
    <message>
        <source>“%1” is read-only: its annotation file could not be read.</source>
        <translation>«%1» es de solo lectura: su archivo de anotaciones no se pudo leer.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter links · Esc cancels. Linked claims form a cluster: one fact as several articles report it.</source>
        <translation>↑ ↓ eligen · Intro vincula · Esc cancela. Las afirmaciones vinculadas forman un grupo: un mismo hecho tal como lo cuentan varios artículos.</translation>
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
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Acerca de Marginalia</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Article facts</source>
        <translation>Datos del artículo</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Idioma del artículo</translation>
    </message>
    <message>
        <source>BCP 47 language tag (e.g. vi, pt-BR, ar):</source>
        <translation>Etiqueta de idioma BCP 47 (p. ej., vi, pt-BR, ar):</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>No se puede abrir el artículo</translation>
    </message>
    <message>
        <source>Cannot open folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>Could not save: %1. Your changes are kept and saving will be retried.</source>
        <translation>No se pudo guardar: %1. Sus cambios se conservan y se volverá a intentar.</translation>
    </message>
    <message>
        <source>Marginalia %1 — offline reading and annotation for researchers.</source>
        <translation>Marginalia %1: lectura y anotación sin conexión para investigadores.</translation>
    </message>
    <message>
        <source>Not listed, not read: %1</source>
        <translation>No listados ni leídos: %1</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Sin guardar: reintentando</translation>
    </message>
    <message>
        <source>Only the claims of these topics are shown</source>
        <translation>Solo se muestran las afirmaciones de estos temas</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>Abrir una carpeta de artículos</translation>
    </message>
    <message>
        <source>Problems with this article</source>
        <translation>Problemas de este artículo</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>Leyendo la biblioteca</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2</source>
        <translation>Leyendo la biblioteca… %1 de %2</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Establecer idioma</translation>
    </message>
    <message>
        <source>Showing claims of: %1 (Ctrl+0 shows all)</source>
        <translation>Afirmaciones mostradas de: %1 (Ctrl+0 muestra todas)</translation>
    </message>
    <message>
        <source>Some changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Algunos cambios no se pudieron guardar:
%1

¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>That claim is no longer in the article.</source>
        <translation>Esa afirmación ya no está en el artículo.</translation>
    </message>
    <message>
        <source>The article&apos;s language, its claims and how they were placed in the text</source>
        <translation>El idioma del artículo, sus afirmaciones y cómo se ubicaron en el texto</translation>
    </message>
    <message>
        <source>The reader beside is for comparing and linking: View ▸ Swap Readers brings its article here to edit it.</source>
        <translation>El visor lateral sirve para comparar y vincular: Ver ▸ Intercambiar visores trae su artículo aquí para editarlo.</translation>
    </message>
    <message>
        <source>The topics file could not be read and is left as it is: %1</source>
        <translation>El archivo de temas no se pudo leer y se deja como está: %1</translation>
    </message>
    <message>
        <source>Topics shown</source>
        <translation>Temas mostrados</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Whether every change is written to the annotation file</source>
        <translation>Si todos los cambios están escritos en el archivo de anotaciones</translation>
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
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>&amp;Address (URL)</source>
        <translation>&amp;Dirección (URL)</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publicado</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Article Details — %1</source>
        <translation>Datos del artículo — %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The article&apos;s title, as the library shows it</source>
        <translation>El título del artículo, tal como lo muestra la biblioteca</translation>
    </message>
    <message>
        <source>The date must be written as YYYY-MM-DD (for example 2024-05-06).</source>
        <translation>La fecha debe escribirse como AAAA-MM-DD (por ejemplo, 2024-05-06).</translation>
    </message>
    <message>
        <source>The date of publication, written YYYY-MM-DD</source>
        <translation>La fecha de publicación, escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>The newspaper, site or agency that published the article</source>
        <translation>El periódico, sitio o agencia que publicó el artículo</translation>
    </message>
    <message>
        <source>Where the article was published</source>
        <translation>Dónde se publicó el artículo</translation>
    </message>
    <message>
        <source>Who wrote the article</source>
        <translation>Quién escribió el artículo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
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
        <translation>Escriba una nota… (Esc al terminar)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>No claims in this article yet.

View ▸ Swap Readers brings it to the main reader to highlight some.</source>
        <translation>Este artículo aún no tiene afirmaciones.

Ver ▸ Intercambiar visores lo lleva al visor principal para resaltar algunas.</translation>
    </message>
    <message>
        <source>No claims shown.

Select text in the article and press H to highlight a claim, then 1, 2, 3… to tag it with topics and N or Enter to write a note.</source>
        <translation>No se muestra ninguna afirmación.

Seleccione texto en el artículo y pulse H para resaltar una afirmación; luego 1, 2, 3… para etiquetarla con temas y N o Intro para escribir una nota.</translation>
    </message>
    <message>
        <source>No claims with the chosen topics.

View ▸ Show Claims of Topics changes the choice.</source>
        <translation>Ninguna afirmación tiene los temas elegidos.

Ver ▸ Mostrar afirmaciones de temas cambia la elección.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>One card per claim, level with its highlight: Up and Down choose a card, Enter goes to its claim in the text, N writes its note</source>
        <translation>Una tarjeta por afirmación, a la altura de su resaltado: Arriba y Abajo eligen una tarjeta, Intro lleva a su afirmación en el texto, N escribe su nota</translation>
    </message>
</context>
<context>
    <name>PassageList</name>
    <message>
        <source>Passages compared</source>
        <translation>Fragmentos comparados</translation>
    </message>
</context>
<context>
    <name>PassageView</name>
    <message>
        <source>Article text with both reviewers&apos; claims</source>
        <translation>Texto del artículo con las afirmaciones de ambos revisores</translation>
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
        <translation>%1: nada codificado</translation>
    </message>
    <message>
        <source>Agreement (overlapping, same topics)</source>
        <translation>Concordancia (solapamiento, mismos temas)</translation>
    </message>
    <message>
        <source>Agreement (same span, same topics)</source>
        <translation>Concordancia (mismo tramo, mismos temas)</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Disagreement (coded by one reviewer only)</source>
        <translation>Discrepancia (codificado por un solo revisor)</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>to settle</source>
        <translation>por resolver</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Añadir a los colores personalizados</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Colores &amp;básicos</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Colores &amp;personalizados</translation>
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
        <translation>&amp;Tomar un color de la pantalla</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>&amp;Rojo:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>&amp;Saturación:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Canal a&amp;lfa:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>A&amp;zul:</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Cursor en %1, %2
Pulse Esc para cancelar</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Elegir color</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Separa el panel de la ventana y lo vuelve a acoplar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles…</translation>
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
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>The article, read-only, with its claims highlighted: select text and press H to highlight a claim; Tab goes from claim to claim</source>
        <translation>El artículo, de solo lectura, con sus afirmaciones resaltadas: seleccione texto y pulse H para resaltar una afirmación; Tab pasa de una afirmación a otra</translation>
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
            <numerusform>%Ln afirmación</numerusform>
            <numerusform>%Ln afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cluster(s): each row is one fact, each column what an article says of it.</source>
        <translation>
            <numerusform>%Ln grupo: cada fila es un hecho y cada columna lo que un artículo dice de él.</numerusform>
            <numerusform>%Ln grupos: cada fila es un hecho y cada columna lo que un artículo dice de él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more article(s) in the table, not drawn</source>
        <translation>
            <numerusform>%Ln artículo más en la tabla, sin dibujar</numerusform>
            <numerusform>%Ln artículos más en la tabla, sin dibujar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more member(s) not in this export</source>
        <translation>
            <numerusform>%Ln afirmación más del grupo no está en esta exportación</numerusform>
            <numerusform>%Ln afirmaciones más del grupo no están en esta exportación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more topic(s) with fewer claims in the table, not drawn</source>
        <translation>
            <numerusform>%Ln tema más, con menos afirmaciones, en la tabla, sin dibujar</numerusform>
            <numerusform>%Ln temas más, con menos afirmaciones, en la tabla, sin dibujar</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty selection)</source>
        <translation>(selección vacía)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation>Entre medios</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Claims per topic</source>
        <translation>Afirmaciones por tema</translation>
    </message>
    <message>
        <source>Claims per topic per article</source>
        <translation>Afirmaciones por tema y artículo</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>Marginalia report</source>
        <translation>Informe de Marginalia</translation>
    </message>
    <message>
        <source>No claims matched.</source>
        <translation>Ninguna afirmación coincide.</translation>
    </message>
    <message>
        <source>No claims to chart.</source>
        <translation>No hay afirmaciones para el gráfico.</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Sin afirmaciones.</translation>
    </message>
    <message>
        <source>Not found in the text: “%1”</source>
        <translation>No se encuentra en el texto: «%1»</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>también: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>caracteres %1–%2</translation>
    </message>
    <message>
        <source>claims</source>
        <comment>the unit of the chart&apos;s vertical axis</comment>
        <translation>afirmaciones</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>en %Ln artículo</numerusform>
            <numerusform>en %Ln artículos</numerusform>
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
        <translation>Nombre de revisor</translation>
    </message>
    <message>
        <source>You can change it later in Reviewers ▸ Your Reviewer Name….</source>
        <translation>Puede cambiarlo más tarde en Revisores ▸ Su nombre de revisor….</translation>
    </message>
    <message>
        <source>Your Reviewer Name</source>
        <translation>Su nombre de revisor</translation>
    </message>
    <message>
        <source>Your claims are saved under this name, so a team&apos;s claims can be told apart, compared and merged.</source>
        <translation>Sus afirmaciones se guardan con este nombre, para que las afirmaciones de un equipo puedan distinguirse, compararse y combinarse.</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Su nombre o sus iniciales</translation>
    </message>
</context>
<context>
    <name>ReviewersMenu</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>&amp;My Claims Only (Independent Coding)</source>
        <translation>&amp;Solo mis afirmaciones (codificación independiente)</translation>
    </message>
    <message>
        <source>(no reviewer)</source>
        <translation>(sin revisor)</translation>
    </message>
    <message>
        <source>A&amp;ll Reviewers</source>
        <translation>&amp;Todos los revisores</translation>
    </message>
    <message>
        <source>Claims of %1 only</source>
        <translation>Solo afirmaciones de %1</translation>
    </message>
    <message>
        <source>Hide the other reviewers&apos; claims, notes and counts everywhere, to code without seeing them</source>
        <translation>Ocultar en todas partes las afirmaciones, notas y recuentos de los demás revisores, para codificar sin verlos</translation>
    </message>
    <message>
        <source>Independent coding: only your claims (%1) are shown</source>
        <translation>Codificación independiente: solo se muestran sus afirmaciones (%1)</translation>
    </message>
    <message>
        <source>New claims are saved under the name %1.</source>
        <translation>Las nuevas afirmaciones se guardan con el nombre %1.</translation>
    </message>
    <message>
        <source>Only These Reviewers:</source>
        <translation>Solo estos revisores:</translation>
    </message>
    <message>
        <source>Reviewers shown</source>
        <translation>Revisores mostrados</translation>
    </message>
    <message>
        <source>Show every reviewer&apos;s claims</source>
        <translation>Mostrar las afirmaciones de todos los revisores</translation>
    </message>
    <message>
        <source>The name your new claims are saved under</source>
        <translation>El nombre con el que se guardan sus nuevas afirmaciones</translation>
    </message>
    <message>
        <source>Your Reviewer &amp;Name…</source>
        <translation>Su &amp;nombre de revisor…</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles with the words searched for; Enter opens one</source>
        <translation>Artículos con las palabras buscadas; Intro abre uno</translation>
    </message>
    <message>
        <source>Indexing articles…</source>
        <translation>Indexando artículos…</translation>
    </message>
    <message>
        <source>Indexing articles… %1 of %2</source>
        <translation>Indexando artículos… %1 de %2</translation>
    </message>
    <message>
        <source>Search all articles</source>
        <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search the text of all articles…</source>
        <translation>Buscar en el texto de todos los artículos…</translation>
    </message>
    <message>
        <source>Words to find in the text of every article of the folder; Enter opens the first article found</source>
        <translation>Palabras que buscar en el texto de todos los artículos de la carpeta; Intro abre el primer artículo encontrado</translation>
    </message>
</context>
<context>
    <name>SideDocks</name>
    <message>
        <source>Search All Articles</source>
        <translation>Buscar en todos los artículos</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Archivo de anotaciones (JSON)</translation>
    </message>
</context>
<context>
    <name>SidecarView</name>
    <message>
        <source>No article is open.</source>
        <translation>No hay ningún artículo abierto.</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Ningún artículo abierto</translation>
    </message>
    <message>
        <source>Not on disk yet: saving shortly.</source>
        <translation>Aún no está en el disco: se guardará en breve.</translation>
    </message>
    <message>
        <source>Not on disk yet: the file is written with the first claim.</source>
        <translation>Aún no está en el disco: el archivo se escribe con la primera afirmación.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. Saving will be retried.</source>
        <translation>Aún no guardado: %1. Se volverá a intentar.</translation>
    </message>
    <message>
        <source>Not shown: this file cannot be read as claims, and it may hold other reviewers&apos; claims (Reviewers menu).</source>
        <translation>No se muestra: este archivo no se puede leer como afirmaciones y puede contener afirmaciones de otros revisores (menú Revisores).</translation>
    </message>
    <message>
        <source>On disk and up to date.</source>
        <translation>En el disco y al día.</translation>
    </message>
    <message>
        <source>On disk, with unsaved changes: saving shortly.</source>
        <translation>En el disco, con cambios sin guardar: se guardará en breve.</translation>
    </message>
    <message>
        <source>Only the claims of the reviewers shown are listed here; the file keeps everyone&apos;s.</source>
        <translation>Aquí solo aparecen las afirmaciones de los revisores mostrados; el archivo conserva las de todos.</translation>
    </message>
    <message>
        <source>Read-only: the file cannot be read (%1). It is shown as it is on disk and will not be written.</source>
        <translation>Solo lectura: el archivo no se puede leer (%1). Se muestra tal como está en el disco y no se escribirá.</translation>
    </message>
    <message>
        <source>Sidecar JSON</source>
        <translation>Archivo de anotaciones (JSON)</translation>
    </message>
    <message>
        <source>Sidecar file</source>
        <translation>Archivo de anotaciones</translation>
    </message>
    <message>
        <source>Sidecar state</source>
        <translation>Estado del archivo de anotaciones</translation>
    </message>
    <message>
        <source>The annotation file as it is on disk, read-only</source>
        <translation>El archivo de anotaciones tal como está en el disco, de solo lectura</translation>
    </message>
    <message>
        <source>The annotation file of the open article</source>
        <translation>El archivo de anotaciones del artículo abierto</translation>
    </message>
    <message>
        <source>Whether the file on disk holds every change</source>
        <translation>Si el archivo en el disco contiene todos los cambios</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Accept suggestion</source>
        <translation>Aceptar sugerencia</translation>
    </message>
    <message>
        <source>Cannot open the article: %1</source>
        <translation>No se puede abrir el artículo: %1</translation>
    </message>
    <message>
        <source>Choose a claim or select some text first, then Find in Other Articles (Ctrl+Shift+O).</source>
        <translation>Elija antes una afirmación o seleccione algo de texto y luego Buscar en otros artículos (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Find in Other Articles</source>
        <translation>Buscar en otros artículos</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra antes un artículo.</translation>
    </message>
    <message>
        <source>That article changed since it was searched; looking again.</source>
        <translation>Ese artículo cambió después de la búsqueda; se vuelve a buscar.</translation>
    </message>
    <message>
        <source>The claim looked for is no longer there.</source>
        <translation>La afirmación buscada ya no está.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>%1
Left out, as they cannot be read: %2</source>
        <translation>%1
Excluidos porque no se pueden leer: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a linked claim.</source>
        <translation>
            <numerusform>%n artículo examinado. Intro muestra un fragmento en el visor lateral; Ctrl+Intro lo acepta como afirmación vinculada.</numerusform>
            <numerusform>%n artículos examinados. Intro muestra un fragmento en el visor lateral; Ctrl+Intro lo acepta como afirmación vinculada.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Choose a claim (or select text) and press Ctrl+Shift+O to find the same fact in the other articles.</source>
        <translation>Elija una afirmación (o seleccione texto) y pulse Ctrl+Shift+O para encontrar el mismo hecho en los otros artículos.</translation>
    </message>
    <message>
        <source>Looking in the other articles…</source>
        <translation>Buscando en los otros artículos…</translation>
    </message>
    <message>
        <source>Make the passage a claim of its article, linked with this claim (Ctrl+Enter)</source>
        <translation>Convertir el fragmento en una afirmación de su artículo, vinculada con esta afirmación (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>No other article to search.</source>
        <translation>No hay otro artículo en el que buscar.</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Passages found in the other articles</source>
        <translation>Fragmentos encontrados en los otros artículos</translation>
    </message>
    <message>
        <source>Passages of the other articles like “%1” (%2, %3)</source>
        <translation>Fragmentos de los otros artículos parecidos a «%1» (%2, %3)</translation>
    </message>
    <message>
        <source>Same fact?</source>
        <translation>¿Mismo hecho?</translation>
    </message>
    <message>
        <source>Show the passage in the reader beside (Enter)</source>
        <translation>Mostrar el fragmento en el visor lateral (Intro)</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>No se pudieron hacer sugerencias: %1</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
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
        <translation>%1 es una copia en conflicto del artículo %2; compárelos y conserve uno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on both devices: the later version of each is kept, the other is in the history (marginalia history ARTICLE).</source>
        <translation>
            <numerusform>%Ln registro cambió en ambos dispositivos: se conserva la versión más reciente y la otra está en el historial (marginalia history ARTICLE).</numerusform>
            <numerusform>%Ln registros cambiaron en ambos dispositivos: se conserva la versión más reciente de cada uno y la otra está en el historial (marginalia history ARTICLE).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln conflict copy(ies) made by %1 into %2; moved to .marginalia/merged-conflicts.</source>
        <translation>
            <numerusform>Se combinó %Ln copia en conflicto hecha por %1 en %2; movida a .marginalia/merged-conflicts.</numerusform>
            <numerusform>Se combinaron %Ln copias en conflicto hechas por %1 en %2; movidas a .marginalia/merged-conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflict copy %1 was left where it is: %2</source>
        <translation>La copia en conflicto %1 se ha dejado donde está: %2</translation>
    </message>
    <message>
        <source>Versions a git merge kept could not reach their history yet: %1</source>
        <translation>Las versiones que conservó una combinación de git aún no han podido llegar a su historial: %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Ctrl+Intro guarda · Esc cancela</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Intro guarda · Esc cancela</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>&lt;%1%</source>
        <translation>&lt;%1&#xa0;%</translation>
    </message>
    <message>
        <source>&gt;%1%</source>
        <translation>&gt;%1&#xa0;%</translation>
    </message>
</context>
</TS>
