<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="97"/>
        <source>What happens here?</source>
        <translation>Hvad sker der her?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="98"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="100"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="101"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="103"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="105"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="108"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="110"/>
        <source>Interview, survey, analytics…</source>
        <translation>Interview, spørgeskema, webanalyse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="111"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="115"/>
        <source>The personas this card is about</source>
        <translation>De personaer, kortet handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="123"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="129"/>
        <source>e.g. mobile, checkout</source>
        <translation>fx mobil, betaling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="130"/>
        <source>Separate tags with commas</source>
        <translation>Adskil tags med komma</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="131"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="149"/>
        <source>None checked: the card is about every persona.</source>
        <translation>Ingen valgt: kortet handler om alle personaer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="150"/>
        <source>This map has no personas yet.</source>
        <translation>Kortet har endnu ingen personaer.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="163"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="164"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="168"/>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="169"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="172"/>
        <source>Changes apply to every selected card.</source>
        <translation>Ændringer gælder for alle de valgte kort.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="170"/>
        <source>Choose a colour</source>
        <extracomment>What a multi-item field reads when the items disagree. A field&apos;s ``shown`` before anything was shown: forces the next sync to show the value.</extracomment>
        <translation>Vælg en farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="175"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="177"/>
        <source>Use the lane&apos;s default card colour again</source>
        <translation>Brug rækkens standardfarve til kort igen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="193"/>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="196"/>
        <source>Lane default</source>
        <translation>Rækkens standard</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../journeymapper/commands/clipboard.py" line="79"/>
        <source>Paste</source>
        <translation>Sæt ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/curves.py" line="47"/>
        <source>Change Emotion</source>
        <translation>Ændr følelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="67"/>
        <source>Import KPIs</source>
        <extracomment>Title of a KPI lane made for an import or a preset, in the map&apos;s language (as the templates name it).</extracomment>
        <translation>Importér KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="108"/>
        <source>Add KPI</source>
        <translation>Tilføj KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/lanes.py" line="21"/>
        <source>Add Lane</source>
        <translation>Tilføj række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/lanes.py" line="35"/>
        <source>Move Lane</source>
        <translation>Flyt række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/lanes.py" line="48"/>
        <source>Resize Lane</source>
        <translation>Ændr rækkehøjde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/map_fields.py" line="23"/>
        <source>Edit Map Properties</source>
        <translation>Rediger kortets egenskaber</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/metrics.py" line="46"/>
        <source>Edit Metric Value</source>
        <translation>Rediger KPI-værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/stages.py" line="25"/>
        <source>Add Stage</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/stages.py" line="47"/>
        <source>Move Stage</source>
        <translation>Flyt fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/stages.py" line="67"/>
        <source>Resize Stage</source>
        <translation>Ændr fasebredde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drag.py" line="142"/>
        <source>Edit Emotion Label</source>
        <extracomment>Extra reach around a face, in screen pixels, that still grabs the point.</extracomment>
        <translation>Rediger følelsesetiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="101"/>
        <source>Add Curve</source>
        <translation>Tilføj kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="162"/>
        <source>Add Emotion Curve</source>
        <translation>Tilføj følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="186"/>
        <source>Show Curve</source>
        <translation>Vis kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="186"/>
        <source>Hide Curve</source>
        <translation>Skjul kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="190"/>
        <source>Remove Curve</source>
        <translation>Fjern kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="190"/>
        <source>Remove Curves</source>
        <translation>Fjern kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="186"/>
        <source>Set Card Image</source>
        <translation>Sæt billede på kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="191"/>
        <source>Add Image</source>
        <translation>Tilføj billede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="191"/>
        <source>Add Images</source>
        <translation>Tilføj billeder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="90"/>
        <source>Edit Card</source>
        <translation>Rediger kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="235"/>
        <source>Add Persona</source>
        <translation>Tilføj persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="243"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="221"/>
        <source>Delete Persona</source>
        <translation>Slet persona</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="90"/>
        <source>Drag to another card to connect them</source>
        <extracomment>Handle radius in points, and at least this many screen pixels.</extracomment>
        <translation>Træk til et andet kort for at forbinde dem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="155"/>
        <source>These cards are already connected.</source>
        <translation>Kortene er allerede forbundet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="190"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="68"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="250"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="251"/>
        <source>Stage</source>
        <extracomment>Longer files are imported in full; the preview lists this many rows.</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="68"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="250"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="68"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="250"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="68"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="250"/>
        <source>Target</source>
        <translation>Målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="251"/>
        <source>Lane</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="251"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="251"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="251"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="78"/>
        <source>Import KPIs from CSV</source>
        <translation>Importér KPI&apos;er fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="78"/>
        <source>Choose a CSV File with KPIs</source>
        <translation>Vælg en CSV-fil med KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="79"/>
        <source>Import Cards from CSV</source>
        <translation>Importér kort fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="79"/>
        <source>Choose a CSV File with Cards</source>
        <translation>Vælg en CSV-fil med kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="83"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="89"/>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="89"/>
        <source>semicolons</source>
        <translation>semikoloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="89"/>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="164"/>
        <source>{file}: {rows} rows, read as {encoding}, separated by {delimiter}.</source>
        <translation>{file}: {rows} linjer, læst som {encoding}, adskilt af {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="171"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="181"/>
        <source>(choose a column)</source>
        <translation>(vælg en kolonne)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="181"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="183"/>
        <source>(column {number})</source>
        <translation>(kolonne {number})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="187"/>
        <source>(optional)</source>
        <translation>(valgfri)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="206"/>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="206"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="207"/>
        <source>Skip bad rows and import the others</source>
        <translation>Spring fejlbehæftede linjer over, og importér resten</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="212"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="243"/>
        <source>Each row gives a KPI&apos;s value (and optionally its target and unit) in one stage. Stages and KPIs are matched by name, ignoring case; new KPIs are added.</source>
        <translation>Hver linje angiver en KPI&apos;s værdi (og eventuelt dens målværdi og enhed) i én fase. Faser og KPI&apos;er findes ud fra navnet, uden hensyn til store og små bogstaver; nye KPI&apos;er bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="245"/>
        <source>Each row becomes a card: its stage, its lane (by title or kind) and its text, optionally how it is known (observed, assumed, proposed) and the source.</source>
        <translation>Hver linje bliver til et kort: fase, række (efter titel eller type) og tekst, eventuelt grundlaget (observeret, antaget, foreslået) og kilden.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="250"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="263"/>
        <source>Choose the column for: {fields}.</source>
        <translation>Vælg kolonnen for: {fields}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="286"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="290"/>
        <source>1 row cannot be imported.</source>
        <translation>1 linje kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="291"/>
        <source>{count} rows cannot be imported.</source>
        <translation>{count} linjer kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="292"/>
        <source>Correct the file and import it again, or skip these rows:</source>
        <translation>Ret filen, og importér den igen, eller spring disse linjer over:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="304"/>
        <source>The values of 1 row will be imported</source>
        <translation>Værdierne fra 1 linje bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="305"/>
        <source>The values of {count} rows will be imported</source>
        <translation>Værdierne fra {count} linjer bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="306"/>
        <source>(new KPIs: {new}, updated KPIs: {updated}).</source>
        <translation>(nye KPI&apos;er: {new}, opdaterede KPI&apos;er: {updated}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="309"/>
        <source>The map has no KPI lane, so one is added.</source>
        <translation>Kortet har ingen KPI-række, så der bliver tilføjet en.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="311"/>
        <source>1 card will be added.</source>
        <translation>1 kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="311"/>
        <source>{count} cards will be added.</source>
        <translation>{count} kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="314"/>
        <source>No row can be imported.</source>
        <translation>Ingen linjer kan importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="314"/>
        <source>The file has no rows to import.</source>
        <translation>Filen har ingen linjer at importere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="331"/>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="335"/>
        <source>value was {value}</source>
        <translation>værdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="337"/>
        <source>target was {value}</source>
        <translation>målværdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="338"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="374"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="374"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="386"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="397"/>
        <source>The file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
</context>
<context>
    <name>CurveDrag</name>
    <message>
        <location filename="../../journeymapper/canvas/curve_drag.py" line="148"/>
        <source>Label for this point</source>
        <translation>Etiket til dette punkt</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="52"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="57"/>
        <source>Unnamed persona</source>
        <extracomment>Colours for new personas: the Okabe–Ito set, told apart with most kinds of colour blindness.</extracomment>
        <translation>Unavngiven persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="53"/>
        <source>{name} ({variant})</source>
        <translation>{name} ({variant})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="72"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="74"/>
        <source>Persona {n}</source>
        <translation>Persona {n}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="144"/>
        <source>Emotion curves go in an emotions lane or an empty lane. Add one from the Lanes section of the palette first.</source>
        <translation>Følelseskurver hører hjemme i en følelsesrække eller en tom række. Tilføj først en fra afsnittet Rækker i paletten.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="172"/>
        <source>{name} already has a {variant} curve in this lane.</source>
        <translation>{name} har allerede en {variant} kurve i denne række.</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="32"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="33"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="34"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="37"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="38"/>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="39"/>
        <source>Save as &amp;Template…</source>
        <translation>Gem som s&amp;kabelon…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="41"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="42"/>
        <source>&amp;KPIs from CSV…</source>
        <translation>&amp;KPI&apos;er fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="43"/>
        <source>&amp;Cards from CSV…</source>
        <translation>K&amp;ort fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="44"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="45"/>
        <source>Export &amp;Image…</source>
        <translation>Eksportér &amp;billede…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="47"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="50"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="55"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="56"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="57"/>
        <source>&amp;Paste</source>
        <translation>Sæt &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="58"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="59"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="61"/>
        <source>Select &amp;All</source>
        <translation>&amp;Markér alt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="63"/>
        <source>&amp;Insert</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="64"/>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="65"/>
        <source>&amp;Lane</source>
        <translation>&amp;Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="66"/>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="67"/>
        <source>&amp;KPI…</source>
        <translation>K&amp;PI…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="69"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="70"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="71"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="72"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="73"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Faktisk størrelse (100&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="75"/>
        <source>F&amp;unnel…</source>
        <translation>T&amp;ragt…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="76"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="80"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="81"/>
        <source>&amp;About Journey Mapper</source>
        <translation>&amp;Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="108"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="111"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="119"/>
        <source>Main</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="141"/>
        <source>Clear Recent Files</source>
        <translation>Ryd seneste filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="178"/>
        <source>Could not export the image</source>
        <translation>Billedet kunne ikke eksporteres</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="68"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="197"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="207"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="76"/>
        <source>Custom size</source>
        <extracomment>The map&apos;s layout, made once: the page count is recounted on every change.</extracomment>
        <translation>Brugerdefineret størrelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="84"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="85"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="88"/>
        <source>Fit the map on one sheet</source>
        <translation>Hele kortet på ét ark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="89"/>
        <source>Poster: tiled sheets at a chosen scale</source>
        <translation>Plakat: flere ark i en valgt skala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="90"/>
        <source>Pages: whole stages per page</source>
        <translation>Sider: hele faser pr. side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="101"/>
        <source>Cover page</source>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="103"/>
        <source>A page per persona</source>
        <translation>En side pr. persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="106"/>
        <source>Appendix: cards and KPIs</source>
        <translation>Bilag: kort og KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="111"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="116"/>
        <source>Open when done</source>
        <translation>Åbn PDF&apos;en bagefter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="120"/>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="121"/>
        <source>Custom size:</source>
        <translation>Brugerdefineret:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="122"/>
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="123"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="124"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="125"/>
        <source>Margins:</source>
        <translation>Margener:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Include:</source>
        <translation>Medtag:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="130"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="131"/>
        <source>Save as:</source>
        <translation>Gem som:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="135"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="189"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="190"/>
        <source>{count} pages</source>
        <translation>{count} sider</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="198"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="208"/>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} er en mappe. Vælg et filnavn.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="20"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Kunderejsekort (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="20"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="29"/>
        <source>Open Journey Map</source>
        <translation>Åbn kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="49"/>
        <source>Save Journey Map</source>
        <translation>Gem kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="54"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="54"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbillede (*.svg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="55"/>
        <source>Export Image</source>
        <translation>Eksportér billede</translation>
    </message>
</context>
<context>
    <name>FunnelDialog</name>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="57"/>
        <source>{value}%</source>
        <extracomment>A step losing more than this share is drawn in red (the journey check warns about it too).</extracomment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="152"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="152"/>
        <source>no conversion (previous count is 0)</source>
        <translation>ingen konvertering (forrige antal er 0)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="155"/>
        <source>{share} of previous</source>
        <translation>{share} af forrige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="157"/>
        <source>{share} drop-off</source>
        <translation>{share} frafald</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="183"/>
        <source>Funnel</source>
        <translation>Tragt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="191"/>
        <source>Count metric:</source>
        <translation>KPI med antal:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="205"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="205"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="205"/>
        <source>Step conversion</source>
        <translation>Trinkonvertering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="206"/>
        <source>Drop-off</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="206"/>
        <source>Overall conversion</source>
        <translation>Samlet konvertering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="265"/>
        <source>This map has no count metric. Add a KPI that counts visitors or customers per stage (Insert &gt; KPI… &gt; Visitors) and give it a value in each stage.</source>
        <translation>Kortet har ingen KPI, der tæller noget. Tilføj en KPI, der tæller besøgende eller kunder pr. fase (Indsæt &gt; KPI… &gt; Besøgende), og giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="268"/>
        <source>“{metric}” has no values yet. Give it a value in each stage.</source>
        <translation>»{metric}« har endnu ingen værdier. Giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="283"/>
        <source>More than half of the customers are lost at this step.</source>
        <translation>Over halvdelen af kunderne går tabt på dette trin.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="290"/>
        <source>{share} of “{first}” reach “{last}”</source>
        <translation>{share} af »{first}« når frem til »{last}«</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="168"/>
        <source>Drop images onto a card or into a cell of an Images lane.</source>
        <extracomment>Longest side of a stored image; larger images are scaled down on import. Cards draw images at most this many pixels on a side (sharp up to several times zoom). What Qt may allocate to decode one image (the pixel limit keeps real images far below it).</extracomment>
        <translation>Slip billeder på et kort eller i en celle i en billedrække.</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="465"/>
        <source>Select one card, stage or lane to edit it, several cards to change their colour or evidence together, or nothing to edit the map itself.</source>
        <translation>Markér et kort, en fase eller en række for at redigere det markerede, flere kort for at ændre farve eller grundlag for dem alle på én gang, eller ingenting for at redigere selve kunderejsekortet.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="388"/>
        <source>Not changed: {reason}</source>
        <extracomment>The pages made so far; each is made when first shown (start-up needs only the map&apos;s).</extracomment>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="446"/>
        <source>untitled</source>
        <translation>uden titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="452"/>
        <source>Card in {lane} · {stage}</source>
        <translation>Kort i {lane} · {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="455"/>
        <source>Stage “{name}”</source>
        <translation>Fase »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="457"/>
        <source>Lane “{title}”</source>
        <translation>Række »{title}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="459"/>
        <source>Map “{title}”</source>
        <translation>Kunderejsekort »{title}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="461"/>
        <source>{count} cards selected</source>
        <translation>{count} kort valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="464"/>
        <source>Persona “{name}”</source>
        <translation>Persona »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="466"/>
        <source>Connector</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="467"/>
        <source>{count} items selected</source>
        <translation>{count} elementer valgt</translation>
    </message>
</context>
<context>
    <name>JourneyCheck</name>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="76"/>
        <source>{path}: {problem}</source>
        <extracomment>Edits that never pause for DEBOUNCE_MS still get a check this often. At most this many findings are listed per severity; the rest are counted in one line. Every template of ``MESSAGES`` as a literal, so translation tools extract them (a test checks that the two stay the same).</extracomment>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="77"/>
        <source>Stage &quot;{stage}&quot; has no touchpoint.</source>
        <translation>Fasen »{stage}« har intet berøringspunkt.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="78"/>
        <source>Stage &quot;{stage}&quot; has no point on any emotion curve.</source>
        <translation>Fasen »{stage}« har intet punkt på nogen følelseskurve.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="79"/>
        <source>The {variant} emotion curve of &quot;{persona}&quot; has no point for {stages}.</source>
        <translation>Den {variant} følelseskurve for »{persona}« har intet punkt i {stages}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="80"/>
        <source>Persona &quot;{persona}&quot; has no emotion curve.</source>
        <translation>Personaen »{persona}« har ingen følelseskurve.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="81"/>
        <source>Pain point &quot;{card}&quot; in stage &quot;{stage}&quot; has no opportunity in the same stage or connected to it.</source>
        <translation>Smertepunktet »{card}« i fasen »{stage}« har ingen mulighed, hverken i samme fase eller forbundet med det.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="83"/>
        <source>The {variant} emotion curve of &quot;{persona}&quot; dips to {value} in stage &quot;{stage}&quot;, but no pain point is recorded there.</source>
        <translation>Den {variant} følelseskurve for »{persona}« falder til {value} i fasen »{stage}«, men der er ikke noteret noget smertepunkt dér.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="85"/>
        <source>KPI &quot;{metric}&quot; misses its target in stage &quot;{stage}&quot;: {value} against {target}.</source>
        <translation>KPI&apos;en »{metric}« når ikke sit mål i fasen »{stage}« ({value} mod {target}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="87"/>
        <source>Funnel &quot;{metric}&quot; loses {lost} of its customers from &quot;{previous}&quot; to &quot;{stage}&quot;.</source>
        <translation>Tragten »{metric}« mister {lost} af kunderne fra »{previous}« til »{stage}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="89"/>
        <source>Card &quot;{card}&quot; in stage &quot;{stage}&quot; leads nowhere, though the journey goes on.</source>
        <translation>Kortet »{card}« i fasen »{stage}« fører ingen steder hen, selv om rejsen fortsætter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="91"/>
        <source>No journey reaches card &quot;{card}&quot; in stage &quot;{stage}&quot;.</source>
        <translation>Ingen rejse når frem til kortet »{card}« i fasen »{stage}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="92"/>
        <source>Customers can go round in a loop: {cards}.</source>
        <translation>Kunderne kan ende i en løkke: {cards}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="93"/>
        <source>{share} of the cards are assumed, not observed: the map is mostly guesswork.</source>
        <translation>{share} af kortene er antaget, ikke observeret: kunderejsekortet bygger mest på gætværk.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="97"/>
        <source>as-is</source>
        <extracomment>Curve variant names inside messages (``analysis.check.VARIANT_NAMES``).</extracomment>
        <translation>nuværende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="97"/>
        <source>to-be</source>
        <translation>fremtidige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="124"/>
        <source>Errors</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="124"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="124"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="315"/>
        <source>No findings. Every stage has a touchpoint, and nothing in the map needs attention.</source>
        <extracomment>Seconds the last check took (shown nowhere; for diagnostics and benchmarks).</extracomment>
        <translation>Ingen fund. Alle faser har et berøringspunkt, og intet på kortet kræver opmærksomhed.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="337"/>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="359"/>
        <source>The check failed: {error}</source>
        <translation>Tjekket mislykkedes: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="399"/>
        <source>Click to show it on the map.</source>
        <translation>Klik for at vise det på kortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="400"/>
        <source>This is not drawn on the map.</source>
        <translation>Dette vises ikke på kortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="404"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
</context>
<context>
    <name>KpiPresets</name>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="51"/>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="91"/>
        <source>Add KPI</source>
        <translation>Tilføj KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="63"/>
        <source>This map already has this KPI.</source>
        <translation>Kortet har allerede denne KPI.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="71"/>
        <source>e.g. Newsletter sign-ups</source>
        <translation>fx Tilmeldinger til nyhedsbrev</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="76"/>
        <source>%, s, kr, customers…</source>
        <translation>%, s, kr., kunder…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="77"/>
        <source>Higher values are better</source>
        <translation>Højere værdier er bedre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="82"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="83"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="96"/>
        <source>Presets</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="106"/>
        <source>The map has no KPI lane yet: one is added with the KPI.</source>
        <translation>Kortet har endnu ingen KPI-række: der bliver tilføjet en sammen med KPI&apos;en.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="107"/>
        <source>The KPI is added to the lane “{lane}”. Give it values per stage in the map.</source>
        <translation>KPI&apos;en bliver tilføjet til rækken »{lane}«. Giv den værdier pr. fase på kortet.</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="208"/>
        <source>Lane title</source>
        <translation>Rækkens titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="209"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="212"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="213"/>
        <source>Lane Colour</source>
        <translation>Rækkefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="214"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="216"/>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
</context>
<context>
    <name>LayerMenus</name>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="76"/>
        <source>Connector style</source>
        <translation>Forbindelsestype</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="86"/>
        <source>Edit Label</source>
        <translation>Rediger etiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="88"/>
        <source>Delete Connector</source>
        <translation>Slet forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="98"/>
        <source>Add a curve</source>
        <translation>Tilføj en kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="102"/>
        <source>Add curve for {name}</source>
        <translation>Tilføj kurve for {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="105"/>
        <source>Add to-be curve for {name}</source>
        <translation>Tilføj fremtidig kurve for {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="107"/>
        <source>Add curve for a new persona</source>
        <translation>Tilføj kurve for en ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="111"/>
        <source>Curves</source>
        <translation>Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="114"/>
        <source>Hide {curve}</source>
        <translation>Skjul {curve}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="114"/>
        <source>Show {curve}</source>
        <translation>Vis {curve}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="120"/>
        <source>Remove curve {curve}</source>
        <translation>Fjern kurven {curve}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="52"/>
        <source>Palette</source>
        <extracomment>Every open editor window, so New/Open can reuse a pristine one and the app can quit cleanly.</extracomment>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="53"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="56"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="59"/>
        <source>Journey check</source>
        <translation>Rejsetjek</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="142"/>
        <source>{name}[*] — Journey Mapper</source>
        <translation>{name}[*] — Journey Mapper</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/main_window.py" line="150"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n element valgt</numerusform>
            <numerusform>%n elementer valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="153"/>
        <source>{stages} stages, {lanes} lanes, {cards} cards</source>
        <translation>{stages} faser, {lanes} rækker, {cards} kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="155"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="186"/>
        <source>Saved as template “{name}”</source>
        <translation>Gemt som skabelonen »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="205"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="264"/>
        <location filename="../../journeymapper/ui/main_window.py" line="332"/>
        <source>File changed on disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="266"/>
        <source>“{name}” was moved or deleted by another program.</source>
        <translation>»{name}« er blevet flyttet eller slettet af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="267"/>
        <source>Your map is still open here. Save it to keep it.</source>
        <translation>Dit kort er stadig åbent her. Gem det for at beholde det.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="272"/>
        <source>“{name}” was changed by another program.</source>
        <translation>»{name}« er blevet ændret af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="273"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="275"/>
        <source>Reloading loses your unsaved changes.</source>
        <translation>Hvis du genindlæser, mister du dine ikke-gemte ændringer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="276"/>
        <source>Keep Mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="277"/>
        <source>Save As…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="279"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="287"/>
        <source>Could not reload the map</source>
        <translation>Kortet kunne ikke genindlæses</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="318"/>
        <source>Could not save the map</source>
        <translation>Kortet kunne ikke gemmes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="324"/>
        <source>Saved {name}</source>
        <translation>Gemt: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="333"/>
        <source>“{name}” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>»{name}« er blevet ændret af et andet program, siden du åbnede den. Vil du overskrive den med din version?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="348"/>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="349"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Vil du gemme ændringerne i »{name}«, før du lukker?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="351"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Dine ændringer går tabt, hvis du ikke gemmer dem.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="399"/>
        <source>About Journey Mapper</source>
        <translation>Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="401"/>
        <source>Journey Mapper {version}</source>
        <translation>Journey Mapper {version}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="402"/>
        <source>An offline editor for customer journey maps.
Your maps never leave this computer.

Font: Noto Sans, SIL Open Font License 1.1.</source>
        <translation>En offline-editor til kunderejsekort.
Dine kort forlader aldrig denne computer.

Skrifttype: Noto Sans, SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="230"/>
        <source>Map title</source>
        <translation>Kortets titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="231"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="232"/>
        <source>What this journey is about</source>
        <translation>Hvad kunderejsen handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="233"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="236"/>
        <source>Client</source>
        <translation>Opdragsgiver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="238"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="240"/>
        <source>The language of the map&apos;s own texts, e.g. in exports</source>
        <translation>Sproget i kortets egne tekster, fx ved eksport</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="241"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="250"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="252"/>
        <source>Emotion scale</source>
        <translation>Følelsesskala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="253"/>
        <source>Curve points outside a new scale are moved into it.</source>
        <translation>Kurvepunkter uden for en ny skala flyttes ind på skalaen.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="182"/>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
</context>
<context>
    <name>MapSession</name>
    <message>
        <location filename="../../journeymapper/ui/session.py" line="163"/>
        <source>Untitled</source>
        <extracomment>Modified without an undo step (e.g. restored from a crash): cleared by saving.</extracomment>
        <translation>Uden titel</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="20"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="21"/>
        <source>Touchpoints</source>
        <translation>Berøringspunkter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="22"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="23"/>
        <source>Thoughts</source>
        <translation>Tanker</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="24"/>
        <source>Emotions</source>
        <translation>Følelser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="25"/>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="26"/>
        <source>Opportunities</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="27"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="28"/>
        <source>KPIs</source>
        <translation>KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="29"/>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="30"/>
        <source>Images</source>
        <translation>Billeder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="39"/>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="40"/>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="41"/>
        <source>Social media</source>
        <translation>Sociale medier</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="42"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="43"/>
        <source>Advertising</source>
        <translation>Annoncering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="44"/>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="45"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="46"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="47"/>
        <source>Push notification</source>
        <translation>Pushnotifikation</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="48"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="49"/>
        <source>Word of mouth</source>
        <translation>Mund til mund</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="50"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="59"/>
        <source>Observed</source>
        <translation>Observeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="60"/>
        <source>Assumed</source>
        <translation>Antaget</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="61"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="70"/>
        <source>As is</source>
        <translation>nuværende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="71"/>
        <source>To be</source>
        <translation>fremtidig</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="80"/>
        <source>Flow</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="81"/>
        <source>Going back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="82"/>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="92"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="93"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="103"/>
        <source>Touchpoint</source>
        <translation>Berøringspunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="104"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="105"/>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="106"/>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="107"/>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="108"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="109"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="39"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="68"/>
        <source>Cut</source>
        <extracomment>Set after an insert so the view can open the in-place editor on the new item.</extracomment>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="83"/>
        <source>The clipboard holds no Journey Mapper cards.</source>
        <translation>Udklipsholderen indeholder ingen kort fra Journey Mapper.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="87"/>
        <source>Add a lane for cards before pasting.</source>
        <translation>Tilføj en række til kort, før du sætter ind.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="124"/>
        <source>Add a stage and a lane for cards first.</source>
        <translation>Tilføj først en fase og en række til kort.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="130"/>
        <source>Add Card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="141"/>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="171"/>
        <source>Drop cards onto a cell of the map.</source>
        <translation>Slip kortene i en celle på kunderejsekortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="175"/>
        <source>This lane holds no cards.</source>
        <translation>Der kan ikke ligge kort i denne række.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="410"/>
        <source> ×</source>
        <extracomment>What the editor gave back right after showing ``shown``: a value the editor cannot hold exactly (600 tags, a comma inside a tag) must not count as an edit the user made.</extracomment>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="412"/>
        <source>Relative size: 1 is normal</source>
        <translation>Relativ størrelse: 1 er normal</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="65"/>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="67"/>
        <source>Touchpoint</source>
        <translation>Berøringspunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="68"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="69"/>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="70"/>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="71"/>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="72"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="77"/>
        <source>Drag onto a cell to add a card there</source>
        <translation>Træk til en celle for at tilføje et kort dér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="78"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="79"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="80"/>
        <source>Drag between two stage columns to add a stage</source>
        <translation>Træk ind mellem to faser for at tilføje en fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="81"/>
        <source>Emotion curve</source>
        <translation>Følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="82"/>
        <source>Drag onto an emotions lane to add a persona&apos;s curve</source>
        <translation>Træk til en følelsesrække for at tilføje en personas kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="83"/>
        <source>Lanes</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="87"/>
        <source>Drag between two lanes to add a lane</source>
        <translation>Træk ind mellem to rækker for at tilføje en række</translation>
    </message>
</context>
<context>
    <name>PdfExportRunner</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="232"/>
        <source>Exporting PDF…</source>
        <translation>Eksporterer PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="232"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="233"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="266"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="267"/>
        <source>The PDF could not be exported.</source>
        <translation>PDF&apos;en kunne ikke eksporteres.</translation>
    </message>
</context>
<context>
    <name>PersonaChecklist</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="232"/>
        <source>Unnamed</source>
        <translation>Unavngiven</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="70"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="70"/>
        <source>New Persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="79"/>
        <source>e.g. Student, first laptop</source>
        <translation>fx Studerende, første bærbare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="80"/>
        <source>In their own words</source>
        <translation>Med personaens egne ord</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="83"/>
        <source>One goal per line</source>
        <translation>Ét mål pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="85"/>
        <source>One frustration per line</source>
        <translation>Én frustration pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="87"/>
        <source>Age, place, work, income…</source>
        <translation>Alder, bopæl, arbejde, indkomst…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="88"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="88"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="89"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="89"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="90"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="90"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="91"/>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="96"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="106"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="109"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="117"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="164"/>
        <source>Persona Colour</source>
        <translation>Personafarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="198"/>
        <source>Drop a
photo here</source>
        <translation>Slip et
foto her</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="53"/>
        <source>Fade the cards about other personas and show only this persona&apos;s curves</source>
        <translation>Ton kortene om andre personaer ned, og vis kun denne personas kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="55"/>
        <source>Filter map by persona</source>
        <translation>Filtrér kortet efter persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="61"/>
        <source>Tick a persona to show its emotion curves</source>
        <translation>Sæt flueben ved en persona for at vise dens følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="76"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="76"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="77"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="83"/>
        <source>Curves</source>
        <translation>Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="85"/>
        <source>Add or remove the selected persona&apos;s emotion curves</source>
        <translation>Tilføj eller fjern den valgte personas følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="130"/>
        <source>All personas</source>
        <translation>Alle personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="154"/>
        <source>No emotion curve yet: add one with Curves</source>
        <translation>Ingen følelseskurve endnu: tilføj en med Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="170"/>
        <source>No personas yet.</source>
        <translation>Ingen personaer endnu.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="177"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="177"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="191"/>
        <source>Not changed: {reason}</source>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="237"/>
        <source>Select a persona first</source>
        <translation>Vælg først en persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="237"/>
        <source>The map has no emotions lane</source>
        <translation>Kortet har ingen følelsesrække</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="248"/>
        <source>Add {variant} curve</source>
        <translation>Tilføj {variant} kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="252"/>
        <source>Remove {variant} curve</source>
        <translation>Fjern {variant} kurve</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="98"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="44"/>
        <source>Choose a Photo</source>
        <translation>Vælg et foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="45"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="34"/>
        <source>Recover unsaved work</source>
        <translation>Gendan ikke-gemt arbejde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="38"/>
        <source>Journey Mapper did not close properly last time. These maps had changes that were not saved:</source>
        <translation>Journey Mapper blev ikke lukket korrekt sidste gang. Disse kort havde ændringer, der ikke var gemt:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="46"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="47"/>
        <source>&amp;Save As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="48"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="49"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Beslut senere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="66"/>
        <source>(damaged copy)</source>
        <translation>(beskadiget kopi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="67"/>
        <source>never saved</source>
        <translation>aldrig gemt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="68"/>
        <source>{title} — {where}, autosaved {when}</source>
        <translation>{title} — {where}, gemt automatisk {when}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="108"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="189"/>
        <source>Stage name</source>
        <translation>Fasens navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="190"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="192"/>
        <source>What the customer does in this stage</source>
        <translation>Hvad kunden gør i denne fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="193"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="195"/>
        <source>Stage Colour</source>
        <translation>Fasefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="196"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="198"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="68"/>
        <source>E-commerce</source>
        <translation>E-handel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="68"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="68"/>
        <source>Service design</source>
        <translation>Servicedesign</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>My templates</source>
        <translation>Mine skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="123"/>
        <source>New Journey Map</source>
        <translation>Nyt kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="141"/>
        <source>Name or description</source>
        <translation>Navn eller beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="144"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="153"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="154"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="166"/>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="167"/>
        <source>Cannot be opened</source>
        <translation>Kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="175"/>
        <source>No template matches.</source>
        <translation>Ingen skabeloner passer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="177"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="179"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="181"/>
        <source>&amp;Rename…</source>
        <translation>O&amp;mdøb…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="182"/>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="184"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="186"/>
        <source>My templates:</source>
        <translation>Mine skabeloner:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="153"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="214"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="220"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="361"/>
        <source>No template selected</source>
        <translation>Ingen skabelon valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="368"/>
        <source>This template cannot be opened:</source>
        <translation>Skabelonen kan ikke åbnes:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="372"/>
        <source>Stages: {names}</source>
        <translation>Faser: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="373"/>
        <source>{stages} stages, {lanes} lanes, {cards} cards</source>
        <translation>{stages} faser, {lanes} rækker, {cards} kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="391"/>
        <source>Could not open the template</source>
        <translation>Skabelonen kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="403"/>
        <source>Rename Template</source>
        <translation>Omdøb skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="403"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="407"/>
        <source>Could not rename the template</source>
        <translation>Skabelonen kunne ikke omdøbes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="416"/>
        <source>Delete Template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="417"/>
        <source>Delete the template “{name}”? This cannot be undone.</source>
        <translation>Vil du slette skabelonen »{name}«? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="421"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="426"/>
        <source>Could not delete the template</source>
        <translation>Skabelonen kunne ikke slettes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="435"/>
        <source>Export Template</source>
        <translation>Eksportér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="436"/>
        <location filename="../../journeymapper/ui/gallery.py" line="444"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Kunderejsekort (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="440"/>
        <source>Could not export the template</source>
        <translation>Skabelonen kunne ikke eksporteres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="443"/>
        <source>Import Template</source>
        <translation>Importér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="444"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="447"/>
        <source>Could not import the template</source>
        <translation>Skabelonen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="475"/>
        <source>Save as Template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="475"/>
        <source>Template name:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="479"/>
        <source>Could not save the template</source>
        <translation>Skabelonen kunne ikke gemmes</translation>
    </message>
</context>
</TS>
