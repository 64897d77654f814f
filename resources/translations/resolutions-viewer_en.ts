<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="78" />
        <source>not stated</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="80" />
        <source>Collection:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="81" />
        <source>Source:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="84" />
        <source>Resolutions Viewer: MIT licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="85" />
        <source>Qt 6 and Qt for Python (PySide6): LGPL v3.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="86" />
        <source>Tantivy (search engine) and jsonschema-rs: MIT licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="89" />
        <source>Python: PSF licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="90" />
        <source>Bundled data: facts from UN documents and INTERPOL’s public page; summaries written by the project. The test corpus CR-UNSC (Fobbe) is CC0.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="96" />
        <source>An offline reference viewer for the UN General Assembly and Security Council resolutions concerning INTERPOL.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="101" />
        <source>The summaries are the project’s own words, not official text; the official documents are at undocs.org.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="106" />
        <source>Licences</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="116" />
        <source>About Resolutions Viewer</source>
        <translation />
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="87" />
        <source>Favourites could not be read ({error}); the file was kept as {backup}.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="96" />
        <location filename="../../src/viewer/ui/favourites.py" line="103" />
        <source>Favourites could not be saved: {error}</source>
        <translation />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="43" />
        <source>Find:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="44" />
        <source>Find in page</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="45" />
        <source>Previous</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="46" />
        <source>Previous match (Shift+F3)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="47" />
        <source>Next</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="48" />
        <source>Next match (F3)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="49" />
        <source>Close (Esc)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="50" />
        <source>Close the find bar</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="89" />
        <source>Not found</source>
        <translation />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="329" />
        <source>&amp;Open…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="330" />
        <source>&amp;Print…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="331" />
        <source>&amp;Export PDF…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="332" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="333" />
        <source>&amp;Search</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="334" />
        <source>&amp;Find in Page…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="335" />
        <source>Find &amp;Next</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="336" />
        <source>Find Pre&amp;vious</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="337" />
        <source>&amp;Back</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="338" />
        <source>&amp;Forward</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="339" />
        <source>&amp;Overview</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="340" />
        <source>&amp;Favourite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="341" />
        <source>&amp;Copy Citation</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="342" />
        <source>Copy &amp;Symbol</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="343" />
        <source>Copy &amp;Link to the Official Document</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="344" />
        <source>Zoom &amp;In</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="345" />
        <source>Zoom &amp;Out</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="346" />
        <source>&amp;Reset Zoom</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="347" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="348" />
        <source>&amp;About Resolutions Viewer</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="349" />
        <source>Follow the &amp;System</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="350" />
        <source>&amp;Light</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="351" />
        <source>&amp;Dark</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="358" />
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="360" />
        <source>Favourite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="361" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="362" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="363" />
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="364" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="365" />
        <source>&amp;Appearance</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="366" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="367" />
        <source>&amp;Go</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="368" />
        <source>F&amp;avourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="369" />
        <source>&amp;Cite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="370" />
        <source>Copy Citation &amp;As</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="371" />
        <source>&amp;Default Style</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="372" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="373" />
        <source>Toolbar</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="374" />
        <source>Resolution details</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="379" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="433" />
        <source>Opening %1…</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="462" />
        <source>%n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="486" />
        <source>Open a Collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="488" />
        <source>Collections (*.json);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="518" />
        <source>No recent files</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="521" />
        <source>Clear the List</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="553" />
        <source>Unknown symbol: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="616" />
        <source>Loading the collection…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="675" />
        <source>Added to favourites: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="675" />
        <source>Removed from favourites: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="699" />
        <source>No favourites yet: Ctrl+D stars a resolution</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="720" />
        <source>Nothing to cite: open a resolution first</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="731" />
        <source>%n resolutions</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="734" />
        <source>Copied %1 (%2)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="745" />
        <location filename="../../src/viewer/ui/main_window.py" line="753" />
        <source>Copied %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="776" />
        <source>Copy Citation</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="779" />
        <source>Copy Symbol</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="781" />
        <source>Copy Link to the Official Document</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="786" />
        <source>Remove from Favourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="788" />
        <source>Add to Favourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="833" />
        <source>Export PDF</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="833" />
        <source>PDF files (*.pdf)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="843" />
        <source>Saved %1</source>
        <translation />
    </message>
</context>
<context>
    <name>Refusal</name>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/app.py" line="64" />
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="65" />
        <source>%1 cannot be opened.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="67" />
        <source>The bundled collection is shown instead.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="69" />
        <source>The collection on display stays as it was.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="72" />
        <source>File refused</source>
        <translation />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="171" />
        <source>Indexing… %1%</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="177" />
        <source>Search: words, "a phrase", a symbol (Ctrl+K)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="179" />
        <source>Search</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="180" />
        <source>Resolutions by organ</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="181" />
        <source>Search results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="182" />
        <source>Number of results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="251" />
        <source>No results</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="254" />
        <source>%n results, the first %1 shown</source>
        <translation><numerusform>%n result, the first %1 shown</numerusform><numerusform>%n results, the first %1 shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="258" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="260" />
        <source>no exact match: close spellings</source>
        <translation />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="28" />
        <source>Keyboard shortcuts</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="40" />
        <source>Move through the results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="40" />
        <source>Up, Down, Page Up, Page Down</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="41" />
        <source>Open the highlighted result</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="41" />
        <source>Enter</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="42" />
        <source>Clear the search, back to the tree</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="42" />
        <source>Esc</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="43" />
        <source>Next / previous match in the page</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="44" />
        <source>Back / forward</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="44" />
        <source>Alt+Left, Alt+Right, mouse side buttons</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="45" />
        <source>Zoom</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="45" />
        <source>Ctrl+wheel</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="49" />
        <source>Action</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="49" />
        <source>Keys</source>
        <translation />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/viewer/ui/timeline.py" line="55" />
        <source>Timeline of the resolutions</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/timeline.py" line="187" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../../src/viewer/ui/tree_model.py" line="167" />
        <source>Favourites</source>
        <translation />
    </message>
</context>
</TS>