<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation>
            <numerusform>Needs review (%n)</numerusform>
            <numerusform>Needs review (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>Untagged (%n)</numerusform>
            <numerusform>Untagged (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation>
            <numerusform>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</numerusform>
            <numerusform>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation>
            <numerusform>the quote “%2” occurs only %n time in article %1, so there is no occurrence %3</numerusform>
            <numerusform>the quote “%2” occurs only %n times in article %1, so there is no occurrence %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation>
            <numerusform>%1: exported %n claim</numerusform>
            <numerusform>%1: exported %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>from %n article</numerusform>
            <numerusform>from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation>
            <numerusform>%1: imported %n claim</numerusform>
            <numerusform>%1: imported %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n tag added</numerusform>
            <numerusform>%n tags added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation>
            <numerusform>%n without a passage skipped</numerusform>
            <numerusform>%n without a passage skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation>
            <numerusform>merged tag “%1” into “%2”: %n claim moved</numerusform>
            <numerusform>merged tag “%1” into “%2”: %n claims moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation>
            <numerusform>tag &apos;%1&apos; is on %n claim (tags nested under it included); nothing was deleted: run again with --yes to delete it</numerusform>
            <numerusform>tag &apos;%1&apos; is on %n claims (tags nested under it included); nothing was deleted: run again with --yes to delete it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation>
            <numerusform>deleted tag “%1”: %n claim affected</numerusform>
            <numerusform>deleted tag “%1”: %n claims affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation>
            <numerusform>deleted with it: %n tag nested under it</numerusform>
            <numerusform>deleted with it: %n tags nested under it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n already in the library skipped</numerusform>
            <numerusform>%n already in the library skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good</source>
        <translation>
            <numerusform>%n article deleted for good</numerusform>
            <numerusform>%n articles deleted for good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation>
            <numerusform>Notes exported from Lectern on %1, %n claim.</numerusform>
            <numerusform>Notes exported from Lectern on %1, %n claims.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article imported.</numerusform>
            <numerusform>%n articles imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation>
            <numerusform>%n article updated with a new text version.</numerusform>
            <numerusform>%n articles updated with a new text version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation>
            <numerusform>%n file already in the library.</numerusform>
            <numerusform>%n files already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::ImportExportFlow</name>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation>
            <numerusform>Imported %n claim</numerusform>
            <numerusform>Imported %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n already in the library skipped</numerusform>
            <numerusform>%n already in the library skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryActions</name>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</source>
        <translation>
            <numerusform>%n article moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</numerusform>
            <numerusform>%n articles moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySalvage</name>
    <message numerus="yes">
        <source>%n claim(s) could be read from the damaged file.</source>
        <translation>
            <numerusform>%n claim could be read from the damaged file.</numerusform>
            <numerusform>%n claims could be read from the damaged file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added to the library.</source>
        <translation>
            <numerusform>%n claim added to the library.</numerusform>
            <numerusform>%n claims added to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) already in it.</source>
        <translation>
            <numerusform>%n claim already in it.</numerusform>
            <numerusform>%n claims already in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added with them.</source>
        <translation>
            <numerusform>%n article added with them.</numerusform>
            <numerusform>%n articles added with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added with them.</source>
        <translation>
            <numerusform>%n tag added with them.</numerusform>
            <numerusform>%n tags added with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) did not find their passage and need placing again.</source>
        <translation>
            <numerusform>%n claim did not find its passage and needs placing again.</numerusform>
            <numerusform>%n claims did not find their passage and need placing again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::StanceComparisonModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation>
            <numerusform>%n suggestion pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</numerusform>
            <numerusform>%n suggestions pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation>
            <numerusform>%n claim tagged %1 in “%2”</numerusform>
            <numerusform>%n claims tagged %1 in “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation>
            <numerusform>Merge “%1” into “%2”? %n claim will carry “%2” instead.</numerusform>
            <numerusform>Merge “%1” into “%2”? %n claims will carry “%2” instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It is on %n claim; they keep their other tags and notes.</numerusform>
            <numerusform>Delete the tag “%1”? It is on %n claims; they keep their other tags and notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TrashDialog</name>
    <message numerus="yes">
        <source>%n article(s) and their claims will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n article and its claims will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%n articles and their claims will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
