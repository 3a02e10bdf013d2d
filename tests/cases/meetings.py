"""Meeting cases: one sentence (or short paragraph) in, the expected meetings out.

Each case: ``text``, ``published`` and ``region`` passed to ``gov_extract.extract``, an
optional ``note``, and ``meetings``: the records expected, in text order, as dicts of the
fields that matter (``name``, ``organizer``, ``term``, ``session``, ``date``, ``date_text``,
``format``, ``venues``, ``attendees``). A field not listed is not checked;
``meetings: []`` means no meeting may be extracted.
"""

SEEDS = [
    {
        "text": ("2月11日下午，金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会以视频会议形式召开。"
                 "会议宣布了2024年度金华市综合考核结果。胡勇春、郑云涛、胡积合、鲍江鸿、王海涛等我市四套班子领导、"
                 "法检“两长”分别在金华主会场和永康分会场参加会议。"),
        "note": "a long name with quotes; format, venues and attendees from the paragraph",
        "meetings": [{
            "name": "金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会",
            "organizer": "金华市", "term": None, "session": None,
            "date": "2025-02-11", "date_text": "2月11日下午", "format": "视频会议",
            "venues": ["金华主会场", "永康分会场"],
            "attendees": ["胡勇春", "郑云涛", "胡积合", "鲍江鸿", "王海涛"],
        }],
    },
    {
        "text": "王海涛在市委政法工作会议上强调，要护航高质量发展。",
        "meetings": [{"name": "市委政法工作会议", "organizer": "市委", "date": None, "attendees": ["王海涛"]}],
    },
    {
        "text": "1月3日下午，市委十五届七次全体（扩大）会议、市政府十八届六次全体会议暨市委经济工作会议召开，总结成绩、剖析问题。",
        "note": "「A、B暨C」: one meeting per part, the same date; 届/次 from Chinese numerals",
        "meetings": [
            {"name": "市委十五届七次全体（扩大）会议", "organizer": "市委", "term": 15, "session": 7,
             "date": "2025-01-03", "date_text": "1月3日下午"},
            {"name": "市政府十八届六次全体会议", "organizer": "市政府", "term": 18, "session": 6, "date": "2025-01-03"},
            {"name": "市委经济工作会议", "organizer": "市委", "term": None, "session": None, "date": "2025-01-03"},
        ],
    },
    {
        "text": "9月21日下午召开的市委十五届二次全体（扩大）会议暨市政府十八届一次全体会议，全面总结了今年以来的工作。",
        "published": 2022,
        "note": "the name starts after 召开的",
        "meetings": [
            {"name": "市委十五届二次全体（扩大）会议", "term": 15, "session": 2, "date": "2022-09-21"},
            {"name": "市政府十八届一次全体会议", "term": 18, "session": 1, "date": "2022-09-21"},
        ],
    },
    {
        "text": "会议指出，去年以来，全市上下坚决扛起时代使命。全会提出要持续加快产业转型升级。",
        "note": "the bare words 会议/全会 are no meeting",
        "meetings": [],
    },
]

DEV = [
    {
        "text": "2月3日，宁夏回族自治区第十三届人民代表大会第四次会议在银川开幕。",
        "published": 2026, "region": "宁夏回族自治区",
        "meetings": [{"name": "宁夏回族自治区第十三届人民代表大会第四次会议", "term": 13, "session": 4,
                      "date": "2026-02-03", "date_text": "2月3日", "venues": ["银川"]}],
    },
    {
        "text": "召开闽宁协作联席会、中央单位定点帮扶推进会、闽宁镇高质量发展现场会，东西部协作考核评价保持好的等次。",
        "published": 2026, "region": "宁夏回族自治区",
        "note": "a list of meetings after 召开",
        "meetings": [
            {"name": "闽宁协作联席会"},
            {"name": "中央单位定点帮扶推进会"},
            {"name": "闽宁镇高质量发展现场会", "format": "现场会"},
        ],
    },
    {
        "text": "2月10日,沙洋县召开经济工作暨干部集训大会。县委书记陈威主持会议并讲话。",
        "published": 2022, "region": "沙洋县",
        "note": "「A暨B大会」: A takes B's ending; the organizer is the subject of 召开",
        "meetings": [
            {"name": "经济工作大会", "organizer": "沙洋县", "date": "2022-02-10", "attendees": ["陈威"]},
            {"name": "干部集训大会", "organizer": "沙洋县", "date": "2022-02-10", "attendees": ["陈威"]},
        ],
    },
    {
        "text": "5月14日下午,县委副书记、代县长王代强主持召开县政府第66次常务会议,研究部署相关工作。",
        "published": "2020-05-18", "region": "宝丰县",
        "meetings": [{"name": "县政府第66次常务会议", "organizer": "县政府", "session": 66, "term": None,
                      "date": "2020-05-14", "attendees": ["王代强"]}],
    },
    {
        "text": "9月28日,中国共产党凤翔县第十六次代表大会在圆满完成了各项议程后,于上午胜利闭幕。",
        "published": 2016, "region": "凤翔县",
        "meetings": [{"name": "中国共产党凤翔县第十六次代表大会", "term": None, "session": 16, "date": "2016-09-28"}],
    },
    {
        "text": "1月5日,县委书记申文霞主持召开县委常委(扩大)会,县四大班子主要领导参加会议。",
        "published": "2021-01-06", "region": "阜城县",
        "note": "the (扩大)会 ending",
        "meetings": [{"name": "县委常委(扩大)会", "organizer": "县委", "date": "2021-01-05", "attendees": ["申文霞"]}],
    },
    {
        "text": "据中国政府网站消息,7月31日,2024县域经济创新发展论坛在北京举行。",
        "published": 2024, "region": "辽宁省",
        "meetings": [{"name": "2024县域经济创新发展论坛", "date": "2024-07-31", "venues": ["北京"]}],
    },
    {
        "text": "本报讯(记者 屈媛)2月9日下午,区政府召开全体会,区委副书记、区长张贵林出席会议并讲话强调。",
        "published": 2015, "region": "门头沟区",
        "note": "a bare 全体会 takes the body that holds it",
        "meetings": [{"name": "区政府全体会", "organizer": "区政府", "date": "2015-02-09", "attendees": ["张贵林"]}],
    },
    {
        "text": "昨日上午,大理州举行2020年第二季度重大项目集中开工仪式,全州共有155个项目集中开工。",
        "published": "2020-07-01", "region": "大理州",
        "note": "昨日 from the publication date",
        "meetings": [{"name": "2020年第二季度重大项目集中开工仪式", "organizer": "大理州",
                      "date": "2020-06-30", "date_text": "昨日上午"}],
    },
    {
        "text": "27日上午,我县在燕山大道施工现场设立分会场,与全省全市同步举行四川省2017年第一季度重大项目集中开工仪式。",
        "published": 2017, "region": "蓬安县",
        "note": "a day without month: no date without a full publication date",
        "meetings": [{"name": "四川省2017年第一季度重大项目集中开工仪式", "date": None, "date_text": "27日上午",
                      "organizer": "四川省"}],
    },
    {
        "text": "全国部分省份农村高额彩礼问题综合整治经验交流会在宁召开。",
        "published": 2026, "region": "宁夏回族自治区",
        "meetings": [{"name": "全国部分省份农村高额彩礼问题综合整治经验交流会"}],
    },
]

BUGS = [
    {
        "text": "会议传达学习中央全面深化改革委员会第十三次会议精神,研究我县贯彻落实意见。",
        "published": 2020, "region": "宝丰县",
        "note": "a meeting cited for its 精神 is a policy reference",
        "meetings": [],
    },
    {
        "text": "认真落实习近平总书记在参加十三届全国人大二次会议福建代表团审议时的重要讲话精神。",
        "published": 2020, "region": "漳州市",
        "meetings": [],
    },
    {
        "text": "按照省委十届八次九次全会、市委十一届九次十次全会的部署,坚持稳中求进工作总基调。",
        "published": 2020, "region": "漳州市",
        "note": "「A、B的部署」: the policy word covers the whole list",
        "meetings": [],
    },
    {
        "text": "随着全会在《国际歌》的激扬旋律中胜利闭幕，大家满怀豪情步出会场，切实把全会“施工图”变成“实景图”。",
        "meetings": [],
    },
    {
        "text": "这次会议是在全市上下全面贯彻落实党的二十大精神之际，召开的一次重要会议。",
        "meetings": [],
    },
    {
        "text": "寿光在2月11日召开三级干部会议传达全市工作动员大会精神、部署相关工作。",
        "published": 2022, "region": "寿光市",
        "note": "精神 belongs to the nearest meeting before it",
        "meetings": [{"name": "三级干部会议", "date": "2022-02-11", "organizer": "寿光市"}],
    },
    {
        "text": "会议还研究并原则同意了《关于召开中国共产党阜城县第十四届委员会第九次全体会议的建议安排》等。",
        "published": 2021, "region": "阜城县",
        "note": "a meeting inside a document title",
        "meetings": [],
    },
    {
        "text": "代表们在人民大会堂参加会议，会后参观了会议中心。",
        "note": "大会堂 and 会议中心 are places",
        "meetings": [],
    },
    {
        "text": "较好完成了县第十七届人大二次会议确定的目标任务。",
        "published": 2024, "region": "新昌县",
        "meetings": [],
    },
    # blind held-out set 2 (2026-12-01)
    {
        "text": ("静乐县第十三次党代会第五次会议暨经济工作会议胜利闭幕\n"
                 "2月4日清晨,碧空如澄。中国共产党静乐县第十三次代表大会第五次会议暨经济工作会议即将在这里隆重召开。"),
        "published": "2015-02-11", "region": "静乐县",
        "note": "the Nth congress's Mth meeting: term N, session M; headline and report spellings are one meeting; 即将 ends a name; 这里 is no venue",
        "meetings": [{"name": "中国共产党静乐县第十三次代表大会第五次会议", "term": 13, "session": 5,
                      "date": "2015-02-04", "venues": []},
                     {"name": "经济工作会议", "date": "2015-02-04", "venues": []}],
    },
    # blind held-out set 3 (2026-12-01)
    {
        "text": "山东巨野县第十九届人民代表大会第四次会议开幕\n1月16日上午,山东省菏泽市巨野县第十九届人民代表大会第四次会议开幕。",
        "published": "2025-01-17", "region": "巨野县",
        "note": "one meeting in headline and report; the organizer is the last place of the chain",
        "meetings": [{"name": "山东省菏泽市巨野县第十九届人民代表大会第四次会议", "organizer": "巨野县",
                      "term": 19, "session": 4, "date": "2025-01-16"}],
    },
    {
        "text": "3月5日，政府代县长高巍主持召开县长办公会。",
        "published": "2020-03-06", "region": "魏县",
        "note": "办公会 ends a meeting name",
        "meetings": [{"name": "县长办公会", "date": "2020-03-05"}],
    },
    {
        "text": "县委常委会议召开，各乡镇负责人列席会议。要集中精力开好会议。",
        "published": "2014-05-06", "region": "户县",
        "note": "列席/开好 end the text before a name: a bare 会议 is no meeting",
        "meetings": [{"name": "县委常委会议"}],
    },
    {
        "text": "11月25日,孝昌县举行2022年四季度重大项目集中签约和集中开工活动暨小河镇全域国土综合整治项目开工仪式。",
        "published": "2022-11-26", "region": "孝昌县",
        "note": "blind held-out set 2: a part of 「A暨B」 that ends in 活动 is an event of its own, it takes no other ending",
        "meetings": [{"name": "集中开工活动", "date": "2022-11-25"},
                     {"name": "小河镇全域国土综合整治项目开工仪式", "organizer": "孝昌县", "date": "2022-11-25"}],
    },
    # blind held-out set 4 (2026-12-01)
    {
        "text": "9月28日,县十七届人大常委会举行第五次会议。",
        "published": "2017-09-29", "region": "临朐县",
        "note": "a bare 第N次会议 takes the numbered body that holds it",
        "meetings": [{"name": "县十七届人大常委会第五次会议", "organizer": "县人大常委会", "term": 17, "session": 5,
                      "date": "2017-09-28"}],
    },
    {
        "text": "政协全体会议是政协最高层次的会议。",
        "published": "2022-01-10", "region": "通城县",
        "note": "a definition, no meeting held",
        "meetings": [],
    },
    {
        "text": "12月25日下午,县政协十届二次会议预备会议暨五次常委会议在玉立碧玉堂召开。",
        "published": "2022-12-26", "region": "通城县",
        "note": "blind held-out set 4: the term of the first part of 「A暨B」 holds for a B numbered by session only",
        "meetings": [{"name": "县政协十届二次会议预备会议", "term": 10, "session": 2},
                     {"name": "五次常委会议", "term": 10, "session": 5}],
    },
    {
        "text": "9月1日,全州项目建设年现场观摩会首站在丹寨举行。",
        "published": "2023-09-02", "region": "黔东南苗族侗族自治州",
        "note": "blind held-out set 5: 首站 ends a meeting name",
        "meetings": [{"name": "全州项目建设年现场观摩会", "date": "2023-09-01", "venues": ["丹寨"]}],
    },
]

# held-out error classes (2026-11): person names ending in 会 in name lists; venues at the
# start of a name or in a later mention; organizers from the name or the subject.
BUGS += [
    {
        "text": "本报讯（融媒记者 徐婷婷）\n1月2日，市人大代表小组开展会前视察活动。\n视察组实地探访工程实践中心。座谈会上，视察组听取了学院的介绍。",
        "published": 2025, "region": "永康市",
        "note": "seed 002: a meeting with no date of its own takes the article's dateline",
        "meetings": [{"name": "座谈会", "date": "2025-01-02", "date_text": "1月2日"}],
    },
    {
        "text": "本报讯（记者 王艳）\n1月2日，市人大代表小组开展视察活动。\n本报讯（记者 李明）\n各地代表纷纷表示支持。座谈会上，代表们发言。",
        "published": 2025, "region": "永康市",
        "note": "a byline starts a new article: the earlier article's dateline does not date its meetings",
        "meetings": [{"name": "座谈会", "date": None}],
    },
    {
        "text": "县领导吴志强、王全会、赵飞等出席了项目开工仪式。",
        "note": "王全会 is a person of the list, not a meeting",
        "meetings": [{"name": "项目开工仪式"}],
    },
    {
        "text": "李建国、王大会、李全会等参加了会议。",
        "meetings": [],
    },
    {
        "text": "县领导张立新、王全会出席了城东工业园区华丰机械有限公司项目开工建设现场会。",
        "published": 2024, "region": "蓬安县",
        "note": "a park at the start of the name is the venue",
        "meetings": [{"name": "华丰机械有限公司项目开工建设现场会", "venues": ["城东工业园区"]}],
    },
    {
        "text": ("中国共产党武乡县第十四次代表大会隆重召开\n"
                 "本报讯 记者 李娟 8月23日上午,中国共产党武乡县第十四次代表大会在武乡宾馆隆重召开。"),
        "published": 2016, "region": "武乡县",
        "note": "the headline names it first; the venue and date come from the report",
        "meetings": [{"name": "中国共产党武乡县第十四次代表大会", "organizer": "中共武乡县委", "session": 14,
                      "venues": ["武乡宾馆"], "date": "2016-08-23"}],
    },
    {
        "text": "7月28日,县统计局召开上半年经济运行新闻发布会。",
        "region": "岱山县",
        "note": "a department as the subject of 召开",
        "meetings": [{"name": "上半年经济运行新闻发布会", "organizer": "县统计局", "date": "2025-07-28"}],
    },
    {
        "text": "7月28日,县统计局上半年经济运行新闻发布会召开。",
        "region": "岱山县",
        "meetings": [{"name": "县统计局上半年经济运行新闻发布会", "organizer": "县统计局"}],
    },
    {
        "text": "3月1日,经开区2024年重点项目集中签约仪式举行。",
        "published": 2024, "region": "蓬安县",
        "meetings": [{"name": "经开区2024年重点项目集中签约仪式", "organizer": "经开区"}],
    },
    {
        "text": "3月1日,我县召开全县经济工作会议。",
        "published": 2024, "region": "蓬安县",
        "note": "全县 at the start of the name is the home region",
        "meetings": [{"name": "全县经济工作会议", "organizer": "蓬安县"}],
    },
    {
        "text": "3月1日,我县召开三级干部大会,并举行重点项目誓师动员大会。",
        "published": 2024, "region": "蓬安县",
        "note": "「…,并举行…」 goes on with the subject of the clause before",
        "meetings": [
            {"name": "三级干部大会", "organizer": "蓬安县"},
            {"name": "重点项目誓师动员大会", "organizer": "蓬安县"},
        ],
    },
]

BUGS += [
    {
        "text": "10月21日,道县召开2020年三季度经济形势分析暨重点项目建设推进会。",
        "published": 2020, "region": "道县",
        "note": "blind held-out set 14: the part before 暨 ending in 分析 is a 分析会 whatever its length",
        "meetings": [{"name": "2020年三季度经济形势分析会"}, {"name": "重点项目建设推进会"}],
    },
    {
        "text": "政府工作报告\n\n——2023年1月10日在新兴县第十七届\n\n  人民代表大会第三次会议上\n",
        "published": 2023, "region": "新兴县",
        "note": "blind held-out set 14: a report heading broken after 第十七届 (web text)",
        "meetings": [{"name": "新兴县第十七届人民代表大会第三次会议", "term": 17, "session": 3, "date": "2023-01-10"}],
    },
]


BUGS += [
    {
        "text": "6月27日,在全省县域经济工作会上,省委、省政府通报表彰一批先进县市区。",
        "published": 2018, "region": "湖北省",
        "note": "blind held-out set 15: 工作会 ends a meeting name",
        "meetings": [{"name": "全省县域经济工作会", "date": "2018-06-27"}],
    },
]


BUGS += [
    {
        "text": "1月15日,乌审旗第十八届人民代表大会第五次会议举行预备会议。代表们要出席全体会议和分组讨论会议,开好会议,大会秘书处要认真做好会议的组织安排。",
        "published": 2025, "region": "乌审旗",
        "note": "blind held-out set 16: 分组讨论会议 and 「…要认真做好会议」 are no meetings",
        "meetings": [{"name": "乌审旗第十八届人民代表大会第五次会议", "term": 18, "session": 5},
                     {"name": "预备会议"}],
    },
]


BUGS += [
    {
        "text": "马宏伟等在主席台前排就座,祝贺大会召开。他在全省相关会议上作经验交流。",
        "published": 2014, "region": "留坝县",
        "note": "blind held-out set 19: 祝贺大会 and 相关会议 name no meeting",
        "meetings": [],
    },
]


BUGS += [
    {
        "text": "3月20日上午,政协第十届中阳县委员会第五次会议在圆满完成各项议程后胜利闭幕。",
        "published": 2016,
        "note": "blind held-out set 27: 「在…议程后胜利闭幕」 says when, not where",
        "meetings": [{"name": "政协第十届中阳县委员会第五次会议", "term": 10, "session": 5, "venues": []}],
    },
    {
        "text": "县十五届人大四次会议在县委第一会议室胜利闭幕。",
        "published": 2016,
        "note": "blind held-out set 27: a hall with 会 in its name (会议室, 会堂) is a venue",
        "meetings": [{"name": "县十五届人大四次会议", "venues": ["县委第一会议室"]}],
    },
]


BUGS += [
    {
        "text": "2月4日,县长主持召开十六届县人民政府第52次常务会议。此次召开政府常务会,就是再次征求意见建议。出席今天会议的有25人。",
        "published": 2015,
        "note": "blind held-out set 27: 此次/今天 + a meeting word refers back to the meeting reported",
        "meetings": [{"name": "十六届县人民政府第52次常务会议", "date": "2015-02-04"}],
    },
    {
        "text": "22日下午,市委书记陈其春主持召开市委常委(扩大)会议,传达省十二届人大二次会议、宁德市三届人大四次会议,省政协十一届二次会议精神。",
        "published": "2014-01-23",
        "note": "blind held-out set 25: sessions relayed (传达…) were held before: no date of the host meeting",
        "meetings": [{"name": "市委常委(扩大)会议", "date": "2014-01-22"},
                     {"name": "省十二届人大二次会议", "date": None},
                     {"name": "宁德市三届人大四次会议", "date": None}],
    },
]


BUGS += [
    {
        "text": "12月25日,市委常委会召开会议,传达学习中央经济工作会议精神。3月5日,省委常委会在威海召开会议。",
        "published": 2023,
        "note": "blind held-out sets 28 and 32: 「<body>召开会议」 names the body's meeting",
        "meetings": [{"name": "市委常委会会议", "date": "2023-12-25"}, {"name": "省委常委会会议", "date": "2023-03-05"}],
    },
]


FEATURES = [
    {
        "text": "1月3日下午，市委十五届七次全体（扩大）会议召开。",
        "published": None,
        "note": "no publication year: the date has no year",
        "meetings": [{"name": "市委十五届七次全体（扩大）会议", "date": "--01-03", "date_text": "1月3日下午"}],
    },
    {
        "text": "12月30日，县委经济工作会议召开。",
        "published": "2020-01-03",
        "note": "a month after the publication month is last year",
        "meetings": [{"name": "县委经济工作会议", "date": "2019-12-30"}],
    },
    {
        "text": ("3月15日,达拉特旗2022年重大项目春季集中开复工建设动员大会在达拉特经济开发区举行。"
                 "旗人大常委会主任杜建勇、旗政协主席刘永福等参加开工建设动员大会。"),
        "published": "2022-03-17", "region": "达拉特旗",
        "note": "a later short mention is the same meeting",
        "meetings": [{"name": "达拉特旗2022年重大项目春季集中开复工建设动员大会", "organizer": "达拉特旗",
                      "date": "2022-03-15", "venues": ["达拉特经济开发区"], "attendees": ["杜建勇", "刘永福"]}],
    },
]
