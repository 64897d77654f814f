<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="92" />
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="94" />
        <source>Collection:</source>
        <translation>Collection :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="95" />
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="98" />
        <source>Resolutions Viewer: MIT licence.</source>
        <translation>Resolutions Viewer : licence MIT.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="99" />
        <source>Qt 6 and Qt for Python (PySide6): LGPL v3.</source>
        <translation>Qt 6 et Qt for Python (PySide6) : LGPL v3.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="100" />
        <source>Tantivy (search engine) and jsonschema-rs: MIT licence.</source>
        <translation>Tantivy (moteur de recherche) et jsonschema-rs : licence MIT.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="103" />
        <source>Python: PSF licence.</source>
        <translation>Python : licence PSF.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="104" />
        <source>Bundled data: facts from UN documents and INTERPOL’s public page; summaries written by the project. The test corpus CR-UNSC (Fobbe) is CC0.</source>
        <translation>Données fournies : faits tirés des documents de l’ONU et de la page publique d’INTERPOL ; résumés rédigés par le projet. Le corpus de test CR-UNSC (Fobbe) est sous CC0.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="110" />
        <source>An offline reference viewer for the UN General Assembly and Security Council resolutions concerning INTERPOL.</source>
        <translation>Un visualiseur hors ligne des résolutions de l’Assemblée générale et du Conseil de sécurité de l’ONU concernant INTERPOL.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="115" />
        <source>The summaries are the project’s own words, not official text; the official documents are at undocs.org.</source>
        <translation>Les résumés sont rédigés par le projet et ne sont pas un texte officiel ; les documents officiels sont sur undocs.org.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="120" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="130" />
        <source>About Resolutions Viewer</source>
        <translation>À propos de Resolutions Viewer</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="68" />
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="69" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="70" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="83" />
        <source>Nothing to cite: open a resolution first</source>
        <translation>Rien à citer : ouvrez d’abord une résolution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/citing.py" line="94" />
        <source>%n resolutions</source>
        <translation><numerusform>%n résolution</numerusform><numerusform>%n résolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="96" />
        <source>Copied %1 (%2)</source>
        <translation>Copié : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="111" />
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="128" />
        <source>Copy Citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="131" />
        <source>Copy Symbol</source>
        <translation>Copier la cote</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="133" />
        <source>Copy Link to the Official Document</source>
        <translation>Copier le lien vers le document officiel</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="138" />
        <source>Remove from Favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="140" />
        <source>Add to Favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="111" />
        <source>{where} cannot be made: {error}</source>
        <translation>{where} ne peut pas être créé : {error}</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="117" />
        <source>another window holds the favourites file</source>
        <translation>une autre fenêtre tient le fichier des favoris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="155" />
        <source>Favourites could not be read ({error}); the file was kept as {backup}.</source>
        <translation>Les favoris n’ont pas pu être lus ({error}) ; le fichier a été conservé sous {backup}.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="122" />
        <source>Favourites could not be saved: {error}</source>
        <translation>Les favoris n’ont pas pu être enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="41" />
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="42" />
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="43" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="44" />
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="45" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="46" />
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="47" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="48" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="86" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="273" />
        <source>Settings cannot be saved to %1: your choices last until you quit</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1 : vos choix valent jusqu’à la fermeture</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="359" />
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="364" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n résolution</numerusform><numerusform>%n résolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="306" />
        <source>Loading the collection…</source>
        <translation>Chargement de la collection…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="50" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="51" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="52" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="53" />
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="54" />
        <source>F&amp;avourites</source>
        <translation>Fa&amp;voris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="55" />
        <source>&amp;Cite</source>
        <translation>&amp;Citer</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="56" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="62" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="67" />
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="70" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="79" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="92" />
        <source>&amp;Copy Citation</source>
        <translation>&amp;Copier la citation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="101" />
        <source>Copy Citation &amp;As</source>
        <translation>Copier la citation &amp;en</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="107" />
        <source>Cite &amp;Paragraph…</source>
        <translation>Citer un &amp;paragraphe…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="111" />
        <source>&amp;Default Style</source>
        <translation>Style par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="114" />
        <source>Copy &amp;Symbol</source>
        <translation>Copier la &amp;cote</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="120" />
        <source>Copy &amp;Link to the Official Document</source>
        <translation>Copier le &amp;lien vers le document officiel</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="126" />
        <source>&amp;Find in Page…</source>
        <translation>Rechercher dans la &amp;page…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="133" />
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="140" />
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="147" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="154" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="161" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="167" />
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="169" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="172" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="181" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="190" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="199" />
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="208" />
        <source>&amp;Paragraph…</source>
        <translation>&amp;Paragraphe…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="215" />
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="221" />
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation>Ajouter aux favoris ou en retirer (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="226" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="233" />
        <source>&amp;About Resolutions Viewer</source>
        <translation>À &amp;propos de Resolutions Viewer</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/viewer/ui/navigation.py" line="56" />
        <source>Unknown symbol: %1</source>
        <translation>Cote inconnue : %1</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="51" />
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/opening.py" line="80" />
        <source>%n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="105" />
        <source>Open a Collection</source>
        <translation>Ouvrir une collection</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="107" />
        <source>Collections (*.json);;All files (*)</source>
        <translation>Collections (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="135" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="138" />
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <location filename="../../src/viewer/ui/page_pane.py" line="47" />
        <source>Resolution details</source>
        <translation>Détails de la résolution</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="64" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="64" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="74" />
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="164" />
        <source>Go to Paragraph</source>
        <translation>Aller au paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="183" />
        <source>%1 has no paragraph %2</source>
        <translation>%1 n’a pas de paragraphe %2</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="194" />
        <source>This resolution's text is not in the collection</source>
        <translation>Le texte de cette résolution n’est pas dans la collection</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="198" />
        <source>This text is too long to be shown by paragraphs: use Find in Page (Ctrl+F)</source>
        <translation>Ce texte est trop long pour être affiché par paragraphes : utilisez Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="208" />
        <source>Paragraph (5, 8(a), 5-7):</source>
        <translation>Paragraphe (5, 8(a), 5-7) :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="216" />
        <source>Nothing to cite: open a resolution first</source>
        <translation>Rien à citer : ouvrez d’abord une résolution</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="218" />
        <source>Cite Paragraph</source>
        <translation>Citer un paragraphe</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="236" />
        <location filename="../../src/viewer/ui/reading.py" line="278" />
        <location filename="../../src/viewer/ui/reading.py" line="294" />
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="252" />
        <source>Copy Paragraph with Citation</source>
        <translation>Copier le paragraphe avec sa citation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="254" />
        <source>Copy Citation to Paragraph %1</source>
        <translation>Copier la citation du paragraphe %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="256" />
        <source>Copy Link to Paragraph</source>
        <translation>Copier le lien vers le paragraphe</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="87" />
        <source>… and %n more</source>
        <translation>… et %n autre</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="88" />
        <source>%1 cannot be opened.</source>
        <translation>%1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="90" />
        <source>The bundled collection is shown instead.</source>
        <translation>La collection fournie est affichée à la place.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="92" />
        <source>The collection on display stays as it was.</source>
        <translation>La collection affichée reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="95" />
        <source>File refused</source>
        <translation>Fichier refusé</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="222" />
        <source>Loading the collection…</source>
        <translation>Chargement de la collection…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="224" />
        <source>Indexing… %1%</source>
        <translation>Indexation… %1 %</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="230" />
        <source>Search words, "phrases", symbols</source>
        <translation>Mots, « expressions », cotes</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="232" />
        <source>Words, "a phrase", word*, -excluded, OR, a symbol (Ctrl+K)</source>
        <translation>Mots, « une expression », mot*, -exclu, OR, une cote (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="234" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="235" />
        <source>Resolutions by organ</source>
        <translation>Résolutions par organe</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="243" />
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="244" />
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="332" />
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="335" />
        <source>%n results, the first %1 shown</source>
        <translation><numerusform>%n résultat, les %1 premiers affichés</numerusform><numerusform>%n résultats, les %1 premiers affichés</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="339" />
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="341" />
        <source>no exact match: close spellings</source>
        <translation>aucune correspondance exacte : orthographes proches</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="54" />
        <source>Move through the results</source>
        <translation>Parcourir les résultats</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="54" />
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Haut, Bas, Page préc., Page suiv.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Open the highlighted result</source>
        <translation>Ouvrir le résultat en surbrillance</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Clear the search, back to the tree</source>
        <translation>Effacer la recherche, revenir à l’arborescence</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="57" />
        <source>Next / previous match in the page</source>
        <translation>Occurrence suivante / précédente dans la page</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Back / forward</source>
        <translation>Précédent / suivant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Alt+Left, Alt+Right, mouse side buttons</source>
        <translation>Alt+Gauche, Alt+Droite, boutons latéraux de la souris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="59" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="59" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="63" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="63" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Starring</name>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="69" />
        <source>Added to favourites: %1</source>
        <translation>Ajoutée aux favoris : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="69" />
        <source>Removed from favourites: %1</source>
        <translation>Retirée des favoris : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="85" />
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="107" />
        <source>No favourites yet: Ctrl+D stars a resolution</source>
        <translation>Aucun favori pour l’instant : Ctrl+D marque une résolution</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/viewer/ui/timeline.py" line="77" />
        <source>Timeline of the resolutions</source>
        <translation>Frise chronologique des résolutions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/timeline.py" line="224" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n résolution</numerusform><numerusform>%n résolutions</numerusform></translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../../src/viewer/ui/tree_model.py" line="167" />
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
</context>
</TS>