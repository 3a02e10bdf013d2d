"""Project cases: a sentence (or short paragraph) in, the expected projects out.

Each case is a dict:
    text       the input, as an article would have it
    published  the publication date or year (optional, default 2025)
    region     the home region (optional, default "永康市")
    projects   the expected projects, in output order, each a dict of the fields that matter
               (name is required; status, status_text, modality, year, investment are compared
               when given; investment is given as (value, unit)). The output must hold exactly
               these names — an empty list means "no project here".

Add a case to the group it comes from: SEEDS (seed articles), DEV (dev articles), BUGS
(something that went wrong once), FEATURES (a behaviour we promise).
"""

SEEDS = [
    {"text": "2024年，石柱高新科技产业园一期、产投新材料产业园建成投用，永武科创中心、康庄产业园开工建设。",
     "projects": [
         {"name": "石柱高新科技产业园一期", "status": "operational", "status_text": "建成投用", "modality": "actual", "year": 2024},
         {"name": "产投新材料产业园", "status": "operational"},
         {"name": "永武科创中心", "status": "started", "status_text": "开工建设"},
         {"name": "康庄产业园", "status": "started"},
     ]},
    {"text": "坚决推进扩投资。争创省级“万亩千亿”新平台，建成投用浙中新型储能产业园，开工建设航空产业园。",
     "projects": [
         {"name": "省级“万亩千亿”新平台", "status": "planned"},
         {"name": "浙中新型储能产业园", "status": "operational", "status_text": "建成投用"},
         {"name": "航空产业园", "status": "started"},
     ]},
    {"text": "平台支撑要提能升级，加快建设中欧班列集结中心，滚动推进陆港重大项目。",
     "projects": [{"name": "中欧班列集结中心", "status": "in_progress", "modality": "target"}]},
    {"text": "中国五金物流港建设提速推进，现代五金产业服务综合体、浙中储能产业园等一批重大产业平台拔地而起。",
     "projects": [
         {"name": "中国五金物流港", "status": "in_progress"},
         {"name": "现代五金产业服务综合体", "status": "in_progress"},
         {"name": "浙中储能产业园", "status": "in_progress"},
     ]},
    {"text": "启动之江协同创新研究院杭州中试基地建设，落地运行1688永康五金选品中心。",
     "projects": [
         {"name": "之江协同创新研究院杭州中试基地", "status": "started"},
         {"name": "1688永康五金选品中心", "status": "operational"},
     ]},
    {"text": "省内首家五金行业国家级知识产权快维中心——永康（五金）知识产权快速维权中心建成投用。",
     "projects": [{"name": "永康（五金）知识产权快速维权中心", "status": "operational"}]},
    {"text": "开工建设义龙庆高速及永康联络线、东永高速石柱互通、南四环东延二期、紫微北路延伸、丽州北路延伸等重点工程，推进老330国道快速化改造、S321、S211等项目前期，加快谋划北部物流园、南站客运枢纽提升改造工程。",
     "projects": [
         {"name": "义龙庆高速", "status": "started"},
         {"name": "永康联络线", "status": "started"},
         {"name": "东永高速石柱互通", "status": "started"},
         {"name": "南四环东延二期", "status": "started"},
         {"name": "紫微北路延伸", "status": "started"},
         {"name": "丽州北路延伸", "status": "started"},
         {"name": "老330国道快速化改造", "status": "planned"},
         {"name": "S321", "status": "planned"},
         {"name": "S211", "status": "planned"},
         {"name": "北部物流园", "status": "planned"},
         {"name": "南站客运枢纽提升改造工程", "status": "planned"},
     ]},
    {"text": "打通解放南路、虹苑路，开工建设车宝路、茗樟路，启动建设南苑沿江活力商务区、文化中心、南溪湾趣玩生态区。",
     "projects": [
         {"name": "解放南路", "status": "completed"},
         {"name": "虹苑路", "status": "completed"},
         {"name": "车宝路", "status": "started"},
         {"name": "茗樟路", "status": "started"},
         {"name": "南苑沿江活力商务区", "status": "started"},
         {"name": "文化中心", "status": "started"},
         {"name": "南溪湾趣玩生态区", "status": "started"},
     ]},
    {"text": "投用永康卫校、中医院江南分院，加快推进第一人民医院、妇幼保健院、中医院改扩建。",
     "projects": [
         {"name": "永康卫校", "status": "operational"},
         {"name": "中医院江南分院", "status": "operational"},
         {"name": "第一人民医院", "status": "in_progress"},
         {"name": "妇幼保健院", "status": "in_progress"},
         {"name": "中医院改扩建", "status": "in_progress"},
     ]},
    {"text": "投产烈桥变电站，开工前仓变电站。加快推进赫灵方岩EOD项目。",
     "projects": [
         {"name": "烈桥变电站", "status": "operational"},
         {"name": "前仓变电站", "status": "started"},
         {"name": "赫灵方岩EOD项目", "status": "in_progress"},
     ]},
    {"text": "全面推进磐永供水、华溪整治工程，谋划杨溪水库清淤、太平水库治理等项目。",
     "projects": [
         {"name": "磐永供水", "status": "in_progress"},
         {"name": "华溪整治工程", "status": "in_progress"},
         {"name": "杨溪水库清淤", "status": "planned"},
         {"name": "太平水库治理", "status": "planned"},
     ]},
    {"text": "永义公路、方岩互通至经济开发区连接线、S316一期建成通车，义龙庆高速永康段通过工可审查，国际陆港项目开工建设。",
     "published": 2025,
     "projects": [
         {"name": "永义公路", "status": "operational", "status_text": "建成通车"},
         {"name": "方岩互通至经济开发区连接线", "status": "operational"},
         {"name": "S316一期", "status": "operational"},
         {"name": "义龙庆高速永康段", "status": "approved", "status_text": "通过工可审查"},
         {"name": "国际陆港项目", "status": "started"},
     ]},
    {"text": "国家林草装备科创园整体开工，中国五金物流港配套道路工程完成前期，永武产业飞地达成协议，古山市域副中心建设扎实推进，永义公路枫坑隧道主体完工，S316（如春至白窖）开工建设。",
     "published": 2023,
     "projects": [
         {"name": "国家林草装备科创园", "status": "started"},
         {"name": "中国五金物流港配套道路工程", "status": "planned"},
         {"name": "永武产业飞地", "status": "approved"},
         {"name": "古山市域副中心", "status": "in_progress"},
         {"name": "永义公路枫坑隧道", "status": "in_progress", "status_text": "主体完工"},
         {"name": "S316（如春至白窖）", "status": "started"},
     ]},
    {"text": "打通南苑西路、卫星路等断头路，开工建设解放南路、南四环东延等主干道。",
     "projects": [
         {"name": "南苑西路", "status": "completed"},
         {"name": "卫星路", "status": "completed"},
         {"name": "解放南路", "status": "started"},
         {"name": "南四环东延", "status": "started"},
     ]},
    {"text": "启用10万方创业孵化园。",
     "projects": [{"name": "创业孵化园", "status": "operational"}]},
    # slogans and programmes are not projects
    {"text": "项目建设要提速加力，深入实施扩大有效投资“千项万亿”工程，大力争取超长期特别国债、专项债、中央预算内资金等。",
     "projects": []},
    {"text": "实施融资畅通工程。持续做好专项债、超长期特别国债、中央预算内投资等项目谋划和争取。",
     "projects": []},
    # counted categories are metrics, not named projects
    {"text": "建成海外品牌基地5个、国际销售终端超500个，改造口袋公园10个、儿童友好公园3个。",
     "projects": []},
    {"text": "创成省教育现代化学校7所，建成投用公办中小学、幼儿园10所。",
     "projects": []},
    {"text": "健康永康有效提质，第一人民医院启动三甲创建。",
     "projects": []},
]

DEV = [
    {"text": "国网牛首山、华电牛首山东抽水蓄能电站开工建设。",
     "projects": [
         {"name": "国网牛首山", "status": "started"},
         {"name": "华电牛首山东抽水蓄能电站", "status": "started"},
     ]},
    {"text": "中石化特种纤维、宝丰第二套煤制烯烃、创盛碳化硅晶体、飞鹤婴幼儿配方奶粉等1700多个新项目开工。",
     "projects": [
         {"name": "中石化特种纤维", "status": "started"},
         {"name": "宝丰第二套煤制烯烃", "status": "started"},
         {"name": "创盛碳化硅晶体", "status": "started"},
         {"name": "飞鹤婴幼儿配方奶粉", "status": "started"},
     ]},
    {"text": "三是中国-中亚荒漠化防治合作中心落户宁夏。",
     "projects": [{"name": "中国-中亚荒漠化防治合作中心", "status": None}]},
    {"text": "本次集中开工的22个重大项目,包括:顺蓬营一级公路蓬安段建设项目、相如湖国家旅游度假区游客接待中心、嘉陵江水上游乐、百牛渡江景区节点建设项目等,总投资69.3亿元。",
     "published": 2017, "region": "蓬安县",
     "projects": [
         {"name": "顺蓬营一级公路蓬安段建设项目", "status": "started"},
         {"name": "相如湖国家旅游度假区游客接待中心", "status": "started"},
         {"name": "嘉陵江水上游乐", "status": "started"},
         {"name": "百牛渡江景区节点建设项目", "status": "started"},
     ]},
    {"text": "当天集中开工的镇原县城关镇莲池小学建设项目、镇原县金龙工业集中区污水处理厂二期项目、庆阳正欣元15万只生猪养殖项目等14个重点项目,总投资25.3亿元。",
     "published": 2020, "region": "镇原县",
     "projects": [
         {"name": "镇原县城关镇莲池小学建设项目", "status": "started", "status_text": "集中开工"},
         {"name": "镇原县金龙工业集中区污水处理厂二期项目", "status": "started"},
         {"name": "庆阳正欣元15万只生猪养殖项目", "status": "started"},
     ]},
    {"text": "开工项目共22个,包括琼山区博雅片区(二期)城市更新项目、美华航空(海南)智慧产业园建设项目、环海甸岛岸线贯通工程项目等,项目总投资152.39亿元。",
     "published": 2024, "region": "海口市",
     "projects": [
         {"name": "琼山区博雅片区(二期)城市更新项目", "status": "started"},
         {"name": "美华航空(海南)智慧产业园建设项目", "status": "started"},
         {"name": "环海甸岛岸线贯通工程项目", "status": "started"},
     ]},
    {"text": "在新沟河船闸长江侧安全隐患整治工程现场,王琪实地察看了新建成的防汛物料堆场。",
     "published": 2026, "region": "江阴市",
     "projects": [
         {"name": "新沟河船闸长江侧安全隐患整治工程", "status": None},
         {"name": "防汛物料堆场", "status": "completed"},
     ]},
    # headlines and counts of 集中开工 news are not names
    {"text": "镇原县14个重点项目集中开工\n3月10日,镇原县14个重点项目集中开工。市委副书记、组织部长李龙出席活动并宣布项目集中开工。",
     "published": 2020, "region": "镇原县", "projects": []},
    {"text": "27日上午,我县集中开工了22个重大项目,总投资69.3亿元。全州共有155个项目集中开工。",
     "published": 2017, "projects": []},
    {"text": "晋江将全力做好服务保障工作,力求建成具有清华气质、闽南特色的优质工程、精品工程、放心工程。",
     "published": 2020, "projects": []},
]

BUGS = [
    # 「运行中心」「建设项目」 contain a status verb but are part of the name
    {"text": "建成投用智慧城市运行中心。",
     "projects": [{"name": "智慧城市运行中心", "status": "operational"}]},
    # 「开工」 before 前仓 is a verb, not 「开工前」
    {"text": "开工前仓变电站。", "projects": [{"name": "前仓变电站", "status": "started"}]},
    # 「推进会」 is a meeting, not a project statement
    {"text": "2月11日下午，金华市一季度深入学习推广义乌发展经验奋进“港”“廊”“链”项目推进会以视频会议形式召开。",
     "projects": []},
    # 「以项目建设加速度走好“强城”路」: 建设 glued to a noun is not a verb of a statement
    {"text": "坚持“项目为王”，以项目建设加速度走好“强城”路。", "projects": []},
    # a visit: the project is named, the stage is not
    {"text": "在兴安盟期间，胡春华一行考察了乌兰浩特2×34万千瓦热电项目、科右前旗华锐风机制造厂。",
     "published": 2011,
     "projects": [
         {"name": "乌兰浩特2×34万千瓦热电项目", "status": None},
         {"name": "科右前旗华锐风机制造厂", "status": None},
     ]},
    # 「提前」 is an adverb of the verb: 「A等N个储备项目提前开工」
    {"text": "青石湾智能制造产业园等12个储备项目提前开工。",
     "projects": [{"name": "青石湾智能制造产业园", "status": "started", "status_text": "提前开工"}]},
    {"text": "南岭物流园、北岸污水处理厂等9个项目提前竣工。",
     "projects": [{"name": "南岭物流园", "status": "completed"}, {"name": "北岸污水处理厂", "status": "completed"}]},
    # a visit to 「A、B、C等地」 whose stage is said after the list: 「察看项目建设进度」 → in progress
    {"text": "副市长先后到云溪光电产业园项目、城东污水处理厂等地，实地察看项目建设进度。",
     "projects": [{"name": "云溪光电产业园项目", "status": "in_progress", "status_text": "建设进度"},
                  {"name": "城东污水处理厂", "status": "in_progress", "status_text": "建设进度"}]},
    {"text": "县长先后来到滨江大桥、体育中心等处，详细询问施工进度。",
     "projects": [{"name": "滨江大桥", "status": "in_progress"}, {"name": "体育中心", "status": "in_progress"}]},
    # a visit without a stage stays without one; 「规划建设情况」 says no stage either
    {"text": "调研组详细了解了白沙湖冷链物流园、东坪商贸城等规划建设情况。",
     "projects": [{"name": "白沙湖冷链物流园", "status": None}, {"name": "东坪商贸城", "status": None}]},
    # 「等地」 closing places that are not projects: nothing
    {"text": "县长先后到城关镇、李家庄村等地调研。", "projects": []},
    # 「A和B项目」: one project of two parts sharing the head 项目
    {"text": "开工建设河口小学和镇卫生院迁建项目。",
     "projects": [{"name": "河口小学和镇卫生院迁建项目", "status": "started"}]},
    {"text": "红旗水库除险加固及灌区配套工程建成投用。",
     "projects": [{"name": "红旗水库除险加固及灌区配套工程", "status": "operational"}]},
    # the site of a ceremony: 「开工仪式主会场设在A项目」 → started
    {"text": "开工仪式主会场设在金沙湾文旅综合体项目。",
     "projects": [{"name": "金沙湾文旅综合体项目", "status": "started", "status_text": "开工"}]},
    {"text": "在集中开工活动分会场——城北物流港二期项目现场，县长宣布项目开工。",
     "projects": [{"name": "城北物流港二期项目", "status": "started"}]},
    {"text": "凤鸣新材料产业园施工现场是本次签约仪式的主会场。",
     "projects": [{"name": "凤鸣新材料产业园", "status": "approved"}]},
    # an article about a 集中开工: a paragraph that opens with a bare project name takes that stage
    {"text": "全区二季度重点项目集中开工。\n星河锂电池隔膜生产项目，是延链补链的重要项目。\n",
     "projects": [{"name": "星河锂电池隔膜生产项目", "status": "started", "status_text": "集中开工"}]},
    {"text": "县里举行重大项目开工仪式。\n清源再生资源综合利用项目，总投资5亿元，主要建设两条生产线。\n",
     "projects": [{"name": "清源再生资源综合利用项目", "status": "started"}]},
    # … and so does a sentence that opens with a counted list without a verb
    {"text": "全县一季度重点项目集中开工。天宇半导体、华远精工、蓝海生物医药产业园等8个内资项目，合计总投资20亿元。",
     "projects": [{"name": "天宇半导体", "status": "started"}, {"name": "华远精工", "status": "started"},
                  {"name": "蓝海生物医药产业园", "status": "started"}]},
    # without such an event in the article, a paragraph opener is no project statement
    {"text": "星河锂电池隔膜生产项目，是延链补链的重要项目。\n", "projects": []},
    # the stage said in the next sentence about 「该项目」「该中心」
    {"text": "随后，市长来到市民活动中心项目建设工地。该项目主体已顺利封顶。",
     "projects": [{"name": "市民活动中心项目", "status": "in_progress"}]},
    {"text": "一行人来到老城游客服务中心项目现场。目前，该中心改造工程已基本完工。",
     "projects": [{"name": "老城游客服务中心项目", "status": "completed"}]},
    # 「在建工程项目」 is a category, not a name; 「该中心改造工程」 points back
    {"text": "市长专题调研全市部分在建工程项目。", "projects": []},
    # 「开工项目包括A、B、C等N个项目」: the list follows the verb-as-modifier in the same clause
    {"text": "本批集中开工项目包括北坡风电场二期项目、临河物流园、东门棚户区改造项目等18个项目，总投资20亿元。",
     "projects": [{"name": "北坡风电场二期项目", "status": "started", "status_text": "集中开工"},
                  {"name": "临河物流园", "status": "started"}, {"name": "东门棚户区改造项目", "status": "started"}]},
    {"text": "当天签约项目主要有柳岸康养小镇、西湾冷链物流中心等。",
     "projects": [{"name": "柳岸康养小镇", "status": "approved"}, {"name": "西湾冷链物流中心", "status": "approved"}]},
    # 「投入使用」 with the adverb 「初步」; 高铁站 and 储备库 are heads (储备 inside 储备库 is no verb)
    {"text": "城南文化艺术中心初步投入使用。",
     "projects": [{"name": "城南文化艺术中心", "status": "operational", "status_text": "初步投入使用"}]},
    {"text": "龙湾高铁站建设启动实施。", "projects": [{"name": "龙湾高铁站", "status": "started"}]},
    {"text": "县10万吨粮食储备库建成投产。",
     "projects": [{"name": "县10万吨粮食储备库", "status": "operational"}]},
    # a period + 重点项目 is a batch, not a name
    {"text": "全市三季度重点项目集中开工。", "projects": []},
    # blind held-out set 2: a designation after 获批 is no approval to build
    {"text": "国际会展中心获批国家级服务业标准化试点。", "published": 2022, "projects": []},
    # blind held-out set 2: 「A暨B」 — the generic side goes, the named side stays
    {"text": "县委书记胡斌宣布四季度重大项目暨小河镇全域国土综合整治项目集中开工。", "published": 2022,
     "projects": [{"name": "小河镇全域国土综合整治项目", "status": "started"}]},
    # blind held-out set 3: a government meeting's 原则同意启动实施 approves
    {"text": "会议原则同意启动实施兴县15万吨新能源汽车零部件及铝型材项目。", "published": 2024,
     "projects": [{"name": "兴县15万吨新能源汽车零部件及铝型材项目", "status": "approved"}]},
    # blind held-out set 3: 以及 inside a 「…等3个项目」 list separates items
    {"text": "顶辉新材料、汉鼎科技以及G357陈岱镇至常山开发区路面改造工程等3个项目集中开工。", "published": 2021,
     "projects": [{"name": "顶辉新材料", "status": "started"}, {"name": "汉鼎科技", "status": "started"},
                  {"name": "G357陈岱镇至常山开发区路面改造工程", "status": "started"}]},
    # blind held-out set 4: 建设 inside a listed name; 和 between two named projects; 组织 organizes
    {"text": "此次集中签约的鼓楼区文创科技产业园、河南中原建设新材料科研产业园、格宁生物科技等项目,总投资16.1亿元。",
     "published": 2023,
     "projects": [{"name": "鼓楼区文创科技产业园", "status": "approved"},
                  {"name": "河南中原建设新材料科研产业园", "status": "approved"},
                  {"name": "格宁生物科技", "status": "approved"}]},
    {"text": "内蒙古包头广恒新能源百灵庙2万千瓦光伏特许权项目和爱能森风光热储综合发电项目开工建设。", "published": 2017,
     "projects": [{"name": "内蒙古包头广恒新能源百灵庙2万千瓦光伏特许权项目", "status": "started"},
                  {"name": "爱能森风光热储综合发电项目", "status": "started"}]},
    {"text": "达茂旗组织重点项目集中开工。", "published": 2017, "projects": []},
    {"text": "县委组织部办公楼项目开工。", "published": 2017,
     "projects": [{"name": "县委组织部办公楼项目", "status": "started"}]},
    # blind held-out set 6: 正在施工中
    {"text": "农村供水保障提升工程正在施工中。", "published": 2025,
     "projects": [{"name": "农村供水保障提升工程", "status": "in_progress"}]},
    # blind held-out set 6: 完成 before a named project; 完成投资 names none
    {"text": "完成康养中心改造工程。", "published": 2012,
     "projects": [{"name": "康养中心改造工程", "status": "completed"}]},
    {"text": "完成投资39.8亿元。", "published": 2012, "projects": []},
    # blind held-out set 7: the items of a 「；」 series after 签约的有 take its stage
    {"text": "首批签约的有张家川新华一期50兆瓦风电项目,总投资3亿元;易德·总部经济大楼及配套项目,总投资5亿元;华富尊裕项目,总投资2.5亿元。",
     "published": 2023,
     "projects": [{"name": "张家川新华一期50兆瓦风电项目", "status": "approved"},
                  {"name": "易德·总部经济大楼及配套项目", "status": "approved"},
                  {"name": "华富尊裕项目", "status": "approved"}]},
    {"text": "有轨电车项目开工建设。", "published": 2023,
     "projects": [{"name": "有轨电车项目", "status": "started"}]},
    # blind held-out set 8: a list after 分别为 takes the stage said before; 建设内容 is a noun
    {"text": "临高共开工建设3个项目,建设内容涵盖公共服务、基础设施等领域,分别为北汇绿建装配式建筑智造产业基地项目、彩虹(临高)36MW农光互补光伏发电项目。",
     "published": 2022,
     "projects": [{"name": "北汇绿建装配式建筑智造产业基地项目", "status": "started"},
                  {"name": "彩虹(临高)36MW农光互补光伏发电项目", "status": "started"}]},
    # blind held-out set 10: 全线开工, 获批设立 after the name, 建设进展顺利, 以X为代表的
    {"text": "云龙至永平高速公路全线开工。", "published": 2024,
     "projects": [{"name": "云龙至永平高速公路", "status": "started"}]},
    {"text": "云南云龙省级产业园区获批设立,成功招引5家企业。", "published": 2024,
     "projects": [{"name": "云南云龙省级产业园区", "status": "approved"}]},
    {"text": "投资84.6亿元的洪屏电站二期建设进展顺利。", "published": 2024,
     "projects": [{"name": "洪屏电站二期", "status": "in_progress"}]},
    {"text": "其中,以河南环碧环保工程设备有限公司年产4万吨高端智能装备项目为代表的重大工业项目25个。", "published": 2024,
     "projects": [{"name": "河南环碧环保工程设备有限公司年产4万吨高端智能装备项目"}]},
]

BUGS += [
    {"text": "张成伟一行先后到鲁盛源畜牧生态产业园、特色农产品深加工园、芒辛镇政务服务中心和非遗小镇土陶人家产业园等项目进行实地调研。",
     "note": "blind held-out set 11: a visit list closed by 「等项目进行实地调研」",
     "projects": [
         {"name": "鲁盛源畜牧生态产业园", "status": None},
         {"name": "特色农产品深加工园", "status": None},
         {"name": "芒辛镇政务服务中心", "status": None},
         {"name": "非遗小镇土陶人家产业园", "status": None},
     ]},
    {"text": "督促协调各相关部门、乡镇和企业解决项目在建设过程中遇到的困难和问题,推动项目有序开展。",
     "note": "blind held-out set 11: a list of actors before 项目 is no list of projects",
     "projects": []},
]


BUGS += [
    {"text": "今年,乾安县铁科高速公路项目建设、博瑞现代农业产业园三期项目、以及马铃薯淀粉产业化等10个5000万元以上大项目陆续复工。",
     "note": "blind held-out set 14: 复工; an item's name ends at its head (…项目建设)",
     "projects": [
         {"name": "乾安县铁科高速公路项目", "status": "in_progress"},
         {"name": "博瑞现代农业产业园三期项目", "status": "in_progress"},
         {"name": "马铃薯淀粉产业化", "status": "in_progress"},
     ]},
    {"text": "加快中铝铝箔、富民抽水蓄能电站等重点项目建设。",
     "note": "blind held-out set 14: 加快…等重点项目建设 around a list",
     "projects": [{"name": "中铝铝箔", "status": "in_progress"}, {"name": "富民抽水蓄能电站", "status": "in_progress"}]},
    {"text": "三是民生项目。共实施兴业县扶贫生态移民工程、县人民医院棚户区改造等6个项目,总投资13.7亿元。",
     "note": "blind held-out set 14: 共实施 opens a list",
     "projects": [{"name": "兴业县扶贫生态移民工程", "status": "in_progress"},
                  {"name": "县人民医院棚户区改造", "status": "in_progress"}]},
    {"text": "共实施鹿峰山景区扩建、大水乡村旅游区、卖酒镇现代商贸物流城等3个项目。",
     "note": "blind held-out set 14: 扩建 closing an item is part of its name, not the stage of the next",
     "projects": [{"name": "鹿峰山景区扩建", "status": "in_progress"},
                  {"name": "大水乡村旅游区", "status": "in_progress"},
                  {"name": "卖酒镇现代商贸物流城", "status": "in_progress"}]},
    {"text": "下达投资计划4268.3万元,部分项目已开工建设。",
     "note": "blind held-out set 14: 部分项目 is no name", "projects": []},
]


BUGS += [
    {"text": "全资援建的灌云县龙苴镇嵇岭村综合服务中心举行奠基仪式。",
     "note": "blind held-out set 13: 举行奠基仪式 after the name starts it",
     "projects": [{"name": "灌云县龙苴镇嵇岭村综合服务中心", "status": "started"}]},
    {"text": "今年该县计划建设越王大道,规划新建东江大桥。",
     "note": "blind held-out set 13: 计划建设/规划新建 before a name plan it",
     "projects": [{"name": "越王大道", "status": "planned"}, {"name": "东江大桥", "status": "planned"}]},
]


BUGS += [
    {"text": "在项目建设上,纬络纺织纱线生产线、宜宾天顺商品混凝土生产线等项目实现竣工投产,财富半岛市政基础设施建设、早白尖茶叶科技园建设等5个项目加快推进,福溪电厂二期工程、双河温泉开发等项目正积极开展前期工作。",
     "note": "blind held-out set 16: adverbs between 「等…项目」 and the stage (实现, 正积极开展); items ending in 建设",
     "projects": [
         {"name": "纬络纺织纱线生产线", "status": "operational"},
         {"name": "宜宾天顺商品混凝土生产线", "status": "operational"},
         {"name": "财富半岛市政基础设施建设", "status": "in_progress"},
         {"name": "早白尖茶叶科技园建设", "status": "in_progress"},
         {"name": "福溪电厂二期工程", "status": "planned"},
         {"name": "双河温泉开发", "status": "planned"},
     ]},
]


BUGS += [
    {"text": "9月4日上午,县委副书记、县长陈华深入县电机厂谷物烘干机技改升级、长安富硒农产品加工标准化厂房等项目施工现场。",
     "note": "blind held-out set 18: the official before a visit list is no project; 深入 opens the visit",
     "projects": [{"name": "县电机厂谷物烘干机技改升级"}, {"name": "长安富硒农产品加工标准化厂房"}]},
]


BUGS += [
    {"text": "特别是投资4.2亿元的蒙古王城文化休闲小镇项目,将成为文旅融合发展的新地标。",
     "note": "blind held-out set 18: 「投资X亿元的…项目」 names a project and its investment",
     "projects": [{"name": "蒙古王城文化休闲小镇项目", "status": None, "investment": (420000000.0, "元")}]},
]


BUGS += [
    {"text": "鑫全筑路材料有限公司项目总投资1.2亿元,主要建设沥青搅拌站。",
     "note": "blind held-out set 19: 「X项目总投资…」 names a project and its investment",
     "projects": [{"name": "鑫全筑路材料有限公司项目", "status": None, "investment": (120000000.0, "元")}]},
    {"text": "常青新能源一期项目顺利实现投产。本次集中开工项目总投资50亿元。",
     "note": "blind held-out set 19: 实现投产; the batch of the day is no project",
     "projects": [{"name": "常青新能源一期项目", "status": "operational"}]},
]


BUGS += [
    {"text": "随着青岛胶东国际机场、潍日高速、疏港铁路等一批重大交通基础设施的规划建设,诸城区位优势将更加凸显。",
     "note": "blind held-out set 20: 「等一批…的规划建设」 after a list plans it; 随着 opens no name",
     "projects": [{"name": "青岛胶东国际机场", "status": "planned"}, {"name": "潍日高速", "status": "planned"},
                  {"name": "疏港铁路", "status": "planned"}]},
]


BUGS += [
    {"text": "其中包括工业类项目3个,分别为:凤县整县推进分布式光伏、尾矿废渣综合利用循环木生产、年产7000吨工业集装袋;文化旅游类项目2个,分别为凤县房车营地、凤县永生村农旅融合休闲康养度假基地。",
     "note": "blind held-out set 19: the items after 「…类项目N个,分别为」 are projects",
     "projects": [{"name": n} for n in ["凤县整县推进分布式光伏", "尾矿废渣综合利用循环木生产", "年产7000吨工业集装袋",
                                         "凤县房车营地", "凤县永生村农旅融合休闲康养度假基地"]]},
]


BUGS += [
    {"text": "签约的7个项目分别是:甲乙丙新材料项目,总投资3.1个亿;丁戊食品加工项目,总投资5000万元;己庚物流园项目,总投资2亿元。",
     "note": "blind held-out set 23: 「N个项目分别是:」 then a 「；」 series, each item opening with the name",
     "projects": [{"name": "甲乙丙新材料项目"}, {"name": "丁戊食品加工项目"}, {"name": "己庚物流园项目"}]},
]


FEATURES = [
    # verb after the name, the 「建设」 before the verb is not part of the name
    {"text": "中国五金物流港建设提速推进。",
     "projects": [{"name": "中国五金物流港", "status": "in_progress", "status_text": "建设提速推进"}]},
    # modality: targets and estimates
    {"text": "力争明年建成投用浙中新型储能产业园。",
     "projects": [{"name": "浙中新型储能产业园", "status": "operational", "modality": "target"}]},
    {"text": "该项目预计今年10月建成投用。", "projects": []},
    {"text": "预计白云科技谷年内开工建设。",
     "projects": [{"name": "白云科技谷", "status": "started", "modality": "estimate"}]},
    # investment
    {"text": "开工建设总投资12亿元的白云科技谷。",
     "projects": [{"name": "白云科技谷", "status": "started", "investment": (1200000000.0, "元")}]},
    {"text": "航空产业园开工建设，总投资30亿元。",
     "projects": [{"name": "航空产业园", "status": "started", "investment": (3000000000.0, "元")}]},
    # generic phrases are not names
    {"text": "全市重大项目加快推进，一批产业项目开工建设，该项目建成投用。", "projects": []},
    # 打造 in a review: built; in a plan: in progress
    {"text": "2024年，打造全国唯一“警锁云”锁具数据平台。", "published": 2025,
     "projects": [{"name": "全国唯一“警锁云”锁具数据平台", "status": "completed", "modality": "actual"}]},
    {"text": "全力打造中国五金中欧班列集结中心。", "published": 2025,
     "projects": [{"name": "中国五金中欧班列集结中心", "status": "in_progress"}]},
    # a road code is a name by itself
    {"text": "加快推进义龙庆高速及永康联络线、S316省道等项目。",
     "projects": [
         {"name": "义龙庆高速", "status": "in_progress"},
         {"name": "永康联络线", "status": "in_progress"},
         {"name": "S316省道", "status": "in_progress"},
     ]},
]

BUGS += [
    {"text": "在活动现场,还集中签约了6个招商引资项目,总投资17.76亿元。其中包括工业类项目2个,分别为:凤县整县推进分布式光伏、年产7000吨工业集装袋;文化旅游类项目1个,分别为凤县房车营地。",
     "note": "blind held-out set 19: the batch verb before a counted list (签约了6个项目) gives its items' stage",
     "projects": [{"name": n, "status": "approved"} for n in ["凤县整县推进分布式光伏", "年产7000吨工业集装袋", "凤县房车营地"]]},
    {"text": "舟曲县签约的3个项目分别是:舟曲沙滩森林康养小镇建设项目,总投资3.1个亿;舟曲县大峡沟景区开发建设项目,总投资1.2个亿;舟曲县中藏药材种植基地及生产加工项目;总投资1个亿。",
     "note": "blind held-out set 23: 「；」 series items keep a verb inside their names, or stand alone before 「；」",
     "projects": [{"name": "舟曲沙滩森林康养小镇建设项目", "status": "approved"},
                  {"name": "舟曲县大峡沟景区开发建设项目", "status": "approved"},
                  {"name": "舟曲县中藏药材种植基地及生产加工项目", "status": "approved"}]},
    {"text": "全市项目观摩督查组来庄浪县开展项目观摩督查活动。", "projects": [],
     "note": "blind held-out set 17: a visit (开展…督查) is no project name"},
    {"text": "县委书记张团结调研重点工程和重点项目建设推进情况。", "projects": [],
     "note": "blind held-out set 23: generic words joined by 和 are still generic"},
    {"text": "位于开发区的万洋众创城,打造集制造研发、仓储物流、生产生活配套、电子商务等为一体的智能产业园区。",
     "note": "blind held-out set 9: what a place combines (集…为一体) lists no projects",
     "projects": []},
]

BUGS += [
    {"text": "考察团先后深入高速引线铜山湖大道、梁河二期生态治理项目、泌水河治理工程等地参观考察。",
     "note": "blind held-out set 27: 「等地参观考察」 closes a visit list like 「等地,实地察看」",
     "projects": [{"name": "高速引线铜山湖大道", "status": None}, {"name": "梁河二期生态治理项目", "status": None},
                  {"name": "泌水河治理工程", "status": None}]},
    {"text": "县长先后深入到城东污水处理厂、南湖公园建设项目等地调研。",
     "note": "known defect fixed: 深入到 is read whole (到 is no part of the first name)",
     "projects": [{"name": "城东污水处理厂", "status": None}, {"name": "南湖公园建设项目", "status": None}]},
]

BUGS += [
    {"text": "日前,佛山市2019年下半年重大项目集中开工投产活动在南海举行。其中,桂城辖区内的项目为3个,分别为南海文化中心项目、桂城街道村级工业园区改造、三山电竞中心项目。",
     "note": "blind held-out set 25: 「项目为N个,分别为」 lists items; 集中开工投产 is a day of starts",
     "projects": [{"name": n, "status": "started"} for n in ["南海文化中心项目", "桂城街道村级工业园区改造", "三山电竞中心项目"]]},
    {"text": "昨天奠基的3只项目,总投资9亿元。这些项目分别为江苏大益茶道艺术中心有限公司总投资5亿元的茶文化体验及品牌推广中心项目;宜兴市宝登合金有限公司总投资2.5亿元的重建扩能项目;宜兴市瑞鑫贵金属艺术品有限公司总投资6000万美元的贵金属艺术品设计加工与制造项目。",
     "note": "blind held-out set 25: 「这些项目分别为」 after a batch verb (奠基); invested items of its 「；」 series; 万美元",
     "projects": [{"name": "茶文化体验及品牌推广中心项目", "status": "started", "investment": (500000000.0, "元")},
                  {"name": "重建扩能项目", "status": "started", "investment": (250000000.0, "元")},
                  {"name": "贵金属艺术品设计加工与制造项目", "status": "started", "investment": (60000000.0, "美元")}]},
    {"text": "通过一体推进城中村改造、土地综合整治、产业园区建设、全域水系调整等五大工程,全县面貌一新。", "projects": [],
     "note": "blind held-out set 25: items of 「等N大工程」 are kinds of work"},
]

BUGS += [
    {"text": "九龙世茂海丝国际城项目、上合示范区青岛万洋众创城项目计划7月份开工建设。上合示范区国家电力·中俄能源投资基金项目拟投入运营。",
     "published": 2021,
     "note": "blind held-out set 25: 计划/拟 between a name and its verb; 投入运营",
     "projects": [{"name": "九龙世茂海丝国际城项目", "status": "started", "modality": "target"},
                  {"name": "上合示范区青岛万洋众创城项目", "status": "started", "modality": "target"},
                  {"name": "上合示范区国家电力·中俄能源投资基金项目", "status": "operational", "modality": "target"}]},
]

BUGS += [
    {"text": "这次开工、竣工的7个重点项目中,有5个项目竣工,包括职业中专产教融合实训基地、易地扶贫搬迁安置点、贫困村光伏电站、沪昆高速三塘铺收费站改扩建、青树坪镇中心大市场;",
     "published": 2017,
     "note": "blind held-out set 28: after 「有N个项目竣工,包括」 the items are names without a head noun too",
     "projects": [{"name": n, "status": "completed"} for n in ["职业中专产教融合实训基地", "易地扶贫搬迁安置点", "贫困村光伏电站",
                                                                "沪昆高速三塘铺收费站改扩建", "青树坪镇中心大市场"]]},
    {"text": "福建省入选全国百强县的县市有7个,包括晋江(第5位)、南安(第27位)、石狮(第46位)。",
     "note": "dev 014 shape: ranked places after 包括 are no projects",
     "projects": []},
]

BUGS += [
    {"text": "围绕港口码头开工建设4个物流园项目,港口有新码头通航,园区有新项目开工。精准谋划包装一批重大项目。实施一批交通重点工程。",
     "published": 2015,
     "note": "blind held-out sets 28, 31, 32: 围绕/有新/一批 phrases are no names",
     "projects": []},
]

BUGS += [
    {"text": "石门县6大项目集中开工。集中开工的项目包括投资1.4亿元的石门县县域治理现代化指挥中心项目,建成后将提升治理能力。投资5000万元的湖南愿景物流园建设项目,主要建设仓储。",
     "published": 2021,
     "note": "blind held-out set 28: invested items in the sentences after 「集中开工的项目包括」 take its stage; a verb inside an invested name is fine",
     "projects": [{"name": "石门县县域治理现代化指挥中心项目", "status": "started", "investment": (140000000.0, "元")},
                  {"name": "湖南愿景物流园建设项目", "status": "started", "investment": (50000000.0, "元")}]},
]

BUGS += [
    {"text": "会议听取了泸州老窖白酒生产基地项目、10万吨精酿啤酒项目、中如总部大厦项目情况的汇报。会议指出,今年我市开工建设的这些重点项目,具有重大意义。",
     "published": 2021,
     "note": "blind held-out set 34: a list heard at a meeting (听取…情况的汇报) takes the stage said of 「这些重点项目」 next",
     "projects": [{"name": n, "status": "started"} for n in ["泸州老窖白酒生产基地项目", "10万吨精酿啤酒项目", "中如总部大厦项目"]]},
    {"text": "持续加快粤港澳大湾区肇庆(怀集)绿色农副产品集散基地重点项目建设。会议听取关于新旧动能转换“五年取得突破”重点项目建设情况的汇报。",
     "note": "blind held-out sets 32 and 35: 「X重点项目」 is a class; after a named X it is X",
     "projects": [{"name": "粤港澳大湾区肇庆(怀集)绿色农副产品集散基地", "status": "in_progress"}]},
]

BUGS += [
    {"text": "海南自由贸易试验区建设项目(第五批)集中开工乐东分会场举行。\n(一)3个政府投资项目:1.乐东县文化馆、图书馆、博物馆三馆合一项目;2.乐东黎族自治县第一小学建设项目;3.乐东县基层医疗卫生机构标准化建设装配式业务用房。\n(二)2个企业投资项目:1.乐东县龙栖湾智慧海洋牧场项目(一期);2.乐东金钱树示范项目(首期)。",
     "published": 2019,
     "note": "blind held-out set 35: numbered items after 「N个…项目:」 over a 「；」 series; the class header is no name",
     "projects": [{"name": n, "status": "started"} for n in ["乐东县文化馆、图书馆、博物馆三馆合一项目", "乐东黎族自治县第一小学建设项目",
                                                              "乐东县基层医疗卫生机构标准化建设装配式业务用房",
                                                              "乐东县龙栖湾智慧海洋牧场项目(一期)", "乐东金钱树示范项目(首期)"]]},
]

BUGS += [
    {"text": "今天集中开工项目共22项。基础设施类项目3项,具体为:金村大道南段、枣园路道路工程、石河水库。",
     "published": 2019,
     "note": "blind held-out set 38: 「…类项目N项,具体为:」 lists items like 分别为",
     "projects": [{"name": n, "status": "started"} for n in ["金村大道南段", "枣园路道路工程", "石河水库"]]},
]

BUGS += [
    {"text": "同时,该县洽谈达成了5万吨玻纤池窑拉丝项目、森林小火车特色旅游项目、精密数控刀具生产项目等10余个意向项目。",
     "published": 2022,
     "note": "blind held-out set 37: projects under negotiation (洽谈) are planned",
     "projects": [{"name": n, "status": "planned"} for n in ["5万吨玻纤池窑拉丝项目", "森林小火车特色旅游项目", "精密数控刀具生产项目"]]},
]

BUGS += [
    {"text": "县融媒体中心整合衡山电视台、衡山新闻网、“新衡山”客户端等平台建设。逐步整合县级部门建设项目。",
     "published": 2022,
     "note": "blind held-out set 41: outlets and 整合 phrases are no projects",
     "projects": []},
]
