<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="99"/>
        <source>What happens here?</source>
        <translation>Hvad sker der her?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="100"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="102"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="103"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="105"/>
        <location filename="../../journeymapper/ui/inspector.py" line="116"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="107"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="110"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="112"/>
        <source>Interview, survey, analytics…</source>
        <translation>Interview, spørgeskema, webanalyse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="113"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="117"/>
        <source>The task&apos;s score in a Mermaid journey diagram, 1 (worst) to 5 (best)</source>
        <translation>Opgavens score i et Mermaid-kunderejsediagram, fra 1 (værst) til 5 (bedst)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="118"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="122"/>
        <source>The personas this card is about</source>
        <translation>De personaer, kortet handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="130"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="136"/>
        <source>e.g. mobile, checkout</source>
        <translation>fx mobil, betaling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="137"/>
        <source>Separate tags with commas</source>
        <translation>Adskil tags med komma</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="138"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="157"/>
        <source>None checked: the card is about every persona.</source>
        <translation>Ingen valgt: kortet handler om alle personaer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="158"/>
        <source>This map has no personas yet.</source>
        <translation>Kunderejsekortet har endnu ingen personaer.</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="171"/>
        <source>Card Colour</source>
        <translation>Kortfarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="172"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="176"/>
        <source>Mixed</source>
        <translation>Blandet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="177"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="180"/>
        <source>Changes apply to every selected card.</source>
        <translation>Ændringer gælder for alle de valgte kort.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="171"/>
        <source>Choose a colour</source>
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
        <location filename="../../journeymapper/commands/imports.py" line="31"/>
        <source>Import Card</source>
        <translation>Importér kort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/imports.py" line="31"/>
        <source>Import %n Card(s)</source>
        <translation>
            <numerusform>Importér %n kort</numerusform>
            <numerusform>Importér %n kort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="63"/>
        <location filename="../../journeymapper/commands/imports.py" line="118"/>
        <source>Import KPIs</source>
        <translation>Importér KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="102"/>
        <source>Remember Stage Matches</source>
        <translation>Husk fasernes match</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/imports.py" line="129"/>
        <location filename="../../journeymapper/commands/simple.py" line="27"/>
        <source>Add KPI</source>
        <translation>Tilføj KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/lanes.py" line="21"/>
        <location filename="../../journeymapper/commands/simple.py" line="26"/>
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
        <translation>Rediger kunderejsekortets egenskaber</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="26"/>
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
        <translation>Rediger følelsesetiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="102"/>
        <location filename="../../journeymapper/commands/simple.py" line="26"/>
        <source>Add Curve</source>
        <translation>Tilføj kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="236"/>
        <source>Add Emotion Curve</source>
        <translation>Tilføj følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="260"/>
        <source>Show Curve</source>
        <translation>Vis kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="260"/>
        <source>Hide Curve</source>
        <translation>Skjul kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="264"/>
        <source>Remove Curve</source>
        <translation>Fjern kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="264"/>
        <source>Remove Curves</source>
        <translation>Fjern kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="188"/>
        <source>Set Card Image</source>
        <translation>Sæt billede på kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="193"/>
        <location filename="../../journeymapper/commands/simple.py" line="28"/>
        <source>Add Image</source>
        <translation>Tilføj billede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="193"/>
        <source>Add Images</source>
        <translation>Tilføj billeder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="51"/>
        <location filename="../../journeymapper/ui/inspector.py" line="92"/>
        <source>Edit Card</source>
        <translation>Rediger kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="27"/>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="229"/>
        <source>Add Persona</source>
        <translation>Tilføj persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="27"/>
        <source>Add Connector</source>
        <translation>Tilføj forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="51"/>
        <source>Edit Stage</source>
        <translation>Rediger fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="51"/>
        <source>Edit Lane</source>
        <translation>Rediger række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="51"/>
        <source>Edit Curve</source>
        <translation>Rediger kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="52"/>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="237"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="52"/>
        <source>Edit Connector</source>
        <translation>Rediger forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="52"/>
        <source>Edit KPI</source>
        <translation>Rediger KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/simple.py" line="53"/>
        <source>Edit Image</source>
        <translation>Rediger billede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="15"/>
        <location filename="../../journeymapper/ui/personas.py" line="247"/>
        <source>Delete Persona</source>
        <translation>Slet persona</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="15"/>
        <source>Delete %n Persona(s)</source>
        <translation>
            <numerusform>Slet %n persona</numerusform>
            <numerusform>Slet %n personaer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="16"/>
        <source>Delete Stage</source>
        <translation>Slet fase</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="16"/>
        <source>Delete %n Stage(s)</source>
        <translation>
            <numerusform>Slet %n fase</numerusform>
            <numerusform>Slet %n faser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="17"/>
        <source>Delete Lane</source>
        <translation>Slet række</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="17"/>
        <source>Delete %n Lane(s)</source>
        <translation>
            <numerusform>Slet %n række</numerusform>
            <numerusform>Slet %n rækker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="18"/>
        <source>Delete Card</source>
        <translation>Slet kort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="18"/>
        <source>Delete %n Card(s)</source>
        <translation>
            <numerusform>Slet %n kort</numerusform>
            <numerusform>Slet %n kort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="19"/>
        <source>Delete Curve</source>
        <translation>Slet kurve</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="19"/>
        <source>Delete %n Curve(s)</source>
        <translation>
            <numerusform>Slet %n kurve</numerusform>
            <numerusform>Slet %n kurver</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="20"/>
        <source>Delete Connector</source>
        <translation>Slet forbindelse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="20"/>
        <source>Delete %n Connector(s)</source>
        <translation>
            <numerusform>Slet %n forbindelse</numerusform>
            <numerusform>Slet %n forbindelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="21"/>
        <source>Delete KPI</source>
        <translation>Slet KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="21"/>
        <source>Delete %n KPI(s)</source>
        <translation>
            <numerusform>Slet %n KPI</numerusform>
            <numerusform>Slet %n KPI&apos;er</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="22"/>
        <source>Delete Image</source>
        <translation>Slet billede</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="22"/>
        <source>Delete %n Image(s)</source>
        <translation>
            <numerusform>Slet %n billede</numerusform>
            <numerusform>Slet %n billeder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/removal.py" line="27"/>
        <source>Delete Item</source>
        <translation>Slet element</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/removal.py" line="27"/>
        <source>Delete %n Item(s)</source>
        <translation>
            <numerusform>Slet %n element</numerusform>
            <numerusform>Slet %n elementer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="50"/>
        <source>Take Theirs</source>
        <translation>Brug deres version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="50"/>
        <source>Keep Mine</source>
        <translation>Behold min version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/conflicts.py" line="127"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="28"/>
        <source>Update Cards</source>
        <translation>Opdatér kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="60"/>
        <source>Delete Cards Missing from the Sheet</source>
        <translation>Slet kort, der mangler i regnearket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/sheet_import.py" line="67"/>
        <source>Import Spreadsheet</source>
        <translation>Importér regneark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/votes.py" line="17"/>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/votes.py" line="29"/>
        <source>Clear Votes</source>
        <translation>Ryd stemmer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="160"/>
        <source>Connect Cards</source>
        <translation>Forbind kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="183"/>
        <source>Edit Connector Label</source>
        <translation>Rediger forbindelsens etiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="255"/>
        <source>Change Connector Style</source>
        <translation>Skift forbindelsens type</translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/cards.py" line="57"/>
        <location filename="../../journeymapper/commands/simple.py" line="26"/>
        <source>Add Card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/cards.py" line="57"/>
        <source>Add %n Card(s)</source>
        <translation>
            <numerusform>Tilføj %n kort</numerusform>
            <numerusform>Tilføj %n kort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/cards.py" line="100"/>
        <source>Move Card</source>
        <translation>Flyt kort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/cards.py" line="100"/>
        <source>Move %n Card(s)</source>
        <translation>
            <numerusform>Flyt %n kort</numerusform>
            <numerusform>Flyt %n kort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/cards.py" line="179"/>
        <source>Duplicate Card</source>
        <translation>Duplikér kort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/commands/cards.py" line="179"/>
        <source>Duplicate %n Card(s)</source>
        <translation>
            <numerusform>Duplikér %n kort</numerusform>
            <numerusform>Duplikér %n kort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/commands/metrics.py" line="46"/>
        <source>Edit KPI Value</source>
        <translation>Rediger KPI-værdi</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="129"/>
        <source>Compare &amp;With</source>
        <translation>Sammenlign &amp;med</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="132"/>
        <source>Another &amp;Map…</source>
        <translation>Et andet &amp;kunderejsekort…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="133"/>
        <source>The Last &amp;Saved Version</source>
        <translation>Den senest &amp;gemte version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="134"/>
        <source>The &amp;Backup (.bak)</source>
        <translation>&amp;Sikkerhedskopien (.bak)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="135"/>
        <source>&amp;Merge With…</source>
        <translation>&amp;Flet med…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="149"/>
        <source>Next &amp;Difference</source>
        <translation>Næste for&amp;skel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="150"/>
        <source>Previous Difference</source>
        <translation>Forrige forskel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="152"/>
        <source>Close &amp;Comparison</source>
        <translation>&amp;Luk sammenligning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="189"/>
        <source>the last saved version</source>
        <translation>den senest gemte version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="199"/>
        <source>Could not compare the maps</source>
        <translation>Kunderejsekortene kunne ikke sammenlignes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="222"/>
        <source>Differences</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="257"/>
        <source>No differences from {name}.</source>
        <translation>Ingen forskelle fra {name}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="259"/>
        <source>Compared with {name}: {summary}</source>
        <translation>Sammenlignet med {name}: {summary}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="333"/>
        <location filename="../../journeymapper/ui/compare_ui.py" line="345"/>
        <source>Could not merge the maps</source>
        <translation>Kunderejsekortene kunne ikke flettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/compare_ui.py" line="350"/>
        <source>Merged {name}: %n conflict(s) to resolve.</source>
        <translation>
            <numerusform>Flettet med {name}: %n konflikt skal løses.</numerusform>
            <numerusform>Flettet med {name}: %n konflikter skal løses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="353"/>
        <source>Merged {name} with no conflicts.</source>
        <translation>Flettet med {name} uden konflikter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="355"/>
        <source>(No common ancestor: every difference is a conflict.)</source>
        <translation>(Ingen fælles forgænger: hver forskel er en konflikt.)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="364"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="384"/>
        <source>Conflicted copy found</source>
        <translation>Konfliktkopi fundet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="385"/>
        <source>{tool} left a conflicted copy of this map: “{copy}”.</source>
        <translation>{tool} har efterladt en konfliktkopi af dette kunderejsekort: »{copy}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="386"/>
        <source>Another computer changed the map at the same time. Compare the copy with your map, or merge its changes in (conflicts are kept for you to review).</source>
        <translation>En anden computer ændrede kunderejsekortet samtidig. Sammenlign kopien med dit kunderejsekort, eller flet dens ændringer ind (konflikter gemmes, så du kan gennemgå dem).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="389"/>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="390"/>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="391"/>
        <source>Not Now</source>
        <translation>Ikke nu</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="59"/>
        <source>Keep Mine</source>
        <extracomment>Resolves a merge conflict with the user&apos;s own version of the item (Danish: &quot;Behold min version&quot;).</extracomment>
        <translation>Behold min version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="62"/>
        <source>Take Theirs</source>
        <extracomment>Resolves a merge conflict with the other map&apos;s version of the item.</extracomment>
        <translation>Brug deres version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="109"/>
        <source>%n conflict(s) to resolve from a merge.</source>
        <translation>
            <numerusform>%n konflikt fra en fletning skal løses.</numerusform>
            <numerusform>%n konflikter fra en fletning skal løses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="110"/>
        <source>No merge conflicts.</source>
        <translation>Ingen konflikter fra fletning.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="117"/>
        <source>you changed it, they deleted it</source>
        <translation>du ændrede det, de slettede det</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="119"/>
        <source>you deleted it, they changed it</source>
        <translation>du slettede det, de ændrede det</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="121"/>
        <source>moved to different places</source>
        <translation>flyttet til forskellige steder</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="124"/>
        <source>Map</source>
        <translation>Kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="124"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="124"/>
        <source>Lane</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="124"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="125"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="125"/>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="125"/>
        <source>Curve point</source>
        <translation>Kurvepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="126"/>
        <source>Connector</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="126"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="126"/>
        <source>Image</source>
        <translation>Billede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="142"/>
        <source>the other map</source>
        <translation>det andet kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="54"/>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="143"/>
        <source>Mine</source>
        <translation>Min version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="55"/>
        <source>Theirs</source>
        <translation>Deres version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="144"/>
        <source>Theirs (from {source})</source>
        <translation>Deres version (fra {source})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/conflicts_panel.py" line="145"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <location filename="../../journeymapper/canvas/connector_drag.py" line="87"/>
        <source>Drag to another card to connect them</source>
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
        <translation>Én linje pr. fase og KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="47"/>
        <source>One row per stage, a column per KPI</source>
        <translation>Én linje pr. fase, én kolonne pr. KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="48"/>
        <source>One row per KPI, a column per stage</source>
        <translation>Én linje pr. KPI, én kolonne pr. fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="52"/>
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="52"/>
        <source>name without its number</source>
        <translation>navn uden nummer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="53"/>
        <source>name ignoring case and accents</source>
        <translation>navn uden hensyn til store bogstaver og accenter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="53"/>
        <source>by order</source>
        <translation>efter rækkefølge</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="54"/>
        <source>remembered from the last import</source>
        <translation>husket fra sidste import</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="54"/>
        <source>chosen</source>
        <translation>valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="55"/>
        <source>skipped</source>
        <translation>sprunget over</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="56"/>
        <source>no stage matches: pick one</source>
        <translation>ingen fase passer: vælg en</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="65"/>
        <source>Table and stages</source>
        <translation>Tabel og faser</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="79"/>
        <source>By name</source>
        <translation>Efter navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="80"/>
        <source>By order (first step, first stage)</source>
        <translation>Efter rækkefølge (første trin, første fase)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="86"/>
        <source>The file has:</source>
        <translation>Filen har:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="87"/>
        <source>Match steps to stages:</source>
        <translation>Match trin med faser:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="92"/>
        <source>Tick the columns to import as KPIs; double-click to rename a KPI.</source>
        <translation>Markér de kolonner, der skal importeres som KPI&apos;er; dobbeltklik for at omdøbe en KPI.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="281"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="282"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <source>Step in the file</source>
        <translation>Trin i filen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="96"/>
        <source>Matched by</source>
        <translation>Matchet efter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="104"/>
        <source>KPIs from the columns:</source>
        <translation>KPI&apos;er fra kolonnerne:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="107"/>
        <source>Steps and their stages:</source>
        <translation>Trin og deres faser:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="164"/>
        <source>Steps are read from the column &quot;{column}&quot;.</source>
        <translation>Trinnene læses fra kolonnen »{column}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="184"/>
        <source>Column &quot;{column}&quot;</source>
        <translation>Kolonnen »{column}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="186"/>
        <source>Targets from the column &quot;{column}&quot;</source>
        <translation>Målværdier fra kolonnen »{column}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="201"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="407"/>
        <source>(no stage)</source>
        <translation>(ingen fase)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/analytics_panel.py" line="204"/>
        <source>(skip this step)</source>
        <translation>(spring dette trin over)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="281"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="281"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="71"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="281"/>
        <source>Target</source>
        <translation>Målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="72"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="72"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="282"/>
        <source>Lane</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="72"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="282"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="72"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="282"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="73"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="282"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="81"/>
        <source>Import KPIs from CSV</source>
        <translation>Importér KPI&apos;er fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="81"/>
        <source>Choose a CSV File with KPIs</source>
        <translation>Vælg en CSV-fil med KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="82"/>
        <source>Import Cards from CSV</source>
        <translation>Importér kort fra CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="82"/>
        <source>Choose a CSV File with Cards</source>
        <translation>Vælg en CSV-fil med kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="86"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 med BOM</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="88"/>
        <source>UTF-8 mixed with Windows-1252 (each line read in its own; check accented letters)</source>
        <translation>UTF-8 blandet med Windows-1252 (hver linje læst for sig; tjek bogstaver med accenter)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="93"/>
        <source>commas</source>
        <translation>kommaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="93"/>
        <source>semicolons</source>
        <translation>semikoloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="93"/>
        <source>tabs</source>
        <translation>tabulatorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="184"/>
        <source>{file}: {rows} rows, read as {encoding}, separated by {delimiter}.</source>
        <translation>{file}: {rows} linjer, læst som {encoding}, adskilt af {delimiter}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="196"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="206"/>
        <source>(choose a column)</source>
        <translation>(vælg en kolonne)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="206"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="208"/>
        <source>(column {number})</source>
        <translation>(kolonne {number})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="212"/>
        <source>(optional)</source>
        <translation>(valgfri)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="231"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="231"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="232"/>
        <source>Skip bad rows and import the others</source>
        <translation>Spring fejlbehæftede linjer over, og importér resten</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="236"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="270"/>
        <source>Each row gives a KPI&apos;s value (and optionally its target and unit) in one stage, or the file is an analytics export with a row per step and a column per KPI (or the other way round). Steps are matched to stages by name, also without a leading number, case and accents; pick a stage for the others. New KPIs are added.</source>
        <translation>Hver linje giver en KPI&apos;s værdi (og eventuelt dens målværdi og enhed) i én fase, eller filen er en eksport fra et analyseværktøj med én linje pr. trin og én kolonne pr. KPI (eller omvendt). Trin matches med faser efter navn, også uden foranstillet nummer, store bogstaver og accenter; vælg en fase til resten. Nye KPI&apos;er bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="274"/>
        <source>Each row becomes a card: its stage, its lane (by title or kind) and its text, optionally how it is known (observed, assumed, proposed) and the source.</source>
        <translation>Hver linje bliver til et kort: fase, række (efter titel eller type) og tekst, eventuelt grundlaget (observeret, antaget, foreslået) og kilden.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="279"/>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="281"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="295"/>
        <source>Choose the column for: {fields}.</source>
        <translation>Vælg kolonnen for: {fields}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="330"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="335"/>
        <source>1 row cannot be imported.</source>
        <translation>1 linje kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="336"/>
        <source>{count} rows cannot be imported.</source>
        <translation>{count} linjer kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="337"/>
        <source>Correct the file and import it again, or skip these rows:</source>
        <translation>Ret filen, og importér den igen, eller spring disse linjer over:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="350"/>
        <source>1 value will be imported</source>
        <translation>1 værdi bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="351"/>
        <source>{count} values will be imported</source>
        <translation>{count} værdier bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="353"/>
        <source>The values of 1 row will be imported</source>
        <translation>Værdierne fra 1 linje bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="354"/>
        <source>The values of {count} rows will be imported</source>
        <translation>Værdierne fra {count} linjer bliver importeret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="355"/>
        <source>(new KPIs: {new}, updated KPIs: {updated}).</source>
        <translation>(nye KPI&apos;er: {new}, opdaterede KPI&apos;er: {updated}).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="358"/>
        <source>The map has no KPI lane, so one is added.</source>
        <translation>Kunderejsekortet har ingen KPI-række, så der bliver tilføjet en.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="360"/>
        <source>Source noted on the KPIs: {note}.</source>
        <translation>Kilde noteret på KPI&apos;erne: {note}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="362"/>
        <source>1 card will be added.</source>
        <translation>1 kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="362"/>
        <source>{count} cards will be added.</source>
        <translation>{count} kort bliver tilføjet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="365"/>
        <source>No row can be imported.</source>
        <translation>Ingen linjer kan importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="365"/>
        <source>The file has no rows to import.</source>
        <translation>Filen har ingen linjer at importere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="382"/>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="386"/>
        <source>value was {value}</source>
        <translation>værdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="388"/>
        <source>target was {value}</source>
        <translation>målværdien var {value}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="389"/>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="407"/>
        <source>(skipped)</source>
        <translation>(sprunget over)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="440"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="440"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="452"/>
        <location filename="../../journeymapper/ui/csv_import_dialog.py" line="454"/>
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
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="54"/>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="56"/>
        <source>The stage whose point is shown (Left/Right on the canvas)</source>
        <translation>Fasen, hvis punkt vises (Venstre/Højre på lærredet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="58"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="61"/>
        <source>Up/Down on the canvas change it by one step</source>
        <translation>Op/Ned på lærredet ændrer den ét trin</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="62"/>
        <source>no value</source>
        <translation>ingen værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="65"/>
        <source>Set Value</source>
        <translation>Angiv værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="67"/>
        <source>Give this curve a value at this stage</source>
        <translation>Giv kurven en værdi i denne fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="75"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="85"/>
        <source>What the customer feels here</source>
        <translation>Hvad kunden føler her</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="86"/>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="88"/>
        <source>The research has no value for this stage yet: the curve is drawn through its neighbours with a faint dotted bridge.</source>
        <translation>Researchen har endnu ingen værdi for denne fase: kurven tegnes gennem nabofaserne med en svag, prikket bro.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="117"/>
        <source>untitled</source>
        <translation>uden titel</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="52"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="57"/>
        <source>Unnamed persona</source>
        <translation>Unavngiven persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="53"/>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="198"/>
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
        <location filename="../../journeymapper/canvas/curve_drops.py" line="145"/>
        <source>Emotion curves go in an emotions lane or an empty lane. Add one from the Lanes section of the palette first.</source>
        <translation>Følelseskurver hører hjemme i en følelsesrække eller en tom række. Tilføj først en fra afsnittet Rækker i paletten.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="206"/>
        <source>New Persona…</source>
        <translation>Ny persona…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="217"/>
        <source>New Persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="217"/>
        <source>Name of the persona:</source>
        <translation>Personaens navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/curve_drops.py" line="246"/>
        <source>{name} already has a {variant} curve in this lane.</source>
        <translation>{name} har allerede en {variant} kurve i denne række.</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="35"/>
        <source>Mermaid journey diagrams (*.mmd *.mermaid)</source>
        <translation>Mermaid-kunderejsediagrammer (*.mmd *.mermaid)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="35"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="40"/>
        <source>Import a Mermaid Journey Diagram</source>
        <translation>Importér et Mermaid-kunderejsediagram</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="46"/>
        <source>Import Mermaid Journey</source>
        <translation>Importér Mermaid-kunderejse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="46"/>
        <source>The diagram cannot be imported.</source>
        <translation>Diagrammet kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="53"/>
        <source>Export a Mermaid Journey Diagram</source>
        <translation>Eksportér et Mermaid-kunderejsediagram</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="59"/>
        <source>Export Mermaid Journey</source>
        <translation>Eksportér Mermaid-kunderejse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="67"/>
        <source>Export Cards and KPIs as a Spreadsheet</source>
        <translation>Eksportér kort og KPI&apos;er som regneark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="68"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="71"/>
        <source>Export Cards as CSV</source>
        <translation>Eksportér kort som CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="71"/>
        <source>Export KPIs as CSV</source>
        <translation>Eksportér KPI&apos;er som CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/data_files.py" line="72"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>DeckExportRunner</name>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="100"/>
        <source>Making the slides…</source>
        <translation>Laver diasene…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="97"/>
        <source>Export PowerPoint</source>
        <translation>Eksportér PowerPoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="100"/>
        <source>The deck could not be exported.</source>
        <translation>Præsentationen kunne ikke eksporteres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="103"/>
        <source>The deck was exported, with these remarks:</source>
        <translation>Præsentationen blev eksporteret med disse bemærkninger:</translation>
    </message>
</context>
<context>
    <name>DifferencesPanel</name>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="69"/>
        <source>Merge In…</source>
        <translation>Flet ind…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="71"/>
        <source>Merge the compared map&apos;s changes into this map (one undo step)</source>
        <translation>Flet ændringerne fra det sammenlignede kunderejsekort ind i dette (ét fortryd-trin)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare_ui.py" line="73"/>
        <source>Close Comparison</source>
        <translation>Luk sammenligning</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="39"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="40"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="41"/>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="45"/>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="46"/>
        <source>Save as &amp;Template…</source>
        <translation>Gem som s&amp;kabelon…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="48"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="49"/>
        <source>&amp;KPIs from CSV…</source>
        <translation>&amp;KPI&apos;er fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="50"/>
        <source>&amp;Cards from CSV…</source>
        <translation>K&amp;ort fra CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="51"/>
        <location filename="../../journeymapper/ui/actions.py" line="63"/>
        <source>&amp;Mermaid Journey…</source>
        <translation>&amp;Mermaid-kunderejse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="52"/>
        <location filename="../../journeymapper/ui/actions.py" line="60"/>
        <source>&amp;Spreadsheet (.xlsx)…</source>
        <translation>&amp;Regneark (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="61"/>
        <source>&amp;Cards as CSV…</source>
        <translation>&amp;Kort som CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="62"/>
        <source>&amp;KPIs as CSV…</source>
        <translation>KP&amp;I&apos;er som CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="65"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="66"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="68"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="76"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="77"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="78"/>
        <source>&amp;Paste</source>
        <translation>Sæt &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="80"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="81"/>
        <source>Co&amp;nnect Cards</source>
        <translation>For&amp;bind kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="83"/>
        <source>Select &amp;All</source>
        <translation>&amp;Markér alt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="85"/>
        <source>&amp;Insert</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="87"/>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="89"/>
        <source>&amp;Lane</source>
        <translation>&amp;Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="91"/>
        <source>&amp;Card</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="93"/>
        <source>&amp;KPI…</source>
        <translation>K&amp;PI…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="95"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="96"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="98"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="99"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vindue</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="100"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>&amp;Faktisk størrelse (100&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="102"/>
        <source>F&amp;unnel…</source>
        <translation>T&amp;ragt…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="105"/>
        <source>Ne&amp;xt Panel</source>
        <translation>&amp;Næste panel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="116"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kom godt i gang</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="117"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="119"/>
        <source>&amp;About Journey Mapper</source>
        <translation>&amp;Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="72"/>
        <location filename="../../journeymapper/ui/actions.py" line="159"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="54"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="56"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="57"/>
        <source>P&amp;owerPoint…</source>
        <translation>P&amp;owerPoint…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="58"/>
        <source>&amp;Image…</source>
        <translation>&amp;Billede…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="73"/>
        <location filename="../../journeymapper/ui/actions.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="79"/>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="107"/>
        <source>P&amp;revious Panel</source>
        <translation>F&amp;orrige panel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="111"/>
        <source>Pa&amp;nels</source>
        <translation>Panel&amp;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="159"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Fortryd {step}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="160"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Gentag {step}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="167"/>
        <source>Main</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="196"/>
        <source>Clear Recent Files</source>
        <translation>Ryd seneste filer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="290"/>
        <source>Could not export the image</source>
        <translation>Billedet kunne ikke eksporteres</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="84"/>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="86"/>
        <source>That action stopped because of an unexpected error. Your map is still open: you can go on working, and saving it now is a good idea.</source>
        <translation>Handlingen stoppede på grund af en uventet fejl. Dit kunderejsekort er stadig åbent: du kan arbejde videre, og det er en god idé at gemme det nu.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="88"/>
        <source>(the log could not be written)</source>
        <translation>(loggen kunne ikke skrives)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="89"/>
        <source>The details are in {log}.</source>
        <translation>Detaljerne står i {log}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/error_report.py" line="90"/>
        <source>Copy details</source>
        <translation>Kopiér detaljer</translation>
    </message>
</context>
<context>
    <name>ExportDeckDialog</name>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="52"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="82"/>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="88"/>
        <source>Export PowerPoint</source>
        <translation>Eksportér PowerPoint</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="54"/>
        <source>Widescreen (16:9)</source>
        <translation>Bredformat (16:9)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="55"/>
        <source>Standard (4:3)</source>
        <translation>Standard (4:3)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="56"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="56"/>
        <source>Open when done</source>
        <translation>Åbn bagefter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="59"/>
        <source>Slide size:</source>
        <translation>Diasstørrelse:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="60"/>
        <source>Save as:</source>
        <translation>Gem som:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="63"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="83"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-præsentationer (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/deck_dialog.py" line="89"/>
        <source>{path} is a folder. Choose a file name.</source>
        <translation>{path} er en mappe. Vælg et filnavn.</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="75"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="251"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="257"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="83"/>
        <source>Custom size</source>
        <translation>Brugerdefineret størrelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="91"/>
        <source>Automatic (larger map)</source>
        <translation>Automatisk (større kunderejsekort)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="92"/>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="93"/>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="96"/>
        <source>Fit the map on one sheet</source>
        <translation>Hele kunderejsekortet på ét ark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="97"/>
        <source>Poster: tiled sheets at a chosen scale</source>
        <translation>Plakat: flere ark i en valgt skala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="98"/>
        <source>Pages: whole stages per page</source>
        <translation>Sider: hele faser pr. side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="119"/>
        <source>Same as the map</source>
        <translation>Som kunderejsekortet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="126"/>
        <source>Cover page</source>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="128"/>
        <source>A page per persona</source>
        <translation>En side pr. persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="131"/>
        <source>Appendix: cards and KPIs</source>
        <translation>Bilag: kort og KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="134"/>
        <source>Open when done</source>
        <translation>Åbn PDF&apos;en bagefter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="138"/>
        <source>Paper:</source>
        <translation>Papir:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="139"/>
        <source>Custom size:</source>
        <translation>Brugerdefineret:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="140"/>
        <source>Orientation:</source>
        <translation>Papirretning:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="141"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="142"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="143"/>
        <source>Margins:</source>
        <translation>Margener:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="144"/>
        <source>Minimum text size:</source>
        <translation>Mindste tekststørrelse:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="145"/>
        <source>Smallest text:</source>
        <translation>Mindste tekst:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="149"/>
        <source>Include:</source>
        <translation>Medtag:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="150"/>
        <source>Cover, personas, appendix on:</source>
        <translation>Forside, personaer og bilag på:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="151"/>
        <source>Bleed:</source>
        <translation>Udfald:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="152"/>
        <source>Pages:</source>
        <translation>Sider:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="153"/>
        <source>Save as:</source>
        <translation>Gem som:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="157"/>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="234"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="235"/>
        <source>{count} pages</source>
        <translation>{count} sider</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="243"/>
        <source>{size} pt</source>
        <translation>{size} pt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="245"/>
        <source>(below the minimum: try Pages, a larger paper or a poster)</source>
        <translation>(under minimum: prøv Sider, et større papir eller en plakat)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="252"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="258"/>
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
        <location filename="../../journeymapper/ui/file_dialogs.py" line="63"/>
        <source>Open Journey Map</source>
        <translation>Åbn kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="83"/>
        <source>Save Journey Map</source>
        <translation>Gem kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="88"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="88"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-vektorbillede (*.svg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/file_dialogs.py" line="89"/>
        <source>Export Image</source>
        <translation>Eksportér billede</translation>
    </message>
</context>
<context>
    <name>FunnelDialog</name>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="68"/>
        <source>{value}%</source>
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
        <translation>Tragt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="204"/>
        <source>Count KPI:</source>
        <translation>Tællende KPI:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="301"/>
        <source>This map has no count KPI. Add a KPI that counts visitors or customers per stage (Insert &gt; KPI… &gt; Visitors) and give it a value in each stage.</source>
        <translation>Kunderejsekortet har ingen KPI, der tæller noget. Tilføj en KPI, der tæller besøgende eller kunder pr. fase (Indsæt &gt; KPI… &gt; Besøgende), og giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="220"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="220"/>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="219"/>
        <source>Step conversion</source>
        <extracomment>The share of the previous stage&apos;s count kept in this one (Danish: &quot;Konvertering fra forrige fase&quot;).</extracomment>
        <translation>Konvertering fra forrige fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="220"/>
        <source>Drop-off</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="221"/>
        <source>Overall conversion</source>
        <translation>Samlet konvertering</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="304"/>
        <source>“{metric}” has no values yet. Give it a value in each stage.</source>
        <translation>»{metric}« har endnu ingen værdier. Giv den en værdi i hver fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="319"/>
        <source>More than half of the customers are lost at this step.</source>
        <translation>Over halvdelen af kunderne går tabt på dette trin.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/funnel_dialog.py" line="326"/>
        <source>{share} of “{first}” reach “{last}”</source>
        <translation>{share} af »{first}« når frem til »{last}«</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="54"/>
        <source>Getting Started</source>
        <translation>Kom godt i gang</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="58"/>
        <source>Getting Started guide</source>
        <translation>Vejledningen Kom godt i gang</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="78"/>
        <source>Canvas</source>
        <translation>Lærred</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="80"/>
        <source>Presenting</source>
        <translation>Præsentation</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="100"/>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="100"/>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="116"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="123"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="128"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="129"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="129"/>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="129"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/start_hint.py" line="50"/>
        <source>Drag a stage or a card from the palette, or press {key} to add a card.</source>
        <translation>Træk en fase eller et kort fra paletten, eller tryk på {key} for at tilføje et kort.</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="170"/>
        <source>Drop images onto a card or into a cell of an Images lane.</source>
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
        <location filename="../../journeymapper/ui/inspector.py" line="422"/>
        <source>Not changed: {reason}</source>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="480"/>
        <source>untitled</source>
        <translation>uden titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="486"/>
        <source>Card in {lane} · {stage}</source>
        <translation>Kort i {lane} · {stage}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="489"/>
        <source>Stage “{name}”</source>
        <translation>Fase »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="491"/>
        <source>Lane “{title}”</source>
        <translation>Række »{title}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="493"/>
        <source>Map “{title}”</source>
        <translation>Kunderejsekort »{title}«</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="495"/>
        <source>%n card(s) selected</source>
        <translation>
            <numerusform>%n kort valgt</numerusform>
            <numerusform>%n kort valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="497"/>
        <source>Emotion curve</source>
        <translation>Følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="499"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="505"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n element valgt</numerusform>
            <numerusform>%n elementer valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="502"/>
        <source>Persona “{name}”</source>
        <translation>Persona »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="504"/>
        <source>Connector</source>
        <translation>Forbindelse</translation>
    </message>
</context>
<context>
    <name>JourneyCheck</name>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="41"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="42"/>
        <source>Stage “{stage}” has no touchpoint.</source>
        <translation>Fasen »{stage}« har intet berøringspunkt.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="43"/>
        <source>Stage “{stage}” has no point on any emotion curve.</source>
        <translation>Fasen »{stage}« har intet punkt på nogen følelseskurve.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="44"/>
        <source>The {variant} emotion curve of “{persona}” has no point for {stages}.</source>
        <translation>Den {variant} følelseskurve for »{persona}« har intet punkt i {stages}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="45"/>
        <source>Persona “{persona}” has no emotion curve.</source>
        <translation>Personaen »{persona}« har ingen følelseskurve.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="46"/>
        <source>Pain point “{card}” in stage “{stage}” has no opportunity in the same stage or connected to it.</source>
        <translation>Smertepunktet »{card}« i fasen »{stage}« har ingen mulighed i samme fase eller forbundet med sig.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="48"/>
        <source>The {variant} emotion curve of “{persona}” dips to {value} in stage “{stage}”, but no pain point is recorded there.</source>
        <translation>Den {variant} følelseskurve for »{persona}« falder til {value} i fasen »{stage}«, men der er intet smertepunkt dér.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="50"/>
        <source>KPI “{metric}” misses its target in stage “{stage}”: {value} against {target}.</source>
        <translation>KPI&apos;en »{metric}« når ikke sin målværdi i fasen »{stage}«: {value} mod {target}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="51"/>
        <source>Funnel “{metric}” loses {lost} of its customers from “{previous}” to “{stage}”.</source>
        <translation>Tragten »{metric}« mister {lost} af kunderne fra »{previous}« til »{stage}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="52"/>
        <source>Card “{card}” in stage “{stage}” leads nowhere, though the journey goes on.</source>
        <translation>Kortet »{card}« i fasen »{stage}« fører ingen steder hen, selv om kunderejsen fortsætter.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="53"/>
        <source>No journey reaches card “{card}” in stage “{stage}”.</source>
        <translation>Ingen kunderejse når kortet »{card}« i fasen »{stage}«.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="54"/>
        <source>Customers can go round in a loop: {cards}.</source>
        <translation>Kunderne kan ende i en løkke: {cards}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="55"/>
        <source>{share} of the cards are assumed, not observed: the map is mostly guesswork.</source>
        <translation>{share} af kortene er antaget, ikke observeret: kunderejsekortet bygger mest på gætværk.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="59"/>
        <source>as-is</source>
        <extracomment>The curve in &quot;The {variant} emotion curve of …&quot; (Danish: the definite adjective, &quot;Den nuværende …&quot;).</extracomment>
        <translation>nuværende</translation>
    </message>
    <message>
        <location filename="../../journeymapper/analysis/check.py" line="59"/>
        <source>to-be</source>
        <translation>fremtidige</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="101"/>
        <source>Errors</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="101"/>
        <source>Warnings</source>
        <translation>Advarsler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="101"/>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="290"/>
        <source>No findings. Every stage has a touchpoint, and nothing in the map needs attention.</source>
        <translation>Ingen fund. Alle faser har et berøringspunkt, og intet på kunderejsekortet kræver opmærksomhed.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="313"/>
        <source>Checking…</source>
        <translation>Tjekker…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="345"/>
        <source>The check failed: {error}</source>
        <translation>Tjekket mislykkedes: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="384"/>
        <source>Click to show it on the map.</source>
        <translation>Klik for at vise det på kunderejsekortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="385"/>
        <source>This is not drawn on the map.</source>
        <translation>Dette vises ikke på kunderejsekortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/check_dock.py" line="389"/>
        <source>… and {count} more</source>
        <translation>… og {count} til</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="35"/>
        <source>Select the next or previous card</source>
        <extracomment>What the canvas&apos;s keys do, listed beside the keys in Help › Keyboard Shortcuts.</extracomment>
        <translation>Markér det næste eller forrige kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="36"/>
        <source>Select the card beside, above or below</source>
        <translation>Markér kortet ved siden af, over eller under</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="37"/>
        <source>Edit the selected card, stage, lane or KPI cell in place</source>
        <translation>Rediger det markerede kort, fase, række eller KPI-felt på stedet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="38"/>
        <source>Clear the selection</source>
        <translation>Ryd markeringen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="39"/>
        <source>Move the selected cards or stage one stage along</source>
        <translation>Flyt de markerede kort eller fasen én fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="40"/>
        <source>Move the selected cards up or down, or the selected lane</source>
        <translation>Flyt de markerede kort eller den markerede række op eller ned</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="41"/>
        <source>With an emotion point selected: change its value</source>
        <translation>Med et følelsespunkt markeret: ændr dets værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="42"/>
        <source>With an emotion point selected: go to the previous or next stage</source>
        <translation>Med et følelsespunkt markeret: gå til forrige eller næste fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="43"/>
        <source>Pan the map</source>
        <translation>Panorér kunderejsekortet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/keyboard.py" line="100"/>
        <source>Select two cards to connect them.</source>
        <translation>Markér to kort for at forbinde dem.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="58"/>
        <source>Next stage</source>
        <extracomment>The keys while presenting, for Help › Keyboard Shortcuts (keys, what they do).</extracomment>
        <translation>Næste fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="59"/>
        <source>Previous stage</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="60"/>
        <source>The overview, the last stage</source>
        <translation>Overblikket, den sidste fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="61"/>
        <source>Go to that stage</source>
        <translation>Gå til den fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="62"/>
        <source>Black or white screen (any key returns)</source>
        <translation>Sort eller hvid skærm (en vilkårlig tast vender tilbage)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="63"/>
        <source>Next persona filter (all, then each persona)</source>
        <translation>Næste personafilter (alle, derefter hver persona)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="64"/>
        <source>Show or hide the speaker notes</source>
        <translation>Vis eller skjul talernoterne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/presentation.py" line="65"/>
        <source>Back to the editor as it was</source>
        <translation>Tilbage til editoren, som den var</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="114"/>
        <source>Add a stage and a lane first.</source>
        <translation>Tilføj først en fase og en række.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="163"/>
        <source>column headers</source>
        <translation>kolonneoverskrifter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="163"/>
        <source>row headers</source>
        <translation>linjeoverskrifter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="166"/>
        <source>More</source>
        <translation>Mere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/keyboard_access.py" line="168"/>
        <source>Select all</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>KpiPresets</name>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="51"/>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="92"/>
        <source>Add KPI</source>
        <translation>Tilføj KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="64"/>
        <source>This map already has this KPI.</source>
        <translation>Kortet har allerede denne KPI.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="72"/>
        <source>e.g. Newsletter sign-ups</source>
        <translation>fx Tilmeldinger til nyhedsbrev</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="77"/>
        <source>%, s, kr, customers…</source>
        <translation>%, s, kr., kunder…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="78"/>
        <source>Higher values are better</source>
        <translation>Højere værdier er bedre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="83"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="84"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="97"/>
        <source>Presets</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="107"/>
        <source>The map has no KPI lane yet: one is added with the KPI.</source>
        <translation>Kortet har endnu ingen KPI-række: der bliver tilføjet en sammen med KPI&apos;en.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/kpi_presets.py" line="108"/>
        <source>The KPI is added to the lane “{lane}”. Give it values per stage in the map.</source>
        <translation>KPI&apos;en bliver tilføjet til rækken »{lane}«. Giv den værdier pr. fase på kunderejsekortet.</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="219"/>
        <source>Lane title</source>
        <translation>Rækkens titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="220"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="223"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="224"/>
        <source>Lane Colour</source>
        <translation>Rækkefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="225"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="227"/>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
</context>
<context>
    <name>LayerMenus</name>
    <message>
        <location filename="../../journeymapper/canvas/layer_menus.py" line="81"/>
        <source>Connector style</source>
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
        <location filename="../../journeymapper/canvas/layer_menus.py" line="123"/>
        <source>Remove curve {curve}</source>
        <translation>Fjern kurven {curve}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="65"/>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="67"/>
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="71"/>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="74"/>
        <source>Journey check</source>
        <translation>Kunderejsetjek</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="77"/>
        <source>Priorities</source>
        <translation>Prioriteter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="88"/>
        <source>Journey map canvas</source>
        <translation>Kunderejsekortets lærred</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="89"/>
        <source>Palette: drag an entry onto the map, or press Enter</source>
        <translation>Palet: træk et element ind på kunderejsekortet, eller tryk på Enter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="190"/>
        <source>{name}[*] — Journey Mapper</source>
        <translation>{name}[*] — Journey Mapper</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/main_window.py" line="198"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n element valgt</numerusform>
            <numerusform>%n elementer valgt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="201"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="237"/>
        <source>Saved as template “{name}”</source>
        <translation>Gemt som skabelonen »{name}«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="256"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="321"/>
        <location filename="../../journeymapper/ui/main_window.py" line="406"/>
        <source>File changed on disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="323"/>
        <source>“{name}” was moved or deleted by another program.</source>
        <translation>»{name}« er blevet flyttet eller slettet af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="324"/>
        <source>Your map is still open here. Save it to keep it.</source>
        <translation>Dit kunderejsekort er stadig åbent her. Gem det for at beholde det.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="329"/>
        <source>“{name}” was changed by another program.</source>
        <translation>»{name}« er blevet ændret af et andet program.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="330"/>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="332"/>
        <source>Reloading loses your unsaved changes.</source>
        <translation>Hvis du genindlæser, mister du dine ikke-gemte ændringer.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="334"/>
        <source>Keep Mine</source>
        <extracomment>The file changed on disk: keep the version open in the editor (Danish: &quot;Behold min version&quot;).</extracomment>
        <translation>Behold min version</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="337"/>
        <source>Save As…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="339"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="347"/>
        <source>Could not reload the map</source>
        <translation>Kortet kunne ikke genindlæses</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="383"/>
        <location filename="../../journeymapper/ui/main_window.py" line="386"/>
        <source>Could not save the map</source>
        <translation>Kortet kunne ikke gemmes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/main_window.py" line="394"/>
        <source>Saved {name} with %n merge conflict(s) still to resolve.</source>
        <translation>
            <numerusform>Gemt: {name}, med %n konflikt fra fletningen, der stadig skal løses.</numerusform>
            <numerusform>Gemt: {name}, med %n konflikter fra fletningen, der stadig skal løses.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="397"/>
        <source>Saved {name}</source>
        <translation>Gemt: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="407"/>
        <source>“{name}” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>»{name}« er blevet ændret af et andet program, siden du åbnede den. Vil du overskrive den med din version?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="409"/>
        <source>&amp;Overwrite</source>
        <translation>Over&amp;skriv</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="410"/>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="427"/>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="428"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Vil du gemme ændringerne i »{name}«, før du lukker?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="430"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Dine ændringer går tabt, hvis du ikke gemmer dem.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="478"/>
        <source>About Journey Mapper</source>
        <translation>Om Journey Mapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="480"/>
        <source>Journey Mapper {version}</source>
        <translation>Journey Mapper {version}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="481"/>
        <source>An offline editor for customer journey maps.
Your maps never leave this computer.

Font: Noto Sans, SIL Open Font License 1.1.</source>
        <translation>En offline-editor til kunderejsekort.
Dine kunderejsekort forlader aldrig denne computer.

Skrifttype: Noto Sans, SIL Open Font License 1.1.</translation>
    </message>
</context>
<context>
    <name>MapCounts</name>
    <message>
        <location filename="../../journeymapper/ui/plurals.py" line="24"/>
        <source>{stages}, {lanes}, {cards}</source>
        <translation>{stages}, {lanes}, {cards}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/plurals.py" line="25"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n fase</numerusform>
            <numerusform>%n faser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/plurals.py" line="26"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n række</numerusform>
            <numerusform>%n rækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/plurals.py" line="28"/>
        <source>%n card(s)</source>
        <extracomment>Cards on the map (Danish &quot;kort&quot; here means cards, the map is a &quot;kunderejsekort&quot;).</extracomment>
        <translation>
            <numerusform>%n kort</numerusform>
            <numerusform>%n kort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="241"/>
        <source>Map title</source>
        <translation>Kunderejsekortets titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="242"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="243"/>
        <source>What this journey is about</source>
        <translation>Hvad kunderejsen handler om</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="244"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="247"/>
        <source>Client</source>
        <translation>Opdragsgiver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="248"/>
        <source>Your name or your firm&apos;s</source>
        <translation>Dit eller dit firmas navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="249"/>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="251"/>
        <source>Notes on how to use this map</source>
        <translation>Noter om, hvordan kunderejsekortet bruges</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="252"/>
        <source>Instructions</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="254"/>
        <source>Shown only here: never printed or exported.</source>
        <translation>Vises kun her: bliver aldrig udskrevet eller eksporteret.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="256"/>
        <source>The language of the map&apos;s own texts, e.g. in exports</source>
        <translation>Sproget i kunderejsekortets egne tekster, fx ved eksport</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="257"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="266"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="268"/>
        <source>Emotion scale</source>
        <translation>Følelsesskala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="269"/>
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
        <location filename="../../journeymapper/ui/session.py" line="203"/>
        <source>This would make the map {size} MB, {over} MB over the {limit} MB limit for a map file; the map was not changed.</source>
        <translation>Det ville gøre kunderejsekortet {size} MB, {over} MB over grænsen på {limit} MB for en kortfil; kunderejsekortet blev ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/session.py" line="309"/>
        <source>Untitled</source>
        <translation>Uden titel</translation>
    </message>
</context>
<context>
    <name>MetricCells</name>
    <message>
        <location filename="../../journeymapper/canvas/metric_cells.py" line="55"/>
        <source>“{text}” is not a number.</source>
        <translation>»{text}« er ikke et tal.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cell_editor.py" line="32"/>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cell_editor.py" line="33"/>
        <source>KPI value</source>
        <translation>KPI-værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cell_editor.py" line="36"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cell_editor.py" line="37"/>
        <source>KPI target</source>
        <translation>KPI-målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/metric_cell_editor.py" line="38"/>
        <source>target</source>
        <translation>målværdi</translation>
    </message>
</context>
<context>
    <name>MetricPage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="155"/>
        <source>KPI name</source>
        <translation>KPI-navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="156"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="157"/>
        <source>e.g. %, €, s</source>
        <translation>fx %, kr., sek.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="158"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="159"/>
        <source>Higher is better</source>
        <translation>Højere er bedre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="160"/>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="161"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="165"/>
        <source>e.g. GA4, October 2026</source>
        <translation>fx GA4, oktober 2026</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="166"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="169"/>
        <source>Values and targets by stage</source>
        <translation>Værdier og målværdier pr. fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="170"/>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="187"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="170"/>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="187"/>
        <source>Target</source>
        <translation>Målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="177"/>
        <source>Empty means not measured. Double-click a cell or press F2 to edit.</source>
        <translation>Tom betyder ikke målt. Dobbeltklik på et felt, eller tryk på F2 for at redigere.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector_chart_pages.py" line="199"/>
        <source>untitled</source>
        <translation>uden titel</translation>
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
        <translation>Bag kulisserne</translation>
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
        <location filename="../../journeymapper/canvas/names.py" line="82"/>
        <source>Going back</source>
        <extracomment>A connector style: the customer goes back to an earlier step (Danish: &quot;Går tilbage&quot;).</extracomment>
        <translation>Går tilbage</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="83"/>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="93"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="94"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="104"/>
        <source>Touchpoint</source>
        <translation>Berøringspunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="105"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="106"/>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="107"/>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="108"/>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="109"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/names.py" line="110"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotesOverlay</name>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="71"/>
        <source>No notes for this stage.</source>
        <translation>Ingen noter til denne fase.</translation>
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
        <location filename="../../journeymapper/canvas/operations.py" line="67"/>
        <source>Cut</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="82"/>
        <source>The clipboard holds no Journey Mapper cards.</source>
        <translation>Udklipsholderen indeholder ingen kort fra Journey Mapper.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="86"/>
        <source>Add a lane for cards before pasting.</source>
        <translation>Tilføj en række til kort, før du sætter ind.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="123"/>
        <source>Add a stage and a lane for cards first.</source>
        <translation>Tilføj først en fase og en række til kort.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="129"/>
        <source>Add Card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="139"/>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="167"/>
        <source>Drop cards onto a cell of the map.</source>
        <translation>Slip kortene i en celle på kunderejsekortet.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/operations.py" line="171"/>
        <source>This lane holds no cards.</source>
        <translation>Der kan ikke ligge kort i denne række.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../journeymapper/ui/inspector_pages.py" line="418"/>
        <source> ×</source>
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
        <location filename="../../journeymapper/ui/palette.py" line="67"/>
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="69"/>
        <source>Touchpoint</source>
        <translation>Berøringspunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="70"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="71"/>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="72"/>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="73"/>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="74"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="75"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="79"/>
        <source>Drag onto a cell to add a card there</source>
        <translation>Træk til en celle for at tilføje et kort dér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="80"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="81"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="82"/>
        <source>Drag between two stage columns to add a stage</source>
        <translation>Træk ind mellem to faser for at tilføje en fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="83"/>
        <source>Emotion curve</source>
        <translation>Følelseskurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="84"/>
        <source>Drag onto an emotions lane to add a persona&apos;s curve</source>
        <translation>Træk til en følelsesrække for at tilføje en personas kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="85"/>
        <source>Lanes</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/palette.py" line="89"/>
        <source>Drag between two lanes to add a lane</source>
        <translation>Træk ind mellem to rækker for at tilføje en række</translation>
    </message>
</context>
<context>
    <name>PdfExportRunner</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="273"/>
        <source>Exporting PDF…</source>
        <translation>Eksporterer PDF…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="273"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="273"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="274"/>
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
        <location filename="../../journeymapper/ui/persona_dialog.py" line="64"/>
        <source>Edit Persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="64"/>
        <source>New Persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="73"/>
        <source>e.g. Student, first laptop</source>
        <translation>fx Studerende, første bærbare</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="74"/>
        <source>In their own words</source>
        <translation>Med personaens egne ord</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="77"/>
        <source>One goal per line</source>
        <translation>Ét mål pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="79"/>
        <source>One frustration per line</source>
        <translation>Én frustration pr. linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="81"/>
        <source>Age, place, work, income…</source>
        <translation>Alder, bopæl, arbejde, indkomst…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="82"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="83"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="83"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="84"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="84"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="85"/>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="90"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="103"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="111"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="158"/>
        <source>Persona Colour</source>
        <translation>Personafarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="192"/>
        <source>Drop a
photo here</source>
        <translation>Slip et
foto her</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="66"/>
        <source>Fade the cards about other personas and show only this persona&apos;s curves</source>
        <translation>Nedton kortene om andre personaer, og vis kun denne personas kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="68"/>
        <source>Filter map by persona</source>
        <translation>Filtrér kunderejsekortet efter persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="74"/>
        <source>Tick a persona to show its emotion curves</source>
        <translation>Sæt flueben ved en persona for at vise dens følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="89"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="89"/>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="90"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="96"/>
        <source>Curves</source>
        <translation>Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="98"/>
        <source>Add or remove the selected persona&apos;s emotion curves</source>
        <translation>Tilføj eller fjern den valgte personas følelseskurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="154"/>
        <source>All personas</source>
        <translation>Alle personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="178"/>
        <source>No emotion curve yet: add one with Curves</source>
        <translation>Ingen følelseskurve endnu: tilføj en med Kurver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="194"/>
        <source>No personas yet.</source>
        <translation>Ingen personaer endnu.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="201"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="201"/>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="215"/>
        <source>Not changed: {reason}</source>
        <translation>Ikke ændret: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="263"/>
        <source>Select a persona first</source>
        <translation>Vælg først en persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="263"/>
        <source>The map has no emotions lane</source>
        <translation>Kunderejsekortet har ingen følelsesrække</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="274"/>
        <source>Add {variant} curve</source>
        <translation>Tilføj {variant} kurve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/personas.py" line="278"/>
        <source>Remove {variant} curve</source>
        <translation>Fjern {variant} kurve</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="86"/>
        <source>{title} — Presentation</source>
        <translation>{title} — præsentation</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="154"/>
        <source>Go to stage {number}</source>
        <translation>Gå til fase {number}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="202"/>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="202"/>
        <source>All personas</source>
        <translation>Alle personaer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="210"/>
        <source>Overview: {title}</source>
        <translation>Overblik: {title}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presentation.py" line="211"/>
        <source>Stage {number} of {total}: {name}</source>
        <translation>Fase {number} af {total}: {name}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="39"/>
        <source>Presenter — {title}</source>
        <translation>Præsentationsvisning — {title}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="90"/>
        <source>Step {number} of {count}</source>
        <translation>Trin {number} af {count}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="92"/>
        <source>No notes for this stage.</source>
        <translation>Ingen noter til denne fase.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="94"/>
        <source>Next: {title}</source>
        <translation>Næste: {title}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="96"/>
        <source>Last step: Escape returns to the editor</source>
        <translation>Sidste trin: Escape vender tilbage til editoren</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="100"/>
        <source>Presenting for {time}</source>
        <translation>Har præsenteret i {time}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/presenter.py" line="103"/>
        <source>Timer {time}</source>
        <translation>Nedtælling {time}</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="34"/>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="35"/>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="52"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="59"/>
        <source>Clear Votes</source>
        <translation>Ryd stemmer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="61"/>
        <source>Take every vote off the map for a new round (undoable)</source>
        <translation>Fjern alle stemmer fra kunderejsekortet til en ny runde (kan fortrydes)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/priorities.py" line="93"/>
        <source>(empty card)</source>
        <translation>(tomt kort)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/priorities.py" line="100"/>
        <source>%n vote(s) on pain points and opportunities</source>
        <translation>
            <numerusform>%n stemme på smertepunkter og muligheder</numerusform>
            <numerusform>%n stemmer på smertepunkter og muligheder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="43"/>
        <source>permission denied: the file or folder is read-only or locked</source>
        <translation>adgang nægtet: filen eller mappen er skrivebeskyttet eller låst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="52"/>
        <source>is not a regular file (a folder or a device); nothing was written</source>
        <translation>er ikke en almindelig fil (en mappe eller en enhed); intet blev skrevet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="57"/>
        <source>{blocker} is a file, not a folder; nothing was written</source>
        <translation>{blocker} er en fil, ikke en mappe; intet blev skrevet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="58"/>
        <location filename="../../journeymapper/io/atomic.py" line="253"/>
        <source>the folder does not exist</source>
        <translation>mappen findes ikke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="247"/>
        <source>the disk is full; nothing was changed</source>
        <translation>disken er fuld; intet blev ændret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="249"/>
        <source>the disk is read-only</source>
        <translation>disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="251"/>
        <source>the file name is too long for this disk; nothing was written</source>
        <translation>filnavnet er for langt til denne disk; intet blev skrevet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/atomic.py" line="254"/>
        <source>cannot be written ({reason})</source>
        <translation>kan ikke skrives ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="130"/>
        <location filename="../../journeymapper/io/format.py" line="122"/>
        <location filename="../../journeymapper/io/images.py" line="128"/>
        <source>not a regular file (a device, a pipe or a socket); nothing was read</source>
        <translation>ikke en almindelig fil (en enhed, en pipe eller en socket); intet blev læst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="133"/>
        <source>is a folder, not a CSV file</source>
        <translation>er en mappe, ikke en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="135"/>
        <location filename="../../journeymapper/io/mermaid.py" line="196"/>
        <source>cannot read the file ({reason})</source>
        <translation>filen kan ikke læses ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="137"/>
        <location filename="../../journeymapper/io/mermaid.py" line="198"/>
        <source>the file is larger than {mb} MB</source>
        <translation>filen er større end {mb} MB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="139"/>
        <source>this is an Excel workbook (or another zip file), not CSV: save it as CSV first</source>
        <translation>dette er en Excel-projektmappe (eller en anden zip-fil), ikke CSV: gem den som CSV først</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="235"/>
        <source>the file holds binary data, not CSV text</source>
        <translation>filen indeholder binære data, ikke CSV-tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="262"/>
        <source>not readable as CSV ({reason})</source>
        <translation>kan ikke læses som CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="264"/>
        <source>the file is empty: a header row is needed</source>
        <translation>filen er tom: der skal være en overskriftslinje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="271"/>
        <source>line {first}: a quote opened on this line is not closed until line {last}, so lines {first}-{last} would become one row; close or remove the quote</source>
        <translation>linje {first}: et anførselstegn, der åbnes på denne linje, lukkes først i linje {last}, så linje {first}–{last} ville blive til én række; luk eller fjern anførselstegnet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="318"/>
        <source>there is no column {column}</source>
        <translation>der er ingen kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="330"/>
        <source>no &quot;{key}&quot; column (the columns are {columns})</source>
        <translation>ingen kolonne »{key}« (kolonnerne er {columns})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="437"/>
        <location filename="../../journeymapper/io/csv_import.py" line="530"/>
        <source>no stage is called {name}</source>
        <translation>ingen fase hedder {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="438"/>
        <location filename="../../journeymapper/io/csv_import.py" line="531"/>
        <source>the stage is empty</source>
        <translation>fasen er tom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="440"/>
        <source>the KPI name is empty</source>
        <translation>KPI-navnet er tomt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="442"/>
        <source>the KPI name or unit is too long</source>
        <translation>KPI-navnet eller enheden er for lang</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="451"/>
        <source>the value {text} is not a number</source>
        <translation>værdien {text} er ikke et tal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="452"/>
        <source>the target {text} is not a number</source>
        <translation>målværdien {text} er ikke et tal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="454"/>
        <source>the value {text} is too large</source>
        <translation>værdien {text} er for stor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="455"/>
        <source>the target {text} is too large</source>
        <translation>målværdien {text} er for stor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="459"/>
        <source>there is neither a value nor a target</source>
        <translation>der er hverken en værdi eller en målværdi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="465"/>
        <source>{kpi} already has a value for stage {stage} in row {row}</source>
        <translation>{kpi} har allerede en værdi for fasen {stage} i linje {row}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="467"/>
        <source>{kpi} already has a target for stage {stage} in row {row}</source>
        <translation>{kpi} har allerede en målværdi for fasen {stage} i linje {row}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="483"/>
        <source>the map has no KPI lane for the new KPI {name}</source>
        <translation>kunderejsekortet har ingen KPI-række til den nye KPI {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="533"/>
        <source>no lane is called {name}</source>
        <translation>ingen række hedder {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="534"/>
        <source>the lane is empty</source>
        <translation>rækken er tom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="536"/>
        <source>the lane {name} holds no cards</source>
        <translation>rækken {name} rummer ingen kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="538"/>
        <source>the card text is empty</source>
        <translation>kortets tekst er tom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="540"/>
        <source>the card text or source is too long</source>
        <translation>kortets tekst eller kilde er for lang</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="542"/>
        <source>the cell of {lane} and {stage} is full</source>
        <translation>feltet for {lane} og {stage} er fuldt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/csv_import.py" line="545"/>
        <source>the evidence {text} is not one of observed, assumed, proposed (observeret, antaget, foreslået)</source>
        <translation>grundlaget {text} er ikke et af observeret, antaget, foreslået (observed, assumed, proposed)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="90"/>
        <source>the file is not UTF-8 text</source>
        <translation>filen er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="91"/>
        <source>byte {n}</source>
        <translation>byte {n}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="95"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="118"/>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="120"/>
        <source>this is a folder, not a map file</source>
        <translation>dette er en mappe, ikke en kortfil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="125"/>
        <source>permission denied</source>
        <translation>adgang nægtet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="127"/>
        <source>cannot be read ({reason})</source>
        <translation>kan ikke læses ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="129"/>
        <source>the file is larger than the {mb} MB a map may be</source>
        <translation>filen er større end de {mb} MB, et kunderejsekort må fylde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="174"/>
        <source>not valid JSON ({reason})</source>
        <translation>ikke gyldig JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="175"/>
        <source>line {line}, column {column}</source>
        <translation>linje {line}, kolonne {column}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="187"/>
        <source>not a Journey Mapper map (the &quot;format&quot; field is missing or is not &quot;journeymapper&quot;)</source>
        <translation>ikke et Journey Mapper-kunderejsekort (feltet »format« mangler eller er ikke »journeymapper«)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="191"/>
        <source>the format version must be a whole number from 1 up</source>
        <translation>formatversionen skal være et helt tal fra 1 og op</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="195"/>
        <source>written by a newer Journey Mapper (file format version {version}); this version reads up to format version {current}. Please update.</source>
        <translation>skrevet af en nyere Journey Mapper (filformatversion {version}); denne version læser op til formatversion {current}. Opdatér venligst.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="246"/>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (og 1 problem mere)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="247"/>
        <source>{problem} (and {n} more problems)</source>
        <translation>{problem} (og {n} problemer mere)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="253"/>
        <source>this field is required but missing</source>
        <translation>feltet er påkrævet, men mangler</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/format.py" line="255"/>
        <source>unknown field</source>
        <translation>ukendt felt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/limits.py" line="30"/>
        <source>the file is {size}, more than the {mb} MB a map may be</source>
        <translation>filen fylder {size}, mere end de {mb} MB, et kunderejsekort må fylde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/limits.py" line="38"/>
        <source>the map would be {size}, {over} over the {mb} MB limit for a map file; nothing was written</source>
        <translation>kunderejsekortet ville fylde {size}, {over} over grænsen på {mb} MB for en kortfil; intet blev skrevet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/problems.py" line="32"/>
        <source>{source}: {place}: {problem}</source>
        <translation>{source}: {place}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/problems.py" line="34"/>
        <location filename="../../journeymapper/ui/problems.py" line="39"/>
        <location filename="../../journeymapper/ui/problems.py" line="44"/>
        <source>{source}: {problem}</source>
        <translation>{source}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/problems.py" line="37"/>
        <source>{source}, row {row}: {problem}</source>
        <translation>{source}, linje {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/problems.py" line="42"/>
        <source>{source}, line {line}: {problem}</source>
        <translation>{source}, linje {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/deck/writer.py" line="59"/>
        <source>a deck cannot be written over a .jmap map file</source>
        <translation>en præsentation kan ikke skrives oven i en .jmap-kortfil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pages.py" line="168"/>
        <source>the poster would need {cols} × {rows} sheets; use a smaller scale or a larger paper</source>
        <translation>plakaten ville kræve {cols} × {rows} ark; brug en mindre skala eller et større papir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pages.py" line="168"/>
        <location filename="../../journeymapper/export/paginate.py" line="142"/>
        <source>PDF export</source>
        <translation>PDF-eksport</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/paginate.py" line="142"/>
        <source>the map would need {count} pages; use a larger paper</source>
        <translation>kunderejsekortet ville kræve {count} sider; brug et større papir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="137"/>
        <source>the margins leave no room on the paper; use smaller margins</source>
        <translation>margenerne efterlader ingen plads på papiret; brug mindre margener</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/pdf.py" line="197"/>
        <source>a PDF cannot be written over a .jmap map file</source>
        <translation>en PDF kan ikke skrives oven i en .jmap-kortfil</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="111"/>
        <source>the diagram has more than {n} lines</source>
        <translation>diagrammet har mere end {n} linjer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="122"/>
        <source>the front matter (---) is not closed</source>
        <translation>indledningen (---) er ikke lukket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="138"/>
        <location filename="../../journeymapper/io/mermaid.py" line="146"/>
        <source>not a Mermaid journey diagram (it must begin with &quot;journey&quot;)</source>
        <translation>ikke et Mermaid-kunderejsediagram (det skal begynde med »journey«)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="164"/>
        <source>a section name cannot hold a colon</source>
        <translation>et afsnitsnavn kan ikke indeholde et kolon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="169"/>
        <source>cannot read {line}: a task is written &quot;Task name: 5: Actor, Actor&quot;</source>
        <translation>kan ikke læse {line}: en opgave skrives »Opgavens navn: 5: Aktør, Aktør«</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="175"/>
        <source>the score {score} of task {task} is not a number (1 to 5)</source>
        <translation>scoren {score} for opgaven {task} er ikke et tal (1 til 5)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="178"/>
        <source>the score of task {task} is not a number (1 to 5)</source>
        <translation>scoren for opgaven {task} er ikke et tal (1 til 5)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/mermaid.py" line="200"/>
        <source>the file holds binary data, not a Mermaid diagram</source>
        <translation>filen indeholder binære data, ikke et Mermaid-diagram</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="112"/>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file}: filen kan ikke læses ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="114"/>
        <source>{file}: the file is larger than {mb} MB</source>
        <translation>{file}: filen er større end {mb} MB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="119"/>
        <source>{file}: not an Excel workbook (.xlsx)</source>
        <translation>{file}: ikke en Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="121"/>
        <source>{file}: the workbook unpacks to more than {mb} MB</source>
        <translation>{file}: projektmappen fylder mere end {mb} MB udpakket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="126"/>
        <source>{file}: not a readable Excel workbook ({reason})</source>
        <translation>{file}: ikke en læsbar Excel-projektmappe ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="152"/>
        <source>{file}: sheet {sheet} has more than {rows} rows; a journey map has at most a few thousand cards</source>
        <translation>{file}: arket {sheet} har mere end {rows} linjer; et kunderejsekort har højst nogle få tusinde kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/xlsx.py" line="173"/>
        <source>{file}: no sheet called &quot;Cards&quot; or &quot;KPIs&quot; (the sheets are {found})</source>
        <translation>{file}: intet ark hedder »Cards« eller »KPIs« (arkene er {found})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="60"/>
        <source>the image could not be decoded ({reason})</source>
        <translation>billedet kunne ikke afkodes ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/canvas/images.py" line="80"/>
        <source>the image could not be encoded again</source>
        <translation>billedet kunne ikke kodes igen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="93"/>
        <source>the image is {size}; images up to {limit} can be embedded</source>
        <translation>billedet fylder {size}; billeder på op til {limit} kan indlejres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="97"/>
        <source>not a PNG or JPEG image (the content was checked, not the name)</source>
        <translation>ikke et PNG- eller JPEG-billede (indholdet er kontrolleret, ikke navnet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="104"/>
        <source>the image has no pixels</source>
        <translation>billedet har ingen pixels</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="112"/>
        <source>the JPEG file is truncated (its end-of-image marker is missing)</source>
        <translation>JPEG-filen er afkortet (dens slutmarkør mangler)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="120"/>
        <source>the file is {size}; images up to {limit} can be embedded</source>
        <translation>filen fylder {size}; billeder på op til {limit} kan indlejres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="126"/>
        <source>is a folder, not an image</source>
        <translation>er en mappe, ikke et billede</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="130"/>
        <source>could not be read ({reason})</source>
        <translation>kunne ikke læses ({reason})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="144"/>
        <source>the PNG file is truncated (it ends before its last chunk)</source>
        <translation>PNG-filen er afkortet (den slutter før sin sidste blok)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="148"/>
        <source>the PNG file is damaged (a chunk has an impossible length)</source>
        <translation>PNG-filen er beskadiget (en blok har en umulig længde)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="150"/>
        <source>the PNG file is truncated (it ends inside a chunk)</source>
        <translation>PNG-filen er afkortet (den slutter midt i en blok)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="154"/>
        <source>the PNG file is damaged (bad checksum in a {chunk} chunk)</source>
        <translation>PNG-filen er beskadiget (forkert kontrolsum i en {chunk}-blok)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="168"/>
        <source>the PNG file is truncated (no image header)</source>
        <translation>PNG-filen er afkortet (intet billedhoved)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="171"/>
        <source>the PNG file is damaged (it does not start with an image header)</source>
        <translation>PNG-filen er beskadiget (den begynder ikke med et billedhoved)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="175"/>
        <source>the PNG file has an invalid image header</source>
        <translation>PNG-filen har et ugyldigt billedhoved</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="212"/>
        <source>the PNG file is damaged (its pixel data is split up)</source>
        <translation>PNG-filen er beskadiget (dens pixeldata er delt op)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="218"/>
        <source>the PNG file has no pixel data</source>
        <translation>PNG-filen har ingen pixeldata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="220"/>
        <source>the PNG file is truncated (its pixel data stops early)</source>
        <translation>PNG-filen er afkortet (dens pixeldata slutter for tidligt)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="243"/>
        <source>the PNG file is damaged (its pixel data does not decompress)</source>
        <translation>PNG-filen er beskadiget (dens pixeldata kan ikke pakkes ud)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="260"/>
        <location filename="../../journeymapper/io/images.py" line="271"/>
        <source>the JPEG file is truncated (it ends inside its header)</source>
        <translation>JPEG-filen er afkortet (den slutter midt i sit hoved)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="262"/>
        <source>the JPEG file is damaged (a header marker is missing)</source>
        <translation>JPEG-filen er beskadiget (en hovedmarkør mangler)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="268"/>
        <source>the JPEG file has no image data</source>
        <translation>JPEG-filen har ingen billeddata</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="274"/>
        <source>the JPEG file has an invalid frame header</source>
        <translation>JPEG-filen har et ugyldigt rammehoved</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="277"/>
        <source>this kind of JPEG file (height given after the image) is not supported</source>
        <translation>denne slags JPEG-fil (højden angivet efter billedet) understøttes ikke</translation>
    </message>
    <message>
        <location filename="../../journeymapper/io/images.py" line="282"/>
        <source>the JPEG file is damaged (no frame header before the image)</source>
        <translation>JPEG-filen er beskadiget (intet rammehoved før billedet)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="38"/>
        <source>min must be below max</source>
        <translation>min skal være mindre end max</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="65"/>
        <source>id {id} is used twice (also at {place})</source>
        <translation>id&apos;et {id} er brugt to gange (også i {place})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="74"/>
        <location filename="../../journeymapper/model/integrity.py" line="92"/>
        <location filename="../../journeymapper/model/integrity.py" line="171"/>
        <source>no asset with id {id}</source>
        <translation>intet billede med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="82"/>
        <source>no lane with id {id}</source>
        <translation>ingen række med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="84"/>
        <source>lane {id} is a {kind} lane and holds no cards</source>
        <translation>rækken {id} er en række af typen {kind} og rummer ingen kort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="87"/>
        <location filename="../../journeymapper/model/integrity.py" line="112"/>
        <location filename="../../journeymapper/model/integrity.py" line="137"/>
        <location filename="../../journeymapper/model/integrity.py" line="167"/>
        <source>no stage with id {id}</source>
        <translation>ingen fase med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="90"/>
        <location filename="../../journeymapper/model/integrity.py" line="101"/>
        <source>no persona with id {id}</source>
        <translation>ingen persona med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="99"/>
        <source>no emotions lane with id {id}</source>
        <translation>ingen følelsesrække med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="114"/>
        <source>stage {id} has two points</source>
        <translation>fasen {id} har to punkter</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="117"/>
        <source>{value} is outside the emotion scale {low}..{high}</source>
        <translation>{value} ligger uden for følelsesskalaen {low}..{high}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="124"/>
        <location filename="../../journeymapper/model/integrity.py" line="126"/>
        <source>no card with id {id}</source>
        <translation>intet kort med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="132"/>
        <source>no kpis lane with id {id}</source>
        <translation>ingen KPI-række med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="159"/>
        <source>id {id} is used twice</source>
        <translation>id&apos;et {id} er brugt to gange</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="164"/>
        <source>no lane holding cards with id {id}</source>
        <translation>ingen række med kort med id&apos;et {id}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/model/integrity.py" line="169"/>
        <source>names a persona that does not exist</source>
        <translation>nævner en persona, der ikke findes</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="127"/>
        <source>Could not open the map</source>
        <translation>Kortet kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="46"/>
        <source>Choose a Photo</source>
        <translation>Vælg et foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/persona_dialog.py" line="47"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="294"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="300"/>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="295"/>
        <source>No bundled font has these characters; the PDF shows them as �:</source>
        <translation>Ingen medfølgende skrifttype har disse tegn; PDF&apos;en viser dem som �:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="298"/>
        <source>Exported PDF: {path}</source>
        <translation>PDF eksporteret: {path}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="301"/>
        <source>The PDF was saved as {path}, but it could not be opened: no program to show PDF files was found. Open it from your file manager.</source>
        <translation>PDF&apos;en blev gemt som {path}, men den kunne ikke åbnes: der blev ikke fundet noget program, der kan vise PDF-filer. Åbn den fra din filhåndtering.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="46"/>
        <source>Recover unsaved work</source>
        <translation>Gendan ikke-gemt arbejde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="50"/>
        <source>Journey Mapper did not close properly last time. These maps had changes that were not saved:</source>
        <translation>Journey Mapper blev ikke lukket korrekt sidste gang. Disse kunderejsekort havde ændringer, der ikke var gemt:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="58"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="59"/>
        <source>&amp;Save As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="60"/>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="61"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Beslut senere</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="83"/>
        <source>(damaged copy)</source>
        <translation>(beskadiget kopi)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="84"/>
        <source>never saved</source>
        <translation>aldrig gemt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="85"/>
        <source>{title} — {where}, autosaved {when}</source>
        <translation>{title} — {where}, gemt automatisk {when}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="125"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="145"/>
        <source>the damaged copy</source>
        <translation>den beskadigede kopi</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="150"/>
        <source>Discard recovered changes</source>
        <translation>Kassér gendannede ændringer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="151"/>
        <source>Delete the recovered changes to {name}? This cannot be undone.</source>
        <translation>Vil du slette de gendannede ændringer til {name}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/recovery_dialog.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="43"/>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="43"/>
        <source>lane</source>
        <translation>række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="43"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="43"/>
        <source>evidence</source>
        <translation>grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="44"/>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="54"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="145"/>
        <source>Import Spreadsheet</source>
        <translation>Importér regneark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="77"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="73"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="77"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="73"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="77"/>
        <source>Lane</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="69"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="73"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="77"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="69"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="73"/>
        <source>Evidence</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="80"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="80"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="81"/>
        <source>New KPI</source>
        <translation>Ny KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="82"/>
        <source>Values or targets changed</source>
        <translation>Værdier eller målværdier ændret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="83"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="83"/>
        <source>Row</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="83"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="83"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="86"/>
        <source>Changed ({count})</source>
        <translation>Ændret ({count})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="87"/>
        <source>Added ({count})</source>
        <translation>Tilføjet ({count})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="88"/>
        <source>Missing from the sheet ({count})</source>
        <translation>Mangler i regnearket ({count})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="89"/>
        <source>KPIs ({count})</source>
        <translation>KPI&apos;er ({count})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="90"/>
        <source>Cannot be imported ({count})</source>
        <translation>Kan ikke importeres ({count})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="94"/>
        <source>Delete cards missing from the sheet</source>
        <translation>Slet kort, der mangler i regnearket</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="99"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="116"/>
        <source>1 row cannot be imported</source>
        <translation>1 linje kan ikke importeres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="117"/>
        <source>{count} rows cannot be imported</source>
        <translation>{count} linjer kan ikke importeres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="118"/>
        <source>correct the workbook and import it again. Nothing was changed.</source>
        <translation>ret projektmappen, og importér den igen. Intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="120"/>
        <source>The workbook changes nothing in this map.</source>
        <translation>Projektmappen ændrer intet i dette kunderejsekort.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="122"/>
        <source>they will be deleted</source>
        <translation>de bliver slettet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="122"/>
        <source>they are kept</source>
        <translation>de bliver beholdt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="123"/>
        <source>1 card changed</source>
        <translation>1 kort ændret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="124"/>
        <source>{count} cards changed</source>
        <translation>{count} kort ændret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="126"/>
        <source>{changed}, {added} added, {missing} missing from the sheet ({fate}); {kpis} new or changed.</source>
        <translation>{changed}, {added} tilføjet, {missing} mangler i regnearket ({fate}); {kpis} nye eller ændrede.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="129"/>
        <source>1 KPI</source>
        <translation>1 KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="129"/>
        <source>{count} KPIs</source>
        <translation>{count} KPI&apos;er</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="149"/>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="152"/>
        <source>The workbook cannot be imported.</source>
        <translation>Projektmappen kan ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="156"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="156"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/sheet_import_dialog.py" line="157"/>
        <source>Choose a Workbook Exported from This Map</source>
        <translation>Vælg en projektmappe eksporteret fra dette kunderejsekort</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="197"/>
        <source>Stage name</source>
        <translation>Fasens navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="198"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="200"/>
        <source>What the customer does in this stage</source>
        <translation>Hvad kunden gør i denne fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="201"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="203"/>
        <source>Stage Colour</source>
        <translation>Fasefarve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="204"/>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="206"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="207"/>
        <source>What to say when presenting this stage (not printed)</source>
        <translation>Hvad du vil sige, når du præsenterer denne fase (udskrives ikke)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="208"/>
        <source>Speaker notes</source>
        <translation>Talernoter</translation>
    </message>
</context>
<context>
    <name>Swatches</name>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Amber</source>
        <translation>Ravgul</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Pink</source>
        <translation>Lyserød</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="25"/>
        <source>Purple</source>
        <translation>Lilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Sky blue</source>
        <translation>Himmelblå</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Teal</source>
        <translation>Blågrøn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="26"/>
        <source>Green</source>
        <translation>Grøn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="27"/>
        <source>Lime</source>
        <translation>Limegrøn</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="27"/>
        <source>Brown</source>
        <translation>Brun</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="30"/>
        <source>{lane} card</source>
        <translation>Kortfarve: {lane}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/swatches.py" line="79"/>
        <source>More Colours…</source>
        <translation>Flere farver…</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>E-commerce</source>
        <translation>E-handel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="70"/>
        <source>Service design</source>
        <translation>Servicedesign</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="71"/>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="71"/>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="71"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="71"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="72"/>
        <source>My templates</source>
        <translation>Mine skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="125"/>
        <source>New Journey Map</source>
        <translation>Nyt kunderejsekort</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="144"/>
        <source>Name or description</source>
        <translation>Navn eller beskrivelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="147"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="156"/>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="157"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="169"/>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="170"/>
        <source>Cannot be opened</source>
        <translation>Kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="178"/>
        <source>No template matches.</source>
        <translation>Ingen skabeloner matcher søgningen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="180"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="182"/>
        <source>Create</source>
        <translation>Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="184"/>
        <source>&amp;Rename…</source>
        <translation>O&amp;mdøb…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="185"/>
        <source>&amp;Delete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="187"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="189"/>
        <source>My templates:</source>
        <translation>Mine skabeloner:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="156"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="217"/>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="223"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="378"/>
        <source>No template selected</source>
        <translation>Ingen skabelon valgt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="385"/>
        <source>This template cannot be opened:</source>
        <translation>Skabelonen kan ikke åbnes:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="389"/>
        <source>Stages: {names}</source>
        <translation>Faser: {names}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="407"/>
        <source>Could not open the template</source>
        <translation>Skabelonen kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="419"/>
        <source>Rename Template</source>
        <translation>Omdøb skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="419"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="423"/>
        <source>Could not rename the template</source>
        <translation>Skabelonen kunne ikke omdøbes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="432"/>
        <source>Delete Template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="433"/>
        <source>Delete the template “{name}”? This cannot be undone.</source>
        <translation>Vil du slette skabelonen »{name}«? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="437"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="442"/>
        <source>Could not delete the template</source>
        <translation>Skabelonen kunne ikke slettes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="451"/>
        <source>Export Template</source>
        <translation>Eksportér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="452"/>
        <location filename="../../journeymapper/ui/gallery.py" line="460"/>
        <source>Journey maps (*.jmap)</source>
        <translation>Kunderejsekort (*.jmap)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="456"/>
        <source>Could not export the template</source>
        <translation>Skabelonen kunne ikke eksporteres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="459"/>
        <source>Import Template</source>
        <translation>Importér skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="460"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="463"/>
        <source>Could not import the template</source>
        <translation>Skabelonen kunne ikke importeres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="491"/>
        <source>Save as Template</source>
        <translation>Gem som skabelon</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="491"/>
        <source>Template name:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/gallery.py" line="495"/>
        <source>Could not save the template</source>
        <translation>Skabelonen kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="127"/>
        <source>Timer</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="128"/>
        <source>Minutes:</source>
        <translation>Minutter:</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <location filename="../../journeymapper/ui/timer_overlay.py" line="104"/>
        <source>Time&apos;s up</source>
        <translation>Tiden er gået</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="33"/>
        <source>Show the map full screen, stage by stage</source>
        <translation>Vis kunderejsekortet i fuld skærm, fase for fase</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="34"/>
        <source>Reduce &amp;Motion</source>
        <translation>Reducér &amp;bevægelse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="43"/>
        <source>Add a Vote</source>
        <translation>Tilføj en stemme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="44"/>
        <source>Remove a Vote</source>
        <translation>Fjern en stemme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="32"/>
        <source>Pr&amp;esent</source>
        <translation>&amp;Præsentér</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="40"/>
        <source>Votin&amp;g</source>
        <translation>&amp;Afstemning</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="45"/>
        <source>C&amp;lear Votes</source>
        <translation>Ryd stem&amp;mer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="49"/>
        <source>&amp;Timer</source>
        <translation>Ne&amp;dtælling</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop_actions.py" line="52"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="54"/>
        <source>&amp;Custom…</source>
        <translation>&amp;Anden tid…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop_actions.py" line="56"/>
        <source>&amp;Stop Timer</source>
        <translation>&amp;Stop nedtælling</translation>
    </message>
</context>
</TS>
