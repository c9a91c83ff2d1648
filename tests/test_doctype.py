"""Document kinds (stripper/doctype.py): tables, data lists, code, verse and plain-text documents are
the story when they are the page's matter; menus, pagers and cookie tables are not."""
from __future__ import annotations

from stripper import doctype, page, strip
from stripper.doctype import CODE, DATA, NONE, TABLE, VERSE

INGREDIENTS = ["Zutaten", "- 1 Pck. Vanillepuddingpulver", "- 350 g Zucker", "- 500 ml Milch", "- 4 EL Milch",
               "- 450 g weiche Butter", "- Salz", "- 5 Eier (Gr. M)"]
MENU = ["  • Home", "  • News", "  • Sport", "  • Weather", "  • Travel", "  • Contact us"]
PAGER = ["1", "2", "3", "4", "5", "Next"]
NUMBERED = ["  1. Software & Apps", "  2. Hardware", "  3. Games", "  4. Smartphones"]
COOKIES = ["Name: bcookie", "Anbieter: linkedin.com", "Zweck: Marketing", "Name: li_gc",
           "Anbieter: linkedin.com", "Zweck: Statistik", "Name: _ga", "Anbieter: google.com"]
TABLE_ROWS = ["| Response | Votes | % |", "|---|---|---|", "| Yes | 149 | 74% |", "| No | 28 | 14% |"]
CODE_LINES = ["def main(argv):", "    args = parse(argv)", "    for name in args.files:",
              "        data[name] = load(name)", "    return 0"]
VERSE_LINES = ["The woods are lovely, dark and deep,", "But I have promises to keep,",
               "And miles to go before I sleep,", "And miles to go before I sleep."]


def test_kinds_find_tables_data_code_and_verse():
    assert set(doctype.kinds(TABLE_ROWS)) == {TABLE}
    assert list(doctype.kinds(INGREDIENTS)[1:]) == [DATA] * 7  # "- Salz" is bridged, "Zutaten" is a heading
    assert set(doctype.kinds(CODE_LINES)) == {CODE}
    assert set(doctype.kinds(VERSE_LINES)) == {VERSE}


def test_menus_pagers_numbered_lists_and_cookie_tables_are_no_matter():
    for lines in (MENU, PAGER, NUMBERED, COOKIES):
        assert not doctype.kinds(lines).any(), lines


def test_a_key_value_list_of_one_thing_is_data():
    details = ["  • Kategorie: Erste Versuche", "  • Art der Aufnahme: Digitalfoto", "  • Optik: Teleobjektiv",
               "  • Kameramodell: Canon EOS 60 Da", "  • ISO-Zahl: 640"]
    assert set(doctype.kinds(details)) == {DATA}


RFC = [
    "   The Transmission Control Protocol (TCP) is intended for use as a highly",
    "   reliable host-to-host protocol between hosts in packet-switched computer",
    "   communication networks, and in interconnected systems of such networks.",
] * 14 + ["1.  Introduction", "2.  Philosophy", "3.  Functional Specification", "4.  Glossary"]


def test_a_hard_wrapped_text_is_a_plain_text_document_and_no_page():
    assert doctype.document_kind(RFC) == "plain-text"
    menu_and_toc = RFC + ["Contents", "Index", "Authors", "Errata", "Status", "Home"] * 3
    assert page.looks_like_page(RFC + ["Contents"] * 0) is False
    assert page.looks_like_page(menu_and_toc) is False


def test_a_code_file_and_a_poem_are_documents():
    assert doctype.document_kind(CODE_LINES * 10) == "code"
    poem = [f"{w} the river runs to meet the sea," if i % 2 else f"and {w} the willows lean across the lane;"
            for i, w in enumerate(("slow", "soft", "cold", "dark", "wide", "still", "grey", "deep", "long", "low",
                                   "bright", "calm", "thin", "pale", "late", "free", "near", "old", "quick", "wild"))]
    assert doctype.document_kind(poem) == "verse"
    assert doctype.document_kind(VERSE_LINES * 10) is None  # repeated lines are a teaser list's, not a poem's


def test_a_web_page_is_no_document_kind():
    story = ["The band have now unveiled plans for a number of headline dates throughout mainland Europe, "
             "and they will play a handful of shows this week in the United Kingdom."] * 5
    assert doctype.document_kind(MENU * 4 + story + MENU * 3) is None


def _page(matter: list[str]) -> str:
    menu = [f"  • Section {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    story = [
        "Schneewittchen-Kuchen mit Mini-Marshmallows",
        "Spieglein, Spieglein an der Wand, wer ist der leckerste Kuchen im ganzen Land? Es ist der Kuchen, der "
        "mit einer Creme und Kirschen gebacken wird und den wir seit Jahren zu jedem Geburtstag backen.",
        "Die Zutaten reichen für eine quadratische Springform, und der Kuchen lässt sich am Vortag backen, "
        "damit die Creme über Nacht im Kühlschrank fest werden kann und sich gut schneiden lässt.",
    ]
    after = [
        "Für die Creme das Puddingpulver mit Zucker und Milch glatt rühren, die übrige Milch aufkochen, das "
        "Pulver einrühren und unter Rühren etwa eine Minute köcheln lassen, dann abkühlen lassen.",
        "Den Teig in die Form streichen, die Kirschen darauf verteilen und den Kuchen im vorgeheizten Ofen "
        "etwa vierzig Minuten backen, bis ein Holzstäbchen sauber aus dem Teig herauskommt.",
    ]
    footer = [f"Footer link {c}" for c in "ABCDEFGHIJKL"]
    return "\n".join(menu + story + matter + after + footer)


def test_an_ingredient_list_in_the_story_stays_on_a_whole_page():
    text = _page(INGREDIENTS)
    assert page.looks_like_page(text.split("\n"))
    out = strip(text, format="text").text
    for line in INGREDIENTS[1:]:
        assert line in out.split("\n"), line
    assert "Footer link C" not in out
    assert "  • Section C" not in out


def test_without_matter_reach_the_list_goes():
    from stripper.settings import Settings

    text = _page(INGREDIENTS)
    off = Settings(page_pass=page.PagePass(matter_reach=-1))
    out = strip(text, format="text", settings=off).text
    assert sum(line in out.split("\n") for line in INGREDIENTS[1:]) < 4


def test_a_data_list_far_from_the_story_goes():
    # Tour dates in the footer, far from any story line, are a sidebar's.
    far = ["Upcoming dates", "29 Cologne, Live Music Hall", "30 Prague, Lucerna Music Hall",
           "01 Vienna, Arena", "02 Munich, Kesselhaus"]
    text = _page([]) + "\n" + "\n".join([f"Sidebar link {c}" for c in "ABCDEFGHIJ"] + far)
    out = strip(text, format="text").text
    assert "30 Prague, Lucerna Music Hall" not in out


def test_kinds_are_linear_in_the_text():
    # Work grows with the text: the same lines twice give the same kinds twice.
    lines = MENU + INGREDIENTS + CODE_LINES + TABLE_ROWS
    one, two = doctype.kinds(lines), doctype.kinds(lines * 2)
    assert list(two[: len(lines)]) == list(one)
    assert (two != NONE).sum() >= 2 * (one != NONE).sum() - 2


def test_odd_digits_do_not_break_the_detector():
    # "❶" and "²" are digits to str.isdigit but no numbers to int(); Arabic-Indic digits are figures (not counting up here).
    lines = ["❶ Schritt eins", "❷ Schritt zwei", "❸ Schritt drei", "m² Fläche: 40", "٢ كيلو دقيق", "٥ بيض كبير", "٣ ملاعق سكر"]
    kind = doctype.kinds(lines)
    assert len(kind) == len(lines)
    assert kind[-1] == DATA


def test_words_are_segments_so_chinese_lines_can_be_verse_and_data():
    # A Han character is a word (stripper.segment): these lines have 5 words each, not 1.
    poem = ["床前明月光，", "疑是地上霜。", "举头望明月，", "低头思故乡。"]
    assert set(doctype.kinds(poem)) == {VERSE}
    details = ["重量:2公斤", "颜色:黑色", "产地:德国", "材质:不锈钢"]
    assert set(doctype.kinds(details)) == {DATA}
    # Thai is written without spaces too: a run of short Thai lines without punctuation is no verse.
    assert not doctype.kinds(["หน้าแรก", "ข่าวทั้งหมด", "กีฬาและบันเทิง", "ติดต่อเรา"]).any()


def test_a_bullet_and_a_pipe_are_no_words():
    # "- 2 Eier" has two words (the bullet is none), "| a |" one.
    assert set(doctype.kinds(["- 2 Eier", "- 3 EL Zucker", "- 1 Prise Salz"])) == {DATA}
    assert not doctype.kinds(["- 2", "- 3", "- 4"]).any()  # a bare number is no item
    assert not doctype.kinds(["| one,", "| two,", "| three.", "| four,"]).any()  # one word a line: no verse


def test_a_line_with_a_newline_is_refused():
    import pytest

    with pytest.raises(ValueError):
        doctype.kinds(["one line\nand another", "a third"])


def test_a_figure_is_one_word_a_bare_time_no_item():
    # "13:29" is two tokens but a bare figure: a news feed's times are no data list; a figure with
    # a unit after it is an item.
    feed = [line for t, h in (("13:29", "Kane scores twice in the derby"), ("13:00", "The coach on the new season"),
                              ("12:35", "Transfer news of the day"), ("12:05", "Injury update before the final"))
            for line in (f"  • {t}", f"    {h}")]
    assert DATA not in set(doctype.kinds(feed))
    assert set(doctype.kinds(["10 %", "8.900 €", "22.250 €", "36 Monate"])) == {DATA}
    assert not doctype.kinds(["2x4", "3D", "4K"]).any()


def test_a_paragraph_is_no_gap_inside_a_block():
    # Records of places, each with a paragraph: the paragraphs end the blocks, so each record's
    # details are data, though their keys repeat from record to record.
    para = ("Das Museum wurde 1995 in einem Hochbunker in der Innenstadt eröffnet und gilt als das erste Museum "
            "seiner Art in Deutschland, mit einer Ausstellung über den Krieg in der Stadt.")
    record = ["Adresse: Holzsägerstraße 6, 26721 Emden", "Lage: Google Maps", "Latitude: 53.366797",
              "Longitude: 7.206917"]
    kind = doctype.kinds([*record, para] * 3)
    assert list(kind) == ([DATA] * 4 + [NONE]) * 3


def test_a_quantity_after_the_name_is_a_data_item():
    # Japanese, Chinese and Korean ingredient lists put the name first and the quantity, a unit with
    # its number, last: a data list as "350 g Zucker" is. A bare number last is no quantity: a
    # menu's "Seite 2", "Windows 11" or an archive's months stay no matter.
    ja = ["じゃがいも\u30003個", "牛こま切れ肉\u3000150g", "玉ねぎ\u30001個", "しょうゆ\u3000大さじ2", "砂糖\u3000大さじ1と1/2"]
    zh = ["鸡蛋 2个", "番茄 3个", "盐 少许", "白糖 1勺"]
    assert set(doctype.kinds(ja)) == {DATA}
    assert list(doctype.kinds(zh)) == [DATA] * 4  # "盐 少许" (salt, a little) is bridged
    for lines in (["Seite 2", "Seite 3", "Seite 4", "Seite 5"], ["Windows 10", "Windows 11", "macOS 14", "Linux 6"],
                  ["März 2024", "Februar 2024", "Januar 2024", "Dezember 2023"]):
        assert not doctype.kinds(lines).any(), lines


def test_a_japanese_ingredient_list_stays_on_a_whole_page():
    menu = ["トップ", "レシピ", "献立", "特集", "ランキング", "ログイン", "お気に入り", "検索"]
    ingredients = ["材料（2人分）", "じゃがいも\u30003個", "牛こま切れ肉\u3000150g", "玉ねぎ\u30001個", "にんじん\u30001/2本",
                   "しょうゆ\u3000大さじ2", "砂糖\u3000大さじ1と1/2", "みりん\u3000大さじ2"]
    steps = ["作り方",
             "1. じゃがいもは皮をむいて一口大に切り、水にさらしておきます。",
             "2. 鍋に油を熱して牛肉を炒め、色が変わったら玉ねぎとにんじんを加えます。",
             "3. じゃがいもを加えて全体に油が回ったら、水と調味料を入れて落としぶたをし、弱火で十五分ほど煮ます。",
             "4. じゃがいもに竹串がすっと通ったら火を止め、そのまましばらく置いて味をなじませれば完成です。"]
    footer = ["このレシピを保存", "印刷する", "関連レシピ", "利用規約", "お問い合わせ", "会社概要", "採用情報"]
    text = "\n".join(menu * 2 + ingredients + steps + footer * 2 + menu)
    out = strip(text, format="text").text.splitlines()
    assert all(line in out for line in ingredients[1:]), out
    assert all(line in out for line in steps[1:])
    assert "利用規約" not in out
