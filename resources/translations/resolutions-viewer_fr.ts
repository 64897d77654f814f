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
        <translation>Collection :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="95" />
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="98" />
        <source>Resolutions Viewer: MIT licence.</source>
        <translation>Resolutions Viewer : licence MIT.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="99" />
        <source>Qt 6 and Qt for Python (PySide6): LGPL v3.</source>
        <translation>Qt 6 et Qt for Python (PySide6) : LGPL v3.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="100" />
        <source>Tantivy (search engine) and jsonschema-rs: MIT licence.</source>
        <translation>Tantivy (moteur de recherche) et jsonschema-rs : licence MIT.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="103" />
        <source>Python: PSF licence.</source>
        <translation>Python : licence PSF.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="104" />
        <source>Bundled data: facts from UN documents and INTERPOL’s public page; summaries written by the project. The test corpus CR-UNSC (Fobbe) is CC0.</source>
        <translation>Données fournies : faits tirés des documents de l’ONU et de la page publique d’INTERPOL ; résumés rédigés par le projet. Le corpus de test CR-UNSC (Fobbe) est sous CC0.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="110" />
        <source>An offline reference viewer for the UN General Assembly and Security Council resolutions concerning INTERPOL.</source>
        <translation>Un visualiseur hors ligne des résolutions de l’Assemblée générale et du Conseil de sécurité de l’ONU concernant INTERPOL.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="115" />
        <source>The summaries are the project’s own words, not official text; the official documents are at undocs.org.</source>
        <translation>Les résumés sont rédigés par le projet et ne sont pas un texte officiel ; les documents officiels sont sur undocs.org.</translation>
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
        <location filename="../../src/viewer/ui/appearance.py" line="74" />
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="75" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="76" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="81" />
        <source>%1 (citation in English)</source>
        <translation>%1 (citation en anglais)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="91" />
        <source>Nothing to cite: open a resolution first</source>
        <translation>Rien à citer : ouvrez d’abord une résolution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/citing.py" line="102" />
        <source>%n resolutions</source>
        <translation><numerusform>%n résolution</numerusform><numerusform>%n résolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="104" />
        <source>Copied %1 (%2)</source>
        <translation>Copié : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="119" />
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="136" />
        <source>Copy Citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="139" />
        <source>Copy Symbol</source>
        <translation>Copier la cote</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="141" />
        <source>Copy Link to the Official Document</source>
        <translation>Copier le lien vers le document officiel</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="146" />
        <source>Remove from Favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="148" />
        <source>Add to Favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="164" />
        <source>Default citation style: %1 (Cite ▸ Default Style)</source>
        <translation>Style de citation par défaut : %1 (Citer ▸ Style par défaut)</translation>
    </message>
</context>
<context>
    <name>FacetChips</name>
    <message>
        <location filename="../../src/viewer/ui/facet_chips.py" line="117" />
        <source>%1s</source>
        <translation>années %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/facet_chips.py" line="132" />
        <source>%1: %n result(s) — click to keep only these</source>
        <translation><numerusform>%1 : %n résultat — cliquer pour ne garder que celui-ci</numerusform><numerusform>%1 : %n résultats — cliquer pour ne garder que ceux-ci</numerusform></translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="111" />
        <source>{where} cannot be made: {error}</source>
        <translation>{where} ne peut pas être créé : {error}</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="117" />
        <source>another window holds the favourites file</source>
        <translation>une autre fenêtre tient le fichier des favoris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="155" />
        <source>Favourites could not be read ({error}); the file was kept as {backup}.</source>
        <translation>Les favoris n’ont pas pu être lus ({error}) ; le fichier a été conservé sous {backup}.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="122" />
        <source>Favourites could not be saved: {error}</source>
        <translation>Les favoris n’ont pas pu être enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="61" />
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="62" />
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="63" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="64" />
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="65" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="66" />
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="67" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="68" />
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="137" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="145" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="31" />
        <source>Importing Documents</source>
        <translation>Importation de documents</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="32" />
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="41" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="53" />
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="60" />
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="70" />
        <source>Cancelling: nothing will be written…</source>
        <translation>Annulation : rien ne sera écrit…</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="36" />
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="37" />
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="38" />
        <source>skipped: not a supported file</source>
        <translation>ignoré : format non pris en charge</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="39" />
        <source>skipped: not a PDF</source>
        <translation>ignoré : pas un PDF</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="40" />
        <source>skipped: damaged</source>
        <translation>ignoré : fichier endommagé</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="41" />
        <source>skipped: encrypted</source>
        <translation>ignoré : fichier chiffré</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="42" />
        <source>skipped: no text layer (a scan: OCR it first)</source>
        <translation>ignoré : pas de couche texte (une image numérisée : faites-en d’abord l’OCR)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="45" />
        <source>skipped: not a UN resolution</source>
        <translation>ignoré : pas une résolution de l’ONU</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="46" />
        <source>skipped: duplicate</source>
        <translation>ignoré : doublon</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="47" />
        <source>skipped: cannot be read</source>
        <translation>ignoré : illisible</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="50" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="51" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="52" />
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="53" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="74" />
        <source>Import Report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="81" />
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="140" />
        <source>%1 already held everything read: it was left as it was.</source>
        <translation>%1 contenait déjà tout ce qui a été lu : il est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="142" />
        <source>Nothing was written: no input was a UN resolution.</source>
        <translation>Rien n’a été écrit : aucune entrée n’était une résolution de l’ONU.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/import_report.py" line="144" />
        <source>%n resolution(s) written to %1</source>
        <translation><numerusform>%n résolution écrite dans %1</numerusform><numerusform>%n résolutions écrites dans %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="146" />
        <source>%1 new, %2 updated</source>
        <translation>nouvelles : %1, mises à jour : %2</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="155" />
        <source>Imported: %1 · Merged: %2 · Skipped: %3</source>
        <translation>Importés : %1 · Fusionnés : %2 · Ignorés : %3</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="37" />
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="42" />
        <source>Official UN PDFs (English or French), text files and UN Digital Library exports (MARC XML). Folders are read with everything in them.</source>
        <translation>PDF officiels de l’ONU (en anglais ou en français), fichiers texte et exports de la Bibliothèque numérique de l’ONU (MARC XML). Les dossiers sont lus avec tout leur contenu.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="59" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="71" />
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="72" />
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="73" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="85" />
        <source>Import into:</source>
        <translation>Importer dans :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="88" />
        <source>A new collection file (chosen next)</source>
        <translation>Un nouveau fichier de collection (choisi ensuite)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="95" />
        <source>The collection on display: %1</source>
        <translation>La collection affichée : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="101" />
        <source>The collection on display (the bundled one is never changed)</source>
        <translation>La collection affichée (celle fournie avec l’application n’est jamais modifiée)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="127" />
        <source>Add Documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="129" />
        <source>UN documents (*.pdf *.txt *.xml);;All files (*)</source>
        <translation>Documents de l’ONU (*.pdf *.txt *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="134" />
        <source>Add a Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="161" />
        <source>New Collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="163" />
        <source>Collections (*.json)</source>
        <translation>Collections (*.json)</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="80" />
        <source>The bundled collection is never changed: choose another file.</source>
        <translation>La collection fournie avec l’application n’est jamais modifiée : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="93" />
        <source>Importing documents…</source>
        <translation>Importation des documents…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="100" />
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="109" />
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/importing.py" line="112" />
        <source>%n resolution(s) imported into %1</source>
        <translation><numerusform>%n résolution importée dans %1</numerusform><numerusform>%n résolutions importées dans %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="123" />
        <source>Import cancelled: no file was changed.</source>
        <translation>Importation annulée : aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="126" />
        <source>Import failed: no file was changed.</source>
        <translation>Échec de l’importation : aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="127" />
        <source>Nothing was imported, and no file was changed.</source>
        <translation>Rien n’a été importé, et aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="140" />
        <source>Import Documents</source>
        <translation>Importer des documents</translation>
    </message>
</context>
<context>
    <name>LinkFailure</name>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="17" />
        <source>The link cannot be opened</source>
        <translation>Le lien ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="19" />
        <source>No web browser could open this address:</source>
        <translation>Aucun navigateur web n’a pu ouvrir cette adresse :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="23" />
        <source>Copy Address</source>
        <translation>Copier l’adresse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="279" />
        <source>Settings cannot be saved to %1: your choices last until you quit</source>
        <translation>Les réglages ne peuvent pas être enregistrés dans %1 : vos choix valent jusqu’à la fermeture</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="364" />
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="369" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n résolution</numerusform><numerusform>%n résolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="313" />
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
        <source>Open &amp;Bundled Collection</source>
        <translation>Ouvrir la collection &amp;fournie</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="76" />
        <source>&amp;Import Documents…</source>
        <translation>I&amp;mporter des documents…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="82" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="91" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="97" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="104" />
        <source>&amp;Copy Citation</source>
        <translation>&amp;Copier la citation</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="113" />
        <source>Copy Citation &amp;As</source>
        <translation>Copier la citation &amp;en</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="119" />
        <source>Cite &amp;Paragraph…</source>
        <translation>Citer un &amp;paragraphe…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="123" />
        <source>&amp;Default Style</source>
        <translation>Style par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="126" />
        <source>Copy &amp;Symbol</source>
        <translation>Copier la &amp;cote</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="132" />
        <source>Copy &amp;Link to the Official Document</source>
        <translation>Copier le &amp;lien vers le document officiel</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="138" />
        <source>&amp;Find in Page…</source>
        <translation>Rechercher dans la &amp;page…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="145" />
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="152" />
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="159" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="166" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="173" />
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="179" />
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="181" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="184" />
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="193" />
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="202" />
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="211" />
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="220" />
        <source>&amp;Paragraph…</source>
        <translation>&amp;Paragraphe…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="227" />
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="233" />
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation>Ajouter aux favoris ou en retirer (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="238" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="245" />
        <source>Clear Search &amp;Cache</source>
        <translation>Vider le &amp;cache de recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="248" />
        <source>Delete the kept search indexes: the next start builds them again</source>
        <translation>Supprimer les index de recherche conservés : le prochain démarrage les reconstruit</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="254" />
        <source>&amp;About Resolutions Viewer</source>
        <translation>À &amp;propos de Resolutions Viewer</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/viewer/ui/navigation.py" line="57" />
        <source>Unknown symbol: %1</source>
        <translation>Cote inconnue : %1</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="56" />
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/opening.py" line="89" />
        <source>%n more</source>
        <translation><numerusform>et %n autre</numerusform><numerusform>et %n autres</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="118" />
        <source>Search cache cleared: %1 freed</source>
        <translation>Cache de recherche vidé : %1 libérés</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="133" />
        <source>Open a Collection</source>
        <translation>Ouvrir une collection</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="135" />
        <source>Collections (*.json);;All files (*)</source>
        <translation>Collections (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="168" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="171" />
        <source>Bundled Collection</source>
        <translation>Collection fournie</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="175" />
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
        <location filename="../../src/viewer/ui/printing.py" line="83" />
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="83" />
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="99" />
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="101" />
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="21" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="18" />
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
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
        <translation>Ce texte est trop long pour être affiché par paragraphes : utilisez Rechercher dans la page (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="208" />
        <source>Paragraph (5, 8(a), 5-7):</source>
        <translation>Paragraphe (5, 8(a), 5-7) :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="216" />
        <source>Nothing to cite: open a resolution first</source>
        <translation>Rien à citer : ouvrez d’abord une résolution</translation>
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
        <translation>Copié : %1</translation>
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
    <name>ResultDelegate</name>
    <message>
        <location filename="../../src/viewer/ui/result_delegate.py" line="39" />
        <source>matched in French</source>
        <translation>trouvé en français</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/result_delegate.py" line="40" />
        <source>matched in English</source>
        <translation>trouvé en anglais</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="229" />
        <source>Loading the collection…</source>
        <translation>Chargement de la collection…</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="231" />
        <source>Indexing… %1%</source>
        <translation>Indexation… %1 %</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="238" />
        <source>Search words, "phrases", symbols, organ:SC year:2016</source>
        <translation>Mots, « expressions », cotes, organ:SC year:2016</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="241" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="242" />
        <source>Resolutions by organ</source>
        <translation>Résolutions par organe</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="252" />
        <source>Words (all must match), "a phrase", word*, -excluded, OR</source>
        <translation>Mots (tous requis), « une expression », mot*, -exclu, OR</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="253" />
        <source>A symbol in any spelling: S/RES/2396 (2017), 2396, 71/19</source>
        <translation>Une cote, quelle que soit sa graphie : S/RES/2396 (2017), 2396, 71/19</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="254" />
        <source>Filters, with words or alone:</source>
        <translation>Filtres, avec des mots ou seuls :</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="255" />
        <source>  organ:SC   organ:SC,GA   (Security Council, General Assembly)</source>
        <translation>  organ:SC   organ:SC,GA   (Conseil de sécurité, Assemblée générale)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="256" />
        <source>  year:2016   year:2014..2017   year:1990s</source>
        <translation>  year:2016   year:2014..2017   year:1990s (une décennie)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="257" />
        <source>  topic:ID   (the collection's topics)   has:text   (full text held)</source>
        <translation>  topic:ID   (les thèmes de la collection)   has:text   (texte intégral présent)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="258" />
        <source>Ctrl+K: here from anywhere · Esc: clear</source>
        <translation>Ctrl+K : ici depuis n’importe où · Échap : effacer</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="263" />
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="264" />
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="361" />
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="362" />
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="365" />
        <source>results for %1 (close spelling)</source>
        <translation>résultats pour %1 (orthographe proche)</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="367" />
        <source>no exact match: close spellings</source>
        <translation>aucune correspondance exacte : orthographes proches</translation>
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
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Move through the results</source>
        <translation>Parcourir les résultats</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Haut, Bas, Page préc., Page suiv.</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Open the highlighted result</source>
        <translation>Ouvrir le résultat en surbrillance</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="57" />
        <source>Clear the search, back to the tree</source>
        <translation>Effacer la recherche, revenir à l’arborescence</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="57" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Mouse side buttons</source>
        <translation>Boutons latéraux de la souris</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Back / forward</source>
        <translation>Précédent / suivant</translation>
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
    <name>SortBox</name>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="11" />
        <source>Most relevant first</source>
        <translation>Les plus pertinents d’abord</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="12" />
        <source>Newest first</source>
        <translation>Les plus récents d’abord</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="13" />
        <source>Oldest first</source>
        <translation>Les plus anciens d’abord</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="42" />
        <source>Order of the results</source>
        <translation>Ordre des résultats</translation>
    </message>
</context>
<context>
    <name>Starring</name>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="70" />
        <source>Added to favourites: %1</source>
        <translation>Ajoutée aux favoris : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="70" />
        <source>Removed from favourites: %1</source>
        <translation>Retirée des favoris : %1</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="86" />
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="113" />
        <source>No favourites yet: Ctrl+D stars a resolution</source>
        <translation>Aucun favori pour l’instant : Ctrl+D marque une résolution</translation>
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
        <location filename="../../src/viewer/ui/tree_model.py" line="172" />
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
</context>
</TS>