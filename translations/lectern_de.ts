<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, and export your notes.</source>
        <translation>Ein Offline-Leseprogramm für Artikel, gemacht für das genaue Lesen von Argumenten: Markieren Sie die Behauptungen eines Autors, verschlagworten Sie sie und exportieren Sie Ihre Notizen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks Syntax Highlighting %1</source>
        <translation>KDE Frameworks Syntax Highlighting %1</translation>
    </message>
    <message>
        <source>KDE Frameworks Archive %1</source>
        <translation>KDE Frameworks Archive %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::AddClaimCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>Behauptung hinzufügen</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is larger than %2 MB</source>
        <translation>„%1“ kann nicht importiert werden: Die Datei ist größer als %2 MB</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not valid JSON (%2 at byte %3)</source>
        <translation>„%1“ kann nicht importiert werden: kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>it is neither a Web Annotation collection nor a Hypothesis export</source>
        <translation>weder eine Web-Annotation-Sammlung noch ein Hypothesis-Export</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first</source>
        <translation>„%1“ kann nicht importiert werden: Eintrag %2 (%3): Der Artikel „%4“ ist nicht in der Bibliothek; importieren Sie ihn zuerst</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>the library cannot start a transaction</source>
        <translation>die Bibliothek kann keine Transaktion beginnen</translation>
    </message>
    <message>
        <source>entry %1 (%2): tag “%3”: %4</source>
        <translation>Eintrag %1 (%2): Schlagwort „%3“: %4</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>Eintrag %1 (%2): %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>it has no “uri”</source>
        <translation>er hat kein „uri“</translation>
    </message>
    <message>
        <source>its “tags” is not a list</source>
        <translation>sein „tags“ ist keine Liste</translation>
    </message>
    <message>
        <source>one of its tags is not text</source>
        <translation>eines seiner Schlagwörter ist kein Text</translation>
    </message>
    <message>
        <source>its “text” is not text</source>
        <translation>sein „text“ ist kein Text</translation>
    </message>
    <message>
        <source>its “target” is not a list</source>
        <translation>sein „target“ ist keine Liste</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no “exact” text</source>
        <translation>sein TextQuoteSelector hat keinen „exact“-Text</translation>
    </message>
    <message>
        <source>entry %1: it is not an object</source>
        <translation>Eintrag %1: kein Objekt</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>er hat kein Ziel</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>sein Ziel hat keine Quelle</translation>
    </message>
    <message>
        <source>the “%1” of its TextQuoteSelector is not text</source>
        <translation>„%1“ seines TextQuoteSelector ist kein Text</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole numbers 0 ≤ start ≤ end</source>
        <translation>sein TextPositionSelector braucht ganze Zahlen 0 ≤ start ≤ end</translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector</source>
        <translation>sein Ziel hat keinen TextQuoteSelector</translation>
    </message>
    <message>
        <source>it has no “id”</source>
        <translation>er hat keine „id“</translation>
    </message>
    <message>
        <source>its “type” is not “Annotation”</source>
        <translation>sein „type“ ist nicht „Annotation“</translation>
    </message>
    <message>
        <source>a TextualBody has no “value” text</source>
        <translation>ein TextualBody hat keinen „value“-Text</translation>
    </message>
    <message>
        <source>unknown stance “%1”</source>
        <translation>unbekannte Haltung „%1“</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>article %1 of “lectern:articles” has no “id”</source>
        <translation>Artikel %1 von „lectern:articles“ hat keine „id“</translation>
    </message>
    <message>
        <source>article %1 (%2) has a block without text</source>
        <translation>Artikel %1 (%2) hat einen Block ohne Text</translation>
    </message>
    <message>
        <source>article %1 (%2): its text does not match its sha256</source>
        <translation>Artikel %1 (%2): Sein Text passt nicht zu seinem sha256</translation>
    </message>
    <message>
        <source>the collection&apos;s “first” page is not embedded (only embedded pages can be read)</source>
        <translation>die „first“-Seite der Sammlung ist nicht eingebettet (nur eingebettete Seiten können gelesen werden)</translation>
    </message>
    <message>
        <source>“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation</source>
        <translation>„type“ ist „%1“, nicht AnnotationCollection, AnnotationPage oder Annotation</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleAnnotations</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>Die Änderung konnte nicht in der Bibliothek gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Schlagwörter ändern</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>Sprecher festlegen</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>Haltung festlegen</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Art festlegen</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Behauptung neu zuordnen</translation>
    </message>
    <message>
        <source>Adjust Claim</source>
        <translation>Behauptung anpassen</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>Artikelangaben</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Themen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, such as 2026-03-02 (or only the year, or year and month).</source>
        <translation>Schreiben Sie das Datum als Jahr-Monat-Tag, etwa 2026-03-02 (oder nur das Jahr, oder Jahr und Monat).</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticlePages</name>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Behauptung neu zuordnen</translation>
    </message>
    <message>
        <source>First select the text this claim should mark, then press Re-attach.</source>
        <translation>Wählen Sie zuerst den Text aus, den diese Behauptung markieren soll, und drücken Sie dann „Neu zuordnen“.</translation>
    </message>
    <message>
        <source>The claim is attached to the selected text.</source>
        <translation>Die Behauptung ist dem ausgewählten Text zugeordnet.</translation>
    </message>
    <message>
        <source>The claims marked in this article, with their tags and notes</source>
        <translation>Die in diesem Artikel markierten Behauptungen mit ihren Schlagwörtern und Notizen</translation>
    </message>
    <message>
        <source>Sentences that read like claims, to accept or reject</source>
        <translation>Sätze, die wie Behauptungen klingen – zum Annehmen oder Ablehnen</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleSuggestions</name>
    <message>
        <source>Accept Suggestion with Another Tag</source>
        <translation>Vorschlag mit anderem Schlagwort annehmen</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleTrash</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Article %1 is already in the Trash.</source>
        <translation>Artikel %1 ist bereits im Papierkorb.</translation>
    </message>
    <message>
        <source>Article %1 is not in the Trash.</source>
        <translation>Artikel %1 ist nicht im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport</name>
    <message>
        <source>could not be saved in the library: %1</source>
        <translation>konnte nicht in der Bibliothek gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: imported as article %2 “%3”</source>
        <translation>%1: als Artikel %2 „%3“ importiert</translation>
    </message>
    <message>
        <source>%1: updated article %2 “%3” to version %4</source>
        <translation>%1: Artikel %2 „%3“ auf Version %4 aktualisiert</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2 “%3”</source>
        <translation>%1: bereits als Artikel %2 „%3“ in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>Lectern::Claim</name>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Widerspricht</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Counter-claim</source>
        <translation>Gegenbehauptung</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimActions</name>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz …</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>Behauptung &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Sticky Tag</source>
        <translation>&amp;Dauerhaftes Schlagwort</translation>
    </message>
    <message>
        <source>Write a note on the selected claim, or mark the selection as a claim and write one</source>
        <translation>Eine Notiz zur ausgewählten Behauptung schreiben oder die Auswahl als Behauptung markieren und eine schreiben</translation>
    </message>
    <message>
        <source>Remove the claim under the cursor</source>
        <translation>Die Behauptung unter dem Cursor entfernen</translation>
    </message>
    <message>
        <source>Tag every new selection with the active tag at once</source>
        <translation>Jede neue Auswahl sofort mit dem aktiven Schlagwort versehen</translation>
    </message>
    <message>
        <source>Suggestion accepted as %1.</source>
        <translation>Vorschlag als %1 angenommen.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press a tag&apos;s key.</source>
        <translation>Wählen Sie zuerst den Text einer Behauptung aus und drücken Sie dann die Taste eines Schlagworts.</translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation>Als %1 verschlagwortet.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press N to write a note.</source>
        <translation>Wählen Sie zuerst den Text einer Behauptung aus und drücken Sie dann N, um eine Notiz zu schreiben.</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>There is no claim under the cursor.</source>
        <translation>Unter dem Cursor ist keine Behauptung.</translation>
    </message>
    <message>
        <source>Claim removed. Undo with Ctrl+Z.</source>
        <translation>Behauptung entfernt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation>&amp;Verschlagworten als</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>Behauptung &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>Neues &amp;Schlagwort …</translation>
    </message>
    <message>
        <source>Add a tag to the codebook, with a colour colour-blind readers can tell apart, and tag the selection with it</source>
        <translation>Ein Schlagwort zum Codebuch hinzufügen, in einer Farbe, die auch Farbenblinde unterscheiden können, und die Auswahl damit versehen</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>Schlagwort %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Adjust Claim</source>
        <translation>Behauptung &amp;anpassen</translation>
    </message>
    <message>
        <source>End a Word &amp;Later</source>
        <translation>Ende ein Wort &amp;später</translation>
    </message>
    <message>
        <source>End a Word &amp;Earlier</source>
        <translation>Ende ein Wort &amp;früher</translation>
    </message>
    <message>
        <source>Start a Word E&amp;arlier</source>
        <translation>Anfang ein Wort f&amp;rüher</translation>
    </message>
    <message>
        <source>Start a Word La&amp;ter</source>
        <translation>Anfang ein Wort s&amp;päter</translation>
    </message>
    <message>
        <source>Put the cursor in a claim first; Shift+Alt and the arrow keys then move its ends a word at a time.</source>
        <translation>Setzen Sie zuerst den Cursor in eine Behauptung; Umschalt+Alt und die Pfeiltasten verschieben dann ihre Enden wortweise.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimChartsView</name>
    <message>
        <source>Claims per tag</source>
        <translation>Behauptungen pro Schlagwort</translation>
    </message>
    <message>
        <source>Claims per tag by year of publication</source>
        <translation>Behauptungen pro Schlagwort nach Erscheinungsjahr</translation>
    </message>
    <message>
        <source>Stances per tag</source>
        <translation>Haltungen pro Schlagwort</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Charts cannot be shown: %1.</source>
        <translation>Diagramme können nicht angezeigt werden: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Zitierter Text</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Who makes this claim (optional)</source>
        <translation>Wer diese Behauptung aufstellt (optional)</translation>
    </message>
    <message>
        <source>Your note, in Markdown</source>
        <translation>Ihre Notiz, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>S&amp;precher:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>A claim needs at least one tag</source>
        <translation>Eine Behauptung braucht mindestens ein Schlagwort</translation>
    </message>
    <message>
        <source>New T&amp;ag…</source>
        <translation>Neues Schl&amp;agwort …</translation>
    </message>
    <message>
        <source>Add a tag to the codebook and give this claim it</source>
        <translation>Ein Schlagwort zum Codebuch hinzufügen und dieser Behauptung geben</translation>
    </message>
    <message>
        <source>The passage argues for the position under debate</source>
        <translation>Die Textstelle spricht für die debattierte Position</translation>
    </message>
    <message>
        <source>The passage argues against the position under debate</source>
        <translation>Die Textstelle spricht gegen die debattierte Position</translation>
    </message>
    <message>
        <source>The passage reports or explains without taking a side</source>
        <translation>Die Textstelle berichtet oder erklärt, ohne Partei zu ergreifen</translation>
    </message>
    <message>
        <source>Whether the passage argues for or against the position the article debates (such as a policy or a proposal), as its speaker means it; neutral when it only reports.</source>
        <translation>Ob die Textstelle für oder gegen die Position spricht, die der Artikel debattiert (etwa eine Maßnahme oder einen Vorschlag), so wie ihr Sprecher es meint; neutral, wenn sie nur berichtet.</translation>
    </message>
    <message>
        <source>Note as it will read</source>
        <translation>Notiz, wie sie gelesen wird</translation>
    </message>
    <message>
        <source>The note, rendered, shows here</source>
        <translation>Hier erscheint die Notiz formatiert</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimScorer</name>
    <message>
        <source>no cue groups</source>
        <translation>keine Hinweisgruppen</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message>
        <source>Claims in the Library</source>
        <translation>Behauptungen in der Bibliothek</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Behauptungen</translation>
    </message>
    <message>
        <source>Articles by tags</source>
        <translation>Artikel nach Schlagwörtern</translation>
    </message>
    <message>
        <source>Articles × &amp;Tags</source>
        <translation>Artikel × &amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Stances by tag</source>
        <translation>Haltungen nach Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Stances</source>
        <translation>&amp;Haltungen</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 von %n Behauptung</numerusform>
            <numerusform>%1 von %n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by text, speaker or article…</source>
        <translation>Nach Text, Sprecher oder Artikel filtern …</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation>
            <numerusform>Zu prüfen (%n)</numerusform>
            <numerusform>Zu prüfen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>Ohne Schlagwort (%n)</numerusform>
            <numerusform>Ohne Schlagwort (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.</source>
        <translation>Diese Behauptungen haben ihre Stelle verloren, als sich der Artikel geändert hat. Wählen Sie ihren neuen Text aus und wählen Sie „Neu zuordnen“, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>%1 claim, %2: %3</source>
        <translation>%1 Behauptung, %2: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation>Der &amp;Auswahl neu zuordnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Behauptungen filtern</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>Behauptungen nach Text filtern</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Nach Haltung filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Claims in this article</source>
        <translation>Behauptungen in diesem Artikel</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new place in the article, then press this</source>
        <translation>Wählen Sie die neue Stelle der Behauptung im Artikel aus und drücken Sie dann hier</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Show only the claims that support, oppose or are neutral</source>
        <translation>Nur Behauptungen zeigen, die stützen, widersprechen oder neutral sind</translation>
    </message>
    <message>
        <source>Show only the claims with this tag or a tag nested under it</source>
        <translation>Nur Behauptungen mit diesem Schlagwort oder einem darunter eingeordneten zeigen</translation>
    </message>
    <message>
        <source>Enter shows the selected claim in the article; Delete removes it</source>
        <translation>Eingabe zeigt die gewählte Behauptung im Artikel; Entf entfernt sie</translation>
    </message>
    <message>
        <source>Remove the selected claim (Delete); Undo brings it back</source>
        <translation>Die gewählte Behauptung entfernen (Entf); Rückgängig holt sie zurück</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>backup create takes no arguments</source>
        <translation>backup create nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>backup restore needs the backup file</source>
        <translation>backup restore braucht die Sicherungsdatei</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 als %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>--tag needs at least one tag name</source>
        <translation>--tag braucht mindestens einen Schlagwortnamen</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (choose from: supports, opposes, neutral)</source>
        <translation>unbekannte Haltung „%1“ (zur Wahl: supports, opposes, neutral)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (choose from: claim, evidence, counter-claim)</source>
        <translation>unbekannte Art „%1“ (zur Wahl: claim, evidence, counter-claim)</translation>
    </message>
    <message>
        <source>there is no claim with id &apos;%1&apos;</source>
        <translation>es gibt keine Behauptung mit der ID „%1“</translation>
    </message>
    <message>
        <source>article %1 does not contain the quote “%2”</source>
        <translation>Artikel %1 enthält das Zitat „%2“ nicht</translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation>
            <numerusform>das Zitat „%2“ kommt %n-mal in Artikel %1 vor: Wählen Sie eines mit --occurrence 1 bis %n</numerusform>
            <numerusform>das Zitat „%2“ kommt %n-mal in Artikel %1 vor: Wählen Sie eines mit --occurrence 1 bis %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation>
            <numerusform>das Zitat „%2“ kommt nur %n-mal in Artikel %1 vor, also gibt es kein Vorkommen %3</numerusform>
            <numerusform>das Zitat „%2“ kommt nur %n-mal in Artikel %1 vor, also gibt es kein Vorkommen %3</numerusform>
        </translation>
    </message>
    <message>
        <source>annotate needs exactly one article id</source>
        <translation>annotate braucht genau eine Artikel-ID</translation>
    </message>
    <message>
        <source>give either --quote or --range, not both</source>
        <translation>geben Sie entweder --quote oder --range an, nicht beides</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT or --range START:END</source>
        <translation>annotate braucht --quote TEXT oder --range START:ENDE</translation>
    </message>
    <message>
        <source>--quote needs some text</source>
        <translation>--quote braucht etwas Text</translation>
    </message>
    <message>
        <source>--occurrence goes with --quote</source>
        <translation>--occurrence gehört zu --quote</translation>
    </message>
    <message>
        <source>--occurrence needs a positive number, not &apos;%1&apos;</source>
        <translation>--occurrence braucht eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--range needs START:END, two offsets in the article&apos;s text such as 120:180, not &apos;%1&apos;</source>
        <translation>--range braucht START:ENDE, zwei Positionen im Text des Artikels wie 120:180, nicht „%1“</translation>
    </message>
    <message>
        <source>--range %1 is empty: START must be less than END</source>
        <translation>--range %1 ist leer: START muss kleiner als ENDE sein</translation>
    </message>
    <message>
        <source>annotate needs --tag TAG[,TAG...]</source>
        <translation>annotate braucht --tag SCHLAGWORT[,SCHLAGWORT...]</translation>
    </message>
    <message>
        <source>there is no article with id &apos;%1&apos;</source>
        <translation>es gibt keinen Artikel mit der ID „%1“</translation>
    </message>
    <message>
        <source>--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long</source>
        <translation>--range %1 reicht über das Ende von Artikel %2 hinaus, dessen Text %3 UTF-16-Einheiten lang ist</translation>
    </message>
    <message>
        <source>could not save the claim on article %1: %2</source>
        <translation>die Behauptung zu Artikel %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>claims takes one article id or --all</source>
        <translation>claims nimmt eine Artikel-ID oder --all</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from: anchored, orphan)</source>
        <translation>unbekannter Status „%1“ (zur Wahl: anchored, orphan)</translation>
    </message>
    <message>
        <source>claim edit needs exactly one claim id</source>
        <translation>claim edit braucht genau eine Behauptungs-ID</translation>
    </message>
    <message>
        <source>claim edit needs at least one of --tag, --stance, --kind, --speaker, --note</source>
        <translation>claim edit braucht mindestens eine der Optionen --tag, --stance, --kind, --speaker, --note</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Behauptung bearbeiten</translation>
    </message>
    <message>
        <source>could not change claim %1: %2</source>
        <translation>Behauptung %1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>changed claim %1</source>
        <translation>Behauptung %1 geändert</translation>
    </message>
    <message>
        <source>claim delete needs exactly one claim id</source>
        <translation>claim delete braucht genau eine Behauptungs-ID</translation>
    </message>
    <message>
        <source>could not delete claim %1: %2</source>
        <translation>Behauptung %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>deleted claim %1</source>
        <translation>Behauptung %1 gelöscht</translation>
    </message>
    <message>
        <source>Try &apos;lectern --help&apos;.</source>
        <translation>Versuchen Sie „lectern --help“.</translation>
    </message>
    <message>
        <source>The newest backup is %1; to restore it: lectern backup restore &apos;%1&apos;</source>
        <translation>Die neueste Sicherung ist %1; zum Wiederherstellen: lectern backup restore &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search [--json] [--limit N] QUERY</source>
        <translation>search [--json] [--limit N] ANFRAGE</translation>
    </message>
    <message>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, -excluded, OR.</source>
        <translation>Die Bibliothek durchsuchen: Wörter, &quot;Wortgruppen&quot;, Präfix*, -ausgeschlossen, OR.</translation>
    </message>
    <message>
        <source>show [--json] ID</source>
        <translation>show [--json] ID</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata and text (--json adds blocks, removed lines and the curated summary).</source>
        <translation>Metadaten und Text eines Artikels ausgeben (--json fügt Blöcke, entfernte Zeilen und die redaktionelle Zusammenfassung hinzu).</translation>
    </message>
    <message>
        <source>annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>annotate ID (--quote TEXT [--occurrence N] | --range START:ENDE) --tag SCHLAGWORT[,SCHLAGWORT...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</translation>
    </message>
    <message>
        <source>Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); --range takes UTF-16 offsets in the article&apos;s text (see show --json). A TAG is a path such as Security/Misuse or a unique name.</source>
        <translation>Eine Passage eines Artikels als Behauptung markieren und ihre ID ausgeben. --quote findet den Text (--occurrence N wählt das N-te von mehreren); --range nimmt UTF-16-Positionen im Text des Artikels (siehe show --json). Ein SCHLAGWORT ist ein Pfad wie Security/Misuse oder ein eindeutiger Name.</translation>
    </message>
    <message>
        <source>claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]</source>
        <translation>claims [ID | --all] [--tag SCHLAGWORT] [--stance S] [--status anchored|orphan] [--json]</translation>
    </message>
    <message>
        <source>List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, speaker, quote, note. --tag includes the tags nested under it.</source>
        <translation>Die Behauptungen eines Artikels oder aller (Standard) auflisten, eine pro Zeile: ID, Artikel, Start, Ende, Status, Haltung, Art, Schlagwörter, Sprecher, Zitat, Notiz. --tag schließt die darunter verschachtelten Schlagwörter ein.</translation>
    </message>
    <message>
        <source>claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>claim edit BEHAUPTUNG [--tag SCHLAGWORT[,SCHLAGWORT...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</translation>
    </message>
    <message>
        <source>Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.</source>
        <translation>Eine Behauptung ändern: --tag ersetzt ihre Schlagwörter; ein leeres --speaker oder --note löscht den Wert.</translation>
    </message>
    <message>
        <source>claim delete CLAIM</source>
        <translation>claim delete BEHAUPTUNG</translation>
    </message>
    <message>
        <source>Delete a claim.</source>
        <translation>Eine Behauptung löschen.</translation>
    </message>
    <message>
        <source>tags [--json]</source>
        <translation>tags [--json]</translation>
    </message>
    <message>
        <source>Print the codebook as a tree, with each tag&apos;s colour and how many claims carry it (or a tag nested under it).</source>
        <translation>Das Codebuch als Baum ausgeben, mit der Farbe jedes Schlagworts und der Zahl der Behauptungen, die es (oder ein darunter verschachteltes) tragen.</translation>
    </message>
    <message>
        <source>tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]</source>
        <translation>tags add NAME [--parent SCHLAGWORT] [--color #RRGGBB] [--description TEXT] [--json]</translation>
    </message>
    <message>
        <source>Add a tag, at the top level or nested under --parent.</source>
        <translation>Ein Schlagwort hinzufügen, auf oberster Ebene oder unter --parent verschachtelt.</translation>
    </message>
    <message>
        <source>tags rename TAG NEWNAME</source>
        <translation>tags rename SCHLAGWORT NEUERNAME</translation>
    </message>
    <message>
        <source>Rename a tag; its claims keep it.</source>
        <translation>Ein Schlagwort umbenennen; seine Behauptungen behalten es.</translation>
    </message>
    <message>
        <source>tags merge FROM INTO</source>
        <translation>tags merge VON NACH</translation>
    </message>
    <message>
        <source>Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.</source>
        <translation>Die Behauptungen von VON (und der darunter verschachtelten Schlagwörter) nach NACH verschieben, dann VON löschen.</translation>
    </message>
    <message>
        <source>tags delete TAG [--yes]</source>
        <translation>tags delete SCHLAGWORT [--yes]</translation>
    </message>
    <message>
        <source>Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.</source>
        <translation>Ein Schlagwort und die darunter verschachtelten löschen; Behauptungen behalten ihre anderen Schlagwörter. Verweigert, wenn Behauptungen es tragen, außer mit --yes.</translation>
    </message>
    <message>
        <source>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]</source>
        <translation>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag SCHLAGWORT] [--stance S] [--bom] -o DATEI [--json]</translation>
    </message>
    <message>
        <source>Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.</source>
        <translation>Behauptungen mit ihren Schlagwörtern und Notizen exportieren: Markdown-Notizen, eine HTML-Seite (oder PDF, ODT) mit den Markierungen, CSV (--bom für Tabellenkalkulationen) oder W3C-Web-Annotation-JSON-LD. Ohne --article jeder Artikel mit Behauptungen; --tag schließt verschachtelte Schlagwörter ein.</translation>
    </message>
    <message>
        <source>import-annotations [--json] FILE</source>
        <translation>import-annotations [--json] DATEI</translation>
    </message>
    <message>
        <source>Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.</source>
        <translation>Notizen aus einem Lectern-JSON-Export (samt der enthaltenen Artikel) oder einem Hypothesis-JSON-Export (zu Artikeln, die schon in der Bibliothek sind, per URL zugeordnet) importieren. Alles oder nichts: Ein fehlerhafter Eintrag wird genannt und nichts wird geändert.</translation>
    </message>
    <message>
        <source>suggest [--json] FILE|ID</source>
        <translation>suggest [--json] DATEI|ID</translation>
    </message>
    <message>
        <source>Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.</source>
        <translation>Die Sätze einer Datei (gelesen, nicht importiert) oder eines Artikels ausgeben, die wie Behauptungen klingen, einer pro Zeile: Start, Ende, Schlagwort, Konfidenz, Sprecher, Satz. Nutzt, was die Bibliothek aus Ihrer Verschlagwortung gelernt hat; läuft offline.</translation>
    </message>
    <message>
        <source>summary [--json] ID</source>
        <translation>summary [--json] ID</translation>
    </message>
    <message>
        <source>related [--json] [--limit N] ID</source>
        <translation>related [--json] [--limit N] ID</translation>
    </message>
    <message>
        <source>List the library&apos;s articles most related to an article, one per line: id, title, score, and why (shared topics, claim tags, similar terms, same author or site); then the titles its curated card names, found in the library or not.</source>
        <translation>Die Artikel der Bibliothek auflisten, die einem Artikel am nächsten sind, einer pro Zeile: ID, Titel, Wert und Grund (gemeinsame Themen, Schlagwörter von Behauptungen, ähnliche Begriffe, gleicher Autor oder gleiche Website); dann die Titel, die seine redaktionelle Karte nennt, ob in der Bibliothek oder nicht.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>List the library&apos;s backups, newest first: file, time, size. One is made before every upgrade and at most once a day.</source>
        <translation>Die Sicherungen der Bibliothek auflisten, die neueste zuerst: Datei, Zeit, Größe. Eine wird vor jedem Upgrade und höchstens einmal am Tag angelegt.</translation>
    </message>
    <message>
        <source>backup create</source>
        <translation>backup create</translation>
    </message>
    <message>
        <source>Make a backup now and print its file.</source>
        <translation>Jetzt eine Sicherung anlegen und ihre Datei ausgeben.</translation>
    </message>
    <message>
        <source>backup restore FILE</source>
        <translation>backup restore DATEI</translation>
    </message>
    <message>
        <source>Put a backup in the library&apos;s place; the library it replaces is kept beside it. Quit Lectern first.</source>
        <translation>Eine Sicherung an die Stelle der Bibliothek setzen; die ersetzte Bibliothek wird daneben aufbewahrt. Beenden Sie zuerst Lectern.</translation>
    </message>
    <message>
        <source>help [SUBCOMMAND [ACTION]]</source>
        <translation>help [UNTERBEFEHL [AKTION]]</translation>
    </message>
    <message>
        <source>Explain a subcommand.</source>
        <translation>Einen Unterbefehl erklären.</translation>
    </message>
    <message>
        <source>unknown %1 action &apos;%2&apos; (choose from: %3)</source>
        <translation>unbekannte %1-Aktion „%2“ (zur Wahl: %3)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).</source>
        <translation>Jeder Unterbefehl nimmt --library PFAD (Standard: $LECTERN_LIBRARY oder der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window</source>
        <translation>Aufruf: lectern [--library PFAD] [--screenshot DATEI] [DATEI...]   das Fenster öffnen</translation>
    </message>
    <message>
        <source>       lectern SUBCOMMAND [OPTIONS]                           work without a display</source>
        <translation>        lectern UNTERBEFEHL [OPTIONEN]                          ohne Bildschirm arbeiten</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the library database to use</source>
        <translation>die zu verwendende Bibliotheksdatenbank</translation>
    </message>
    <message>
        <source>print one JSON document (an array for lists)</source>
        <translation>ein JSON-Dokument ausgeben (ein Array für Listen)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>diese Hilfe ausgeben</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 ein Element ist fehlgeschlagen (der Rest wurde erledigt), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>The library database.</source>
        <translation>Die Bibliotheksdatenbank.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Höchstens N Ergebnisse.</translation>
    </message>
    <message>
        <source>Largest file to import, in MB.</source>
        <translation>Größte zu importierende Datei, in MB.</translation>
    </message>
    <message>
        <source>The text of the passage to mark.</source>
        <translation>Der Text der zu markierenden Passage.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>Welches Vorkommen des Zitats, ab 1.</translation>
    </message>
    <message>
        <source>The passage as START:END offsets in the article&apos;s text.</source>
        <translation>Die Passage als START:ENDE-Positionen im Text des Artikels.</translation>
    </message>
    <message>
        <source>Tag paths or names, separated by commas.</source>
        <translation>Schlagwortpfade oder -namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>supports, opposes or neutral.</source>
        <translation>supports, opposes oder neutral.</translation>
    </message>
    <message>
        <source>claim, evidence or counter-claim.</source>
        <translation>claim, evidence oder counter-claim.</translation>
    </message>
    <message>
        <source>Who makes the claim.</source>
        <translation>Wer die Behauptung aufstellt.</translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation>Eine Notiz zur Behauptung.</translation>
    </message>
    <message>
        <source>anchored or orphan.</source>
        <translation>anchored oder orphan.</translation>
    </message>
    <message>
        <source>Every article.</source>
        <translation>Jeder Artikel.</translation>
    </message>
    <message>
        <source>The tag to nest under.</source>
        <translation>Das Schlagwort, unter dem verschachtelt wird.</translation>
    </message>
    <message>
        <source>A colour as #RRGGBB.</source>
        <translation>Eine Farbe als #RRGGBB.</translation>
    </message>
    <message>
        <source>What the tag is for.</source>
        <translation>Wofür das Schlagwort steht.</translation>
    </message>
    <message>
        <source>Delete even when claims carry the tag.</source>
        <translation>Auch löschen, wenn Behauptungen das Schlagwort tragen.</translation>
    </message>
    <message>
        <source>md, html, pdf, odt, csv or json.</source>
        <translation>md, html, pdf, odt, csv oder json.</translation>
    </message>
    <message>
        <source>Article ids, separated by commas.</source>
        <translation>Artikel-IDs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark.</source>
        <translation>Eine CSV-Datei mit einer Bytereihenfolge-Markierung beginnen.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Die Version ausgeben.</translation>
    </message>
    <message>
        <source>Print help.</source>
        <translation>Hilfe ausgeben.</translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 braucht eine Aktion: %2</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 nimmt kein --%2 an</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import braucht mindestens eine Datei oder einen Ordner</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument</source>
        <translation>%1 braucht genau ein Argument</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes</source>
        <translation>--max-size braucht eine positive Zahl von Megabytes</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen</numerusform>
            <numerusform>%n Dateien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Autorenzeile: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>export takes options only, not &apos;%1&apos;</source>
        <translation>export nimmt nur Optionen an, nicht „%1“</translation>
    </message>
    <message>
        <source>export needs --format md, html, pdf, odt, csv or json</source>
        <translation>export braucht --format md, html, pdf, odt, csv oder json</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: md, html, pdf, odt, csv, json)</source>
        <translation>unbekanntes Format „%1“ (zur Wahl: md, html, pdf, odt, csv, json)</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export braucht -o DATEI</translation>
    </message>
    <message>
        <source>give either --article or --all, not both</source>
        <translation>geben Sie entweder --article oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>--article needs article ids, not &apos;%1&apos;</source>
        <translation>--article braucht Artikel-IDs, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n Behauptung exportiert</numerusform>
            <numerusform>%1: %n Behauptungen exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>aus %n Artikel</numerusform>
            <numerusform>aus %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <source>import-annotations needs exactly one file</source>
        <translation>import-annotations braucht genau eine Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n Behauptung importiert</numerusform>
            <numerusform>%1: %n Behauptungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n Artikel hinzugefügt</numerusform>
            <numerusform>%n Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n Schlagwort hinzugefügt</numerusform>
            <numerusform>%n Schlagwörter hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation>
            <numerusform>%n ohne Passage übersprungen</numerusform>
            <numerusform>%n ohne Passage übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>suggest needs exactly one file or article id</source>
        <translation>suggest braucht genau eine Datei oder Artikel-ID</translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation>%1 braucht genau eine Artikel-ID</translation>
    </message>
    <message>
        <source>Curated summary of “%1”</source>
        <translation>Redaktionelle Zusammenfassung von „%1“</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Wichtige Einsichten</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Grundsätze</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>In der Praxis</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Am besten für</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Ursprünglich veröffentlicht von %1</translation>
    </message>
    <message>
        <source>Generated summary of “%1” (key sentences picked by Lectern, not curated)</source>
        <translation>Erzeugte Zusammenfassung von „%1“ (Schlüsselsätze von Lectern ausgewählt, nicht redaktionell)</translation>
    </message>
    <message>
        <source>Key terms: %1</source>
        <translation>Schlüsselbegriffe: %1</translation>
    </message>
    <message>
        <source>The article has no sentences long enough to summarise.</source>
        <translation>Der Artikel hat keine Sätze, die lang genug für eine Zusammenfassung sind.</translation>
    </message>
    <message>
        <source>named by the curator</source>
        <translation>von der Redaktion genannt</translation>
    </message>
    <message>
        <source>named by the curator; not in the library</source>
        <translation>von der Redaktion genannt; nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>the tag name &apos;%1&apos; is ambiguous: give its path (%2)</source>
        <translation>der Schlagwortname „%1“ ist mehrdeutig: Geben Sie seinen Pfad an (%2)</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>es gibt kein Schlagwort „%1“</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <source>a tag name cannot contain &apos;/&apos; (&apos;%1&apos;); nest tags with --parent</source>
        <translation>ein Schlagwortname darf kein „/“ enthalten („%1“); verschachteln Sie Schlagwörter mit --parent</translation>
    </message>
    <message>
        <source>tags takes no arguments</source>
        <translation>tags nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>tags %1 needs %2</source>
        <translation>tags %1 braucht %2</translation>
    </message>
    <message>
        <source>--color needs a colour as #RRGGBB, not &apos;%1&apos;</source>
        <translation>--color braucht eine Farbe als #RRGGBB, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add tag &apos;%1&apos;: %2</source>
        <translation>Schlagwort „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>added tag %1 “%2”</source>
        <translation>Schlagwort %1 „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>could not rename tag &apos;%1&apos;: %2</source>
        <translation>Schlagwort „%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>renamed tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenannt</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into itself</source>
        <translation>Schlagwort „%1“ kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into &apos;%2&apos;: %3</source>
        <translation>Schlagwort „%1“ kann nicht mit „%2“ zusammengeführt werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation>
            <numerusform>Schlagwort „%1“ mit „%2“ zusammengeführt: %n Behauptung verschoben</numerusform>
            <numerusform>Schlagwort „%1“ mit „%2“ zusammengeführt: %n Behauptungen verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation>
            <numerusform>Schlagwort „%1“ steht an %n Behauptung (darunter verschachtelte Schlagwörter eingeschlossen); nichts wurde gelöscht: Führen Sie den Befehl mit --yes erneut aus, um es zu löschen</numerusform>
            <numerusform>Schlagwort „%1“ steht an %n Behauptungen (darunter verschachtelte Schlagwörter eingeschlossen); nichts wurde gelöscht: Führen Sie den Befehl mit --yes erneut aus, um es zu löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete tag &apos;%1&apos;: %2</source>
        <translation>Schlagwort „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation>
            <numerusform>Schlagwort „%1“ gelöscht: %n Behauptung betroffen</numerusform>
            <numerusform>Schlagwort „%1“ gelöscht: %n Behauptungen betroffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation>
            <numerusform>mit ihm gelöscht: %n darunter verschachteltes Schlagwort</numerusform>
            <numerusform>mit ihm gelöscht: %n darunter verschachtelte Schlagwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>the interface language: fr, de, it, ja or en (JSON keys stay English)</source>
        <translation>die Sprache der Oberfläche: fr, de, it, ja oder en (JSON-Schlüssel bleiben englisch)</translation>
    </message>
    <message>
        <source>The language of messages and help.</source>
        <translation>Die Sprache der Meldungen und der Hilfe.</translation>
    </message>
    <message>
        <source>Print an article&apos;s curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their START:END offsets in the text, and its key terms. With --json, &quot;generated&quot; is false for the curated card and true for Lectern&apos;s sentences.</source>
        <translation>Die redaktionelle Zusammenfassung eines Artikels ausgeben, sonst eine erzeugte: seine 3 bis 5 zentralsten Sätze (TextRank) mit ihren START:ENDE-Positionen im Text, und seine Schlüsselbegriffe. Mit --json ist &quot;generated&quot; false für die redaktionelle Karte und true für die von Lectern gewählten Sätze.</translation>
    </message>
    <message>
        <source>claims: %1 stayed, %2 moved, %3 orphaned</source>
        <translation>Behauptungen: %1 geblieben, %2 verschoben, %3 verwaist</translation>
    </message>
    <message>
        <source>list [--json] [--topic TOPIC]</source>
        <translation>list [--json] [--topic THEMA]</translation>
    </message>
    <message>
        <source>List the articles in the library; --topic only those whose curated summary or source names the topic.</source>
        <translation>Die Artikel der Bibliothek auflisten; mit --topic nur jene, deren redaktionelle Zusammenfassung oder Quelle das Thema nennt.</translation>
    </message>
    <message>
        <source>Only articles with this topic.</source>
        <translation>Nur Artikel mit diesem Thema.</translation>
    </message>
    <message>
        <source>import [--json] [--max-size MB] [--encoding NAME] PATH...</source>
        <translation>import [--json] [--max-size MB] [--encoding NAME] PFAD...</translation>
    </message>
    <message>
        <source>Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new version of its article; its claims are placed on the new text, and those that cannot be are marked for review. --encoding reads text files in the named encoding (windows-1251, Shift_JIS, ...) instead of the one detected.</source>
        <translation>Dateien und Ordner importieren (rekursiv durchsucht): .txt, .md, .html, .epub, .pdf. Eine geänderte Datei unter demselben Pfad wird zu einer neuen Version ihres Artikels; ihre Behauptungen werden auf den neuen Text gesetzt, und die, bei denen das nicht geht, werden zur Prüfung markiert. --encoding liest Textdateien in der genannten Kodierung (windows-1251, Shift_JIS, ...) statt in der erkannten.</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of the detected one.</source>
        <translation>Textdateien in dieser Kodierung statt in der erkannten lesen.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes, at most %1</source>
        <translation>--max-size braucht eine positive Zahl von Megabytes, höchstens %1</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;</source>
        <translation>--encoding: unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>the folder of the library %1 does not exist</source>
        <translation>der Ordner der Bibliothek %1 existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek vorhanden, übersprungen</numerusform>
            <numerusform>%n bereits in der Bibliothek vorhanden, übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>To start a new, empty library there instead, add --new.</source>
        <translation>Um dort stattdessen eine neue, leere Bibliothek anzulegen, fügen Sie --new hinzu.</translation>
    </message>
    <message>
        <source>start a new, empty library where a damaged one was moved aside</source>
        <translation>eine neue, leere Bibliothek anlegen, wo eine beschädigte beiseitegelegt wurde</translation>
    </message>
    <message>
        <source>Start a new, empty library where a damaged one was moved aside.</source>
        <translation>Eine neue, leere Bibliothek anlegen, wo eine beschädigte beiseitegelegt wurde.</translation>
    </message>
    <message>
        <source>Note: the library %1 is open read-only (%2); changes are refused.</source>
        <translation>Hinweis: Die Bibliothek %1 ist schreibgeschützt geöffnet (%2); Änderungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); what was read from it may be incomplete, and nothing was written. The next command checks it whole, moves it aside and says which backup to restore.</source>
        <translation>die Bibliothek %1 ist beschädigt (%2); was daraus gelesen wurde, kann unvollständig sein, und nichts wurde geschrieben. Der nächste Befehl prüft sie ganz, legt sie beiseite und nennt die Sicherung, die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>%1 needs at least one article id</source>
        <translation>%1 braucht mindestens eine Artikelnummer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>„%1“ ist keine Artikelnummer</translation>
    </message>
    <message>
        <source>article %1 moved to the Trash; `lectern restore %1` brings it back</source>
        <translation>Artikel %1 in den Papierkorb verschoben; `lectern restore %1` holt ihn zurück</translation>
    </message>
    <message>
        <source>article %1 restored</source>
        <translation>Artikel %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash nimmt keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good</source>
        <translation>
            <numerusform>%n Artikel endgültig gelöscht</numerusform>
            <numerusform>%n Artikel endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>edit needs exactly one article id</source>
        <translation>edit braucht genau eine Artikelnummer</translation>
    </message>
    <message>
        <source>edit needs at least one of --%1</source>
        <translation>edit braucht mindestens eine der Optionen --%1</translation>
    </message>
    <message>
        <source>--published needs an ISO 8601 date such as 2026-03-02, not &apos;%1&apos;</source>
        <translation>--published braucht ein ISO-8601-Datum wie 2026-03-02, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>article %1 “%2” edited</source>
        <translation>Artikel %1 „%2“ bearbeitet</translation>
    </message>
    <message>
        <source>edit ID [--title TEXT] [--byline NAMES] [--site NAME] [--published DATE] [--url URL] [--topics T1,T2...]</source>
        <translation>edit ID [--title TEXT] [--byline NAMEN] [--site NAME] [--published DATUM] [--url URL] [--topics T1,T2...]</translation>
    </message>
    <message>
        <source>Correct an article&apos;s details; its text, versions and claims stay as they are. An empty value clears a field (but a title is needed); --topics replaces the article&apos;s topics.</source>
        <translation>Die Angaben eines Artikels korrigieren; Text, Versionen und Behauptungen bleiben, wie sie sind. Ein leerer Wert leert ein Feld (ein Titel ist aber nötig); --topics ersetzt die Themen des Artikels.</translation>
    </message>
    <message>
        <source>delete ID...</source>
        <translation>delete ID...</translation>
    </message>
    <message>
        <source>Move articles to the Trash, with their claims: they leave the list, search and exports until restored. All or nothing.</source>
        <translation>Artikel mit ihren Behauptungen in den Papierkorb verschieben: Sie verschwinden aus Liste, Suche und Exporten, bis sie wiederhergestellt werden. Alles oder nichts.</translation>
    </message>
    <message>
        <source>restore ID...</source>
        <translation>restore ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the Trash, with their claims.</source>
        <translation>Artikel mit ihren Behauptungen aus dem Papierkorb zurückholen.</translation>
    </message>
    <message>
        <source>trash [--json]</source>
        <translation>trash [--json]</translation>
    </message>
    <message>
        <source>List the articles in the Trash, most recently deleted first: id, when deleted, claims, title.</source>
        <translation>Die Artikel im Papierkorb auflisten, zuletzt gelöschte zuerst: ID, Löschzeit, Behauptungen, Titel.</translation>
    </message>
    <message>
        <source>trash empty</source>
        <translation>trash empty</translation>
    </message>
    <message>
        <source>Delete the articles in the Trash for good, with their claims.</source>
        <translation>Die Artikel im Papierkorb mit ihren Behauptungen endgültig löschen.</translation>
    </message>
    <message>
        <source>The article&apos;s title.</source>
        <translation>Der Titel des Artikels.</translation>
    </message>
    <message>
        <source>Who wrote the article.</source>
        <translation>Wer den Artikel geschrieben hat.</translation>
    </message>
    <message>
        <source>Where the article was published.</source>
        <translation>Wo der Artikel erschienen ist.</translation>
    </message>
    <message>
        <source>When it was published, as an ISO 8601 date.</source>
        <translation>Wann er erschienen ist, als ISO-8601-Datum.</translation>
    </message>
    <message>
        <source>The article&apos;s web address.</source>
        <translation>Die Webadresse des Artikels.</translation>
    </message>
    <message>
        <source>Topics, separated by commas.</source>
        <translation>Themen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>backup salvage needs the damaged library file</source>
        <translation>backup salvage braucht die beschädigte Bibliotheksdatei</translation>
    </message>
    <message>
        <source>Then, to bring back the claims made since that backup: lectern backup salvage &apos;%1&apos;</source>
        <translation>Danach holen Sie die seit dieser Sicherung erstellten Behauptungen zurück mit: lectern backup salvage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup salvage DAMAGED-FILE</source>
        <translation>backup salvage BESCHÄDIGTE-DATEI</translation>
    </message>
    <message>
        <source>Read what can still be read from a damaged library file and add its claims, with their articles and tags, to the library; claims already there are skipped. Run it after backup restore to bring back the claims made since the backup.</source>
        <translation>Liest, was sich aus einer beschädigten Bibliotheksdatei noch lesen lässt, und fügt ihre Behauptungen mit ihren Artikeln und Schlagwörtern der Bibliothek hinzu; bereits vorhandene Behauptungen werden übersprungen. Nach backup restore ausführen, um die seit der Sicherung erstellten Behauptungen zurückzuholen.</translation>
    </message>
</context>
<context>
    <name>Lectern::CuratedCardImporter</name>
    <message>
        <source>is not a summary card: no known sections</source>
        <translation>ist keine Zusammenfassungskarte: keine bekannten Abschnitte</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>Cannot open the library %1: cannot create the folder %2.</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Der Ordner %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it is not a Lectern library (not an SQLite database).</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Sie ist keine Lectern-Bibliothek (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>sie wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>you do not have permission to change %1</source>
        <translation>Sie haben keine Berechtigung, %1 zu ändern</translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder %1</source>
        <translation>Sie haben keine Berechtigung, in den Ordner %1 zu schreiben</translation>
    </message>
    <message>
        <source>the disk holding it is read-only</source>
        <translation>der Datenträger, auf dem sie liegt, ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation>der Datenträger, auf dem sie liegt, ist voll</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>Die Bibliothek %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was moved to %3, unchanged.</source>
        <translation>Die Bibliothek %1 ist beschädigt (%2). Sie wurde unverändert nach %3 verschoben.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it needs an upgrade to schema %2, but %3.</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Sie braucht ein Upgrade auf Schema %2, aber %3.</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: no backup could be made first (%2).</source>
        <translation>Die Bibliothek %1 kann nicht aktualisiert werden: Vorher konnte keine Sicherung angelegt werden (%2).</translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>es wurden Schäden darin gefunden (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>unbekannter Schaden</translation>
    </message>
    <message>
        <source>There is no library at %1: a damaged one was moved aside from there to %2. Restore a backup, or choose to start a new, empty library.</source>
        <translation>Unter %1 gibt es keine Bibliothek: Eine beschädigte wurde von dort nach %2 beiseitegelegt. Stellen Sie eine Sicherung wieder her oder legen Sie ausdrücklich eine neue, leere Bibliothek an.</translation>
    </message>
    <message>
        <source>it is empty, 0 bytes</source>
        <translation>sie ist leer, 0 Byte</translation>
    </message>
    <message>
        <source>it is cut short: %1 of the %2 bytes its header declares</source>
        <translation>sie ist abgeschnitten: %1 der %2 Byte, die ihr Kopf angibt</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the new file could not be put in place.</source>
        <translation>Die Bibliothek %1 kann nicht angelegt werden: Die neue Datei ließ sich nicht an ihren Platz bringen.</translation>
    </message>
</context>
<context>
    <name>Lectern::EditDetailsCommand</name>
    <message>
        <source>Edit Article Details</source>
        <translation>Artikelangaben bearbeiten</translation>
    </message>
</context>
<context>
    <name>Lectern::EpubImporter</name>
    <message>
        <source>The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.</source>
        <translation>Die entpackte Größe überschreitet die Grenze: %1 würde auf %2 entpacken, mehr als %3.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>das Buch</translation>
    </message>
    <message>
        <source>%1 cannot be read: its compression method is not supported.</source>
        <translation>%1 kann nicht gelesen werden: Das Kompressionsverfahren wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1 holds more data than its header declares.</source>
        <translation>Das Archiv ist beschädigt: %1 enthält mehr Daten, als sein Header angibt.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml is missing.</source>
        <translation>Dies ist kein EPUB: META-INF/container.xml fehlt.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml names no package document.</source>
        <translation>Dies ist kein EPUB: META-INF/container.xml nennt kein Paketdokument.</translation>
    </message>
    <message>
        <source>This is not an EPUB: its package document %1 is missing.</source>
        <translation>Dies ist kein EPUB: Sein Paketdokument %1 fehlt.</translation>
    </message>
    <message>
        <source>The EPUB&apos;s package document %1 is not valid XML: %2</source>
        <translation>Das Paketdokument %1 des EPUB ist kein gültiges XML: %2</translation>
    </message>
    <message>
        <source>The EPUB has no chapters: its spine is empty.</source>
        <translation>Das EPUB hat keine Kapitel: Seine Lesereihenfolge ist leer.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed but missing from the book.</source>
        <translation>Das Kapitel „%1“ ist aufgeführt, fehlt aber im Buch.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; was skipped: %2</source>
        <translation>Das Kapitel „%1“ wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a valid EPUB (ZIP) archive.</source>
        <translation>Dies ist kein gültiges EPUB-Archiv (ZIP).</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unsafe path: %1</source>
        <translation>Das Archiv enthält einen Eintrag mit unsicherem Pfad: %1</translation>
    </message>
    <message>
        <source>The book contains no readable text.</source>
        <translation>Das Buch enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>could not be read: EPUB support is missing, %1</source>
        <translation>konnte nicht gelesen werden: die EPUB-Unterstützung fehlt, %1</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed more than once; it was read once.</source>
        <translation>Das Kapitel „%1“ ist mehrfach aufgeführt; es wurde einmal gelesen.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportCollector</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Es gibt keinen Artikel mit der ID %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>The open &amp;article</source>
        <translation>Der geöffnete &amp;Artikel</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Die ganze &amp;Bibliothek</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>Mit einer Bytereihenfolge-Markierung beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Jede Haltung</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation>Behauptungen von:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung</numerusform>
            <numerusform>%n Behauptungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1</source>
        <translation>die Vorschau zeigt die ersten %1</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Notizen werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot Export Notes</source>
        <translation>Notizen können nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportTarget</name>
    <message>
        <source>it is a SQLite database (a Lectern library or a backup); choose another file</source>
        <translation>Die Datei ist eine SQLite-Datenbank (eine Lectern-Bibliothek oder eine Sicherung); wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>it belongs to the database “%1”; choose another file</source>
        <translation>Die Datei gehört zur Datenbank „%1“; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>Die Datei ist keine reguläre Datei (ein Gerät oder eine Pipe)</translation>
    </message>
</context>
<context>
    <name>Lectern::Exporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Web Annotation (JSON-LD)</source>
        <translation>Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FileImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is larger than the import limit of %1 MB</source>
        <translation>ist größer als die Importgrenze von %1 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a socket or a device)</source>
        <translation>ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>Passagen, die nicht mehr im Text stehen</translation>
    </message>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern-Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation>
            <numerusform>Notizen aus Lectern exportiert am %1, %n Behauptung.</numerusform>
            <numerusform>Notizen aus Lectern exportiert am %1, %n Behauptungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The page is nested too deeply (more than %1 levels) to be read safely.</source>
        <translation>Die Seite ist zu tief verschachtelt (mehr als %1 Ebenen), um sicher gelesen zu werden.</translation>
    </message>
    <message>
        <source>The page contains no readable text.</source>
        <translation>Die Seite enthält keinen lesbaren Text.</translation>
    </message>
    <message>
        <source>The page has %1 elements, more than a page of its size can be read with (%2) within memory: it looks like data rather than an article.</source>
        <translation>Die Seite hat %1 Elemente, mehr als sich bei ihrer Größe mit vertretbarem Speicher lesen lassen (%2): Sie sieht eher nach Daten als nach einem Artikel aus.</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message>
        <source>Importing Articles</source>
        <translation>Artikel werden importiert</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Artikel werden gesucht …</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3) …</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation>
            <numerusform>%n Artikel mit einer neuen Textversion aktualisiert.</numerusform>
            <numerusform>%n Artikel mit einer neuen Textversion aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation>
            <numerusform>%n Datei bereits in der Bibliothek.</numerusform>
            <numerusform>%n Dateien bereits in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; files not yet read were left out.</source>
        <translation>Import abgebrochen; noch nicht gelesene Dateien wurden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden:</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Some files could not be imported.</source>
        <translation>Einige Dateien konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportExportFlow</name>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Anmerkungen (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import Annotations</source>
        <translation>Anmerkungen können nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation>
            <numerusform>%n Behauptung importiert</numerusform>
            <numerusform>%n Behauptungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Einen Ordner mit Artikeln importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek vorhanden, übersprungen</numerusform>
            <numerusform>%n bereits in der Bibliothek vorhanden, übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts</source>
        <translation>Wird beim nächsten Start von Lectern wirksam</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryActions</name>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Artikel&amp;angaben …</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>Move the selected article to the Trash, with its claims; Undo or the Trash brings it back</source>
        <translation>Den ausgewählten Artikel mit seinen Behauptungen in den Papierkorb verschieben; Rückgängig oder der Papierkorb holt ihn zurück</translation>
    </message>
    <message>
        <source>Correct the title, byline, site, date, address or topics of the selected article</source>
        <translation>Titel, Autor, Website, Datum, Adresse oder Themen des ausgewählten Artikels korrigieren</translation>
    </message>
    <message>
        <source>See the deleted articles, restore them or delete them for good</source>
        <translation>Die gelöschten Artikel ansehen, wiederherstellen oder endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</source>
        <translation>
            <numerusform>%n Artikel in den Papierkorb verschoben. Rückgängig mit Strg+Z oder wiederherstellen über Datei › Papierkorb.</numerusform>
            <numerusform>%n Artikel in den Papierkorb verschoben. Rückgängig mit Strg+Z oder wiederherstellen über Datei › Papierkorb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details saved. Undo with Ctrl+Z.</source>
        <translation>Angaben gespeichert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryBackups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: %2</source>
        <translation>die Bibliothek kann nicht nach %1 gesichert werden: %2</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: the copy cannot be renamed</source>
        <translation>die Bibliothek kann nicht nach %1 gesichert werden: Die Kopie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 kann nicht nach %2 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is not a Lectern library</source>
        <translation>%1 ist keine Lectern-Bibliothek</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>die Sicherung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>die Sicherung %1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>die Verbindung zur Bibliothek ist nicht SQLite</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>vor dem Abschluss angehalten</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryClaimsModel</name>
    <message>
        <source>%1 (needs review)</source>
        <translation>%1 (zu prüfen)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryEdits</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryModel</name>
    <message>
        <source>%1
by %2</source>
        <translation>%1
von %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation>Bibliothek durchsuchen …</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Type words, &quot;a phrase&quot;, prefix* or -excluded words; Enter opens the first result</source>
        <translation>Geben Sie Wörter, &quot;eine Wortgruppe&quot;, Präfix* oder -ausgeschlossene Wörter ein; Eingabe öffnet das erste Ergebnis</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>The articles in the library; Enter opens the selected one</source>
        <translation>Die Artikel der Bibliothek; Eingabe öffnet den ausgewählten</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Kein Artikel passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryRecovery</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.</source>
        <translation>Die neueste Sicherung vom %1 wiederherstellen? Spätere Änderungen sind nicht darin enthalten; die beschädigte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Lectern kann eine neue, leere Bibliothek beginnen; die beschädigte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Start Empty Library</source>
        <translation>Leere Bibliothek beginnen</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Lectern found damage in the library %1 (%2).</source>
        <translation>Lectern hat Schäden in der Bibliothek %1 gefunden (%2).</translation>
    </message>
    <message>
        <source>To keep what it holds safe, the library is now read-only. When Lectern next starts, it moves the damaged file aside, unchanged, and offers the newest backup.</source>
        <translation>Um ihren Inhalt zu schützen, ist die Bibliothek jetzt schreibgeschützt. Beim nächsten Start legt Lectern die beschädigte Datei unverändert beiseite und bietet die neueste Sicherung an.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Cannot Restart Lectern</source>
        <translation>Lectern kann nicht neu gestartet werden</translation>
    </message>
    <message>
        <source>Start Lectern again to recover the library %1.</source>
        <translation>Starten Sie Lectern erneut, um die Bibliothek %1 wiederherzustellen.</translation>
    </message>
    <message>
        <source>Bring back the claims the damaged file still holds</source>
        <translation>Die Behauptungen zurückholen, die die beschädigte Datei noch enthält</translation>
    </message>
    <message>
        <source>Reading the claims the damaged file still holds…</source>
        <translation>Die Behauptungen in der beschädigten Datei werden gelesen …</translation>
    </message>
    <message>
        <source>Salvaging Claims</source>
        <translation>Behauptungen retten</translation>
    </message>
    <message>
        <source>Cannot Salvage the Claims</source>
        <translation>Behauptungen können nicht gerettet werden</translation>
    </message>
    <message>
        <source>Claims Salvaged</source>
        <translation>Behauptungen gerettet</translation>
    </message>
    <message>
        <source>The damaged file stays where it is: %1</source>
        <translation>Die beschädigte Datei bleibt, wo sie ist: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySalvage</name>
    <message>
        <source>Cannot salvage “%1”: there is no such file</source>
        <translation>„%1“ kann nicht gerettet werden: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: no temporary folder (%2)</source>
        <translation>„%1“ kann nicht gerettet werden: kein temporärer Ordner (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: what could be read is not a library (%2)</source>
        <translation>„%1“ kann nicht gerettet werden: Was sich lesen ließ, ist keine Bibliothek (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: %2</source>
        <translation>„%1“ kann nicht gerettet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could be read from the damaged file.</source>
        <translation>
            <numerusform>%n Behauptung ließ sich aus der beschädigten Datei lesen.</numerusform>
            <numerusform>%n Behauptungen ließen sich aus der beschädigten Datei lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added to the library.</source>
        <translation>
            <numerusform>%n Behauptung der Bibliothek hinzugefügt.</numerusform>
            <numerusform>%n Behauptungen der Bibliothek hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) already in it.</source>
        <translation>
            <numerusform>%n Behauptung war schon darin.</numerusform>
            <numerusform>%n Behauptungen waren schon darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added with them.</source>
        <translation>
            <numerusform>%n Artikel mit ihnen hinzugefügt.</numerusform>
            <numerusform>%n Artikel mit ihnen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added with them.</source>
        <translation>
            <numerusform>%n Schlagwort mit ihnen hinzugefügt.</numerusform>
            <numerusform>%n Schlagwörter mit ihnen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) did not find their passage and need placing again.</source>
        <translation>
            <numerusform>%n Behauptung fand ihre Textstelle nicht und muss neu platziert werden.</numerusform>
            <numerusform>%n Behauptungen fanden ihre Textstelle nicht und müssen neu platziert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryStore</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Article %1 has no removed line %2.</source>
        <translation>Artikel %1 hat keine entfernte Zeile %2.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Ein Artikel braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Lectern::LineLengthLimit</name>
    <message>
        <source>has a line of %1 MB with no line break; an article&apos;s lines are under %2 MB (is it a text file?)</source>
        <translation>enthält eine Zeile von %1 MB ohne Zeilenumbruch; die Zeilen eines Artikels sind kürzer als %2 MB (ist es eine Textdatei?)</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkOpener</name>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Diesen Link im Webbrowser öffnen?</translation>
    </message>
</context>
<context>
    <name>Lectern::MainActions</name>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, HTML, EPUB or PDF files</source>
        <translation>Artikel importieren: Text-, Markdown-, HTML-, EPUB- oder PDF-Dateien</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>Notizen &amp;exportieren …</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Anmerkungen importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Über Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Claims in Library…</source>
        <translation>&amp;Behauptungen in der Bibliothek …</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Typeface</source>
        <translation>&amp;Schriftart</translation>
    </message>
    <message>
        <source>&amp;Serif</source>
        <translation>&amp;Serifen</translation>
    </message>
    <message>
        <source>S&amp;ans Serif</source>
        <translation>Seri&amp;fenlos</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>&amp;Zeilenabstand</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Kompakt</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>&amp;Bequem</translation>
    </message>
    <message>
        <source>&amp;Airy</source>
        <translation>&amp;Luftig</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>Schlagwörter &amp;verwalten …</translation>
    </message>
    <message>
        <source>Add, rename, recolour, nest, merge and delete tags</source>
        <translation>Schlagwörter hinzufügen, umbenennen, umfärben, verschachteln, zusammenführen und löschen</translation>
    </message>
    <message>
        <source>Show &amp;Removed Lines</source>
        <translation>&amp;Entfernte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Lines the importer took out of the article as site boilerplate; each can be restored</source>
        <translation>Zeilen, die der Importer als Website-Beiwerk aus dem Artikel entfernt hat; jede kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>Lectern::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>Auswahl als %1 markieren (%2)</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Claim Not Saved</source>
        <translation>Behauptung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Library: %2</source>
        <translation>%1

Bibliothek: %2</translation>
    </message>
    <message>
        <source>Article %1 is no longer in the library.</source>
        <translation>Artikel %1 ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Cannot Restore the Line</source>
        <translation>Zeile kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The line is back in the article (as a new text version).</source>
        <translation>Die Zeile ist wieder im Artikel (als neue Textversion).</translation>
    </message>
    <message>
        <source>The link %1 does not lead to an article in this library.</source>
        <translation>Der Link %1 führt zu keinem Artikel in dieser Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n Artikel in der Bibliothek</numerusform>
            <numerusform>%n Artikel in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>es wurden Schäden darin gefunden (%1)</translation>
    </message>
    <message>
        <source>Library Not Changed</source>
        <translation>Bibliothek nicht geändert</translation>
    </message>
    <message>
        <source>“%1” is in the Trash: restore it from File › Trash to read it.</source>
        <translation>„%1“ ist im Papierkorb: Stellen Sie ihn über Datei › Papierkorb wieder her, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>Sample Articles</source>
        <translation>Beispielartikel</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindowApplication</name>
    <message>
        <source>The library database.</source>
        <translation>Die Bibliotheksdatenbank.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Nach dem Laden ein Bild des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Use this language (fr, de, it, ja, en...) instead of the system&apos;s.</source>
        <translation>Diese Sprache (fr, de, it, ja, en …) statt der des Systems verwenden.</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern-Notizen</translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation>Haltung: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>status: orphan (the passage is no longer in the text)</source>
        <translation>Status: verwaist (die Passage steht nicht mehr im Text)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Open in Lectern</source>
        <translation>In Lectern öffnen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Keine Behauptungen.</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>enthält keinen lesbaren Text</translation>
    </message>
</context>
<context>
    <name>Lectern::Migrations</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Risks, misuse, safety and national security</source>
        <translation>Risiken, Missbrauch, Sicherheit und nationale Sicherheit</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Research, progress, openness and new capabilities</source>
        <translation>Forschung, Fortschritt, Offenheit und neue Fähigkeiten</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>Markets, rivals, concentration and trade</source>
        <translation>Märkte, Konkurrenten, Konzentration und Handel</translation>
    </message>
    <message>
        <source>not a Lectern library (cannot read its schema version)</source>
        <translation>keine Lectern-Bibliothek (ihre Schemaversion kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>made by a newer Lectern (schema %1; this version knows up to %2)</source>
        <translation>von einem neueren Lectern erstellt (Schema %1; diese Version kennt bis %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>Upgrade auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>A name, or a path such as Security/Misuse</source>
        <translation>Ein Name oder ein Pfad wie Sicherheit/Missbrauch</translation>
    </message>
    <message>
        <source>Tag name or path</source>
        <translation>Name oder Pfad des Schlagworts</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Too close to a tag&apos;s colour for colour-blind readers</source>
        <translation>Für Farbenblinde zu nah an der Farbe eines Schlagworts</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Es gibt bereits ein Schlagwort %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>is incomplete (a partial download?)</source>
        <translation>ist unvollständig (ein abgebrochener Download?)</translation>
    </message>
    <message>
        <source>is encrypted (password protected)</source>
        <translation>ist verschlüsselt (passwortgeschützt)</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>ist mit einem nicht unterstützten Sicherheitsverfahren verschlüsselt</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>ist beschädigt oder kein gültiges PDF</translation>
    </message>
    <message>
        <source>could not be read as a PDF</source>
        <translation>konnte nicht als PDF gelesen werden</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>ist keine PDF-Datei</translation>
    </message>
    <message>
        <source>is damaged: its page tree loops back on itself</source>
        <translation>ist beschädigt: Sein Seitenbaum verweist auf sich selbst zurück</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>hat keine Seiten</translation>
    </message>
    <message>
        <source>has no text layer (scanned images?)</source>
        <translation>hat keine Textebene (gescannte Bilder?)</translation>
    </message>
    <message>
        <source>could not be read: no pipe for the PDF reader</source>
        <translation>konnte nicht gelesen werden: keine Pipe für den PDF-Leser</translation>
    </message>
    <message>
        <source>could not be read: the PDF reader could not start</source>
        <translation>konnte nicht gelesen werden: der PDF-Leser ließ sich nicht starten</translation>
    </message>
    <message>
        <source>is damaged: the PDF reader stopped on it</source>
        <translation>ist beschädigt: der PDF-Leser ist daran gescheitert</translation>
    </message>
    <message>
        <source>could not be read: PDF support is missing, %1</source>
        <translation>konnte nicht gelesen werden: die PDF-Unterstützung fehlt, %1</translation>
    </message>
    <message>
        <source>running header or footer</source>
        <translation>wiederkehrende Kopf- oder Fußzeile</translation>
    </message>
    <message>
        <source>took more than %1 s of processor time to read and was stopped: it is most likely malformed</source>
        <translation>brauchte zum Lesen mehr als %1 s Prozessorzeit und wurde abgebrochen: die Datei ist höchstwahrscheinlich fehlerhaft</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainTextImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <source>section label</source>
        <translation>Abschnittsbezeichnung</translation>
    </message>
</context>
<context>
    <name>Lectern::PluginLibrary</name>
    <message>
        <source>the plugin %1 could not be loaded (%2)</source>
        <translation>das Plugin %1 konnte nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>the plugin %1 is not the one this version of Lectern needs</source>
        <translation>das Plugin %1 passt nicht zu dieser Version von Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadOnlyBanner</name>
    <message>
        <source>Read-only library</source>
        <translation>Schreibgeschützte Bibliothek</translation>
    </message>
    <message>
        <source>This library is read-only: %1. You can read and search it, but changes cannot be saved.</source>
        <translation>Diese Bibliothek ist schreibgeschützt: %1. Sie können sie lesen und durchsuchen, aber Änderungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The text of the open article; select text with the mouse or Shift and the arrow keys</source>
        <translation>Der Text des geöffneten Artikels; Text mit der Maus oder mit Umschalt und den Pfeiltasten auswählen</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek, oder importieren Sie einen mit Datei › Dateien importieren (Strg+O) oder indem Sie Dateien hierher ziehen.</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>gesagt von %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedArticlesModel</name>
    <message>
        <source>%1; named by the curator</source>
        <translation>%1; von der Redaktion genannt</translation>
    </message>
    <message>
        <source>Named by the curator; in your library</source>
        <translation>Von der Redaktion genannt; in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>Named by the curator; not in your library yet</source>
        <translation>Von der Redaktion genannt; noch nicht in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>“%1” is not in your library: import it to read it here.</source>
        <translation>„%1“ ist nicht in Ihrer Bibliothek: Importieren Sie ihn, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedFinder</name>
    <message>
        <source>shared topics: %1</source>
        <translation>gemeinsame Themen: %1</translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation>Behauptungen mit Schlagwort %1</translation>
    </message>
    <message>
        <source>similar terms: %1</source>
        <translation>ähnliche Begriffe: %1</translation>
    </message>
    <message>
        <source>same author: %1</source>
        <translation>gleicher Autor: %1</translation>
    </message>
    <message>
        <source>same site: %1</source>
        <translation>gleiche Website: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RemoveClaimCommand</name>
    <message>
        <source>Remove Claim</source>
        <translation>Behauptung entfernen</translation>
    </message>
</context>
<context>
    <name>Lectern::SelectionToolBar</name>
    <message>
        <source>Tag the selection</source>
        <translation>Auswahl verschlagworten</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the main window, with the menu it is in</source>
        <translation>Alle Tastenkürzel des Hauptfensters, mit dem Menü, in dem sie stehen</translation>
    </message>
</context>
<context>
    <name>Lectern::SidePanel</name>
    <message>
        <source>Generated summary</source>
        <translation>Erzeugte Zusammenfassung</translation>
    </message>
    <message>
        <source>Sentences picked from the text by Lectern, not by a curator. Click one to read it in place.</source>
        <translation>Sätze, die Lectern aus dem Text ausgewählt hat, nicht eine Redaktion. Klicken Sie auf einen, um ihn an seiner Stelle zu lesen.</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Schlüsselbegriffe</translation>
    </message>
    <message>
        <source>Curated summary</source>
        <translation>Redaktionelle Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Wichtige Einsichten</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Grundsätze</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>In der Praxis</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Am besten für</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Ursprünglich veröffentlicht von %1</translation>
    </message>
    <message>
        <source>This article has no curated summary.</source>
        <translation>Dieser Artikel hat keine redaktionelle Zusammenfassung.</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tags from the source</source>
        <translation>Schlagwörter der Quelle</translation>
    </message>
    <message>
        <source>&amp;Restore to Article</source>
        <translation>Im Artikel &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Articles in your library that share topics, claim tags, terms, a site or an author with this one.</source>
        <translation>Artikel in Ihrer Bibliothek, die Themen, Schlagwörter von Behauptungen, Begriffe, eine Website oder einen Autor mit diesem teilen.</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Verwandte Artikel</translation>
    </message>
    <message>
        <source>Site boilerplate the importer took out of this article. Nothing is lost: restore any line.</source>
        <translation>Website-Beiwerk, das der Importer aus diesem Artikel entfernt hat. Nichts geht verloren: Jede Zeile lässt sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation>Entfernte Zeilen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Removed as: %1</source>
        <translation>Entfernt als: %1</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>The article&apos;s curated or generated summary and details; links show a passage or search a topic</source>
        <translation>Die redaktionelle oder erzeugte Zusammenfassung des Artikels und seine Details; Links zeigen eine Stelle oder suchen ein Thema</translation>
    </message>
    <message>
        <source>Pages of the side panel: the arrow keys move between them</source>
        <translation>Seiten der Seitenleiste: Mit den Pfeiltasten wechseln Sie zwischen ihnen</translation>
    </message>
    <message>
        <source>The article&apos;s summary, key terms and details</source>
        <translation>Zusammenfassung, Schlüsselbegriffe und Details des Artikels</translation>
    </message>
    <message>
        <source>Enter opens the selected article</source>
        <translation>Eingabe öffnet den gewählten Artikel</translation>
    </message>
    <message>
        <source>Articles in your library related to this one</source>
        <translation>Artikel Ihrer Bibliothek, die mit diesem verwandt sind</translation>
    </message>
    <message>
        <source>Boilerplate taken out of the article; Restore to Article puts the selected line back</source>
        <translation>Aus dem Artikel entferntes Website-Beiwerk; „Im Artikel wiederherstellen“ setzt die gewählte Zeile zurück</translation>
    </message>
    <message>
        <source>Put the selected line back into the article</source>
        <translation>Die gewählte Zeile wieder in den Artikel einfügen</translation>
    </message>
    <message>
        <source>Boilerplate the importer took out of this article</source>
        <translation>Website-Beiwerk, das der Importer aus diesem Artikel entfernt hat</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Lectern::SqliteRecovery</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot recover into “%1”: the file exists</source>
        <translation>Wiederherstellen in „%1“ nicht möglich: Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: no temporary folder (%2)</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: kein temporärer Ordner (%2)</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: out of memory</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: kein Speicher mehr</translation>
    </message>
</context>
<context>
    <name>Lectern::StanceComparisonModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionActions</name>
    <message>
        <source>Suggest &amp;Claims</source>
        <translation>&amp;Behauptungen vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Underline the sentences of this article that read like claims, with the tag they seem to fit</source>
        <translation>Die Sätze dieses Artikels unterstreichen, die wie Behauptungen klingen, mit dem Schlagwort, das zu passen scheint</translation>
    </message>
    <message>
        <source>Make the suggestion under the cursor a claim with the suggested tag</source>
        <translation>Den Vorschlag unter dem Cursor zu einer Behauptung mit dem vorgeschlagenen Schlagwort machen</translation>
    </message>
    <message>
        <source>Dismiss the suggestion under the cursor; Lectern learns it is not a claim</source>
        <translation>Den Vorschlag unter dem Cursor verwerfen; Lectern lernt, dass er keine Behauptung ist</translation>
    </message>
    <message>
        <source>There is no suggestion under the cursor.</source>
        <translation>Unter dem Cursor ist kein Vorschlag.</translation>
    </message>
    <message>
        <source>Accepted as %1. Undo with Ctrl+Z.</source>
        <translation>Als %1 angenommen. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Suggestion rejected.</source>
        <translation>Vorschlag abgelehnt.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionLearner</name>
    <message>
        <source>The suggestion model could not be saved: %1</source>
        <translation>Das Vorschlagsmodell konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Suggested claims in this article</source>
        <translation>Vorgeschlagene Behauptungen in diesem Artikel</translation>
    </message>
    <message>
        <source>Suggestions are off for this article. Turn them on to see which sentences read like claims; everything runs on this computer.</source>
        <translation>Vorschläge sind für diesen Artikel ausgeschaltet. Schalten Sie sie ein, um zu sehen, welche Sätze wie Behauptungen klingen; alles läuft auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation>
            <numerusform>%n Vorschlag offen. Im Artikel: Eingabe oder A nimmt an, X lehnt ab, 1–9 nimmt mit anderem Schlagwort an.</numerusform>
            <numerusform>%n Vorschläge offen. Im Artikel: Eingabe oder A nimmt an, X lehnt ab, 1–9 nimmt mit anderem Schlagwort an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sentences that read like claims; Enter shows the selected one in the article</source>
        <translation>Sätze, die wie Behauptungen klingen; Eingabe zeigt den gewählten im Artikel</translation>
    </message>
    <message>
        <source>Make the selected suggestion a claim with its suggested tag</source>
        <translation>Den gewählten Vorschlag zu einer Behauptung mit dem vorgeschlagenen Schlagwort machen</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; Lectern will not suggest it again</source>
        <translation>Den gewählten Vorschlag verwerfen; Lectern schlägt ihn nicht wieder vor</translation>
    </message>
</context>
<context>
    <name>Lectern::TagLexicon</name>
    <message>
        <source>a lexicon needs a &quot;tag&quot; name and &quot;terms&quot;</source>
        <translation>ein Lexikon braucht einen &quot;tag&quot;-Namen und &quot;terms&quot;</translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation>
            <numerusform>%n Behauptung mit Schlagwort %1 in „%2“</numerusform>
            <numerusform>%n Behauptungen mit Schlagwort %1 in „%2“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>There is already a tag named “%1” in that place.</source>
        <translation>An dieser Stelle gibt es bereits ein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>Ein Schlagwort kann nicht in sich selbst verschachtelt werden.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or a tag nested under it.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst oder einem darunter verschachtelten Schlagwort zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>Schlagwort &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add &amp;Sub-tag…</source>
        <translation>&amp;Unter-Schlagwort hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe …</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Nest Under Previous</source>
        <translation>Unter das &amp;vorherige verschachteln</translation>
    </message>
    <message>
        <source>&amp;Un-nest</source>
        <translation>Verschachtelung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit …</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation>Unter-Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation>
            <numerusform>„%1“ mit „%2“ zusammenführen? %n Behauptung trägt dann „%2“.</numerusform>
            <numerusform>„%1“ mit „%2“ zusammenführen? %n Behauptungen tragen dann „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No claim uses it.</source>
        <translation>Das Schlagwort „%1“ löschen? Keine Behauptung verwendet es.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Behauptung; sie behält ihre anderen Schlagwörter und Notizen.</numerusform>
            <numerusform>Das Schlagwort „%1“ löschen? Es steht an %n Behauptungen; sie behalten ihre anderen Schlagwörter und Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>Lectern::Taxonomy</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>Es gibt kein Schlagwort %1.</translation>
    </message>
    <message>
        <source>Tags nest at most %1 levels deep.</source>
        <translation>Schlagwörter lassen sich höchstens %1 Ebenen tief verschachteln.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Es gibt bereits ein Schlagwort %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::TaxonomyModel</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>Some bytes were not valid text and were replaced by �.</source>
        <translation>Einige Bytes waren kein gültiger Text und wurden durch � ersetzt.</translation>
    </message>
    <message>
        <source>The text&apos;s encoding was not certain and was read as %1; if it reads wrongly, import it again and name its encoding.</source>
        <translation>Die Kodierung des Textes war nicht sicher, er wurde als %1 gelesen; wenn er falsch erscheint, importieren Sie ihn erneut und geben Sie seine Kodierung an.</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDocumentExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern-Notizen</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>der OpenDocument-Writer ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Lectern::TopicFilterBar</name>
    <message>
        <source>Show every article</source>
        <translation>Alle Artikel zeigen</translation>
    </message>
    <message>
        <source>Clear the topic filter</source>
        <translation>Themenfilter aufheben</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>the library is damaged (%1); nothing is written to it</source>
        <translation>die Bibliothek ist beschädigt (%1); es wird nichts hineingeschrieben</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashArticlesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Articles in the Trash</source>
        <translation>Artikel im Papierkorb</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library, with their claims</source>
        <translation>Die ausgewählten Artikel mit ihren Behauptungen zurück in die Bibliothek bringen</translation>
    </message>
    <message>
        <source>Delete every article in the Trash for good</source>
        <translation>Alle Artikel im Papierkorb endgültig löschen</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Papierkorb leeren?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and their claims will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n Artikel und seine Behauptungen werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Artikel und ihre Behauptungen werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Lectern::WebAnnotationExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern-Notizen</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePane</name>
    <message>
        <source>Open the &amp;Sample Articles</source>
        <translation>&amp;Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Your Own…</source>
        <translation>&amp;Eigene importieren …</translation>
    </message>
    <message>
        <source>Empty library</source>
        <translation>Leere Bibliothek</translation>
    </message>
    <message>
        <source>Choose the sample articles or import your own</source>
        <translation>Wählen Sie die Beispielartikel oder importieren Sie eigene</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Ihre Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Try Lectern on six short sample articles about technology policy, or start with your own: text, Markdown, HTML, EPUB or PDF files. You can also drop files on this window.</source>
        <translation>Probieren Sie Lectern an sechs kurzen Beispielartikeln zur Technologiepolitik aus, oder beginnen Sie mit eigenen: Text-, Markdown-, HTML-, EPUB- oder PDF-Dateien. Sie können Dateien auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Add the six sample articles to this library; delete them any time</source>
        <translation>Die sechs Beispielartikel zu dieser Bibliothek hinzufügen; Sie können sie jederzeit löschen</translation>
    </message>
</context>
</TS>
