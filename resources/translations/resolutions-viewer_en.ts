<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="92" />
        <source>not stated</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="94" />
        <source>Collection:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="95" />
        <source>Source:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="98" />
        <source>Resolutions Viewer: MIT licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="99" />
        <source>Qt 6 and Qt for Python (PySide6): LGPL v3.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="100" />
        <source>Tantivy (search engine) and jsonschema-rs: MIT licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="103" />
        <source>Python: PSF licence.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="104" />
        <source>Bundled data: facts from UN documents and INTERPOL’s public page; summaries written by the project. The test corpus CR-UNSC (Fobbe) is CC0.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="110" />
        <source>An offline reference viewer for the UN General Assembly and Security Council resolutions concerning INTERPOL.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="115" />
        <source>The summaries are the project’s own words, not official text; the official documents are at undocs.org.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="120" />
        <source>Licences</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="130" />
        <source>About Resolutions Viewer</source>
        <translation />
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="74" />
        <source>Follow the &amp;System</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="75" />
        <source>&amp;Light</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/appearance.py" line="76" />
        <source>&amp;Dark</source>
        <translation />
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="81" />
        <source>%1 (citation in English)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="91" />
        <source>Nothing to cite: open a resolution first</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/citing.py" line="102" />
        <source>%n resolutions</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="104" />
        <source>Copied %1 (%2)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="119" />
        <source>Copied %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="136" />
        <source>Copy Citation</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="139" />
        <source>Copy Symbol</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="141" />
        <source>Copy Link to the Official Document</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="146" />
        <source>Remove from Favourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="148" />
        <source>Add to Favourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/citing.py" line="164" />
        <source>Default citation style: %1 (Cite ▸ Default Style)</source>
        <translation />
    </message>
</context>
<context>
    <name>FacetChips</name>
    <message>
        <location filename="../../src/viewer/ui/facet_chips.py" line="117" />
        <source>%1s</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/facet_chips.py" line="132" />
        <source>%1: %n result(s) — click to keep only these</source>
        <translation><numerusform>%1: %n result — click to keep only this one</numerusform><numerusform>%1: %n results — click to keep only these</numerusform></translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="111" />
        <source>{where} cannot be made: {error}</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="117" />
        <source>another window holds the favourites file</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="155" />
        <source>Favourites could not be read ({error}); the file was kept as {backup}.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/favourites.py" line="122" />
        <source>Favourites could not be saved: {error}</source>
        <translation />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="61" />
        <source>Find:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="62" />
        <source>Find in page</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="63" />
        <source>Previous</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="64" />
        <source>Previous match (Shift+F3)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="65" />
        <source>Next</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="66" />
        <source>Next match (F3)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="67" />
        <source>Close (Esc)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="68" />
        <source>Close the find bar</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="137" />
        <source>Not found</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/find_bar.py" line="145" />
        <source>%1 of %2</source>
        <translation />
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="31" />
        <source>Importing Documents</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="32" />
        <source>Looking for files…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="41" />
        <source>Cancel</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="53" />
        <source>%1 of %2 — %3</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="60" />
        <source>Writing %1…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_panel.py" line="70" />
        <source>Cancelling: nothing will be written…</source>
        <translation />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="36" />
        <source>imported</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="37" />
        <source>merged</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="38" />
        <source>skipped: not a supported file</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="39" />
        <source>skipped: not a PDF</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="40" />
        <source>skipped: damaged</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="41" />
        <source>skipped: encrypted</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="42" />
        <source>skipped: no text layer (a scan: OCR it first)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="45" />
        <source>skipped: not a UN resolution</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="46" />
        <source>skipped: duplicate</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="47" />
        <source>skipped: cannot be read</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="50" />
        <source>File</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="51" />
        <source>Result</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="52" />
        <source>Resolution</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="53" />
        <source>Details</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="74" />
        <source>Import Report</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="81" />
        <source>Copy Report</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="140" />
        <source>%1 already held everything read: it was left as it was.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="142" />
        <source>Nothing was written: no input was a UN resolution.</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/import_report.py" line="144" />
        <source>%n resolution(s) written to %1</source>
        <translation><numerusform>%n resolution written to %1</numerusform><numerusform>%n resolutions written to %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="146" />
        <source>%1 new, %2 updated</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_report.py" line="155" />
        <source>Imported: %1 · Merged: %2 · Skipped: %3</source>
        <translation />
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="37" />
        <source>Import Documents</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="42" />
        <source>Official UN PDFs (English or French), text files and UN Digital Library exports (MARC XML). Folders are read with everything in them.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="59" />
        <source>Import</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="71" />
        <source>Add Files…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="72" />
        <source>Add Folder…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="73" />
        <source>Remove</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="85" />
        <source>Import into:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="88" />
        <source>A new collection file (chosen next)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="95" />
        <source>The collection on display: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="101" />
        <source>The collection on display (the bundled one is never changed)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="127" />
        <source>Add Documents</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="129" />
        <source>UN documents (*.pdf *.txt *.xml);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="134" />
        <source>Add a Folder</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="161" />
        <source>New Collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/import_setup.py" line="163" />
        <source>Collections (*.json)</source>
        <translation />
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="80" />
        <source>The bundled collection is never changed: choose another file.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="93" />
        <source>Importing documents…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="100" />
        <source>An import is already running.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="109" />
        <source>Nothing was imported.</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/importing.py" line="112" />
        <source>%n resolution(s) imported into %1</source>
        <translation><numerusform>%n resolution imported into %1</numerusform><numerusform>%n resolutions imported into %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="123" />
        <source>Import cancelled: no file was changed.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="126" />
        <source>Import failed: no file was changed.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="127" />
        <source>Nothing was imported, and no file was changed.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/importing.py" line="140" />
        <source>Import Documents</source>
        <translation />
    </message>
</context>
<context>
    <name>LinkFailure</name>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="17" />
        <source>The link cannot be opened</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="19" />
        <source>No web browser could open this address:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/link_failure.py" line="23" />
        <source>Copy Address</source>
        <translation />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="279" />
        <source>Settings cannot be saved to %1: your choices last until you quit</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="364" />
        <source>Toolbar</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/main_window.py" line="369" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/main_window.py" line="313" />
        <source>Loading the collection…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="50" />
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="51" />
        <source>&amp;Edit</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="52" />
        <source>&amp;View</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="53" />
        <source>&amp;Go</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="54" />
        <source>F&amp;avourites</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="55" />
        <source>&amp;Cite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="56" />
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="62" />
        <source>&amp;Open…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="67" />
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="70" />
        <source>Open &amp;Bundled Collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="76" />
        <source>&amp;Import Documents…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="82" />
        <source>&amp;Print…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="91" />
        <source>&amp;Export PDF…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="97" />
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="104" />
        <source>&amp;Copy Citation</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="113" />
        <source>Copy Citation &amp;As</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="119" />
        <source>Cite &amp;Paragraph…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="123" />
        <source>&amp;Default Style</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="126" />
        <source>Copy &amp;Symbol</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="132" />
        <source>Copy &amp;Link to the Official Document</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="138" />
        <source>&amp;Find in Page…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="145" />
        <source>Find &amp;Next</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="152" />
        <source>Find Pre&amp;vious</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="159" />
        <source>Zoom &amp;In</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="166" />
        <source>Zoom &amp;Out</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="173" />
        <source>&amp;Reset Zoom</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="179" />
        <source>&amp;Appearance</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="181" />
        <source>&amp;Language</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="184" />
        <source>&amp;Search</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="193" />
        <source>&amp;Back</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="202" />
        <source>&amp;Forward</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="211" />
        <source>&amp;Overview</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="220" />
        <source>&amp;Paragraph…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="227" />
        <source>&amp;Favourite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="233" />
        <source>Add to or remove from favourites (Ctrl+D)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="238" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="245" />
        <source>Clear Search &amp;Cache</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="248" />
        <source>Delete the kept search indexes: the next start builds them again</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/actions.py" line="254" />
        <source>&amp;About Resolutions Viewer</source>
        <translation />
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/viewer/ui/navigation.py" line="57" />
        <source>Unknown symbol: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="56" />
        <source>Opening %1…</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/opening.py" line="89" />
        <source>%n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="118" />
        <source>Search cache cleared: %1 freed</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="133" />
        <source>Open a Collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="135" />
        <source>Collections (*.json);;All files (*)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="168" />
        <source>No recent files</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="171" />
        <source>Bundled Collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/opening.py" line="175" />
        <source>Clear the List</source>
        <translation />
    </message>
</context>
<context>
    <name>PagePane</name>
    <message>
        <location filename="../../src/viewer/ui/page_pane.py" line="47" />
        <source>Resolution details</source>
        <translation />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="83" />
        <source>Export PDF</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="83" />
        <source>PDF files (*.pdf)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="99" />
        <source>Saved %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/printing.py" line="101" />
        <source>%1 cannot be written: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="21" />
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="18" />
        <source>&amp;Look in:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/qt_strings.py" line="19" />
        <source>Files of &amp;type:</source>
        <translation />
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="164" />
        <source>Go to Paragraph</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="183" />
        <source>%1 has no paragraph %2</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="194" />
        <source>This resolution's text is not in the collection</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="198" />
        <source>This text is too long to be shown by paragraphs: use Find in Page (Ctrl+F)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="208" />
        <source>Paragraph (5, 8(a), 5-7):</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="216" />
        <source>Nothing to cite: open a resolution first</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="218" />
        <source>Cite Paragraph</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="236" />
        <location filename="../../src/viewer/ui/reading.py" line="278" />
        <location filename="../../src/viewer/ui/reading.py" line="294" />
        <source>Copied %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="252" />
        <source>Copy Paragraph with Citation</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="254" />
        <source>Copy Citation to Paragraph %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/reading.py" line="256" />
        <source>Copy Link to Paragraph</source>
        <translation />
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="87" />
        <source>… and %n more</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="88" />
        <source>%1 cannot be opened.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="90" />
        <source>The bundled collection is shown instead.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="92" />
        <source>The collection on display stays as it was.</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/app.py" line="95" />
        <source>File refused</source>
        <translation />
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../src/viewer/ui/result_delegate.py" line="39" />
        <source>matched in French</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/result_delegate.py" line="40" />
        <source>matched in English</source>
        <translation />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="229" />
        <source>Loading the collection…</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="231" />
        <source>Indexing… %1%</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="238" />
        <source>Search words, "phrases", symbols, organ:SC year:2016</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="241" />
        <source>Search</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="242" />
        <source>Resolutions by organ</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="252" />
        <source>Words (all must match), "a phrase", word*, -excluded, OR</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="253" />
        <source>A symbol in any spelling: S/RES/2396 (2017), 2396, 71/19</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="254" />
        <source>Filters, with words or alone:</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="255" />
        <source>  organ:SC   organ:SC,GA   (Security Council, General Assembly)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="256" />
        <source>  year:2016   year:2014..2017   year:1990s</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="257" />
        <source>  topic:ID   (the collection's topics)   has:text   (full text held)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="258" />
        <source>Ctrl+K: here from anywhere · Esc: clear</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="263" />
        <source>Search results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="264" />
        <source>Number of results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="361" />
        <source>No results</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/search_panel.py" line="362" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="365" />
        <source>results for %1 (close spelling)</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/search_panel.py" line="367" />
        <source>no exact match: close spellings</source>
        <translation />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Move through the results</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="55" />
        <source>Up, Down, Page Up, Page Down</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Open the highlighted result</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="56" />
        <source>Enter</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="57" />
        <source>Clear the search, back to the tree</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="57" />
        <source>Esc</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Mouse side buttons</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="58" />
        <source>Back / forward</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="59" />
        <source>Zoom</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="59" />
        <source>Ctrl+wheel</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="63" />
        <source>Action</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/dialogs.py" line="63" />
        <source>Keys</source>
        <translation />
    </message>
</context>
<context>
    <name>SortBox</name>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="11" />
        <source>Most relevant first</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="12" />
        <source>Newest first</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="13" />
        <source>Oldest first</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/sort_box.py" line="42" />
        <source>Order of the results</source>
        <translation />
    </message>
</context>
<context>
    <name>Starring</name>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="70" />
        <source>Added to favourites: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="70" />
        <source>Removed from favourites: %1</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="86" />
        <source>Favourite</source>
        <translation />
    </message>
    <message>
        <location filename="../../src/viewer/ui/starring.py" line="113" />
        <source>No favourites yet: Ctrl+D stars a resolution</source>
        <translation />
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/viewer/ui/timeline.py" line="77" />
        <source>Timeline of the resolutions</source>
        <translation />
    </message>
    <message numerus="yes">
        <location filename="../../src/viewer/ui/timeline.py" line="224" />
        <source>%n resolution(s)</source>
        <translation><numerusform>%n resolution</numerusform><numerusform>%n resolutions</numerusform></translation>
    </message>
</context>
<context>
    <name>TreeModel</name>
    <message>
        <location filename="../../src/viewer/ui/tree_model.py" line="172" />
        <source>Favourites</source>
        <translation />
    </message>
</context>
</TS>