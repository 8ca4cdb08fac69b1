<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>Informazioni su Lectern</translation>
    </message>
    <message>
        <source>An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, and export your notes.</source>
        <translation>Un lettore di articoli offline, pensato per leggere da vicino le argomentazioni: evidenzia le affermazioni di un autore, etichettale ed esporta le tue note.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilato con %2)</translation>
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
        <translation>Libreria: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::AddClaimCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>Aggiungi affermazione</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is larger than %2 MB</source>
        <translation>Impossibile importare «%1»: è più grande di %2 MB</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not valid JSON (%2 at byte %3)</source>
        <translation>Impossibile importare «%1»: non è JSON valido (%2 al byte %3)</translation>
    </message>
    <message>
        <source>it is neither a Web Annotation collection nor a Hypothesis export</source>
        <translation>non è né una raccolta Web Annotation né un&apos;esportazione di Hypothesis</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossibile importare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first</source>
        <translation>Impossibile importare «%1»: voce %2 (%3): l&apos;articolo «%4» non è nella libreria; importalo prima</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>un&apos;etichetta deve avere un nome</translation>
    </message>
    <message>
        <source>the library cannot start a transaction</source>
        <translation>la libreria non può avviare una transazione</translation>
    </message>
    <message>
        <source>entry %1 (%2): tag “%3”: %4</source>
        <translation>voce %1 (%2): etichetta «%3»: %4</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>voce %1 (%2): %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>voce %1: %2</translation>
    </message>
    <message>
        <source>it has no “uri”</source>
        <translation>non ha un «uri»</translation>
    </message>
    <message>
        <source>its “tags” is not a list</source>
        <translation>il suo «tags» non è un elenco</translation>
    </message>
    <message>
        <source>one of its tags is not text</source>
        <translation>una delle sue etichette non è testo</translation>
    </message>
    <message>
        <source>its “text” is not text</source>
        <translation>il suo «text» non è testo</translation>
    </message>
    <message>
        <source>its “target” is not a list</source>
        <translation>il suo «target» non è un elenco</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no “exact” text</source>
        <translation>il suo TextQuoteSelector non ha testo «exact»</translation>
    </message>
    <message>
        <source>entry %1: it is not an object</source>
        <translation>voce %1: non è un oggetto</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>non ha una destinazione</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>la sua destinazione non ha una fonte</translation>
    </message>
    <message>
        <source>the “%1” of its TextQuoteSelector is not text</source>
        <translation>il «%1» del suo TextQuoteSelector non è testo</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole numbers 0 ≤ start ≤ end</source>
        <translation>il suo TextPositionSelector richiede numeri interi 0 ≤ start ≤ end</translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector</source>
        <translation>la sua destinazione non ha un TextQuoteSelector</translation>
    </message>
    <message>
        <source>it has no “id”</source>
        <translation>non ha un «id»</translation>
    </message>
    <message>
        <source>its “type” is not “Annotation”</source>
        <translation>il suo «type» non è «Annotation»</translation>
    </message>
    <message>
        <source>a TextualBody has no “value” text</source>
        <translation>un TextualBody non ha testo «value»</translation>
    </message>
    <message>
        <source>unknown stance “%1”</source>
        <translation>posizione «%1» sconosciuta</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>tipo «%1» sconosciuto</translation>
    </message>
    <message>
        <source>article %1 of “lectern:articles” has no “id”</source>
        <translation>l&apos;articolo %1 di «lectern:articles» non ha un «id»</translation>
    </message>
    <message>
        <source>article %1 (%2) has a block without text</source>
        <translation>l&apos;articolo %1 (%2) ha un blocco senza testo</translation>
    </message>
    <message>
        <source>article %1 (%2): its text does not match its sha256</source>
        <translation>articolo %1 (%2): il suo testo non corrisponde al suo sha256</translation>
    </message>
    <message>
        <source>the collection&apos;s “first” page is not embedded (only embedded pages can be read)</source>
        <translation>la pagina «first» della raccolta non è incorporata (si possono leggere solo le pagine incorporate)</translation>
    </message>
    <message>
        <source>“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation</source>
        <translation>«type» è «%1», non AnnotationCollection, AnnotationPage o Annotation</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleAnnotations</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>Impossibile salvare la modifica nella libreria: %1</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Modifica etichette</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>Imposta autore</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>Imposta posizione</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Imposta tipo</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Ricollega affermazione</translation>
    </message>
    <message>
        <source>Adjust Claim</source>
        <translation>Regola l’affermazione</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>Dati dell’articolo</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Temi, separati da virgole</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Di:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sito:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Pubblicato:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Indirizzo web:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;emi:</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un articolo deve avere un titolo.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, such as 2026-03-02 (or only the year, or year and month).</source>
        <translation>Scrivi la data come anno-mese-giorno, per esempio 2026-03-02 (o solo l’anno, o anno e mese).</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticlePages</name>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Ricollega affermazione</translation>
    </message>
    <message>
        <source>First select the text this claim should mark, then press Re-attach.</source>
        <translation>Seleziona prima il testo che questa affermazione deve marcare, poi premi Ricollega.</translation>
    </message>
    <message>
        <source>The claim is attached to the selected text.</source>
        <translation>L&apos;affermazione è collegata al testo selezionato.</translation>
    </message>
    <message>
        <source>The claims marked in this article, with their tags and notes</source>
        <translation>Le affermazioni segnate in questo articolo, con etichette e note</translation>
    </message>
    <message>
        <source>Sentences that read like claims, to accept or reject</source>
        <translation>Frasi che sembrano affermazioni, da accettare o rifiutare</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleSuggestions</name>
    <message>
        <source>Accept Suggestion with Another Tag</source>
        <translation>Accetta suggerimento con un&apos;altra etichetta</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Accetta suggerimento</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleTrash</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l’articolo %1.</translation>
    </message>
    <message>
        <source>Article %1 is already in the Trash.</source>
        <translation>L’articolo %1 è già nel cestino.</translation>
    </message>
    <message>
        <source>Article %1 is not in the Trash.</source>
        <translation>L’articolo %1 non è nel cestino.</translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport</name>
    <message>
        <source>could not be saved in the library: %1</source>
        <translation>non è stato possibile salvarlo nella libreria: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: imported as article %2 “%3”</source>
        <translation>%1: importato come articolo %2 «%3»</translation>
    </message>
    <message>
        <source>%1: updated article %2 “%3” to version %4</source>
        <translation>%1: articolo %2 «%3» aggiornato alla versione %4</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2 “%3”</source>
        <translation>%1: già nella libreria come articolo %2 «%3»</translation>
    </message>
</context>
<context>
    <name>Lectern::Claim</name>
    <message>
        <source>Supports</source>
        <translation>A favore</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>Contro</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutrale</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Counter-claim</source>
        <translation>Controaffermazione</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimActions</name>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Nota…</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>&amp;Rimuovi affermazione</translation>
    </message>
    <message>
        <source>&amp;Sticky Tag</source>
        <translation>Etichetta &amp;fissa</translation>
    </message>
    <message>
        <source>Write a note on the selected claim, or mark the selection as a claim and write one</source>
        <translation>Scrivi una nota sull&apos;affermazione selezionata, oppure marca la selezione come affermazione e scrivine una</translation>
    </message>
    <message>
        <source>Remove the claim under the cursor</source>
        <translation>Rimuovi l&apos;affermazione sotto il cursore</translation>
    </message>
    <message>
        <source>Tag every new selection with the active tag at once</source>
        <translation>Etichetta subito ogni nuova selezione con l&apos;etichetta attiva</translation>
    </message>
    <message>
        <source>Suggestion accepted as %1.</source>
        <translation>Suggerimento accettato come %1.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press a tag&apos;s key.</source>
        <translation>Seleziona prima il testo di un&apos;affermazione, poi premi il tasto di un&apos;etichetta.</translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation>Etichettato come %1.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press N to write a note.</source>
        <translation>Seleziona prima il testo di un&apos;affermazione, poi premi N per scrivere una nota.</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifica affermazione</translation>
    </message>
    <message>
        <source>There is no claim under the cursor.</source>
        <translation>Non c&apos;è nessuna affermazione sotto il cursore.</translation>
    </message>
    <message>
        <source>Claim removed. Undo with Ctrl+Z.</source>
        <translation>Affermazione rimossa. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation>&amp;Etichetta come</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Posizione</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Modifica affermazione…</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>Nuova &amp;etichetta…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook, with a colour colour-blind readers can tell apart, and tag the selection with it</source>
        <translation>Aggiungi un’etichetta al codebook, con un colore distinguibile anche da chi non distingue i colori, ed etichetta la selezione</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>Etichetta %1 aggiunta.</translation>
    </message>
    <message>
        <source>&amp;Adjust Claim</source>
        <translation>&amp;Regola l’affermazione</translation>
    </message>
    <message>
        <source>End a Word &amp;Later</source>
        <translation>Fine una parola più a&amp;vanti</translation>
    </message>
    <message>
        <source>End a Word &amp;Earlier</source>
        <translation>Fine una parola più &amp;indietro</translation>
    </message>
    <message>
        <source>Start a Word E&amp;arlier</source>
        <translation>Inizio una parola più i&amp;ndietro</translation>
    </message>
    <message>
        <source>Start a Word La&amp;ter</source>
        <translation>Inizio una parola più av&amp;anti</translation>
    </message>
    <message>
        <source>Put the cursor in a claim first; Shift+Alt and the arrow keys then move its ends a word at a time.</source>
        <translation>Metti prima il cursore in un’affermazione; Maiusc+Alt e le frecce ne spostano poi gli estremi una parola alla volta.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimChartsView</name>
    <message>
        <source>Claims per tag</source>
        <translation>Affermazioni per etichetta</translation>
    </message>
    <message>
        <source>Claims per tag by year of publication</source>
        <translation>Affermazioni per etichetta e anno di pubblicazione</translation>
    </message>
    <message>
        <source>Stances per tag</source>
        <translation>Posizioni per etichetta</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Charts cannot be shown: %1.</source>
        <translation>Impossibile mostrare i grafici: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Testo citato</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Who makes this claim (optional)</source>
        <translation>Chi fa questa affermazione (facoltativo)</translation>
    </message>
    <message>
        <source>Your note, in Markdown</source>
        <translation>La tua nota, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etichette:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Posizione:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Autore:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A claim needs at least one tag</source>
        <translation>Un&apos;affermazione richiede almeno un&apos;etichetta</translation>
    </message>
    <message>
        <source>New T&amp;ag…</source>
        <translation>Nuova eti&amp;chetta…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook and give this claim it</source>
        <translation>Aggiungi un’etichetta al codebook e assegnala a questa affermazione</translation>
    </message>
    <message>
        <source>The passage argues for the position under debate</source>
        <translation>Il passaggio sostiene la posizione in discussione</translation>
    </message>
    <message>
        <source>The passage argues against the position under debate</source>
        <translation>Il passaggio si oppone alla posizione in discussione</translation>
    </message>
    <message>
        <source>The passage reports or explains without taking a side</source>
        <translation>Il passaggio riferisce o spiega senza prendere posizione</translation>
    </message>
    <message>
        <source>Whether the passage argues for or against the position the article debates (such as a policy or a proposal), as its speaker means it; neutral when it only reports.</source>
        <translation>Se il passaggio sostiene o contrasta la posizione di cui l’articolo discute (una politica, una proposta…), nel senso inteso da chi parla; neutrale quando si limita a riferire.</translation>
    </message>
    <message>
        <source>Note as it will read</source>
        <translation>La nota come apparirà</translation>
    </message>
    <message>
        <source>The note, rendered, shows here</source>
        <translation>Qui compare la nota formattata</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimScorer</name>
    <message>
        <source>no cue groups</source>
        <translation>nessun gruppo di indizi</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message>
        <source>Claims in the Library</source>
        <translation>Affermazioni nella libreria</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Affermazioni</translation>
    </message>
    <message>
        <source>Articles by tags</source>
        <translation>Articoli per etichette</translation>
    </message>
    <message>
        <source>Articles × &amp;Tags</source>
        <translation>Articoli × &amp;etichette</translation>
    </message>
    <message>
        <source>Stances by tag</source>
        <translation>Posizioni per etichetta</translation>
    </message>
    <message>
        <source>&amp;Stances</source>
        <translation>&amp;Posizioni</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafici</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 di %n affermazione</numerusform>
            <numerusform>%1 di %n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by text, speaker or article…</source>
        <translation>Filtra per testo, autore o articolo…</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtra affermazioni</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Qualsiasi posizione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Dal (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Al (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation>
            <numerusform>Da rivedere (%n)</numerusform>
            <numerusform>Da rivedere (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>Senza etichetta (%n)</numerusform>
            <numerusform>Senza etichetta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.</source>
        <translation>Queste affermazioni hanno perso la loro posizione quando l&apos;articolo è cambiato. Seleziona il loro nuovo testo e scegli Ricollega, oppure rimuovile.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>%1 claim, %2: %3</source>
        <translation>%1 affermazione, %2: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation>Ri&amp;collega alla selezione</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtra affermazioni</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>Filtra affermazioni per testo</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Qualsiasi posizione</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Filtra per posizione</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtra per etichetta</translation>
    </message>
    <message>
        <source>Claims in this article</source>
        <translation>Affermazioni in questo articolo</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new place in the article, then press this</source>
        <translation>Seleziona la nuova posizione dell&apos;affermazione nell&apos;articolo, poi premi qui</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message>
        <source>Show only the claims that support, oppose or are neutral</source>
        <translation>Mostra solo le affermazioni a favore, contrarie o neutrali</translation>
    </message>
    <message>
        <source>Show only the claims with this tag or a tag nested under it</source>
        <translation>Mostra solo le affermazioni con questa etichetta o con un&apos;etichetta annidata sotto di essa</translation>
    </message>
    <message>
        <source>Enter shows the selected claim in the article; Delete removes it</source>
        <translation>Invio mostra l&apos;affermazione selezionata nell&apos;articolo; Canc la rimuove</translation>
    </message>
    <message>
        <source>Remove the selected claim (Delete); Undo brings it back</source>
        <translation>Rimuovi l&apos;affermazione selezionata (Canc); Annulla la riporta indietro</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup non accetta argomenti</translation>
    </message>
    <message>
        <source>backup create takes no arguments</source>
        <translation>backup create non accetta argomenti</translation>
    </message>
    <message>
        <source>backup restore needs the backup file</source>
        <translation>backup restore richiede il file di backup</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>impossibile ripristinare %1: %2</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 ripristinato come %2</translation>
    </message>
    <message>
        <source>--tag needs at least one tag name</source>
        <translation>--tag richiede almeno un nome di etichetta</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (choose from: supports, opposes, neutral)</source>
        <translation>posizione «%1» sconosciuta (scegli tra: supports, opposes, neutral)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (choose from: claim, evidence, counter-claim)</source>
        <translation>tipo «%1» sconosciuto (scegli tra: claim, evidence, counter-claim)</translation>
    </message>
    <message>
        <source>there is no claim with id &apos;%1&apos;</source>
        <translation>non esiste un&apos;affermazione con id «%1»</translation>
    </message>
    <message>
        <source>article %1 does not contain the quote “%2”</source>
        <translation>l&apos;articolo %1 non contiene la citazione «%2»</translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation>
            <numerusform>la citazione «%2» compare %n volta nell&apos;articolo %1: scegline una con --occurrence da 1 a %n</numerusform>
            <numerusform>la citazione «%2» compare %n volte nell&apos;articolo %1: scegline una con --occurrence da 1 a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation>
            <numerusform>la citazione «%2» compare solo %n volta nell&apos;articolo %1, quindi non c&apos;è l&apos;occorrenza %3</numerusform>
            <numerusform>la citazione «%2» compare solo %n volte nell&apos;articolo %1, quindi non c&apos;è l&apos;occorrenza %3</numerusform>
        </translation>
    </message>
    <message>
        <source>annotate needs exactly one article id</source>
        <translation>annotate richiede esattamente un id di articolo</translation>
    </message>
    <message>
        <source>give either --quote or --range, not both</source>
        <translation>indica --quote oppure --range, non entrambi</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT or --range START:END</source>
        <translation>annotate richiede --quote TESTO o --range INIZIO:FINE</translation>
    </message>
    <message>
        <source>--quote needs some text</source>
        <translation>--quote richiede del testo</translation>
    </message>
    <message>
        <source>--occurrence goes with --quote</source>
        <translation>--occurrence va usato con --quote</translation>
    </message>
    <message>
        <source>--occurrence needs a positive number, not &apos;%1&apos;</source>
        <translation>--occurrence richiede un numero positivo, non «%1»</translation>
    </message>
    <message>
        <source>--range needs START:END, two offsets in the article&apos;s text such as 120:180, not &apos;%1&apos;</source>
        <translation>--range richiede INIZIO:FINE, due posizioni nel testo dell&apos;articolo come 120:180, non «%1»</translation>
    </message>
    <message>
        <source>--range %1 is empty: START must be less than END</source>
        <translation>--range %1 è vuoto: INIZIO deve essere minore di FINE</translation>
    </message>
    <message>
        <source>annotate needs --tag TAG[,TAG...]</source>
        <translation>annotate richiede --tag ETICHETTA[,ETICHETTA...]</translation>
    </message>
    <message>
        <source>there is no article with id &apos;%1&apos;</source>
        <translation>non esiste un articolo con id «%1»</translation>
    </message>
    <message>
        <source>--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long</source>
        <translation>--range %1 va oltre la fine dell&apos;articolo %2, il cui testo è lungo %3 unità UTF-16</translation>
    </message>
    <message>
        <source>could not save the claim on article %1: %2</source>
        <translation>impossibile salvare l&apos;affermazione sull&apos;articolo %1: %2</translation>
    </message>
    <message>
        <source>claims takes one article id or --all</source>
        <translation>claims accetta un id di articolo o --all</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from: anchored, orphan)</source>
        <translation>stato «%1» sconosciuto (scegli tra: anchored, orphan)</translation>
    </message>
    <message>
        <source>claim edit needs exactly one claim id</source>
        <translation>claim edit richiede esattamente un id di affermazione</translation>
    </message>
    <message>
        <source>claim edit needs at least one of --tag, --stance, --kind, --speaker, --note</source>
        <translation>claim edit richiede almeno una tra --tag, --stance, --kind, --speaker, --note</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifica affermazione</translation>
    </message>
    <message>
        <source>could not change claim %1: %2</source>
        <translation>impossibile modificare l&apos;affermazione %1: %2</translation>
    </message>
    <message>
        <source>changed claim %1</source>
        <translation>affermazione %1 modificata</translation>
    </message>
    <message>
        <source>claim delete needs exactly one claim id</source>
        <translation>claim delete richiede esattamente un id di affermazione</translation>
    </message>
    <message>
        <source>could not delete claim %1: %2</source>
        <translation>impossibile eliminare l&apos;affermazione %1: %2</translation>
    </message>
    <message>
        <source>deleted claim %1</source>
        <translation>affermazione %1 eliminata</translation>
    </message>
    <message>
        <source>Try &apos;lectern --help&apos;.</source>
        <translation>Prova «lectern --help».</translation>
    </message>
    <message>
        <source>The newest backup is %1; to restore it: lectern backup restore &apos;%1&apos;</source>
        <translation>Il backup più recente è %1; per ripristinarlo: lectern backup restore &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search [--json] [--limit N] QUERY</source>
        <translation>search [--json] [--limit N] RICERCA</translation>
    </message>
    <message>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, -excluded, OR.</source>
        <translation>Cerca nella libreria: parole, &quot;frasi&quot;, prefisso*, -esclusi, OR.</translation>
    </message>
    <message>
        <source>show [--json] ID</source>
        <translation>show [--json] ID</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata and text (--json adds blocks, removed lines and the curated summary).</source>
        <translation>Stampa i metadati e il testo di un articolo (--json aggiunge blocchi, righe rimosse e il riassunto redazionale).</translation>
    </message>
    <message>
        <source>annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>annotate ID (--quote TESTO [--occurrence N] | --range INIZIO:FINE) --tag ETICHETTA[,ETICHETTA...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NOME] [--note TESTO] [--json]</translation>
    </message>
    <message>
        <source>Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); --range takes UTF-16 offsets in the article&apos;s text (see show --json). A TAG is a path such as Security/Misuse or a unique name.</source>
        <translation>Marca un passaggio di un articolo come affermazione e stampa il suo id. --quote trova il testo (--occurrence N sceglie l&apos;N-esima tra più occorrenze); --range accetta posizioni UTF-16 nel testo dell&apos;articolo (vedi show --json). Un&apos;ETICHETTA è un percorso come Security/Misuse o un nome univoco.</translation>
    </message>
    <message>
        <source>claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]</source>
        <translation>claims [ID | --all] [--tag ETICHETTA] [--stance S] [--status anchored|orphan] [--json]</translation>
    </message>
    <message>
        <source>List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, speaker, quote, note. --tag includes the tags nested under it.</source>
        <translation>Elenca le affermazioni di un articolo o di tutti (predefinito), una per riga: id, articolo, inizio, fine, stato, posizione, tipo, etichette, autore, citazione, nota. --tag include le etichette annidate sotto di essa.</translation>
    </message>
    <message>
        <source>claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>claim edit AFFERMAZIONE [--tag ETICHETTA[,ETICHETTA...]] [--stance S] [--kind K] [--speaker NOME] [--note TESTO] [--json]</translation>
    </message>
    <message>
        <source>Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.</source>
        <translation>Modifica un&apos;affermazione: --tag sostituisce le sue etichette; un --speaker o --note vuoto lo cancella.</translation>
    </message>
    <message>
        <source>claim delete CLAIM</source>
        <translation>claim delete AFFERMAZIONE</translation>
    </message>
    <message>
        <source>Delete a claim.</source>
        <translation>Elimina un&apos;affermazione.</translation>
    </message>
    <message>
        <source>tags [--json]</source>
        <translation>tags [--json]</translation>
    </message>
    <message>
        <source>Print the codebook as a tree, with each tag&apos;s colour and how many claims carry it (or a tag nested under it).</source>
        <translation>Stampa il codebook come albero, con il colore di ogni etichetta e quante affermazioni la portano (o portano un&apos;etichetta annidata sotto di essa).</translation>
    </message>
    <message>
        <source>tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]</source>
        <translation>tags add NOME [--parent ETICHETTA] [--color #RRGGBB] [--description TESTO] [--json]</translation>
    </message>
    <message>
        <source>Add a tag, at the top level or nested under --parent.</source>
        <translation>Aggiungi un&apos;etichetta, al livello superiore o annidata sotto --parent.</translation>
    </message>
    <message>
        <source>tags rename TAG NEWNAME</source>
        <translation>tags rename ETICHETTA NUOVONOME</translation>
    </message>
    <message>
        <source>Rename a tag; its claims keep it.</source>
        <translation>Rinomina un&apos;etichetta; le sue affermazioni la mantengono.</translation>
    </message>
    <message>
        <source>tags merge FROM INTO</source>
        <translation>tags merge DA IN</translation>
    </message>
    <message>
        <source>Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.</source>
        <translation>Sposta le affermazioni di DA (e delle etichette annidate sotto di essa) in IN, poi elimina DA.</translation>
    </message>
    <message>
        <source>tags delete TAG [--yes]</source>
        <translation>tags delete ETICHETTA [--yes]</translation>
    </message>
    <message>
        <source>Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.</source>
        <translation>Elimina un&apos;etichetta e quelle annidate sotto di essa; le affermazioni mantengono le altre etichette. Si rifiuta se delle affermazioni la portano, a meno che non sia indicato --yes.</translation>
    </message>
    <message>
        <source>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]</source>
        <translation>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag ETICHETTA] [--stance S] [--bom] -o FILE [--json]</translation>
    </message>
    <message>
        <source>Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.</source>
        <translation>Esporta le affermazioni con etichette e note: note Markdown, una pagina HTML (o PDF, ODT) con le evidenziazioni, CSV (--bom per i fogli di calcolo) o JSON-LD W3C Web Annotation. Senza --article, ogni articolo con affermazioni; --tag include le etichette annidate.</translation>
    </message>
    <message>
        <source>import-annotations [--json] FILE</source>
        <translation>import-annotations [--json] FILE</translation>
    </message>
    <message>
        <source>Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.</source>
        <translation>Importa note da un&apos;esportazione JSON di Lectern (aggiungendo gli articoli che contiene) o da un&apos;esportazione JSON di Hypothesis (su articoli già nella libreria, abbinati per URL). Tutto o niente: una voce errata viene indicata e nulla viene modificato.</translation>
    </message>
    <message>
        <source>suggest [--json] FILE|ID</source>
        <translation>suggest [--json] FILE|ID</translation>
    </message>
    <message>
        <source>Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.</source>
        <translation>Stampa le frasi di un file (letto, non importato) o di un articolo che sembrano affermazioni, una per riga: inizio, fine, etichetta, confidenza, autore, frase. Usa ciò che la libreria ha imparato dalle tue etichettature; funziona offline.</translation>
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
        <translation>Elenca gli articoli della libreria più affini a un articolo, uno per riga: id, titolo, punteggio e motivo (argomenti comuni, etichette delle affermazioni, termini simili, stesso autore o sito); poi i titoli citati dalla sua scheda redazionale, presenti o meno nella libreria.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>List the library&apos;s backups, newest first: file, time, size. One is made before every upgrade and at most once a day.</source>
        <translation>Elenca i backup della libreria, dal più recente: file, ora, dimensione. Uno viene creato prima di ogni aggiornamento e al massimo una volta al giorno.</translation>
    </message>
    <message>
        <source>backup create</source>
        <translation>backup create</translation>
    </message>
    <message>
        <source>Make a backup now and print its file.</source>
        <translation>Crea subito un backup e stampa il suo file.</translation>
    </message>
    <message>
        <source>backup restore FILE</source>
        <translation>backup restore FILE</translation>
    </message>
    <message>
        <source>Put a backup in the library&apos;s place; the library it replaces is kept beside it. Quit Lectern first.</source>
        <translation>Metti un backup al posto della libreria; la libreria sostituita viene conservata accanto. Chiudi prima Lectern.</translation>
    </message>
    <message>
        <source>help [SUBCOMMAND [ACTION]]</source>
        <translation>help [SOTTOCOMANDO [AZIONE]]</translation>
    </message>
    <message>
        <source>Explain a subcommand.</source>
        <translation>Spiega un sottocomando.</translation>
    </message>
    <message>
        <source>unknown %1 action &apos;%2&apos; (choose from: %3)</source>
        <translation>azione «%2» di %1 sconosciuta (scegli tra: %3)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>sottocomando «%1» sconosciuto</translation>
    </message>
    <message>
        <source>Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).</source>
        <translation>Ogni sottocomando accetta --library PERCORSO (predefinito: $LECTERN_LIBRARY o la cartella dati dell&apos;applicazione).</translation>
    </message>
    <message>
        <source>Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window</source>
        <translation>Uso: lectern [--library PERCORSO] [--screenshot FILE] [FILE...]   apri la finestra</translation>
    </message>
    <message>
        <source>       lectern SUBCOMMAND [OPTIONS]                           work without a display</source>
        <translation>     lectern SOTTOCOMANDO [OPZIONI]                           lavora senza schermo</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sottocomandi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>the library database to use</source>
        <translation>il database della libreria da usare</translation>
    </message>
    <message>
        <source>print one JSON document (an array for lists)</source>
        <translation>stampa un documento JSON (un array per gli elenchi)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>stampa la versione</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>stampa questo aiuto</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.</source>
        <translation>Codici di uscita: 0 successo, 1 un elemento non è riuscito (il resto è stato fatto), 2 errore d&apos;uso.</translation>
    </message>
    <message>
        <source>The library database.</source>
        <translation>Il database della libreria.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Al massimo N risultati.</translation>
    </message>
    <message>
        <source>Largest file to import, in MB.</source>
        <translation>File più grande da importare, in MB.</translation>
    </message>
    <message>
        <source>The text of the passage to mark.</source>
        <translation>Il testo del passaggio da marcare.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>Quale occorrenza della citazione, a partire da 1.</translation>
    </message>
    <message>
        <source>The passage as START:END offsets in the article&apos;s text.</source>
        <translation>Il passaggio come posizioni INIZIO:FINE nel testo dell&apos;articolo.</translation>
    </message>
    <message>
        <source>Tag paths or names, separated by commas.</source>
        <translation>Percorsi o nomi di etichette, separati da virgole.</translation>
    </message>
    <message>
        <source>supports, opposes or neutral.</source>
        <translation>supports, opposes o neutral.</translation>
    </message>
    <message>
        <source>claim, evidence or counter-claim.</source>
        <translation>claim, evidence o counter-claim.</translation>
    </message>
    <message>
        <source>Who makes the claim.</source>
        <translation>Chi fa l&apos;affermazione.</translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation>Una nota sull&apos;affermazione.</translation>
    </message>
    <message>
        <source>anchored or orphan.</source>
        <translation>anchored o orphan.</translation>
    </message>
    <message>
        <source>Every article.</source>
        <translation>Tutti gli articoli.</translation>
    </message>
    <message>
        <source>The tag to nest under.</source>
        <translation>L&apos;etichetta sotto cui annidare.</translation>
    </message>
    <message>
        <source>A colour as #RRGGBB.</source>
        <translation>Un colore come #RRGGBB.</translation>
    </message>
    <message>
        <source>What the tag is for.</source>
        <translation>A cosa serve l&apos;etichetta.</translation>
    </message>
    <message>
        <source>Delete even when claims carry the tag.</source>
        <translation>Elimina anche se delle affermazioni portano l&apos;etichetta.</translation>
    </message>
    <message>
        <source>md, html, pdf, odt, csv or json.</source>
        <translation>md, html, pdf, odt, csv o json.</translation>
    </message>
    <message>
        <source>Article ids, separated by commas.</source>
        <translation>Id di articoli, separati da virgole.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark.</source>
        <translation>Inizia un file CSV con un byte order mark.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Stampa la versione.</translation>
    </message>
    <message>
        <source>Print help.</source>
        <translation>Stampa l&apos;aiuto.</translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 richiede un&apos;azione: %2</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 non accetta --%2</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import richiede almeno un file o una cartella</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument</source>
        <translation>%1 richiede esattamente un argomento</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list non accetta argomenti</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit richiede un numero positivo</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes</source>
        <translation>--max-size richiede un numero positivo di megabyte</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n da rivedere</numerusform>
            <numerusform>%n da rivedere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: avviso: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n file non riuscito</numerusform>
            <numerusform>%n file non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titolo: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Sito: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Pubblicato: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Lingua: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versione: %1</translation>
    </message>
    <message>
        <source>export takes options only, not &apos;%1&apos;</source>
        <translation>export accetta solo opzioni, non «%1»</translation>
    </message>
    <message>
        <source>export needs --format md, html, pdf, odt, csv or json</source>
        <translation>export richiede --format md, html, pdf, odt, csv o json</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: md, html, pdf, odt, csv, json)</source>
        <translation>formato «%1» sconosciuto (scegli tra: md, html, pdf, odt, csv, json)</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export richiede -o FILE</translation>
    </message>
    <message>
        <source>give either --article or --all, not both</source>
        <translation>indica --article oppure --all, non entrambi</translation>
    </message>
    <message>
        <source>--article needs article ids, not &apos;%1&apos;</source>
        <translation>--article richiede id di articoli, non «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n affermazione esportata</numerusform>
            <numerusform>%1: %n affermazioni esportate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>da %n articolo</numerusform>
            <numerusform>da %n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>import-annotations needs exactly one file</source>
        <translation>import-annotations richiede esattamente un file</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n affermazione importata</numerusform>
            <numerusform>%1: %n affermazioni importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n articolo aggiunto</numerusform>
            <numerusform>%n articoli aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n etichetta aggiunta</numerusform>
            <numerusform>%n etichette aggiunte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation>
            <numerusform>%n senza passaggio saltata</numerusform>
            <numerusform>%n senza passaggio saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: file inesistente</translation>
    </message>
    <message>
        <source>suggest needs exactly one file or article id</source>
        <translation>suggest richiede esattamente un file o un id di articolo</translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation>%1 richiede esattamente un id di articolo</translation>
    </message>
    <message>
        <source>Curated summary of “%1”</source>
        <translation>Riassunto redazionale di «%1»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Messaggio chiave</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Spunti chiave</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principi</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>In pratica</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Ideale per</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Correlati</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Pubblicato originariamente da %1</translation>
    </message>
    <message>
        <source>Generated summary of “%1” (key sentences picked by Lectern, not curated)</source>
        <translation>Riassunto generato di «%1» (frasi chiave scelte da Lectern, non redazionale)</translation>
    </message>
    <message>
        <source>Key terms: %1</source>
        <translation>Termini chiave: %1</translation>
    </message>
    <message>
        <source>The article has no sentences long enough to summarise.</source>
        <translation>L&apos;articolo non ha frasi abbastanza lunghe da riassumere.</translation>
    </message>
    <message>
        <source>named by the curator</source>
        <translation>citato dalla redazione</translation>
    </message>
    <message>
        <source>named by the curator; not in the library</source>
        <translation>citato dalla redazione; non nella libreria</translation>
    </message>
    <message>
        <source>the tag name &apos;%1&apos; is ambiguous: give its path (%2)</source>
        <translation>il nome di etichetta «%1» è ambiguo: indica il suo percorso (%2)</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>non esiste l&apos;etichetta «%1»</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>un&apos;etichetta deve avere un nome</translation>
    </message>
    <message>
        <source>a tag name cannot contain &apos;/&apos; (&apos;%1&apos;); nest tags with --parent</source>
        <translation>un nome di etichetta non può contenere «/» («%1»); annida le etichette con --parent</translation>
    </message>
    <message>
        <source>tags takes no arguments</source>
        <translation>tags non accetta argomenti</translation>
    </message>
    <message>
        <source>tags %1 needs %2</source>
        <translation>tags %1 richiede %2</translation>
    </message>
    <message>
        <source>--color needs a colour as #RRGGBB, not &apos;%1&apos;</source>
        <translation>--color richiede un colore come #RRGGBB, non «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add tag &apos;%1&apos;: %2</source>
        <translation>impossibile aggiungere l&apos;etichetta «%1»: %2</translation>
    </message>
    <message>
        <source>added tag %1 “%2”</source>
        <translation>etichetta %1 «%2» aggiunta</translation>
    </message>
    <message>
        <source>could not rename tag &apos;%1&apos;: %2</source>
        <translation>impossibile rinominare l&apos;etichetta «%1»: %2</translation>
    </message>
    <message>
        <source>renamed tag “%1” to “%2”</source>
        <translation>etichetta «%1» rinominata in «%2»</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into itself</source>
        <translation>impossibile unire l&apos;etichetta «%1» a se stessa</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into &apos;%2&apos;: %3</source>
        <translation>impossibile unire l&apos;etichetta «%1» in «%2»: %3</translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation>
            <numerusform>etichetta «%1» unita in «%2»: %n affermazione spostata</numerusform>
            <numerusform>etichetta «%1» unita in «%2»: %n affermazioni spostate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation>
            <numerusform>l&apos;etichetta «%1» è su %n affermazione (incluse le etichette annidate); nulla è stato eliminato: riesegui con --yes per eliminarla</numerusform>
            <numerusform>l&apos;etichetta «%1» è su %n affermazioni (incluse le etichette annidate); nulla è stato eliminato: riesegui con --yes per eliminarla</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete tag &apos;%1&apos;: %2</source>
        <translation>impossibile eliminare l&apos;etichetta «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation>
            <numerusform>etichetta «%1» eliminata: %n affermazione interessata</numerusform>
            <numerusform>etichetta «%1» eliminata: %n affermazioni interessate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation>
            <numerusform>eliminata con essa: %n etichetta annidata</numerusform>
            <numerusform>eliminate con essa: %n etichette annidate</numerusform>
        </translation>
    </message>
    <message>
        <source>the interface language: fr, de, it, ja or en (JSON keys stay English)</source>
        <translation>la lingua dell&apos;interfaccia: fr, de, it, ja o en (le chiavi JSON restano in inglese)</translation>
    </message>
    <message>
        <source>The language of messages and help.</source>
        <translation>La lingua dei messaggi e della guida.</translation>
    </message>
    <message>
        <source>Print an article&apos;s curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their START:END offsets in the text, and its key terms. With --json, &quot;generated&quot; is false for the curated card and true for Lectern&apos;s sentences.</source>
        <translation>Stampa il riassunto redazionale di un articolo, altrimenti uno generato: le sue 3-5 frasi più centrali (TextRank), con le posizioni INIZIO:FINE nel testo, e i suoi termini chiave. Con --json, &quot;generated&quot; è false per la scheda redazionale e true per le frasi scelte da Lectern.</translation>
    </message>
    <message>
        <source>claims: %1 stayed, %2 moved, %3 orphaned</source>
        <translation>affermazioni: %1 rimaste, %2 spostate, %3 orfane</translation>
    </message>
    <message>
        <source>list [--json] [--topic TOPIC]</source>
        <translation>list [--json] [--topic ARGOMENTO]</translation>
    </message>
    <message>
        <source>List the articles in the library; --topic only those whose curated summary or source names the topic.</source>
        <translation>Elenca gli articoli della libreria; con --topic solo quelli il cui riassunto redazionale o la cui fonte nomina l&apos;argomento.</translation>
    </message>
    <message>
        <source>Only articles with this topic.</source>
        <translation>Solo gli articoli con questo argomento.</translation>
    </message>
    <message>
        <source>import [--json] [--max-size MB] [--encoding NAME] PATH...</source>
        <translation>import [--json] [--max-size MB] [--encoding NOME] PERCORSO...</translation>
    </message>
    <message>
        <source>Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new version of its article; its claims are placed on the new text, and those that cannot be are marked for review. --encoding reads text files in the named encoding (windows-1251, Shift_JIS, ...) instead of the one detected.</source>
        <translation>Importa file e cartelle (cercati ricorsivamente): .txt, .md, .html, .epub, .pdf. Un file modificato nello stesso percorso diventa una nuova versione del suo articolo; le sue affermazioni vengono collocate sul nuovo testo e quelle che non possono esserlo vengono segnate da rivedere. --encoding legge i file di testo nella codifica indicata (windows-1251, Shift_JIS, ...) invece di quella rilevata.</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of the detected one.</source>
        <translation>Leggi i file di testo in questa codifica invece di quella rilevata.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes, at most %1</source>
        <translation>--max-size richiede un numero positivo di megabyte, al massimo %1</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;</source>
        <translation>--encoding: codifica «%1» sconosciuta</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Indirizzo: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Codifica: %1</translation>
    </message>
    <message>
        <source>the folder of the library %1 does not exist</source>
        <translation>la cartella della libreria %1 non esiste</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n già nella libreria, saltata</numerusform>
            <numerusform>%n già nella libreria, saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>To start a new, empty library there instead, add --new.</source>
        <translation>Per creare invece lì una nuova libreria vuota, aggiungi --new.</translation>
    </message>
    <message>
        <source>start a new, empty library where a damaged one was moved aside</source>
        <translation>crea una nuova libreria vuota dove una danneggiata è stata messa da parte</translation>
    </message>
    <message>
        <source>Start a new, empty library where a damaged one was moved aside.</source>
        <translation>Crea una nuova libreria vuota dove una danneggiata è stata messa da parte.</translation>
    </message>
    <message>
        <source>Note: the library %1 is open read-only (%2); changes are refused.</source>
        <translation>Nota: la libreria %1 è aperta in sola lettura (%2); le modifiche vengono rifiutate.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); what was read from it may be incomplete, and nothing was written. The next command checks it whole, moves it aside and says which backup to restore.</source>
        <translation>la libreria %1 è danneggiata (%2); ciò che ne è stato letto può essere incompleto, e non è stato scritto nulla. Il prossimo comando la controlla per intero, la mette da parte e indica quale backup ripristinare.</translation>
    </message>
    <message>
        <source>%1 needs at least one article id</source>
        <translation>%1 richiede almeno un id di articolo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>«%1» non è un id di articolo</translation>
    </message>
    <message>
        <source>article %1 moved to the Trash; `lectern restore %1` brings it back</source>
        <translation>articolo %1 spostato nel cestino; `lectern restore %1` lo ripristina</translation>
    </message>
    <message>
        <source>article %1 restored</source>
        <translation>articolo %1 ripristinato</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash non accetta argomenti</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good</source>
        <translation>
            <numerusform>%n articolo eliminato definitivamente</numerusform>
            <numerusform>%n articoli eliminati definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>edit needs exactly one article id</source>
        <translation>edit richiede esattamente un id di articolo</translation>
    </message>
    <message>
        <source>edit needs at least one of --%1</source>
        <translation>edit richiede almeno una tra --%1</translation>
    </message>
    <message>
        <source>--published needs an ISO 8601 date such as 2026-03-02, not &apos;%1&apos;</source>
        <translation>--published richiede una data ISO 8601 come 2026-03-02, non «%1»</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>non esiste l’articolo %1</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>articolo %1: %2</translation>
    </message>
    <message>
        <source>article %1 “%2” edited</source>
        <translation>articolo %1 «%2» modificato</translation>
    </message>
    <message>
        <source>edit ID [--title TEXT] [--byline NAMES] [--site NAME] [--published DATE] [--url URL] [--topics T1,T2...]</source>
        <translation>edit ID [--title TESTO] [--byline NOMI] [--site NOME] [--published DATA] [--url URL] [--topics T1,T2...]</translation>
    </message>
    <message>
        <source>Correct an article&apos;s details; its text, versions and claims stay as they are. An empty value clears a field (but a title is needed); --topics replaces the article&apos;s topics.</source>
        <translation>Correggi i dati di un articolo; testo, versioni e affermazioni restano come sono. Un valore vuoto svuota un campo (ma serve un titolo); --topics sostituisce i temi dell’articolo.</translation>
    </message>
    <message>
        <source>delete ID...</source>
        <translation>delete ID...</translation>
    </message>
    <message>
        <source>Move articles to the Trash, with their claims: they leave the list, search and exports until restored. All or nothing.</source>
        <translation>Sposta articoli nel cestino, con le loro affermazioni: escono da elenco, ricerca ed esportazioni finché non vengono ripristinati. Tutto o niente.</translation>
    </message>
    <message>
        <source>restore ID...</source>
        <translation>restore ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the Trash, with their claims.</source>
        <translation>Ripristina articoli dal cestino, con le loro affermazioni.</translation>
    </message>
    <message>
        <source>trash [--json]</source>
        <translation>trash [--json]</translation>
    </message>
    <message>
        <source>List the articles in the Trash, most recently deleted first: id, when deleted, claims, title.</source>
        <translation>Elenca gli articoli nel cestino, dal più recente: id, quando è stato eliminato, affermazioni, titolo.</translation>
    </message>
    <message>
        <source>trash empty</source>
        <translation>trash empty</translation>
    </message>
    <message>
        <source>Delete the articles in the Trash for good, with their claims.</source>
        <translation>Elimina definitivamente gli articoli nel cestino, con le loro affermazioni.</translation>
    </message>
    <message>
        <source>The article&apos;s title.</source>
        <translation>Il titolo dell’articolo.</translation>
    </message>
    <message>
        <source>Who wrote the article.</source>
        <translation>Chi ha scritto l’articolo.</translation>
    </message>
    <message>
        <source>Where the article was published.</source>
        <translation>Dove è stato pubblicato l’articolo.</translation>
    </message>
    <message>
        <source>When it was published, as an ISO 8601 date.</source>
        <translation>Quando è stato pubblicato, come data ISO 8601.</translation>
    </message>
    <message>
        <source>The article&apos;s web address.</source>
        <translation>L’indirizzo web dell’articolo.</translation>
    </message>
    <message>
        <source>Topics, separated by commas.</source>
        <translation>Temi, separati da virgole.</translation>
    </message>
    <message>
        <source>backup salvage needs the damaged library file</source>
        <translation>backup salvage richiede il file della libreria danneggiato</translation>
    </message>
    <message>
        <source>Then, to bring back the claims made since that backup: lectern backup salvage &apos;%1&apos;</source>
        <translation>Poi, per recuperare le affermazioni create dopo quel backup: lectern backup salvage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup salvage DAMAGED-FILE</source>
        <translation>backup salvage FILE-DANNEGGIATO</translation>
    </message>
    <message>
        <source>Read what can still be read from a damaged library file and add its claims, with their articles and tags, to the library; claims already there are skipped. Run it after backup restore to bring back the claims made since the backup.</source>
        <translation>Legge ciò che si può ancora leggere da un file della libreria danneggiato e aggiunge le sue affermazioni, con i loro articoli ed etichette, alla libreria; le affermazioni già presenti vengono saltate. Eseguirlo dopo backup restore per recuperare le affermazioni create dopo il backup.</translation>
    </message>
</context>
<context>
    <name>Lectern::CuratedCardImporter</name>
    <message>
        <source>is not a summary card: no known sections</source>
        <translation>non è una scheda di riassunto: nessuna sezione nota</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>Cannot open the library %1: cannot create the folder %2.</source>
        <translation>Impossibile aprire la libreria %1: impossibile creare la cartella %2.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it is not a Lectern library (not an SQLite database).</source>
        <translation>Impossibile aprire la libreria %1: non è una libreria di Lectern (non è un database SQLite).</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>è stata aperta in sola lettura</translation>
    </message>
    <message>
        <source>you do not have permission to change %1</source>
        <translation>non hai il permesso di modificare %1</translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder %1</source>
        <translation>non hai il permesso di scrivere nella cartella %1</translation>
    </message>
    <message>
        <source>the disk holding it is read-only</source>
        <translation>il disco che la contiene è in sola lettura</translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation>il disco che la contiene è pieno</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossibile aprire la libreria %1: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>La libreria %1 è danneggiata (%2) e non è stato possibile spostarla da parte: %3</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was moved to %3, unchanged.</source>
        <translation>La libreria %1 è danneggiata (%2). È stata spostata in %3, senza modifiche.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it needs an upgrade to schema %2, but %3.</source>
        <translation>Impossibile aprire la libreria %1: deve essere aggiornata allo schema %2, ma %3.</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: no backup could be made first (%2).</source>
        <translation>Impossibile aggiornare la libreria %1: prima non è stato possibile creare un backup (%2).</translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>vi sono stati trovati danni (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>danno sconosciuto</translation>
    </message>
    <message>
        <source>There is no library at %1: a damaged one was moved aside from there to %2. Restore a backup, or choose to start a new, empty library.</source>
        <translation>Non c’è alcuna libreria in %1: una danneggiata è stata spostata da lì in %2. Ripristina un backup oppure scegli di creare una nuova libreria vuota.</translation>
    </message>
    <message>
        <source>it is empty, 0 bytes</source>
        <translation>è vuota, 0 byte</translation>
    </message>
    <message>
        <source>it is cut short: %1 of the %2 bytes its header declares</source>
        <translation>è troncata: %1 dei %2 byte dichiarati nella sua intestazione</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the new file could not be put in place.</source>
        <translation>Impossibile creare la libreria %1: non è stato possibile mettere al suo posto il nuovo file.</translation>
    </message>
</context>
<context>
    <name>Lectern::EditDetailsCommand</name>
    <message>
        <source>Edit Article Details</source>
        <translation>Modifica dati dell’articolo</translation>
    </message>
</context>
<context>
    <name>Lectern::EpubImporter</name>
    <message>
        <source>The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.</source>
        <translation>La dimensione decompressa supera il limite: %1 si decomprimerebbe in %2, più di %3.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>il libro</translation>
    </message>
    <message>
        <source>%1 cannot be read: its compression method is not supported.</source>
        <translation>%1 non può essere letto: il suo metodo di compressione non è supportato.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1 holds more data than its header declares.</source>
        <translation>L&apos;archivio è danneggiato: %1 contiene più dati di quanto dichiara la sua intestazione.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml is missing.</source>
        <translation>Questo non è un EPUB: manca META-INF/container.xml.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml names no package document.</source>
        <translation>Questo non è un EPUB: META-INF/container.xml non indica alcun documento di pacchetto.</translation>
    </message>
    <message>
        <source>This is not an EPUB: its package document %1 is missing.</source>
        <translation>Questo non è un EPUB: manca il suo documento di pacchetto %1.</translation>
    </message>
    <message>
        <source>The EPUB&apos;s package document %1 is not valid XML: %2</source>
        <translation>Il documento di pacchetto %1 dell&apos;EPUB non è XML valido: %2</translation>
    </message>
    <message>
        <source>The EPUB has no chapters: its spine is empty.</source>
        <translation>L&apos;EPUB non ha capitoli: il suo ordine di lettura è vuoto.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed but missing from the book.</source>
        <translation>Il capitolo «%1» è elencato ma manca nel libro.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; was skipped: %2</source>
        <translation>Il capitolo «%1» è stato saltato: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>This is not a valid EPUB (ZIP) archive.</source>
        <translation>Questo non è un archivio EPUB (ZIP) valido.</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unsafe path: %1</source>
        <translation>L&apos;archivio contiene una voce con un percorso non sicuro: %1</translation>
    </message>
    <message>
        <source>The book contains no readable text.</source>
        <translation>Il libro non contiene testo leggibile.</translation>
    </message>
    <message>
        <source>could not be read: EPUB support is missing, %1</source>
        <translation>non è stato possibile leggerlo: manca il supporto EPUB, %1</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed more than once; it was read once.</source>
        <translation>Il capitolo «%1» è elencato più volte; è stato letto una volta.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportCollector</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Non esiste un articolo con id %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;esportazione è stata annullata.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>The open &amp;article</source>
        <translation>L&apos;&amp;articolo aperto</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>L&apos;intera &amp;libreria</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>Inizia con un byte order mark (per i fogli di calcolo)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Esporta note</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Qualsiasi posizione</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation>Affermazioni di:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etichetta:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Posizione:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affermazione</numerusform>
            <numerusform>%n affermazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1</source>
        <translation>l&apos;anteprima mostra i primi %1</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Esportazione delle note…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot Export Notes</source>
        <translation>Impossibile esportare le note</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportTarget</name>
    <message>
        <source>it is a SQLite database (a Lectern library or a backup); choose another file</source>
        <translation>è un database SQLite (una libreria di Lectern o un backup); scegli un altro file</translation>
    </message>
    <message>
        <source>it belongs to the database “%1”; choose another file</source>
        <translation>appartiene al database «%1»; scegli un altro file</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>non è un file regolare (un dispositivo o una pipe)</translation>
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
        <translation>Pagina HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Testo OpenDocument</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Foglio di calcolo CSV</translation>
    </message>
    <message>
        <source>Web Annotation (JSON-LD)</source>
        <translation>Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;esportazione è stata annullata.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FileImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <source>is larger than the import limit of %1 MB</source>
        <translation>supera il limite di importazione di %1 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>non può essere letto: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>è un file binario, non testo</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a socket or a device)</source>
        <translation>non è un file regolare (una pipe, un socket o un dispositivo)</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Risultato precedente (Maiusc+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Risultato successivo (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>Passaggi non più presenti nel testo</translation>
    </message>
    <message>
        <source>Lectern notes</source>
        <translation>Note di Lectern</translation>
    </message>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation>
            <numerusform>Note esportate da Lectern il %1, %n affermazione.</numerusform>
            <numerusform>Note esportate da Lectern il %1, %n affermazioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The page is nested too deeply (more than %1 levels) to be read safely.</source>
        <translation>La pagina è annidata troppo in profondità (più di %1 livelli) per essere letta in sicurezza.</translation>
    </message>
    <message>
        <source>The page contains no readable text.</source>
        <translation>La pagina non contiene testo leggibile.</translation>
    </message>
    <message>
        <source>The page has %1 elements, more than a page of its size can be read with (%2) within memory: it looks like data rather than an article.</source>
        <translation>La pagina ha %1 elementi, più di quanti una pagina di queste dimensioni possa averne per essere letta in memoria (%2): sembra un insieme di dati più che un articolo.</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message>
        <source>Importing Articles</source>
        <translation>Importazione degli articoli</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Ricerca degli articoli…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importazione di %1 (%2 di %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n articolo importato.</numerusform>
            <numerusform>%n articoli importati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation>
            <numerusform>%n articolo aggiornato con una nuova versione del testo.</numerusform>
            <numerusform>%n articoli aggiornati con una nuova versione del testo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation>
            <numerusform>%n file già nella libreria.</numerusform>
            <numerusform>%n file già nella libreria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; files not yet read were left out.</source>
        <translation>Importazione annullata; i file non ancora letti sono stati tralasciati.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>Non è stato possibile importare %n file:</numerusform>
            <numerusform>Non è stato possibile importare %n file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Some files could not be imported.</source>
        <translation>Non è stato possibile importare alcuni file.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportExportFlow</name>
    <message>
        <source>Import Annotations</source>
        <translation>Importa annotazioni</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Annotazioni (*.json *.jsonld);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot Import Annotations</source>
        <translation>Impossibile importare le annotazioni</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation>
            <numerusform>%n affermazione importata</numerusform>
            <numerusform>%n affermazioni importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n da rivedere</numerusform>
            <numerusform>%n da rivedere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importa articoli</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)</source>
        <translation>Articoli (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importa una cartella di articoli</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n già nella libreria, saltata</numerusform>
            <numerusform>%n già nella libreria, saltate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts</source>
        <translation>Si applica al prossimo avvio di Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryActions</name>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Sposta nel cestino</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Dati dell’articolo…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Cestino…</translation>
    </message>
    <message>
        <source>Move the selected article to the Trash, with its claims; Undo or the Trash brings it back</source>
        <translation>Sposta l’articolo selezionato nel cestino, con le sue affermazioni; Annulla o il cestino lo ripristina</translation>
    </message>
    <message>
        <source>Correct the title, byline, site, date, address or topics of the selected article</source>
        <translation>Correggi titolo, autore, sito, data, indirizzo o temi dell’articolo selezionato</translation>
    </message>
    <message>
        <source>See the deleted articles, restore them or delete them for good</source>
        <translation>Vedi gli articoli eliminati, ripristinali o eliminali definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</source>
        <translation>
            <numerusform>%n articolo spostato nel cestino. Annulla con Ctrl+Z, o ripristina da File › Cestino.</numerusform>
            <numerusform>%n articoli spostati nel cestino. Annulla con Ctrl+Z, o ripristina da File › Cestino.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details saved. Undo with Ctrl+Z.</source>
        <translation>Dati salvati. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryBackups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossibile creare la cartella di backup %1</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: %2</source>
        <translation>impossibile fare il backup della libreria in %1: %2</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: the copy cannot be renamed</source>
        <translation>impossibile fare il backup della libreria in %1: la copia non può essere rinominata</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>impossibile spostare %1 da parte in %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 è danneggiato</translation>
    </message>
    <message>
        <source>%1 is not a Lectern library</source>
        <translation>%1 non è una libreria di Lectern</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>impossibile leggere il backup %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>impossibile copiare il backup %1 in %2: %3</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>la connessione alla libreria non è SQLite</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>interrotta prima di essere completata</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryClaimsModel</name>
    <message>
        <source>%1 (needs review)</source>
        <translation>%1 (da rivedere)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affermazione</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryEdits</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l’articolo %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryModel</name>
    <message>
        <source>%1
by %2</source>
        <translation>%1
di %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation>Cerca nella libreria…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella libreria</translation>
    </message>
    <message>
        <source>Type words, &quot;a phrase&quot;, prefix* or -excluded words; Enter opens the first result</source>
        <translation>Digita parole, &quot;una frase&quot;, prefisso* o -parole escluse; Invio apre il primo risultato</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>The articles in the library; Enter opens the selected one</source>
        <translation>Gli articoli della libreria; Invio apre quello selezionato</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Nessun articolo corrisponde a «%1».</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryRecovery</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossibile aprire la libreria</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La libreria è danneggiata</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.</source>
        <translation>Ripristinare il backup più recente, creato il %1? Le modifiche successive non sono incluse; il file danneggiato viene conservato.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Ripristina backup</translation>
    </message>
    <message>
        <source>There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept.</source>
        <translation>Non c&apos;è nessun backup da ripristinare. Lectern può avviare una nuova libreria vuota; il file danneggiato viene conservato.</translation>
    </message>
    <message>
        <source>Start Empty Library</source>
        <translation>Avvia libreria vuota</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Impossibile ripristinare il backup</translation>
    </message>
    <message>
        <source>Lectern found damage in the library %1 (%2).</source>
        <translation>Lectern ha trovato danni nella libreria %1 (%2).</translation>
    </message>
    <message>
        <source>To keep what it holds safe, the library is now read-only. When Lectern next starts, it moves the damaged file aside, unchanged, and offers the newest backup.</source>
        <translation>Per proteggerne il contenuto, la libreria ora è di sola lettura. Al prossimo avvio Lectern sposterà da parte il file danneggiato, senza modificarlo, e proporrà il backup più recente.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>Cannot Restart Lectern</source>
        <translation>Impossibile riavviare Lectern</translation>
    </message>
    <message>
        <source>Start Lectern again to recover the library %1.</source>
        <translation>Riavvia Lectern per recuperare la libreria %1.</translation>
    </message>
    <message>
        <source>Bring back the claims the damaged file still holds</source>
        <translation>Recuperare le affermazioni che il file danneggiato contiene ancora</translation>
    </message>
    <message>
        <source>Reading the claims the damaged file still holds…</source>
        <translation>Lettura delle affermazioni che il file danneggiato contiene ancora…</translation>
    </message>
    <message>
        <source>Salvaging Claims</source>
        <translation>Recupero delle affermazioni</translation>
    </message>
    <message>
        <source>Cannot Salvage the Claims</source>
        <translation>Impossibile recuperare le affermazioni</translation>
    </message>
    <message>
        <source>Claims Salvaged</source>
        <translation>Affermazioni recuperate</translation>
    </message>
    <message>
        <source>The damaged file stays where it is: %1</source>
        <translation>Il file danneggiato resta dov’è: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySalvage</name>
    <message>
        <source>Cannot salvage “%1”: there is no such file</source>
        <translation>Impossibile recuperare «%1»: il file non esiste</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: no temporary folder (%2)</source>
        <translation>Impossibile recuperare «%1»: nessuna cartella temporanea (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: what could be read is not a library (%2)</source>
        <translation>Impossibile recuperare «%1»: ciò che si è potuto leggere non è una libreria (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: %2</source>
        <translation>Impossibile recuperare «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could be read from the damaged file.</source>
        <translation>
            <numerusform>%n affermazione letta dal file danneggiato.</numerusform>
            <numerusform>%n affermazioni lette dal file danneggiato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added to the library.</source>
        <translation>
            <numerusform>%n affermazione aggiunta alla libreria.</numerusform>
            <numerusform>%n affermazioni aggiunte alla libreria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) already in it.</source>
        <translation>
            <numerusform>%n affermazione era già presente.</numerusform>
            <numerusform>%n affermazioni erano già presenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added with them.</source>
        <translation>
            <numerusform>%n articolo aggiunto con esse.</numerusform>
            <numerusform>%n articoli aggiunti con esse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added with them.</source>
        <translation>
            <numerusform>%n etichetta aggiunta con esse.</numerusform>
            <numerusform>%n etichette aggiunte con esse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) did not find their passage and need placing again.</source>
        <translation>
            <numerusform>%n affermazione non ha ritrovato il suo passaggio e va ricollocata.</numerusform>
            <numerusform>%n affermazioni non hanno ritrovato il loro passaggio e vanno ricollocate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryStore</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Non esiste l&apos;articolo %1.</translation>
    </message>
    <message>
        <source>Article %1 has no removed line %2.</source>
        <translation>L&apos;articolo %1 non ha una riga rimossa %2.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un articolo deve avere un titolo.</translation>
    </message>
</context>
<context>
    <name>Lectern::LineLengthLimit</name>
    <message>
        <source>has a line of %1 MB with no line break; an article&apos;s lines are under %2 MB (is it a text file?)</source>
        <translation>ha una riga di %1 MB senza a capo; le righe di un articolo sono sotto i %2 MB (è un file di testo?)</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkOpener</name>
    <message>
        <source>Open Link?</source>
        <translation>Aprire il collegamento?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Aprire questo collegamento nel browser web?</translation>
    </message>
</context>
<context>
    <name>Lectern::MainActions</name>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, HTML, EPUB or PDF files</source>
        <translation>Importa articoli: file di testo, Markdown, HTML, EPUB o PDF</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Esporta note…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importa &amp;annotazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Cerca nella libreria</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Trova nell&apos;articolo…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Trova s&amp;uccessivo</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Informazioni su Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Ripristina &amp;zoom</translation>
    </message>
    <message>
        <source>&amp;Claims in Library…</source>
        <translation>&amp;Affermazioni nella libreria…</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostra &amp;libreria</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>Mostra &amp;pannello laterale</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colori</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;hiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Scuro</translation>
    </message>
    <message>
        <source>&amp;Typeface</source>
        <translation>&amp;Carattere</translation>
    </message>
    <message>
        <source>&amp;Serif</source>
        <translation>&amp;Con grazie</translation>
    </message>
    <message>
        <source>S&amp;ans Serif</source>
        <translation>Senza &amp;grazie</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>&amp;Interlinea</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Compatta</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>C&amp;omoda</translation>
    </message>
    <message>
        <source>&amp;Airy</source>
        <translation>&amp;Ariosa</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etichette</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Gestisci etichette…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, nest, merge and delete tags</source>
        <translation>Aggiungi, rinomina, ricolora, annida, unisci ed elimina etichette</translation>
    </message>
    <message>
        <source>Show &amp;Removed Lines</source>
        <translation>Mostra righe &amp;rimosse</translation>
    </message>
    <message>
        <source>Lines the importer took out of the article as site boilerplate; each can be restored</source>
        <translation>Righe che l&apos;importatore ha tolto dall&apos;articolo come elementi del sito; ognuna può essere ripristinata</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Scorciatoie da tastiera…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
</context>
<context>
    <name>Lectern::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>Etichetta la selezione come %1 (%2)</translation>
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
        <translation>Affermazione non salvata</translation>
    </message>
    <message>
        <source>%1

Library: %2</source>
        <translation>%1

Libreria: %2</translation>
    </message>
    <message>
        <source>Article %1 is no longer in the library.</source>
        <translation>L&apos;articolo %1 non è più nella libreria.</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Cannot Restore the Line</source>
        <translation>Impossibile ripristinare la riga</translation>
    </message>
    <message>
        <source>The line is back in the article (as a new text version).</source>
        <translation>La riga è tornata nell&apos;articolo (come nuova versione del testo).</translation>
    </message>
    <message>
        <source>The link %1 does not lead to an article in this library.</source>
        <translation>Il collegamento %1 non porta a nessun articolo di questa libreria.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n articolo nella libreria</numerusform>
            <numerusform>%n articoli nella libreria</numerusform>
        </translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>vi sono stati trovati danni (%1)</translation>
    </message>
    <message>
        <source>Library Not Changed</source>
        <translation>Libreria non modificata</translation>
    </message>
    <message>
        <source>“%1” is in the Trash: restore it from File › Trash to read it.</source>
        <translation>«%1» è nel cestino: ripristinalo da File › Cestino per leggerlo.</translation>
    </message>
    <message>
        <source>Sample Articles</source>
        <translation>Articoli di esempio</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindowApplication</name>
    <message>
        <source>The library database.</source>
        <translation>Il database della libreria.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Salva un&apos;immagine della finestra una volta caricata, poi esci.</translation>
    </message>
    <message>
        <source>Use this language (fr, de, it, ja, en...) instead of the system&apos;s.</source>
        <translation>Usa questa lingua (fr, de, it, ja, en…) invece di quella del sistema.</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Note di Lectern</translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation>posizione: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>tipo: %1</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>autore: %1</translation>
    </message>
    <message>
        <source>status: orphan (the passage is no longer in the text)</source>
        <translation>stato: orfana (il passaggio non è più nel testo)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>Open in Lectern</source>
        <translation>Apri in Lectern</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Senza titolo</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>firma</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sito</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Nessuna affermazione.</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Senza etichetta</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etichette: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>non contiene testo leggibile</translation>
    </message>
</context>
<context>
    <name>Lectern::Migrations</name>
    <message>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>Risks, misuse, safety and national security</source>
        <translation>Rischi, abusi, sicurezza e sicurezza nazionale</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovazione</translation>
    </message>
    <message>
        <source>Research, progress, openness and new capabilities</source>
        <translation>Ricerca, progresso, apertura e nuove capacità</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concorrenza</translation>
    </message>
    <message>
        <source>Markets, rivals, concentration and trade</source>
        <translation>Mercati, rivali, concentrazione e commercio</translation>
    </message>
    <message>
        <source>not a Lectern library (cannot read its schema version)</source>
        <translation>non è una libreria di Lectern (impossibile leggere la versione dello schema)</translation>
    </message>
    <message>
        <source>made by a newer Lectern (schema %1; this version knows up to %2)</source>
        <translation>creata da un Lectern più recente (schema %1; questa versione conosce fino al %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>aggiornamento allo schema %1 non riuscito: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>Nuova etichetta</translation>
    </message>
    <message>
        <source>A name, or a path such as Security/Misuse</source>
        <translation>Un nome, o un percorso come Sicurezza/Abuso</translation>
    </message>
    <message>
        <source>Tag name or path</source>
        <translation>Nome o percorso dell’etichetta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colore:</translation>
    </message>
    <message>
        <source>Too close to a tag&apos;s colour for colour-blind readers</source>
        <translation>Troppo vicino al colore di un’etichetta per chi non distingue i colori</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Esiste già un’etichetta %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>is incomplete (a partial download?)</source>
        <translation>è incompleto (un download parziale?)</translation>
    </message>
    <message>
        <source>is encrypted (password protected)</source>
        <translation>è cifrato (protetto da password)</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>è cifrato con un sistema di sicurezza non supportato</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>è danneggiato o non è un PDF valido</translation>
    </message>
    <message>
        <source>could not be read as a PDF</source>
        <translation>non è stato possibile leggerlo come PDF</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>numero di pagina</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>non è un file PDF</translation>
    </message>
    <message>
        <source>is damaged: its page tree loops back on itself</source>
        <translation>è danneggiato: il suo albero delle pagine rimanda a se stesso</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>non ha pagine</translation>
    </message>
    <message>
        <source>has no text layer (scanned images?)</source>
        <translation>non ha uno strato di testo (immagini scansionate?)</translation>
    </message>
    <message>
        <source>could not be read: no pipe for the PDF reader</source>
        <translation>non è stato possibile leggerlo: nessuna pipe per il lettore PDF</translation>
    </message>
    <message>
        <source>could not be read: the PDF reader could not start</source>
        <translation>non è stato possibile leggerlo: il lettore PDF non si è avviato</translation>
    </message>
    <message>
        <source>is damaged: the PDF reader stopped on it</source>
        <translation>è danneggiato: il lettore PDF si è fermato su di esso</translation>
    </message>
    <message>
        <source>could not be read: PDF support is missing, %1</source>
        <translation>non è stato possibile leggerlo: manca il supporto PDF, %1</translation>
    </message>
    <message>
        <source>running header or footer</source>
        <translation>intestazione o piè di pagina ricorrente</translation>
    </message>
    <message>
        <source>took more than %1 s of processor time to read and was stopped: it is most likely malformed</source>
        <translation>ha richiesto più di %1 s di tempo di processore per la lettura ed è stato interrotto: con ogni probabilità è malformato</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>firma</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainTextImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>non contiene testo leggibile</translation>
    </message>
    <message>
        <source>section label</source>
        <translation>titolo di sezione</translation>
    </message>
</context>
<context>
    <name>Lectern::PluginLibrary</name>
    <message>
        <source>the plugin %1 could not be loaded (%2)</source>
        <translation>non è stato possibile caricare il plugin %1 (%2)</translation>
    </message>
    <message>
        <source>the plugin %1 is not the one this version of Lectern needs</source>
        <translation>il plugin %1 non è quello che serve a questa versione di Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadOnlyBanner</name>
    <message>
        <source>Read-only library</source>
        <translation>Libreria in sola lettura</translation>
    </message>
    <message>
        <source>This library is read-only: %1. You can read and search it, but changes cannot be saved.</source>
        <translation>Questa libreria è in sola lettura: %1. Puoi leggerla e cercarvi, ma le modifiche non possono essere salvate.</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>The text of the open article; select text with the mouse or Shift and the arrow keys</source>
        <translation>Il testo dell&apos;articolo aperto; seleziona il testo con il mouse o con Maiusc e i tasti freccia</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titolo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here.</source>
        <translation>Scegli un articolo nella libreria, oppure importane uno con File › Importa file (Ctrl+O) o trascinando qui i file.</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>detto da %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedArticlesModel</name>
    <message>
        <source>%1; named by the curator</source>
        <translation>%1; citato dalla redazione</translation>
    </message>
    <message>
        <source>Named by the curator; in your library</source>
        <translation>Citato dalla redazione; nella tua libreria</translation>
    </message>
    <message>
        <source>Named by the curator; not in your library yet</source>
        <translation>Citato dalla redazione; non ancora nella tua libreria</translation>
    </message>
    <message>
        <source>“%1” is not in your library: import it to read it here.</source>
        <translation>«%1» non è nella tua libreria: importalo per leggerlo qui.</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>Apri «%1»</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedFinder</name>
    <message>
        <source>shared topics: %1</source>
        <translation>argomenti comuni: %1</translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation>affermazioni etichettate %1</translation>
    </message>
    <message>
        <source>similar terms: %1</source>
        <translation>termini simili: %1</translation>
    </message>
    <message>
        <source>same author: %1</source>
        <translation>stesso autore: %1</translation>
    </message>
    <message>
        <source>same site: %1</source>
        <translation>stesso sito: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RemoveClaimCommand</name>
    <message>
        <source>Remove Claim</source>
        <translation>Rimuovi affermazione</translation>
    </message>
</context>
<context>
    <name>Lectern::SelectionToolBar</name>
    <message>
        <source>Tag the selection</source>
        <translation>Etichetta la selezione</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the main window, with the menu it is in</source>
        <translation>Tutte le scorciatoie da tastiera della finestra principale, con il loro menu</translation>
    </message>
</context>
<context>
    <name>Lectern::SidePanel</name>
    <message>
        <source>Generated summary</source>
        <translation>Riassunto generato</translation>
    </message>
    <message>
        <source>Sentences picked from the text by Lectern, not by a curator. Click one to read it in place.</source>
        <translation>Frasi scelte dal testo da Lectern, non da un redattore. Fai clic su una per leggerla nel suo contesto.</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Termini chiave</translation>
    </message>
    <message>
        <source>Curated summary</source>
        <translation>Riassunto redazionale</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>Messaggio chiave</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Spunti chiave</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principi</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>In pratica</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Ideale per</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Correlati</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Pubblicato originariamente da %1</translation>
    </message>
    <message>
        <source>This article has no curated summary.</source>
        <translation>Questo articolo non ha un riassunto redazionale.</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Sommario</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Tags from the source</source>
        <translation>Etichette dalla fonte</translation>
    </message>
    <message>
        <source>&amp;Restore to Article</source>
        <translation>&amp;Ripristina nell&apos;articolo</translation>
    </message>
    <message>
        <source>Articles in your library that share topics, claim tags, terms, a site or an author with this one.</source>
        <translation>Articoli della tua libreria che condividono con questo argomenti, etichette delle affermazioni, termini, un sito o un autore.</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Articoli correlati</translation>
    </message>
    <message>
        <source>Site boilerplate the importer took out of this article. Nothing is lost: restore any line.</source>
        <translation>Elementi del sito che l&apos;importatore ha tolto da questo articolo. Non si perde nulla: ripristina qualsiasi riga.</translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation>Righe rimosse</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimossa</translation>
    </message>
    <message>
        <source>Removed as: %1</source>
        <translation>Rimossa come: %1</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Rimossa (%1)</translation>
    </message>
    <message>
        <source>The article&apos;s curated or generated summary and details; links show a passage or search a topic</source>
        <translation>Il riassunto redazionale o generato dell&apos;articolo e i suoi dettagli; i link mostrano un passaggio o cercano un tema</translation>
    </message>
    <message>
        <source>Pages of the side panel: the arrow keys move between them</source>
        <translation>Le pagine del pannello laterale: i tasti freccia passano dall&apos;una all&apos;altra</translation>
    </message>
    <message>
        <source>The article&apos;s summary, key terms and details</source>
        <translation>Riassunto, termini chiave e dettagli dell&apos;articolo</translation>
    </message>
    <message>
        <source>Enter opens the selected article</source>
        <translation>Invio apre l&apos;articolo selezionato</translation>
    </message>
    <message>
        <source>Articles in your library related to this one</source>
        <translation>Gli articoli della tua libreria correlati a questo</translation>
    </message>
    <message>
        <source>Boilerplate taken out of the article; Restore to Article puts the selected line back</source>
        <translation>Elementi del sito tolti dall&apos;articolo; Ripristina nell&apos;articolo rimette la riga selezionata</translation>
    </message>
    <message>
        <source>Put the selected line back into the article</source>
        <translation>Rimetti la riga selezionata nell&apos;articolo</translation>
    </message>
    <message>
        <source>Boilerplate the importer took out of this article</source>
        <translation>Elementi del sito che l&apos;importatore ha tolto da questo articolo</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
</context>
<context>
    <name>Lectern::SqliteRecovery</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot recover into “%1”: the file exists</source>
        <translation>Impossibile recuperare in «%1»: il file esiste</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: no temporary folder (%2)</source>
        <translation>Impossibile recuperare «%1»: nessuna cartella temporanea (%2)</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: %2</source>
        <translation>Impossibile recuperare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: out of memory</source>
        <translation>Impossibile recuperare «%1»: memoria esaurita</translation>
    </message>
</context>
<context>
    <name>Lectern::StanceComparisonModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionActions</name>
    <message>
        <source>Suggest &amp;Claims</source>
        <translation>Suggerisci &amp;affermazioni</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Accetta suggerimento</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation>Ri&amp;fiuta suggerimento</translation>
    </message>
    <message>
        <source>Underline the sentences of this article that read like claims, with the tag they seem to fit</source>
        <translation>Sottolinea le frasi di questo articolo che sembrano affermazioni, con l&apos;etichetta che sembra adatta</translation>
    </message>
    <message>
        <source>Make the suggestion under the cursor a claim with the suggested tag</source>
        <translation>Rendi il suggerimento sotto il cursore un&apos;affermazione con l&apos;etichetta suggerita</translation>
    </message>
    <message>
        <source>Dismiss the suggestion under the cursor; Lectern learns it is not a claim</source>
        <translation>Scarta il suggerimento sotto il cursore; Lectern impara che non è un&apos;affermazione</translation>
    </message>
    <message>
        <source>There is no suggestion under the cursor.</source>
        <translation>Non c&apos;è nessun suggerimento sotto il cursore.</translation>
    </message>
    <message>
        <source>Accepted as %1. Undo with Ctrl+Z.</source>
        <translation>Accettato come %1. Annulla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Suggestion rejected.</source>
        <translation>Suggerimento rifiutato.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggerisci</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionLearner</name>
    <message>
        <source>The suggestion model could not be saved: %1</source>
        <translation>Impossibile salvare il modello dei suggerimenti: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ri&amp;fiuta</translation>
    </message>
    <message>
        <source>Suggested claims in this article</source>
        <translation>Affermazioni suggerite in questo articolo</translation>
    </message>
    <message>
        <source>Suggestions are off for this article. Turn them on to see which sentences read like claims; everything runs on this computer.</source>
        <translation>I suggerimenti sono disattivati per questo articolo. Attivali per vedere quali frasi sembrano affermazioni; tutto avviene su questo computer.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation>
            <numerusform>%n suggerimento in sospeso. Nell&apos;articolo: Invio o A accetta, X rifiuta, 1–9 accetta con un&apos;altra etichetta.</numerusform>
            <numerusform>%n suggerimenti in sospeso. Nell&apos;articolo: Invio o A accetta, X rifiuta, 1–9 accetta con un&apos;altra etichetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sentences that read like claims; Enter shows the selected one in the article</source>
        <translation>Frasi che sembrano affermazioni; Invio mostra quella selezionata nell&apos;articolo</translation>
    </message>
    <message>
        <source>Make the selected suggestion a claim with its suggested tag</source>
        <translation>Rendi il suggerimento selezionato un&apos;affermazione con l&apos;etichetta suggerita</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; Lectern will not suggest it again</source>
        <translation>Scarta il suggerimento selezionato; Lectern non lo proporrà più</translation>
    </message>
</context>
<context>
    <name>Lectern::TagLexicon</name>
    <message>
        <source>a lexicon needs a &quot;tag&quot; name and &quot;terms&quot;</source>
        <translation>un lessico richiede un nome &quot;tag&quot; e dei &quot;terms&quot;</translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation>
            <numerusform>%n affermazione etichettata %1 in «%2»</numerusform>
            <numerusform>%n affermazioni etichettate %1 in «%2»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>There is already a tag named “%1” in that place.</source>
        <translation>Esiste già un&apos;etichetta chiamata «%1» in quella posizione.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Un&apos;etichetta deve avere un nome.</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>Un&apos;etichetta non può essere annidata dentro se stessa.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or a tag nested under it.</source>
        <translation>Un&apos;etichetta non può essere unita a se stessa o a un&apos;etichetta annidata sotto di essa.</translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Aggiungi etichetta…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-tag…</source>
        <translation>Aggiungi &amp;sottoetichetta…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rinomina</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colore…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <source>&amp;Nest Under Previous</source>
        <translation>A&amp;nnida sotto la precedente</translation>
    </message>
    <message>
        <source>&amp;Un-nest</source>
        <translation>&amp;Togli annidamento</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Unisci in…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;limina…</translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation>Aggiungi sottoetichetta</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colore di %1</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Unisci etichette</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Unisci «%1» in:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation>
            <numerusform>Unire «%1» in «%2»? %n affermazione porterà «%2» al suo posto.</numerusform>
            <numerusform>Unire «%1» in «%2»? %n affermazioni porteranno «%2» al suo posto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No claim uses it.</source>
        <translation>Eliminare l&apos;etichetta «%1»? Nessuna affermazione la usa.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation>
            <numerusform>Eliminare l&apos;etichetta «%1»? È su %n affermazione, che mantiene le altre etichette e note.</numerusform>
            <numerusform>Eliminare l&apos;etichetta «%1»? È su %n affermazioni, che mantengono le altre etichette e note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Elimina etichetta</translation>
    </message>
</context>
<context>
    <name>Lectern::Taxonomy</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>Non esiste l&apos;etichetta %1.</translation>
    </message>
    <message>
        <source>Tags nest at most %1 levels deep.</source>
        <translation>Le etichette si annidano al massimo per %1 livelli.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Un’etichetta deve avere un nome.</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Esiste già un’etichetta %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::TaxonomyModel</name>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>Some bytes were not valid text and were replaced by �.</source>
        <translation>Alcuni byte non erano testo valido e sono stati sostituiti da �.</translation>
    </message>
    <message>
        <source>The text&apos;s encoding was not certain and was read as %1; if it reads wrongly, import it again and name its encoding.</source>
        <translation>La codifica del testo era incerta e il testo è stato letto come %1; se non si legge correttamente, importalo di nuovo indicandone la codifica.</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDocumentExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Note di Lectern</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>lo scrittore OpenDocument non è riuscito</translation>
    </message>
</context>
<context>
    <name>Lectern::TopicFilterBar</name>
    <message>
        <source>Show every article</source>
        <translation>Mostra tutti gli articoli</translation>
    </message>
    <message>
        <source>Clear the topic filter</source>
        <translation>Rimuovi il filtro per argomento</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Argomento: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>the library is damaged (%1); nothing is written to it</source>
        <translation>la libreria è danneggiata (%1); non vi viene scritto nulla</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashArticlesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Ripristina dal cestino</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>S&amp;vuota il cestino…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affermazioni</translation>
    </message>
    <message>
        <source>Articles in the Trash</source>
        <translation>Articoli nel cestino</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library, with their claims</source>
        <translation>Rimetti gli articoli selezionati nella libreria, con le loro affermazioni</translation>
    </message>
    <message>
        <source>Delete every article in the Trash for good</source>
        <translation>Elimina definitivamente tutti gli articoli nel cestino</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Svuotare il cestino?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and their claims will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n articolo e le sue affermazioni saranno eliminati definitivamente. Non si può annullare.</numerusform>
            <numerusform>%n articoli e le loro affermazioni saranno eliminati definitivamente. Non si può annullare.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>&amp;Elimina definitivamente</translation>
    </message>
</context>
<context>
    <name>Lectern::WebAnnotationExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Note di Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePane</name>
    <message>
        <source>Open the &amp;Sample Articles</source>
        <translation>Apri gli articoli di &amp;esempio</translation>
    </message>
    <message>
        <source>&amp;Import Your Own…</source>
        <translation>&amp;Importa i tuoi…</translation>
    </message>
    <message>
        <source>Empty library</source>
        <translation>Libreria vuota</translation>
    </message>
    <message>
        <source>Choose the sample articles or import your own</source>
        <translation>Scegli gli articoli di esempio o importa i tuoi</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>La tua libreria è vuota</translation>
    </message>
    <message>
        <source>Try Lectern on six short sample articles about technology policy, or start with your own: text, Markdown, HTML, EPUB or PDF files. You can also drop files on this window.</source>
        <translation>Prova Lectern su sei brevi articoli di esempio sulle politiche tecnologiche, o inizia con i tuoi: file di testo, Markdown, HTML, EPUB o PDF. Puoi anche trascinare i file su questa finestra.</translation>
    </message>
    <message>
        <source>Add the six sample articles to this library; delete them any time</source>
        <translation>Aggiungi i sei articoli di esempio a questa libreria; puoi eliminarli in qualsiasi momento</translation>
    </message>
</context>
</TS>
