"""French for every interface string, and the plural forms of English.

Run by `make translations` after `pyside6-lupdate`: fills the .ts files (Qt Linguist
format) so that a string added to the code without its French fails the tests, and
a translator can still use Qt Linguist on the same files.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FRENCH: dict[str, str | tuple[str, str]] = {
    # About
    "not stated": "non indiquée",
    "Collection:": "Collection :",
    "Source:": "Source :",
    "Resolutions Viewer: MIT licence.": "Resolutions Viewer : licence MIT.",
    "Qt 6 and Qt for Python (PySide6): LGPL v3.": "Qt 6 et Qt for Python (PySide6) : LGPL v3.",
    "Tantivy (search engine) and jsonschema-rs: MIT licence.": "Tantivy (moteur de recherche) et jsonschema-rs : licence MIT.",
    "Python: PSF licence.": "Python : licence PSF.",
    "Bundled data: facts from UN documents and INTERPOL’s public page; summaries written by "
    "the project. The test corpus CR-UNSC (Fobbe) is CC0.": "Données fournies : faits tirés des documents de l’ONU et de la page publique "
    "d’INTERPOL ; résumés rédigés par le projet. Le corpus de test CR-UNSC (Fobbe) "
    "est sous CC0.",
    "An offline reference viewer for the UN General Assembly and Security Council "
    "resolutions concerning INTERPOL.": "Un visualiseur hors ligne des résolutions de l’Assemblée générale et du Conseil "
    "de sécurité de l’ONU concernant INTERPOL.",
    "The summaries are the project’s own words, not official text; the official documents "
    "are at undocs.org.": "Les résumés sont rédigés par le projet et ne sont pas un texte officiel ; les "
    "documents officiels sont sur undocs.org.",
    "Licences": "Licences",
    "About Resolutions Viewer": "À propos de Resolutions Viewer",
    # FavouritesStore
    "Favourites could not be read ({error}); the file was kept as {backup}.": "Les favoris n’ont pas pu être lus ({error}) ; le fichier a été conservé sous "
    "{backup}.",
    "Favourites could not be saved: {error}": "Les favoris n’ont pas pu être enregistrés : {error}",
    "{where} cannot be made: {error}": "{where} ne peut pas être créé : {error}",
    "another window holds the favourites file": "une autre fenêtre tient le fichier des favoris",
    # FindBar
    "Find:": "Rechercher :",
    "%1 of %2": "%1 sur %2",
    "Find in page": "Rechercher dans la page",
    "Previous": "Précédent",
    "Previous match (Shift+F3)": "Occurrence précédente (Maj+F3)",
    "Next": "Suivant",
    "Next match (F3)": "Occurrence suivante (F3)",
    "Close (Esc)": "Fermer (Échap)",
    "Close the find bar": "Fermer la barre de recherche",
    "Not found": "Introuvable",
    # Importing (ImportPanel, ImportReportDialog, ImportSetupDialog, Importing)
    "Importing Documents": "Importation de documents",
    "Looking for files…": "Recherche des fichiers…",
    "Cancel": "Annuler",
    "%1 of %2 — %3": "%1 sur %2 — %3",
    "Writing %1…": "Écriture de %1…",
    "Cancelling: nothing will be written…": "Annulation\u00a0: rien ne sera écrit…",
    "imported": "importé",
    "merged": "fusionné",
    "skipped: not a supported file": "ignoré\u00a0: format non pris en charge",
    "skipped: not a PDF": "ignoré\u00a0: pas un PDF",
    "skipped: damaged": "ignoré\u00a0: fichier endommagé",
    "skipped: encrypted": "ignoré\u00a0: fichier chiffré",
    "skipped: no text layer (a scan: OCR it first)": "ignoré\u00a0: pas de couche texte (une "
    "image numérisée\u00a0: faites-en d’abord l’OCR)",
    "skipped: not a UN resolution": "ignoré\u00a0: pas une résolution de l’ONU",
    "skipped: duplicate": "ignoré\u00a0: doublon",
    "skipped: cannot be read": "ignoré\u00a0: illisible",
    "File": "Fichier",
    "Result": "Résultat",
    "Resolution": "Résolution",
    "Details": "Détails",
    "Import Report": "Rapport d’importation",
    "Copy Report": "Copier le rapport",
    "%1 already held everything read: it was left as it was.": "%1 contenait déjà tout ce "
    "qui a été lu\u00a0: il est resté tel quel.",
    "Nothing was written: no input was a UN resolution.": "Rien n’a été écrit\u00a0: aucune "
    "entrée n’était une résolution de l’ONU.",
    "%n resolution(s) written to %1": (
        "%n résolution écrite dans %1",
        "%n résolutions écrites dans %1",
    ),
    "%1 new, %2 updated": "nouvelles\u00a0: %1, mises à jour\u00a0: %2",
    "Imported: %1 · Merged: %2 · Skipped: %3": "Importés\u00a0: %1 · Fusionnés\u00a0: %2 · "
    "Ignorés\u00a0: %3",
    "Import Documents": "Importer des documents",
    "Official UN PDFs (English or French), text files and UN Digital Library exports (MARC "
    "XML). Folders are read with everything in them.": "PDF officiels de l’ONU (en anglais "
    "ou en français), fichiers texte et exports de la Bibliothèque numérique de l’ONU (MARC "
    "XML). Les dossiers sont lus avec tout leur contenu.",
    "Import": "Importer",
    "Add Files…": "Ajouter des fichiers…",
    "Add Folder…": "Ajouter un dossier…",
    "Remove": "Retirer",
    "Import into:": "Importer dans\u00a0:",
    "A new collection file (chosen next)": "Un nouveau fichier de collection (choisi ensuite)",
    "The collection on display: %1": "La collection affichée\u00a0: %1",
    "The collection on display (the bundled one is never changed)": "La collection affichée "
    "(celle fournie avec l’application n’est jamais modifiée)",
    "Add Documents": "Ajouter des documents",
    "UN documents (*.pdf *.txt *.xml);;All files (*)": "Documents de l’ONU (*.pdf *.txt "
    "*.xml);;Tous les fichiers (*)",
    "Add a Folder": "Ajouter un dossier",
    "New Collection": "Nouvelle collection",
    "Collections (*.json)": "Collections (*.json)",
    "The bundled collection is never changed: choose another file.": "La collection fournie "
    "avec l’application n’est jamais modifiée\u00a0: choisissez un autre fichier.",
    "Importing documents…": "Importation des documents…",
    "An import is already running.": "Une importation est déjà en cours.",
    "Nothing was imported.": "Rien n’a été importé.",
    "%n resolution(s) imported into %1": (
        "%n résolution importée dans %1",
        "%n résolutions importées dans %1",
    ),
    "Import cancelled: no file was changed.": "Importation annulée\u00a0: aucun fichier n’a "
    "été modifié.",
    "Import failed: no file was changed.": "Échec de l’importation\u00a0: aucun fichier n’a "
    "été modifié.",
    "Nothing was imported, and no file was changed.": "Rien n’a été importé, et aucun fichier "
    "n’a été modifié.",
    "&Import Documents…": "I&mporter des documents…",
    # MainWindow
    "Settings cannot be saved to %1: your choices last until you quit": "Les réglages ne peuvent pas être enregistrés dans %1 : vos choix valent jusqu’à la fermeture",
    "&Open…": "&Ouvrir…",
    "&Print…": "&Imprimer…",
    "&Export PDF…": "&Exporter en PDF…",
    "&Quit": "&Quitter",
    "&Search": "&Rechercher",
    "&Find in Page…": "Rechercher dans la &page…",
    "Find &Next": "Occurrence &suivante",
    "Find Pre&vious": "Occurrence pré&cédente",
    "&Back": "&Précédent",
    "&Forward": "&Suivant",
    "&Overview": "&Vue d’ensemble",
    "&Favourite": "&Favori",
    "&Copy Citation": "&Copier la citation",
    "Copy &Symbol": "Copier la &cote",
    "Copy &Link to the Official Document": "Copier le &lien vers le document officiel",
    "Zoom &In": "Zoom &avant",
    "Zoom &Out": "Zoom a&rrière",
    "&Reset Zoom": "&Taille normale",
    "&Keyboard Shortcuts": "&Raccourcis clavier",
    "&About Resolutions Viewer": "À &propos de Resolutions Viewer",
    "Follow the &System": "Suivre le &système",
    "&Light": "&Clair",
    "&Dark": "&Sombre",
    "Add to or remove from favourites (Ctrl+D)": "Ajouter aux favoris ou en retirer (Ctrl+D)",
    "Favourite": "Favori",
    "&File": "&Fichier",
    "Open &Recent": "Fichiers &récents",
    "&Edit": "É&dition",
    "&View": "&Affichage",
    "&Appearance": "&Apparence",
    "&Language": "&Langue",
    "&Go": "A&ller",
    "F&avourites": "Fa&voris",
    "&Cite": "&Citer",
    "Copy Citation &As": "Copier la citation &en",
    "&Default Style": "Style par &défaut",
    "&Help": "Ai&de",
    "Toolbar": "Barre d’outils",
    "Resolution details": "Détails de la résolution",
    "%n resolution(s)": ("%n résolution", "%n résolutions"),
    "Opening %1…": "Ouverture de %1…",
    "%n more": ("et %n autre", "et %n autres"),
    "Open a Collection": "Ouvrir une collection",
    "Collections (*.json);;All files (*)": "Collections (*.json);;Tous les fichiers (*)",
    "No recent files": "Aucun fichier récent",
    "Clear the List": "Effacer la liste",
    "Clear Search &Cache": "Vider le &cache de recherche",
    "Delete the kept search indexes: the next start builds them again": "Supprimer les index de recherche conservés : le prochain démarrage les reconstruit",
    "Unknown symbol: %1": "Cote inconnue : %1",
    "Added to favourites: %1": "Ajoutée aux favoris : %1",
    "Removed from favourites: %1": "Retirée des favoris : %1",
    "No favourites yet: Ctrl+D stars a resolution": "Aucun favori pour l’instant : Ctrl+D marque une résolution",
    "Nothing to cite: open a resolution first": "Rien à citer : ouvrez d’abord une résolution",
    "%n resolutions": ("%n résolution", "%n résolutions"),
    "Copied %1 (%2)": "Copié : %1 (%2)",
    "Copied %1": "Copié : %1",
    # Reading (paragraphs)
    "&Paragraph…": "&Paragraphe…",
    "Cite &Paragraph…": "Citer un &paragraphe…",
    "%1 has no paragraph %2": "%1 n’a pas de paragraphe %2",
    "This resolution's text is not in the collection": "Le texte de cette résolution n’est pas dans la collection",
    "This text is too long to be shown by paragraphs: use Find in Page (Ctrl+F)": "Ce texte est trop long pour être affiché par paragraphes : utilisez Rechercher dans la page (Ctrl+F)",
    "Go to Paragraph": "Aller au paragraphe",
    "Cite Paragraph": "Citer un paragraphe",
    "Paragraph (5, 8(a), 5-7):": "Paragraphe (5, 8(a), 5-7) :",
    "Copy Paragraph with Citation": "Copier le paragraphe avec sa citation",
    "Copy Citation to Paragraph %1": "Copier la citation du paragraphe %1",
    "Copy Link to Paragraph": "Copier le lien vers le paragraphe",
    "Copy Citation": "Copier la citation",
    "Copy Symbol": "Copier la cote",
    "Copy Link to the Official Document": "Copier le lien vers le document officiel",
    "Remove from Favourites": "Retirer des favoris",
    "Add to Favourites": "Ajouter aux favoris",
    "Export PDF": "Exporter en PDF",
    "PDF files (*.pdf)": "Fichiers PDF (*.pdf)",
    "Saved %1": "Enregistré : %1",
    "Loading the collection…": "Chargement de la collection…",
    # Refusal
    "… and %n more": ("… et %n autre", "… et %n autres"),
    "%1 cannot be opened.": "%1 ne peut pas être ouvert.",
    "The bundled collection is shown instead.": "La collection fournie est affichée à la place.",
    "The collection on display stays as it was.": "La collection affichée reste inchangée.",
    "File refused": "Fichier refusé",
    # SearchPanel
    "Indexing… %1%": "Indexation… %1 %",
    'Search: words, "a phrase", a symbol (Ctrl+K)': "Rechercher : mots, « une expression », une cote (Ctrl+K)",
    'Search words, "phrases", symbols, organ:SC year:2016': "Mots, « expressions », cotes, organ:SC year:2016",
    'Words (all must match), "a phrase", word*, -excluded, OR': "Mots (tous requis), « une expression », mot*, -exclu, OR",
    "A symbol in any spelling: S/RES/2396 (2017), 2396, 71/19": "Une cote, quelle que soit sa graphie : S/RES/2396 (2017), 2396, 71/19",
    "Filters, with words or alone:": "Filtres, avec des mots ou seuls :",
    "  organ:SC   organ:SC,GA   (Security Council, General Assembly)": "  organ:SC   organ:SC,GA   (Conseil de sécurité, Assemblée générale)",
    "  year:2016   year:2014..2017   year:1990s": "  year:2016   year:2014..2017   year:1990s (une décennie)",
    "  topic:ID   (the collection's topics)   has:text   (full text held)": "  topic:ID   (les thèmes de la collection)   has:text   (texte intégral présent)",
    "Ctrl+K: here from anywhere · Esc: clear": "Ctrl+K : ici depuis n’importe où · Échap : effacer",
    "results for %1 (close spelling)": "résultats pour %1 (orthographe proche)",
    # FacetChips
    "%1s": "années %1",
    "%1: %n result(s) — click to keep only these": (
        "%1 : %n résultat — cliquer pour ne garder que celui-ci",
        "%1 : %n résultats — cliquer pour ne garder que ceux-ci",
    ),
    # SortBox
    "Most relevant first": "Les plus pertinents d’abord",
    "Newest first": "Les plus récents d’abord",
    "Oldest first": "Les plus anciens d’abord",
    "Order of the results": "Ordre des résultats",
    # ResultDelegate
    "matched in French": "trouvé en français",
    "matched in English": "trouvé en anglais",
    # Opening: the index cache
    "Search cache cleared: %1 freed": "Cache de recherche vidé : %1 libérés",
    "Search": "Recherche",
    "Resolutions by organ": "Résolutions par organe",
    "Search results": "Résultats de recherche",
    "Number of results": "Nombre de résultats",
    "No results": "Aucun résultat",
    "%n result(s)": ("%n résultat", "%n résultats"),
    "no exact match: close spellings": "aucune correspondance exacte : orthographes proches",
    # ShortcutsDialog
    "Keyboard shortcuts": "Raccourcis clavier",
    "Move through the results": "Parcourir les résultats",
    "Up, Down, Page Up, Page Down": "Haut, Bas, Page préc., Page suiv.",
    "Open the highlighted result": "Ouvrir le résultat en surbrillance",
    "Enter": "Entrée",
    "Clear the search, back to the tree": "Effacer la recherche, revenir à l’arborescence",
    "Esc": "Échap",
    "Back / forward": "Précédent / suivant",
    "Mouse side buttons": "Boutons latéraux de la souris",
    "Zoom": "Zoom",
    "Ctrl+wheel": "Ctrl+molette",
    "Action": "Action",
    "Keys": "Touches",
    # Timeline
    "Timeline of the resolutions": "Frise chronologique des résolutions",
    # Qt's file dialog (ui/qt_strings.py): what qtbase_fr.qm lacks
    "&Look in:": "&Chercher dans :",
    "Files of &type:": "Fichiers de &type :",
    "Folder": "Dossier",
    "Open &Bundled Collection": "Ouvrir la collection &fournie",
    "Bundled Collection": "Collection fournie",
    "%1 cannot be written: %2": "%1 ne peut pas être écrit : %2",
    "%1 (citation in English)": "%1 (citation en anglais)",
    "Default citation style: %1 (Cite ▸ Default Style)": "Style de citation par défaut : %1 (Citer ▸ Style par défaut)",
    # LinkFailure
    "The link cannot be opened": "Le lien ne peut pas être ouvert",
    "No web browser could open this address:": "Aucun navigateur web n’a pu ouvrir cette adresse :",
    "Copy Address": "Copier l’adresse",
    # TreeModel
    "Favourites": "Favoris",
}

# English needs only its plural forms (the source strings are English).
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n resolution(s) written to %1": (
        "%n resolution written to %1",
        "%n resolutions written to %1",
    ),
    "%n resolution(s) imported into %1": (
        "%n resolution imported into %1",
        "%n resolutions imported into %1",
    ),
    "%n resolution(s)": ("%n resolution", "%n resolutions"),
    "%n more": ("and %n more", "and %n more"),
    "%n resolutions": ("%n resolution", "%n resolutions"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%1: %n result(s) — click to keep only these": (
        "%1: %n result — click to keep only this one",
        "%1: %n results — click to keep only these",
    ),
    "%n result(s)": ("%n result", "%n results"),
}


NBSP = "\u00a0"  # as core/labels.py writes "\u00a0: " in the pages


def french_spacing(text: str) -> str:
    """French typography: a non-breaking space before : ; ? ! and inside « », so that a
    line never starts with the sign (an ordinary space written in the table becomes one)."""
    text = re.sub(r"[ \u202f]([:;?!»])", NBSP + r"\1", text)
    return re.sub(r"«[ \u202f]", "«" + NBSP, text)


def fill(path: Path, table: dict, only_plurals: bool) -> list[str]:
    """Write the table's translations into a .ts file; return the sources left without."""
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        plural = message.get("numerus") == "yes"
        if only_plurals and not plural:
            # An empty translation makes Qt show the (English) source text.
            translation.attrib.pop("type", None)
            translation.text = None
            continue
        value = table.get(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if not only_plurals:
            value = (
                tuple(map(french_spacing, value))
                if isinstance(value, tuple)
                else french_spacing(value)
            )
        if plural:
            forms = value if isinstance(value, tuple) else (value, value)
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value if isinstance(value, str) else value[0]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    missing = fill(folder / "resolutions-viewer_fr.ts", FRENCH, only_plurals=False)
    missing += fill(folder / "resolutions-viewer_en.ts", ENGLISH_PLURALS, only_plurals=True)
    for source in missing:
        print(f"no translation for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
