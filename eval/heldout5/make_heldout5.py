"""Generate the held-out set heldout5 (articles + gold) beside this script (written blind in /tmp/heldout5)."""
from __future__ import annotations
import json, pathlib
ROOT = pathlib.Path(__file__).parent
ARTS = []

def art(date, outlet, topic, text, ents, facts, negs=(), notes=""):
    ARTS.append(dict(date=date, outlet=outlet, topic=topic, text=text, ents=ents, facts=facts, negs=negs, notes=notes))

def E(i, t, name, *aliases, opt=False):
    d = {"id": i, "type": t, "name": name, "aliases": list(aliases)}
    if opt: d["optional"] = True
    return d

def F(s, p, o, **kw):
    d = {"s": s, "p": p, "o": o}
    d.update(kw)
    return d

# ---------------------------------------------------------------- 00 DAY6
art("2024-03-19", "wire (Yonhap-style)", "DAY6 return as full band with Fourever / Welcome to the Show",
"""DAY6 return as a full band with 'Fourever' after military hiatus
Band DAY6 is back. The quartet released a new EP, Fourever, on Monday, fronted by the title track Welcome to the Show. It is the first album from the group since all four members completed their mandatory military service. Sungjin, Young K, Wonpil and Dowoon wrote the songs together, and the bassist, whose real name is Kang Young-hyun, penned most of the lyrics. Former member Jae, who left the band in 2021, did not take part. The band is managed by Studio J, a label under JYP Entertainment, which did not comment on reports of a concert tour later this year.""",
[E("day6","Group","DAY6"), E("sungjin","Artist","Sungjin"), E("youngk","Artist","Young K","Kang Young-hyun"),
 E("wonpil","Artist","Wonpil"), E("dowoon","Artist","Dowoon"), E("jae","Artist","Jae"),
 E("fourever","Album","Fourever"), E("wtts","Song","Welcome to the Show"),
 E("studio_j","Agency","Studio J"), E("jyp","Agency","JYP Entertainment"),
 E("e_comeback","Event","DAY6 comeback with Fourever"), E("e_concert","Event","DAY6 concert tour (reported)")],
[F("sungjin","memberOf","day6"), F("youngk","memberOf","day6"), F("wonpil","memberOf","day6"), F("dowoon","memberOf","day6"),
 F("jae","memberOf","day6", optional=True, note="former member: 'who left the band in 2021'"),
 F("fourever","performer","day6"), F("fourever","releaseDate","2024-03-18"),
 F("wtts","performer","day6"), F("wtts","album","fourever"), F("wtts","releaseDate","2024-03-18", optional=True, note="title track of the EP released Monday"),
 F("day6","agency","studio_j"), F("day6","agency","jyp", optional=True, note="Studio J is a label under JYP"),
 F("e_comeback","eventType","Comeback", alt_o=["Release"]), F("e_comeback","participant","day6"), F("e_comeback","eventDate","2024-03-18"),
 F("e_concert","eventType","Concert", optional=True, note="reported, agency did not comment"), F("e_concert","participant","day6", optional=True)],
[F("fourever","releaseDate","2024-03-19", reason="article date, release was Monday"),
 F("fourever","performer","jae", reason="Jae did not take part"),
 F("wtts","performer","jae", reason="Jae did not take part"),
 F("e_concert","eventDate","2024", reason="tour only reported; agency did not comment")],
"'the bassist' = Young K (alias Kang Young-hyun). Former member Jae -> memberOf optional. Reported tour: eventType/participant optional, its date negative.")

# ---------------------------------------------------------------- 01 aespa
art("2024-05-27", "entertainment daily", "aespa release first full album Armageddon; Supernova pre-release; tour reported",
"""aespa unveil first full-length album Armageddon
SM Entertainment's aespa dropped their first studio album, Armageddon, today at 6 p.m. KST, led by the title track of the same name. The record arrives two weeks after the pre-release single Supernova, which is also included on the album and has sat at No. 1 on Melon's Top 100 chart for weeks since its May 13 release. Karina, Giselle, Winter and Ningning described the new title song as the closing chapter of the group's lore so far. Industry insiders claim the foursome will open a second world tour in Seoul in late June, although the agency said nothing has been finalized.""",
[E("aespa","Group","aespa"), E("karina","Artist","Karina"), E("giselle","Artist","Giselle"), E("winter","Artist","Winter"),
 E("ningning","Artist","Ningning"), E("sm","Agency","SM Entertainment"), E("armageddon_album","Album","Armageddon"),
 E("armageddon_song","Song","Armageddon"), E("supernova","Song","Supernova"),
 E("e_release","Event","aespa release Armageddon"), E("e_chart","Event","Supernova No. 1 on Melon Top 100"), E("e_tour","Event","aespa second world tour (reported)")],
[F("karina","memberOf","aespa"), F("giselle","memberOf","aespa"), F("winter","memberOf","aespa"), F("ningning","memberOf","aespa"),
 F("aespa","agency","sm"), F("armageddon_album","performer","aespa"), F("armageddon_album","releaseDate","2024-05-27"),
 F("armageddon_song","performer","aespa"), F("armageddon_song","album","armageddon_album"),
 F("armageddon_song","releaseDate","2024-05-27", optional=True),
 F("supernova","performer","aespa"), F("supernova","album","armageddon_album"), F("supernova","releaseDate","2024-05-13"),
 F("e_release","eventType","Release", alt_o=["Comeback"]), F("e_release","participant","aespa"), F("e_release","eventDate","2024-05-27"),
 F("e_release","participant","armageddon_album", optional=True),
 F("e_chart","eventType","ChartAchievement"), F("e_chart","participant","supernova"), F("e_chart","participant","aespa", optional=True),
 F("e_chart","achievement","No. 1 on Melon Top 100"),
 F("e_tour","eventType","Concert", optional=True, note="hedged ('insiders claim'); aligned only so its date can be a negative"),
 F("e_tour","participant","aespa", optional=True)],
[F("e_tour","eventDate","2024-06", reason="tour start is only claimed by insiders; agency says nothing finalized"),
 F("supernova","releaseDate","2024-05-27", reason="Supernova came out May 13"),
 F("armageddon_album","releaseDate","2024-05-13", reason="May 13 is the pre-release single"),
 F("e_chart","eventDate","2024-05-13", reason="May 13 is the release, the No. 1 run is undated")],
"'today' = 2024-05-27; 'two weeks after' consistent with May 13. Album and title song share the name Armageddon (Album vs Song entities). Hedged tour: eventType/participant optional, its date negative. Chart run undated -> no eventDate; aespa optional participant (the song is the subject).")

# ---------------------------------------------------------------- 02 GOT7
art("2022-05-23", "K-pop news site", "GOT7 reunite for self-titled EP with Nanana; members' separate agencies",
"""GOT7 reunite for first release in 15 months
GOT7 returned on Monday with a self-titled EP, GOT7, and its lead single Nanana, their first group release since leaving JYP Entertainment in January last year. The septet has kept the group name even though each member now signs with a different company. Leader Jay B, born Lim Jae-beom, joined H1GHR Music, while Jinyoung moved to BH Entertainment and Youngjae to Sublime Artist Agency. BamBam is with Abyss Company, home of Sunmi, and Yugyeom signed with AOMG. Jackson Wang runs his own label, Team Wang, and Mark has been based in Los Angeles. The members said the reunion had been planned since their departure from the agency.""",
[E("got7","Group","GOT7"), E("got7_ep","Album","GOT7"), E("nanana","Song","Nanana"), E("jyp","Agency","JYP Entertainment"),
 E("jayb","Artist","Jay B","Lim Jae-beom"), E("jinyoung","Artist","Jinyoung"), E("youngjae","Artist","Youngjae"),
 E("bambam","Artist","BamBam"), E("yugyeom","Artist","Yugyeom"), E("jackson","Artist","Jackson Wang","Jackson"), E("mark","Artist","Mark"),
 E("sunmi","Artist","Sunmi"),
 E("h1ghr","Agency","H1GHR Music"), E("bh","Agency","BH Entertainment"), E("sublime","Agency","Sublime Artist Agency"),
 E("abyss","Agency","Abyss Company"), E("aomg","Agency","AOMG"), E("team_wang","Agency","Team Wang"),
 E("e_comeback","Event","GOT7 comeback with GOT7 EP")],
[F("got7_ep","performer","got7"), F("got7_ep","releaseDate","2022-05-23"),
 F("nanana","performer","got7"), F("nanana","album","got7_ep"), F("nanana","releaseDate","2022-05-23", optional=True),
 F("got7","agency","jyp", optional=True, note="former agency ('since leaving JYP')"),
 F("jayb","memberOf","got7"), F("jinyoung","memberOf","got7"), F("youngjae","memberOf","got7"), F("bambam","memberOf","got7"),
 F("yugyeom","memberOf","got7"), F("jackson","memberOf","got7"), F("mark","memberOf","got7"),
 F("jayb","agency","h1ghr"), F("jinyoung","agency","bh"), F("youngjae","agency","sublime"), F("bambam","agency","abyss"),
 F("sunmi","agency","abyss"), F("yugyeom","agency","aomg"), F("jackson","agency","team_wang"),
 F("e_comeback","eventType","Comeback", alt_o=["Release"]), F("e_comeback","participant","got7"), F("e_comeback","eventDate","2022-05-23")],
[F("got7","agency","h1ghr", reason="Jay B's agency, not the group's"),
 F("got7","agency","aomg", reason="Yugyeom's agency, not the group's"),
 F("bambam","agency","aomg", reason="Yugyeom signed with AOMG"),
 F("got7_ep","releaseDate","2021-01", reason="January last year is when they left JYP")],
"Album and group share the name GOT7 (different types). 'The septet' = GOT7; member list inferred from 'each member' + named members. Former agency JYP optional. Mark has no agency in the text.")

# ---------------------------------------------------------------- 03 2NE1
art("2024-10-05", "music magazine", "2NE1 Welcome Back reunion concert in Seoul; Lollipop with BIGBANG; album rumour",
"""2NE1 open 15th anniversary tour in Seoul
2NE1 took the stage at Olympic Hall in Seoul on Friday for the first night of Welcome Back, their first full concert in roughly a decade. CL, Park Bom, Sandara Park and Minzy performed hits such as I Am the Best and Fire, the song the quartet debuted with in 2009. Minzy, who left the act in 2016, rejoined her bandmates for the reunion. The set also featured Lollipop, the 2009 collaboration the girls recorded with labelmates BIGBANG. The Seoul shows wrap up on Sunday before the tour heads to Asia, YG Entertainment said. A new album has been rumoured for early next year, but YG has not confirmed any release.""",
[E("2ne1","Group","2NE1"), E("cl","Artist","CL"), E("bom","Artist","Park Bom"), E("dara","Artist","Sandara Park"),
 E("minzy","Artist","Minzy"), E("yg","Agency","YG Entertainment"), E("bigbang","Group","BIGBANG"),
 E("iatb","Song","I Am the Best"), E("fire","Song","Fire"), E("lollipop","Song","Lollipop"),
 E("e_concert","Event","2NE1 Welcome Back concert, Seoul"), E("e_debut","Event","2NE1 debut"),
 E("e_album","Event","2NE1 new album (rumoured)")],
[F("cl","memberOf","2ne1"), F("bom","memberOf","2ne1"), F("dara","memberOf","2ne1"), F("minzy","memberOf","2ne1"),
 F("2ne1","agency","yg"), F("bigbang","agency","yg", optional=True, note="'labelmates'"),
 F("iatb","performer","2ne1"), F("fire","performer","2ne1"), F("fire","releaseDate","2009", optional=True),
 F("lollipop","performer","2ne1", alt_p=["featuredArtist"]), F("lollipop","performer","bigbang", alt_p=["featuredArtist"]),
 F("lollipop","releaseDate","2009"),
 F("e_concert","eventType","Concert"), F("e_concert","participant","2ne1"), F("e_concert","eventDate","2024-10-04"),
 F("e_concert","eventDate","2024-10-06", optional=True, note="last Seoul show"),
 F("e_debut","eventType","Debut"), F("e_debut","participant","2ne1"), F("e_debut","eventDate","2009"),
 F("e_album","eventType","Release", optional=True, note="rumoured; aligned so its date is a negative"),
 F("e_album","participant","2ne1", optional=True)],
[F("e_album","eventDate","2025", reason="album only rumoured; YG has not confirmed"),
 F("e_concert","eventDate","2024-10-05", reason="article date; first night was Friday"),
 F("e_debut","eventDate","2016", reason="2016 is Minzy's departure"),
 F("lollipop","performer","cl", reason="group credit, not CL alone")],
"Friday = 2024-10-04, Sunday = 2024-10-06. Minzy 'left in 2016' but rejoined: memberOf required (current). 'Lollipop ... collaboration with BIGBANG': both performers, featuredArtist accepted (dev practice).")

# ---------------------------------------------------------------- 04 Super Junior Kyuhyun
art("2023-06-02", "wire", "Super Junior's Kyuhyun signs with Antenna; stays in group; Ryeowook rumour denied",
"""Super Junior's Kyuhyun joins Antenna
Kyuhyun of Super Junior has signed an exclusive contract with Antenna, the agency said on Friday. The 35-year-old singer, whose real name is Cho Kyu-hyun, had been with SM Entertainment since the boy band's debut in November 2005. His group activities will continue to be handled by Label SJ, SM's label dedicated to Super Junior, and he will remain a member of the team. Antenna denied reports that his bandmate Ryeowook would also sign with the company. The balladeer is best known for his solo songs At Gwanghwamun and A Million Pieces.""",
[E("sj","Group","Super Junior"), E("kyuhyun","Artist","Kyuhyun","Cho Kyu-hyun"), E("ryeowook","Artist","Ryeowook"),
 E("antenna","Agency","Antenna"), E("sm","Agency","SM Entertainment"), E("label_sj","Agency","Label SJ"),
 E("gwanghwamun","Song","At Gwanghwamun"), E("million","Song","A Million Pieces"),
 E("e_debut","Event","Super Junior debut")],
[F("kyuhyun","memberOf","sj"), F("ryeowook","memberOf","sj"), F("kyuhyun","agency","antenna"),
 F("kyuhyun","agency","sm", optional=True, note="former agency"), F("sj","agency","label_sj"),
 F("kyuhyun","agency","label_sj", optional=True, note="group activities handled by Label SJ"),
 F("sj","agency","sm", optional=True, note="Label SJ is SM's label"),
 F("gwanghwamun","performer","kyuhyun"), F("million","performer","kyuhyun"),
 F("e_debut","eventType","Debut"), F("e_debut","participant","sj"), F("e_debut","eventDate","2005-11")],
[F("ryeowook","agency","antenna", reason="denied by Antenna"),
 F("sj","agency","antenna", reason="only Kyuhyun signed"),
 F("e_debut","eventDate","2023-06-02", reason="article date")],
"'on Friday' = 2023-06-02 (announcement; not a scored event). Former agency SM optional. Denied signing of Ryeowook -> negative_facts.")

# ---------------------------------------------------------------- 05 Taeyeon
art("2023-11-28", "entertainment portal", "Taeyeon releases fifth mini album To. X",
"""Taeyeon returns with 'To. X'
Girls' Generation's Taeyeon released her fifth mini album To. X on Monday. The title track of the same name is a breakup song, and its music video came out at the same time. Kim Tae-yeon, as she is known offstage, made her solo debut in October 2015 with I, a single featuring rapper Verbal Jint. Her last group activity came in August of last year, when the girl group marked its 15th anniversary with the album Forever 1. The singer has been signed to SM Entertainment since her trainee days.""",
[E("taeyeon","Artist","Taeyeon","Kim Tae-yeon"), E("snsd","Group","Girls' Generation"), E("tox_album","Album","To. X"),
 E("tox_song","Song","To. X"), E("forever1","Album","Forever 1"), E("sm","Agency","SM Entertainment"),
 E("tox_mv","MusicVideo","To. X music video"), E("i_song","Song","I"), E("verbal","Artist","Verbal Jint"),
 E("e_release","Event","Taeyeon releases To. X"), E("e_solo_debut","Event","Taeyeon solo debut")],
[F("taeyeon","memberOf","snsd"), F("taeyeon","agency","sm"),
 F("tox_album","performer","taeyeon"), F("tox_album","releaseDate","2023-11-27"),
 F("tox_song","performer","taeyeon"), F("tox_song","album","tox_album"), F("tox_song","releaseDate","2023-11-27", optional=True),
 F("forever1","performer","snsd"), F("forever1","releaseDate","2022-08"),
 F("e_release","eventType","Release", alt_o=["Comeback"]), F("e_release","participant","taeyeon"), F("e_release","eventDate","2023-11-27"),
 F("tox_mv","musicVideoOf","tox_song"), F("tox_mv","releaseDate","2023-11-27"),
 F("i_song","performer","taeyeon"), F("i_song","featuredArtist","verbal"), F("i_song","releaseDate","2015-10"),
 F("e_solo_debut","eventType","Debut"), F("e_solo_debut","participant","taeyeon"), F("e_solo_debut","eventDate","2015-10"),
 F("e_solo_debut","before","e_release", optional=True)],
[F("forever1","performer","taeyeon", reason="group album"),
 F("forever1","releaseDate","2023-08", reason="'August of last year' from 2023 is 2022"),
 F("tox_album","releaseDate","2023-11-28", reason="article date"),
 F("i_song","performer","verbal", reason="Verbal Jint is featured, not the main artist"),
 F("e_solo_debut","participant","snsd", reason="solo debut, not the group's")],
"Album and title track share 'To. X'; the song 'I' is a one-letter title. MV 'at the same time' -> 2023-11-27. 'Since her trainee days' -> agency SM asserted.")

# ---------------------------------------------------------------- 06 NCT 127 Taeyong
art("2024-04-15", "news agency", "NCT leader Taeyong enlists in the Navy",
"""NCT's Taeyong begins Navy service
Taeyong, leader of NCT 127, enlisted in the Navy on Monday, becoming the first member of the boy band to start mandatory military service. The 28-year-old entered the Navy's boot camp in Changwon without a public farewell event, SM Entertainment said. Two months before enlisting, the rapper released his first solo EP, TAP. His group last released Fact Check, its fifth studio album, in October. Bandmates Mark and Haechan, who also promote with NCT DREAM, posted messages of support, saying the group would wait for its leader.""",
[E("taeyong","Artist","Taeyong"), E("nct127","Group","NCT 127"), E("nctdream","Group","NCT DREAM"),
 E("mark","Artist","Mark"), E("haechan","Artist","Haechan"), E("sm","Agency","SM Entertainment"),
 E("tap","Album","TAP"), E("factcheck","Album","Fact Check"),
 E("e_enlist","Event","Taeyong's military enlistment"), E("e_tap","Event","Taeyong releases TAP")],
[F("taeyong","memberOf","nct127"), F("mark","memberOf","nct127"), F("haechan","memberOf","nct127"),
 F("mark","memberOf","nctdream"), F("haechan","memberOf","nctdream"),
 F("taeyong","agency","sm"), F("nct127","agency","sm", optional=True),
 F("tap","performer","taeyong"), F("tap","releaseDate","2024-02"),
 F("factcheck","performer","nct127"), F("factcheck","releaseDate","2023-10"),
 F("e_enlist","eventType","MilitaryEnlistment"), F("e_enlist","participant","taeyong"), F("e_enlist","eventDate","2024-04-15"),
 F("e_tap","eventType","Release", optional=True, note="the text dates the EP; a separate event is fine but not required"), F("e_tap","participant","taeyong", optional=True),
 F("e_tap","eventDate","2024-02", optional=True), F("e_tap","before","e_enlist", optional=True)],
[F("factcheck","releaseDate","2024-10", reason="'in October' said in April 2024 means October 2023"),
 F("tap","performer","nct127", reason="solo EP"),
 F("e_enlist","eventType","MilitaryTraining", reason="boot camp at the start of service is the enlistment"),
 F("factcheck","performer","nctdream", reason="Fact Check is NCT 127's")],
"'Two months before enlisting' -> 2024-02 (TAP). 'in October' resolves to the most recent past October (2023).")

# ---------------------------------------------------------------- 07 BABYMONSTER
art("2024-11-01", "K-pop news site", "BABYMONSTER release first full album DRIP",
"""BABYMONSTER drop debut full-length 'DRIP'
YG Entertainment's rookie girl group BABYMONSTER released its first studio album, DRIP, on Friday, with a title track also called DRIP. The seven-piece act, made up of Ruka, Pharita, Asa, Ahyeon, Rami, Rora and Chiquita, debuted a year ago with the single Batter Up. Ahyeon, who sat out that debut for health reasons, joined the line-up for the April mini album BABYMONS7ER and its lead single SHEESH. The youngest, Chiquita, is from Thailand, as is Pharita. YG said the group will launch its first world tour early next year.""",
[E("bm","Group","BABYMONSTER"), E("yg","Agency","YG Entertainment"), E("drip_album","Album","DRIP"), E("drip_song","Song","DRIP"),
 E("ruka","Artist","Ruka"), E("pharita","Artist","Pharita"), E("asa","Artist","Asa"), E("ahyeon","Artist","Ahyeon"),
 E("rami","Artist","Rami"), E("rora","Artist","Rora"), E("chiquita","Artist","Chiquita"),
 E("batter_up","Song","Batter Up"), E("babymons7er","Album","BABYMONS7ER"), E("sheesh","Song","SHEESH"),
 E("e_debut","Event","BABYMONSTER debut"), E("e_release","Event","BABYMONSTER release DRIP"), E("e_tour","Event","BABYMONSTER first world tour")],
[F("bm","agency","yg"), F("drip_album","performer","bm"), F("drip_album","releaseDate","2024-11-01"),
 F("drip_song","performer","bm"), F("drip_song","album","drip_album"), F("drip_song","releaseDate","2024-11-01", optional=True)]
+ [F(m,"memberOf","bm") for m in ["ruka","pharita","asa","ahyeon","rami","rora","chiquita"]] +
[F("batter_up","performer","bm"), F("batter_up","releaseDate","2023-11", optional=True, note="'a year ago' is approximate"),
 F("babymons7er","performer","bm"), F("babymons7er","releaseDate","2024-04"),
 F("sheesh","performer","bm"), F("sheesh","album","babymons7er"), F("sheesh","releaseDate","2024-04", optional=True),
 F("e_debut","eventType","Debut"), F("e_debut","participant","bm"), F("e_debut","eventDate","2023", optional=True, note="'a year ago' (approximate) -> 2023"),
 F("e_release","eventType","Release", alt_o=["Comeback"]), F("e_release","participant","bm"), F("e_release","eventDate","2024-11-01"),
 F("e_tour","eventType","Concert"), F("e_tour","participant","bm"), F("e_tour","eventDate","2025")],
[F("sheesh","album","drip_album", reason="SHEESH is on BABYMONS7ER"),
 F("e_debut","participant","ahyeon", reason="she sat out the debut"),
 F("babymons7er","releaseDate","2025-04", reason="'the April mini album' precedes November 2024"),
 F("e_tour","eventDate","2024", reason="'next year' from 2024 is 2025")],
"'on Friday' = 2024-11-01. Tour announced by YG -> asserted, 2025. Ahyeon is a current member (memberOf required) but not a debut participant.")

# ---------------------------------------------------------------- 08 ZEROBASEONE Golden Disc
art("2024-01-07", "awards roundup", "ZEROBASEONE win Rookie Artist at 38th Golden Disc Awards; daesang winners",
"""ZEROBASEONE named top rookie at Golden Disc Awards
ZEROBASEONE took home the Rookie Artist of the Year prize at the 38th Golden Disc Awards, held Saturday in Jakarta. The nine-member boy band, formed through Mnet's audition show Boys Planet, debuted in July with the EP Youth in the Shade and its lead single In Bloom. The debut record sold more than 1 million copies in its first week, a first for a debut album in K-pop. ZB1 were also nominated for the album daesang, but the grand prize went to SEVENTEEN, while NewJeans claimed the digital daesang for Ditto. Leader Sung Han-bin thanked fans on behalf of his bandmates and their agency, WakeOne.""",
[E("zb1","Group","ZEROBASEONE","ZB1"), E("hanbin","Artist","Sung Han-bin"), E("wakeone","Agency","WakeOne"),
 E("yits","Album","Youth in the Shade"), E("inbloom","Song","In Bloom"), E("svt","Group","SEVENTEEN"),
 E("nj","Group","NewJeans"), E("ditto","Song","Ditto"),
 E("e_rookie","Event","38th Golden Disc Awards: Rookie Artist of the Year - ZEROBASEONE"),
 E("e_svt","Event","38th Golden Disc Awards: Album Daesang - SEVENTEEN"),
 E("e_nj","Event","38th Golden Disc Awards: Digital Daesang - NewJeans (Ditto)"),
 E("e_debut","Event","ZEROBASEONE debut"), E("e_sales","Event","Youth in the Shade first-week million seller")],
[F("hanbin","memberOf","zb1"), F("zb1","agency","wakeone"), F("hanbin","agency","wakeone", optional=True),
 F("yits","performer","zb1"), F("yits","releaseDate","2023-07"), F("inbloom","performer","zb1"), F("inbloom","album","yits"),
 F("inbloom","releaseDate","2023-07", optional=True), F("ditto","performer","nj"),
 F("e_rookie","eventType","AwardWin"), F("e_rookie","participant","zb1"), F("e_rookie","eventDate","2024-01-06"),
 F("e_rookie","award","Rookie Artist of the Year, 38th Golden Disc Awards"),
 F("e_svt","eventType","AwardWin"), F("e_svt","participant","svt"), F("e_svt","eventDate","2024-01-06"),
 F("e_svt","award","Album Daesang, 38th Golden Disc Awards"),
 F("e_nj","eventType","AwardWin"), F("e_nj","participant","nj"), F("e_nj","participant","ditto"), F("e_nj","eventDate","2024-01-06"),
 F("e_nj","award","Digital Daesang, 38th Golden Disc Awards"),
 F("e_debut","eventType","Debut"), F("e_debut","participant","zb1"), F("e_debut","eventDate","2023-07"),
 F("e_sales","eventType","ChartAchievement", optional=True, note="sales record; type debatable"),
 F("e_sales","participant","yits", optional=True), F("e_sales","participant","zb1", optional=True),
 F("e_sales","achievement","1 million copies sold in first week", optional=True)],
[F("e_svt","participant","zb1", reason="ZB1 were only nominated for the album daesang"),
 F("e_rookie","award","Album Daesang, 38th Golden Disc Awards", reason="nomination, not a win"),
 F("e_rookie","eventDate","2024-01-07", reason="article date; ceremony was Saturday"),
 F("e_debut","eventDate","2024-07", reason="'in July' (said in January 2024) is July 2023")],
"Saturday = 2024-01-06. Award literals 'category, ceremony' as in dev 16. Sales milestone is optional (not a chart position). Boys Planet is a TV show (no schema type) -> not annotated.")

# ---------------------------------------------------------------- 09 Chungha
art("2023-08-14", "entertainment daily", "Chungha signs with MORE VISION after leaving MNH; past collaborations",
"""Chungha finds new home at Jay Park's MORE VISION
Singer Chungha has inked an exclusive deal with MORE VISION, the label founded by rapper Jay Park, the company announced Monday. The former I.O.I member parted ways with MNH Entertainment earlier this year when her contract expired, ending a seven-year partnership. The soloist, whose real name is Kim Chan-mi, is known for hits such as Gotta Go and Snapping. She has also worked with international acts, teaming up with Dutch DJ R3HAB on Dream of You in 2020 and featuring on Christopher's Bad Boy the following year. MORE VISION said a new album is in the works but declined to give a date, dismissing rumours of a September release.""",
[E("chungha","Artist","Chungha","Kim Chan-mi"), E("morevision","Agency","MORE VISION"), E("jaypark","Artist","Jay Park"),
 E("ioi","Group","I.O.I"), E("mnh","Agency","MNH Entertainment"), E("gottago","Song","Gotta Go"), E("snapping","Song","Snapping"),
 E("r3hab","Artist","R3HAB"), E("doy","Song","Dream of You"), E("christopher","Artist","Christopher"), E("badboy","Song","Bad Boy"),
 E("e_album","Event","Chungha new album (date unconfirmed)")],
[F("chungha","agency","morevision"), F("jaypark","agency","morevision", optional=True, note="'label founded by rapper Jay Park'"), F("chungha","memberOf","ioi", optional=True, note="'former I.O.I member'"),
 F("chungha","agency","mnh", optional=True, note="former agency"),
 F("gottago","performer","chungha"), F("snapping","performer","chungha"),
 F("doy","performer","chungha"), F("doy","featuredArtist","r3hab", alt_p=["performer"], note="'teaming up with R3HAB'"),
 F("doy","releaseDate","2020"),
 F("badboy","performer","christopher"), F("badboy","featuredArtist","chungha", alt_p=["performer"]),
 F("badboy","releaseDate","2021"),
 F("e_album","eventType","Release", optional=True), F("e_album","participant","chungha", optional=True)],
[F("jaypark","agency","mnh", reason="Jay Park founded MORE VISION; no link to MNH"),
 F("e_album","eventDate","2023-09", reason="September release rumour dismissed by the agency"),
 F("doy","featuredArtist","christopher", reason="Christopher belongs to Bad Boy"),
 F("badboy","releaseDate","2020", reason="'the following year' = 2021")],
"'Monday' = 2023-08-14 (announcement; not a scored event). Jay Park: founder of MORE VISION; agency(Jay Park, MORE VISION) not annotated either way (not stated as signing). Former group/agency optional. Hedged release event aligned via optional type/participant; dismissed August date negative.")

# ---------------------------------------------------------------- 10 MONSTA X Shownu
art("2021-07-22", "wire", "MONSTA X leader Shownu begins alternative military service",
"""MONSTA X's Shownu starts military service
Shownu, the leader of MONSTA X, began his mandatory military service on Thursday as a social service agent, Starship Entertainment said. The singer, born Son Hyun-woo, will receive basic training before serving at a public institution. His fellow members saw him off privately, the agency added. The remaining five members, Minhyuk, Kihyun, Hyungwon, Joohoney and I.M, will continue as a group in his absence. MONSTA X are known in the U.S. for Who Do U Love?, their 2019 English-language single featuring French Montana. The act lost a seventh member that year when Wonho left the group.""",
[E("shownu","Artist","Shownu","Son Hyun-woo"), E("mx","Group","MONSTA X"), E("starship","Agency","Starship Entertainment"),
 E("minhyuk","Artist","Minhyuk"), E("kihyun","Artist","Kihyun"), E("hyungwon","Artist","Hyungwon"), E("joohoney","Artist","Joohoney"),
 E("im","Artist","I.M"), E("wonho","Artist","Wonho"), E("wdul","Song","Who Do U Love?"), E("french","Artist","French Montana"),
 E("e_enlist","Event","Shownu's military enlistment"), E("e_training","Event","Shownu's basic training")],
[F("shownu","memberOf","mx"), F("mx","agency","starship"), F("shownu","agency","starship", optional=True)]
+ [F(m,"memberOf","mx") for m in ["minhyuk","kihyun","hyungwon","joohoney","im"]] +
[F("wonho","memberOf","mx", optional=True, note="former member"),
 F("wdul","performer","mx"), F("wdul","featuredArtist","french"), F("wdul","releaseDate","2019"),
 F("e_enlist","eventType","MilitaryEnlistment"), F("e_enlist","participant","shownu"), F("e_enlist","eventDate","2021-07-22"),
 F("e_training","eventType","MilitaryTraining", optional=True), F("e_training","participant","shownu", optional=True)],
[F("wdul","performer","french", reason="featured, not main performer"),
 F("wdul","featuredArtist","wonho", reason="nonsense link from the same paragraph"),
 F("e_enlist","participant","wonho", reason="Wonho left in 2019"),
 F("e_enlist","eventDate","2019", reason="2019 is the single/Wonho's departure")],
"'Thursday' = article date 2021-07-22. Basic training undated -> optional. Wonho 'left the group' -> memberOf optional (former).")

# ---------------------------------------------------------------- 11 ITZY + NMIXX
art("2024-01-09", "K-pop news site", "ITZY release Born to Be / Untouchable; Dalla Dalla MV by Naive; labelmates NMIXX",
"""ITZY are 'Untouchable' on new album
ITZY released their second full-length album, Born to Be, on Monday, with the hard-hitting title track Untouchable, whose music video dropped at the same time. Yeji, Lia, Ryujin, Chaeryeong and Yuna have been with JYP Entertainment since their 2019 debut. The quintet first appeared on February 12 of that year with Dalla Dalla, whose music video was directed by the production team Naive, the crew behind many of TWICE's early clips. That video passed 17 million views in its first day, a record for a K-pop debut at the time. Labelmates NMIXX, who debuted in February 2022 with O.O, are also preparing a comeback. The six-member group of Lily, Haewon, Sullyoon, Bae, Jiwoo and Kyujin has been active without Jinni since she left in December of that year.""",
[E("itzy","Group","ITZY"), E("jyp","Agency","JYP Entertainment"), E("bornto","Album","Born to Be"), E("untouchable","Song","Untouchable"),
 E("yeji","Artist","Yeji"), E("lia","Artist","Lia"), E("ryujin","Artist","Ryujin"), E("chaeryeong","Artist","Chaeryeong"), E("yuna","Artist","Yuna"),
 E("untouchable_mv","MusicVideo","Untouchable music video"), E("dalla","Song","Dalla Dalla"), E("dalla_mv","MusicVideo","Dalla Dalla music video"), E("naive","Director","Naive"),
 E("twice","Group","TWICE"), E("nmixx","Group","NMIXX"), E("oo","Song","O.O"),
 E("lily","Artist","Lily"), E("haewon","Artist","Haewon"), E("sullyoon","Artist","Sullyoon"), E("bae","Artist","Bae"),
 E("jiwoo","Artist","Jiwoo"), E("kyujin","Artist","Kyujin"), E("jinni","Artist","Jinni"),
 E("e_release","Event","ITZY release Born to Be"), E("e_debut","Event","ITZY debut"), E("e_views","Event","Dalla Dalla MV 24-hour views record"),
 E("e_nmixx_debut","Event","NMIXX debut")],
[F("bornto","performer","itzy"), F("bornto","releaseDate","2024-01-08"),
 F("untouchable","performer","itzy"), F("untouchable","album","bornto"), F("untouchable","releaseDate","2024-01-08", optional=True),
 F("untouchable_mv","musicVideoOf","untouchable"), F("untouchable_mv","releaseDate","2024-01-08"),
 F("itzy","agency","jyp"), F("nmixx","agency","jyp")]
+ [F(m,"memberOf","itzy") for m in ["yeji","lia","ryujin","chaeryeong","yuna"]] +
[F("dalla","performer","itzy"), F("dalla","releaseDate","2019-02-12"),
 F("dalla_mv","musicVideoOf","dalla"), F("dalla_mv","directedBy","naive"), F("dalla_mv","releaseDate","2019-02-12", optional=True),
 F("e_release","eventType","Release", alt_o=["Comeback"]), F("e_release","participant","itzy"), F("e_release","eventDate","2024-01-08"),
 F("e_debut","eventType","Debut"), F("e_debut","participant","itzy"), F("e_debut","eventDate","2019-02-12"),
 F("e_views","eventType","ChartAchievement", optional=True, note="view record; type debatable"),
 F("e_views","participant","dalla", optional=True), F("e_views","participant","itzy", optional=True),
 F("e_views","achievement","17 million views in first day", optional=True),
 F("oo","performer","nmixx"), F("oo","releaseDate","2022-02"),
 F("e_nmixx_debut","eventType","Debut"), F("e_nmixx_debut","participant","nmixx"), F("e_nmixx_debut","eventDate","2022-02")]
+ [F(m,"memberOf","nmixx") for m in ["lily","haewon","sullyoon","bae","jiwoo","kyujin"]] +
[F("jinni","memberOf","nmixx", optional=True, note="former member: left December 2022")],
[F("dalla_mv","directedBy","twice", reason="TWICE are the director's earlier clients"),
 F("jinni","memberOf","itzy", reason="Jinni belongs to NMIXX's history"),
 F("e_nmixx_debut","eventDate","2022-12", reason="December 2022 is Jinni's departure"),
 F("bornto","releaseDate","2024-01-09", reason="article date"),
 F("e_debut","eventDate","2024-02-12", reason="February 12 'of that year' = 2019")],
"'that year' after '2019 debut' -> 2019-02-12; 'December of that year' after 'February 2022' -> 2022-12. Naive typed Director (production team). Upcoming NMIXX comeback undated -> not annotated.")


def main() -> None:
    for n, a in enumerate(ARTS):
        nn = f"{n:02d}"
        head, body = a["text"].split("\n", 1)
        (ROOT / "articles" / f"{nn}.txt").write_text(f" date {a['date']} {head}\n\n{body.strip()}\n", encoding="utf-8")
        ids = {e["id"] for e in a["ents"]}
        for f in list(a["facts"]) + list(a["negs"]):
            assert f["s"] in ids, (nn, f)
            if f["p"] not in {"releaseDate", "eventDate", "achievement", "award", "eventType"}:
                assert f["o"] in ids, (nn, f)
        gold = {"source_url": None, "outlet": a["outlet"] + " (original prose, heldout5)", "date": a["date"],
                "topic": a["topic"], "entities": a["ents"], "facts": a["facts"], "negative_facts": list(a["negs"]),
                "notes": a["notes"]}
        (ROOT / "gold" / f"{nn}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(ARTS), "articles written")


if __name__ == "__main__":
    main()
