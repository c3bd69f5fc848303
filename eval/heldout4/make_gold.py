import os
"""Writes the hand-made gold files of heldout4 (one dict per article, annotated by hand)."""
import json, os

def E(i, t, name, aliases=(), optional=False, note=None):
    e = {"id": i, "type": t, "name": name, "aliases": list(aliases)}
    if optional: e["optional"] = True
    if note: e["note"] = note
    return e

def F(s, p, o, optional=False, alt_p=None, alt_o=None, note=None):
    f = {"s": s, "p": p, "o": o}
    if optional: f["optional"] = True
    if alt_p: f["alt_p"] = alt_p
    if alt_o: f["alt_o"] = alt_o
    if note: f["note"] = note
    return f

def N(s, p, o, reason):
    return {"s": s, "p": p, "o": o, "reason": reason}

def ev(i, etype, parts, date=None, date_opt=False, alt_date=None, ach=None, award=None, opt_parts=()):
    out = [F(i, "eventType", etype)]
    out += [F(i, "participant", x) for x in parts]
    out += [F(i, "participant", x, optional=True) for x in opt_parts]
    if date: out.append(F(i, "eventDate", date, optional=date_opt, alt_o=alt_date))
    if ach: out.append(F(i, "achievement", ach))
    if award: out.append(F(i, "award", award))
    return out

G = {}

# 00 ---------------------------------------------------------------
G["00"] = dict(date="2024-11-22",
 topic="G-DRAGON's HOME SWEET HOME feat. Taeyang and Daesung; POWER; Galaxy Corporation; discharge before comeback; T.O.P denial",
 entities=[E("gd", "Artist", "G-DRAGON", ["Kwon Ji-yong"]), E("taeyang", "Artist", "Taeyang"),
  E("daesung", "Artist", "Daesung"), E("top", "Artist", "T.O.P"), E("bigbang", "Group", "BIGBANG"),
  E("hsh", "Song", "HOME SWEET HOME"), E("power", "Song", "POWER"),
  E("galaxy", "Agency", "Galaxy Corporation"), E("yg", "Agency", "YG Entertainment"),
  E("e_comeback", "Event", "G-DRAGON's solo comeback with POWER"),
  E("e_discharge", "Event", "G-DRAGON's military discharge")],
 facts=[F("hsh", "performer", "gd"), F("hsh", "featuredArtist", "taeyang", alt_p=["performer"]),
  F("hsh", "featuredArtist", "daesung", alt_p=["performer"]), F("hsh", "releaseDate", "2024-11-22"),
  F("taeyang", "memberOf", "bigbang"), F("daesung", "memberOf", "bigbang"),
  F("gd", "memberOf", "bigbang", note="'fellow BIGBANG members', 'BIGBANG bandmates'"),
  F("top", "memberOf", "bigbang", optional=True, note="former member"),
  F("power", "performer", "gd"), F("power", "releaseDate", "2024-10-31"),
  F("gd", "agency", "galaxy"), F("gd", "agency", "yg", optional=True, note="former agency ('after parting ways with')"),
  *ev("e_comeback", "Comeback", ["gd"], "2024-10-31"),
  *ev("e_discharge", "MilitaryDischarge", ["gd"], "2019-10"),
  F("e_discharge", "before", "e_comeback", note="'first solo comeback since wrapping up his ... service'")],
 negative_facts=[N("hsh", "featuredArtist", "top", "denied by the agency"),
  N("hsh", "performer", "top", "denied by the agency"),
  N("hsh", "releaseDate", "2024-10-31", "that is POWER's date"),
  N("e_discharge", "eventDate", "2024-11-22", "article date")],
 notes="'Friday' = 2024-11-22. The rumoured full-length album is undated and unnamed: not annotated. "
       "T.O.P is 'former member' (optional memberOf); YG is a former agency (optional).")

# 01 ---------------------------------------------------------------
G["01"] = dict(date="2024-03-03",
 topic="TWICE's With YOU-th No. 1 on Billboard 200; READY TO BE No. 2; The Feels Hot 100 No. 83; Jihyo's solo debut",
 entities=[E("twice", "Group", "TWICE"), E("wy", "Album", "With YOU-th"), E("one_spark", "Song", "ONE SPARK"),
  E("jyp", "Agency", "JYP Entertainment"), E("rtb", "Album", "READY TO BE"), E("the_feels", "Song", "The Feels"),
  E("jihyo", "Artist", "Jihyo"), E("zone", "Album", "ZONE"),
  E("e_wy", "Event", "With YOU-th No. 1 on Billboard 200"), E("e_rtb", "Event", "READY TO BE No. 2 on Billboard 200"),
  E("e_feels", "Event", "The Feels No. 83 on Hot 100"), E("e_jihyo_debut", "Event", "Jihyo's solo debut")],
 facts=[F("wy", "performer", "twice"), F("wy", "releaseDate", "2024-02-23"),
  F("one_spark", "performer", "twice"), F("one_spark", "album", "wy"),
  F("one_spark", "releaseDate", "2024-02-23", optional=True, note="'released ... alongside the lead single'"),
  F("twice", "agency", "jyp"),
  *ev("e_wy", "ChartAchievement", ["twice", "wy"], "2024-03-03", alt_date=["2024-03-09"], ach="No. 1 on Billboard 200"),
  F("rtb", "performer", "twice"),
  *ev("e_rtb", "ChartAchievement", ["twice", "rtb"], "2023-03", ach="No. 2 on Billboard 200"),
  F("the_feels", "performer", "twice"), F("the_feels", "releaseDate", "2021", optional=True),
  *ev("e_feels", "ChartAchievement", ["twice", "the_feels"], "2021", ach="No. 83 on Billboard Hot 100"),
  F("jihyo", "memberOf", "twice"), F("zone", "performer", "jihyo"), F("zone", "releaseDate", "2023-08", optional=True),
  *ev("e_jihyo_debut", "Debut", ["jihyo"], "2023-08")],
 negative_facts=[N("wy", "releaseDate", "2024-03-03", "article / announcement date"),
  N("e_rtb", "eventDate", "2024-03", "'last year ... March 2023'"),
  N("e_jihyo_debut", "participant", "twice", "solo debut, not the group's"),
  N("zone", "performer", "twice", "Jihyo's solo album")],
 notes="Chart achievement date = announcement date in the text (Sunday = 2024-03-03); the chart issue date (March 9) "
       "is accepted via alt_o. 'last August' = 2023-08. The rumoured stadium run has no scoreable fact.")

# 02 ---------------------------------------------------------------
G["02"] = dict(date="2023-09-06",
 topic="Stray Kids' Japanese EP Social Path (feat. LiSA); 5-STAR No. 1 on Billboard 200; 3RACHA; hedged Oricon and comeback",
 entities=[E("skz", "Group", "Stray Kids"), E("lisa", "Artist", "LiSA"),
  E("social_path", "Song", "Social Path", ["Social Path (feat. LiSA)"]),
  E("jp_ep", "Album", "Social Path (feat. LiSA) / Super Bowl -Japanese ver.-", optional=True),
  E("super_bowl", "Song", "Super Bowl", ["Super Bowl -Japanese ver.-"]), E("gurenge", "Song", "Gurenge"),
  E("five_star", "Album", "5-STAR"), E("jyp", "Agency", "JYP Entertainment"),
  E("epic", "Agency", "Epic Records Japan", optional=True),
  E("bang_chan", "Artist", "Bang Chan"), E("changbin", "Artist", "Changbin"), E("han", "Artist", "Han"),
  E("three_racha", "Group", "3RACHA"),
  E("e_5star", "Event", "5-STAR No. 1 on Billboard 200")],
 facts=[F("social_path", "performer", "skz"), F("social_path", "featuredArtist", "lisa"),
  F("social_path", "releaseDate", "2023-09-06"),
  F("jp_ep", "performer", "skz", optional=True), F("jp_ep", "releaseDate", "2023-09-06", optional=True),
  F("social_path", "album", "jp_ep", optional=True), F("super_bowl", "album", "jp_ep", optional=True),
  F("super_bowl", "performer", "skz"), F("super_bowl", "album", "five_star", optional=True,
   note="the Korean original is on 5-STAR; the Japanese version is on the EP"),
  F("super_bowl", "releaseDate", "2023-09-06", optional=True),
  F("gurenge", "performer", "lisa"),
  F("five_star", "performer", "skz"), F("five_star", "releaseDate", "2023-06"),
  *ev("e_5star", "ChartAchievement", ["skz", "five_star"], "2023-06", ach="No. 1 on Billboard 200"),
  F("skz", "agency", "jyp"), F("skz", "agency", "epic", optional=True, note="'released ... through Epic Records Japan'"),
  F("bang_chan", "memberOf", "skz", optional=True, note="implied by 'fellow members'"),
  F("changbin", "memberOf", "skz"), F("han", "memberOf", "skz"),
  F("bang_chan", "memberOf", "three_racha"), F("changbin", "memberOf", "three_racha"), F("han", "memberOf", "three_racha")],
 negative_facts=[N("e_5star", "participant", "social_path", "the Oricon No. 1 is only reported/expected"),
  N("e_5star", "achievement", "No. 1 on Oricon daily singles ranking", "reported expectation, not an achievement"),
  N("five_star", "releaseDate", "2023-09-06", "5-STAR came out in June"),
  N("social_path", "featuredArtist", "bang_chan", "Bang Chan co-wrote it; he is a member of the performing group")],
 notes="'Wednesday' = 2023-09-06. The November Korean album is reported and unconfirmed: no fact. Bang Chan's own "
       "membership is only implied ('fellow members') -> optional; the 'fellow members' are members of Stray Kids.")

# 03 ---------------------------------------------------------------
G["03"] = dict(date="2024-09-26",
 topic="Jeonghan (SEVENTEEN) enlists for alternative service; SPILL THE FEELS with LOVE, MONEY, FAME feat. DJ Khaled; Jun absent; Wonwoo reported next",
 entities=[E("jeonghan", "Artist", "Jeonghan", ["Yoon Jeong-han"]), E("svt", "Group", "SEVENTEEN"),
  E("pledis", "Agency", "Pledis Entertainment"), E("spill", "Album", "SPILL THE FEELS"),
  E("lmf", "Song", "LOVE, MONEY, FAME"), E("dj_khaled", "Artist", "DJ Khaled"),
  E("jun", "Artist", "Jun"), E("wonwoo", "Artist", "Wonwoo"),
  E("e_enlist", "Event", "Jeonghan's enlistment"), E("e_training", "Event", "Jeonghan's basic training")],
 facts=[F("jeonghan", "memberOf", "svt"), F("jun", "memberOf", "svt"), F("wonwoo", "memberOf", "svt"),
  F("svt", "agency", "pledis"), F("jeonghan", "agency", "pledis", optional=True),
  *ev("e_enlist", "MilitaryEnlistment", ["jeonghan"], "2024-09-26"),
  F("e_training", "eventType", "MilitaryTraining", optional=True), F("e_training", "participant", "jeonghan", optional=True),
  F("e_training", "eventDate", "2024-09-26", optional=True),
  F("spill", "performer", "svt"), F("spill", "releaseDate", "2024-10-14"),
  F("lmf", "performer", "svt"), F("lmf", "album", "spill"), F("lmf", "featuredArtist", "dj_khaled"),
  F("lmf", "releaseDate", "2024-10-14", optional=True)],
 negative_facts=[N("e_enlist", "participant", "wonwoo", "Wonwoo's enlistment is only reported by insiders"),
  N("e_enlist", "participant", "jun", "Jun skips promotions for activities in China"),
  N("spill", "releaseDate", "2024-09-26", "article date"),
  N("lmf", "featuredArtist", "jeonghan", "he sits the album out")],
 notes="Scheduled release 'due on October 14' is annotated as releaseDate (as dev 08 annotates a scheduled discharge). "
       "Entering the training camp starts the service: MilitaryEnlistment; a separate MilitaryTraining event is optional.")

# 04 ---------------------------------------------------------------
G["04"] = dict(date="2023-05-01",
 topic="LE SSERAFIM's first album UNFORGIVEN with title track feat. Nile Rodgers; debut anniversary; Source Music/HYBE; members",
 entities=[E("lsf", "Group", "LE SSERAFIM"), E("unf_album", "Album", "UNFORGIVEN"),
  E("unf_song", "Song", "UNFORGIVEN (feat. Nile Rodgers)", ["UNFORGIVEN"]), E("nile", "Artist", "Nile Rodgers"),
  E("chic", "Group", "Chic", optional=True), E("eve", "Song", "Eve, Psyche & the Bluebeard's Wife"),
  E("source", "Agency", "Source Music"), E("hybe", "Agency", "HYBE"), E("fearless", "Album", "FEARLESS"),
  E("chaewon", "Artist", "Kim Chaewon"), E("sakura", "Artist", "Sakura"), E("yunjin", "Artist", "Huh Yunjin"),
  E("kazuha", "Artist", "Kazuha"), E("eunchae", "Artist", "Hong Eunchae"), E("izone", "Group", "IZ*ONE"),
  E("e_debut", "Event", "LE SSERAFIM's debut")],
 facts=[F("unf_album", "performer", "lsf"), F("unf_album", "releaseDate", "2023-05-01"),
  F("unf_song", "performer", "lsf"), F("unf_song", "featuredArtist", "nile"), F("unf_song", "album", "unf_album"),
  F("unf_song", "releaseDate", "2023-05-01", optional=True),
  F("nile", "memberOf", "chic", optional=True),
  F("eve", "performer", "lsf"), F("eve", "album", "unf_album"),
  F("lsf", "agency", "source"), F("lsf", "agency", "hybe", optional=True, note="'Source Music, a HYBE label'"),
  *ev("e_debut", "Debut", ["lsf"], "2022-05-02"),
  F("fearless", "performer", "lsf"), F("fearless", "releaseDate", "2022-05-02"),
  *[F(m, "memberOf", "lsf") for m in ("chaewon", "sakura", "yunjin", "kazuha", "eunchae")],
  F("chaewon", "memberOf", "izone", optional=True, note="former group"), F("sakura", "memberOf", "izone", optional=True)],
 negative_facts=[N("e_debut", "eventDate", "2023-05-02", "the anniversary, not the debut"),
  N("e_debut", "eventDate", "2023-05-01", "article date"),
  N("unf_album", "releaseDate", "2022-05-02", "that is FEARLESS / the debut"),
  N("unf_song", "performer", "nile", "featured, not main artist")],
 notes="'May 2 last year' = 2022-05-02. Album and title track share the name UNFORGIVEN (typed Album vs Song). "
       "Former memberships (IZ*ONE) are optional.")

# 05 ---------------------------------------------------------------
G["05"] = dict(date="2024-02-20",
 topic="IU's EP The Winning (Shopper; Shh.. with Hyein and Joan Baez); H.E.R. tour Seoul dates; Olympic Stadium 2022",
 entities=[E("iu", "Artist", "IU", ["Lee Ji-eun"]), E("winning", "Album", "The Winning"), E("shopper", "Song", "Shopper"),
  E("shh", "Song", "Shh.."), E("hyein", "Artist", "Hyein"), E("newjeans", "Group", "NewJeans"),
  E("joan_baez", "Artist", "Joan Baez"), E("edam", "Agency", "EDAM Entertainment"),
  E("e_tour", "Event", "H.E.R. world tour opening, KSPO Dome"), E("e_olympic", "Event", "IU at Olympic Main Stadium")],
 facts=[F("winning", "performer", "iu"), F("winning", "releaseDate", "2024-02-20"),
  F("shopper", "performer", "iu"), F("shopper", "album", "winning"), F("shopper", "releaseDate", "2024-02-20", optional=True),
  F("shh", "performer", "iu"), F("shh", "album", "winning"),
  F("shh", "featuredArtist", "hyein", alt_p=["performer"]), F("shh", "featuredArtist", "joan_baez", alt_p=["performer"]),
  F("hyein", "memberOf", "newjeans"), F("iu", "agency", "edam"),
  F("e_tour", "eventType", "Concert"), F("e_tour", "participant", "iu"),
  F("e_tour", "eventDate", "2024-03", note="March 2, 3, 9 and 10: any of the four days matches"),
  *ev("e_olympic", "Concert", ["iu"], "2022-09")],
 negative_facts=[N("shh", "featuredArtist", "newjeans", "the member Hyein features, not the group"),
  N("e_tour", "eventDate", "2024-02-20", "article date"),
  N("shopper", "featuredArtist", "joan_baez", "Joan Baez is on Shh.."),
  N("e_olympic", "eventDate", "2024-03", "the 2022 stadium show is a different concert")],
 notes="The coordinated dates 'March 2 and 3 and ... March 9 and 10' are one tour-opening event with gold date 2024-03. "
       "The rumoured North American leg has no scoreable fact.")

# 06 ---------------------------------------------------------------
G["06"] = dict(date="2023-12-10",
 topic="ATEEZ's THE WORLD EP.FIN : WILL tops Billboard 200; OUTLAW No. 2; KQ; debut 2018",
 entities=[E("ateez", "Group", "ATEEZ"), E("will", "Album", "THE WORLD EP.FIN : WILL"), E("crazy_form", "Song", "Crazy Form"),
  E("kq", "Agency", "KQ Entertainment", ["KQ"]), E("outlaw", "Album", "THE WORLD EP.2 : OUTLAW"),
  E("hongjoong", "Artist", "Hongjoong"),
  E("e_will", "Event", "WILL No. 1 on Billboard 200"), E("e_outlaw", "Event", "OUTLAW No. 2 on Billboard 200"),
  E("e_debut", "Event", "ATEEZ's debut")],
 facts=[F("will", "performer", "ateez"), F("will", "releaseDate", "2023-12-01"),
  F("crazy_form", "performer", "ateez"), F("crazy_form", "album", "will"),
  F("crazy_form", "releaseDate", "2023-12-01", optional=True), F("ateez", "agency", "kq"),
  F("hongjoong", "memberOf", "ateez"),
  *ev("e_will", "ChartAchievement", ["ateez", "will"], "2023-12-10", ach="No. 1 on Billboard 200"),
  F("outlaw", "performer", "ateez"),
  *ev("e_outlaw", "ChartAchievement", ["ateez", "outlaw"], "2023-06", ach="No. 2 on Billboard 200"),
  *ev("e_debut", "Debut", ["ateez"], "2018-10")],
 negative_facts=[N("will", "releaseDate", "2023-12-10", "announcement date, not the release"),
  N("e_outlaw", "eventDate", "2023-12", "June is OUTLAW's peak; December is WILL's"),
  N("e_outlaw", "participant", "will", "WILL is the No. 1, OUTLAW the No. 2"),
  N("e_will", "participant", "outlaw", "OUTLAW is the earlier No. 2")],
 notes="Chart achievement date = announcement day ('Sunday' = 2023-12-10). US concert plans 'not finalised': no fact. "
       "A wrong 'No. 1' achievement for OUTLAW is not listed as a negative: score.py's fuzzy text match treats "
       "'No. 1 on Billboard 200' and 'No. 2 on Billboard 200' as equal.")

# 07 ---------------------------------------------------------------
G["07"] = dict(date="2023-01-08",
 topic="IVE's LOVE DIVE wins Digital Daesang at 37th Golden Disc Awards; earlier MAMA Song of the Year; (G)I-DLE Digital Bonsang; SMA nomination",
 entities=[E("ive", "Group", "IVE"), E("love_dive", "Song", "LOVE DIVE"), E("starship", "Agency", "Starship Entertainment"),
  E("eleven", "Song", "ELEVEN"), E("gidle", "Group", "(G)I-DLE"), E("tomboy", "Song", "TOMBOY"),
  E("wonyoung", "Artist", "Jang Won-young"), E("yujin", "Artist", "An Yu-jin"),
  E("e_gda", "Event", "IVE Digital Daesang, 37th Golden Disc Awards"),
  E("e_mama", "Event", "IVE Song of the Year, MAMA Awards"),
  E("e_gidle", "Event", "(G)I-DLE Digital Bonsang, 37th Golden Disc Awards"),
  E("e_debut", "Event", "IVE's debut")],
 facts=[F("ive", "agency", "starship"), F("love_dive", "performer", "ive"), F("love_dive", "releaseDate", "2022-04"),
  F("eleven", "performer", "ive"), F("tomboy", "performer", "gidle"),
  F("wonyoung", "memberOf", "ive"), F("yujin", "memberOf", "ive"),
  *ev("e_debut", "Debut", ["ive"], "2021-12"),
  *ev("e_gda", "AwardWin", ["ive", "love_dive"], "2023-01-07", award="Digital Daesang, 37th Golden Disc Awards"),
  *ev("e_mama", "AwardWin", ["ive", "love_dive"], "2022-11", award="Song of the Year, MAMA Awards"),
  *ev("e_gidle", "AwardWin", ["gidle"], "2023-01-07", award="Digital Bonsang, 37th Golden Disc Awards", opt_parts=["tomboy"])],
 negative_facts=[N("e_gda", "participant", "gidle", "TOMBOY was only in contention"),
  N("e_gda", "participant", "tomboy", "TOMBOY was only in contention"),
  N("e_gda", "eventDate", "2023-01-08", "article date; ceremony was Saturday"),
  N("e_gda", "award", "Daesang, Seoul Music Awards", "only a nomination; winners not announced"),
  N("e_mama", "award", "Song of the Year, Seoul Music Awards", "only a nomination")],
 notes="'Saturday' = 2023-01-07; 'late November' = 2022-11. One AwardWin per winner and category. The (G)I-DLE bonsang "
       "is credited to the group; TOMBOY as participant is optional. Scorer caveat: 'Digital Daesang' vs 'Digital "
       "Bonsang' with the same ceremony suffix are fuzzy-equal for score.py (ratio >= 0.85).")

# 08 ---------------------------------------------------------------
G["08"] = dict(date="2023-05-11",
 topic="EXO's Kai (Kim Jong-in) begins alternative service; Rover EP in March; discharge due Feb 2025",
 entities=[E("kai", "Artist", "Kai", ["Kim Jong-in"]), E("exo", "Group", "EXO"), E("sm", "Agency", "SM Entertainment"),
  E("rover", "Album", "Rover"), E("d_o", "Artist", "D.O."), E("chanyeol", "Artist", "Chanyeol"),
  E("e_enlist", "Event", "Kai's enlistment"), E("e_discharge", "Event", "Kai's scheduled discharge")],
 facts=[F("kai", "memberOf", "exo"), F("d_o", "memberOf", "exo"), F("chanyeol", "memberOf", "exo"),
  F("exo", "agency", "sm", optional=True, note="'SM Entertainment said' about Kai; the group's agency is implied"),
  F("kai", "agency", "sm"),
  *ev("e_enlist", "MilitaryEnlistment", ["kai"], "2023-05-11"),
  *ev("e_discharge", "MilitaryDischarge", ["kai"], "2025-02"),
  F("e_enlist", "before", "e_discharge", optional=True),
  F("rover", "performer", "kai"), F("rover", "releaseDate", "2023-03")],
 negative_facts=[N("e_discharge", "eventDate", "2023-05-11", "article date / enlistment"),
  N("e_enlist", "participant", "d_o", "D.O. already completed service"),
  N("e_enlist", "participant", "chanyeol", "Chanyeol already completed service"),
  N("rover", "releaseDate", "2023-05", "'two months after ... in March'")],
 notes="Scheduled discharge annotated as asserted eventDate (dev 08 convention). D.O./Chanyeol discharges are undated: "
       "not annotated as events. The assignment report is unconfirmed: no fact.")

# 09 ---------------------------------------------------------------
G["09"] = dict(date="2024-04-29",
 topic="ZICO's SPOT! featuring JENNIE; KOZ home to BOYNEXTDOOR; ODD ATELIER; Any Song Perfect All-Kill",
 entities=[E("zico", "Artist", "ZICO", ["Woo Ji-ho"]), E("jennie", "Artist", "JENNIE"), E("blackpink", "Group", "BLACKPINK"),
  E("spot", "Song", "SPOT!"), E("block_b", "Group", "Block B"), E("koz", "Agency", "KOZ Entertainment"),
  E("bnd", "Group", "BOYNEXTDOOR"), E("oa", "Agency", "ODD ATELIER"), E("any_song", "Song", "Any Song"),
  E("e_pak", "Event", "Any Song Perfect All-Kill"), E("e_bnd_debut", "Event", "BOYNEXTDOOR's debut")],
 facts=[F("spot", "performer", "zico"), F("spot", "featuredArtist", "jennie", alt_p=["performer"]),
  F("spot", "releaseDate", "2024-04-26"), F("jennie", "memberOf", "blackpink"), F("zico", "memberOf", "block_b"),
  F("zico", "agency", "koz"), F("bnd", "agency", "koz"), F("jennie", "agency", "oa"),
  F("any_song", "performer", "zico"), F("any_song", "releaseDate", "2020", optional=True),
  *ev("e_pak", "ChartAchievement", ["any_song"], ach="Perfect All-Kill", opt_parts=["zico"]),
  F("e_pak", "eventDate", "2020", optional=True),
  *ev("e_bnd_debut", "Debut", ["bnd"], "2023-05")],
 negative_facts=[N("spot", "releaseDate", "2024-04-29", "article date; released Friday"),
  N("jennie", "agency", "koz", "JENNIE's label is ODD ATELIER"),
  N("e_pak", "participant", "spot", "the PAK belongs to Any Song"),
  N("bnd", "agency", "oa", "BOYNEXTDOOR are under KOZ")],
 notes="'Friday' = 2024-04-26. BOYNEXTDOOR's comeback 'next month' is reported: no fact. Joint stage undecided: no fact.")

# 10 ---------------------------------------------------------------
G["10"] = dict(date="2022-09-22",
 topic="Crush's Rush Hour with j-hope; P NATION; j-hope's Jack In The Box and Lollapalooza headline",
 entities=[E("crush", "Artist", "Crush", ["Shin Hyo-seob"]), E("jhope", "Artist", "j-hope"), E("bts", "Group", "BTS"),
  E("rush_hour", "Song", "Rush Hour"), E("pnation", "Agency", "P NATION"), E("psy", "Artist", "PSY", optional=True),
  E("jitb", "Album", "Jack In The Box"), E("e_lolla", "Event", "j-hope headlines Lollapalooza")],
 facts=[F("rush_hour", "performer", "crush"), F("rush_hour", "featuredArtist", "jhope", alt_p=["performer"],
   note="'with a guest turn from'"), F("rush_hour", "releaseDate", "2022-09-22"),
  F("jhope", "memberOf", "bts"), F("crush", "agency", "pnation"), F("psy", "agency", "pnation", optional=True),
  F("jitb", "performer", "jhope"), F("jitb", "releaseDate", "2022-07"),
  *ev("e_lolla", "Concert", ["jhope"], "2022-07-31")],
 negative_facts=[N("e_lolla", "participant", "crush", "only j-hope headlined"),
  N("jitb", "performer", "bts", "solo album"),
  N("rush_hour", "releaseDate", "2022-07-31", "Lollapalooza date"),
  N("jhope", "agency", "pnation", "P NATION is Crush's label")],
 notes="'Thursday' = 2022-09-22. The speculated music-show performance is undecided: no fact.")

# 11 ---------------------------------------------------------------
G["11"] = dict(date="2023-07-07",
 topic="TXT and Jonas Brothers' joint single Do It Like That ahead of Lollapalooza; TEMPTATION No. 1 on Billboard 200",
 entities=[E("txt", "Group", "TOMORROW X TOGETHER", ["TXT"]), E("jonas", "Group", "Jonas Brothers"),
  E("dild", "Song", "Do It Like That"), E("bighit", "Agency", "BIGHIT MUSIC"),
  E("temptation", "Album", "The Name Chapter: TEMPTATION"),
  E("soobin", "Artist", "Soobin"), E("yeonjun", "Artist", "Yeonjun"), E("beomgyu", "Artist", "Beomgyu"),
  E("taehyun", "Artist", "Taehyun"), E("hueningkai", "Artist", "HUENINGKAI"),
  E("nick", "Artist", "Nick Jonas"), E("kevin", "Artist", "Kevin Jonas"), E("joe", "Artist", "Joe Jonas"),
  E("e_release", "Event", "release of Do It Like That"), E("e_lolla", "Event", "TXT at Lollapalooza"),
  E("e_bb", "Event", "TEMPTATION No. 1 on Billboard 200")],
 facts=[F("dild", "performer", "txt", alt_p=["featuredArtist"]), F("dild", "performer", "jonas", alt_p=["featuredArtist"]),
  F("dild", "releaseDate", "2023-07-07"), F("txt", "agency", "bighit"),
  F("temptation", "performer", "txt"),
  *ev("e_bb", "ChartAchievement", ["txt", "temptation"], "2023-02", ach="No. 1 on Billboard 200"),
  *[F(m, "memberOf", "txt") for m in ("soobin", "yeonjun", "beomgyu", "taehyun", "hueningkai")],
  *[F(m, "memberOf", "jonas") for m in ("nick", "kevin", "joe")],
  F("e_release", "eventType", "Release"), F("e_release", "participant", "txt"),
  F("e_release", "participant", "jonas", optional=True), F("e_release", "eventDate", "2023-07-07"),
  *ev("e_lolla", "Concert", ["txt"], "2023-08"),
  F("e_release", "before", "e_lolla", note="'lands a month ahead of ... set at Lollapalooza'")],
 negative_facts=[N("e_lolla", "participant", "jonas", "the Lollapalooza set is TXT's"),
  N("dild", "releaseDate", "2023-08", "Lollapalooza month"),
  N("e_lolla", "eventDate", "2023-07-07", "article / release date"),
  N("nick", "memberOf", "txt", "Jonas brother")],
 notes="Both acts are credited equally: performer for both, featuredArtist accepted. The rumoured joint performance: no fact.")

# 12 ---------------------------------------------------------------
G["12"] = dict(date="2022-06-30",
 topic="Hwasa (MAMAMOO) signs with P NATION after leaving RBW; Wheein at THE L1VE; disbandment denied",
 entities=[E("hwasa", "Artist", "Hwasa", ["Ahn Hye-jin"]), E("pnation", "Agency", "P NATION"), E("psy", "Artist", "PSY", optional=True),
  E("mamamoo", "Group", "MAMAMOO"), E("rbw", "Agency", "RBW"), E("wheein", "Artist", "Wheein"),
  E("l1ve", "Agency", "THE L1VE"), E("solar", "Artist", "Solar"), E("moonbyul", "Artist", "Moonbyul"),
  E("maria", "Song", "Maria"), E("e_debut", "Event", "MAMAMOO's debut")],
 facts=[F("hwasa", "agency", "pnation"), F("hwasa", "agency", "rbw", optional=True, note="former agency"),
  F("psy", "agency", "pnation", optional=True),
  F("hwasa", "memberOf", "mamamoo"), F("wheein", "memberOf", "mamamoo"),
  F("solar", "memberOf", "mamamoo", optional=True, note="implied by context"), F("moonbyul", "memberOf", "mamamoo", optional=True),
  F("mamamoo", "agency", "rbw"), F("wheein", "agency", "l1ve"), F("wheein", "agency", "rbw", optional=True, note="former agency"),
  F("solar", "agency", "rbw"), F("moonbyul", "agency", "rbw"),
  F("e_debut", "eventType", "Debut"), F("e_debut", "participant", "mamamoo"), F("e_debut", "eventDate", "2014"),
  F("maria", "performer", "hwasa"), F("maria", "releaseDate", "2020")],
 negative_facts=[N("wheein", "agency", "pnation", "Wheein moved to THE L1VE"),
  N("hwasa", "agency", "l1ve", "Hwasa moved to P NATION"),
  N("mamamoo", "agency", "pnation", "only Hwasa's solo contract"),
  N("maria", "performer", "mamamoo", "Hwasa's solo hit")],
 notes="'launched the quartet in 2014' -> Debut 2014. The denied disbandment leaves memberships asserted. "
       "Former agencies (RBW for Hwasa and Wheein) are optional. Solar/Moonbyul membership is implied ('remain with RBW').")

# 13 ---------------------------------------------------------------
G["13"] = dict(date="2023-07-03",
 topic="NewJeans' first fan meeting Bunnies Camp; Get Up EP and Super Shy; Ditto/OMG MVs by Shin Woo-seok (Dolphiners Films)",
 entities=[E("nj", "Group", "NewJeans"), E("ador", "Agency", "ADOR"), E("get_up", "Album", "Get Up"),
  E("super_shy", "Song", "Super Shy"), E("ditto", "Song", "Ditto"), E("omg", "Song", "OMG"),
  E("ditto_mv", "MusicVideo", "Ditto music video"), E("omg_mv", "MusicVideo", "OMG music video"),
  E("super_shy_mv", "MusicVideo", "Super Shy music video"),
  E("shin", "Director", "Shin Woo-seok"), E("dolphiners", "Director", "Dolphiners Films", optional=True),
  E("minji", "Artist", "Minji"), E("hanni", "Artist", "Hanni"), E("danielle", "Artist", "Danielle"),
  E("haerin", "Artist", "Haerin"), E("hyein", "Artist", "Hyein"),
  E("e_fm", "Event", "Bunnies Camp fan meeting"), E("e_debut", "Event", "NewJeans' debut")],
 facts=[*ev("e_fm", "FanMeeting", ["nj"], "2023-07-01", alt_date=["2023-07-02"]),
  F("nj", "agency", "ador"), *ev("e_debut", "Debut", ["nj"], "2022-07"),
  F("get_up", "performer", "nj"), F("get_up", "releaseDate", "2023-07-21"),
  F("super_shy", "performer", "nj"), F("super_shy", "album", "get_up"), F("super_shy", "releaseDate", "2023-07-07"),
  F("ditto", "performer", "nj"), F("omg", "performer", "nj"),
  F("ditto_mv", "musicVideoOf", "ditto"), F("ditto_mv", "directedBy", "shin"),
  F("omg_mv", "musicVideoOf", "omg"), F("omg_mv", "directedBy", "shin"),
  F("ditto_mv", "directedBy", "dolphiners", optional=True), F("omg_mv", "directedBy", "dolphiners", optional=True),
  F("super_shy_mv", "musicVideoOf", "super_shy", optional=True),
  *[F(m, "memberOf", "nj") for m in ("minji", "hanni", "danielle", "haerin", "hyein")],
  F("e_fm", "participant", "minji", optional=True), F("e_fm", "participant", "hanni", optional=True),
  F("e_fm", "participant", "danielle", optional=True), F("e_fm", "participant", "haerin", optional=True),
  F("e_fm", "participant", "hyein", optional=True)],
 negative_facts=[N("super_shy_mv", "directedBy", "shin", "only according to industry insiders"),
  N("e_fm", "eventDate", "2023-07-03", "article date"),
  N("e_debut", "eventDate", "2023-07", "'last July' = 2022-07"),
  N("get_up", "releaseDate", "2023-07-07", "that is Super Shy's date")],
 notes="Two-day fan meeting ('Saturday and Sunday' = July 1-2) is one event; either day matches. 'this Friday' = 2023-07-07. "
       "The new MVs' director is reported only; the Super Shy MV entity exists so that a careless directedBy can be scored.")

for k, d in G.items():
    doc = {"source": f"heldout4/{k}.txt (original text written for this set)", "date": d["date"], "topic": d["topic"],
           "entities": d["entities"], "facts": d["facts"], "negative_facts": d["negative_facts"], "notes": d["notes"]}
    os.makedirs(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold"), exist_ok=True)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold", f"{k}.json"), "w") as fh:
        json.dump(doc, fh, indent=1, ensure_ascii=False)
