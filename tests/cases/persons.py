"""Person cases: one sentence (or short paragraph) in, the expected persons out.

Each case: ``text``, ``published`` and ``region`` passed to ``gov_extract.extract``, an
optional ``note``, and ``persons``: the records expected, in text order, as dicts of the
fields that matter (``name``, ``title``, ``organization``, ``role``). A field not listed is
not checked; ``persons: []`` means no person may be extracted. ``needs_ner: True`` marks a case
that only the shipped NER model can get (skipped when ``GOV_EXTRACT_NER=0``).
"""

SEEDS = [
    {
        "text": "本报讯（融媒首席记者 陈晓苏）\n2月11日下午，项目推进会以视频会议形式召开。",
        "note": "byline in brackets: the title as written",
        "persons": [{"name": "陈晓苏", "title": "融媒首席记者", "organization": None, "role": "reporter"}],
    },
    {
        "text": "融媒记者 李梦楚 颜元滔",
        "note": "two names after one byline role",
        "persons": [
            {"name": "李梦楚", "title": "融媒记者", "role": "reporter"},
            {"name": "颜元滔", "title": "融媒记者", "role": "reporter"},
        ],
    },
    {
        "text": "一派热火朝天的忙碌景象。 融媒记者 杨成栋 摄",
        "note": "摄 makes a photographer",
        "persons": [{"name": "杨成栋", "title": "融媒记者", "role": "photographer"}],
    },
    {
        "text": "融媒记者 吕晓婷 王佳涵 整理",
        "note": "整理 makes editors",
        "persons": [
            {"name": "吕晓婷", "title": "融媒记者", "role": "editor"},
            {"name": "王佳涵", "title": "融媒记者", "role": "editor"},
        ],
    },
    {
        "text": "市经信局党委书记、局长陈磊表示，将全力服务企业。",
        "note": "organization split off a two-part title",
        "persons": [{"name": "陈磊", "title": "党委书记、局长", "organization": "市经信局", "role": "official"}],
    },
    {
        "text": "让市城投集团党委书记、董事长、总经理应开华更加坚定国有企业“责任重大、使命光荣”的信念。",
        "note": "a city-owned group is official; 让 is not part of the organization; 更加 ends the name",
        "persons": [{"name": "应开华", "title": "党委书记、董事长、总经理", "organization": "市城投集团",
                     "role": "official"}],
    },
    {
        "text": "春天集团董事长吕新印说，今年要再上台阶。",
        "note": "a company chairman is not an official",
        "persons": [{"name": "吕新印", "title": "董事长", "organization": "春天集团", "role": "other"}],
    },
    {
        "text": "芝英镇党委书记陈新智表示，要抓好项目。",
        "persons": [{"name": "陈新智", "title": "党委书记", "organization": "芝英镇", "role": "official"}],
    },
    {
        "text": "胡勇春、郑云涛、胡积合、鲍江鸿、王海涛等我市四套班子领导、法检“两长”分别在金华主会场和永康分会场参加会议。",
        "note": "a name list of leaders: officials without titles; the last name ends at 等",
        "persons": [
            {"name": "胡勇春", "title": None, "role": "official"},
            {"name": "郑云涛", "title": None, "role": "official"},
            {"name": "胡积合", "title": None, "role": "official"},
            {"name": "鲍江鸿", "title": None, "role": "official"},
            {"name": "王海涛", "title": None, "role": "official"},
        ],
    },
    {
        "text": ("此外，根据2024年度浙中科创走廊\n\n综合考核评估通报显示，我市位列联动\n\n"
                 "县（市）优秀单位的首位。胡勇春、郑云\n\n涛、胡积合、鲍江鸿、王海涛等我市四套\n\n"
                 "班子领导、法检“两长”分别在金华主会\n\n场和永康分会场参加会议。"),
        "note": "a name broken across PDF lines is one name",
        "persons": [{"name": "胡勇春"}, {"name": "郑云涛"}, {"name": "胡积合"}, {"name": "鲍江鸿"},
                    {"name": "王海涛"}],
    },
    {
        "text": "王海涛在市委政法工作会议上强调，要护航高质量发展。",
        "note": "a bare name opening the sentence before 在…上强调",
        "persons": [{"name": "王海涛", "title": None, "role": "official"}],
    },
    {
        "text": "全会深入贯彻习近平总书记考察浙江重要讲话精神。",
        "note": "title after the name",
        "persons": [{"name": "习近平", "title": "总书记", "role": "official"}],
    },
    {
        "text": "市委书记胡勇春出席会议。",
        "note": "市委书记 stays the title, no organization",
        "persons": [{"name": "胡勇春", "title": "市委书记", "organization": None, "role": "official"}],
    },
]

DEV = [
    {
        "text": "自治区人民政府主席张雨浦作政府工作报告。 宁夏日报记者 王鼎 摄",
        "published": 2026, "region": "宁夏回族自治区",
        "persons": [
            {"name": "张雨浦", "title": "自治区人民政府主席", "role": "official"},
            {"name": "王鼎", "title": "记者", "organization": "宁夏日报", "role": "photographer"},
        ],
    },
    {
        "text": "本报讯(记者 刘卓 通讯员 王靖博)3月14日,延长县举行2019年重点项目集中开复工仪式。",
        "published": 2019, "region": "延长县",
        "note": "two role words in one byline",
        "persons": [
            {"name": "刘卓", "title": "记者", "role": "reporter"},
            {"name": "王靖博", "title": "通讯员", "role": "reporter"},
        ],
    },
    {
        "text": "本报讯 (记者吴宏强通讯员秦家林) 前三季度,全县上下紧紧围绕发展目标。",
        "published": 2018, "region": "房县",
        "note": "byline without spaces: names end at the next role word",
        "persons": [
            {"name": "吴宏强", "title": "记者", "role": "reporter"},
            {"name": "秦家林", "title": "通讯员", "role": "reporter"},
        ],
    },
    {
        "text": "本报讯 记者陈绍鹏报道:11月28日,上饶县举行工业项目集中开(竣)工活动。",
        "published": "2018-11-29", "region": "上饶县",
        "persons": [{"name": "陈绍鹏", "title": "记者", "role": "reporter"}],
    },
    {
        "text": "县领导李莉丽、周明、李旭祥、周翠兰等出席会议。",
        "published": 2022, "region": "沙洋县",
        "persons": [
            {"name": "李莉丽", "role": "official"},
            {"name": "周明", "role": "official"},
            {"name": "李旭祥", "role": "official"},
            {"name": "周翠兰", "role": "official"},
        ],
    },
    {
        "text": "市委常委、统战部部长布仁其木格在动员大会上宣布开工,市人大常委会副主任石艳杰、市政协副主席吉日嘎拉图应邀出席动员大会。",
        "published": 2022, "region": "达拉特旗",
        "note": "Mongolian names of five characters after an official title",
        "persons": [
            {"name": "布仁其木格", "title": "市委常委、统战部部长", "role": "official"},
            {"name": "石艳杰", "title": "市人大常委会副主任", "role": "official"},
            {"name": "吉日嘎拉图", "title": "市政协副主席", "role": "official"},
        ],
    },
    {
        "text": "省委于伟国书记对漳州提出“当好高质量发展落实赶超的先锋”要求。",
        "published": 2020, "region": "漳州市",
        "note": "body before the name, head word after it",
        "persons": [{"name": "于伟国", "title": "省委书记", "role": "official"}],
    },
    {
        "text": "会议选举李逸为徐闻县十六届人大常委会主任;选举罗红霞为徐闻县人民政府县长。",
        "published": 2020, "region": "徐闻县",
        "persons": [
            {"name": "李逸", "title": "徐闻县十六届人大常委会主任", "role": "official"},
            {"name": "罗红霞", "title": "徐闻县人民政府县长", "role": "official"},
        ],
    },
    {
        "text": "涌现出人民警察英雄杨春华、最美退役军人贾建东、见义勇为少年李佳婷等一批先进模范。",
        "published": 2026, "region": "宁夏回族自治区",
        "persons": [
            {"name": "杨春华", "title": "人民警察英雄", "role": "other"},
            {"name": "贾建东", "title": "最美退役军人", "role": "other"},
            {"name": "李佳婷", "title": "见义勇为少年", "role": "other"},
        ],
    },
    {
        "text": "会议还研究了其他事项。 (袁松柳 杨涛)",
        "published": "2020-05-18", "region": "宝丰县",
        "note": "bare names in brackets at the end of an article are its reporters",
        "persons": [
            {"name": "袁松柳", "title": None, "role": "reporter"},
            {"name": "杨涛", "title": None, "role": "reporter"},
        ],
    },
    {
        "text": "[来源:衡阳日报] [编辑:金灵]",
        "published": "2019-08-16", "region": "衡南县",
        "persons": [{"name": "金灵", "title": "编辑", "role": "editor"}],
    },
    {
        "text": "国电集团党组书记、副总经理乔保平，自治区副主席赵双连出席重点项目开工奠基仪式。",
        "published": "2011-04-25", "region": "兴安盟",
        "persons": [
            {"name": "乔保平", "title": "党组书记、副总经理", "organization": "国电集团", "role": "other"},
            {"name": "赵双连", "title": "自治区副主席", "role": "official"},
        ],
    },
    {
        "text": "中共徐闻县委书记李汉东给新当选的县人大常委会主任李逸颁发当选证。",
        "published": 2020, "region": "徐闻县",
        "note": "no listed word ends the name (给, 颁发): the word segmenter decides",
        "persons": [{"name": "李汉东"}, {"name": "李逸"}],
    },
    {
        "text": "银川市副市长、中国汽车零部件工业有限公司总裁陈康仁以及部分企业代表参加活动。",
        "published": 2018, "region": "上饶县",
        "note": "有限公司 is no stop word: the title keeps both parts",
        "persons": [{"name": "陈康仁", "title": "银川市副市长、中国汽车零部件工业有限公司总裁", "role": "official"}],
    },
]

BUGS = [
    {
        "text": "责任编辑:周口市人民政府",
        "note": "a place after 编辑 is no name",
        "persons": [],
    },
    {
        "text": "来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06",
        "persons": [],
    },
    {
        "text": "请各位政协委员和其他列席人员提出意见。",
        "note": "和其他 is no name",
        "persons": [],
    },
    {
        "text": "寿光市委书记赵绪春告诉记者,一个城市的发展关键要靠产业支撑。",
        "published": 2022, "region": "寿光市",
        "note": "记者 outside a byline is no byline",
        "persons": [{"name": "赵绪春", "title": "寿光市委书记", "role": "official"}],
    },
    {
        "text": "福州市委常委蔡战胜兼任宣传部长。",
        "published": 2016, "region": "福建省",
        "note": "兼任 ends the name (not a four-character 蔡战胜兼)",
        "persons": [{"name": "蔡战胜", "title": "福州市委常委"}],
    },
    {
        "text": "扎实推进清廉建设，严格落实“一把手”和领导班子监督“十三张责任清单”。",
        "note": "领导 + words is no name",
        "persons": [],
    },
    {
        "text": "切实保护民营企业和企业家合法权益。",
        "note": "a four-character word after 企业家 is no name",
        "persons": [],
    },
    # blind held-out set 2 (2026-12-01)
    {
        "text": "商洛市委常委、镇安县委书记李波(左),镇安县政府县长璩泽涛(右)检查指导重大项目建设工作。",
        "published": 2015, "region": "镇安县",
        "note": "璩 was no known surname",
        "persons": [{"name": "李波", "title": "商洛市委常委、镇安县委书记", "role": "official"},
                    {"name": "璩泽涛", "title": "镇安县政府县长", "role": "official"}],
    },
    {
        "text": "县政协副主席银海泉、王桂艳、陈宝良参加了会议。",
        "published": 2010, "region": "法库县",
        "note": "银 (a weak surname) opens a list under one title",
        "persons": [{"name": "银海泉", "title": "县政协副主席", "role": "official"},
                    {"name": "王桂艳", "title": "县政协副主席", "role": "official"},
                    {"name": "陈宝良", "title": "县政协副主席", "role": "official"}],
    },
    {
        "text": "通讯员:杨 鑫\n编辑:何 欢",
        "published": 2022, "region": "酒泉市",
        "note": "letter-spaced two-character names in bylines",
        "persons": [{"name": "杨鑫", "title": "通讯员", "role": "reporter"},
                    {"name": "何欢", "title": "编辑", "role": "editor"}],
    },
    {
        "text": "作者:吕宣中 来源:静乐县新闻办公室】",
        "published": 2015, "region": "静乐县",
        "note": "来源 ends a byline, it is no name",
        "persons": [{"name": "吕宣中", "role": "reporter"}],
    },
    # blind held-out set 3 (2026-12-01)
    {
        "text": "(记 者:吴阳金 张志彬 见习记者 汪子妍)",
        "published": 2021, "region": "太湖县",
        "note": "a letter-spaced role word",
        "persons": [{"name": "吴阳金", "title": "记者", "role": "reporter"},
                    {"name": "张志彬", "title": "记者", "role": "reporter"},
                    {"name": "汪子妍", "title": "见习记者", "role": "reporter"}],
    },
    {
        "text": "会议听取了主要领导廉政情况汇报。",
        "published": 2014, "region": "户县",
        "note": "廉政 is no name",
        "persons": [],
    },
    # blind held-out set 4 (2026-12-01)
    {
        "text": "会议由县政协主席汤会礼主持。",
        "published": 2022, "region": "通城县",
        "note": "an official's title vouches for 会 in a given name when 主持 ends it",
        "persons": [{"name": "汤会礼", "title": "县政协主席", "role": "official"}],
    },
    {
        "text": "村民在田间劳作。(李武华 摄)",
        "published": 2016, "region": "弥渡县",
        "note": "a bracketed photo credit",
        "persons": [{"name": "李武华", "role": "photographer"}],
    },
    {
        "text": "许皖祥 张静 记者 董艳芬",
        "published": 2011, "region": "安徽省",
        "note": "names without a role word before a byline role",
        "persons": [{"name": "董艳芬", "title": "记者", "role": "reporter"}],
    },
    # blind held-out set 5 (2026-12-01)
    {
        "text": "担任本次大会执行主席的是:何献春、张泽忠、李明华、杨中林。",
        "published": 2023, "region": "景东彝族自治县",
        "note": "a name list after 「…主席的是:」",
        "persons": [{"name": "何献春", "role": "official"}, {"name": "张泽忠", "role": "official"},
                    {"name": "李明华", "role": "official"}, {"name": "杨中林", "role": "official"}],
    },
    # blind held-out set 6 (2026-12-01)
    {
        "text": "乌苏市委副书记、市长阿依肯·阿斯拉汗代表市政府讲话。",
        "published": 2021, "region": "乌苏市",
        "note": "a name written with · after an official's title ends where a verb starts",
        "persons": [{"name": "阿依肯·阿斯拉汗", "title": "乌苏市委副书记、市长", "role": "official"}],
    },
    {
        "text": "(文/图:沈来)",
        "published": 2021, "region": "东丰县",
        "note": "文/图 is a byline role",
        "persons": [{"name": "沈来", "role": "reporter"}],
    },
    {
        "text": "(王玉君 张学刚 吕留洋 记者 李及肃)",
        "published": 2012, "region": "吉林市",
        "note": "a byline role vouches for 及 in a given name",
        "persons": [{"name": "李及肃", "title": "记者", "role": "reporter"}],
    },
    # blind held-out set 7 (2026-12-01)
    {
        "text": "摄影:南都记者吴进",
        "published": 2025, "region": "中山市",
        "note": "an outlet and a role after 摄影: — the photographer keeps his role",
        "persons": [{"name": "吴进", "title": "记者", "organization": "南都", "role": "photographer"}],
    },
    {
        "text": "采写:南都见习记者黄敬奎",
        "published": 2025, "region": "中山市",
        "note": "采写 is a byline role",
        "persons": [{"name": "黄敬奎", "role": "reporter"}],
    },
    # blind held-out set 8 (2026-12-01)
    {
        "text": "本次大会第一次全体会议执行主席拉科、晁世海、陈永祥、切加、胡绍军在主席台前排就座。",
        "published": 2016, "region": "刚察县",
        "note": "a titled roll vouches for names without a Han surname (拉科, 切加)",
        "persons": [{"name": "拉科", "role": "official"}, {"name": "晁世海", "role": "official"},
                    {"name": "陈永祥", "role": "official"}, {"name": "切加", "role": "official"},
                    {"name": "胡绍军", "role": "official"}],
    },
    {
        "text": "摄影:果珍\n编辑(一审):王明琪\n终审:曹 莉",
        "published": 2023, "region": "墨竹工卡县",
        "note": "blind held-out set 8: a role, a colon and a short name closing the line; 一审/终审 roles",
        "persons": [{"name": "果珍", "role": "photographer"}, {"name": "王明琪", "role": "editor"},
                    {"name": "曹莉", "role": "editor"}],
    },
    {
        "text": "记者:他说",
        "published": 2023, "region": "墨竹工卡县",
        "note": "a pronoun after a byline colon is no name",
        "persons": [],
    },
    {
        "text": "市委副书记、市长陈曦率调研组到江都调研。",
        "published": 2023, "region": "扬州市",
        "note": "blind held-out set 9: 率调研组 ends a name",
        "persons": [{"name": "陈曦", "title": "市委副书记、市长", "role": "official"}],
    },
    # blind held-out set 10 (2026-12-01)
    {
        "text": "顶端新闻·河南商报记者 张治中 见习记者 周美娇 陈思远",
        "published": 2024, "region": "西峡县",
        "note": "outlet·outlet before the role; a modifier before the next role word",
        "persons": [{"name": "张治中", "title": "记者", "role": "reporter"},
                    {"name": "周美娇", "title": "见习记者", "role": "reporter"},
                    {"name": "陈思远", "title": "见习记者", "role": "reporter"}],
    },
    {
        "text": "采写 | 玉林市融媒体中心通讯员 刘宇鹏\n责编 | 韦藿珍",
        "published": 2024, "region": "博白县",
        "note": "| as a byline separator",
        "persons": [{"name": "刘宇鹏", "title": "通讯员", "role": "reporter"},
                    {"name": "韦藿珍", "title": "责编", "role": "editor"}],
    },
    {
        "text": "县委常委、县政府党组副书记、副县长 胡小强",
        "published": 2024, "region": "靖安县",
        "note": "党组副 is no name",
        "persons": [{"name": "胡小强", "title": "县委常委、县政府党组副书记、副县长", "role": "official"}],
    },
]

# held-out error classes (2026-11): names that end in 会 inside name lists; bylines without
# brackets or with the names run together by a PDF line join; titles before a whole list;
# group words (县领导) are no title; two-part titles kept whole; outlet + channel byline titles.
BUGS += [
    {
        "text": "县领导吴志强、王全会、赵飞等出席了项目开工仪式。",
        "published": 2015, "region": "凤冈县",
        "note": "a list item ending in 会 between two names is a name (not a meeting); 赵飞 after it too",
        "persons": [
            {"name": "吴志强", "title": None, "role": "official"},
            {"name": "王全会", "title": None, "role": "official"},
            {"name": "赵飞", "title": None, "role": "official"},
        ],
    },
    {
        "text": "县领导王立、张常会、李明出席会议。",
        "persons": [{"name": "王立"}, {"name": "张常会"}, {"name": "李明"}],
    },
    {
        "text": "市领导张三丰、王大会、李全会等出席。",
        "note": "after a group word one plain name is enough; the last item closes at 等",
        "persons": [
            {"name": "张三丰", "title": None},
            {"name": "王大会", "title": None},
            {"name": "李全会", "title": None},
        ],
    },
    {
        "text": "深入对接义新欧、义甬舟、金丽温等开放大通道，市委书记胡勇春出席。",
        "note": "dev/seed 001: the NER took the corridor 金丽温 for a person; a list closed by 等+通道 names routes",
        "persons": [{"name": "胡勇春", "title": "市委书记"}],
    },
    {
        "text": "谋划杨溪水库清淤、太平水库治理等项目，市长王海涛调研。",
        "note": "seed 003: 杨溪 before 水库 is a reservoir, not a person",
        "persons": [{"name": "王海涛", "title": "市长"}],
    },
    {
        "text": "张明、全会、李强出席。",
        "needs_ner": True,
        "note": "a meeting word is never a listed name (the NER still finds the two real names)",
        "persons": [{"name": "张明"}, {"name": "李强"}],
    },
    {
        "text": "推进会、座谈会、全会等会议相继召开。",
        "persons": [],
    },
    {
        "text": "本报讯 记者 李娟3月5日上午,县政府召开全体会议，研究部署今年重点工作和民生实事项目。",
        "note": "a byline without brackets ends where the dateline starts",
        "persons": [{"name": "李娟", "title": "记者", "role": "reporter"}],
    },
    {
        "text": "本报讯 记者 刘洋近日,我县举行重点项目集中开工仪式,共有十二个项目开工建设并完成投资。",
        "persons": [{"name": "刘洋", "title": "记者", "role": "reporter"}],
    },
    {
        "text": "本报讯 记者 张敏 通讯员 李明 6月2日,我县召开项目建设推进会,全面部署下半年各项重点工作。",
        "persons": [
            {"name": "张敏", "title": "记者", "role": "reporter"},
            {"name": "李明", "title": "通讯员", "role": "reporter"},
        ],
    },
    {
        "text": "年度投资6200万元。(周强 李娜)",
        "note": "a bare bracketed byline closing a wire item",
        "persons": [{"name": "周强", "role": "reporter"}, {"name": "李娜", "role": "reporter"}],
    },
    {
        "text": ("\n据悉，本次集中开工的项目共计十二个\n\n，总投资四十三亿元，年度投资二十九\n\n亿元。其中产业发展类项目七个，城镇\n\n"
                 "基础类项目三个，交通类项目两个，民\n\n生类项目两个，农林水利类项目四个，\n\n"
                 "全年度总投资6200万元。(周强\n\n 李娜)\n\n"),
        "note": "the same byline broken over PDF column lines: the names run together after the line join",
        "persons": [{"name": "周强", "role": "reporter"}, {"name": "李娜", "role": "reporter"}],
    },
    {
        "text": "会议还研究了其他事项。(张晓明李娜)",
        "note": "run-together names split where exactly one cut gives two names",
        "persons": [{"name": "张晓明", "role": "reporter"}, {"name": "李娜", "role": "reporter"}],
    },
    {
        "text": "详见城区导览图。(王府井大街)",
        "note": "a place in brackets is no byline",
        "persons": [],
    },
    {
        "text": "区领导张永强、韩生、陈卫东出席会议。",
        "note": "「X领导」 before a list is a group word, no title (dev gold majority)",
        "persons": [{"name": "张永强", "title": None}, {"name": "韩生", "title": None}, {"name": "陈卫东", "title": None}],
    },
    {
        "text": "大会执行主席李建国、张宏、赵立新在主席台就座。",
        "note": "a title before the whole list belongs to every name",
        "persons": [
            {"name": "李建国", "title": "大会执行主席", "role": "official"},
            {"name": "张宏", "title": "大会执行主席", "role": "official"},
            {"name": "赵立新", "title": "大会执行主席", "role": "official"},
        ],
    },
    {
        "text": "会上，副县长陈明、刘洋出席并讲话。",
        "persons": [{"name": "陈明", "title": "副县长"}, {"name": "刘洋", "title": "副县长"}],
    },
    {
        "text": "市委宣传部部长孙立,省委巡视第三组成员、省公安厅督查总队处长杨明到会参加。",
        "note": "a two-part title (…组成员、…处长) is kept whole; no organization split off a 督查总队",
        "persons": [
            {"name": "孙立", "title": "市委宣传部部长", "role": "official"},
            {"name": "杨明", "title": "省委巡视第三组成员、省公安厅督查总队处长", "organization": None,
             "role": "official"},
        ],
    },
    {
        "text": "省公安厅督查总队处长杨明出席会议。",
        "persons": [{"name": "杨明", "title": "省公安厅督查总队处长", "organization": None}],
    },
    {
        "text": "(长江日报视界新闻记者 王敏)",
        "note": "outlet + channel before 记者: the byline title as written",
        "persons": [{"name": "王敏", "title": "长江日报视界新闻记者", "organization": None, "role": "reporter"}],
    },
    {
        "text": "本报讯(大众日报社全媒体记者李强)",
        "persons": [{"name": "李强", "title": "大众日报社全媒体记者", "organization": None, "role": "reporter"}],
    },
]

BUGS += [
    {
        "text": "旦巴、于国强、扎西多吉、张军、张家林、加多、李猛、斑丹卓玛、熊川、普布次旦以及大会主席团成员和市级领导在主席团就座。",
        "note": "blind held-out set 11: an untitled roll closed by its group word vouches for names without a Han surname",
        "persons": [{"name": n, "role": "official"} for n in
                    ["旦巴", "于国强", "扎西多吉", "张军", "张家林", "加多", "李猛", "斑丹卓玛", "熊川", "普布次旦"]],
    },
    {
        "text": "当天大会的执行主席是林健、陈生、王明华。",
        "note": "blind held-out set 11: the copula after a title is no surname (林健, not 是林健)",
        "persons": [{"name": "林健", "title": "执行主席"}, {"name": "陈生", "title": "执行主席"},
                    {"name": "王明华", "title": "执行主席"}],
    },
]


BUGS += [
    {
        "text": "县委副书记、县长黄会安在开工仪式上致辞。",
        "note": "blind held-out set 12: a name with a rare given-name character after a title, before 在…上致辞",
        "persons": [{"name": "黄会安", "title": "县委副书记、县长", "role": "official"}],
    },
    {
        "text": "我们战疫情、战高温、战旱情,贯彻落实习近平总书记来陕考察重要讲话。",
        "note": "blind held-out set 12: parallel slogans are no names; 总书记 after a name closes it",
        "persons": [{"name": "习近平", "title": "总书记"}],
    },
    {
        "text": "政府工作报告\n县 长 周永根\n各位代表:",
        "note": "blind held-out set 12: a letter-spaced title before the speaker of a report",
        "persons": [{"name": "周永根", "title": "县长", "role": "official"}],
    },
]


BUGS += [
    {
        "text": "中国吉林网 吉刻APP 记者 高艺上\n4月18日,乾安县项目集中开工。",
        "note": "blind held-out set 14: outlets of up to 8 characters, Latin letters included, before the role",
        "persons": [{"name": "高艺上", "title": "记者", "role": "reporter"}],
    },
]


BUGS += [
    {
        "text": "2023年,榆中縣地區生產總值同比增長8.1%,高於全市0.8個百分點。(新甘肅·甘肅日報記者薛硯)",
        "note": "blind held-out set 15: a text in traditional script is read in simplified, a name is kept as written",
        "persons": [{"name": "薛硯", "title": "记者", "role": "reporter"}],
    },
]


BUGS += [
    {
        "text": "【香港商报讯】记者梅超、通讯员赵仕龙报道:4月8日,记者在项目建设现场看到,该县项目建设提速。",
        "note": "blind held-out set 16: a byline after 【…讯】",
        "persons": [{"name": "梅超", "title": "记者", "role": "reporter"},
                    {"name": "赵仕龙", "title": "通讯员", "role": "reporter"}],
    },
    {
        "text": "旗委副书记、政府旗长希尼,旗人大常委会主任王雪峰出席会议,县人武部政委杨雄参加会议。",
        "note": "blind held-out set 16: a two-character Mongolian name after an official title and before a comma; 政委",
        "persons": [{"name": "希尼", "title": "旗委副书记、政府旗长"}, {"name": "王雪峰"},
                    {"name": "杨雄", "title": "县人武部政委"}],
    },
]


BUGS += [
    {
        "text": "来源:江华融媒体中心 作者:蒋林锋 钟芳玲 实习生:潘嘉诚 编辑:刘翥 2021-03-01 16:43:19\n3月1日,江华瑶族自治县举行集中开工签约仪式。",
        "note": "blind held-out set 18: a 融媒体 header line after 来源:, ending in a time stamp",
        "persons": [{"name": "蒋林锋", "role": "reporter"}, {"name": "钟芳玲", "role": "reporter"},
                    {"name": "潘嘉诚", "title": "实习生"}, {"name": "刘翥", "title": "编辑", "role": "editor"}],
    },
]


BUGS += [
    {
        "text": "大会执行主席、主席团常务主席孙斌、孙良才、王向军等在主席台前排就座。",
        "note": "blind held-out set 17: titles before the first name of a list are everybody's",
        "persons": [{"name": n, "title": "大会执行主席、主席团常务主席"} for n in ["孙斌", "孙良才", "王向军"]],
    },
    {
        "text": "县委常委、县委办主任周澧就《决议》作了起草说明。在主席台就座的县领导还有孙战宇、任道胜。",
        "note": "blind held-out set 17: 就《 ends a name; 「…县领导还有」 heads a list",
        "persons": [{"name": "周澧", "title": "县委常委、县委办主任"}, {"name": "孙战宇"}, {"name": "任道胜"}],
    },
]


BUGS += [
    {
        "text": "市人大常委会王斌副主任出席会议。郑市长强调,要加快项目建设。",
        "note": "blind held-out set 20: 副 belongs to the title after a name; a word that follows names is none itself",
        "persons": [{"name": "王斌"}],
    },
    {
        "text": "责编丨罗仲楷",
        "note": "blind held-out set 20: 丨 separates a credit's role and name",
        "persons": [{"name": "罗仲楷", "title": "责编", "role": "editor"}],
    },
]


BUGS += [
    {
        "text": "记者:赵倩文    通讯员:马蔻 陈思雄\n6月23日,凤县举行集中开工仪式。",
        "note": "blind held-out set 19: 文 closing a name before the next role word is no 「文」 credit",
        "persons": [{"name": "赵倩文", "title": "记者"}, {"name": "马蔻", "title": "通讯员"},
                    {"name": "陈思雄", "title": "通讯员"}],
    },
]


BUGS += [
    {
        "text": "全县经济稳中向好。(连娅琴、段中飞)",
        "note": "blind held-out set 21: a closing bracketed byline with 、 between the names",
        "persons": [{"name": "连娅琴", "role": "reporter"}, {"name": "段中飞", "role": "reporter"}],
    },
    {
        "text": "来源:朔州市新闻中心 作者:王文林 李洁军 许泽栋 发布时间:2020-03-17 17:47",
        "note": "blind held-out set 21: 发布时间 ends a header byline",
        "persons": [{"name": "王文林", "role": "reporter"}, {"name": "李洁军", "role": "reporter"},
                    {"name": "许泽栋", "role": "reporter"}],
    },
    {
        "text": "人民网北京7月25日电(李博)北京城市副中心建设提速。",
        "note": "blind held-out set 22: the reporter after a wire dateline 「…日电(李博)」",
        "persons": [{"name": "李博", "role": "reporter"}],
    },
]


BUGS += [
    {
        "text": "在主席台就座的领导和老同志有:杨韶辉、曾艳梅、奉锡样。县人大常委会主任张波以及李四清、彭俊卿、蒋华等县领导出席会议。",
        "note": "blind held-out set 23: 「领导和老同志」 holds no name; a list may start after 以及",
        "persons": [{"name": n} for n in ["杨韶辉", "曾艳梅", "奉锡样", "张波", "李四清", "彭俊卿", "蒋华"]],
    },
]


BUGS += [
    {
        "text": "今天大会的执行主席是:马朝洪、兰朝明、李献文、沈章华。",
        "note": "blind held-out set 27: a title with 是: before a list is every name's",
        "persons": [{"name": n, "title": "执行主席", "role": "official"} for n in ["马朝洪", "兰朝明", "李献文", "沈章华"]],
    },
    {
        "text": "本报讯 记者:马朝洪、兰朝明",
        "note": "a byline role before a colon stays a byline (not a title of officials)",
        "persons": [{"name": n, "title": "记者", "role": "reporter"} for n in ["马朝洪", "兰朝明"]],
    },
]


BUGS += [
    {
        "text": "应邀参加会议并在主席台就坐的还有县委书记李芳。",
        "note": "blind held-out set 27: 还有 before a title is no part of it",
        "persons": [{"name": "李芳", "title": "县委书记", "role": "official"}],
    },
    {
        "text": "本站讯(关天云报道) 1月18日上午,县十五届人大四次会议开幕。",
        "note": "blind held-out set 27: a bracketed byline right after the dateline, 报道 vouching for 关",
        "persons": [{"name": "关天云", "role": "reporter"}],
    },
]


BUGS += [
    {
        "text": "■中国江西网记者曹琦/文\n2018年,全省经济稳中向好。记者 吴丹/摄",
        "note": "blind held-out sets 30 and 33: a bullet before the outlet; 「/文」「/摄」 close a byline",
        "persons": [{"name": "曹琦", "title": "记者", "organization": "中国江西网", "role": "reporter"},
                    {"name": "吴丹", "title": "记者", "role": "photographer"}],
    },
]


BUGS += [
    {
        "text": "会议任命徐加晔、付阳同志为县人民政府副县长。",
        "note": "blind held-out set 31: an appointment of a list of names gives each the title",
        "persons": [{"name": "徐加晔", "title": "县人民政府副县长", "role": "official"},
                    {"name": "付阳", "title": "县人民政府副县长", "role": "official"}],
    },
]


BUGS += [
    {
        "text": "县委书记张本华主持会议。",
        "note": "blind held-out set 35: 本 begins a two-character given name (张本华)",
        "persons": [{"name": "张本华", "title": "县委书记", "role": "official"}],
    },
]


FEATURES = [
    {
        "text": "推动高质量发展，打造王牌产品，带动周边地区，万人参与，在金华、永康等方面取得成效。",
        "note": "words that start with a surname character are not names",
        "persons": [],
    },
    {
        "text": "市委书记胡勇春出席会议。胡勇春在讲话中指出，要真抓实干。",
        "note": "one record per person, with the title seen",
        "persons": [{"name": "胡勇春", "title": "市委书记", "role": "official"}],
    },
    {
        "text": "副市长欧阳明华出席会议并讲话。",
        "note": "compound surname",
        "persons": [{"name": "欧阳明华", "title": "副市长", "role": "official"}],
    },
    {
        "text": "县委书记蒲国致辞，县委副书记、县长崔竹君主持开工仪式。",
        "published": 2017, "region": "蓬安县",
        "note": "a two-character name ends at 致辞",
        "persons": [
            {"name": "蒲国", "title": "县委书记", "role": "official"},
            {"name": "崔竹君", "title": "县委副书记、县长", "role": "official"},
        ],
    },
    {
        "text": "中国义乌网1月14日讯(记者 陈佳琪 编辑 童晓)近日,在义乌市义亭镇开工建设。",
        "published": "2026-01-14", "region": "义乌市",
        "persons": [
            {"name": "陈佳琪", "title": "记者", "role": "reporter"},
            {"name": "童晓", "title": "编辑", "role": "editor"},
        ],
    },
    {
        "text": "市领导胡勇春 郑云涛 胡积合出席会议。",
        "note": "a name roll separated by single spaces, as PDF pages give it",
        "persons": [{"name": "胡勇春", "role": "official"}, {"name": "郑云涛", "role": "official"},
                    {"name": "胡积合", "role": "official"}],
    },
    {
        "text": "出席会议的市领导：胡勇春\u3000郑云涛\u3000胡积合\u3000王海涛",
        "note": "ideographic spaces between the names",
        "persons": [{"name": "胡勇春"}, {"name": "郑云涛"}, {"name": "胡积合"}, {"name": "王海涛"}],
    },
    {
        "text": "胡勇春 表示，要加快发展。",
        "needs_ner": True,
        "note": "a space after one name does not make a list",
        "persons": [{"name": "胡勇春"}],
    },
    {
        "text": "出席会议的有：胡勇春郑云涛胡积合等。",
        "needs_ner": True,
        "note": "a roll without separators (web pages and PDF pages that lost their spaces): "
                "the NER splits what follows the first name",
        "persons": [{"name": "胡勇春", "role": "official"}, {"name": "郑云涛", "role": "official"},
                    {"name": "胡积合", "role": "official"}],
    },
    {
        "text": "胡勇春王海涛出席。",
        "needs_ner": True,
        "note": "two names run together before an attendance verb",
        "persons": [{"name": "胡勇春"}, {"name": "王海涛"}],
    },
    {
        "text": "市委书记胡勇春陈述了意见。",
        "note": "a surname character after a name does not open a roll by itself",
        "persons": [{"name": "胡勇春", "title": "市委书记"}],
    },
    {
        "text": "市商务局局长王建国致欢迎词。",
        "note": "致欢迎词 ends the name (not 王建国致)",
        "persons": [{"name": "王建国", "title": "局长", "organization": "市商务局", "role": "official"}],
    },
    {
        "text": "李明华说，今年的收成比去年好。",
        "note": "a bare name before 说 opens its clause; 说 says nothing about an office",
        "persons": [{"name": "李明华", "title": None, "role": "other"}],
    },
    {
        "text": "胡勇春在会议上说，要加快发展。",
        "note": "在…上说 in an official context",
        "persons": [{"name": "胡勇春", "role": "official"}],
    },
    {
        "text": "张大妈说，日子越过越好。也就是说，变化很大。",
        "note": "kinship words (大妈) are no given names; 也就是说 is no name",
        "persons": [],
    },
    {
        "text": "本报北京9月4日讯记者杨涌报道：部分省区发行工作取得进展。",
        "published": 1998,
        "note": "a dateline run into 记者 (…日讯记者) is no outlet prefix",
        "persons": [{"name": "杨涌", "title": "记者", "role": "reporter"}],
    },
    {
        "text": "新华社北京10月31日电记者陈特安、周德武报道：今天晚上举行宴会。",
        "published": 1998,
        "note": "a news-agency dateline (…电) and two names joined by 、",
        "persons": [{"name": "陈特安", "title": "记者", "role": "reporter"},
                    {"name": "周德武", "title": "记者", "role": "reporter"}],
    },
    {
        "text": "本报讯（记者 张三、李四 通讯员 王五）近日，我市召开会议。",
        "note": "「、」 between the names of one byline role",
        "persons": [{"name": "张三", "role": "reporter"}, {"name": "李四", "title": "记者", "role": "reporter"},
                    {"name": "王五", "title": "通讯员"}],
    },
    {
        "text": "要认真执行胡勇春同志在全市工作会议上的部署。",
        "note": "同志 after a name marks the name (official context: 会议)",
        "persons": [{"name": "胡勇春", "title": None, "role": "official"}],
    },
    {
        "text": "感谢李明同志的支持。",
        "note": "感谢 runs into the name: 李明, not 谢李明",
        "persons": [{"name": "李明", "role": "other"}],
    },
    {
        "text": "广大党员同志要带头，老同志们很高兴，青年同志要多学习。",
        "note": "同志 after a group word is no name",
        "persons": [],
    },
]
