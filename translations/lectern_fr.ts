<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <source>An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, and export your notes.</source>
        <translation>Un lecteur d&apos;articles hors ligne, conçu pour lire les arguments de près : surlignez les affirmations d&apos;un auteur, étiquetez-les et exportez vos notes.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
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
        <translation>Bibliothèque : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::AddClaimCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is larger than %2 MB</source>
        <translation>Impossible d&apos;importer « %1 » : il dépasse %2 Mo</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not valid JSON (%2 at byte %3)</source>
        <translation>Impossible d&apos;importer « %1 » : ce n&apos;est pas du JSON valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>it is neither a Web Annotation collection nor a Hypothesis export</source>
        <translation>ce n&apos;est ni une collection Web Annotation ni un export Hypothesis</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>Impossible d&apos;importer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first</source>
        <translation>Impossible d&apos;importer « %1 » : entrée %2 (%3) : l&apos;article « %4 » n&apos;est pas dans la bibliothèque ; importez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>the library cannot start a transaction</source>
        <translation>la bibliothèque ne peut pas démarrer de transaction</translation>
    </message>
    <message>
        <source>entry %1 (%2): tag “%3”: %4</source>
        <translation>entrée %1 (%2) : étiquette « %3 » : %4</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>entrée %1 (%2) : %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1 : %2</translation>
    </message>
    <message>
        <source>it has no “uri”</source>
        <translation>elle n&apos;a pas d&apos;« uri »</translation>
    </message>
    <message>
        <source>its “tags” is not a list</source>
        <translation>son « tags » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>one of its tags is not text</source>
        <translation>l&apos;une de ses étiquettes n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its “text” is not text</source>
        <translation>son « text » n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its “target” is not a list</source>
        <translation>son « target » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no “exact” text</source>
        <translation>son TextQuoteSelector n&apos;a pas de texte « exact »</translation>
    </message>
    <message>
        <source>entry %1: it is not an object</source>
        <translation>entrée %1 : ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>elle n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>sa cible n&apos;a pas de source</translation>
    </message>
    <message>
        <source>the “%1” of its TextQuoteSelector is not text</source>
        <translation>le « %1 » de son TextQuoteSelector n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole numbers 0 ≤ start ≤ end</source>
        <translation>son TextPositionSelector exige des entiers 0 ≤ start ≤ end</translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector</source>
        <translation>sa cible n&apos;a pas de TextQuoteSelector</translation>
    </message>
    <message>
        <source>it has no “id”</source>
        <translation>elle n&apos;a pas d&apos;« id »</translation>
    </message>
    <message>
        <source>its “type” is not “Annotation”</source>
        <translation>son « type » n&apos;est pas « Annotation »</translation>
    </message>
    <message>
        <source>a TextualBody has no “value” text</source>
        <translation>un TextualBody n&apos;a pas de texte « value »</translation>
    </message>
    <message>
        <source>unknown stance “%1”</source>
        <translation>position « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>nature « %1 » inconnue</translation>
    </message>
    <message>
        <source>article %1 of “lectern:articles” has no “id”</source>
        <translation>l&apos;article %1 de « lectern:articles » n&apos;a pas d&apos;« id »</translation>
    </message>
    <message>
        <source>article %1 (%2) has a block without text</source>
        <translation>l&apos;article %1 (%2) a un bloc sans texte</translation>
    </message>
    <message>
        <source>article %1 (%2): its text does not match its sha256</source>
        <translation>l&apos;article %1 (%2) : son texte ne correspond pas à son sha256</translation>
    </message>
    <message>
        <source>the collection&apos;s “first” page is not embedded (only embedded pages can be read)</source>
        <translation>la page « first » de la collection n&apos;est pas intégrée (seules les pages intégrées peuvent être lues)</translation>
    </message>
    <message>
        <source>“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation</source>
        <translation>« type » vaut « %1 », et non AnnotationCollection, AnnotationPage ou Annotation</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleAnnotations</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>Définir l&apos;auteur</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>Définir la position</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>Définir la nature</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Rattacher l&apos;affirmation</translation>
    </message>
    <message>
        <source>Adjust Claim</source>
        <translation>Ajuster l’affirmation</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>Informations sur l’article</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Adresse web :</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hèmes :</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, such as 2026-03-02 (or only the year, or year and month).</source>
        <translation>Écrivez la date sous la forme année-mois-jour, par exemple 2026-03-02 (ou seulement l’année, ou l’année et le mois).</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticlePages</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>Rattacher l&apos;affirmation</translation>
    </message>
    <message>
        <source>First select the text this claim should mark, then press Re-attach.</source>
        <translation>Sélectionnez d&apos;abord le texte que cette affirmation doit marquer, puis appuyez sur Rattacher.</translation>
    </message>
    <message>
        <source>The claim is attached to the selected text.</source>
        <translation>L&apos;affirmation est rattachée au texte sélectionné.</translation>
    </message>
    <message>
        <source>The claims marked in this article, with their tags and notes</source>
        <translation>Les affirmations relevées dans cet article, avec leurs étiquettes et leurs notes</translation>
    </message>
    <message>
        <source>Sentences that read like claims, to accept or reject</source>
        <translation>Les phrases qui ressemblent à des affirmations, à accepter ou à écarter</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleSuggestions</name>
    <message>
        <source>Accept Suggestion with Another Tag</source>
        <translation>Accepter la suggestion avec une autre étiquette</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleTrash</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Il n’y a pas d’article %1.</translation>
    </message>
    <message>
        <source>Article %1 is already in the Trash.</source>
        <translation>L’article %1 est déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>Article %1 is not in the Trash.</source>
        <translation>L’article %1 n’est pas dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport</name>
    <message>
        <source>could not be saved in the library: %1</source>
        <translation>n&apos;a pas pu être enregistré dans la bibliothèque : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: imported as article %2 “%3”</source>
        <translation>%1 : importé comme article %2 « %3 »</translation>
    </message>
    <message>
        <source>%1: updated article %2 “%3” to version %4</source>
        <translation>%1 : article %2 « %3 » mis à jour en version %4</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2 “%3”</source>
        <translation>%1 : déjà dans la bibliothèque comme article %2 « %3 »</translation>
    </message>
</context>
<context>
    <name>Lectern::Claim</name>
    <message>
        <source>Supports</source>
        <translation>Soutient</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>S&apos;oppose</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Counter-claim</source>
        <translation>Contre-argument</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimActions</name>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>&amp;Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Sticky Tag</source>
        <translation>Étiquette &amp;persistante</translation>
    </message>
    <message>
        <source>Write a note on the selected claim, or mark the selection as a claim and write one</source>
        <translation>Écrire une note sur l&apos;affirmation sélectionnée, ou marquer la sélection comme affirmation et en écrire une</translation>
    </message>
    <message>
        <source>Remove the claim under the cursor</source>
        <translation>Supprimer l&apos;affirmation sous le curseur</translation>
    </message>
    <message>
        <source>Tag every new selection with the active tag at once</source>
        <translation>Étiqueter aussitôt chaque nouvelle sélection avec l&apos;étiquette active</translation>
    </message>
    <message>
        <source>Suggestion accepted as %1.</source>
        <translation>Suggestion acceptée comme %1.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press a tag&apos;s key.</source>
        <translation>Sélectionnez d&apos;abord le texte d&apos;une affirmation, puis appuyez sur la touche d&apos;une étiquette.</translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation>Étiqueté comme %1.</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press N to write a note.</source>
        <translation>Sélectionnez d&apos;abord le texte d&apos;une affirmation, puis appuyez sur N pour écrire une note.</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;affirmation</translation>
    </message>
    <message>
        <source>There is no claim under the cursor.</source>
        <translation>Il n&apos;y a pas d&apos;affirmation sous le curseur.</translation>
    </message>
    <message>
        <source>Claim removed. Undo with Ctrl+Z.</source>
        <translation>Affirmation supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation>&amp;Étiqueter comme</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>Pos&amp;ition</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Modifier l&apos;affirmation…</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>Nouvelle é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook, with a colour colour-blind readers can tell apart, and tag the selection with it</source>
        <translation>Ajouter une étiquette au codebook, d’une couleur que les lecteurs daltoniens distinguent aussi, et en étiqueter la sélection</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>Étiquette %1 ajoutée.</translation>
    </message>
    <message>
        <source>&amp;Adjust Claim</source>
        <translation>&amp;Ajuster l’affirmation</translation>
    </message>
    <message>
        <source>End a Word &amp;Later</source>
        <translation>Fin un mot plus &amp;loin</translation>
    </message>
    <message>
        <source>End a Word &amp;Earlier</source>
        <translation>Fin un mot plus &amp;tôt</translation>
    </message>
    <message>
        <source>Start a Word E&amp;arlier</source>
        <translation>Début un mot plus t&amp;ôt</translation>
    </message>
    <message>
        <source>Start a Word La&amp;ter</source>
        <translation>Début un mot plus l&amp;oin</translation>
    </message>
    <message>
        <source>Put the cursor in a claim first; Shift+Alt and the arrow keys then move its ends a word at a time.</source>
        <translation>Placez d’abord le curseur dans une affirmation ; Maj+Alt et les flèches déplacent ensuite ses extrémités mot par mot.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimChartsView</name>
    <message>
        <source>Claims per tag</source>
        <translation>Affirmations par étiquette</translation>
    </message>
    <message>
        <source>Claims per tag by year of publication</source>
        <translation>Affirmations par étiquette et par année de publication</translation>
    </message>
    <message>
        <source>Stances per tag</source>
        <translation>Positions par étiquette</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Charts cannot be shown: %1.</source>
        <translation>Impossible d’afficher les graphiques : %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>Texte cité</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Who makes this claim (optional)</source>
        <translation>Qui fait cette affirmation (facultatif)</translation>
    </message>
    <message>
        <source>Your note, in Markdown</source>
        <translation>Votre note, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>A claim needs at least one tag</source>
        <translation>Une affirmation doit avoir au moins une étiquette</translation>
    </message>
    <message>
        <source>New T&amp;ag…</source>
        <translation>Nouvelle ét&amp;iquette…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook and give this claim it</source>
        <translation>Ajouter une étiquette au codebook et la donner à cette affirmation</translation>
    </message>
    <message>
        <source>The passage argues for the position under debate</source>
        <translation>Le passage plaide pour la position débattue</translation>
    </message>
    <message>
        <source>The passage argues against the position under debate</source>
        <translation>Le passage plaide contre la position débattue</translation>
    </message>
    <message>
        <source>The passage reports or explains without taking a side</source>
        <translation>Le passage rapporte ou explique sans prendre parti</translation>
    </message>
    <message>
        <source>Whether the passage argues for or against the position the article debates (such as a policy or a proposal), as its speaker means it; neutral when it only reports.</source>
        <translation>Si le passage plaide pour ou contre la position dont débat l’article (une politique, une proposition…), au sens où l’entend son auteur ; neutre quand il ne fait que rapporter.</translation>
    </message>
    <message>
        <source>Note as it will read</source>
        <translation>La note telle qu’elle se lira</translation>
    </message>
    <message>
        <source>The note, rendered, shows here</source>
        <translation>La note mise en forme s’affiche ici</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimScorer</name>
    <message>
        <source>no cue groups</source>
        <translation>aucun groupe d&apos;indices</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message>
        <source>Claims in the Library</source>
        <translation>Affirmations de la bibliothèque</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Affirmations</translation>
    </message>
    <message>
        <source>Articles by tags</source>
        <translation>Articles par étiquettes</translation>
    </message>
    <message>
        <source>Articles × &amp;Tags</source>
        <translation>Articles × &amp;étiquettes</translation>
    </message>
    <message>
        <source>Stances by tag</source>
        <translation>Positions par étiquette</translation>
    </message>
    <message>
        <source>&amp;Stances</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 sur %n affirmation</numerusform>
            <numerusform>%1 sur %n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by text, speaker or article…</source>
        <translation>Filtrer par texte, auteur ou article…</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrer les affirmations</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Toute nature</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation>
            <numerusform>À vérifier (%n)</numerusform>
            <numerusform>À vérifier (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>Sans étiquette (%n)</numerusform>
            <numerusform>Sans étiquette (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.</source>
        <translation>Ces affirmations ont perdu leur place quand l&apos;article a changé. Sélectionnez leur nouveau texte et choisissez Rattacher, ou supprimez-les.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>%1 claim, %2: %3</source>
        <translation>%1 affirmation, %2 : %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation>R&amp;attacher à la sélection</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrer les affirmations</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>Filtrer les affirmations par texte</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>Filtrer par position</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Claims in this article</source>
        <translation>Affirmations de cet article</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new place in the article, then press this</source>
        <translation>Sélectionnez la nouvelle place de l&apos;affirmation dans l&apos;article, puis appuyez ici</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Show only the claims that support, oppose or are neutral</source>
        <translation>N&apos;afficher que les affirmations qui soutiennent, s&apos;opposent ou restent neutres</translation>
    </message>
    <message>
        <source>Show only the claims with this tag or a tag nested under it</source>
        <translation>N&apos;afficher que les affirmations portant cette étiquette ou une étiquette rangée sous elle</translation>
    </message>
    <message>
        <source>Enter shows the selected claim in the article; Delete removes it</source>
        <translation>Entrée montre l&apos;affirmation choisie dans l&apos;article ; Suppr la supprime</translation>
    </message>
    <message>
        <source>Remove the selected claim (Delete); Undo brings it back</source>
        <translation>Supprimer l&apos;affirmation choisie (Suppr) ; Annuler la fait revenir</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>backup create takes no arguments</source>
        <translation>backup create ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>backup restore needs the backup file</source>
        <translation>backup restore demande le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>impossible de restaurer %1 : %2</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 restauré en %2</translation>
    </message>
    <message>
        <source>--tag needs at least one tag name</source>
        <translation>--tag demande au moins un nom d&apos;étiquette</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (choose from: supports, opposes, neutral)</source>
        <translation>position « %1 » inconnue (au choix : supports, opposes, neutral)</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (choose from: claim, evidence, counter-claim)</source>
        <translation>nature « %1 » inconnue (au choix : claim, evidence, counter-claim)</translation>
    </message>
    <message>
        <source>there is no claim with id &apos;%1&apos;</source>
        <translation>il n&apos;y a pas d&apos;affirmation d&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>article %1 does not contain the quote “%2”</source>
        <translation>l&apos;article %1 ne contient pas la citation « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation>
            <numerusform>la citation « %2 » apparaît %n fois dans l&apos;article %1 : choisissez-en une avec --occurrence 1 à %n</numerusform>
            <numerusform>la citation « %2 » apparaît %n fois dans l&apos;article %1 : choisissez-en une avec --occurrence 1 à %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation>
            <numerusform>la citation « %2 » n&apos;apparaît que %n fois dans l&apos;article %1, il n&apos;y a donc pas d&apos;occurrence %3</numerusform>
            <numerusform>la citation « %2 » n&apos;apparaît que %n fois dans l&apos;article %1, il n&apos;y a donc pas d&apos;occurrence %3</numerusform>
        </translation>
    </message>
    <message>
        <source>annotate needs exactly one article id</source>
        <translation>annotate demande exactement un identifiant d&apos;article</translation>
    </message>
    <message>
        <source>give either --quote or --range, not both</source>
        <translation>donnez --quote ou --range, pas les deux</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT or --range START:END</source>
        <translation>annotate demande --quote TEXTE ou --range DÉBUT:FIN</translation>
    </message>
    <message>
        <source>--quote needs some text</source>
        <translation>--quote demande du texte</translation>
    </message>
    <message>
        <source>--occurrence goes with --quote</source>
        <translation>--occurrence va avec --quote</translation>
    </message>
    <message>
        <source>--occurrence needs a positive number, not &apos;%1&apos;</source>
        <translation>--occurrence demande un nombre positif, et non « %1 »</translation>
    </message>
    <message>
        <source>--range needs START:END, two offsets in the article&apos;s text such as 120:180, not &apos;%1&apos;</source>
        <translation>--range demande DÉBUT:FIN, deux positions dans le texte de l&apos;article comme 120:180, et non « %1 »</translation>
    </message>
    <message>
        <source>--range %1 is empty: START must be less than END</source>
        <translation>--range %1 est vide : DÉBUT doit être inférieur à FIN</translation>
    </message>
    <message>
        <source>annotate needs --tag TAG[,TAG...]</source>
        <translation>annotate demande --tag ÉTIQUETTE[,ÉTIQUETTE...]</translation>
    </message>
    <message>
        <source>there is no article with id &apos;%1&apos;</source>
        <translation>il n&apos;y a pas d&apos;article d&apos;identifiant « %1 »</translation>
    </message>
    <message>
        <source>--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long</source>
        <translation>--range %1 dépasse la fin de l&apos;article %2, dont le texte compte %3 unités UTF-16</translation>
    </message>
    <message>
        <source>could not save the claim on article %1: %2</source>
        <translation>impossible d&apos;enregistrer l&apos;affirmation sur l&apos;article %1 : %2</translation>
    </message>
    <message>
        <source>claims takes one article id or --all</source>
        <translation>claims prend un identifiant d&apos;article ou --all</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from: anchored, orphan)</source>
        <translation>statut « %1 » inconnu (au choix : anchored, orphan)</translation>
    </message>
    <message>
        <source>claim edit needs exactly one claim id</source>
        <translation>claim edit demande exactement un identifiant d&apos;affirmation</translation>
    </message>
    <message>
        <source>claim edit needs at least one of --tag, --stance, --kind, --speaker, --note</source>
        <translation>claim edit demande au moins l&apos;une des options --tag, --stance, --kind, --speaker, --note</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>Modifier l&apos;affirmation</translation>
    </message>
    <message>
        <source>could not change claim %1: %2</source>
        <translation>impossible de modifier l&apos;affirmation %1 : %2</translation>
    </message>
    <message>
        <source>changed claim %1</source>
        <translation>affirmation %1 modifiée</translation>
    </message>
    <message>
        <source>claim delete needs exactly one claim id</source>
        <translation>claim delete demande exactement un identifiant d&apos;affirmation</translation>
    </message>
    <message>
        <source>could not delete claim %1: %2</source>
        <translation>impossible de supprimer l&apos;affirmation %1 : %2</translation>
    </message>
    <message>
        <source>deleted claim %1</source>
        <translation>affirmation %1 supprimée</translation>
    </message>
    <message>
        <source>Try &apos;lectern --help&apos;.</source>
        <translation>Essayez « lectern --help ».</translation>
    </message>
    <message>
        <source>The newest backup is %1; to restore it: lectern backup restore &apos;%1&apos;</source>
        <translation>La sauvegarde la plus récente est %1 ; pour la restaurer : lectern backup restore &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search [--json] [--limit N] QUERY</source>
        <translation>search [--json] [--limit N] REQUÊTE</translation>
    </message>
    <message>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, -excluded, OR.</source>
        <translation>Rechercher dans la bibliothèque : mots, &quot;expressions&quot;, préfixe*, -exclus, OR.</translation>
    </message>
    <message>
        <source>show [--json] ID</source>
        <translation>show [--json] ID</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata and text (--json adds blocks, removed lines and the curated summary).</source>
        <translation>Afficher les métadonnées et le texte d&apos;un article (--json ajoute les blocs, les lignes retirées et le résumé éditorial).</translation>
    </message>
    <message>
        <source>annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>annotate ID (--quote TEXTE [--occurrence N] | --range DÉBUT:FIN) --tag ÉTIQUETTE[,ÉTIQUETTE...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NOM] [--note TEXTE] [--json]</translation>
    </message>
    <message>
        <source>Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); --range takes UTF-16 offsets in the article&apos;s text (see show --json). A TAG is a path such as Security/Misuse or a unique name.</source>
        <translation>Marquer un passage d&apos;un article comme affirmation et afficher son identifiant. --quote trouve le texte (--occurrence N choisit la N-ième de plusieurs) ; --range prend des positions UTF-16 dans le texte de l&apos;article (voir show --json). Une ÉTIQUETTE est un chemin comme Security/Misuse ou un nom unique.</translation>
    </message>
    <message>
        <source>claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]</source>
        <translation>claims [ID | --all] [--tag ÉTIQUETTE] [--stance S] [--status anchored|orphan] [--json]</translation>
    </message>
    <message>
        <source>List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, speaker, quote, note. --tag includes the tags nested under it.</source>
        <translation>Lister les affirmations d&apos;un article ou de tous (par défaut), une par ligne : id, article, début, fin, statut, position, nature, étiquettes, auteur, citation, note. --tag inclut les étiquettes imbriquées dessous.</translation>
    </message>
    <message>
        <source>claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>claim edit AFFIRMATION [--tag ÉTIQUETTE[,ÉTIQUETTE...]] [--stance S] [--kind K] [--speaker NOM] [--note TEXTE] [--json]</translation>
    </message>
    <message>
        <source>Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.</source>
        <translation>Modifier une affirmation : --tag remplace ses étiquettes ; un --speaker ou --note vide l&apos;efface.</translation>
    </message>
    <message>
        <source>claim delete CLAIM</source>
        <translation>claim delete AFFIRMATION</translation>
    </message>
    <message>
        <source>Delete a claim.</source>
        <translation>Supprimer une affirmation.</translation>
    </message>
    <message>
        <source>tags [--json]</source>
        <translation>tags [--json]</translation>
    </message>
    <message>
        <source>Print the codebook as a tree, with each tag&apos;s colour and how many claims carry it (or a tag nested under it).</source>
        <translation>Afficher le codebook sous forme d&apos;arbre, avec la couleur de chaque étiquette et le nombre d&apos;affirmations qui la portent (elle ou une étiquette imbriquée dessous).</translation>
    </message>
    <message>
        <source>tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]</source>
        <translation>tags add NOM [--parent ÉTIQUETTE] [--color #RRVVBB] [--description TEXTE] [--json]</translation>
    </message>
    <message>
        <source>Add a tag, at the top level or nested under --parent.</source>
        <translation>Ajouter une étiquette, au premier niveau ou imbriquée sous --parent.</translation>
    </message>
    <message>
        <source>tags rename TAG NEWNAME</source>
        <translation>tags rename ÉTIQUETTE NOUVEAUNOM</translation>
    </message>
    <message>
        <source>Rename a tag; its claims keep it.</source>
        <translation>Renommer une étiquette ; ses affirmations la conservent.</translation>
    </message>
    <message>
        <source>tags merge FROM INTO</source>
        <translation>tags merge DE VERS</translation>
    </message>
    <message>
        <source>Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.</source>
        <translation>Déplacer les affirmations de DE (et des étiquettes imbriquées dessous) vers VERS, puis supprimer DE.</translation>
    </message>
    <message>
        <source>tags delete TAG [--yes]</source>
        <translation>tags delete ÉTIQUETTE [--yes]</translation>
    </message>
    <message>
        <source>Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.</source>
        <translation>Supprimer une étiquette et celles imbriquées dessous ; les affirmations gardent leurs autres étiquettes. Refuse si des affirmations la portent, sauf avec --yes.</translation>
    </message>
    <message>
        <source>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]</source>
        <translation>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag ÉTIQUETTE] [--stance S] [--bom] -o FICHIER [--json]</translation>
    </message>
    <message>
        <source>Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.</source>
        <translation>Exporter les affirmations avec leurs étiquettes et notes : notes Markdown, une page HTML (ou PDF, ODT) avec les surlignages, CSV (--bom pour les tableurs) ou JSON-LD W3C Web Annotation. Sans --article, tous les articles ayant des affirmations ; --tag inclut les étiquettes imbriquées.</translation>
    </message>
    <message>
        <source>import-annotations [--json] FILE</source>
        <translation>import-annotations [--json] FICHIER</translation>
    </message>
    <message>
        <source>Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.</source>
        <translation>Importer des notes depuis un export JSON de Lectern (en ajoutant les articles qu&apos;il contient) ou un export JSON de Hypothesis (sur des articles déjà dans la bibliothèque, retrouvés par URL). Tout ou rien : une entrée erronée est nommée et rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>suggest [--json] FILE|ID</source>
        <translation>suggest [--json] FICHIER|ID</translation>
    </message>
    <message>
        <source>Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.</source>
        <translation>Afficher les phrases d&apos;un fichier (lu, non importé) ou d&apos;un article qui ressemblent à des affirmations, une par ligne : début, fin, étiquette, confiance, auteur, phrase. Utilise ce que la bibliothèque a appris de votre étiquetage ; fonctionne hors ligne.</translation>
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
        <translation>Lister les articles de la bibliothèque les plus proches d&apos;un article, un par ligne : id, titre, score et raison (sujets communs, étiquettes d&apos;affirmations, termes similaires, même auteur ou site) ; puis les titres cités par sa fiche éditoriale, présents ou non dans la bibliothèque.</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>List the library&apos;s backups, newest first: file, time, size. One is made before every upgrade and at most once a day.</source>
        <translation>Lister les sauvegardes de la bibliothèque, la plus récente d&apos;abord : fichier, date, taille. Une sauvegarde est faite avant chaque mise à niveau et au plus une fois par jour.</translation>
    </message>
    <message>
        <source>backup create</source>
        <translation>backup create</translation>
    </message>
    <message>
        <source>Make a backup now and print its file.</source>
        <translation>Faire une sauvegarde maintenant et afficher son fichier.</translation>
    </message>
    <message>
        <source>backup restore FILE</source>
        <translation>backup restore FICHIER</translation>
    </message>
    <message>
        <source>Put a backup in the library&apos;s place; the library it replaces is kept beside it. Quit Lectern first.</source>
        <translation>Mettre une sauvegarde à la place de la bibliothèque ; la bibliothèque remplacée est conservée à côté. Quittez d&apos;abord Lectern.</translation>
    </message>
    <message>
        <source>help [SUBCOMMAND [ACTION]]</source>
        <translation>help [SOUS-COMMANDE [ACTION]]</translation>
    </message>
    <message>
        <source>Explain a subcommand.</source>
        <translation>Expliquer une sous-commande.</translation>
    </message>
    <message>
        <source>unknown %1 action &apos;%2&apos; (choose from: %3)</source>
        <translation>action « %2 » de %1 inconnue (au choix : %3)</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>sous-commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).</source>
        <translation>Chaque sous-commande accepte --library CHEMIN (par défaut : $LECTERN_LIBRARY ou le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window</source>
        <translation>Usage : lectern [--library CHEMIN] [--screenshot FICHIER] [FICHIER...]   ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>       lectern SUBCOMMAND [OPTIONS]                           work without a display</source>
        <translation>        lectern SOUS-COMMANDE [OPTIONS]                              travailler sans affichage</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>the library database to use</source>
        <translation>la base de données de la bibliothèque à utiliser</translation>
    </message>
    <message>
        <source>print one JSON document (an array for lists)</source>
        <translation>afficher un document JSON (un tableau pour les listes)</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.</source>
        <translation>Codes de sortie : 0 succès, 1 un élément a échoué (le reste a été fait), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The library database.</source>
        <translation>La base de données de la bibliothèque.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>Au plus N résultats.</translation>
    </message>
    <message>
        <source>Largest file to import, in MB.</source>
        <translation>Plus gros fichier à importer, en Mo.</translation>
    </message>
    <message>
        <source>The text of the passage to mark.</source>
        <translation>Le texte du passage à marquer.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>Quelle occurrence de la citation, à partir de 1.</translation>
    </message>
    <message>
        <source>The passage as START:END offsets in the article&apos;s text.</source>
        <translation>Le passage sous forme de positions DÉBUT:FIN dans le texte de l&apos;article.</translation>
    </message>
    <message>
        <source>Tag paths or names, separated by commas.</source>
        <translation>Chemins ou noms d&apos;étiquettes, séparés par des virgules.</translation>
    </message>
    <message>
        <source>supports, opposes or neutral.</source>
        <translation>supports, opposes ou neutral.</translation>
    </message>
    <message>
        <source>claim, evidence or counter-claim.</source>
        <translation>claim, evidence ou counter-claim.</translation>
    </message>
    <message>
        <source>Who makes the claim.</source>
        <translation>Qui fait l&apos;affirmation.</translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation>Une note sur l&apos;affirmation.</translation>
    </message>
    <message>
        <source>anchored or orphan.</source>
        <translation>anchored ou orphan.</translation>
    </message>
    <message>
        <source>Every article.</source>
        <translation>Tous les articles.</translation>
    </message>
    <message>
        <source>The tag to nest under.</source>
        <translation>L&apos;étiquette sous laquelle imbriquer.</translation>
    </message>
    <message>
        <source>A colour as #RRGGBB.</source>
        <translation>Une couleur au format #RRVVBB.</translation>
    </message>
    <message>
        <source>What the tag is for.</source>
        <translation>À quoi sert l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Delete even when claims carry the tag.</source>
        <translation>Supprimer même si des affirmations portent l&apos;étiquette.</translation>
    </message>
    <message>
        <source>md, html, pdf, odt, csv or json.</source>
        <translation>md, html, pdf, odt, csv ou json.</translation>
    </message>
    <message>
        <source>Article ids, separated by commas.</source>
        <translation>Identifiants d&apos;articles, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark.</source>
        <translation>Commencer un fichier CSV par une marque d&apos;ordre des octets.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Print help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 demande une action : %2</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 n&apos;accepte pas --%2</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import demande au moins un fichier ou un dossier</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument</source>
        <translation>%1 demande exactement un argument</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit demande un nombre positif</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes</source>
        <translation>--max-size demande un nombre positif de mégaoctets</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n fichier en échec</numerusform>
            <numerusform>%n fichiers en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>export takes options only, not &apos;%1&apos;</source>
        <translation>export ne prend que des options, pas « %1 »</translation>
    </message>
    <message>
        <source>export needs --format md, html, pdf, odt, csv or json</source>
        <translation>export demande --format md, html, pdf, odt, csv ou json</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: md, html, pdf, odt, csv, json)</source>
        <translation>format « %1 » inconnu (au choix : md, html, pdf, odt, csv, json)</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export demande -o FICHIER</translation>
    </message>
    <message>
        <source>give either --article or --all, not both</source>
        <translation>donnez --article ou --all, pas les deux</translation>
    </message>
    <message>
        <source>--article needs article ids, not &apos;%1&apos;</source>
        <translation>--article demande des identifiants d&apos;articles, et non « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation>
            <numerusform>%1 : %n affirmation exportée</numerusform>
            <numerusform>%1 : %n affirmations exportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>depuis %n article</numerusform>
            <numerusform>depuis %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>import-annotations needs exactly one file</source>
        <translation>import-annotations demande exactement un fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation>
            <numerusform>%1 : %n affirmation importée</numerusform>
            <numerusform>%1 : %n affirmations importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article ajouté</numerusform>
            <numerusform>%n articles ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n étiquette ajoutée</numerusform>
            <numerusform>%n étiquettes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation>
            <numerusform>%n sans passage ignorée</numerusform>
            <numerusform>%n sans passage ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>suggest needs exactly one file or article id</source>
        <translation>suggest demande exactement un fichier ou un identifiant d&apos;article</translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation>%1 demande exactement un identifiant d&apos;article</translation>
    </message>
    <message>
        <source>Curated summary of “%1”</source>
        <translation>Résumé éditorial de « %1 »</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Idées clés</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>En pratique</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Idéal pour</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Publié à l&apos;origine par %1</translation>
    </message>
    <message>
        <source>Generated summary of “%1” (key sentences picked by Lectern, not curated)</source>
        <translation>Résumé généré de « %1 » (phrases clés choisies par Lectern, non éditorial)</translation>
    </message>
    <message>
        <source>Key terms: %1</source>
        <translation>Termes clés : %1</translation>
    </message>
    <message>
        <source>The article has no sentences long enough to summarise.</source>
        <translation>L&apos;article n&apos;a pas de phrases assez longues pour être résumé.</translation>
    </message>
    <message>
        <source>named by the curator</source>
        <translation>cité par l&apos;éditeur</translation>
    </message>
    <message>
        <source>named by the curator; not in the library</source>
        <translation>cité par l&apos;éditeur ; absent de la bibliothèque</translation>
    </message>
    <message>
        <source>the tag name &apos;%1&apos; is ambiguous: give its path (%2)</source>
        <translation>le nom d&apos;étiquette « %1 » est ambigu : donnez son chemin (%2)</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>il n&apos;y a pas d&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>a tag name cannot contain &apos;/&apos; (&apos;%1&apos;); nest tags with --parent</source>
        <translation>un nom d&apos;étiquette ne peut pas contenir « / » (« %1 ») ; imbriquez les étiquettes avec --parent</translation>
    </message>
    <message>
        <source>tags takes no arguments</source>
        <translation>tags ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>tags %1 needs %2</source>
        <translation>tags %1 demande %2</translation>
    </message>
    <message>
        <source>--color needs a colour as #RRGGBB, not &apos;%1&apos;</source>
        <translation>--color demande une couleur au format #RRVVBB, et non « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add tag &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ajouter l&apos;étiquette « %1 » : %2</translation>
    </message>
    <message>
        <source>added tag %1 “%2”</source>
        <translation>étiquette %1 « %2 » ajoutée</translation>
    </message>
    <message>
        <source>could not rename tag &apos;%1&apos;: %2</source>
        <translation>impossible de renommer l&apos;étiquette « %1 » : %2</translation>
    </message>
    <message>
        <source>renamed tag “%1” to “%2”</source>
        <translation>étiquette « %1 » renommée en « %2 »</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into itself</source>
        <translation>impossible de fusionner l&apos;étiquette « %1 » avec elle-même</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into &apos;%2&apos;: %3</source>
        <translation>impossible de fusionner l&apos;étiquette « %1 » dans « %2 » : %3</translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation>
            <numerusform>étiquette « %1 » fusionnée dans « %2 » : %n affirmation déplacée</numerusform>
            <numerusform>étiquette « %1 » fusionnée dans « %2 » : %n affirmations déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation>
            <numerusform>l&apos;étiquette « %1 » est sur %n affirmation (étiquettes imbriquées comprises) ; rien n&apos;a été supprimé : relancez avec --yes pour la supprimer</numerusform>
            <numerusform>l&apos;étiquette « %1 » est sur %n affirmations (étiquettes imbriquées comprises) ; rien n&apos;a été supprimé : relancez avec --yes pour la supprimer</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete tag &apos;%1&apos;: %2</source>
        <translation>impossible de supprimer l&apos;étiquette « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation>
            <numerusform>étiquette « %1 » supprimée : %n affirmation concernée</numerusform>
            <numerusform>étiquette « %1 » supprimée : %n affirmations concernées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation>
            <numerusform>supprimée avec elle : %n étiquette imbriquée dessous</numerusform>
            <numerusform>supprimées avec elle : %n étiquettes imbriquées dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>the interface language: fr, de, it, ja or en (JSON keys stay English)</source>
        <translation>la langue de l&apos;interface : fr, de, it, ja ou en (les clés JSON restent en anglais)</translation>
    </message>
    <message>
        <source>The language of messages and help.</source>
        <translation>La langue des messages et de l&apos;aide.</translation>
    </message>
    <message>
        <source>Print an article&apos;s curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their START:END offsets in the text, and its key terms. With --json, &quot;generated&quot; is false for the curated card and true for Lectern&apos;s sentences.</source>
        <translation>Affiche le résumé éditorial d&apos;un article, ou à défaut un résumé généré : ses 3 à 5 phrases les plus centrales (TextRank), avec leurs positions DÉBUT:FIN dans le texte, et ses termes clés. Avec --json, &quot;generated&quot; vaut false pour la fiche éditoriale et true pour les phrases choisies par Lectern.</translation>
    </message>
    <message>
        <source>claims: %1 stayed, %2 moved, %3 orphaned</source>
        <translation>affirmations : %1 restées en place, %2 déplacées, %3 orphelines</translation>
    </message>
    <message>
        <source>list [--json] [--topic TOPIC]</source>
        <translation>list [--json] [--topic SUJET]</translation>
    </message>
    <message>
        <source>List the articles in the library; --topic only those whose curated summary or source names the topic.</source>
        <translation>Lister les articles de la bibliothèque ; avec --topic, seulement ceux dont le résumé éditorial ou la source nomme le sujet.</translation>
    </message>
    <message>
        <source>Only articles with this topic.</source>
        <translation>Seulement les articles portant sur ce sujet.</translation>
    </message>
    <message>
        <source>import [--json] [--max-size MB] [--encoding NAME] PATH...</source>
        <translation>import [--json] [--max-size Mo] [--encoding NOM] CHEMIN...</translation>
    </message>
    <message>
        <source>Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new version of its article; its claims are placed on the new text, and those that cannot be are marked for review. --encoding reads text files in the named encoding (windows-1251, Shift_JIS, ...) instead of the one detected.</source>
        <translation>Importer des fichiers et des dossiers (parcourus récursivement) : .txt, .md, .html, .epub, .pdf. Un fichier modifié au même chemin devient une nouvelle version de son article ; ses affirmations sont placées sur le nouveau texte, et celles qui ne peuvent l&apos;être sont marquées à vérifier. --encoding lit les fichiers texte dans l&apos;encodage indiqué (windows-1251, Shift_JIS, ...) au lieu de celui détecté.</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of the detected one.</source>
        <translation>Lire les fichiers texte dans cet encodage au lieu de celui détecté.</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes, at most %1</source>
        <translation>--max-size demande un nombre positif de mégaoctets, au plus %1</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;</source>
        <translation>--encoding : encodage « %1 » inconnu</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encodage : %1</translation>
    </message>
    <message>
        <source>the folder of the library %1 does not exist</source>
        <translation>le dossier de la bibliothèque %1 n&apos;existe pas</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque, ignorée</numerusform>
            <numerusform>%n déjà dans la bibliothèque, ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>To start a new, empty library there instead, add --new.</source>
        <translation>Pour créer plutôt une nouvelle bibliothèque vide à cet endroit, ajoutez --new.</translation>
    </message>
    <message>
        <source>start a new, empty library where a damaged one was moved aside</source>
        <translation>créer une nouvelle bibliothèque vide là où une bibliothèque endommagée a été mise de côté</translation>
    </message>
    <message>
        <source>Start a new, empty library where a damaged one was moved aside.</source>
        <translation>Créer une nouvelle bibliothèque vide là où une bibliothèque endommagée a été mise de côté.</translation>
    </message>
    <message>
        <source>Note: the library %1 is open read-only (%2); changes are refused.</source>
        <translation>Remarque : la bibliothèque %1 est ouverte en lecture seule (%2) ; les modifications sont refusées.</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); what was read from it may be incomplete, and nothing was written. The next command checks it whole, moves it aside and says which backup to restore.</source>
        <translation>la bibliothèque %1 est endommagée (%2) ; ce qui en a été lu peut être incomplet, et rien n’a été écrit. La prochaine commande la vérifie entièrement, la met de côté et indique quelle sauvegarde restaurer.</translation>
    </message>
    <message>
        <source>%1 needs at least one article id</source>
        <translation>%1 demande au moins un identifiant d’article</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>« %1 » n’est pas un identifiant d’article</translation>
    </message>
    <message>
        <source>article %1 moved to the Trash; `lectern restore %1` brings it back</source>
        <translation>article %1 mis à la corbeille ; `lectern restore %1` le rétablit</translation>
    </message>
    <message>
        <source>article %1 restored</source>
        <translation>article %1 rétabli</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash ne prend pas d’argument</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good</source>
        <translation>
            <numerusform>%n article supprimé définitivement</numerusform>
            <numerusform>%n articles supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>edit needs exactly one article id</source>
        <translation>edit demande exactement un identifiant d’article</translation>
    </message>
    <message>
        <source>edit needs at least one of --%1</source>
        <translation>edit demande au moins une des options --%1</translation>
    </message>
    <message>
        <source>--published needs an ISO 8601 date such as 2026-03-02, not &apos;%1&apos;</source>
        <translation>--published demande une date ISO 8601 comme 2026-03-02, pas « %1 »</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>il n’y a pas d’article %1</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>article %1 : %2</translation>
    </message>
    <message>
        <source>article %1 “%2” edited</source>
        <translation>article %1 « %2 » modifié</translation>
    </message>
    <message>
        <source>edit ID [--title TEXT] [--byline NAMES] [--site NAME] [--published DATE] [--url URL] [--topics T1,T2...]</source>
        <translation>edit ID [--title TEXTE] [--byline NOMS] [--site NOM] [--published DATE] [--url URL] [--topics T1,T2...]</translation>
    </message>
    <message>
        <source>Correct an article&apos;s details; its text, versions and claims stay as they are. An empty value clears a field (but a title is needed); --topics replaces the article&apos;s topics.</source>
        <translation>Corriger les informations d’un article ; son texte, ses versions et ses affirmations restent tels quels. Une valeur vide efface un champ (mais un titre est requis) ; --topics remplace les thèmes de l’article.</translation>
    </message>
    <message>
        <source>delete ID...</source>
        <translation>delete ID...</translation>
    </message>
    <message>
        <source>Move articles to the Trash, with their claims: they leave the list, search and exports until restored. All or nothing.</source>
        <translation>Mettre des articles à la corbeille, avec leurs affirmations : ils quittent la liste, la recherche et les exports jusqu’à ce qu’ils soient rétablis. Tout ou rien.</translation>
    </message>
    <message>
        <source>restore ID...</source>
        <translation>restore ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the Trash, with their claims.</source>
        <translation>Rétablir des articles depuis la corbeille, avec leurs affirmations.</translation>
    </message>
    <message>
        <source>trash [--json]</source>
        <translation>trash [--json]</translation>
    </message>
    <message>
        <source>List the articles in the Trash, most recently deleted first: id, when deleted, claims, title.</source>
        <translation>Lister les articles de la corbeille, les plus récemment supprimés d’abord : id, date de suppression, affirmations, titre.</translation>
    </message>
    <message>
        <source>trash empty</source>
        <translation>trash empty</translation>
    </message>
    <message>
        <source>Delete the articles in the Trash for good, with their claims.</source>
        <translation>Supprimer définitivement les articles de la corbeille, avec leurs affirmations.</translation>
    </message>
    <message>
        <source>The article&apos;s title.</source>
        <translation>Le titre de l’article.</translation>
    </message>
    <message>
        <source>Who wrote the article.</source>
        <translation>Qui a écrit l’article.</translation>
    </message>
    <message>
        <source>Where the article was published.</source>
        <translation>Où l’article a été publié.</translation>
    </message>
    <message>
        <source>When it was published, as an ISO 8601 date.</source>
        <translation>Quand il a été publié, en date ISO 8601.</translation>
    </message>
    <message>
        <source>The article&apos;s web address.</source>
        <translation>L’adresse web de l’article.</translation>
    </message>
    <message>
        <source>Topics, separated by commas.</source>
        <translation>Thèmes, séparés par des virgules.</translation>
    </message>
    <message>
        <source>backup salvage needs the damaged library file</source>
        <translation>backup salvage a besoin du fichier de bibliothèque endommagé</translation>
    </message>
    <message>
        <source>Then, to bring back the claims made since that backup: lectern backup salvage &apos;%1&apos;</source>
        <translation>Ensuite, pour récupérer les affirmations créées depuis cette sauvegarde : lectern backup salvage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup salvage DAMAGED-FILE</source>
        <translation>backup salvage FICHIER-ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>Read what can still be read from a damaged library file and add its claims, with their articles and tags, to the library; claims already there are skipped. Run it after backup restore to bring back the claims made since the backup.</source>
        <translation>Lit ce qui peut encore l’être dans un fichier de bibliothèque endommagé et ajoute ses affirmations, avec leurs articles et étiquettes, à la bibliothèque ; les affirmations déjà présentes sont ignorées. À lancer après backup restore pour récupérer les affirmations créées depuis la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>Lectern::CuratedCardImporter</name>
    <message>
        <source>is not a summary card: no known sections</source>
        <translation>n&apos;est pas une fiche de résumé : aucune section connue</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>Cannot open the library %1: cannot create the folder %2.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : impossible de créer le dossier %2.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it is not a Lectern library (not an SQLite database).</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : ce n&apos;est pas une bibliothèque Lectern (pas une base SQLite).</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>elle a été ouverte en lecture seule</translation>
    </message>
    <message>
        <source>you do not have permission to change %1</source>
        <translation>vous n&apos;avez pas le droit de modifier %1</translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder %1</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>the disk holding it is read-only</source>
        <translation>le disque qui la contient est en lecture seule</translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation>le disque qui la contient est plein</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>La bibliothèque %1 est endommagée (%2) et n&apos;a pas pu être mise de côté : %3</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was moved to %3, unchanged.</source>
        <translation>La bibliothèque %1 est endommagée (%2). Elle a été déplacée vers %3, sans modification.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it needs an upgrade to schema %2, but %3.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : elle doit être mise à niveau vers le schéma %2, mais %3.</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: no backup could be made first (%2).</source>
        <translation>Impossible de mettre à niveau la bibliothèque %1 : aucune sauvegarde n&apos;a pu être faite avant (%2).</translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>des dommages y ont été trouvés (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>dommage inconnu</translation>
    </message>
    <message>
        <source>There is no library at %1: a damaged one was moved aside from there to %2. Restore a backup, or choose to start a new, empty library.</source>
        <translation>Il n’y a pas de bibliothèque à %1 : une bibliothèque endommagée en a été déplacée vers %2. Restaurez une sauvegarde, ou choisissez de créer une nouvelle bibliothèque vide.</translation>
    </message>
    <message>
        <source>it is empty, 0 bytes</source>
        <translation>elle est vide, 0 octet</translation>
    </message>
    <message>
        <source>it is cut short: %1 of the %2 bytes its header declares</source>
        <translation>elle est tronquée : %1 des %2 octets qu’annonce son en-tête</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the new file could not be put in place.</source>
        <translation>Impossible de créer la bibliothèque %1 : le nouveau fichier n’a pas pu être mis en place.</translation>
    </message>
</context>
<context>
    <name>Lectern::EditDetailsCommand</name>
    <message>
        <source>Edit Article Details</source>
        <translation>Modifier les informations de l’article</translation>
    </message>
</context>
<context>
    <name>Lectern::EpubImporter</name>
    <message>
        <source>The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.</source>
        <translation>La taille décompressée dépasse la limite : %1 se décompresserait en %2, plus que %3.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>le livre</translation>
    </message>
    <message>
        <source>%1 cannot be read: its compression method is not supported.</source>
        <translation>%1 est illisible : sa méthode de compression n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>The archive is damaged: %1 holds more data than its header declares.</source>
        <translation>L&apos;archive est endommagée : %1 contient plus de données que son en-tête ne l&apos;indique.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml is missing.</source>
        <translation>Ce n&apos;est pas un EPUB : META-INF/container.xml est absent.</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml names no package document.</source>
        <translation>Ce n&apos;est pas un EPUB : META-INF/container.xml ne nomme aucun document de paquet.</translation>
    </message>
    <message>
        <source>This is not an EPUB: its package document %1 is missing.</source>
        <translation>Ce n&apos;est pas un EPUB : son document de paquet %1 est absent.</translation>
    </message>
    <message>
        <source>The EPUB&apos;s package document %1 is not valid XML: %2</source>
        <translation>Le document de paquet %1 de l&apos;EPUB n&apos;est pas du XML valide : %2</translation>
    </message>
    <message>
        <source>The EPUB has no chapters: its spine is empty.</source>
        <translation>L&apos;EPUB n&apos;a pas de chapitres : sa table de lecture est vide.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed but missing from the book.</source>
        <translation>Le chapitre « %1 » est listé mais absent du livre.</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; was skipped: %2</source>
        <translation>Le chapitre « %1 » a été ignoré : %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a valid EPUB (ZIP) archive.</source>
        <translation>Ce n&apos;est pas une archive EPUB (ZIP) valide.</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unsafe path: %1</source>
        <translation>L&apos;archive contient une entrée au chemin dangereux : %1</translation>
    </message>
    <message>
        <source>The book contains no readable text.</source>
        <translation>Le livre ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>could not be read: EPUB support is missing, %1</source>
        <translation>n’a pas pu être lu : la prise en charge du format EPUB manque, %1</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed more than once; it was read once.</source>
        <translation>Le chapitre « %1 » est listé plusieurs fois ; il a été lu une fois.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportCollector</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;article d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>The open &amp;article</source>
        <translation>L&apos;&amp;article ouvert</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>Toute la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>Commencer par une marque d&apos;ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>Toute position</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation>Affirmations de :</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1</source>
        <translation>l&apos;aperçu montre les %1 premiers</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Export des notes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cannot Export Notes</source>
        <translation>Impossible d&apos;exporter les notes</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportTarget</name>
    <message>
        <source>it is a SQLite database (a Lectern library or a backup); choose another file</source>
        <translation>c&apos;est une base de données SQLite (une bibliothèque Lectern ou une sauvegarde) ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>it belongs to the database “%1”; choose another file</source>
        <translation>il appartient à la base de données « %1 » ; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (un périphérique ou un canal)</translation>
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
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>Web Annotation (JSON-LD)</source>
        <translation>Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FileImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is larger than the import limit of %1 MB</source>
        <translation>dépasse la limite d&apos;importation de %1 Mo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>est illisible : %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a socket or a device)</source>
        <translation>n&apos;est pas un fichier ordinaire (un canal, un socket ou un périphérique)</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>Passages qui ne sont plus dans le texte</translation>
    </message>
    <message>
        <source>Lectern notes</source>
        <translation>Notes Lectern</translation>
    </message>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation>
            <numerusform>Notes exportées de Lectern le %1, %n affirmation.</numerusform>
            <numerusform>Notes exportées de Lectern le %1, %n affirmations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The page is nested too deeply (more than %1 levels) to be read safely.</source>
        <translation>La page est trop profondément imbriquée (plus de %1 niveaux) pour être lue sans risque.</translation>
    </message>
    <message>
        <source>The page contains no readable text.</source>
        <translation>La page ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>The page has %1 elements, more than a page of its size can be read with (%2) within memory: it looks like data rather than an article.</source>
        <translation>La page compte %1 éléments, plus qu’une page de cette taille ne peut en avoir pour être lue dans la mémoire disponible (%2) : elle ressemble davantage à des données qu’à un article.</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message>
        <source>Importing Articles</source>
        <translation>Importation des articles</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Recherche des articles…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importation de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation>
            <numerusform>%n article mis à jour avec une nouvelle version du texte.</numerusform>
            <numerusform>%n articles mis à jour avec une nouvelle version du texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation>
            <numerusform>%n fichier déjà dans la bibliothèque.</numerusform>
            <numerusform>%n fichiers déjà dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; files not yet read were left out.</source>
        <translation>Importation annulée ; les fichiers pas encore lus ont été laissés de côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé :</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Some files could not be imported.</source>
        <translation>Certains fichiers n&apos;ont pas pu être importés.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportExportFlow</name>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Annotations (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Import Annotations</source>
        <translation>Impossible d&apos;importer les annotations</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation>
            <numerusform>%n affirmation importée</numerusform>
            <numerusform>%n affirmations importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>Importer un dossier d&apos;articles</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque, ignorée</numerusform>
            <numerusform>%n déjà dans la bibliothèque, ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts</source>
        <translation>Appliqué au prochain démarrage de Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryActions</name>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Informations sur l’article…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <source>Move the selected article to the Trash, with its claims; Undo or the Trash brings it back</source>
        <translation>Mettre l’article sélectionné à la corbeille, avec ses affirmations ; Annuler ou la corbeille le rétablit</translation>
    </message>
    <message>
        <source>Correct the title, byline, site, date, address or topics of the selected article</source>
        <translation>Corriger le titre, l’auteur, le site, la date, l’adresse ou les thèmes de l’article sélectionné</translation>
    </message>
    <message>
        <source>See the deleted articles, restore them or delete them for good</source>
        <translation>Voir les articles supprimés, les rétablir ou les supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</source>
        <translation>
            <numerusform>%n article mis à la corbeille. Annulez avec Ctrl+Z, ou rétablissez-le depuis Fichier › Corbeille.</numerusform>
            <numerusform>%n articles mis à la corbeille. Annulez avec Ctrl+Z, ou rétablissez-les depuis Fichier › Corbeille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details saved. Undo with Ctrl+Z.</source>
        <translation>Informations enregistrées. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryBackups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: %2</source>
        <translation>impossible de sauvegarder la bibliothèque dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: the copy cannot be renamed</source>
        <translation>impossible de sauvegarder la bibliothèque dans %1 : la copie ne peut pas être renommée</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>impossible de mettre %1 de côté vers %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>%1 is not a Lectern library</source>
        <translation>%1 n&apos;est pas une bibliothèque Lectern</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>impossible de lire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>impossible de copier la sauvegarde %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>la connexion à la bibliothèque n&apos;est pas SQLite</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>arrêtée avant d&apos;être terminée</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryClaimsModel</name>
    <message>
        <source>%1 (needs review)</source>
        <translation>%1 (à vérifier)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryEdits</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Il n’y a pas d’article %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryModel</name>
    <message>
        <source>%1
by %2</source>
        <translation>%1
par %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation>Rechercher dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Type words, &quot;a phrase&quot;, prefix* or -excluded words; Enter opens the first result</source>
        <translation>Tapez des mots, &quot;une expression&quot;, préfixe* ou -mots exclus ; Entrée ouvre le premier résultat</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>The articles in the library; Enter opens the selected one</source>
        <translation>Les articles de la bibliothèque ; Entrée ouvre celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>Aucun article ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryRecovery</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>La bibliothèque est endommagée</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.</source>
        <translation>Restaurer la sauvegarde la plus récente, faite le %1 ? Les modifications ultérieures n&apos;y figurent pas ; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer. Lectern peut démarrer une nouvelle bibliothèque vide ; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>Start Empty Library</source>
        <translation>Démarrer une bibliothèque vide</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Lectern found damage in the library %1 (%2).</source>
        <translation>Lectern a trouvé des dommages dans la bibliothèque %1 (%2).</translation>
    </message>
    <message>
        <source>To keep what it holds safe, the library is now read-only. When Lectern next starts, it moves the damaged file aside, unchanged, and offers the newest backup.</source>
        <translation>Pour protéger son contenu, la bibliothèque est désormais en lecture seule. Au prochain démarrage, Lectern mettra le fichier endommagé de côté, sans le modifier, et proposera la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cannot Restart Lectern</source>
        <translation>Impossible de redémarrer Lectern</translation>
    </message>
    <message>
        <source>Start Lectern again to recover the library %1.</source>
        <translation>Relancez Lectern pour récupérer la bibliothèque %1.</translation>
    </message>
    <message>
        <source>Bring back the claims the damaged file still holds</source>
        <translation>Récupérer les affirmations que le fichier endommagé contient encore</translation>
    </message>
    <message>
        <source>Reading the claims the damaged file still holds…</source>
        <translation>Lecture des affirmations que le fichier endommagé contient encore…</translation>
    </message>
    <message>
        <source>Salvaging Claims</source>
        <translation>Récupération des affirmations</translation>
    </message>
    <message>
        <source>Cannot Salvage the Claims</source>
        <translation>Impossible de récupérer les affirmations</translation>
    </message>
    <message>
        <source>Claims Salvaged</source>
        <translation>Affirmations récupérées</translation>
    </message>
    <message>
        <source>The damaged file stays where it is: %1</source>
        <translation>Le fichier endommagé reste où il est : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySalvage</name>
    <message>
        <source>Cannot salvage “%1”: there is no such file</source>
        <translation>Impossible de récupérer « %1 » : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: no temporary folder (%2)</source>
        <translation>Impossible de récupérer « %1 » : pas de dossier temporaire (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: what could be read is not a library (%2)</source>
        <translation>Impossible de récupérer « %1 » : ce qui a pu être lu n’est pas une bibliothèque (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: %2</source>
        <translation>Impossible de récupérer « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could be read from the damaged file.</source>
        <translation>
            <numerusform>%n affirmation a pu être lue dans le fichier endommagé.</numerusform>
            <numerusform>%n affirmations ont pu être lues dans le fichier endommagé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added to the library.</source>
        <translation>
            <numerusform>%n affirmation ajoutée à la bibliothèque.</numerusform>
            <numerusform>%n affirmations ajoutées à la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) already in it.</source>
        <translation>
            <numerusform>%n affirmation y était déjà.</numerusform>
            <numerusform>%n affirmations y étaient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added with them.</source>
        <translation>
            <numerusform>%n article ajouté avec elles.</numerusform>
            <numerusform>%n articles ajoutés avec elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added with them.</source>
        <translation>
            <numerusform>%n étiquette ajoutée avec elles.</numerusform>
            <numerusform>%n étiquettes ajoutées avec elles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) did not find their passage and need placing again.</source>
        <translation>
            <numerusform>%n affirmation n’a pas retrouvé son passage et doit être replacée.</numerusform>
            <numerusform>%n affirmations n’ont pas retrouvé leur passage et doivent être replacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryStore</name>
    <message>
        <source>There is no article %1.</source>
        <translation>Il n&apos;y a pas d&apos;article %1.</translation>
    </message>
    <message>
        <source>Article %1 has no removed line %2.</source>
        <translation>L&apos;article %1 n&apos;a pas de ligne retirée %2.</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
</context>
<context>
    <name>Lectern::LineLengthLimit</name>
    <message>
        <source>has a line of %1 MB with no line break; an article&apos;s lines are under %2 MB (is it a text file?)</source>
        <translation>contient une ligne de %1 Mo sans saut de ligne ; les lignes d&apos;un article font moins de %2 Mo (est-ce bien un fichier texte ?)</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkOpener</name>
    <message>
        <source>Open Link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>Ouvrir ce lien dans votre navigateur web ?</translation>
    </message>
</context>
<context>
    <name>Lectern::MainActions</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, HTML, EPUB or PDF files</source>
        <translation>Importer des articles : fichiers texte, Markdown, HTML, EPUB ou PDF</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Exporter les notes…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>&amp;Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Rechercher dans l&apos;&amp;article…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>&amp;Claims in Library…</source>
        <translation>&amp;Affirmations de la bibliothèque…</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>Afficher le &amp;panneau latéral</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Typeface</source>
        <translation>&amp;Police</translation>
    </message>
    <message>
        <source>&amp;Serif</source>
        <translation>&amp;Avec empattements</translation>
    </message>
    <message>
        <source>S&amp;ans Serif</source>
        <translation>&amp;Sans empattements</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>&amp;Interligne</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Compact</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>&amp;Confortable</translation>
    </message>
    <message>
        <source>&amp;Airy</source>
        <translation>&amp;Aéré</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>&amp;Gérer les étiquettes…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, nest, merge and delete tags</source>
        <translation>Ajouter, renommer, recolorer, imbriquer, fusionner et supprimer des étiquettes</translation>
    </message>
    <message>
        <source>Show &amp;Removed Lines</source>
        <translation>Afficher les lignes &amp;retirées</translation>
    </message>
    <message>
        <source>Lines the importer took out of the article as site boilerplate; each can be restored</source>
        <translation>Lignes que l&apos;importateur a retirées de l&apos;article comme éléments de site ; chacune peut être restaurée</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>Lectern::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>Étiqueter la sélection comme %1 (%2)</translation>
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
        <translation>Affirmation non enregistrée</translation>
    </message>
    <message>
        <source>%1

Library: %2</source>
        <translation>%1

Bibliothèque : %2</translation>
    </message>
    <message>
        <source>Article %1 is no longer in the library.</source>
        <translation>L&apos;article %1 n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Cannot Restore the Line</source>
        <translation>Impossible de restaurer la ligne</translation>
    </message>
    <message>
        <source>The line is back in the article (as a new text version).</source>
        <translation>La ligne est de retour dans l&apos;article (comme nouvelle version du texte).</translation>
    </message>
    <message>
        <source>The link %1 does not lead to an article in this library.</source>
        <translation>Le lien %1 ne mène à aucun article de cette bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article dans la bibliothèque</numerusform>
            <numerusform>%n articles dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>des dommages y ont été trouvés (%1)</translation>
    </message>
    <message>
        <source>Library Not Changed</source>
        <translation>Bibliothèque non modifiée</translation>
    </message>
    <message>
        <source>“%1” is in the Trash: restore it from File › Trash to read it.</source>
        <translation>« %1 » est dans la corbeille : rétablissez-le depuis Fichier › Corbeille pour le lire.</translation>
    </message>
    <message>
        <source>Sample Articles</source>
        <translation>Articles d’exemple</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindowApplication</name>
    <message>
        <source>The library database.</source>
        <translation>La base de données de la bibliothèque.</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>Enregistrer une image de la fenêtre une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <source>Use this language (fr, de, it, ja, en...) instead of the system&apos;s.</source>
        <translation>Utiliser cette langue (fr, de, it, ja, en…) au lieu de celle du système.</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Notes Lectern</translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation>position : %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>nature : %1</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>auteur : %1</translation>
    </message>
    <message>
        <source>status: orphan (the passage is no longer in the text)</source>
        <translation>statut : orpheline (le passage n&apos;est plus dans le texte)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>Open in Lectern</source>
        <translation>Ouvrir dans Lectern</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>Aucune affirmation.</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Sans étiquette</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>ne contient aucun texte lisible</translation>
    </message>
</context>
<context>
    <name>Lectern::Migrations</name>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Risks, misuse, safety and national security</source>
        <translation>Risques, mésusages, sûreté et sécurité nationale</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Research, progress, openness and new capabilities</source>
        <translation>Recherche, progrès, ouverture et nouvelles capacités</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concurrence</translation>
    </message>
    <message>
        <source>Markets, rivals, concentration and trade</source>
        <translation>Marchés, rivaux, concentration et commerce</translation>
    </message>
    <message>
        <source>not a Lectern library (cannot read its schema version)</source>
        <translation>pas une bibliothèque Lectern (impossible de lire la version de son schéma)</translation>
    </message>
    <message>
        <source>made by a newer Lectern (schema %1; this version knows up to %2)</source>
        <translation>créée par un Lectern plus récent (schéma %1 ; cette version connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>la mise à niveau vers le schéma %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Lectern::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>A name, or a path such as Security/Misuse</source>
        <translation>Un nom, ou un chemin comme Sécurité/Abus</translation>
    </message>
    <message>
        <source>Tag name or path</source>
        <translation>Nom ou chemin de l’étiquette</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>Too close to a tag&apos;s colour for colour-blind readers</source>
        <translation>Trop proche de la couleur d’une étiquette pour les lecteurs daltoniens</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Il existe déjà une étiquette %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>is incomplete (a partial download?)</source>
        <translation>est incomplet (téléchargement partiel ?)</translation>
    </message>
    <message>
        <source>is encrypted (password protected)</source>
        <translation>est chiffré (protégé par mot de passe)</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>est chiffré avec un système de sécurité non pris en charge</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>est endommagé ou n&apos;est pas un PDF valide</translation>
    </message>
    <message>
        <source>could not be read as a PDF</source>
        <translation>n&apos;a pas pu être lu comme PDF</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>numéro de page</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>n&apos;est pas un fichier PDF</translation>
    </message>
    <message>
        <source>is damaged: its page tree loops back on itself</source>
        <translation>est endommagé : son arbre de pages boucle sur lui-même</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>n&apos;a aucune page</translation>
    </message>
    <message>
        <source>has no text layer (scanned images?)</source>
        <translation>n&apos;a pas de couche texte (images numérisées ?)</translation>
    </message>
    <message>
        <source>could not be read: no pipe for the PDF reader</source>
        <translation>n&apos;a pas pu être lu : aucun canal pour le lecteur PDF</translation>
    </message>
    <message>
        <source>could not be read: the PDF reader could not start</source>
        <translation>n&apos;a pas pu être lu : le lecteur PDF n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>is damaged: the PDF reader stopped on it</source>
        <translation>est endommagé : le lecteur PDF s&apos;y est arrêté</translation>
    </message>
    <message>
        <source>could not be read: PDF support is missing, %1</source>
        <translation>n’a pas pu être lu : la prise en charge du PDF manque, %1</translation>
    </message>
    <message>
        <source>running header or footer</source>
        <translation>en-tête ou pied de page récurrent</translation>
    </message>
    <message>
        <source>took more than %1 s of processor time to read and was stopped: it is most likely malformed</source>
        <translation>a pris plus de %1 s de temps processeur à lire et a été arrêté : il est très probablement mal formé</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>signature</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainTextImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>ne contient aucun texte lisible</translation>
    </message>
    <message>
        <source>section label</source>
        <translation>intitulé de section</translation>
    </message>
</context>
<context>
    <name>Lectern::PluginLibrary</name>
    <message>
        <source>the plugin %1 could not be loaded (%2)</source>
        <translation>le module %1 n’a pas pu être chargé (%2)</translation>
    </message>
    <message>
        <source>the plugin %1 is not the one this version of Lectern needs</source>
        <translation>le module %1 n’est pas celui dont cette version de Lectern a besoin</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadOnlyBanner</name>
    <message>
        <source>Read-only library</source>
        <translation>Bibliothèque en lecture seule</translation>
    </message>
    <message>
        <source>This library is read-only: %1. You can read and search it, but changes cannot be saved.</source>
        <translation>Cette bibliothèque est en lecture seule : %1. Vous pouvez la lire et y chercher, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The text of the open article; select text with the mouse or Shift and the arrow keys</source>
        <translation>Le texte de l&apos;article ouvert ; sélectionnez du texte avec la souris ou Maj et les flèches</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here.</source>
        <translation>Choisissez un article dans la bibliothèque, ou importez-en un avec Fichier › Importer des fichiers (Ctrl+O) ou en déposant des fichiers ici.</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>dit par %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedArticlesModel</name>
    <message>
        <source>%1; named by the curator</source>
        <translation>%1 ; cité par l&apos;éditeur</translation>
    </message>
    <message>
        <source>Named by the curator; in your library</source>
        <translation>Cité par l&apos;éditeur ; dans votre bibliothèque</translation>
    </message>
    <message>
        <source>Named by the curator; not in your library yet</source>
        <translation>Cité par l&apos;éditeur ; pas encore dans votre bibliothèque</translation>
    </message>
    <message>
        <source>“%1” is not in your library: import it to read it here.</source>
        <translation>« %1 » n&apos;est pas dans votre bibliothèque : importez-le pour le lire ici.</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>Ouvrir « %1 »</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedFinder</name>
    <message>
        <source>shared topics: %1</source>
        <translation>sujets communs : %1</translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation>affirmations étiquetées %1</translation>
    </message>
    <message>
        <source>similar terms: %1</source>
        <translation>termes similaires : %1</translation>
    </message>
    <message>
        <source>same author: %1</source>
        <translation>même auteur : %1</translation>
    </message>
    <message>
        <source>same site: %1</source>
        <translation>même site : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RemoveClaimCommand</name>
    <message>
        <source>Remove Claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
</context>
<context>
    <name>Lectern::SelectionToolBar</name>
    <message>
        <source>Tag the selection</source>
        <translation>Étiqueter la sélection</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the main window, with the menu it is in</source>
        <translation>Tous les raccourcis clavier de la fenêtre principale, avec leur menu</translation>
    </message>
</context>
<context>
    <name>Lectern::SidePanel</name>
    <message>
        <source>Generated summary</source>
        <translation>Résumé généré</translation>
    </message>
    <message>
        <source>Sentences picked from the text by Lectern, not by a curator. Click one to read it in place.</source>
        <translation>Phrases choisies dans le texte par Lectern, et non par un éditeur. Cliquez sur l&apos;une d&apos;elles pour la lire en contexte.</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>Termes clés</translation>
    </message>
    <message>
        <source>Curated summary</source>
        <translation>Résumé éditorial</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>À retenir</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>Idées clés</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>En pratique</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>Idéal pour</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>Publié à l&apos;origine par %1</translation>
    </message>
    <message>
        <source>This article has no curated summary.</source>
        <translation>Cet article n&apos;a pas de résumé éditorial.</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tags from the source</source>
        <translation>Étiquettes de la source</translation>
    </message>
    <message>
        <source>&amp;Restore to Article</source>
        <translation>&amp;Restaurer dans l&apos;article</translation>
    </message>
    <message>
        <source>Articles in your library that share topics, claim tags, terms, a site or an author with this one.</source>
        <translation>Articles de votre bibliothèque qui partagent des sujets, des étiquettes d&apos;affirmations, des termes, un site ou un auteur avec celui-ci.</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>Site boilerplate the importer took out of this article. Nothing is lost: restore any line.</source>
        <translation>Éléments de site que l&apos;importateur a retirés de cet article. Rien n&apos;est perdu : restaurez n&apos;importe quelle ligne.</translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation>Lignes retirées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Removed as: %1</source>
        <translation>Retirée comme : %1</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Retirée (%1)</translation>
    </message>
    <message>
        <source>The article&apos;s curated or generated summary and details; links show a passage or search a topic</source>
        <translation>Le résumé éditorial ou généré de l&apos;article et ses détails ; les liens montrent un passage ou cherchent un thème</translation>
    </message>
    <message>
        <source>Pages of the side panel: the arrow keys move between them</source>
        <translation>Les pages du panneau latéral : les flèches passent de l&apos;une à l&apos;autre</translation>
    </message>
    <message>
        <source>The article&apos;s summary, key terms and details</source>
        <translation>Le résumé, les termes clés et les détails de l&apos;article</translation>
    </message>
    <message>
        <source>Enter opens the selected article</source>
        <translation>Entrée ouvre l&apos;article choisi</translation>
    </message>
    <message>
        <source>Articles in your library related to this one</source>
        <translation>Les articles de votre bibliothèque liés à celui-ci</translation>
    </message>
    <message>
        <source>Boilerplate taken out of the article; Restore to Article puts the selected line back</source>
        <translation>Éléments de site retirés de l&apos;article ; Restaurer dans l&apos;article remet la ligne choisie</translation>
    </message>
    <message>
        <source>Put the selected line back into the article</source>
        <translation>Remettre la ligne choisie dans l&apos;article</translation>
    </message>
    <message>
        <source>Boilerplate the importer took out of this article</source>
        <translation>Les éléments de site que l&apos;importateur a retirés de cet article</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
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
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot recover into “%1”: the file exists</source>
        <translation>Impossible de récupérer dans « %1 » : le fichier existe</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: no temporary folder (%2)</source>
        <translation>Impossible de récupérer « %1 » : pas de dossier temporaire (%2)</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: %2</source>
        <translation>Impossible de récupérer « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: out of memory</source>
        <translation>Impossible de récupérer « %1 » : mémoire épuisée</translation>
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
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionActions</name>
    <message>
        <source>Suggest &amp;Claims</source>
        <translation>Suggérer des &amp;affirmations</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation>Re&amp;jeter la suggestion</translation>
    </message>
    <message>
        <source>Underline the sentences of this article that read like claims, with the tag they seem to fit</source>
        <translation>Souligner les phrases de cet article qui ressemblent à des affirmations, avec l&apos;étiquette qui semble leur convenir</translation>
    </message>
    <message>
        <source>Make the suggestion under the cursor a claim with the suggested tag</source>
        <translation>Faire de la suggestion sous le curseur une affirmation avec l&apos;étiquette suggérée</translation>
    </message>
    <message>
        <source>Dismiss the suggestion under the cursor; Lectern learns it is not a claim</source>
        <translation>Écarter la suggestion sous le curseur ; Lectern apprend que ce n&apos;est pas une affirmation</translation>
    </message>
    <message>
        <source>There is no suggestion under the cursor.</source>
        <translation>Il n&apos;y a pas de suggestion sous le curseur.</translation>
    </message>
    <message>
        <source>Accepted as %1. Undo with Ctrl+Z.</source>
        <translation>Acceptée comme %1. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Suggestion rejected.</source>
        <translation>Suggestion rejetée.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionLearner</name>
    <message>
        <source>The suggestion model could not be saved: %1</source>
        <translation>Le modèle de suggestions n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Suggested claims in this article</source>
        <translation>Affirmations suggérées dans cet article</translation>
    </message>
    <message>
        <source>Suggestions are off for this article. Turn them on to see which sentences read like claims; everything runs on this computer.</source>
        <translation>Les suggestions sont désactivées pour cet article. Activez-les pour voir quelles phrases ressemblent à des affirmations ; tout se fait sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation>
            <numerusform>%n suggestion en attente. Dans l&apos;article : Entrée ou A accepte, X rejette, 1–9 accepte avec une autre étiquette.</numerusform>
            <numerusform>%n suggestions en attente. Dans l&apos;article : Entrée ou A accepte, X rejette, 1–9 accepte avec une autre étiquette.</numerusform>
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
        <translation>Les phrases qui ressemblent à des affirmations ; Entrée montre la phrase choisie dans l&apos;article</translation>
    </message>
    <message>
        <source>Make the selected suggestion a claim with its suggested tag</source>
        <translation>Faire de la suggestion choisie une affirmation avec l&apos;étiquette suggérée</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; Lectern will not suggest it again</source>
        <translation>Écarter la suggestion choisie ; Lectern ne la proposera plus</translation>
    </message>
</context>
<context>
    <name>Lectern::TagLexicon</name>
    <message>
        <source>a lexicon needs a &quot;tag&quot; name and &quot;terms&quot;</source>
        <translation>un lexique demande un nom &quot;tag&quot; et des &quot;terms&quot;</translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation>
            <numerusform>%n affirmation étiquetée %1 dans « %2 »</numerusform>
            <numerusform>%n affirmations étiquetées %1 dans « %2 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>There is already a tag named “%1” in that place.</source>
        <translation>Il existe déjà une étiquette nommée « %1 » à cet endroit.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>Une étiquette ne peut pas être imbriquée dans elle-même.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or a tag nested under it.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec elle-même ni avec une étiquette imbriquée dessous.</translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-tag…</source>
        <translation>Ajouter une &amp;sous-étiquette…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Nest Under Previous</source>
        <translation>&amp;Imbriquer sous la précédente</translation>
    </message>
    <message>
        <source>&amp;Un-nest</source>
        <translation>Désimbri&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supprime&amp;r…</translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation>Ajouter une sous-étiquette</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation>
            <numerusform>Fusionner « %1 » dans « %2 » ? %n affirmation portera « %2 » à la place.</numerusform>
            <numerusform>Fusionner « %1 » dans « %2 » ? %n affirmations porteront « %2 » à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No claim uses it.</source>
        <translation>Supprimer l&apos;étiquette « %1 » ? Aucune affirmation ne l&apos;utilise.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation>
            <numerusform>Supprimer l&apos;étiquette « %1 » ? Elle est sur %n affirmation ; celle-ci garde ses autres étiquettes et notes.</numerusform>
            <numerusform>Supprimer l&apos;étiquette « %1 » ? Elle est sur %n affirmations ; elles gardent leurs autres étiquettes et notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
</context>
<context>
    <name>Lectern::Taxonomy</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette %1.</translation>
    </message>
    <message>
        <source>Tags nest at most %1 levels deep.</source>
        <translation>Les étiquettes s’imbriquent sur %1 niveaux au plus.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>Il existe déjà une étiquette %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::TaxonomyModel</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>Some bytes were not valid text and were replaced by �.</source>
        <translation>Certains octets n&apos;étaient pas du texte valide et ont été remplacés par �.</translation>
    </message>
    <message>
        <source>The text&apos;s encoding was not certain and was read as %1; if it reads wrongly, import it again and name its encoding.</source>
        <translation>L&apos;encodage du texte était incertain et il a été lu comme %1 ; s&apos;il s&apos;affiche mal, importez-le à nouveau en indiquant son encodage.</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDocumentExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Notes Lectern</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>l&apos;écrivain OpenDocument a échoué</translation>
    </message>
</context>
<context>
    <name>Lectern::TopicFilterBar</name>
    <message>
        <source>Show every article</source>
        <translation>Afficher tous les articles</translation>
    </message>
    <message>
        <source>Clear the topic filter</source>
        <translation>Retirer le filtre par sujet</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Sujet : %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>the library is damaged (%1); nothing is written to it</source>
        <translation>la bibliothèque est endommagée (%1) ; rien n’y est écrit</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashArticlesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Rétablir depuis la corbeille</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Articles in the Trash</source>
        <translation>Articles dans la corbeille</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library, with their claims</source>
        <translation>Remettre les articles sélectionnés dans la bibliothèque, avec leurs affirmations</translation>
    </message>
    <message>
        <source>Delete every article in the Trash for good</source>
        <translation>Supprimer définitivement tous les articles de la corbeille</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>Vider la corbeille ?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and their claims will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n article et ses affirmations seront supprimés définitivement. Cette action est irréversible.</numerusform>
            <numerusform>%n articles et leurs affirmations seront supprimés définitivement. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>Lectern::WebAnnotationExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Notes Lectern</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePane</name>
    <message>
        <source>Open the &amp;Sample Articles</source>
        <translation>Ouvrir les articles d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Import Your Own…</source>
        <translation>&amp;Importer les vôtres…</translation>
    </message>
    <message>
        <source>Empty library</source>
        <translation>Bibliothèque vide</translation>
    </message>
    <message>
        <source>Choose the sample articles or import your own</source>
        <translation>Choisissez les articles d’exemple ou importez les vôtres</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <source>Try Lectern on six short sample articles about technology policy, or start with your own: text, Markdown, HTML, EPUB or PDF files. You can also drop files on this window.</source>
        <translation>Essayez Lectern sur six courts articles d’exemple sur les politiques technologiques, ou commencez avec les vôtres : fichiers texte, Markdown, HTML, EPUB ou PDF. Vous pouvez aussi déposer des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Add the six sample articles to this library; delete them any time</source>
        <translation>Ajouter les six articles d’exemple à cette bibliothèque ; supprimez-les quand vous voulez</translation>
    </message>
</context>
</TS>
