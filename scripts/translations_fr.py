"""French for every interface string, and the plural forms of English.

Run by `make translations` after `pyside6-lupdate`: fills the .ts files (Qt Linguist
format) so that a string added to the code without its French fails the tests, and
a translator can still use Qt Linguist on the same files.
"""

from __future__ import annotations

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
    "Find in page": "Rechercher dans la page",
    "Previous": "Précédent",
    "Previous match (Shift+F3)": "Occurrence précédente (Maj+F3)",
    "Next": "Suivant",
    "Next match (F3)": "Occurrence suivante (F3)",
    "Close (Esc)": "Fermer (Échap)",
    "Close the find bar": "Fermer la barre de recherche",
    "Not found": "Introuvable",
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
    'Search words, "phrases", symbols': "Mots, « expressions », cotes",
    'Words, "a phrase", word*, -excluded, OR, a symbol (Ctrl+K)': "Mots, « une expression », mot*, -exclu, OR, une cote (Ctrl+K)",
    "Search": "Recherche",
    "Resolutions by organ": "Résolutions par organe",
    "Search results": "Résultats de recherche",
    "Number of results": "Nombre de résultats",
    "No results": "Aucun résultat",
    "%n results, the first %1 shown": (
        "%n résultat, les %1 premiers affichés",
        "%n résultats, les %1 premiers affichés",
    ),
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
    "Next / previous match in the page": "Occurrence suivante / précédente dans la page",
    "Back / forward": "Précédent / suivant",
    "Alt+Left, Alt+Right, mouse side buttons": "Alt+Gauche, Alt+Droite, boutons latéraux de la souris",
    "Zoom": "Zoom",
    "Ctrl+wheel": "Ctrl+molette",
    "Action": "Action",
    "Keys": "Touches",
    # Timeline
    "Timeline of the resolutions": "Frise chronologique des résolutions",
    # TreeModel
    "Favourites": "Favoris",
}

# English needs only its plural forms (the source strings are English).
ENGLISH_PLURALS: dict[str, tuple[str, str]] = {
    "%n resolution(s)": ("%n resolution", "%n resolutions"),
    "%n more": ("and %n more", "and %n more"),
    "%n resolutions": ("%n resolution", "%n resolutions"),
    "… and %n more": ("… and %n more", "… and %n more"),
    "%n results, the first %1 shown": (
        "%n result, the first %1 shown",
        "%n results, the first %1 shown",
    ),
    "%n result(s)": ("%n result", "%n results"),
}


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
