"""Builds gold/NN.json from compact hand annotations."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gold")
ARTS = os.path.join(HERE, "articles")

class Doc:
    def __init__(self, nn, topic, notes=""):
        self.nn, self.topic, self.notes = nn, topic, notes
        first = open(f"{ARTS}/{nn}.txt").readline()
        self.date = first.split()[1]
        self.ents, self.facts, self.neg = [], [], []
    def e(self, id, type, name, *aliases, optional=False, note=None):
        d = {"id": id, "type": type, "name": name, "aliases": list(aliases)}
        if optional: d["optional"] = True
        if note: d["note"] = note
        self.ents.append(d); return id
    def f(self, s, p, o, optional=False, alt_p=None, alt_o=None, note=None):
        d = {"s": s, "p": p, "o": o}
        if optional: d["optional"] = True
        if alt_p: d["alt_p"] = alt_p
        if alt_o: d["alt_o"] = alt_o
        if note: d["note"] = note
        self.facts.append(d)
    def n(self, s, p, o, reason, certainty=None):
        d = {"s": s, "p": p, "o": o, "reason": reason}
        if certainty: d["certainty"] = certainty
        self.neg.append(d)
    def ev(self, id, name, etype, parts=(), date=None, ach=None, award=None, opt_parts=(), opt_date=False, opt_type=False):
        self.e(id, "Event", name)
        self.f(id, "eventType", etype, optional=opt_type)
        for p in parts: self.f(id, "participant", p)
        for p in opt_parts: self.f(id, "participant", p, optional=True)
        if date: self.f(id, "eventDate", date, optional=opt_date)
        if ach: self.f(id, "achievement", ach)
        if award: self.f(id, "award", award)
    def save(self):
        ids = [x["id"] for x in self.ents]
        assert len(ids) == len(set(ids)), self.nn
        for x in self.facts + self.neg:
            assert x["s"] in ids, (self.nn, x)
            if x["p"] not in {"releaseDate","eventDate","eventType","achievement","award"}:
                assert x["o"] in ids, (self.nn, x)
        doc = {"source": f"heldout3/{self.nn}.txt (written for this set, blind)", "date": self.date,
               "topic": self.topic, "entities": self.ents, "facts": self.facts,
               "negative_facts": self.neg, "notes": self.notes}
        with open(f"{OUT}/{self.nn}.json", "w") as fh:
            json.dump(doc, fh, indent=1, ensure_ascii=False); fh.write("\n")

HOT100 = "No. 1 on Billboard Hot 100"

# ---------------------------------------------------------------- 00
d = Doc("00", "Jungkook's Seven (feat. Latto) tops the Hot 100; Jimin's Like Crazy did in April; MV by Bradley & Pablo",
        "'on Monday' = 2023-07-24 (Billboard's announcement; dev precedent: announcement date is the chart event date). "
        "'in April' = 2023-04. 'the 25-year-old singer' / 'He' / 'his' = Jungkook. Han So-hee is an actress in the video, not a performer. "
        "The solo album 'for later this year' is only reported and unnamed: not annotated.")
d.e("jungkook", "Artist", "Jungkook", "Jeon Jung-kook")
d.e("bts", "Group", "BTS")
d.e("latto", "Artist", "Latto")
d.e("seven", "Song", "Seven", "Seven (feat. Latto)")
d.e("bighit", "Agency", "BigHit Music")
d.e("jimin", "Artist", "Jimin")
d.e("like_crazy", "Song", "Like Crazy")
d.e("face", "Album", "FACE")
d.e("seven_mv", "MusicVideo", "Seven music video")
d.e("bradley_pablo", "Director", "Bradley & Pablo")
d.e("han_so_hee", "Artist", "Han So-hee", optional=True, note="actress; neither required nor penalised as an entity")
d.f("jungkook", "memberOf", "bts")
d.f("jimin", "memberOf", "bts", note="'bandmate Jimin'")
d.f("seven", "performer", "jungkook")
d.f("seven", "featuredArtist", "latto")
d.f("seven", "releaseDate", "2023-07-14")
d.f("jungkook", "agency", "bighit", note="'released ... through BigHit Music'; 'his agency'")
d.f("like_crazy", "performer", "jimin")
d.f("like_crazy", "album", "face")
d.f("face", "performer", "jimin")
d.f("seven_mv", "musicVideoOf", "seven")
d.f("seven_mv", "directedBy", "bradley_pablo")
d.ev("e_seven_hot100", "Seven tops the Billboard Hot 100", "ChartAchievement", ["jungkook", "seven"], "2023-07-24", HOT100)
d.ev("e_lc_hot100", "Like Crazy tops the Billboard Hot 100", "ChartAchievement", ["jimin", "like_crazy"], "2023-04", HOT100)
d.f("e_lc_hot100", "before", "e_seven_hot100", optional=True, note="'second ... after bandmate Jimin'")
d.n("seven", "performer", "han_so_hee", "the actress stars in the video; she does not sing")
d.n("seven", "performer", "latto", "Latto is the featured artist ('feat.'), not the main credit")
d.n("seven", "releaseDate", "2023-07-24", "July 24 is Billboard's announcement, not the release")
d.n("e_seven_hot100", "eventDate", "2023-07-14", "the release date, not the chart achievement")
d.n("seven_mv", "directedBy", "jungkook", "the video is directed by Bradley & Pablo")
d.save()

# ---------------------------------------------------------------- 01
d = Doc("01", "Jin (Kim Seok-jin) discharged 2024-06-12; enlisted 2022-12-13; fan event tomorrow; J-Hope due out in October",
        "'on Wednesday' = article date 2024-06-12. 'tomorrow' = 2024-06-13 (scheduled fan event, annotated like dev/08's scheduled discharge). "
        "'April last year' = 2023-04. 'in October' = 2024-10 (scheduled; annotated as in dev/08). Basic training has no date (optional event). "
        "'the eldest member', 'The 31-year-old', 'The singer' = Jin. J-Hope's BTS membership is not stated in this text (optional).")
d.e("jin", "Artist", "Jin", "Kim Seok-jin")
d.e("bts", "Group", "BTS")
d.e("bighit", "Agency", "BigHit Music")
d.e("jhope", "Artist", "J-Hope")
d.f("jin", "memberOf", "bts")
d.f("jhope", "memberOf", "bts", optional=True)
d.f("jin", "agency", "bighit")
d.ev("e_jin_dis", "Jin's discharge", "MilitaryDischarge", ["jin"], "2024-06-12")
d.ev("e_jin_enl", "Jin's enlistment", "MilitaryEnlistment", ["jin"], "2022-12-13")
d.e("e_jin_train", "Event", "Jin's basic training")
d.f("e_jin_train", "eventType", "MilitaryTraining", optional=True)
d.f("e_jin_train", "participant", "jin", optional=True)
d.ev("e_jin_fans", "Jin meets fans at the anniversary event", "FanMeeting", ["jin"], "2024-06-13")
d.ev("e_jh_enl", "J-Hope's enlistment", "MilitaryEnlistment", ["jhope"], "2023-04")
d.ev("e_jh_dis", "J-Hope's scheduled discharge", "MilitaryDischarge", ["jhope"], "2024-10")
d.f("e_jin_enl", "before", "e_jin_dis", optional=True)
d.f("e_jin_dis", "before", "e_jin_fans", note="'his first public event since his discharge'")
d.f("e_jh_enl", "before", "e_jh_dis", optional=True)
d.n("e_jin_enl", "eventDate", "2024-06-12", "the discharge date, not the enlistment")
d.n("e_jin_dis", "eventDate", "2022-12-13", "the enlistment date")
d.n("e_jin_fans", "eventDate", "2024-06-12", "'tomorrow' is the day after the article date")
d.n("e_jh_enl", "eventDate", "2024-04", "'April last year' is April 2023")
d.n("e_jh_dis", "eventDate", "2023-10", "'in October' said in June 2024 is October 2024")
d.save()

# ---------------------------------------------------------------- 02
d = Doc("02", "Lisa's Rockstar (LLOUD/RCA), MV helmed by Henry Scholfield; solo debut LALISA Sept 2021 under YG",
        "'on Friday' = 2024-06-28. LALISA is a single album (Album). Lisa's YG tie is former ('while she was still under'): optional. "
        "RCA is a partner label for the release: optional agency. The upcoming album is unnamed: not annotated.")
d.e("lisa", "Artist", "Lisa", "Lalisa Manobal")
d.e("blackpink", "Group", "BLACKPINK")
d.e("rockstar", "Song", "Rockstar")
d.e("lloud", "Agency", "LLOUD")
d.e("rca", "Agency", "RCA Records")
d.e("rockstar_mv", "MusicVideo", "Rockstar music video")
d.e("scholfield", "Director", "Henry Scholfield")
d.e("lalisa", "Album", "LALISA")
d.e("yg", "Agency", "YG Entertainment", "YG")
d.f("lisa", "memberOf", "blackpink")
d.f("rockstar", "performer", "lisa")
d.f("rockstar", "releaseDate", "2024-06-28")
d.f("lisa", "agency", "lloud")
d.f("lisa", "agency", "rca", optional=True)
d.f("rockstar_mv", "musicVideoOf", "rockstar")
d.f("rockstar_mv", "directedBy", "scholfield")
d.f("lalisa", "performer", "lisa")
d.f("lalisa", "releaseDate", "2021-09")
d.f("blackpink", "agency", "yg")
d.f("lisa", "agency", "yg", optional=True, note="former agency")
d.ev("e_lisa_debut", "Lisa's solo debut", "Debut", ["lisa"], "2021-09")
d.n("rockstar", "releaseDate", "2024-07-01", "the article date; the single came out on Friday")
d.n("rockstar", "performer", "blackpink", "a solo release")
d.n("rockstar_mv", "directedBy", "lisa", "Henry Scholfield helmed the video")
d.n("lalisa", "releaseDate", "2024-06-28", "LALISA came out in September 2021")
d.save()

# ---------------------------------------------------------------- 03
d = Doc("03", "Jennie's album Ruby (OA/Columbia) with Dua Lipa, Doechii, Childish Gambino & Kali Uchis, Dominic Fike; Mantra Oct 2024",
        "'on Friday' = article date 2025-03-07. 'in October' = 2024-10. 'a collaboration with' / 'is joined by' -> featuredArtist, performer accepted. "
        "Track performers other than Damn Right ('the singer is joined by') and Mantra ('she put out') are implied by the album: optional. "
        "Columbia is a partner label: optional.")
d.e("jennie", "Artist", "JENNIE", "Jennie Kim", "Jennie")
d.e("blackpink", "Group", "BLACKPINK")
d.e("ruby", "Album", "Ruby")
d.e("oa", "Agency", "OA")
d.e("columbia", "Agency", "Columbia Records")
for sid, sname, art, aname in [("handlebars", "Handlebars", "dua_lipa", "Dua Lipa"), ("extral", "ExtraL", "doechii", "Doechii"),
                               ("love_hangover", "Love Hangover", "dominic_fike", "Dominic Fike")]:
    d.e(sid, "Song", sname); d.e(art, "Artist", aname)
d.e("damn_right", "Song", "Damn Right")
d.e("gambino", "Artist", "Childish Gambino")
d.e("kali_uchis", "Artist", "Kali Uchis")
d.e("mantra", "Song", "Mantra")
d.e("like_jennie", "Song", "like JENNIE")
d.f("jennie", "memberOf", "blackpink")
d.f("ruby", "performer", "jennie")
d.f("ruby", "releaseDate", "2025-03-07")
d.f("jennie", "agency", "oa")
d.f("jennie", "agency", "columbia", optional=True)
d.f("handlebars", "featuredArtist", "dua_lipa", alt_p=["performer"], note="'a collaboration with Dua Lipa'")
d.f("extral", "featuredArtist", "doechii")
d.f("damn_right", "featuredArtist", "gambino", alt_p=["performer"], note="'joined by'")
d.f("damn_right", "featuredArtist", "kali_uchis", alt_p=["performer"])
d.f("love_hangover", "featuredArtist", "dominic_fike", note="'lends guest vocals'")
for s in ["handlebars", "extral", "mantra", "like_jennie"]:
    d.f(s, "album", "ruby")
for s in ["damn_right", "love_hangover"]:
    d.f(s, "album", "ruby", optional=True)
d.f("damn_right", "performer", "jennie")
d.f("mantra", "performer", "jennie")
for s in ["handlebars", "extral", "love_hangover", "like_jennie"]:
    d.f(s, "performer", "jennie", optional=True)
d.f("mantra", "releaseDate", "2024-10")
d.n("ruby", "performer", "blackpink", "a solo album")
d.n("ruby", "performer", "dua_lipa", "Dua Lipa is on one track only")
d.n("mantra", "releaseDate", "2025-03-07", "Mantra came out in October 2024")
d.n("extral", "performer", "doechii", "'features rapper Doechii'")
d.n("ruby", "releaseDate", "2024-10", "the October date belongs to Mantra")
d.save()

# ---------------------------------------------------------------- 04
B200 = "No. 1 on Billboard 200"
d = Doc("04", "Stray Kids' ATE is their fifth Billboard 200 No. 1; Chk Chk Boom MV cameos; earlier No. 1s ODDINARY (2022) and 5-STAR (June 2023)",
        "'on Sunday' = 2024-07-28 (Billboard's announcement, used as event date as in dev/02). 3RACHA is a producing unit: optional. "
        "Ryan Reynolds and Hugh Jackman are actors with cameos: optional entities, never performers.")
d.e("skz", "Group", "Stray Kids")
d.e("ate", "Album", "ATE")
d.e("jyp", "Agency", "JYP Entertainment")
d.e("chk", "Song", "Chk Chk Boom")
d.e("chk_mv", "MusicVideo", "Chk Chk Boom music video")
d.e("reynolds", "Artist", "Ryan Reynolds", optional=True)
d.e("jackman", "Artist", "Hugh Jackman", optional=True)
d.e("oddinary", "Album", "ODDINARY")
d.e("five_star", "Album", "5-STAR")
d.e("bang_chan", "Artist", "Bang Chan")
d.e("changbin", "Artist", "Changbin")
d.e("han", "Artist", "Han")
d.e("racha", "Group", "3RACHA", optional=True)
d.f("ate", "performer", "skz")
d.f("ate", "releaseDate", "2024-07-19")
d.f("chk", "album", "ate")
d.f("chk", "performer", "skz", optional=True)
d.f("skz", "agency", "jyp")
d.f("chk_mv", "musicVideoOf", "chk")
for m in ["bang_chan", "changbin", "han"]:
    d.f(m, "memberOf", "skz")
    d.f(m, "memberOf", "racha", optional=True)
d.f("oddinary", "performer", "skz")
d.f("five_star", "performer", "skz")
d.f("oddinary", "releaseDate", "2022", optional=True)
d.f("five_star", "releaseDate", "2023", optional=True)
d.ev("e_ate_b200", "ATE tops the Billboard 200", "ChartAchievement", ["skz", "ate"], "2024-07-28", B200)
d.ev("e_odd_b200", "ODDINARY tops the Billboard 200", "ChartAchievement", ["skz", "oddinary"], "2022", B200)
d.ev("e_5s_b200", "5-STAR tops the Billboard 200", "ChartAchievement", ["skz", "five_star"], "2023-06", B200)
d.f("e_odd_b200", "before", "e_ate_b200", optional=True)
d.f("e_5s_b200", "before", "e_ate_b200", optional=True)
d.n("chk", "performer", "reynolds", "cameo in the video only")
d.n("chk", "performer", "jackman", "cameo in the video only")
d.n("ate", "releaseDate", "2024-07-28", "Billboard's announcement, not the release")
d.n("e_ate_b200", "eventDate", "2024-07-19", "the release date")
d.save()

# ---------------------------------------------------------------- 05
MAMA = "Mnet Asian Music Awards"
d = Doc("05", "BTS win all four MAMA 2020 daesangs; Dynamite Hot 100 No. 1; Grammy nomination (not a win)",
        "'on Sunday' = 2020-12-06. The Grammy nomination ('Last month') is a nomination, not an AwardWin: it must not be predicted as an asserted "
        "AwardWin (such an event has no gold counterpart and is a false positive). Big Hit Entertainment is the agency named here.")
d.e("bts", "Group", "BTS")
d.e("dynamite", "Song", "Dynamite")
d.e("mots7", "Album", "Map of the Soul: 7")
d.e("bighit_ent", "Agency", "Big Hit Entertainment")
d.f("dynamite", "performer", "bts")
d.f("mots7", "performer", "bts")
d.f("dynamite", "releaseDate", "2020-08-21")
d.f("bts", "agency", "bighit_ent")
d.ev("e_aoty", "BTS win Artist of the Year", "AwardWin", ["bts"], "2020-12-06", award=f"Artist of the Year, {MAMA}")
d.ev("e_wwi", "BTS win Worldwide Icon of the Year", "AwardWin", ["bts"], "2020-12-06", award=f"Worldwide Icon of the Year, {MAMA}")
d.ev("e_soty", "Dynamite wins Song of the Year", "AwardWin", ["bts", "dynamite"], "2020-12-06", award=f"Song of the Year, {MAMA}")
d.ev("e_album", "Map of the Soul: 7 wins Album of the Year", "AwardWin", ["bts", "mots7"], "2020-12-06", award=f"Album of the Year, {MAMA}")
d.ev("e_dyn_hot100", "Dynamite debuts at No. 1 on the Hot 100", "ChartAchievement", ["bts", "dynamite"], ach=HOT100)
d.n("e_soty", "eventDate", "2020-12-07", "the article date; the ceremony was on Sunday")
d.n("e_aoty", "eventDate", "2020-12-07", "the article date")
d.n("e_dyn_hot100", "eventDate", "2020-11", "'Last month' dates the Grammy nomination")
d.save()

# ---------------------------------------------------------------- 06
d = Doc("06", "J-Hope (Jung Ho-seok) enlists 2023-04-18 after Jin (Dec 2022); 'on the street' with J. Cole released before enlisting",
        "'on Tuesday' = 2023-04-18. 'with American rapper J. Cole' -> featuredArtist, performer accepted. 'Before enlisting' is encoded with a Release event. "
        "Basic training is future and undated (optional). 'discharge is expected in October 2024' annotated as in dev/08.")
d.e("jhope", "Artist", "J-Hope", "Jung Ho-seok")
d.e("bts", "Group", "BTS")
d.e("jin", "Artist", "Jin")
d.e("ots", "Song", "on the street")
d.e("jcole", "Artist", "J. Cole")
d.e("jitb", "Album", "Jack In The Box")
d.e("bighit", "Agency", "BigHit Music")
d.f("jhope", "memberOf", "bts")
d.f("jin", "memberOf", "bts", optional=True, note="'the second member of the group to enlist, after Jin'")
d.f("ots", "performer", "jhope")
d.f("ots", "featuredArtist", "jcole", alt_p=["performer"])
d.f("ots", "releaseDate", "2023-03-03")
d.f("jitb", "performer", "jhope")
d.f("jitb", "releaseDate", "2022-07")
d.f("jhope", "agency", "bighit")
d.ev("e_jh_enl", "J-Hope's enlistment", "MilitaryEnlistment", ["jhope"], "2023-04-18")
d.ev("e_jin_enl", "Jin's enlistment", "MilitaryEnlistment", ["jin"], "2022-12")
d.ev("e_ots_rel", "release of on the street", "Release", ["jhope"], "2023-03-03", opt_parts=["ots", "jcole"], opt_date=True)
d.e("e_jh_train", "Event", "J-Hope's basic training")
d.f("e_jh_train", "eventType", "MilitaryTraining", optional=True)
d.f("e_jh_train", "participant", "jhope", optional=True)
d.ev("e_jh_dis", "J-Hope's expected discharge", "MilitaryDischarge", ["jhope"], "2024-10")
d.f("e_jin_enl", "before", "e_jh_enl")
d.f("e_ots_rel", "before", "e_jh_enl")
d.f("e_jh_enl", "before", "e_jh_dis", optional=True)
d.n("e_jh_enl", "eventDate", "2023-04-19", "the article date; he enlisted on Tuesday")
d.n("ots", "releaseDate", "2023-04-18", "the enlistment date")
d.n("e_jh_dis", "eventDate", "2023-10", "October 2024 is stated")
d.n("e_jh_enl", "before", "e_jin_enl", "Jin enlisted first")
d.save()

# ---------------------------------------------------------------- 07
d = Doc("07", "NewJeans debut: Attention MV 2022-07-22, EP New Jeans 2022-08-01 under ADOR (HYBE); five members",
        "'on Monday' = 2022-08-01. Debut date = 2022-07-22 ('debuted on July 22 with ... the music video'). "
        "HYBE is ADOR's parent: optional agency. Song performers implied by 'The EP contains': optional. The follow-up single is hedged and unnamed.")
d.e("nj", "Group", "NewJeans")
d.e("ep", "Album", "New Jeans")
for m in ["Minji", "Hanni", "Danielle", "Haerin", "Hyein"]:
    d.e(m.lower(), "Artist", m); d.f(m.lower(), "memberOf", "nj")
for sid, nm in [("attention", "Attention"), ("hype_boy", "Hype Boy"), ("cookie", "Cookie"), ("hurt", "Hurt")]:
    d.e(sid, "Song", nm); d.f(sid, "album", "ep"); d.f(sid, "performer", "nj", optional=True)
d.e("attention_mv", "MusicVideo", "Attention music video")
d.e("hype_boy_mv", "MusicVideo", "Hype Boy music video")
d.e("ador", "Agency", "ADOR")
d.e("hybe", "Agency", "HYBE")
d.f("ep", "performer", "nj")
d.f("ep", "releaseDate", "2022-08-01")
d.f("attention_mv", "musicVideoOf", "attention")
d.f("attention_mv", "releaseDate", "2022-07-22")
d.f("hype_boy_mv", "musicVideoOf", "hype_boy")
d.f("nj", "agency", "ador")
d.f("nj", "agency", "hybe", optional=True)
d.ev("e_nj_debut", "NewJeans' debut", "Debut", ["nj"], "2022-07-22")
d.f("attention", "releaseDate", "2022-07-22", optional=True)
d.n("e_nj_debut", "eventDate", "2022-08-01", "the EP came later; the debut is the July 22 video")
d.n("attention_mv", "releaseDate", "2022-08-01", "the video came out July 22")
d.n("ep", "releaseDate", "2022-07-22", "July 22 is the video; the EP came out Monday")
d.n("ep", "releaseDate", "2022-08-02", "the article date")
d.save()

# ---------------------------------------------------------------- 08
d = Doc("08", "Taeyang's VIBE (feat. Jimin of BTS), 2023-01-13, first release under THEBLACKLABEL",
        "'on Friday' = 2023-01-13. Jimin's spring album is hedged ('is said to be') and unnamed; Taeyang's EP is a plan without name: not annotated. "
        "The music video's director is not named.")
d.e("taeyang", "Artist", "Taeyang", "Dong Young-bae")
d.e("bigbang", "Group", "BIGBANG")
d.e("vibe", "Song", "VIBE", "VIBE (feat. Jimin of BTS)")
d.e("jimin", "Artist", "Jimin")
d.e("bts", "Group", "BTS")
d.e("tbl", "Agency", "THEBLACKLABEL")
d.e("vibe_mv", "MusicVideo", "VIBE music video")
d.f("taeyang", "memberOf", "bigbang")
d.f("jimin", "memberOf", "bts")
d.f("vibe", "performer", "taeyang")
d.f("vibe", "featuredArtist", "jimin")
d.f("vibe", "releaseDate", "2023-01-13")
d.f("taeyang", "agency", "tbl")
d.f("vibe_mv", "musicVideoOf", "vibe")
d.n("vibe", "releaseDate", "2023-01-16", "the article date")
d.n("jimin", "agency", "tbl", "THEBLACKLABEL is Taeyang's label")
d.n("jimin", "memberOf", "bigbang", "Jimin is in BTS")
d.n("vibe_mv", "directedBy", "taeyang", "no director is named")
d.n("vibe", "performer", "jimin", "'feat. Jimin': featured, not main credit")
d.save()

# ---------------------------------------------------------------- 09
d = Doc("09", "Jimin and Jungkook discharged 2025-06-11, RM and V 2025-06-10; enlistments Dec 2023; Jin, J-Hope earlier; Suga due June 21",
        "One event per person (as dev/16 does one award event per winner). 'on Wednesday' = 2025-06-11; 'a day after' = 2025-06-10; "
        "'the day before' = 2023-12-11. 'June last year' = 2024-06; 'in October' (after June last year, already past) = 2024-10. "
        "Suga's end of alternative service is a MilitaryDischarge on 2025-06-21 (scheduled; as dev/08). The comeback album is only reported.")
for pid, nm in [("bts", "BTS")]:
    d.e(pid, "Group", nm)
for pid, nm in [("jimin", "Jimin"), ("jungkook", "Jungkook"), ("rm", "RM"), ("v", "V"), ("jin", "Jin"), ("jhope", "J-Hope"), ("suga", "Suga")]:
    d.e(pid, "Artist", nm)
d.e("bighit", "Agency", "BigHit Music")
for m in ["jimin", "jungkook", "rm", "v"]:
    d.f(m, "memberOf", "bts")
for m in ["jin", "jhope", "suga"]:
    d.f(m, "memberOf", "bts", optional=True)
d.f("bts", "agency", "bighit")
for m, dis, enl in [("jimin", "2025-06-11", "2023-12-12"), ("jungkook", "2025-06-11", "2023-12-12"),
                    ("rm", "2025-06-10", "2023-12-11"), ("v", "2025-06-10", "2023-12-11")]:
    d.ev(f"e_{m}_dis", f"{m} discharge", "MilitaryDischarge", [m], dis)
    d.ev(f"e_{m}_enl", f"{m} enlistment", "MilitaryEnlistment", [m], enl)
    d.f(f"e_{m}_enl", "before", f"e_{m}_dis", optional=True)
d.ev("e_jin_dis", "Jin's discharge", "MilitaryDischarge", ["jin"], "2024-06")
d.ev("e_jhope_dis", "J-Hope's discharge", "MilitaryDischarge", ["jhope"], "2024-10")
d.ev("e_suga_dis", "Suga completes alternative service", "MilitaryDischarge", ["suga"], "2025-06-21")
d.f("e_rm_dis", "before", "e_jimin_dis", optional=True)
d.n("e_rm_dis", "eventDate", "2025-06-11", "RM and V were discharged the day before")
d.n("e_v_dis", "eventDate", "2025-06-11", "RM and V were discharged the day before")
d.n("e_rm_enl", "eventDate", "2023-12-12", "RM and V enlisted on December 11")
d.n("e_suga_dis", "eventDate", "2025-06-11", "Suga's date is June 21")
d.n("e_jin_dis", "eventDate", "2025-06", "'June last year' is 2024")
d.save()

# ---------------------------------------------------------------- 10
d = Doc("10", "BLACKPINK renew group contract with YG; Born Pink finale at Gocheok 2023-09-16/17; debut Aug 2016 with Square One",
        "'on Wednesday' = article date 2023-12-06; the renewal itself has no predicate. Individual contracts are not stated: no member->YG agency. "
        "The September reports ('some members would not renew') were hedged and are not schema facts. Two concerts = two Concert events. "
        "Square One's release month is implied by the debut: optional. Future album/tour plans are undated and unnamed.")
d.e("bp", "Group", "BLACKPINK")
d.e("yg", "Agency", "YG Entertainment", "YG")
for pid, nm in [("jisoo", "Jisoo"), ("jennie", "Jennie"), ("rose", "Rosé"), ("lisa", "Lisa")]:
    d.e(pid, "Artist", nm); d.f(pid, "memberOf", "bp")
d.e("square_one", "Album", "Square One")
d.e("whistle", "Song", "Whistle")
d.e("boombayah", "Song", "Boombayah")
d.f("bp", "agency", "yg")
d.f("square_one", "performer", "bp")
d.f("square_one", "releaseDate", "2016-08", optional=True)
for s in ["whistle", "boombayah"]:
    d.f(s, "album", "square_one"); d.f(s, "performer", "bp", optional=True)
d.ev("e_c1", "Born Pink finale, night 1", "Concert", ["bp"], "2023-09-16")
d.ev("e_c2", "Born Pink finale, night 2", "Concert", ["bp"], "2023-09-17")
d.ev("e_debut", "BLACKPINK's debut", "Debut", ["bp"], "2016-08")
d.n("e_c1", "eventDate", "2023-12-06", "the article date")
d.n("e_debut", "eventDate", "2023-12-06", "the article date")
d.n("jisoo", "agency", "yg", "individual contracts are explicitly not commented on", certainty="reported")
d.n("lisa", "agency", "yg", "individual contracts are explicitly not commented on", certainty="reported")
d.save()

# ---------------------------------------------------------------- 11
d = Doc("11", "aespa's Supernova No. 1 on Melon; album Armageddon due 2024-05-27; debut Nov 2020 with Black Mamba; tour from 2024-06-29",
        "'next Monday' = 2024-05-27 (scheduled release, annotated as dev/08 annotates scheduled events). 'last week' = week of 2024-05-13: only the month "
        "is expressible, so the chart date 2024-05 is optional. The tour's Seoul start on June 29 is a scheduled Concert. The Japanese dome leg is hedged: not annotated. "
        "The title track 'Armageddon' (a Song with the album's name) is optional.")
d.e("aespa", "Group", "aespa")
d.e("supernova", "Song", "Supernova")
d.e("armageddon", "Album", "Armageddon")
d.e("armageddon_song", "Song", "Armageddon", optional=True)
for pid, nm in [("karina", "Karina"), ("giselle", "Giselle"), ("winter", "Winter"), ("ningning", "Ningning")]:
    d.e(pid, "Artist", nm); d.f(pid, "memberOf", "aespa")
d.e("sm", "Agency", "SM Entertainment", "SM")
d.e("black_mamba", "Song", "Black Mamba")
d.f("supernova", "performer", "aespa")
d.f("supernova", "releaseDate", "2024-05-13")
d.f("supernova", "album", "armageddon")
d.f("armageddon", "performer", "aespa")
d.f("armageddon", "releaseDate", "2024-05-27")
d.f("armageddon_song", "album", "armageddon", optional=True)
d.f("aespa", "agency", "sm")
d.f("black_mamba", "performer", "aespa")
d.f("black_mamba", "releaseDate", "2020-11", optional=True)
d.ev("e_sn_melon", "Supernova tops Melon", "ChartAchievement", ["aespa", "supernova"], "2024-05", "No. 1 on Melon Top 100", opt_date=True)
d.ev("e_debut", "aespa's debut", "Debut", ["aespa"], "2020-11")
d.ev("e_tour", "SYNK: Parallel Line opening concert in Seoul", "Concert", ["aespa"], "2024-06-29")
d.n("armageddon", "releaseDate", "2024-05-21", "the article date; the album comes next Monday")
d.n("armageddon", "releaseDate", "2024-05-20", "'next Monday' is May 27, not the coming day")
d.n("supernova", "releaseDate", "2024-05-27", "the album's date")
d.save()

# ---------------------------------------------------------------- 12
GDA = "Golden Disc Awards"
d = Doc("12", "38th Golden Disc Awards (2024-01-06, Jakarta): NewJeans Digital Daesang for Ditto (MV by Shin Woo-seok), SEVENTEEN Album Daesang for FML",
        "'on Saturday' = 2024-01-06. 'April last year' = 2023-04. HYBE is a parent label: optional agency for both groups. "
        "The NewJeans comeback is hedged and unnamed.")
d.e("nj", "Group", "NewJeans")
d.e("svt", "Group", "SEVENTEEN")
d.e("ditto", "Song", "Ditto")
d.e("omg", "Album", "OMG")
d.e("ditto_mv", "MusicVideo", "Ditto music video")
d.e("shin", "Director", "Shin Woo-seok")
d.e("fml", "Album", "FML")
d.e("pledis", "Agency", "Pledis Entertainment")
d.e("hybe", "Agency", "HYBE")
d.e("ador", "Agency", "ADOR")
d.e("scoups", "Artist", "S.Coups")
d.f("ditto", "performer", "nj")
d.f("ditto", "releaseDate", "2022-12")
d.f("ditto", "album", "omg")
d.f("omg", "performer", "nj")
d.f("ditto_mv", "musicVideoOf", "ditto")
d.f("ditto_mv", "directedBy", "shin")
d.f("fml", "performer", "svt")
d.f("fml", "releaseDate", "2023-04")
d.f("svt", "agency", "pledis")
d.f("svt", "agency", "hybe", optional=True)
d.f("nj", "agency", "ador")
d.f("nj", "agency", "hybe", optional=True)
d.f("scoups", "memberOf", "svt")
d.ev("e_nj_digital", "NewJeans win Digital Daesang", "AwardWin", ["nj", "ditto"], "2024-01-06", award=f"Digital Daesang, {GDA}")
d.ev("e_svt_album", "SEVENTEEN win Album Daesang", "AwardWin", ["svt", "fml"], "2024-01-06", award=f"Album Daesang, {GDA}")
d.n("e_nj_digital", "eventDate", "2024-01-07", "the article date; the ceremony was on Saturday")
d.n("ditto", "releaseDate", "2024-01-06", "the ceremony date")
d.n("fml", "releaseDate", "2024-04", "'April last year' is April 2023")
d.n("ditto_mv", "directedBy", "nj", "the video was directed by Shin Woo-seok")
d.save()

# ---------------------------------------------------------------- 13
GR = "Best Pop Duo/Group Performance, Grammy Awards"
d = Doc("13", "BTS nominated (not won) for a Grammy with Butter; Dynamite lost to Gaga & Grande; My Universe with Coldplay No. 1, MV by Dave Meyers",
        "'on Tuesday' = 2021-11-23 (the nomination, which is not an AwardWin: BTS has no award event here). 'last month' = 2021-10. "
        "'a collaboration with British band Coldplay' -> performer for both, featuredArtist accepted. Lady Gaga and Ariana Grande's win is only "
        "implied by 'lost to': optional event. 'Butter' release date 2021-05-21 (this year).")
d.e("bts", "Group", "BTS")
d.e("butter", "Song", "Butter")
d.e("dynamite", "Song", "Dynamite")
d.e("gaga", "Artist", "Lady Gaga")
d.e("ariana", "Artist", "Ariana Grande")
d.e("my_universe", "Song", "My Universe")
d.e("coldplay", "Group", "Coldplay")
d.e("mu_mv", "MusicVideo", "My Universe music video")
d.e("meyers", "Director", "Dave Meyers")
d.e("spheres", "Album", "Music of the Spheres")
d.f("butter", "performer", "bts")
d.f("butter", "releaseDate", "2021-05-21")
d.f("dynamite", "performer", "bts", optional=True)
d.f("my_universe", "performer", "bts", alt_p=["featuredArtist"])
d.f("my_universe", "performer", "coldplay", alt_p=["featuredArtist"])
d.f("mu_mv", "musicVideoOf", "my_universe")
d.f("mu_mv", "directedBy", "meyers")
d.f("my_universe", "album", "spheres")
d.f("spheres", "performer", "coldplay")
d.ev("e_butter_hot100", "Butter at No. 1 on the Hot 100", "ChartAchievement", ["bts", "butter"], ach=HOT100)
d.ev("e_mu_hot100", "My Universe tops the Hot 100", "ChartAchievement", ["bts", "my_universe"], "2021-10", HOT100, opt_parts=["coldplay"])
d.e("e_gaga_win", "Event", "Lady Gaga and Ariana Grande win Best Pop Duo/Group Performance")
d.f("e_gaga_win", "eventType", "AwardWin", optional=True)
d.f("e_gaga_win", "participant", "gaga", optional=True)
d.f("e_gaga_win", "participant", "ariana", optional=True)
d.f("e_gaga_win", "award", GR, optional=True)
d.n("e_gaga_win", "participant", "bts", "BTS lost to Lady Gaga and Ariana Grande")
d.n("butter", "releaseDate", "2021-11-23", "the nomination date")
d.n("e_mu_hot100", "eventDate", "2021-11", "'last month' said in November is October")
d.n("my_universe", "album", "butter", "Butter is a song, not the album")
d.n("mu_mv", "directedBy", "coldplay", "Dave Meyers directed the video")
d.save()
print("ok")
