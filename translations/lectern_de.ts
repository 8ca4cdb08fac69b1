<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, and export your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks Syntax Highlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::AddClaimCommand</name>
    <message>
        <source>Add Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a Web Annotation collection nor a Hypothesis export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2): tag “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “uri”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “tags” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its tags is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “text” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “target” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no “exact” text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” of its TextQuoteSelector is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole numbers 0 ≤ start ≤ end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “type” is not “Annotation”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TextualBody has no “value” text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 of “lectern:articles” has no “id”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 (%2) has a block without text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 (%2): its text does not match its sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collection&apos;s “first” page is not embedded (only embedded pages can be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleAnnotations</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleSuggestions</name>
    <message>
        <source>Accept Suggestion with Another Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport</name>
    <message>
        <source>could not be saved in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport::Item</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported as article %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: updated article %2 “%3” to version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the library as article %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Claim</name>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimActions</name>
    <message>
        <source>&amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sticky Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected claim, or mark the selection as a claim and write one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the claim under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag every new selection with the active tag at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion accepted as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press a tag&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press N to write a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim removed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimChartsView</name>
    <message>
        <source>Claims per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per tag by year of publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes this claim (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note, in Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim needs at least one tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimScorer</name>
    <message>
        <source>no cue groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message>
        <source>Claims in the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles by tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles × &amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by text, speaker or article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claim, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the claim&apos;s new place in the article, then press this</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>backup takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup create takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restore needs the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag needs at least one tag name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (choose from: supports, opposes, neutral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (choose from: claim, evidence, counter-claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no claim with id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1 does not contain the quote “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>annotate needs exactly one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --quote or --range, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT or --range START:END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quote needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence goes with --quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--occurrence needs a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range needs START:END, two offsets in the article&apos;s text such as 120:180, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range %1 is empty: START must be less than END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate needs --tag TAG[,TAG...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article with id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the claim on article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims takes one article id or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from: anchored, orphan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim edit needs exactly one claim id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim edit needs at least one of --tag, --stance, --kind, --speaker, --note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not change claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim delete needs exactly one claim id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete claim %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;lectern --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1; to restore it: lectern backup restore &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import [--json] [--max-size MB] PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new version of its article; its claims are placed on the new text, and those that cannot be are marked for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the articles in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search [--json] [--limit N] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, -excluded, OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show [--json] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata and text (--json adds blocks, removed lines and the curated summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); --range takes UTF-16 offsets in the article&apos;s text (see show --json). A TAG is a path such as Security/Misuse or a unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, speaker, quote, note. --tag includes the tags nested under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim delete CLAIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the codebook as a tree, with each tag&apos;s colour and how many claims carry it (or a tag nested under it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag, at the top level or nested under --parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags rename TAG NEWNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a tag; its claims keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags merge FROM INTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags delete TAG [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-annotations [--json] FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest [--json] FILE|ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary [--json] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an article&apos;s curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their START:END offsets in the text, and its key terms. --json gives both, the generated one marked &quot;generated&quot;: true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related [--json] [--limit N] ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s articles most related to an article, one per line: id, title, score, and why (shared topics, claim tags, similar terms, same author or site); then the titles its curated card names, found in the library or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the library&apos;s backups, newest first: file, time, size. One is made before every upgrade and at most once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now and print its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup restore FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup in the library&apos;s place; the library it replaces is kept beside it. Quit Lectern first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help [SUBCOMMAND [ACTION]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 action &apos;%2&apos; (choose from: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       lectern SUBCOMMAND [OPTIONS]                           work without a display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library database to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON document (an array for lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file to import, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the passage to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage as START:END offsets in the article&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag paths or names, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports, opposes or neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim, evidence or counter-claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchored or orphan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag to nest under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colour as #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tag is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete even when claims carry the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md, html, pdf, odt, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) re-anchored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes options only, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format md, html, pdf, odt, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: md, html, pdf, odt, csv, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --article or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--article needs article ids, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import-annotations needs exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest needs exactly one file or article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated summary of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated summary of “%1” (key sentences picked by Lectern, not curated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article has no sentences long enough to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by the curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by the curator; not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag name &apos;%1&apos; is ambiguous: give its path (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag name cannot contain &apos;/&apos; (&apos;%1&apos;); nest tags with --parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color needs a colour as #RRGGBB, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not add tag &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added tag %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not rename tag &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed tag “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete tag &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::CuratedCardImporter</name>
    <message>
        <source>is not a summary card: no known sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>Cannot open the library %1: cannot create the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1: it is not a Lectern library (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding it is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was moved to %3, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library %1: it needs an upgrade to schema %2, but %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: no backup could be made first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::EpubImporter</name>
    <message>
        <source>The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: its compression method is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged: %1 holds more data than its header declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml names no package document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an EPUB: its package document %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EPUB&apos;s package document %1 is not valid XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EPUB has no chapters: its spine is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed but missing from the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid EPUB (ZIP) archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains an entry with an unsafe path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ExportCollector</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>The open &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Exporter</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotation (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::FileImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than the import limit of %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lectern notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is nested too deeply (more than %1 levels) to be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page contains no readable text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message>
        <source>Importing Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; files not yet read were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryBackups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the library to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the library to %1: the copy cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lectern library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryClaimsModel</name>
    <message>
        <source>%1 (needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryModel</name>
    <message>
        <source>%1
by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words, &quot;a phrase&quot;, prefix* or -excluded words; Enter opens the first result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles in the library; Enter opens the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryRecovery</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryStore</name>
    <message>
        <source>There is no article %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 has no removed line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::LinkOpener</name>
    <message>
        <source>Open Link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, HTML, EPUB or PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims in Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typeface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ans Serif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Airy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, recolour, nest, merge and delete tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Removed Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines the importer took out of the article as site boilerplate; each can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First select the text this claim should mark, then press Re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is attached to the selected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore the Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is back in the article (as a new text version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 does not lead to an article in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindowApplication</name>
    <message>
        <source>The library database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: orphan (the passage is no longer in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Lectern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Migrations</name>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks, misuse, safety and national security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research, progress, openness and new capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets, rivals, concentration and trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Lectern library (cannot read its schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Lectern (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>is incomplete (a partial download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted (password protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its page tree loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text layer (scanned images?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::PlainTextImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a title but no article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ReadOnlyBanner</name>
    <message>
        <source>Read-only library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is read-only: %1. You can read and search it, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the open article; select text with the mouse or Shift and the arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedArticlesModel</name>
    <message>
        <source>%1; named by the curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by the curator; in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by the curator; not in your library yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in your library: import it to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedFinder</name>
    <message>
        <source>shared topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same site: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::RemoveClaimCommand</name>
    <message>
        <source>Remove Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::SelectionToolBar</name>
    <message>
        <source>Tag the selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::SidePanel</name>
    <message>
        <source>Generated summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences picked from the text by Lectern, not by a curator. Click one to read it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no curated summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags from the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore to Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in your library that share topics, claim tags, terms, a site or an author with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site boilerplate the importer took out of this article. Nothing is lost: restore any line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::StanceComparisonModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionActions</name>
    <message>
        <source>Suggest &amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline the sentences of this article that read like claims, with the tag they seem to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the suggestion under the cursor a claim with the suggested tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the suggestion under the cursor; Lectern learns it is not a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no suggestion under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionLearner</name>
    <message>
        <source>The suggestion model could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested claims in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions are off for this article. Turn them on to see which sentences read like claims; everything runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TagLexicon</name>
    <message>
        <source>a lexicon needs a &quot;tag&quot; name and &quot;terms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>There is already a tag named “%1” in that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or a tag nested under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sub-tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nest Under Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Un-nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No claim uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::Taxonomy</name>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TaxonomyModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>Some bytes were not valid text and were replaced by �.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::TextDocumentExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lectern::WebAnnotationExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
