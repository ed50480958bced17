<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../journeymapper/ui/plurals.py" line="26"/>
        <source>%n stage(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/plurals.py" line="26"/>
        <source>%n lane(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/plurals.py" line="27"/>
        <source>%n card(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="100"/>
        <source>What happens here?</source>
        <translation>Hvad sker der her?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="101"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="103"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="104"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="106"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="108"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="111"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="113"/>
        <source>Interview, survey, analytics…</source>
        <translation>Interview, spørgeskema, webanalyse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="114"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="118"/>
        <source>The personas this card is about</source>
        <translation>De personaer, kortet handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="126"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="132"/>
        <source>e.g. mobile, checkout</source>
        <translation>fx mobil, betaling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="133"/>
        <source>Separate tags with commas</source>
        <translation>Adskil tags med komma</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="134"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="152"/>
        <source>None checked: the card is about every persona.</source>
        <translation>Ingen valgt: kortet handler om alle personaer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="153"/>
        <source>This map has no personas yet.</source>
        <translation>Kortet har endnu ingen personaer.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="166"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="167"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="171"/>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="172"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="175"/>
        <source>Changes apply to every selected card.</source>
        <translation>Ændringer gælder for alle de valgte kort.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="171"/>
        <source>Choose a colour</source>
        <extracomment>What a multi-item field reads when the items disagree. A field&apos;s ``shown`` before anything was shown: forces the next sync to show the value.</extracomment>
        <translation>Vælg en farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="176"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="178"/>
        <source>Use the lane&apos;s default card colour again</source>
        <translation>Brug rækkens standardfarve til kort igen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="194"/>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="197"/>
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
        <location filename="../../journeymapper/commands/imports.py" line="122"/>
        <source>Import KPIs</source>
        <extracomment>Title of a KPI lane made for an import or a preset, in the map&apos;s language (as the templates name it).</extracomment>
        <translation>Importér KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="106"/>
        <source>Remember Stage Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="133"/>
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
        <location filename="../../journeymapper/commands/stages.py" line="26"/>
        <source>Add Stage</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/stages.py" line="41"/>
        <source>Move Stage</source>
        <translation>Flyt fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/stages.py" line="61"/>
        <source>Resize Stage</source>
        <translation>Ændr fasebredde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drag.py" line="156"/>
        <source>Edit Emotion Label</source>
        <extracomment>Extra reach around a face, in screen pixels, that still grabs the point.</extracomment>
        <translation>Rediger følelsesetiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="104"/>
        <source>Add Curve</source>
        <translation>Tilføj kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="235"/>
        <source>Add Emotion Curve</source>
        <translation>Tilføj følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="259"/>
        <source>Show Curve</source>
        <translation>Vis kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="259"/>
        <source>Hide Curve</source>
        <translation>Skjul kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="263"/>
        <source>Remove Curve</source>
        <translation>Fjern kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="263"/>
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
        <location filename="../../journeymapper/ui/inspector.py" line="93"/>
        <source>Edit Card</source>
        <translation>Rediger kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="228"/>
        <source>Add Persona</source>
        <translation>Tilføj persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="236"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="245"/>
        <source>Delete Persona</source>
        <translation>Slet persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="50"/>
        <source>Take Theirs</source>
        <extracomment>Conflicts on these kinds change the grid or the curves, which views then lay out afresh.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="50"/>
        <source>Keep Mine</source>
        <translation type="unfinished">Behold min</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="127"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="28"/>
        <source>Update Cards</source>
        <extracomment>What a sheet row may change on a card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="60"/>
        <source>Delete Cards Missing from the Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="67"/>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/votes.py" line="17"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="116"/>
        <source>Compare &amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="119"/>
        <source>Another &amp;Map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="120"/>
        <source>The Last &amp;Saved Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="121"/>
        <source>The &amp;Backup (.bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="122"/>
        <source>&amp;Merge With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="136"/>
        <source>Next &amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="137"/>
        <source>Previous Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="139"/>
        <source>Close &amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="176"/>
        <source>the last saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="186"/>
        <source>Could not compare the maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="198"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="232"/>
        <source>No differences from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="234"/>
        <source>Compared with {name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="307"/>
        <location filename="../../journeymapper/ui/compare_ui.py" line="316"/>
        <source>Could not merge the maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/compare_ui.py" line="321"/>
        <source>Merged {name}: %n conflict(s) to resolve.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="324"/>
        <source>Merged {name} with no conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="333"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="356"/>
        <source>Conflicted copy found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="357"/>
        <source>{tool} left a conflicted copy of this map: “{copy}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="358"/>
        <source>Another computer changed the map at the same time. Compare the copy with your map, or merge its changes in (conflicts are kept for you to review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="361"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="362"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="363"/>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="55"/>
        <source>Keep Mine</source>
        <extracomment>The number of conflicts left, after every change.</extracomment>
        <translation type="unfinished">Behold min</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="57"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="104"/>
        <source>%n conflict(s) to resolve from a merge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="105"/>
        <source>No merge conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="112"/>
        <source>you changed it, they deleted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="114"/>
        <source>you deleted it, they changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="116"/>
        <source>moved to different places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="119"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="119"/>
        <source>Stage</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="119"/>
        <source>Lane</source>
        <translation type="unfinished">Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="119"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="120"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="120"/>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="120"/>
        <source>Curve point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="121"/>
        <source>Connector</source>
        <translation type="unfinished">Forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="121"/>
        <source>KPI</source>
        <translation type="unfinished">KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="121"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="137"/>
        <source>the other map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="138"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="139"/>
        <source>Theirs (from {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="140"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="87"/>
        <source>Drag to another card to connect them</source>
        <extracomment>Handle radius in points, and at least this many screen pixels.</extracomment>
        <translation>Træk til et andet kort for at forbinde dem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="152"/>
        <source>These cards are already connected.</source>
        <translation>Kortene er allerede forbundet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="187"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="47"/>
        <source>One row per stage and KPI</source>
        <extracomment>Steps listed with a drop-down; a &quot;Pages and screens&quot; export can have thousands of pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="47"/>
        <source>One row per stage, a column per KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="48"/>
        <source>One row per KPI, a column per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="52"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="52"/>
        <source>name without its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="53"/>
        <source>name ignoring case and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="53"/>
        <source>by order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="54"/>
        <source>remembered from the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="54"/>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="55"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="56"/>
        <source>no stage matches: pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="65"/>
        <source>Table and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="79"/>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="80"/>
        <source>By order (first step, first stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="86"/>
        <source>The file has:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="87"/>
        <source>Match steps to stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="92"/>
        <source>Tick the columns to import as KPIs; double-click to rename a KPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="273"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Stage</source>
        <extracomment>Longer files are imported in full; the preview lists this many rows.</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <source>Step in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="104"/>
        <source>KPIs from the columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="107"/>
        <source>Steps and their stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="164"/>
        <source>Steps are read from the column &quot;{column}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="184"/>
        <source>Column &quot;{column}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="186"/>
        <source>Targets from the column &quot;{column}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="201"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="399"/>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="204"/>
        <source>(skip this step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="273"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="273"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="273"/>
        <source>Target</source>
        <translation>Målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Lane</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="72"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="80"/>
        <source>Import KPIs from CSV</source>
        <translation>Importér KPI&apos;er fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="80"/>
        <source>Choose a CSV File with KPIs</source>
        <translation>Vælg en CSV-fil med KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="81"/>
        <source>Import Cards from CSV</source>
        <translation>Importér kort fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="81"/>
        <source>Choose a CSV File with Cards</source>
        <translation>Vælg en CSV-fil med kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="85"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="87"/>
        <source>UTF-8 mixed with Windows-1252 (each line read in its own; check accented letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="92"/>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="92"/>
        <source>semicolons</source>
        <translation>semikoloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="92"/>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="168"/>
        <source>{file}: {rows} rows, read as {encoding}, separated by {delimiter}.</source>
        <translation>{file}: {rows} linjer, læst som {encoding}, adskilt af {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="180"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="190"/>
        <source>(choose a column)</source>
        <translation>(vælg en kolonne)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="190"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="192"/>
        <source>(column {number})</source>
        <translation>(kolonne {number})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="196"/>
        <source>(optional)</source>
        <translation>(valgfri)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="215"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="215"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="216"/>
        <source>Skip bad rows and import the others</source>
        <translation>Spring fejlbehæftede linjer over, og importér resten</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="221"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="262"/>
        <source>Each row gives a KPI&apos;s value (and optionally its target and unit) in one stage, or the file is an analytics export with a row per step and a column per KPI (or the other way round). Steps are matched to stages by name, also without a leading number, case and accents; pick a stage for the others. New KPIs are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="266"/>
        <source>Each row becomes a card: its stage, its lane (by title or kind) and its text, optionally how it is known (observed, assumed, proposed) and the source.</source>
        <translation>Hver linje bliver til et kort: fase, række (efter titel eller type) og tekst, eventuelt grundlaget (observeret, antaget, foreslået) og kilden.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="271"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="273"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="287"/>
        <source>Choose the column for: {fields}.</source>
        <translation>Vælg kolonnen for: {fields}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="322"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="327"/>
        <source>1 row cannot be imported.</source>
        <translation>1 linje kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="328"/>
        <source>{count} rows cannot be imported.</source>
        <translation>{count} linjer kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="329"/>
        <source>Correct the file and import it again, or skip these rows:</source>
        <translation>Ret filen, og importér den igen, eller spring disse linjer over:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="342"/>
        <source>1 value will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="343"/>
        <source>{count} values will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="345"/>
        <source>The values of 1 row will be imported</source>
        <translation>Værdierne fra 1 linje bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="346"/>
        <source>The values of {count} rows will be imported</source>
        <translation>Værdierne fra {count} linjer bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="347"/>
        <source>(new KPIs: {new}, updated KPIs: {updated}).</source>
        <translation>(nye KPI&apos;er: {new}, opdaterede KPI&apos;er: {updated}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="350"/>
        <source>The map has no KPI lane, so one is added.</source>
        <translation>Kortet har ingen KPI-række, så der bliver tilføjet en.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="352"/>
        <source>Source noted on the KPIs: {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="354"/>
        <source>1 card will be added.</source>
        <translation>1 kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="354"/>
        <source>{count} cards will be added.</source>
        <translation>{count} kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="357"/>
        <source>No row can be imported.</source>
        <translation>Ingen linjer kan importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="357"/>
        <source>The file has no rows to import.</source>
        <translation>Filen har ingen linjer at importere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="374"/>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="378"/>
        <source>value was {value}</source>
        <translation>værdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="380"/>
        <source>target was {value}</source>
        <translation>målværdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="381"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="399"/>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="432"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="432"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="444"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="455"/>
        <source>The file cannot be imported.</source>
        <translation>Filen kan ikke importeres.</translation>
    </message>
</context>
<context>
    <name>CurveDrag</name>
    <message>
        <location filename="../../journeymapper/canvas/curve_drag.py" line="162"/>
        <source>Label for this point</source>
        <translation>Etiket til dette punkt</translation>
    </message>
</context>
<context>
    <name>CurvePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="52"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="54"/>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="56"/>
        <source>The stage whose point is shown (Left/Right on the canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="58"/>
        <source>Stage</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="61"/>
        <source>Up/Down on the canvas change it by one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="62"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="65"/>
        <source>Set Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="67"/>
        <source>Give this curve a value at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="75"/>
        <source>Value</source>
        <translation type="unfinished">Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="85"/>
        <source>What the customer feels here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="86"/>
        <source>Label</source>
        <translation type="unfinished">Etiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="88"/>
        <source>The research has no value for this stage yet: the curve is drawn through its neighbours with a faint dotted bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="117"/>
        <source>untitled</source>
        <translation type="unfinished">uden titel</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="54"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="59"/>
        <source>Unnamed persona</source>
        <translation>Unavngiven persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="55"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="197"/>
        <source>{name} ({variant})</source>
        <translation>{name} ({variant})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="74"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="76"/>
        <source>Persona {n}</source>
        <translation>Persona {n}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="147"/>
        <source>Emotion curves go in an emotions lane or an empty lane. Add one from the Lanes section of the palette first.</source>
        <translation>Følelseskurver hører hjemme i en følelsesrække eller en tom række. Tilføj først en fra afsnittet Rækker i paletten.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="205"/>
        <source>New Persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="216"/>
        <source>New Persona</source>
        <translation type="unfinished">Ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="216"/>
        <source>Name of the persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="245"/>
        <source>{name} already has a {variant} curve in this lane.</source>
        <translation>{name} har allerede en {variant} kurve i denne række.</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="34"/>
        <source>Mermaid journey diagrams (*.mmd *.mermaid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="34"/>
        <source>All files (*)</source>
        <translation type="unfinished">Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="39"/>
        <source>Import a Mermaid Journey Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="45"/>
        <source>Import Mermaid Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="45"/>
        <source>The diagram cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="52"/>
        <source>Export a Mermaid Journey Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="58"/>
        <source>Export Mermaid Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="66"/>
        <source>Export Cards and KPIs as a Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="70"/>
        <source>Export Cards as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="70"/>
        <source>Export KPIs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="71"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckExportRunner</name>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="132"/>
        <source>Making the slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="133"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="162"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="166"/>
        <source>Export PowerPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="163"/>
        <source>The deck could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="167"/>
        <source>The deck was exported, with these remarks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferencesPanel</name>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="65"/>
        <source>Close Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="36"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="37"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="38"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="39"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="43"/>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="44"/>
        <source>Save as &amp;Template…</source>
        <translation>Gem som s&amp;kabelon…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="46"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="47"/>
        <source>&amp;KPIs from CSV…</source>
        <translation>&amp;KPI&apos;er fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="48"/>
        <source>&amp;Cards from CSV…</source>
        <translation>K&amp;ort fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="49"/>
        <location filename="../../journeymapper/ui/actions.py" line="52"/>
        <source>&amp;Mermaid Journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="50"/>
        <location filename="../../journeymapper/ui/actions.py" line="53"/>
        <source>&amp;Spreadsheet (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="51"/>
        <source>Export &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="54"/>
        <source>&amp;Cards as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="55"/>
        <source>&amp;KPIs as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="56"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportér PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="57"/>
        <source>Export &amp;PowerPoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="58"/>
        <source>Export &amp;Image…</source>
        <translation>Eksportér &amp;billede…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="60"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="61"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="63"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="73"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="74"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="75"/>
        <source>&amp;Paste</source>
        <translation>Sæt &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="76"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="77"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="78"/>
        <source>Co&amp;nnect Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="80"/>
        <source>Select &amp;All</source>
        <translation>&amp;Markér alt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="82"/>
        <source>&amp;Insert</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="84"/>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="86"/>
        <source>&amp;Lane</source>
        <translation>&amp;Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="88"/>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="90"/>
        <source>&amp;KPI…</source>
        <translation>K&amp;PI…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="92"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="93"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="95"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="96"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="97"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Faktisk størrelse (100&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="99"/>
        <source>F&amp;unnel…</source>
        <translation>T&amp;ragt…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="102"/>
        <source>Ne&amp;xt Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="104"/>
        <source>Pre&amp;vious Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="108"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="112"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="113"/>
        <source>&amp;About Journey Mapper</source>
        <translation>&amp;Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="67"/>
        <location filename="../../journeymapper/ui/actions.py" line="151"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="69"/>
        <location filename="../../journeymapper/ui/actions.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="151"/>
        <source>&amp;Undo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="152"/>
        <source>&amp;Redo {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="159"/>
        <source>Main</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="189"/>
        <source>Clear Recent Files</source>
        <translation>Ryd seneste filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="261"/>
        <source>Could not export the image</source>
        <translation>Billedet kunne ikke eksporteres</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="84"/>
        <source>Something went wrong</source>
        <extracomment>The log is cut back to its newer half once it grows past this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="86"/>
        <source>That action stopped because of an unexpected error. Your map is still open: you can go on working, and saving it now is a good idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="88"/>
        <source>(the log could not be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="89"/>
        <source>The details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="90"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDeckDialog</name>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="63"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="106"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="116"/>
        <source>Export PowerPoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="65"/>
        <source>Widescreen (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="66"/>
        <source>Standard (4:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="69"/>
        <source>Browse…</source>
        <translation type="unfinished">Gennemse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="74"/>
        <source>Open when done</source>
        <translation type="unfinished">Åbn PDF&apos;en bagefter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="77"/>
        <source>Slide size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="78"/>
        <source>Save as:</source>
        <translation type="unfinished">Gem som:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="81"/>
        <source>Export</source>
        <translation type="unfinished">Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="107"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="117"/>
        <source>{path} is a folder. Choose a file name.</source>
        <translation type="unfinished">{path} er en mappe. Vælg et filnavn.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="223"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="233"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="79"/>
        <source>Custom size</source>
        <extracomment>The map&apos;s layout, made once: the page count is recounted on every change.</extracomment>
        <translation>Brugerdefineret størrelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="87"/>
        <source>Automatic (larger map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="88"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="89"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="92"/>
        <source>Fit the map on one sheet</source>
        <translation>Hele kortet på ét ark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="93"/>
        <source>Poster: tiled sheets at a chosen scale</source>
        <translation>Plakat: flere ark i en valgt skala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="94"/>
        <source>Pages: whole stages per page</source>
        <translation>Sider: hele faser pr. side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="114"/>
        <source>Cover page</source>
        <extracomment>The smallest size any map text prints at with these options, red below the minimum.</extracomment>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="116"/>
        <source>A page per persona</source>
        <translation>En side pr. persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Appendix: cards and KPIs</source>
        <translation>Bilag: kort og KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="124"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Open when done</source>
        <translation>Åbn PDF&apos;en bagefter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="133"/>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Custom size:</source>
        <translation>Brugerdefineret:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="135"/>
        <source>Orientation:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="136"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="137"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="138"/>
        <source>Margins:</source>
        <translation>Margener:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="139"/>
        <source>Minimum text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="140"/>
        <source>Smallest text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="144"/>
        <source>Include:</source>
        <translation>Medtag:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="145"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="146"/>
        <source>Save as:</source>
        <translation>Gem som:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="150"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="206"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="207"/>
        <source>{count} pages</source>
        <translation>{count} sider</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="215"/>
        <source>{size} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="217"/>
        <source>(below the minimum: try Pages, a larger paper or a poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="224"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="234"/>
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
        <location filename="../../journeymapper/ui/file_dialogs.py" line="51"/>
        <source>Open Journey Map</source>
        <extracomment>Longest suggested name, before the suffix: well inside every file system&apos;s limit. Names Windows reserves for devices, with or without an extension.</extracomment>
        <translation>Åbn kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="71"/>
        <source>Save Journey Map</source>
        <translation>Gem kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="76"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="76"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbillede (*.svg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="77"/>
        <source>Export Image</source>
        <translation>Eksportér billede</translation>
    </message>
</context>
<context>
    <name>FunnelDialog</name>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="68"/>
        <source>{value}%</source>
        <extracomment>A step losing more than this share is drawn in red (the journey check warns about it too).</extracomment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="163"/>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="163"/>
        <source>no conversion (previous count is 0)</source>
        <translation>ingen konvertering (forrige antal er 0)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="166"/>
        <source>{share} of previous</source>
        <translation>{share} af forrige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="168"/>
        <source>{share} drop-off</source>
        <translation>{share} frafald</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="196"/>
        <source>Funnel</source>
        <extracomment>The document changed while the dialog was closed: read it again when it is shown.</extracomment>
        <translation>Tragt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="204"/>
        <source>Count metric:</source>
        <translation>KPI med antal:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="218"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="218"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="218"/>
        <source>Step conversion</source>
        <translation>Trinkonvertering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="219"/>
        <source>Drop-off</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="219"/>
        <source>Overall conversion</source>
        <translation>Samlet konvertering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="302"/>
        <source>This map has no count metric. Add a KPI that counts visitors or customers per stage (Insert &gt; KPI… &gt; Visitors) and give it a value in each stage.</source>
        <translation>Kortet har ingen KPI, der tæller noget. Tilføj en KPI, der tæller besøgende eller kunder pr. fase (Indsæt &gt; KPI… &gt; Besøgende), og giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="305"/>
        <source>“{metric}” has no values yet. Give it a value in each stage.</source>
        <translation>»{metric}« har endnu ingen værdier. Giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="320"/>
        <source>More than half of the customers are lost at this step.</source>
        <translation>Over halvdelen af kunderne går tabt på dette trin.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="327"/>
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
        <location filename="../../journeymapper/ui/inspector_pages.py" line="485"/>
        <source>Select one card, stage or lane to edit it, several cards to change their colour or evidence together, or nothing to edit the map itself.</source>
        <translation>Markér et kort, en fase eller en række for at redigere det markerede, flere kort for at ændre farve eller grundlag for dem alle på én gang, eller ingenting for at redigere selve kunderejsekortet.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="413"/>
        <source>Not changed: {reason}</source>
        <extracomment>The pages made so far; each is made when first shown (start-up needs only the map&apos;s).</extracomment>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="471"/>
        <source>untitled</source>
        <translation>uden titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="477"/>
        <source>Card in {lane} · {stage}</source>
        <translation>Kort i {lane} · {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="480"/>
        <source>Stage “{name}”</source>
        <translation>Fase »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="482"/>
        <source>Lane “{title}”</source>
        <translation>Række »{title}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="484"/>
        <source>Map “{title}”</source>
        <translation>Kunderejsekort »{title}«</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="486"/>
        <source>%n card(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="488"/>
        <source>Emotion curve</source>
        <translation type="unfinished">Følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="490"/>
        <source>KPI</source>
        <translation type="unfinished">KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="496"/>
        <source>%n item(s) selected</source>
        <translation type="unfinished">
            <numerusform>%n element valgt</numerusform>
            <numerusform>%n elementer valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="493"/>
        <source>Persona “{name}”</source>
        <translation>Persona »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="495"/>
        <source>Connector</source>
        <translation>Forbindelse</translation>
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
        <location filename="../../journeymapper/ui/check_dock.py" line="338"/>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="371"/>
        <source>The check failed: {error}</source>
        <translation>Tjekket mislykkedes: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="411"/>
        <source>Click to show it on the map.</source>
        <translation>Klik for at vise det på kortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="412"/>
        <source>This is not drawn on the map.</source>
        <translation>Dette vises ikke på kortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="416"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="82"/>
        <source>Select two cards to connect them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="124"/>
        <source>Add a stage and a lane first.</source>
        <extracomment>The widgets a user operates: each needs a name a screen reader can say. The lane kind a palette card entry belongs in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="171"/>
        <source>column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="171"/>
        <source>row headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="174"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="176"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../journeymapper/ui/inspector.py" line="214"/>
        <source>Lane title</source>
        <translation>Rækkens titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="215"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="218"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="219"/>
        <source>Lane Colour</source>
        <translation>Rækkefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="220"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="222"/>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
</context>
<context>
    <name>LayerMenus</name>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="80"/>
        <source>Connector style</source>
        <extracomment>Opens the in-place editor of a connector&apos;s label (``ConnectorDrag.edit_label``).</extracomment>
        <translation>Forbindelsestype</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="90"/>
        <source>Edit Label</source>
        <translation>Rediger etiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="92"/>
        <source>Delete Connector</source>
        <translation>Slet forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="102"/>
        <source>Add a curve</source>
        <translation>Tilføj en kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="106"/>
        <source>Add curve for {name}</source>
        <translation>Tilføj kurve for {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="109"/>
        <source>Add to-be curve for {name}</source>
        <translation>Tilføj fremtidig kurve for {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="111"/>
        <source>Add curve for a new persona</source>
        <translation>Tilføj kurve for en ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="115"/>
        <source>Curves</source>
        <translation>Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="118"/>
        <source>Hide {curve}</source>
        <translation>Skjul {curve}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="118"/>
        <source>Show {curve}</source>
        <translation>Vis {curve}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="124"/>
        <source>Remove curve {curve}</source>
        <translation>Fjern kurven {curve}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="58"/>
        <source>Palette</source>
        <extracomment>Every open editor window, so New/Open can reuse a pristine one and the app can quit cleanly.</extracomment>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="60"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="64"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="67"/>
        <source>Journey check</source>
        <translation>Rejsetjek</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="70"/>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="81"/>
        <source>Journey map canvas</source>
        <extracomment>The dock panels, in the order View &gt; Panels lists them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="82"/>
        <source>Palette: drag an entry onto the map, or press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="182"/>
        <source>{name}[*] — Journey Mapper</source>
        <translation>{name}[*] — Journey Mapper</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/main_window.py" line="190"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n element valgt</numerusform>
            <numerusform>%n elementer valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="193"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="224"/>
        <source>Saved as template “{name}”</source>
        <translation>Gemt som skabelonen »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="243"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="292"/>
        <location filename="../../journeymapper/ui/main_window.py" line="376"/>
        <source>File changed on disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="294"/>
        <source>“{name}” was moved or deleted by another program.</source>
        <translation>»{name}« er blevet flyttet eller slettet af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="295"/>
        <source>Your map is still open here. Save it to keep it.</source>
        <translation>Dit kort er stadig åbent her. Gem det for at beholde det.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="300"/>
        <source>“{name}” was changed by another program.</source>
        <translation>»{name}« er blevet ændret af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="301"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="303"/>
        <source>Reloading loses your unsaved changes.</source>
        <translation>Hvis du genindlæser, mister du dine ikke-gemte ændringer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="304"/>
        <source>Keep Mine</source>
        <translation>Behold min</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="307"/>
        <source>Save As…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="309"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="317"/>
        <source>Could not reload the map</source>
        <translation>Kortet kunne ikke genindlæses</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="353"/>
        <location filename="../../journeymapper/ui/main_window.py" line="356"/>
        <source>Could not save the map</source>
        <translation>Kortet kunne ikke gemmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/main_window.py" line="364"/>
        <source>Saved {name} with %n merge conflict(s) still to resolve.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="367"/>
        <source>Saved {name}</source>
        <translation>Gemt: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="377"/>
        <source>“{name}” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>»{name}« er blevet ændret af et andet program, siden du åbnede den. Vil du overskrive den med din version?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="379"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="380"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished">Gem s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="397"/>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="398"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Vil du gemme ændringerne i »{name}«, før du lukker?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="400"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Dine ændringer går tabt, hvis du ikke gemmer dem.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="448"/>
        <source>About Journey Mapper</source>
        <translation>Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="450"/>
        <source>Journey Mapper {version}</source>
        <translation>Journey Mapper {version}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="451"/>
        <source>An offline editor for customer journey maps.
Your maps never leave this computer.

Font: Noto Sans, SIL Open Font License 1.1.</source>
        <translation>En offline-editor til kunderejsekort.
Dine kort forlader aldrig denne computer.

Skrifttype: Noto Sans, SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message>
        <location filename="../../journeymapper/ui/plurals.py" line="25"/>
        <source>{stages}, {lanes}, {cards}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="236"/>
        <source>Map title</source>
        <translation>Kortets titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="237"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="238"/>
        <source>What this journey is about</source>
        <translation>Hvad kunderejsen handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="239"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="242"/>
        <source>Client</source>
        <translation>Opdragsgiver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="243"/>
        <source>Your name or your firm&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="244"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="246"/>
        <source>Notes on how to use this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="247"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="249"/>
        <source>Shown only here: never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="251"/>
        <source>The language of the map&apos;s own texts, e.g. in exports</source>
        <translation>Sproget i kortets egne tekster, fx ved eksport</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="252"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="261"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="263"/>
        <source>Emotion scale</source>
        <translation>Følelsesskala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="264"/>
        <source>Curve points outside a new scale are moved into it.</source>
        <translation>Kurvepunkter uden for en ny skala flyttes ind på skalaen.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../journeymapper/canvas/scene.py" line="205"/>
        <source>Source: {source}</source>
        <translation>Kilde: {source}</translation>
    </message>
</context>
<context>
    <name>MapSession</name>
    <message>
        <location filename="../../journeymapper/ui/session.py" line="189"/>
        <source>This would make the map {size:.1f} MB, {over:.1f} MB over the {limit} MB limit for a map file; the map was not changed.</source>
        <extracomment>The session&apos;s revision after the change. The earlier revision an undo or redo brought the document back to (views may reuse theirs), or None. What one added or edited item may add to the file at most (a card with every text field full, escaped); a push checks the exact size only once this bound passes the limit. A :class:`DocumentChange`, after every edit, undo, redo and reload. A number per state of the document, one more for each change applied. The file as last loaded or saved (see :func:`disk_state`), recorded with the recovery copy. An upper bound on the size of the map&apos;s file, or None until measured. Modified without an undo step (e.g. restored from a crash): cleared by saving.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/session.py" line="295"/>
        <source>Untitled</source>
        <translation>Uden titel</translation>
    </message>
</context>
<context>
    <name>MetricCells</name>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="55"/>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="76"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="77"/>
        <source>KPI value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="80"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="81"/>
        <source>KPI target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="82"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="155"/>
        <source>KPI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="156"/>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="157"/>
        <source>e.g. %, €, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="158"/>
        <source>Unit</source>
        <translation type="unfinished">Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="159"/>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="160"/>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="161"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="165"/>
        <source>e.g. GA4, October 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="166"/>
        <source>Source</source>
        <translation type="unfinished">Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="169"/>
        <source>Values and targets by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="170"/>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="188"/>
        <source>Value</source>
        <translation type="unfinished">Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="170"/>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="188"/>
        <source>Target</source>
        <translation type="unfinished">Målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="178"/>
        <source>Empty means not measured. Double-click a cell or press F2 to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="200"/>
        <source>untitled</source>
        <translation type="unfinished">uden titel</translation>
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
    <name>NotesOverlay</name>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="70"/>
        <source>No notes for this stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="40"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="69"/>
        <source>Cut</source>
        <extracomment>Set after an insert so the view can open the in-place editor on the new item.</extracomment>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="84"/>
        <source>The clipboard holds no Journey Mapper cards.</source>
        <translation>Udklipsholderen indeholder ingen kort fra Journey Mapper.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="88"/>
        <source>Add a lane for cards before pasting.</source>
        <translation>Tilføj en række til kort, før du sætter ind.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="125"/>
        <source>Add a stage and a lane for cards first.</source>
        <translation>Tilføj først en fase og en række til kort.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="131"/>
        <source>Add Card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="142"/>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="172"/>
        <source>Drop cards onto a cell of the map.</source>
        <translation>Slip kortene i en celle på kunderejsekortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="176"/>
        <source>This lane holds no cards.</source>
        <translation>Der kan ikke ligge kort i denne række.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="418"/>
        <source> ×</source>
        <extracomment>What the editor gave back right after showing ``shown``: a value the editor cannot hold exactly (600 tags, a comma inside a tag) must not count as an edit the user made.</extracomment>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="420"/>
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
        <location filename="../../journeymapper/ui/export_dialog.py" line="258"/>
        <source>Exporting PDF…</source>
        <translation>Eksporterer PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="258"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="259"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="292"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="293"/>
        <source>The PDF could not be exported.</source>
        <translation>PDF&apos;en kunne ikke eksporteres.</translation>
    </message>
</context>
<context>
    <name>PersonaChecklist</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="240"/>
        <source>Unnamed</source>
        <translation>Unavngiven</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="63"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="63"/>
        <source>New Persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="72"/>
        <source>e.g. Student, first laptop</source>
        <translation>fx Studerende, første bærbare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="73"/>
        <source>In their own words</source>
        <translation>Med personaens egne ord</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="76"/>
        <source>One goal per line</source>
        <translation>Ét mål pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="78"/>
        <source>One frustration per line</source>
        <translation>Én frustration pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="80"/>
        <source>Age, place, work, income…</source>
        <translation>Alder, bopæl, arbejde, indkomst…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="81"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="81"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="82"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="82"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="83"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="83"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="84"/>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="89"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="102"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="110"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="157"/>
        <source>Persona Colour</source>
        <translation>Personafarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="191"/>
        <source>Drop a
photo here</source>
        <translation>Slip et
foto her</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="64"/>
        <source>Fade the cards about other personas and show only this persona&apos;s curves</source>
        <translation>Ton kortene om andre personaer ned, og vis kun denne personas kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="66"/>
        <source>Filter map by persona</source>
        <translation>Filtrér kortet efter persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="72"/>
        <source>Tick a persona to show its emotion curves</source>
        <translation>Sæt flueben ved en persona for at vise dens følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="87"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="87"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="88"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="94"/>
        <source>Curves</source>
        <translation>Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="96"/>
        <source>Add or remove the selected persona&apos;s emotion curves</source>
        <translation>Tilføj eller fjern den valgte personas følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="152"/>
        <source>All personas</source>
        <translation>Alle personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="176"/>
        <source>No emotion curve yet: add one with Curves</source>
        <translation>Ingen følelseskurve endnu: tilføj en med Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="192"/>
        <source>No personas yet.</source>
        <translation>Ingen personaer endnu.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="199"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="199"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="213"/>
        <source>Not changed: {reason}</source>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="261"/>
        <source>Select a persona first</source>
        <translation>Vælg først en persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="261"/>
        <source>The map has no emotions lane</source>
        <translation>Kortet har ingen følelsesrække</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="272"/>
        <source>Add {variant} curve</source>
        <translation>Tilføj {variant} kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="276"/>
        <source>Remove {variant} curve</source>
        <translation>Fjern {variant} kurve</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="84"/>
        <source>{title} — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="151"/>
        <source>Go to stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="199"/>
        <source>Persona: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="199"/>
        <source>All personas</source>
        <translation type="unfinished">Alle personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="207"/>
        <source>Overview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="208"/>
        <source>Stage {number} of {total}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="39"/>
        <source>Presenter — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="90"/>
        <source>Step {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="92"/>
        <source>No notes for this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="94"/>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="96"/>
        <source>Last step: Escape returns to the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="100"/>
        <source>Presenting for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="103"/>
        <source>Timer {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="34"/>
        <source>Pain point</source>
        <translation type="unfinished">Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="35"/>
        <source>Opportunity</source>
        <translation type="unfinished">Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Stage</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="59"/>
        <source>Clear Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="61"/>
        <source>Take every vote off the map for a new round (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="93"/>
        <source>(empty card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/priorities.py" line="100"/>
        <source>%n vote(s) on pain points and opportunities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="119"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="45"/>
        <source>Choose a Photo</source>
        <translation>Vælg et foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="46"/>
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
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="71"/>
        <source>(damaged copy)</source>
        <translation>(beskadiget kopi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="72"/>
        <source>never saved</source>
        <translation>aldrig gemt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="73"/>
        <source>{title} — {where}, autosaved {when}</source>
        <translation>{title} — {where}, gemt automatisk {when}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="113"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="133"/>
        <source>the damaged copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="138"/>
        <source>Discard recovered changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="139"/>
        <source>Delete the recovered changes to {name}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="140"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="45"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="45"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="45"/>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="45"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="55"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="154"/>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="78"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="74"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="78"/>
        <source>Stage</source>
        <translation type="unfinished">Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="74"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="78"/>
        <source>Lane</source>
        <translation type="unfinished">Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="70"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="74"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="78"/>
        <source>Text</source>
        <translation type="unfinished">Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="70"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="74"/>
        <source>Evidence</source>
        <translation type="unfinished">Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="81"/>
        <source>KPI</source>
        <translation type="unfinished">KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="81"/>
        <source>Change</source>
        <translation type="unfinished">Ændring</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="82"/>
        <source>New KPI</source>
        <translation type="unfinished">Ny KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="83"/>
        <source>Values or targets changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="84"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="84"/>
        <source>Row</source>
        <translation type="unfinished">Linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="84"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="84"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="87"/>
        <source>Changed ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="88"/>
        <source>Added ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="89"/>
        <source>Missing from the sheet ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="90"/>
        <source>KPIs ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="91"/>
        <source>Cannot be imported ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="95"/>
        <source>Delete cards missing from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="101"/>
        <source>Import</source>
        <translation type="unfinished">Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="125"/>
        <source>1 row cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="126"/>
        <source>{count} rows cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="127"/>
        <source>correct the workbook and import it again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="129"/>
        <source>The workbook changes nothing in this map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="131"/>
        <source>they will be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="131"/>
        <source>they are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="132"/>
        <source>1 card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="133"/>
        <source>{count} cards changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="135"/>
        <source>{changed}, {added} added, {missing} missing from the sheet ({fate}); {kpis} new or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="138"/>
        <source>1 KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="138"/>
        <source>{count} KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="158"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="170"/>
        <source>The workbook cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="178"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="178"/>
        <source>All files (*)</source>
        <translation type="unfinished">Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="179"/>
        <source>Choose a Workbook Exported from This Map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="192"/>
        <source>Stage name</source>
        <translation>Fasens navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="193"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="195"/>
        <source>What the customer does in this stage</source>
        <translation>Hvad kunden gør i denne fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="196"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="198"/>
        <source>Stage Colour</source>
        <translation>Fasefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="199"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="201"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="202"/>
        <source>What to say when presenting this stage (not printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="203"/>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Swatches</name>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Indigo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Sky blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="27"/>
        <source>Lime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="27"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="30"/>
        <source>{lane} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="74"/>
        <source>More Colours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>E-commerce</source>
        <translation>E-handel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="69"/>
        <source>Service design</source>
        <translation>Servicedesign</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="71"/>
        <source>My templates</source>
        <translation>Mine skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="124"/>
        <source>New Journey Map</source>
        <translation>Nyt kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="143"/>
        <source>Name or description</source>
        <translation>Navn eller beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="146"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="155"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="156"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="168"/>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="169"/>
        <source>Cannot be opened</source>
        <translation>Kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="177"/>
        <source>No template matches.</source>
        <translation>Ingen skabeloner passer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="179"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="181"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="183"/>
        <source>&amp;Rename…</source>
        <translation>O&amp;mdøb…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="184"/>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="186"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="188"/>
        <source>My templates:</source>
        <translation>Mine skabeloner:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="155"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="216"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="222"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="381"/>
        <source>No template selected</source>
        <translation>Ingen skabelon valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="388"/>
        <source>This template cannot be opened:</source>
        <translation>Skabelonen kan ikke åbnes:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="392"/>
        <source>Stages: {names}</source>
        <translation>Faser: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="410"/>
        <source>Could not open the template</source>
        <translation>Skabelonen kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="422"/>
        <source>Rename Template</source>
        <translation>Omdøb skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="422"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="426"/>
        <source>Could not rename the template</source>
        <translation>Skabelonen kunne ikke omdøbes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="435"/>
        <source>Delete Template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="436"/>
        <source>Delete the template “{name}”? This cannot be undone.</source>
        <translation>Vil du slette skabelonen »{name}«? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="440"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="445"/>
        <source>Could not delete the template</source>
        <translation>Skabelonen kunne ikke slettes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="454"/>
        <source>Export Template</source>
        <translation>Eksportér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="455"/>
        <location filename="../../journeymapper/ui/gallery.py" line="463"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Kunderejsekort (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="459"/>
        <source>Could not export the template</source>
        <translation>Skabelonen kunne ikke eksporteres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="462"/>
        <source>Import Template</source>
        <translation>Importér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="463"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="466"/>
        <source>Could not import the template</source>
        <translation>Skabelonen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="494"/>
        <source>Save as Template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="494"/>
        <source>Template name:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="498"/>
        <source>Could not save the template</source>
        <translation>Skabelonen kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="126"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="127"/>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="103"/>
        <source>Time&apos;s up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="31"/>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="32"/>
        <source>Show the map full screen, stage by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="33"/>
        <source>Reduce &amp;Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="39"/>
        <source>&amp;Voting</source>
        <extracomment>The presentation while one is open (View › Present).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="42"/>
        <source>Add a Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="43"/>
        <source>Remove a Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="44"/>
        <source>Clear &amp;Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="48"/>
        <source>&amp;Timer</source>
        <extracomment>The workshop&apos;s countdown, shown over the canvas and the presentation; never part of the map.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop_actions.py" line="51"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="53"/>
        <source>&amp;Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="55"/>
        <source>&amp;Stop Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
