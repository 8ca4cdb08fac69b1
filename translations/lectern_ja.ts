<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Lectern::AboutDialog</name>
    <message>
        <source>About Lectern</source>
        <translation>Lectern について</translation>
    </message>
    <message>
        <source>An offline reader for articles, made for reading arguments closely: highlight the claims an author makes, tag them, and export your notes.</source>
        <translation>記事を読むためのオフラインリーダーです。議論を丁寧に読むために作られています。著者の主張をハイライトし、タグを付け、メモをエクスポートできます。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（%2 でビルド）</translation>
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
        <translation>ライブラリ: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::AddClaimCommand</name>
    <message>
        <source>Add Claim</source>
        <translation>主張を追加</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is larger than %2 MB</source>
        <translation>「%1」をインポートできません: %2 MB より大きいファイルです</translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is not valid JSON (%2 at byte %3)</source>
        <translation>「%1」をインポートできません: 有効な JSON ではありません（バイト %3 で %2）</translation>
    </message>
    <message>
        <source>it is neither a Web Annotation collection nor a Hypothesis export</source>
        <translation>Web Annotation コレクションでも Hypothesis のエクスポートでもありません</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>「%1」をインポートできません: %2</translation>
    </message>
    <message>
        <source>Cannot import “%1”: entry %2 (%3): the article “%4” is not in the library; import it first</source>
        <translation>「%1」をインポートできません: 項目 %2（%3）: 記事「%4」がライブラリにありません。先にインポートしてください</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>タグには名前が必要です</translation>
    </message>
    <message>
        <source>the library cannot start a transaction</source>
        <translation>ライブラリでトランザクションを開始できません</translation>
    </message>
    <message>
        <source>entry %1 (%2): tag “%3”: %4</source>
        <translation>項目 %1（%2）: タグ「%3」: %4</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>項目 %1（%2）: %3</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>項目 %1: %2</translation>
    </message>
    <message>
        <source>it has no “uri”</source>
        <translation>「uri」がありません</translation>
    </message>
    <message>
        <source>its “tags” is not a list</source>
        <translation>「tags」がリストではありません</translation>
    </message>
    <message>
        <source>one of its tags is not text</source>
        <translation>タグの一つがテキストではありません</translation>
    </message>
    <message>
        <source>its “text” is not text</source>
        <translation>「text」がテキストではありません</translation>
    </message>
    <message>
        <source>its “target” is not a list</source>
        <translation>「target」がリストではありません</translation>
    </message>
    <message>
        <source>its TextQuoteSelector has no “exact” text</source>
        <translation>TextQuoteSelector に「exact」テキストがありません</translation>
    </message>
    <message>
        <source>entry %1: it is not an object</source>
        <translation>項目 %1: オブジェクトではありません</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>ターゲットがありません</translation>
    </message>
    <message>
        <source>its target has no source</source>
        <translation>ターゲットにソースがありません</translation>
    </message>
    <message>
        <source>the “%1” of its TextQuoteSelector is not text</source>
        <translation>TextQuoteSelector の「%1」がテキストではありません</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs whole numbers 0 ≤ start ≤ end</source>
        <translation>TextPositionSelector には 0 ≤ start ≤ end の整数が必要です</translation>
    </message>
    <message>
        <source>its target has no TextQuoteSelector</source>
        <translation>ターゲットに TextQuoteSelector がありません</translation>
    </message>
    <message>
        <source>it has no “id”</source>
        <translation>「id」がありません</translation>
    </message>
    <message>
        <source>its “type” is not “Annotation”</source>
        <translation>「type」が「Annotation」ではありません</translation>
    </message>
    <message>
        <source>a TextualBody has no “value” text</source>
        <translation>TextualBody に「value」テキストがありません</translation>
    </message>
    <message>
        <source>unknown stance “%1”</source>
        <translation>不明な立場「%1」</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>不明な種類「%1」</translation>
    </message>
    <message>
        <source>article %1 of “lectern:articles” has no “id”</source>
        <translation>「lectern:articles」の記事 %1 に「id」がありません</translation>
    </message>
    <message>
        <source>article %1 (%2) has a block without text</source>
        <translation>記事 %1（%2）にテキストのないブロックがあります</translation>
    </message>
    <message>
        <source>article %1 (%2): its text does not match its sha256</source>
        <translation>記事 %1（%2）: テキストが sha256 と一致しません</translation>
    </message>
    <message>
        <source>the collection&apos;s “first” page is not embedded (only embedded pages can be read)</source>
        <translation>コレクションの「first」ページが埋め込まれていません（読み込めるのは埋め込まれたページのみです）</translation>
    </message>
    <message>
        <source>“type” is “%1”, not AnnotationCollection, AnnotationPage or Annotation</source>
        <translation>「type」が「%1」です。AnnotationCollection、AnnotationPage、Annotation のいずれでもありません</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleAnnotations</name>
    <message>
        <source>The change could not be saved to the library: %1</source>
        <translation>変更をライブラリに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Change Tags</source>
        <translation>タグを変更</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Set Speaker</source>
        <translation>発言者を設定</translation>
    </message>
    <message>
        <source>Set Stance</source>
        <translation>立場を設定</translation>
    </message>
    <message>
        <source>Set Kind</source>
        <translation>種類を設定</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>主張を再び結び付ける</translation>
    </message>
    <message>
        <source>Adjust Claim</source>
        <translation>主張の範囲を調整</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleDetailsDialog</name>
    <message>
        <source>Article Details</source>
        <translation>記事の情報</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>トピック（カンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>著者(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>サイト(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>公開日(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>ウェブアドレス(&amp;W):</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>トピック(&amp;O):</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>記事にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, such as 2026-03-02 (or only the year, or year and month).</source>
        <translation>日付は 2026-03-02 のように年-月-日で書いてください（年のみ、または年と月でも構いません）。</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticlePages</name>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Re-attach Claim</source>
        <translation>主張を再び結び付ける</translation>
    </message>
    <message>
        <source>First select the text this claim should mark, then press Re-attach.</source>
        <translation>まずこの主張でマークするテキストを選択してから、「再び結び付ける」を押してください。</translation>
    </message>
    <message>
        <source>The claim is attached to the selected text.</source>
        <translation>主張を選択したテキストに結び付けました。</translation>
    </message>
    <message>
        <source>The claims marked in this article, with their tags and notes</source>
        <translation>この記事で印を付けた主張と、そのタグとメモ</translation>
    </message>
    <message>
        <source>Sentences that read like claims, to accept or reject</source>
        <translation>主張らしく読める文。承認または却下できます</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleSuggestions</name>
    <message>
        <source>Accept Suggestion with Another Tag</source>
        <translation>別のタグで提案を受け入れる</translation>
    </message>
    <message>
        <source>Accept Suggestion</source>
        <translation>提案を受け入れる</translation>
    </message>
</context>
<context>
    <name>Lectern::ArticleTrash</name>
    <message>
        <source>There is no article %1.</source>
        <translation>記事 %1 はありません。</translation>
    </message>
    <message>
        <source>Article %1 is already in the Trash.</source>
        <translation>記事 %1 はすでにゴミ箱にあります。</translation>
    </message>
    <message>
        <source>Article %1 is not in the Trash.</source>
        <translation>記事 %1 はゴミ箱にありません。</translation>
    </message>
</context>
<context>
    <name>Lectern::BatchImport</name>
    <message>
        <source>could not be saved in the library: %1</source>
        <translation>ライブラリに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: imported as article %2 “%3”</source>
        <translation>%1: 記事 %2「%3」としてインポートしました</translation>
    </message>
    <message>
        <source>%1: updated article %2 “%3” to version %4</source>
        <translation>%1: 記事 %2「%3」をバージョン %4 に更新しました</translation>
    </message>
    <message>
        <source>%1: already in the library as article %2 “%3”</source>
        <translation>%1: 記事 %2「%3」としてすでにライブラリにあります</translation>
    </message>
</context>
<context>
    <name>Lectern::Claim</name>
    <message>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Opposes</source>
        <translation>反対</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Counter-claim</source>
        <translation>反論</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimActions</name>
    <message>
        <source>&amp;Note…</source>
        <translation>メモ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove Claim</source>
        <translation>主張を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sticky Tag</source>
        <translation>タグを固定(&amp;S)</translation>
    </message>
    <message>
        <source>Write a note on the selected claim, or mark the selection as a claim and write one</source>
        <translation>選択した主張にメモを書く。または選択範囲を主張としてマークしてメモを書く</translation>
    </message>
    <message>
        <source>Remove the claim under the cursor</source>
        <translation>カーソル位置の主張を削除</translation>
    </message>
    <message>
        <source>Tag every new selection with the active tag at once</source>
        <translation>新しく選択するたびに、すぐに現在のタグを付ける</translation>
    </message>
    <message>
        <source>Suggestion accepted as %1.</source>
        <translation>提案を %1 として受け入れました。</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press a tag&apos;s key.</source>
        <translation>まず主張のテキストを選択してから、タグのキーを押してください。</translation>
    </message>
    <message>
        <source>Tagged as %1.</source>
        <translation>%1 のタグを付けました。</translation>
    </message>
    <message>
        <source>Select the text of a claim first, then press N to write a note.</source>
        <translation>まず主張のテキストを選択してから、N を押してメモを書いてください。</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>主張を編集</translation>
    </message>
    <message>
        <source>There is no claim under the cursor.</source>
        <translation>カーソル位置に主張がありません。</translation>
    </message>
    <message>
        <source>Claim removed. Undo with Ctrl+Z.</source>
        <translation>主張を削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Tag As</source>
        <translation>タグを付ける(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>立場(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>主張を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;Tag…</source>
        <translation>新しいタグ(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook, with a colour colour-blind readers can tell apart, and tag the selection with it</source>
        <translation>色覚に違いのある人にも見分けられる色で、コードブックにタグを追加し、選択範囲に付けます</translation>
    </message>
    <message>
        <source>Tag %1 added.</source>
        <translation>タグ %1 を追加しました。</translation>
    </message>
    <message>
        <source>&amp;Adjust Claim</source>
        <translation>主張の範囲を調整(&amp;A)</translation>
    </message>
    <message>
        <source>End a Word &amp;Later</source>
        <translation>終わりを 1 語後ろへ(&amp;L)</translation>
    </message>
    <message>
        <source>End a Word &amp;Earlier</source>
        <translation>終わりを 1 語前へ(&amp;E)</translation>
    </message>
    <message>
        <source>Start a Word E&amp;arlier</source>
        <translation>始まりを 1 語前へ(&amp;A)</translation>
    </message>
    <message>
        <source>Start a Word La&amp;ter</source>
        <translation>始まりを 1 語後ろへ(&amp;T)</translation>
    </message>
    <message>
        <source>Put the cursor in a claim first; Shift+Alt and the arrow keys then move its ends a word at a time.</source>
        <translation>まずカーソルを主張の中に置いてください。Shift+Alt と矢印キーで端を 1 語ずつ動かせます。</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimChartsView</name>
    <message>
        <source>Claims per tag</source>
        <translation>タグごとの主張</translation>
    </message>
    <message>
        <source>Claims per tag by year of publication</source>
        <translation>タグと発行年ごとの主張</translation>
    </message>
    <message>
        <source>Stances per tag</source>
        <translation>タグごとの立場</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Charts cannot be shown: %1.</source>
        <translation>グラフを表示できません: %1。</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Quoted text</source>
        <translation>引用テキスト</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Who makes this claim (optional)</source>
        <translation>この主張をしている人（任意）</translation>
    </message>
    <message>
        <source>Your note, in Markdown</source>
        <translation>メモ（Markdown）</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>立場(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>発言者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>A claim needs at least one tag</source>
        <translation>主張には少なくとも一つのタグが必要です</translation>
    </message>
    <message>
        <source>New T&amp;ag…</source>
        <translation>新しいタグ(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a tag to the codebook and give this claim it</source>
        <translation>コードブックにタグを追加し、この主張に付けます</translation>
    </message>
    <message>
        <source>The passage argues for the position under debate</source>
        <translation>この箇所は議論されている立場に賛成しています</translation>
    </message>
    <message>
        <source>The passage argues against the position under debate</source>
        <translation>この箇所は議論されている立場に反対しています</translation>
    </message>
    <message>
        <source>The passage reports or explains without taking a side</source>
        <translation>この箇所はどちらの側にも立たずに報告・説明しています</translation>
    </message>
    <message>
        <source>Whether the passage argues for or against the position the article debates (such as a policy or a proposal), as its speaker means it; neutral when it only reports.</source>
        <translation>この箇所が、記事で議論されている立場（政策や提案など）に、発言者の意図として賛成か反対か。報告しているだけなら中立です。</translation>
    </message>
    <message>
        <source>Note as it will read</source>
        <translation>表示されるメモ</translation>
    </message>
    <message>
        <source>The note, rendered, shows here</source>
        <translation>整形したメモがここに表示されます</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimScorer</name>
    <message>
        <source>no cue groups</source>
        <translation>手がかりグループがありません</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsBrowser</name>
    <message>
        <source>Claims in the Library</source>
        <translation>ライブラリ内の主張</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>主張(&amp;C)</translation>
    </message>
    <message>
        <source>Articles by tags</source>
        <translation>タグ別の記事</translation>
    </message>
    <message>
        <source>Articles × &amp;Tags</source>
        <translation>記事 × タグ(&amp;T)</translation>
    </message>
    <message>
        <source>Stances by tag</source>
        <translation>タグ別の立場</translation>
    </message>
    <message>
        <source>&amp;Stances</source>
        <translation>立場(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件の主張</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by text, speaker or article…</source>
        <translation>テキスト、発言者、記事で絞り込み…</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>主張を絞り込み</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>終了日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsOutlineModel</name>
    <message numerus="yes">
        <source>Needs review (%n)</source>
        <translation>
            <numerusform>要確認（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untagged (%n)</source>
        <translation>
            <numerusform>タグなし（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>These claims lost their place when the article changed. Select their new text and choose Re-attach, or remove them.</source>
        <translation>これらの主張は、記事が変更されたときに位置を失いました。新しいテキストを選択して「再び結び付ける」を選ぶか、削除してください。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>%1 claim, %2: %3</source>
        <translation>%1 の主張、%2: %3</translation>
    </message>
</context>
<context>
    <name>Lectern::ClaimsPane</name>
    <message>
        <source>Re-&amp;attach to Selection</source>
        <translation>選択範囲に再び結び付ける(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>主張を絞り込み</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>主張をテキストで絞り込み</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <source>Filter by stance</source>
        <translation>立場で絞り込み</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>タグで絞り込み</translation>
    </message>
    <message>
        <source>Claims in this article</source>
        <translation>この記事の主張</translation>
    </message>
    <message>
        <source>Select the claim&apos;s new place in the article, then press this</source>
        <translation>記事内で主張の新しい位置を選択してから、これを押してください</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 件の主張</numerusform>
        </translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Show only the claims that support, oppose or are neutral</source>
        <translation>賛成・反対・中立のいずれかの主張だけを表示します</translation>
    </message>
    <message>
        <source>Show only the claims with this tag or a tag nested under it</source>
        <translation>このタグ、またはその下のタグが付いた主張だけを表示します</translation>
    </message>
    <message>
        <source>Enter shows the selected claim in the article; Delete removes it</source>
        <translation>Enter で選択した主張を記事内に表示し、Delete で削除します</translation>
    </message>
    <message>
        <source>Remove the selected claim (Delete); Undo brings it back</source>
        <translation>選択した主張を削除します (Delete)。元に戻すで復元できます</translation>
    </message>
</context>
<context>
    <name>Lectern::CommandLine</name>
    <message>
        <source>backup takes no arguments</source>
        <translation>backup は引数を取りません</translation>
    </message>
    <message>
        <source>backup create takes no arguments</source>
        <translation>backup create は引数を取りません</translation>
    </message>
    <message>
        <source>backup restore needs the backup file</source>
        <translation>backup restore にはバックアップファイルが必要です</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 を復元できません: %2</translation>
    </message>
    <message>
        <source>restored %1 as %2</source>
        <translation>%1 を %2 として復元しました</translation>
    </message>
    <message>
        <source>--tag needs at least one tag name</source>
        <translation>--tag には少なくとも一つのタグ名が必要です</translation>
    </message>
    <message>
        <source>unknown stance &apos;%1&apos; (choose from: supports, opposes, neutral)</source>
        <translation>不明な立場「%1」（supports、opposes、neutral から選択）</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (choose from: claim, evidence, counter-claim)</source>
        <translation>不明な種類「%1」（claim、evidence、counter-claim から選択）</translation>
    </message>
    <message>
        <source>there is no claim with id &apos;%1&apos;</source>
        <translation>ID「%1」の主張はありません</translation>
    </message>
    <message>
        <source>article %1 does not contain the quote “%2”</source>
        <translation>記事 %1 に引用「%2」は含まれていません</translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs %n times in article %1: choose one with --occurrence 1 to %n</source>
        <translation>
            <numerusform>引用「%2」は記事 %1 に %n 回出現します: --occurrence 1〜%n で一つを選んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote “%2” occurs only %n time(s) in article %1, so there is no occurrence %3</source>
        <translation>
            <numerusform>引用「%2」は記事 %1 に %n 回しか出現しないため、%3 番目の出現はありません</numerusform>
        </translation>
    </message>
    <message>
        <source>annotate needs exactly one article id</source>
        <translation>annotate には記事 ID がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>give either --quote or --range, not both</source>
        <translation>--quote と --range のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT or --range START:END</source>
        <translation>annotate には --quote テキスト または --range 開始:終了 が必要です</translation>
    </message>
    <message>
        <source>--quote needs some text</source>
        <translation>--quote にはテキストが必要です</translation>
    </message>
    <message>
        <source>--occurrence goes with --quote</source>
        <translation>--occurrence は --quote と一緒に使います</translation>
    </message>
    <message>
        <source>--occurrence needs a positive number, not &apos;%1&apos;</source>
        <translation>--occurrence には正の数が必要です（「%1」ではありません）</translation>
    </message>
    <message>
        <source>--range needs START:END, two offsets in the article&apos;s text such as 120:180, not &apos;%1&apos;</source>
        <translation>--range には 120:180 のような、記事テキスト内の二つの位置 開始:終了 が必要です（「%1」ではありません）</translation>
    </message>
    <message>
        <source>--range %1 is empty: START must be less than END</source>
        <translation>--range %1 は空です: 開始は終了より小さくなければなりません</translation>
    </message>
    <message>
        <source>annotate needs --tag TAG[,TAG...]</source>
        <translation>annotate には --tag タグ[,タグ...] が必要です</translation>
    </message>
    <message>
        <source>there is no article with id &apos;%1&apos;</source>
        <translation>ID「%1」の記事はありません</translation>
    </message>
    <message>
        <source>--range %1 goes beyond the end of article %2, whose text is %3 UTF-16 units long</source>
        <translation>--range %1 は記事 %2 の末尾を超えています（テキストの長さは UTF-16 で %3 単位）</translation>
    </message>
    <message>
        <source>could not save the claim on article %1: %2</source>
        <translation>記事 %1 の主張を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>claims takes one article id or --all</source>
        <translation>claims には記事 ID を一つ、または --all を指定します</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (choose from: anchored, orphan)</source>
        <translation>不明な状態「%1」（anchored、orphan から選択）</translation>
    </message>
    <message>
        <source>claim edit needs exactly one claim id</source>
        <translation>claim edit には主張 ID がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>claim edit needs at least one of --tag, --stance, --kind, --speaker, --note</source>
        <translation>claim edit には --tag、--stance、--kind、--speaker、--note の少なくとも一つが必要です</translation>
    </message>
    <message>
        <source>Edit Claim</source>
        <translation>主張を編集</translation>
    </message>
    <message>
        <source>could not change claim %1: %2</source>
        <translation>主張 %1 を変更できませんでした: %2</translation>
    </message>
    <message>
        <source>changed claim %1</source>
        <translation>主張 %1 を変更しました</translation>
    </message>
    <message>
        <source>claim delete needs exactly one claim id</source>
        <translation>claim delete には主張 ID がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>could not delete claim %1: %2</source>
        <translation>主張 %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>deleted claim %1</source>
        <translation>主張 %1 を削除しました</translation>
    </message>
    <message>
        <source>Try &apos;lectern --help&apos;.</source>
        <translation>「lectern --help」を試してください。</translation>
    </message>
    <message>
        <source>The newest backup is %1; to restore it: lectern backup restore &apos;%1&apos;</source>
        <translation>最新のバックアップは %1 です。復元するには: lectern backup restore &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search [--json] [--limit N] QUERY</source>
        <translation>search [--json] [--limit N] クエリ</translation>
    </message>
    <message>
        <source>Search the library: words, &quot;phrases&quot;, prefix*, -excluded, OR.</source>
        <translation>ライブラリを検索します: 単語、&quot;フレーズ&quot;、前方一致*、-除外、OR。</translation>
    </message>
    <message>
        <source>show [--json] ID</source>
        <translation>show [--json] ID</translation>
    </message>
    <message>
        <source>Print an article&apos;s metadata and text (--json adds blocks, removed lines and the curated summary).</source>
        <translation>記事のメタデータとテキストを出力します（--json ではブロック、削除された行、編集済み要約も出力）。</translation>
    </message>
    <message>
        <source>annotate ID (--quote TEXT [--occurrence N] | --range START:END) --tag TAG[,TAG...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>annotate ID (--quote テキスト [--occurrence N] | --range 開始:終了) --tag タグ[,タグ...] [--stance supports|opposes|neutral] [--kind claim|evidence|counter-claim] [--speaker 名前] [--note テキスト] [--json]</translation>
    </message>
    <message>
        <source>Mark a passage of an article as a claim and print its id. --quote finds the text (--occurrence N picks the Nth of several); --range takes UTF-16 offsets in the article&apos;s text (see show --json). A TAG is a path such as Security/Misuse or a unique name.</source>
        <translation>記事の一節を主張としてマークし、その ID を出力します。--quote はテキストを検索します（複数ある場合は --occurrence N で N 番目を選択）。--range は記事テキスト内の UTF-16 位置を取ります（show --json を参照）。タグは Security/Misuse のようなパスか、一意の名前です。</translation>
    </message>
    <message>
        <source>claims [ID | --all] [--tag TAG] [--stance S] [--status anchored|orphan] [--json]</source>
        <translation>claims [ID | --all] [--tag タグ] [--stance S] [--status anchored|orphan] [--json]</translation>
    </message>
    <message>
        <source>List the claims of one article or of all (the default), one per line: id, article, start, end, status, stance, kind, tags, speaker, quote, note. --tag includes the tags nested under it.</source>
        <translation>一つの記事またはすべての記事（既定）の主張を 1 行に一つずつ一覧表示します: ID、記事、開始、終了、状態、立場、種類、タグ、発言者、引用、メモ。--tag はその下に入れ子になったタグも含みます。</translation>
    </message>
    <message>
        <source>claim edit CLAIM [--tag TAG[,TAG...]] [--stance S] [--kind K] [--speaker NAME] [--note TEXT] [--json]</source>
        <translation>claim edit 主張 [--tag タグ[,タグ...]] [--stance S] [--kind K] [--speaker 名前] [--note テキスト] [--json]</translation>
    </message>
    <message>
        <source>Change a claim: --tag replaces its tags; an empty --speaker or --note clears it.</source>
        <translation>主張を変更します: --tag はタグを置き換えます。空の --speaker や --note はその値を消去します。</translation>
    </message>
    <message>
        <source>claim delete CLAIM</source>
        <translation>claim delete 主張</translation>
    </message>
    <message>
        <source>Delete a claim.</source>
        <translation>主張を削除します。</translation>
    </message>
    <message>
        <source>tags [--json]</source>
        <translation>tags [--json]</translation>
    </message>
    <message>
        <source>Print the codebook as a tree, with each tag&apos;s colour and how many claims carry it (or a tag nested under it).</source>
        <translation>コードブックをツリーとして出力します。各タグの色と、そのタグ（またはその下に入れ子になったタグ）が付いた主張の数も表示します。</translation>
    </message>
    <message>
        <source>tags add NAME [--parent TAG] [--color #RRGGBB] [--description TEXT] [--json]</source>
        <translation>tags add 名前 [--parent タグ] [--color #RRGGBB] [--description テキスト] [--json]</translation>
    </message>
    <message>
        <source>Add a tag, at the top level or nested under --parent.</source>
        <translation>タグを最上位、または --parent の下に入れ子にして追加します。</translation>
    </message>
    <message>
        <source>tags rename TAG NEWNAME</source>
        <translation>tags rename タグ 新しい名前</translation>
    </message>
    <message>
        <source>Rename a tag; its claims keep it.</source>
        <translation>タグの名前を変更します。主張のタグはそのまま残ります。</translation>
    </message>
    <message>
        <source>tags merge FROM INTO</source>
        <translation>tags merge 元 先</translation>
    </message>
    <message>
        <source>Move the claims of FROM (and of the tags nested under it) to INTO, then delete FROM.</source>
        <translation>元（およびその下に入れ子になったタグ）の主張を先に移し、元を削除します。</translation>
    </message>
    <message>
        <source>tags delete TAG [--yes]</source>
        <translation>tags delete タグ [--yes]</translation>
    </message>
    <message>
        <source>Delete a tag and the tags nested under it; claims keep their other tags. Refuses when claims carry it, unless --yes is given.</source>
        <translation>タグとその下に入れ子になったタグを削除します。主張の他のタグは残ります。主張にそのタグが付いている場合は、--yes を指定しない限り削除しません。</translation>
    </message>
    <message>
        <source>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag TAG] [--stance S] [--bom] -o FILE [--json]</source>
        <translation>export --format md|html|pdf|odt|csv|json [--article ID[,ID...] | --all] [--tag タグ] [--stance S] [--bom] -o ファイル [--json]</translation>
    </message>
    <message>
        <source>Export claims with their tags and notes: Markdown notes, an HTML page (or PDF, ODT) with the highlights, CSV (--bom for spreadsheets) or W3C Web Annotation JSON-LD. Without --article, every article with claims; --tag includes nested tags.</source>
        <translation>主張をタグとメモとともにエクスポートします: Markdown のメモ、ハイライト付きの HTML ページ（または PDF、ODT）、CSV（表計算ソフト用には --bom）、W3C Web Annotation JSON-LD。--article がなければ主張のあるすべての記事が対象です。--tag は入れ子のタグも含みます。</translation>
    </message>
    <message>
        <source>import-annotations [--json] FILE</source>
        <translation>import-annotations [--json] ファイル</translation>
    </message>
    <message>
        <source>Import notes from a Lectern JSON export (adding the articles it carries) or a Hypothesis JSON export (on articles already in the library, matched by URL). All or nothing: a wrong entry is named and nothing is changed.</source>
        <translation>Lectern の JSON エクスポート（含まれる記事も追加）または Hypothesis の JSON エクスポート（URL で照合した、ライブラリにある記事が対象）からメモをインポートします。すべてか無かです: 誤った項目があればその項目を示し、何も変更しません。</translation>
    </message>
    <message>
        <source>suggest [--json] FILE|ID</source>
        <translation>suggest [--json] ファイル|ID</translation>
    </message>
    <message>
        <source>Print the sentences of a file (read, not imported) or an article that read like claims, one per line: start, end, tag, confidence, speaker, sentence. Uses what the library learned from your tagging; runs offline.</source>
        <translation>ファイル（読み込むだけでインポートしません）または記事のうち、主張らしい文を 1 行に一つずつ出力します: 開始、終了、タグ、確信度、発言者、文。ライブラリがあなたのタグ付けから学習した内容を使い、オフラインで動作します。</translation>
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
        <translation>ある記事に最も関連するライブラリの記事を 1 行に一つずつ一覧表示します: ID、タイトル、スコア、理由（共通のトピック、主張のタグ、類似語、同じ著者やサイト）。続いて、編集済みカードが挙げるタイトルを、ライブラリにあるかどうかにかかわらず表示します。</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>List the library&apos;s backups, newest first: file, time, size. One is made before every upgrade and at most once a day.</source>
        <translation>ライブラリのバックアップを新しい順に一覧表示します: ファイル、時刻、サイズ。バックアップは各アップグレードの前と、1 日に最大 1 回作成されます。</translation>
    </message>
    <message>
        <source>backup create</source>
        <translation>backup create</translation>
    </message>
    <message>
        <source>Make a backup now and print its file.</source>
        <translation>今すぐバックアップを作成し、そのファイルを出力します。</translation>
    </message>
    <message>
        <source>backup restore FILE</source>
        <translation>backup restore ファイル</translation>
    </message>
    <message>
        <source>Put a backup in the library&apos;s place; the library it replaces is kept beside it. Quit Lectern first.</source>
        <translation>バックアップをライブラリの場所に置きます。置き換えられたライブラリはその隣に保存されます。先に Lectern を終了してください。</translation>
    </message>
    <message>
        <source>help [SUBCOMMAND [ACTION]]</source>
        <translation>help [サブコマンド [アクション]]</translation>
    </message>
    <message>
        <source>Explain a subcommand.</source>
        <translation>サブコマンドを説明します。</translation>
    </message>
    <message>
        <source>unknown %1 action &apos;%2&apos; (choose from: %3)</source>
        <translation>不明な %1 のアクション「%2」（%3 から選択）</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>不明なサブコマンド「%1」</translation>
    </message>
    <message>
        <source>Every subcommand takes --library PATH (default: $LECTERN_LIBRARY or the application data folder).</source>
        <translation>どのサブコマンドも --library パス を受け付けます（既定: $LECTERN_LIBRARY またはアプリケーションのデータフォルダー）。</translation>
    </message>
    <message>
        <source>Usage: lectern [--library PATH] [--screenshot FILE] [FILE...]   open the window</source>
        <translation>使い方: lectern [--library パス] [--screenshot ファイル] [ファイル...]   ウィンドウを開く</translation>
    </message>
    <message>
        <source>       lectern SUBCOMMAND [OPTIONS]                           work without a display</source>
        <translation>        lectern サブコマンド [オプション]                          ディスプレイなしで作業する</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>the library database to use</source>
        <translation>使用するライブラリのデータベース</translation>
    </message>
    <message>
        <source>print one JSON document (an array for lists)</source>
        <translation>JSON ドキュメントを一つ出力する（一覧の場合は配列）</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>このヘルプを表示する</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 some item failed (the rest was done), 2 usage error.</source>
        <translation>終了コード: 0 成功、1 一部の項目が失敗（残りは完了）、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>The library database.</source>
        <translation>ライブラリのデータベース。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>最大 N 件の結果。</translation>
    </message>
    <message>
        <source>Largest file to import, in MB.</source>
        <translation>インポートする最大ファイルサイズ（MB）。</translation>
    </message>
    <message>
        <source>The text of the passage to mark.</source>
        <translation>マークする一節のテキスト。</translation>
    </message>
    <message>
        <source>Which occurrence of the quote, from 1.</source>
        <translation>引用の何番目の出現か（1 から）。</translation>
    </message>
    <message>
        <source>The passage as START:END offsets in the article&apos;s text.</source>
        <translation>記事テキスト内の 開始:終了 位置で示す一節。</translation>
    </message>
    <message>
        <source>Tag paths or names, separated by commas.</source>
        <translation>タグのパスまたは名前（カンマ区切り）。</translation>
    </message>
    <message>
        <source>supports, opposes or neutral.</source>
        <translation>supports、opposes、neutral のいずれか。</translation>
    </message>
    <message>
        <source>claim, evidence or counter-claim.</source>
        <translation>claim、evidence、counter-claim のいずれか。</translation>
    </message>
    <message>
        <source>Who makes the claim.</source>
        <translation>主張をしている人。</translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation>主張へのメモ。</translation>
    </message>
    <message>
        <source>anchored or orphan.</source>
        <translation>anchored または orphan。</translation>
    </message>
    <message>
        <source>Every article.</source>
        <translation>すべての記事。</translation>
    </message>
    <message>
        <source>The tag to nest under.</source>
        <translation>入れ子にする親タグ。</translation>
    </message>
    <message>
        <source>A colour as #RRGGBB.</source>
        <translation>#RRGGBB 形式の色。</translation>
    </message>
    <message>
        <source>What the tag is for.</source>
        <translation>タグの用途。</translation>
    </message>
    <message>
        <source>Delete even when claims carry the tag.</source>
        <translation>主張にタグが付いていても削除します。</translation>
    </message>
    <message>
        <source>md, html, pdf, odt, csv or json.</source>
        <translation>md、html、pdf、odt、csv、json のいずれか。</translation>
    </message>
    <message>
        <source>Article ids, separated by commas.</source>
        <translation>記事 ID（カンマ区切り）。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>Start a CSV file with a byte order mark.</source>
        <translation>CSV ファイルをバイトオーダーマークで始めます。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Print help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>%1 needs an action: %2</source>
        <translation>%1 にはアクションが必要です: %2</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 は --%2 を受け付けません</translation>
    </message>
    <message>
        <source>import needs at least one file or folder</source>
        <translation>import には少なくとも一つのファイルまたはフォルダーが必要です</translation>
    </message>
    <message>
        <source>%1 needs exactly one argument</source>
        <translation>%1 には引数がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list は引数を取りません</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit には正の数が必要です</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes</source>
        <translation>--max-size には正のメガバイト数が必要です</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n 件が要確認</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n 個のファイルが失敗しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>署名: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>サイト: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>公開日: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ソース: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>言語: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>バージョン: %1</translation>
    </message>
    <message>
        <source>export takes options only, not &apos;%1&apos;</source>
        <translation>export はオプションのみを取ります（「%1」は不可）</translation>
    </message>
    <message>
        <source>export needs --format md, html, pdf, odt, csv or json</source>
        <translation>export には --format md、html、pdf、odt、csv、json のいずれかが必要です</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (choose from: md, html, pdf, odt, csv, json)</source>
        <translation>不明な形式「%1」（md、html、pdf、odt、csv、json から選択）</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export には -o ファイル が必要です</translation>
    </message>
    <message>
        <source>give either --article or --all, not both</source>
        <translation>--article と --all のどちらか一方を指定してください</translation>
    </message>
    <message>
        <source>--article needs article ids, not &apos;%1&apos;</source>
        <translation>--article には記事 ID が必要です（「%1」ではありません）</translation>
    </message>
    <message numerus="yes">
        <source>%1: exported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n 件の主張をエクスポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n article(s)</source>
        <translation>
            <numerusform>%n 件の記事から</numerusform>
        </translation>
    </message>
    <message>
        <source>import-annotations needs exactly one file</source>
        <translation>import-annotations にはファイルがちょうど一つ必要です</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n claim(s)</source>
        <translation>
            <numerusform>%1: %n 件の主張をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n 件の記事を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added</source>
        <translation>
            <numerusform>%n 個のタグを追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a passage skipped</source>
        <translation>
            <numerusform>一節のない %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>suggest needs exactly one file or article id</source>
        <translation>suggest にはファイルまたは記事 ID がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation>%1 には記事 ID がちょうど一つ必要です</translation>
    </message>
    <message>
        <source>Curated summary of “%1”</source>
        <translation>「%1」の編集済み要約</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>主な洞察</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>原則</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>実践では</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>おすすめの対象</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>初出: %1</translation>
    </message>
    <message>
        <source>Generated summary of “%1” (key sentences picked by Lectern, not curated)</source>
        <translation>「%1」の生成された要約（Lectern が選んだ重要な文。編集済みではありません）</translation>
    </message>
    <message>
        <source>Key terms: %1</source>
        <translation>キーワード: %1</translation>
    </message>
    <message>
        <source>The article has no sentences long enough to summarise.</source>
        <translation>この記事には要約できるほど長い文がありません。</translation>
    </message>
    <message>
        <source>named by the curator</source>
        <translation>編集者が挙げたもの</translation>
    </message>
    <message>
        <source>named by the curator; not in the library</source>
        <translation>編集者が挙げたもの。ライブラリにはありません</translation>
    </message>
    <message>
        <source>the tag name &apos;%1&apos; is ambiguous: give its path (%2)</source>
        <translation>タグ名「%1」はあいまいです: パスを指定してください（%2）</translation>
    </message>
    <message>
        <source>there is no tag &apos;%1&apos;</source>
        <translation>タグ「%1」はありません</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>タグには名前が必要です</translation>
    </message>
    <message>
        <source>a tag name cannot contain &apos;/&apos; (&apos;%1&apos;); nest tags with --parent</source>
        <translation>タグ名に「/」は使えません（「%1」）。タグを入れ子にするには --parent を使ってください</translation>
    </message>
    <message>
        <source>tags takes no arguments</source>
        <translation>tags は引数を取りません</translation>
    </message>
    <message>
        <source>tags %1 needs %2</source>
        <translation>tags %1 には %2 が必要です</translation>
    </message>
    <message>
        <source>--color needs a colour as #RRGGBB, not &apos;%1&apos;</source>
        <translation>--color には #RRGGBB 形式の色が必要です（「%1」ではありません）</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 件の主張</numerusform>
        </translation>
    </message>
    <message>
        <source>could not add tag &apos;%1&apos;: %2</source>
        <translation>タグ「%1」を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>added tag %1 “%2”</source>
        <translation>タグ %1「%2」を追加しました</translation>
    </message>
    <message>
        <source>could not rename tag &apos;%1&apos;: %2</source>
        <translation>タグ「%1」の名前を変更できませんでした: %2</translation>
    </message>
    <message>
        <source>renamed tag “%1” to “%2”</source>
        <translation>タグ「%1」の名前を「%2」に変更しました</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into itself</source>
        <translation>タグ「%1」を自分自身に統合することはできません</translation>
    </message>
    <message>
        <source>cannot merge tag &apos;%1&apos; into &apos;%2&apos;: %3</source>
        <translation>タグ「%1」を「%2」に統合できません: %3</translation>
    </message>
    <message numerus="yes">
        <source>merged tag “%1” into “%2”: %n claim(s) moved</source>
        <translation>
            <numerusform>タグ「%1」を「%2」に統合しました: %n 件の主張を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag &apos;%1&apos; is on %n claim(s) (tags nested under it included); nothing was deleted: run again with --yes to delete it</source>
        <translation>
            <numerusform>タグ「%1」は %n 件の主張に付いています（入れ子のタグを含む）。何も削除していません: 削除するには --yes を付けて再実行してください</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete tag &apos;%1&apos;: %2</source>
        <translation>タグ「%1」を削除できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>deleted tag “%1”: %n claim(s) affected</source>
        <translation>
            <numerusform>タグ「%1」を削除しました: %n 件の主張に影響</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted with it: %n tag(s) nested under it</source>
        <translation>
            <numerusform>あわせて削除: その下に入れ子になった %n 個のタグ</numerusform>
        </translation>
    </message>
    <message>
        <source>the interface language: fr, de, it, ja or en (JSON keys stay English)</source>
        <translation>インターフェースの言語: fr、de、it、ja、en (JSON のキーは英語のまま)</translation>
    </message>
    <message>
        <source>The language of messages and help.</source>
        <translation>メッセージとヘルプの言語。</translation>
    </message>
    <message>
        <source>Print an article&apos;s curated summary, or else a generated one: its 3 to 5 most central sentences (TextRank), with their START:END offsets in the text, and its key terms. With --json, &quot;generated&quot; is false for the curated card and true for Lectern&apos;s sentences.</source>
        <translation>記事の編集済み要約を表示します。なければ生成した要約（TextRank による中心的な 3〜5 文、本文中の START:END 位置、キーワード）を表示します。--json では、編集済みカードの &quot;generated&quot; は false、Lectern が選んだ文では true です。</translation>
    </message>
    <message>
        <source>claims: %1 stayed, %2 moved, %3 orphaned</source>
        <translation>主張: そのまま %1 件、移動 %2 件、孤立 %3 件</translation>
    </message>
    <message>
        <source>list [--json] [--topic TOPIC]</source>
        <translation>list [--json] [--topic トピック]</translation>
    </message>
    <message>
        <source>List the articles in the library; --topic only those whose curated summary or source names the topic.</source>
        <translation>ライブラリの記事を一覧表示します。--topic を付けると、編集済み要約または出典がそのトピックを挙げている記事だけを表示します。</translation>
    </message>
    <message>
        <source>Only articles with this topic.</source>
        <translation>このトピックの記事だけ。</translation>
    </message>
    <message>
        <source>import [--json] [--max-size MB] [--encoding NAME] PATH...</source>
        <translation>import [--json] [--max-size MB] [--encoding 名前] パス...</translation>
    </message>
    <message>
        <source>Import files and folders (searched recursively): .txt, .md, .html, .epub, .pdf. A changed file from the same path becomes a new version of its article; its claims are placed on the new text, and those that cannot be are marked for review. --encoding reads text files in the named encoding (windows-1251, Shift_JIS, ...) instead of the one detected.</source>
        <translation>ファイルとフォルダー（再帰的に検索）をインポートします: .txt、.md、.html、.epub、.pdf。同じパスで変更されたファイルは、その記事の新しいバージョンになります。主張は新しいテキストに配置され、配置できないものは要確認としてマークされます。--encoding を指定すると、テキストファイルを検出したエンコーディングではなく、指定したエンコーディング（windows-1251、Shift_JIS など）で読み込みます。</translation>
    </message>
    <message>
        <source>Read text files in this encoding instead of the detected one.</source>
        <translation>テキストファイルを、検出したエンコーディングではなくこのエンコーディングで読み込みます。</translation>
    </message>
    <message>
        <source>--max-size needs a positive number of megabytes, at most %1</source>
        <translation>--max-size には %1 以下の正のメガバイト数が必要です</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &apos;%1&apos;</source>
        <translation>--encoding: 不明なエンコーディング「%1」</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>エンコーディング: %1</translation>
    </message>
    <message>
        <source>the folder of the library %1 does not exist</source>
        <translation>ライブラリ %1 のフォルダーが存在しません</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>ライブラリに既にある %n 件をスキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>To start a new, empty library there instead, add --new.</source>
        <translation>代わりにそこで新しい空のライブラリを始めるには、--new を付けてください。</translation>
    </message>
    <message>
        <source>start a new, empty library where a damaged one was moved aside</source>
        <translation>損傷したライブラリが移動された場所に新しい空のライブラリを始める</translation>
    </message>
    <message>
        <source>Start a new, empty library where a damaged one was moved aside.</source>
        <translation>損傷したライブラリが移動された場所に新しい空のライブラリを始めます。</translation>
    </message>
    <message>
        <source>Note: the library %1 is open read-only (%2); changes are refused.</source>
        <translation>注意: ライブラリ %1 は読み取り専用で開かれています（%2）。変更は受け付けられません。</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); what was read from it may be incomplete, and nothing was written. The next command checks it whole, moves it aside and says which backup to restore.</source>
        <translation>ライブラリ %1 は損傷しています（%2）。読み取った内容は不完全な可能性があり、何も書き込まれていません。次のコマンドで全体を検査して別の場所に移し、復元するバックアップを示します。</translation>
    </message>
    <message>
        <source>%1 needs at least one article id</source>
        <translation>%1 には記事 ID が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an article id</source>
        <translation>「%1」は記事 ID ではありません</translation>
    </message>
    <message>
        <source>article %1 moved to the Trash; `lectern restore %1` brings it back</source>
        <translation>記事 %1 をゴミ箱に移動しました。`lectern restore %1` で元に戻せます</translation>
    </message>
    <message>
        <source>article %1 restored</source>
        <translation>記事 %1 を元に戻しました</translation>
    </message>
    <message>
        <source>trash takes no arguments</source>
        <translation>trash は引数を取りません</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted for good</source>
        <translation>
            <numerusform>%n 件の記事を完全に削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>edit needs exactly one article id</source>
        <translation>edit には記事 ID がちょうど 1 つ必要です</translation>
    </message>
    <message>
        <source>edit needs at least one of --%1</source>
        <translation>edit には --%1 のいずれかが必要です</translation>
    </message>
    <message>
        <source>--published needs an ISO 8601 date such as 2026-03-02, not &apos;%1&apos;</source>
        <translation>--published には 2026-03-02 のような ISO 8601 の日付が必要です（「%1」ではなく）</translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation>記事 %1 はありません</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>記事 %1: %2</translation>
    </message>
    <message>
        <source>article %1 “%2” edited</source>
        <translation>記事 %1「%2」を編集しました</translation>
    </message>
    <message>
        <source>edit ID [--title TEXT] [--byline NAMES] [--site NAME] [--published DATE] [--url URL] [--topics T1,T2...]</source>
        <translation>edit ID [--title テキスト] [--byline 名前] [--site 名前] [--published 日付] [--url URL] [--topics T1,T2...]</translation>
    </message>
    <message>
        <source>Correct an article&apos;s details; its text, versions and claims stay as they are. An empty value clears a field (but a title is needed); --topics replaces the article&apos;s topics.</source>
        <translation>記事の情報を訂正します。本文、版、主張はそのまま残ります。空の値はその項目を消します（ただしタイトルは必要です）。--topics は記事のトピックを置き換えます。</translation>
    </message>
    <message>
        <source>delete ID...</source>
        <translation>delete ID...</translation>
    </message>
    <message>
        <source>Move articles to the Trash, with their claims: they leave the list, search and exports until restored. All or nothing.</source>
        <translation>記事を主張ごとゴミ箱に移動します。元に戻すまで一覧、検索、エクスポートから外れます。すべてか、何もしないかのどちらかです。</translation>
    </message>
    <message>
        <source>restore ID...</source>
        <translation>restore ID...</translation>
    </message>
    <message>
        <source>Bring articles back from the Trash, with their claims.</source>
        <translation>記事を主張ごとゴミ箱から元に戻します。</translation>
    </message>
    <message>
        <source>trash [--json]</source>
        <translation>trash [--json]</translation>
    </message>
    <message>
        <source>List the articles in the Trash, most recently deleted first: id, when deleted, claims, title.</source>
        <translation>ゴミ箱の記事を、最近削除したものから一覧表示します: ID、削除日時、主張数、タイトル。</translation>
    </message>
    <message>
        <source>trash empty</source>
        <translation>trash empty</translation>
    </message>
    <message>
        <source>Delete the articles in the Trash for good, with their claims.</source>
        <translation>ゴミ箱の記事を主張ごと完全に削除します。</translation>
    </message>
    <message>
        <source>The article&apos;s title.</source>
        <translation>記事のタイトル。</translation>
    </message>
    <message>
        <source>Who wrote the article.</source>
        <translation>記事の著者。</translation>
    </message>
    <message>
        <source>Where the article was published.</source>
        <translation>記事の掲載先。</translation>
    </message>
    <message>
        <source>When it was published, as an ISO 8601 date.</source>
        <translation>公開日（ISO 8601 形式）。</translation>
    </message>
    <message>
        <source>The article&apos;s web address.</source>
        <translation>記事のウェブアドレス。</translation>
    </message>
    <message>
        <source>Topics, separated by commas.</source>
        <translation>トピック（カンマ区切り）。</translation>
    </message>
    <message>
        <source>backup salvage needs the damaged library file</source>
        <translation>backup salvage には破損したライブラリファイルが必要です</translation>
    </message>
    <message>
        <source>Then, to bring back the claims made since that backup: lectern backup salvage &apos;%1&apos;</source>
        <translation>その後、このバックアップ以降に作成した主張を取り戻すには: lectern backup salvage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>backup salvage DAMAGED-FILE</source>
        <translation>backup salvage 破損ファイル</translation>
    </message>
    <message>
        <source>Read what can still be read from a damaged library file and add its claims, with their articles and tags, to the library; claims already there are skipped. Run it after backup restore to bring back the claims made since the backup.</source>
        <translation>破損したライブラリファイルからまだ読めるものを読み取り、その主張を記事とタグとともにライブラリに追加します。既にある主張は飛ばします。backup restore の後に実行すると、バックアップ以降に作成した主張を取り戻せます。</translation>
    </message>
</context>
<context>
    <name>Lectern::CuratedCardImporter</name>
    <message>
        <source>is not a summary card: no known sections</source>
        <translation>要約カードではありません: 既知のセクションがありません</translation>
    </message>
</context>
<context>
    <name>Lectern::Database</name>
    <message>
        <source>Cannot open the library %1: cannot create the folder %2.</source>
        <translation>ライブラリ %1 を開けません: フォルダー %2 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it is not a Lectern library (not an SQLite database).</source>
        <translation>ライブラリ %1 を開けません: Lectern のライブラリではありません（SQLite データベースではありません）。</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>読み取り専用で開かれました</translation>
    </message>
    <message>
        <source>you do not have permission to change %1</source>
        <translation>%1 を変更する権限がありません</translation>
    </message>
    <message>
        <source>you do not have permission to write in the folder %1</source>
        <translation>フォルダー %1 に書き込む権限がありません</translation>
    </message>
    <message>
        <source>the disk holding it is read-only</source>
        <translation>保存先のディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>the disk holding it is full</source>
        <translation>保存先のディスクがいっぱいです</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>ライブラリ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>ライブラリ %1 は破損しており（%2）、退避できませんでした: %3</translation>
    </message>
    <message>
        <source>The library %1 is damaged (%2). It was moved to %3, unchanged.</source>
        <translation>ライブラリ %1 は破損しています（%2）。変更せずに %3 へ移動しました。</translation>
    </message>
    <message>
        <source>Cannot open the library %1: it needs an upgrade to schema %2, but %3.</source>
        <translation>ライブラリ %1 を開けません: スキーマ %2 へのアップグレードが必要ですが、%3。</translation>
    </message>
    <message>
        <source>Cannot upgrade the library %1: no backup could be made first (%2).</source>
        <translation>ライブラリ %1 をアップグレードできません: 事前にバックアップを作成できませんでした（%2）。</translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>破損が見つかりました (%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>不明な破損</translation>
    </message>
    <message>
        <source>There is no library at %1: a damaged one was moved aside from there to %2. Restore a backup, or choose to start a new, empty library.</source>
        <translation>%1 にライブラリがありません。損傷したライブラリがそこから %2 に移されています。バックアップを復元するか、新しい空のライブラリを始めることを選んでください。</translation>
    </message>
    <message>
        <source>it is empty, 0 bytes</source>
        <translation>空です（0 バイト）</translation>
    </message>
    <message>
        <source>it is cut short: %1 of the %2 bytes its header declares</source>
        <translation>途中で切れています（ヘッダーが示す %2 バイトのうち %1 バイト）</translation>
    </message>
    <message>
        <source>Cannot create the library %1: the new file could not be put in place.</source>
        <translation>ライブラリ %1 を作成できません: 新しいファイルを所定の場所に置けませんでした。</translation>
    </message>
</context>
<context>
    <name>Lectern::EditDetailsCommand</name>
    <message>
        <source>Edit Article Details</source>
        <translation>記事の情報を編集</translation>
    </message>
</context>
<context>
    <name>Lectern::EpubImporter</name>
    <message>
        <source>The uncompressed size exceeds the limit: %1 would unpack to %2, more than %3.</source>
        <translation>展開後のサイズが上限を超えています: %1 は %2 に展開され、%3 を超えます。</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>この本</translation>
    </message>
    <message>
        <source>%1 cannot be read: its compression method is not supported.</source>
        <translation>%1 を読み込めません: 圧縮方式がサポートされていません。</translation>
    </message>
    <message>
        <source>The archive is damaged: %1 holds more data than its header declares.</source>
        <translation>アーカイブが破損しています: %1 にはヘッダーの宣言より多くのデータがあります。</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml is missing.</source>
        <translation>EPUB ではありません: META-INF/container.xml がありません。</translation>
    </message>
    <message>
        <source>This is not an EPUB: META-INF/container.xml names no package document.</source>
        <translation>EPUB ではありません: META-INF/container.xml にパッケージ文書が指定されていません。</translation>
    </message>
    <message>
        <source>This is not an EPUB: its package document %1 is missing.</source>
        <translation>EPUB ではありません: パッケージ文書 %1 がありません。</translation>
    </message>
    <message>
        <source>The EPUB&apos;s package document %1 is not valid XML: %2</source>
        <translation>EPUB のパッケージ文書 %1 は有効な XML ではありません: %2</translation>
    </message>
    <message>
        <source>The EPUB has no chapters: its spine is empty.</source>
        <translation>EPUB に章がありません: スパインが空です。</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed but missing from the book.</source>
        <translation>章「%1」は一覧にありますが、本の中に見つかりません。</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; was skipped: %2</source>
        <translation>章「%1」をスキップしました: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>This is not a valid EPUB (ZIP) archive.</source>
        <translation>有効な EPUB（ZIP）アーカイブではありません。</translation>
    </message>
    <message>
        <source>The archive contains an entry with an unsafe path: %1</source>
        <translation>アーカイブに安全でないパスの項目が含まれています: %1</translation>
    </message>
    <message>
        <source>The book contains no readable text.</source>
        <translation>この本には読めるテキストがありません。</translation>
    </message>
    <message>
        <source>could not be read: EPUB support is missing, %1</source>
        <translation>読み込めませんでした: EPUB のサポートがありません、%1</translation>
    </message>
    <message>
        <source>The chapter &quot;%1&quot; is listed more than once; it was read once.</source>
        <translation>章「%1」は複数回一覧にあります。1 回だけ読み込みました。</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportCollector</name>
    <message>
        <source>There is no article with id %1.</source>
        <translation>ID %1 の記事はありません。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportDialog</name>
    <message>
        <source>The open &amp;article</source>
        <translation>開いている記事(&amp;A)</translation>
    </message>
    <message>
        <source>The whole &amp;library</source>
        <translation>ライブラリ全体(&amp;L)</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for spreadsheet programs)</source>
        <translation>バイトオーダーマークで始める（表計算ソフト用）</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>メモをエクスポート</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Any stance</source>
        <translation>すべての立場</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>Claims of:</source>
        <translation>対象の主張:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>立場(&amp;S):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 件の主張</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1</source>
        <translation>プレビューには最初の %1 を表示しています</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>メモをエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cannot Export Notes</source>
        <translation>メモをエクスポートできません</translation>
    </message>
</context>
<context>
    <name>Lectern::ExportTarget</name>
    <message>
        <source>it is a SQLite database (a Lectern library or a backup); choose another file</source>
        <translation>SQLite データベース（Lectern のライブラリまたはバックアップ）です。別のファイルを選択してください</translation>
    </message>
    <message>
        <source>it belongs to the database “%1”; choose another file</source>
        <translation>データベース「%1」に属しています。別のファイルを選択してください</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>通常のファイルではありません（デバイスまたはパイプ）</translation>
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
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument テキスト</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV スプレッドシート</translation>
    </message>
    <message>
        <source>Web Annotation (JSON-LD)</source>
        <translation>Web Annotation（JSON-LD）</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::FileImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>is larger than the import limit of %1 MB</source>
        <translation>インポートの上限 %1 MB を超えています</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation>テキストではなくバイナリファイルです</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a socket or a device)</source>
        <translation>通常のファイルではありません（パイプ、ソケット、またはデバイス）</translation>
    </message>
</context>
<context>
    <name>Lectern::FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致（F3）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件の一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlExporter</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Passages no longer in the text</source>
        <translation>テキストにもう存在しない一節</translation>
    </message>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern のメモ</translation>
    </message>
    <message numerus="yes">
        <source>Notes exported from Lectern on %1, %n claim(s).</source>
        <translation>
            <numerusform>%1 に Lectern からエクスポートしたメモ、%n 件の主張。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::HtmlImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The page is nested too deeply (more than %1 levels) to be read safely.</source>
        <translation>ページの入れ子が深すぎるため（%1 階層を超えています）、安全に読み込めません。</translation>
    </message>
    <message>
        <source>The page contains no readable text.</source>
        <translation>このページには読めるテキストがありません。</translation>
    </message>
    <message>
        <source>The page has %1 elements, more than a page of its size can be read with (%2) within memory: it looks like data rather than an article.</source>
        <translation>このページには %1 個の要素があり、この大きさのページをメモリ内で読める数 (%2) を超えています。記事ではなくデータのようです。</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportDialog</name>
    <message>
        <source>Importing Articles</source>
        <translation>記事をインポート中</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>記事を探しています…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 をインポートしています（%3 件中 %2 件目）…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n 件の記事をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) updated with a new text version.</source>
        <translation>
            <numerusform>%n 件の記事を新しいテキストバージョンで更新しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the library.</source>
        <translation>
            <numerusform>%n 個のファイルはすでにライブラリにあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; files not yet read were left out.</source>
        <translation>インポートをキャンセルしました。まだ読み込んでいないファイルは除外されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 個のファイルをインポートできませんでした:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Some files could not be imported.</source>
        <translation>一部のファイルをインポートできませんでした。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Lectern::ImportExportFlow</name>
    <message>
        <source>Import Annotations</source>
        <translation>注釈をインポート</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>注釈 (*.json *.jsonld);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot Import Annotations</source>
        <translation>注釈をインポートできません</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n claim(s)</source>
        <translation>
            <numerusform>%n 件の主張をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n 件が要確認</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>記事をインポート</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;All files (*)</source>
        <translation>記事 (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Articles</source>
        <translation>記事のフォルダーをインポート</translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library skipped</source>
        <translation>
            <numerusform>ライブラリに既にある %n 件をスキップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>Applies the next time Lectern starts</source>
        <translation>次回 Lectern の起動時に適用されます</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryActions</name>
    <message>
        <source>&amp;Move to Trash</source>
        <translation>ゴミ箱に移動(&amp;M)</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>記事の情報(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ゴミ箱(&amp;T)…</translation>
    </message>
    <message>
        <source>Move the selected article to the Trash, with its claims; Undo or the Trash brings it back</source>
        <translation>選択した記事を主張ごとゴミ箱に移動します。元に戻す、またはゴミ箱から復元できます</translation>
    </message>
    <message>
        <source>Correct the title, byline, site, date, address or topics of the selected article</source>
        <translation>選択した記事のタイトル、著者、サイト、日付、アドレス、トピックを訂正します</translation>
    </message>
    <message>
        <source>See the deleted articles, restore them or delete them for good</source>
        <translation>削除した記事を確認し、元に戻すか完全に削除します</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash. Undo with Ctrl+Z, or restore from File › Trash.</source>
        <translation>
            <numerusform>%n 件の記事をゴミ箱に移動しました。Ctrl+Z で元に戻すか、ファイル › ゴミ箱 から復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Details saved. Undo with Ctrl+Z.</source>
        <translation>情報を保存しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryBackups</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>バックアップフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: %2</source>
        <translation>ライブラリを %1 にバックアップできません: %2</translation>
    </message>
    <message>
        <source>cannot back up the library to %1: the copy cannot be renamed</source>
        <translation>ライブラリを %1 にバックアップできません: コピーの名前を変更できません</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>%1 を %2 へ退避できません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 は破損しています</translation>
    </message>
    <message>
        <source>%1 is not a Lectern library</source>
        <translation>%1 は Lectern のライブラリではありません</translation>
    </message>
    <message>
        <source>cannot read the backup %1: %2</source>
        <translation>バックアップ %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot copy the backup %1 to %2: %3</source>
        <translation>バックアップ %1 を %2 にコピーできません: %3</translation>
    </message>
    <message>
        <source>the library&apos;s connection is not SQLite</source>
        <translation>ライブラリへの接続が SQLite ではありません</translation>
    </message>
    <message>
        <source>stopped before it was complete</source>
        <translation>完了前に中止されました</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryClaimsModel</name>
    <message>
        <source>%1 (needs review)</source>
        <translation>%1（要確認）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立場</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryEdits</name>
    <message>
        <source>There is no article %1.</source>
        <translation>記事 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryModel</name>
    <message>
        <source>%1
by %2</source>
        <translation>%1
%2 著</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <translation>ライブラリを検索…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Type words, &quot;a phrase&quot;, prefix* or -excluded words; Enter opens the first result</source>
        <translation>単語、&quot;フレーズ&quot;、前方一致*、-除外語を入力します。Enter で最初の結果を開きます</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>The articles in the library; Enter opens the selected one</source>
        <translation>ライブラリの記事。Enter で選択した記事を開きます</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Clear the Search</source>
        <translation>検索をクリア</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>「%1」に一致する記事はありません。</translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryRecovery</name>
    <message>
        <source>Cannot Open the Library</source>
        <translation>ライブラリを開けません</translation>
    </message>
    <message>
        <source>The Library Is Damaged</source>
        <translation>ライブラリが破損しています</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? Changes made after it are not in it; the damaged file is kept.</source>
        <translation>%1 に作成された最新のバックアップを復元しますか？ それ以降の変更は含まれません。破損したファイルは保存されます。</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>There is no backup to restore. Lectern can start a new, empty library; the damaged file is kept.</source>
        <translation>復元できるバックアップがありません。Lectern で新しい空のライブラリを開始できます。破損したファイルは保存されます。</translation>
    </message>
    <message>
        <source>Start Empty Library</source>
        <translation>空のライブラリを開始</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>バックアップを復元できません</translation>
    </message>
    <message>
        <source>Lectern found damage in the library %1 (%2).</source>
        <translation>Lectern はライブラリ %1 に破損を見つけました (%2)。</translation>
    </message>
    <message>
        <source>To keep what it holds safe, the library is now read-only. When Lectern next starts, it moves the damaged file aside, unchanged, and offers the newest backup.</source>
        <translation>内容を守るため、ライブラリは読み取り専用になりました。次回の起動時に Lectern は破損したファイルをそのまま別の場所に移し、最新のバックアップを提案します。</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Cannot Restart Lectern</source>
        <translation>Lectern を再起動できません</translation>
    </message>
    <message>
        <source>Start Lectern again to recover the library %1.</source>
        <translation>ライブラリ %1 を復旧するには Lectern をもう一度起動してください。</translation>
    </message>
    <message>
        <source>Bring back the claims the damaged file still holds</source>
        <translation>破損ファイルに残っている主張を取り戻す</translation>
    </message>
    <message>
        <source>Reading the claims the damaged file still holds…</source>
        <translation>破損ファイルに残っている主張を読み取っています…</translation>
    </message>
    <message>
        <source>Salvaging Claims</source>
        <translation>主張の救出</translation>
    </message>
    <message>
        <source>Cannot Salvage the Claims</source>
        <translation>主張を救出できません</translation>
    </message>
    <message>
        <source>Claims Salvaged</source>
        <translation>主張を救出しました</translation>
    </message>
    <message>
        <source>The damaged file stays where it is: %1</source>
        <translation>破損ファイルはそのまま残ります: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::LibrarySalvage</name>
    <message>
        <source>Cannot salvage “%1”: there is no such file</source>
        <translation>「%1」を救出できません: そのファイルはありません</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: no temporary folder (%2)</source>
        <translation>「%1」を救出できません: 一時フォルダーがありません (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: what could be read is not a library (%2)</source>
        <translation>「%1」を救出できません: 読み取れた内容はライブラリではありません (%2)</translation>
    </message>
    <message>
        <source>Cannot salvage “%1”: %2</source>
        <translation>「%1」を救出できません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) could be read from the damaged file.</source>
        <translation>
            <numerusform>破損ファイルから %n 件の主張を読み取れました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) added to the library.</source>
        <translation>
            <numerusform>%n 件の主張をライブラリに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) already in it.</source>
        <translation>
            <numerusform>%n 件の主張は既にありました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added with them.</source>
        <translation>
            <numerusform>それとともに %n 件の記事を追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) added with them.</source>
        <translation>
            <numerusform>それとともに %n 個のタグを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) did not find their passage and need placing again.</source>
        <translation>
            <numerusform>%n 件の主張は箇所が見つからず、置き直しが必要です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::LibraryStore</name>
    <message>
        <source>There is no article %1.</source>
        <translation>記事 %1 はありません。</translation>
    </message>
    <message>
        <source>Article %1 has no removed line %2.</source>
        <translation>記事 %1 に削除された行 %2 はありません。</translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>記事にはタイトルが必要です。</translation>
    </message>
</context>
<context>
    <name>Lectern::LineLengthLimit</name>
    <message>
        <source>has a line of %1 MB with no line break; an article&apos;s lines are under %2 MB (is it a text file?)</source>
        <translation>改行のない %1 MB の行があります。記事の行は %2 MB 未満です（テキストファイルですか？）</translation>
    </message>
</context>
<context>
    <name>Lectern::LinkOpener</name>
    <message>
        <source>Open Link?</source>
        <translation>リンクを開きますか？</translation>
    </message>
    <message>
        <source>Open this link in your web browser?</source>
        <translation>このリンクをウェブブラウザーで開きますか？</translation>
    </message>
</context>
<context>
    <name>Lectern::MainActions</name>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import articles: text, Markdown, HTML, EPUB or PDF files</source>
        <translation>記事をインポート: テキスト、Markdown、HTML、EPUB、PDF ファイル</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダーをインポート(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>メモをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>注釈をインポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>ライブラリを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>Lectern について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Claims in Library…</source>
        <translation>ライブラリ内の主張(&amp;C)…</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>ライブラリを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>サイドパネルを表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>配色(&amp;C)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Typeface</source>
        <translation>書体(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Serif</source>
        <translation>セリフ(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ans Serif</source>
        <translation>サンセリフ(&amp;A)</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>行間(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>狭い(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>ふつう(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Airy</source>
        <translation>広い(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>タグを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, nest, merge and delete tags</source>
        <translation>タグの追加、名前変更、色の変更、入れ子、統合、削除</translation>
    </message>
    <message>
        <source>Show &amp;Removed Lines</source>
        <translation>削除された行を表示(&amp;R)</translation>
    </message>
    <message>
        <source>Lines the importer took out of the article as site boilerplate; each can be restored</source>
        <translation>インポート時にサイトの定型文として記事から取り除かれた行です。どの行も復元できます</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>Lectern::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (%2)</source>
        <translation>選択範囲に %1 のタグを付ける (%2)</translation>
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
        <translation>主張は保存されませんでした</translation>
    </message>
    <message>
        <source>%1

Library: %2</source>
        <translation>%1

ライブラリ: %2</translation>
    </message>
    <message>
        <source>Article %1 is no longer in the library.</source>
        <translation>記事 %1 はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>Cannot Restore the Line</source>
        <translation>行を復元できません</translation>
    </message>
    <message>
        <source>The line is back in the article (as a new text version).</source>
        <translation>行が記事に戻りました（新しいテキストバージョンとして）。</translation>
    </message>
    <message>
        <source>The link %1 does not lead to an article in this library.</source>
        <translation>リンク %1 はこのライブラリの記事を指していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>ライブラリに %n 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>damage was found in it (%1)</source>
        <translation>破損が見つかりました (%1)</translation>
    </message>
    <message>
        <source>Library Not Changed</source>
        <translation>ライブラリは変更されていません</translation>
    </message>
    <message>
        <source>“%1” is in the Trash: restore it from File › Trash to read it.</source>
        <translation>「%1」はゴミ箱にあります。読むには ファイル › ゴミ箱 から復元してください。</translation>
    </message>
    <message>
        <source>Sample Articles</source>
        <translation>サンプル記事</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindowApplication</name>
    <message>
        <source>The library database.</source>
        <translation>ライブラリのデータベース。</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>読み込み後にウィンドウの画像を保存して終了します。</translation>
    </message>
    <message>
        <source>Use this language (fr, de, it, ja, en...) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりにこの言語（fr、de、it、ja、en など）を使います。</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern のメモ</translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation>立場: %1</translation>
    </message>
    <message>
        <source>kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>speaker: %1</source>
        <translation>発言者: %1</translation>
    </message>
    <message>
        <source>status: orphan (the passage is no longer in the text)</source>
        <translation>状態: 孤立（一節がテキストにもう存在しません）</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Open in Lectern</source>
        <translation>Lectern で開く</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>No claims.</source>
        <translation>主張はありません。</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MarkdownImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>読めるテキストがありません</translation>
    </message>
</context>
<context>
    <name>Lectern::Migrations</name>
    <message>
        <source>Security</source>
        <translation>安全保障</translation>
    </message>
    <message>
        <source>Risks, misuse, safety and national security</source>
        <translation>リスク、悪用、安全、国家安全保障</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>イノベーション</translation>
    </message>
    <message>
        <source>Research, progress, openness and new capabilities</source>
        <translation>研究、進歩、開放性、新しい能力</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>競争</translation>
    </message>
    <message>
        <source>Markets, rivals, concentration and trade</source>
        <translation>市場、競合、集中、貿易</translation>
    </message>
    <message>
        <source>not a Lectern library (cannot read its schema version)</source>
        <translation>Lectern のライブラリではありません（スキーマバージョンを読み取れません）</translation>
    </message>
    <message>
        <source>made by a newer Lectern (schema %1; this version knows up to %2)</source>
        <translation>新しい Lectern で作成されています（スキーマ %1。このバージョンは %2 まで対応）</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>スキーマ %1 へのアップグレードに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::NewTagDialog</name>
    <message>
        <source>New Tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <source>A name, or a path such as Security/Misuse</source>
        <translation>名前、または Security/Misuse のようなパス</translation>
    </message>
    <message>
        <source>Tag name or path</source>
        <translation>タグの名前またはパス</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色:</translation>
    </message>
    <message>
        <source>Too close to a tag&apos;s colour for colour-blind readers</source>
        <translation>色覚に違いのある人には既存のタグの色と見分けにくい色です</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>タグ %1 はすでにあります。</translation>
    </message>
</context>
<context>
    <name>Lectern::PdfImporter</name>
    <message>
        <source>is incomplete (a partial download?)</source>
        <translation>不完全です（ダウンロードが途中？）</translation>
    </message>
    <message>
        <source>is encrypted (password protected)</source>
        <translation>暗号化されています（パスワード保護）</translation>
    </message>
    <message>
        <source>is encrypted with an unsupported security scheme</source>
        <translation>サポートされていないセキュリティ方式で暗号化されています</translation>
    </message>
    <message>
        <source>is damaged or not a valid PDF</source>
        <translation>破損しているか、有効な PDF ではありません</translation>
    </message>
    <message>
        <source>could not be read as a PDF</source>
        <translation>PDF として読み込めませんでした</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>is not a PDF file</source>
        <translation>PDF ファイルではありません</translation>
    </message>
    <message>
        <source>is damaged: its page tree loops back on itself</source>
        <translation>破損しています: ページツリーが循環しています</translation>
    </message>
    <message>
        <source>has no pages</source>
        <translation>ページがありません</translation>
    </message>
    <message>
        <source>has no text layer (scanned images?)</source>
        <translation>テキストレイヤーがありません（スキャン画像？）</translation>
    </message>
    <message>
        <source>could not be read: no pipe for the PDF reader</source>
        <translation>読み込めませんでした: PDF リーダー用のパイプを作れません</translation>
    </message>
    <message>
        <source>could not be read: the PDF reader could not start</source>
        <translation>読み込めませんでした: PDF リーダーを起動できません</translation>
    </message>
    <message>
        <source>is damaged: the PDF reader stopped on it</source>
        <translation>破損しています: PDF リーダーが処理を停止しました</translation>
    </message>
    <message>
        <source>could not be read: PDF support is missing, %1</source>
        <translation>読み込めませんでした: PDF のサポートがありません、%1</translation>
    </message>
    <message>
        <source>running header or footer</source>
        <translation>繰り返されるヘッダーまたはフッター</translation>
    </message>
    <message>
        <source>took more than %1 s of processor time to read and was stopped: it is most likely malformed</source>
        <translation>読み込みに %1 秒を超えるプロセッサ時間がかかったため中止しました: ファイルが壊れている可能性が高いです</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>Lectern::PlainTextImporter</name>
    <message>
        <source>contains no readable text</source>
        <translation>読めるテキストがありません</translation>
    </message>
    <message>
        <source>section label</source>
        <translation>セクション見出し</translation>
    </message>
</context>
<context>
    <name>Lectern::PluginLibrary</name>
    <message>
        <source>the plugin %1 could not be loaded (%2)</source>
        <translation>プラグイン %1 を読み込めませんでした (%2)</translation>
    </message>
    <message>
        <source>the plugin %1 is not the one this version of Lectern needs</source>
        <translation>プラグイン %1 はこのバージョンの Lectern 用ではありません</translation>
    </message>
</context>
<context>
    <name>Lectern::ReadOnlyBanner</name>
    <message>
        <source>Read-only library</source>
        <translation>読み取り専用のライブラリ</translation>
    </message>
    <message>
        <source>This library is read-only: %1. You can read and search it, but changes cannot be saved.</source>
        <translation>このライブラリは読み取り専用です: %1。閲覧と検索はできますが、変更は保存できません。</translation>
    </message>
</context>
<context>
    <name>Lectern::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>The text of the open article; select text with the mouse or Shift and the arrow keys</source>
        <translation>開いている記事のテキスト。マウス、または Shift と矢印キーでテキストを選択します</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>記事のタイトル</translation>
    </message>
    <message>
        <source>Choose an article in the library, or import one with File › Import Files (Ctrl+O) or by dropping files here.</source>
        <translation>ライブラリから記事を選ぶか、ファイル › ファイルをインポート（Ctrl+O）またはここへのファイルのドロップで記事をインポートしてください。</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>%1 の発言</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedArticlesModel</name>
    <message>
        <source>%1; named by the curator</source>
        <translation>%1。編集者が挙げたもの</translation>
    </message>
    <message>
        <source>Named by the curator; in your library</source>
        <translation>編集者が挙げたもの。ライブラリにあります</translation>
    </message>
    <message>
        <source>Named by the curator; not in your library yet</source>
        <translation>編集者が挙げたもの。まだライブラリにありません</translation>
    </message>
    <message>
        <source>“%1” is not in your library: import it to read it here.</source>
        <translation>「%1」はライブラリにありません。ここで読むにはインポートしてください。</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>「%1」を開く</translation>
    </message>
</context>
<context>
    <name>Lectern::RelatedFinder</name>
    <message>
        <source>shared topics: %1</source>
        <translation>共通のトピック: %1</translation>
    </message>
    <message>
        <source>claims tagged %1</source>
        <translation>%1 のタグが付いた主張</translation>
    </message>
    <message>
        <source>similar terms: %1</source>
        <translation>類似語: %1</translation>
    </message>
    <message>
        <source>same author: %1</source>
        <translation>同じ著者: %1</translation>
    </message>
    <message>
        <source>same site: %1</source>
        <translation>同じサイト: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::RemoveClaimCommand</name>
    <message>
        <source>Remove Claim</source>
        <translation>主張を削除</translation>
    </message>
</context>
<context>
    <name>Lectern::SelectionToolBar</name>
    <message>
        <source>Tag the selection</source>
        <translation>選択範囲にタグを付ける</translation>
    </message>
</context>
<context>
    <name>Lectern::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the main window, with the menu it is in</source>
        <translation>メインウィンドウのすべてのキーボードショートカットと、それが含まれるメニュー</translation>
    </message>
</context>
<context>
    <name>Lectern::SidePanel</name>
    <message>
        <source>Generated summary</source>
        <translation>生成された要約</translation>
    </message>
    <message>
        <source>Sentences picked from the text by Lectern, not by a curator. Click one to read it in place.</source>
        <translation>編集者ではなく Lectern がテキストから選んだ文です。クリックすると本文の該当箇所で読めます。</translation>
    </message>
    <message>
        <source>Key terms</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>Curated summary</source>
        <translation>編集済み要約</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Key takeaway</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Key insights</source>
        <translation>主な洞察</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>原則</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>実践では</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>おすすめの対象</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Originally published by %1</source>
        <translation>初出: %1</translation>
    </message>
    <message>
        <source>This article has no curated summary.</source>
        <translation>この記事には編集済み要約がありません。</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>リード文</translation>
    </message>
    <message>
        <source>By</source>
        <translation>著者</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Tags from the source</source>
        <translation>ソースのタグ</translation>
    </message>
    <message>
        <source>&amp;Restore to Article</source>
        <translation>記事に復元(&amp;R)</translation>
    </message>
    <message>
        <source>Articles in your library that share topics, claim tags, terms, a site or an author with this one.</source>
        <translation>トピック、主張のタグ、用語、サイト、著者をこの記事と共有する、ライブラリ内の記事です。</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>関連記事</translation>
    </message>
    <message>
        <source>Site boilerplate the importer took out of this article. Nothing is lost: restore any line.</source>
        <translation>インポート時にこの記事から取り除かれたサイトの定型文です。何も失われていません。どの行も復元できます。</translation>
    </message>
    <message>
        <source>Removed lines</source>
        <translation>削除された行</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Removed as: %1</source>
        <translation>削除の理由: %1</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>削除済み（%1）</translation>
    </message>
    <message>
        <source>The article&apos;s curated or generated summary and details; links show a passage or search a topic</source>
        <translation>記事の編集済みまたは生成された要約と詳細。リンクで該当箇所を表示したり、トピックを検索したりできます</translation>
    </message>
    <message>
        <source>Pages of the side panel: the arrow keys move between them</source>
        <translation>サイドパネルのページ。矢印キーで切り替えます</translation>
    </message>
    <message>
        <source>The article&apos;s summary, key terms and details</source>
        <translation>記事の要約、キーワード、詳細</translation>
    </message>
    <message>
        <source>Enter opens the selected article</source>
        <translation>Enter で選択した記事を開きます</translation>
    </message>
    <message>
        <source>Articles in your library related to this one</source>
        <translation>ライブラリ内でこの記事に関連する記事</translation>
    </message>
    <message>
        <source>Boilerplate taken out of the article; Restore to Article puts the selected line back</source>
        <translation>記事から取り除かれた定型文。「記事に復元」で選択した行を戻します</translation>
    </message>
    <message>
        <source>Put the selected line back into the article</source>
        <translation>選択した行を記事に戻します</translation>
    </message>
    <message>
        <source>Boilerplate the importer took out of this article</source>
        <translation>インポート時にこの記事から取り除かれた定型文</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
</context>
<context>
    <name>Lectern::SqliteRecovery</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot recover into “%1”: the file exists</source>
        <translation>「%1」に復元できません: ファイルが既にあります</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: no temporary folder (%2)</source>
        <translation>「%1」を復元できません: 一時フォルダーがありません (%2)</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: %2</source>
        <translation>「%1」を復元できません: %2</translation>
    </message>
    <message>
        <source>Cannot recover “%1”: out of memory</source>
        <translation>「%1」を復元できません: メモリ不足です</translation>
    </message>
</context>
<context>
    <name>Lectern::StanceComparisonModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionActions</name>
    <message>
        <source>Suggest &amp;Claims</source>
        <translation>主張を提案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>提案を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject Suggestion</source>
        <translation>提案を却下(&amp;J)</translation>
    </message>
    <message>
        <source>Underline the sentences of this article that read like claims, with the tag they seem to fit</source>
        <translation>この記事で主張らしい文に、合いそうなタグとともに下線を引きます</translation>
    </message>
    <message>
        <source>Make the suggestion under the cursor a claim with the suggested tag</source>
        <translation>カーソル位置の提案を、提案されたタグの主張にします</translation>
    </message>
    <message>
        <source>Dismiss the suggestion under the cursor; Lectern learns it is not a claim</source>
        <translation>カーソル位置の提案を却下します。Lectern はそれが主張ではないことを学習します</translation>
    </message>
    <message>
        <source>There is no suggestion under the cursor.</source>
        <translation>カーソル位置に提案がありません。</translation>
    </message>
    <message>
        <source>Accepted as %1. Undo with Ctrl+Z.</source>
        <translation>%1 として受け入れました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Suggestion rejected.</source>
        <translation>提案を却下しました。</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionLearner</name>
    <message>
        <source>The suggestion model could not be saved: %1</source>
        <translation>提案モデルを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::SuggestionsPane</name>
    <message>
        <source>&amp;Accept</source>
        <translation>受け入れる(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
    <message>
        <source>Suggested claims in this article</source>
        <translation>この記事で提案された主張</translation>
    </message>
    <message>
        <source>Suggestions are off for this article. Turn them on to see which sentences read like claims; everything runs on this computer.</source>
        <translation>この記事では提案がオフになっています。オンにすると、どの文が主張らしいかがわかります。すべてこのコンピューター上で動作します。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) pending. In the article: Enter or A accepts, X rejects, 1–9 accept with another tag.</source>
        <translation>
            <numerusform>保留中の提案が %n 件あります。記事内で Enter または A で受け入れ、X で却下、1〜9 で別のタグで受け入れます。</numerusform>
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
        <translation>主張らしく読める文。Enter で選択した文を記事内に表示します</translation>
    </message>
    <message>
        <source>Make the selected suggestion a claim with its suggested tag</source>
        <translation>選択した提案を、提案されたタグの主張にします</translation>
    </message>
    <message>
        <source>Drop the selected suggestion; Lectern will not suggest it again</source>
        <translation>選択した提案を却下します。Lectern は今後これを提案しません</translation>
    </message>
</context>
<context>
    <name>Lectern::TagLexicon</name>
    <message>
        <source>a lexicon needs a &quot;tag&quot; name and &quot;terms&quot;</source>
        <translation>レキシコンには &quot;tag&quot; の名前と &quot;terms&quot; が必要です</translation>
    </message>
</context>
<context>
    <name>Lectern::TagMatrixModel</name>
    <message numerus="yes">
        <source>%n claim(s) tagged %1 in “%2”</source>
        <translation>
            <numerusform>「%2」で %1 のタグが付いた主張 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::TagStore</name>
    <message>
        <source>There is already a tag named “%1” in that place.</source>
        <translation>その場所には「%1」という名前のタグがすでにあります。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグには名前が必要です。</translation>
    </message>
    <message>
        <source>A tag cannot be nested inside itself.</source>
        <translation>タグを自分自身の中に入れ子にすることはできません。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or a tag nested under it.</source>
        <translation>タグを自分自身やその下に入れ子になったタグに統合することはできません。</translation>
    </message>
</context>
<context>
    <name>Lectern::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Add Tag…</source>
        <translation>タグを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Sub-tag…</source>
        <translation>サブタグを追加(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Nest Under Previous</source>
        <translation>前のタグの下に入れ子にする(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Un-nest</source>
        <translation>入れ子を解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>統合先を選択(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation>サブタグを追加</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>「%1」の統合先:</translation>
    </message>
    <message numerus="yes">
        <source>Merge “%1” into “%2”? %n claim(s) will carry “%2” instead.</source>
        <translation>
            <numerusform>「%1」を「%2」に統合しますか？ %n 件の主張に代わりに「%2」が付きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No claim uses it.</source>
        <translation>タグ「%1」を削除しますか？ このタグを使っている主張はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It is on %n claim(s); they keep their other tags and notes.</source>
        <translation>
            <numerusform>タグ「%1」を削除しますか？ %n 件の主張に付いています。主張の他のタグとメモは残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>タグを削除</translation>
    </message>
</context>
<context>
    <name>Lectern::Taxonomy</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>タグ %1 はありません。</translation>
    </message>
    <message>
        <source>Tags nest at most %1 levels deep.</source>
        <translation>タグの入れ子は最大 %1 階層までです。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a tag %1.</source>
        <translation>タグ %1 はすでにあります。</translation>
    </message>
</context>
<context>
    <name>Lectern::TaxonomyModel</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDecoder</name>
    <message>
        <source>Some bytes were not valid text and were replaced by �.</source>
        <translation>一部のバイトが有効なテキストではなかったため、� に置き換えました。</translation>
    </message>
    <message>
        <source>The text&apos;s encoding was not certain and was read as %1; if it reads wrongly, import it again and name its encoding.</source>
        <translation>テキストのエンコーディングを確定できなかったため、%1 として読み込みました。正しく表示されない場合は、エンコーディングを指定してもう一度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>Lectern::TextDocumentExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern のメモ</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>OpenDocument の書き出しに失敗しました</translation>
    </message>
</context>
<context>
    <name>Lectern::TopicFilterBar</name>
    <message>
        <source>Show every article</source>
        <translation>すべての記事を表示</translation>
    </message>
    <message>
        <source>Clear the topic filter</source>
        <translation>トピックの絞り込みを解除</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>トピック: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Transaction</name>
    <message>
        <source>the library is damaged (%1); nothing is written to it</source>
        <translation>ライブラリが損傷しています（%1）。何も書き込みません</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashArticlesCommand</name>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>ゴミ箱から復元</translation>
    </message>
</context>
<context>
    <name>Lectern::TrashDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ゴミ箱を空にする(&amp;E)…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <source>Articles in the Trash</source>
        <translation>ゴミ箱の記事</translation>
    </message>
    <message>
        <source>Put the selected articles back in the library, with their claims</source>
        <translation>選択した記事を主張ごとライブラリに戻します</translation>
    </message>
    <message>
        <source>Delete every article in the Trash for good</source>
        <translation>ゴミ箱のすべての記事を完全に削除します</translation>
    </message>
    <message>
        <source>Empty the Trash?</source>
        <translation>ゴミ箱を空にしますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and their claims will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n 件の記事とその主張が完全に削除されます。元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>完全に削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Lectern::WebAnnotationExporter</name>
    <message>
        <source>Lectern notes</source>
        <translation>Lectern のメモ</translation>
    </message>
</context>
<context>
    <name>Lectern::WelcomePane</name>
    <message>
        <source>Open the &amp;Sample Articles</source>
        <translation>サンプル記事を開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Your Own…</source>
        <translation>自分の記事をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Empty library</source>
        <translation>空のライブラリ</translation>
    </message>
    <message>
        <source>Choose the sample articles or import your own</source>
        <translation>サンプル記事を選ぶか、自分の記事をインポートします</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>ライブラリは空です</translation>
    </message>
    <message>
        <source>Try Lectern on six short sample articles about technology policy, or start with your own: text, Markdown, HTML, EPUB or PDF files. You can also drop files on this window.</source>
        <translation>技術政策に関する 6 本の短いサンプル記事で Lectern を試すか、自分の記事（テキスト、Markdown、HTML、EPUB、PDF ファイル）から始めましょう。このウィンドウにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>Add the six sample articles to this library; delete them any time</source>
        <translation>6 本のサンプル記事をこのライブラリに追加します。いつでも削除できます</translation>
    </message>
</context>
</TS>
